// SPDX-License-Identifier: GPL-3.0-or-later
// The real duet program in a real X session (Xvfb, Openbox), driven with xdotool; every step checked in the store, the
// outbox or the simulator.
#include "HubHarness.h"
#include "SecretWait.h"
#include "SimPost.h"
#include "TestCertificates.h"
#include "X11Session.h"
#include "core/Clock.h"
#include "net/TlsTrust.h"
#include "outbound/OutboxStore.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace duet;
using namespace duet::test;

namespace {

const QString kMaria = QStringLiteral("15551234567");
const QString kBo = QStringLiteral("15550001111");
const QString kLena = QStringLiteral("15550000333");
constexpr int kWaitMs = 20'000;

/// Lena sends a photo (within the team's 2 MB automatic download); the phone app writes to Bo, who
/// never wrote (his window is closed); Maria writes last. The list shows Maria, Bo, then Lena (the
/// oldest, and the lowest number when two arrive within the same second).
const QByteArray kScenario = R"({
  "name": "real-window",
  "templates": [ { "name": "hello_world", "language": "en_US", "category": "utility", "body_text": "Hello from the shop!" } ],
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" }, { "wa_id": "15550001111", "name": "Bo" },
                 { "wa_id": "15550000333", "name": "Lena" } ],
  "delivery": { "failure_ratio": 0, "duplicate_ratio": 0, "read_ratio": 1 },
  "timeline": [
    { "at": 0, "type": "image", "from": "15550000333", "mime_type": "image/jpeg", "file_size": 240000 },
    { "at": 1, "type": "echo", "to": "15550001111", "text": "Your order is ready." },
    { "at": 2, "type": "text", "from": "15551234567", "text": "Hello, is the shop open today?" }
  ]
})";

const QByteArray kTemplates = R"([
  {"name": "hello_world", "language": "en_US", "category": "UTILITY", "body": "Hello from the shop!"}
])";

/// A loopback port nobody listens on now.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

/// One run of the duet program and the lines it printed, stdout and stderr together.
struct Program
{
    std::unique_ptr<QProcess> process;
    QStringList log;
};

/// A window the program reported (desktop/WindowReport.h).
struct Shown
{
    quint64 id = 0;
    QString className, title;
    QSize size, hint, min;
    double dpr = 1;
    int heightForWidth = -1; ///< the height its layout needs at its width (wrapped text), or -1
};

QSize parseSize(const QString& text)
{
    const QStringList wh = text.split(QLatin1Char('x'));
    return wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
}

/// The program's line for a shown window of `className` (or, with `event` "resized", for one
/// that changed size while shown).
QRegularExpression shownLine(const QString& className, const QString& event = QStringLiteral("shown"))
{
    return QRegularExpression(
        QStringLiteral("^duet-window: %2 id=0x([0-9a-f]+) class=%1 title=\"([^\"]*)\" size=(\\d+x\\d+) "
                       "hint=(-?\\d+x-?\\d+) min=(-?\\d+x-?\\d+) dpr=([0-9.]+) hfw=(-?\\d+)")
            .arg(QRegularExpression::escape(className), event));
}

/// The window a shownLine() match describes.
Shown shownFrom(const QRegularExpressionMatch& m, const QString& className)
{
    Shown s;
    s.id = m.captured(1).toULongLong(nullptr, 16);
    s.className = className;
    s.title = m.captured(2);
    s.size = parseSize(m.captured(3));
    s.hint = parseSize(m.captured(4));
    s.min = parseSize(m.captured(5));
    s.dpr = m.captured(6).toDouble();
    s.heightForWidth = m.captured(7).toInt();
    return s;
}

/// The pixels a window manager frame's title font needs for `title` (Openbox's default theme:
/// sans, 8 pt, bold, at the display's 96 dpi).
int titleWidth(const QString& title)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    return QFontMetrics(font).horizontalAdvance(title);
}

/// Room Openbox's title bar keeps beside the title: the icon, iconify, maximize and close
/// buttons and the paddings (its default layout "NLIMC").
constexpr int kTitleBarButtons = 4 * 20 + 24;

} // namespace

class TestRealWindow : public QObject
{
    Q_OBJECT

private:
    QString m_theme = QStringLiteral("light");
    double m_scale = 1;
    QString m_artifacts;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<X11Session> m_x;
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<HubProcess> m_hub;
    Program m_main;               ///< the agent's program, signed in to m_hub
    Program* m_program = &m_main; ///< the run the helpers below read and wait on
    QStringList m_mainArgs;
    QNetworkAccessManager m_nam;
    QString m_token;
    QString m_store;
    QString m_outbox;
    int m_shot = 0;
    QStringList m_checked; ///< the windows checked, for the summary

    QString secretName() const { return QStringLiteral("agent-token ws://127.0.0.1:%1/agents").arg(m_hub->port()); }
    QString scratch(const QString& name) const { return QDir(m_scratch->path()).filePath(name); }

    // --- the program's report ------------------------------------------------------------------

    void readLog()
    {
        if (!m_program->process)
            return;
        while (m_program->process->canReadLine())
            m_program->log << QString::fromUtf8(m_program->process->readLine()).trimmed();
    }
    int logMark()
    {
        readLog();
        return int(m_program->log.size());
    }
    /// Waits for a line matching `pattern` at or after line `from`; its match, or an invalid one.
    /// `*index`, when given, is the line's number.
    QRegularExpressionMatch waitLine(const QString& pattern, int from, int timeoutMs = kWaitMs, int* index = nullptr)
    {
        const QRegularExpression re(pattern);
        QRegularExpressionMatch found;
        static_cast<void>(QTest::qWaitFor( // what was found (or not) is the answer
            [&] {
                readLog();
                const QStringList& log = m_program->log;
                for (int i = from; i < log.size(); ++i) {
                    const auto m = re.match(log.at(i));
                    if (m.hasMatch()) {
                        found = m;
                        if (index)
                            *index = i;
                        return true;
                    }
                }
                return m_program->process->state() == QProcess::NotRunning;
            },
            timeoutMs));
        return found;
    }
    /// Waits for the program to show a window of this class (after line `from`).
    std::optional<Shown> waitShown(const QString& className, int from)
    {
        const auto m = waitLine(shownLine(className).pattern(), from);
        if (!m.hasMatch())
            return std::nullopt;
        return shownFrom(m, className);
    }
    QString logTail() const
    {
        const QStringList& log = m_program->log;
        return log.mid(qMax(0, int(log.size()) - 30)).join(QLatin1Char('\n'));
    }

    // --- runs of the program -------------------------------------------------------------------

    /// The program's environment on the X display, its files in the scratch folder: the data,
    /// config and cache folders are `prefix` + "data" (…), the home and runtime folders shared.
    QProcessEnvironment programEnvironment(const QString& prefix) const
    {
        QProcessEnvironment env = m_x->environment();
        env.insert(QStringLiteral("HOME"), scratch(QStringLiteral("home")));
        for (const auto& [variable, folder] :
             {std::pair{"XDG_DATA_HOME", "data"}, std::pair{"XDG_CONFIG_HOME", "config"},
              std::pair{"XDG_CACHE_HOME", "cache"}}) {
            const QString path = scratch(prefix + QLatin1String(folder));
            if (!QDir().mkpath(path))
                qWarning().noquote() << "cannot make" << path; // the program then says what it lacks
            env.insert(QLatin1String(variable), path);
        }
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), scratch(QStringLiteral("runtime")));
        env.insert(QStringLiteral("DUET_REPORT_WINDOWS"), QStringLiteral("1"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")); // dates and times as most people see them
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("LC_ALL"));
        if (m_scale > 1)
            env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::number(m_scale));
        return env;
    }

    /// Starts a run of the program with `args` (and --theme); false when it does not start.
    bool startProgram(Program& run, const QStringList& args, const QProcessEnvironment& env) const
    {
        run.log.clear();
        run.process = std::make_unique<QProcess>();
        run.process->setProcessEnvironment(env);
        run.process->setWorkingDirectory(scratch(QStringLiteral("home"))); // as from a desktop's launcher
        run.process->setProcessChannelMode(QProcess::MergedChannels);
        run.process->start(programPath(QStringLiteral("desktop/duet")),
                           args + QStringList{QStringLiteral("--theme"), m_theme});
        return run.process->waitForStarted(kWaitMs);
    }

    /// Ends a run as closing it from the desktop does (SIGTERM), killed if it does not end; its last lines read.
    static void stopProgram(Program& run)
    {
        if (!run.process || run.process->state() == QProcess::NotRunning)
            return;
        run.process->terminate();
        if (!run.process->waitForFinished(10'000)) {
            run.process->kill();
            run.process->waitForFinished(5'000);
        }
        while (run.process->canReadLine())
            run.log << QString::fromUtf8(run.process->readLine()).trimmed();
    }

    /// While it lives, the helpers read and wait on another run of the program.
    class Reading
    {
    public:
        Reading(TestRealWindow* test, Program* run)
            : m_test(test)
            , m_before(test->m_program)
        {
            test->m_program = run;
        }
        ~Reading() { m_test->m_program = m_before; }
        Reading(const Reading&) = delete;
        Reading& operator=(const Reading&) = delete;

    private:
        TestRealWindow* m_test;
        Program* m_before;
    };

    // --- what the program wrote ----------------------------------------------------------------

    /// Runs `sql` on a read-only connection to `file`; the first column of each row.
    QVariantList query(const QString& file, const QString& sql, const QVariantList& values = {}) const
    {
        QVariantList rows;
        const QString name = QStringLiteral("x11-read");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant& v : values)
                    q.addBindValue(v);
                if (q.exec()) {
                    while (q.next())
                        rows << q.value(0);
                } else {
                    qWarning().noquote() << file << sql << q.lastError().text();
                }
            } else {
                qWarning().noquote() << file << db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }
    QVariant storeValue(const QString& sql, const QVariantList& values = {}) const
    {
        return query(m_store, sql, values).value(0);
    }
    /// The outbox's rows for a contact: "kind|state|body".
    QStringList outboxRows(const QString& contact) const
    {
        QStringList out;
        for (const QVariant& v : query(m_outbox,
                                       QStringLiteral("SELECT kind || '|' || state || '|' || body FROM outbox WHERE "
                                                      "contact = ? ORDER BY id"),
                                       {contact}))
            out << v.toString();
        return out;
    }
    QJsonObject simStats() { return m_sim->stats(m_nam); }
    int acceptedFor(const QString& recipient)
    {
        return simStats().value(QStringLiteral("accepted_by_recipient")).toObject().value(recipient).toInt();
    }

    // --- the window manager's view -------------------------------------------------------------

    /// Whether the program's last word on window `id` is that Qt activated it (keys then reach its
    /// mnemonics and shortcuts).
    bool activated(quint64 id)
    {
        readLog();
        const QString suffix = QStringLiteral("activated id=0x%1").arg(id, 0, 16);
        const QStringList& log = m_program->log;
        for (auto line = log.crbegin(); line != log.crend(); ++line) {
            if (line->endsWith(suffix) && line->startsWith(QLatin1String("duet-window: ")))
                return !line->endsWith(QLatin1String("de") + suffix);
        }
        return false;
    }

    /// Waits until the window is mapped and has the keyboard: Openbox gave it the focus, and Qt
    /// activated it.
    bool waitFocused(quint64 id)
    {
        return QTest::qWaitFor([&] { return m_x->hasFocus(id) && activated(id); }, kWaitMs);
    }

    /// Keeps a shown window's screenshot and checks it as people see it: mapped at no less than
    /// the size its layout asks for (nothing squeezed or cut), within the screen, its title not cut
    /// in the title bar, its wrapped text not cut at its width. Two of Qt's own dialogs size
    /// themselves: a file dialog asks in its hint for room to list a folder in views that scroll,
    /// and a message box fixes its width and wraps its text to it; for them the minimum (and the
    /// wrapped text's height) is what they need.
    void checkWindow(const Shown& w, const QString& name, bool framed)
    {
        std::optional<X11Session::Geometry> g;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         g = m_x->geometry(w.id);
                         return g && g->viewable;
                     },
                     kWaitMs),
                 qPrintable(QStringLiteral("%1 (%2) was never mapped").arg(name, w.className)));
        // A window that grew (a "resized" line) may not have its new size on the X server yet: wait
        // for the size the program reported (the checks below then say what it lacks, if anything).
        static_cast<void>(QTest::qWaitFor( // the size checks below judge
            [&] {
                g = m_x->geometry(w.id);
                return g && g->client.width() >= int(std::floor(w.size.width() * w.dpr)) &&
                       g->client.height() >= int(std::floor(w.size.height() * w.dpr));
            },
            kWaitMs));
        QVERIFY(g);
        // The screenshot first: a window that fails below is the one to look at.
        const QString file =
            QDir(m_artifacts).filePath(QStringLiteral("%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY2(m_x->screenshot(w.id, file, framed), qPrintable(QStringLiteral("no screenshot of %1").arg(name)));
        const QImage shot(file);
        QVERIFY2(!shot.isNull() && shot.width() >= g->client.width(), qPrintable(file));
        const bool atHint = w.className != QLatin1String("QFileDialog") && w.className != QLatin1String("QMessageBox");
        QSize wanted = atHint ? w.hint.expandedTo(w.min) : w.min;
        if (w.className == QLatin1String("QListView")) {
            // A completer's list: QCompleter sizes it to its field's width and its rows' height (a
            // plain list's hint and minimum say nothing of that): one line of the font at least.
            wanted = QSize(1, QFontMetrics(QFont(QStringLiteral("DejaVu Sans"), 9)).height());
        }
        wanted.setHeight(qMax(wanted.height(), w.heightForWidth));
        const int needW = int(std::floor(wanted.width() * w.dpr));
        const int needH = int(std::floor(wanted.height() * w.dpr));
        const QString sizes =
            QStringLiteral("%1: mapped %2x%3, its layout asks for %4x%5 (hint %6x%7, min %8x%9, dpr %10, height "
                           "for its width %11)")
                .arg(name)
                .arg(g->client.width())
                .arg(g->client.height())
                .arg(needW)
                .arg(needH)
                .arg(w.hint.width())
                .arg(w.hint.height())
                .arg(w.min.width())
                .arg(w.min.height())
                .arg(w.dpr)
                .arg(w.heightForWidth);
        QVERIFY2(g->client.width() >= needW && g->client.height() >= needH, qPrintable(sizes));
        const QRect screen(QPoint(0, 0), m_x->screenSize());
        QVERIFY2(screen.contains(g->client), qPrintable(QStringLiteral("%1 reaches outside the screen: %2,%3 %4x%5")
                                                            .arg(name)
                                                            .arg(g->client.x())
                                                            .arg(g->client.y())
                                                            .arg(g->client.width())
                                                            .arg(g->client.height())));
        if (framed && !w.title.isEmpty()) {
            const int need = titleWidth(w.title) + kTitleBarButtons;
            QVERIFY2(
                g->client.width() >= need,
                qPrintable(QStringLiteral("%1: the title \"%2\" needs %3 px of title bar, the window is %4 px wide")
                               .arg(name, w.title)
                               .arg(need)
                               .arg(g->client.width())));
        }
        m_checked << name;
    }

    /// Waits until the window is mapped: a dialog then gets the focus from Openbox, a popup has the
    /// keyboard by a grab.
    bool waitViewable(quint64 id)
    {
        return QTest::qWaitFor(
            [&] {
                const auto g = m_x->geometry(id);
                return g && g->viewable;
            },
            kWaitMs);
    }

    /// Presses `keys` and waits for the program to show a window of `className`: *out.
    void openWith(const QString& keys, const QString& className, const QString& name, Shown* out)
    {
        const int mark = logMark();
        QVERIFY(m_x->key(keys));
        const std::optional<Shown> w = waitShown(className, mark);
        QVERIFY2(w, qPrintable(QStringLiteral("%1 did not open with %2\n%3").arg(name, keys, logTail())));
        *out = *w;
    }

    /// Presses `keys` and waits until the window `w` is hidden.
    void closeWith(const Shown& w, const QString& keys, const QString& name)
    {
        const int closing = logMark();
        QVERIFY(m_x->key(keys));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: hidden id=0x%1 ").arg(w.id, 0, 16), closing).hasMatch(),
                 qPrintable(QStringLiteral("%1 did not close with %2\n%3").arg(name, keys, logTail())));
    }

    /// Opens a popup or dialog with `keys`, checks it, closes it with Escape.
    void openCheckClose(const QString& keys, const QString& className, const QString& name, bool framed)
    {
        Shown w;
        openWith(keys, className, name, &w);
        if (QTest::currentTestFailed())
            return;
        checkWindow(w, name, framed);
        if (QTest::currentTestFailed())
            return;
        closeWith(w, QStringLiteral("Escape"), name);
    }

    /// A dialog that is open: checked, then given the keyboard by Openbox.
    void checkFocused(const Shown& w, const QString& name)
    {
        checkWindow(w, name, true);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(waitFocused(w.id), qPrintable(QStringLiteral("%1 did not get the keyboard").arg(name)));
    }

    /// How a window opened by opened() is checked: a popup (no frame, the keyboard by a grab) or
    /// a dialog (framed, and given the keyboard by Openbox).
    enum class Check { Popup, Dialog };

    /// Presses `keys`, waits for a window of `className` (*out) and checks it as people see it;
    /// false when it did not open or a check failed (the test has failed then).
    bool opened(const QString& keys, const QString& className, const QString& name, Check check, Shown* out)
    {
        openWith(keys, className, name, out);
        if (QTest::currentTestFailed())
            return false;
        if (check == Check::Dialog)
            checkFocused(*out, name);
        else
            checkWindow(*out, name, false);
        return !QTest::currentTestFailed();
    }

    /// Waits until the store's row for `contact` has `column` = `value`.
    bool waitConversation(const QString& contact, const QString& column, const QVariant& value)
    {
        return QTest::qWaitFor(
            [&] {
                return storeValue(QStringLiteral("SELECT %1 FROM conversations WHERE contact_key = ?").arg(column),
                                  {contact}) == value;
            },
            kWaitMs);
    }

    /// The state of the newest campaign in the outbox.
    QString campaignState() const
    {
        return query(m_outbox, QStringLiteral("SELECT state FROM bulk_jobs ORDER BY id DESC LIMIT 1"))
            .value(0)
            .toString();
    }

    /// Runs a command of the palette by typing its name.
    void runCommand(const QString& text)
    {
        const int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+p")));
        const std::optional<Shown> palette = waitShown(QStringLiteral("duet::ui::CommandPalette"), mark);
        QVERIFY2(palette, qPrintable(logTail()));
        // A popup takes the keyboard with a grab, not the focus: typing waits until it is mapped.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto g = m_x->geometry(palette->id);
                return g && g->viewable;
            },
            kWaitMs));
        QVERIFY(m_x->type(text));
        QVERIFY(m_x->key(QStringLiteral("Return")));
        QVERIFY(waitLine(QStringLiteral("^duet-window: hidden id=0x%1 ").arg(palette->id, 0, 16), mark).hasMatch());
    }

    /// Opens a save dialog with `keys`, types `name` (relative to the folder it suggests) and
    /// Enter: the save fails, and a warning titled `title` says so; checked, then closed with Enter.
    void saveFailsWithAWarning(const QString& keys, const QString& name, const QString& shot, const QString& title)
    {
        Shown dialog;
        openWith(keys, QStringLiteral("QFileDialog"), shot + QStringLiteral("-dialog"), &dialog);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFocused(dialog.id));
        // The file name field has the keyboard: its text selected, typing replaces it.
        QVERIFY(m_x->key(QStringLiteral("ctrl+a")));
        QVERIFY(m_x->type(name));
        Shown warning;
        if (!opened(QStringLiteral("Return"), QStringLiteral("QMessageBox"), shot, Check::Dialog, &warning))
            return;
        QCOMPARE(warning.title, title);
        closeWith(warning, QStringLiteral("Return"), shot);
    }

    quint64 m_mainWindow = 0;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: the sign-in keeps the token in the keychain (scripts/test.sh starts one)");
        const QStringList missing = X11Session::missingTools();
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1 (scripts/deps.sh installs them)")
                                 .arg(missing.join(QStringLiteral(", ")))));
        m_theme = qEnvironmentVariable("DUET_X11_THEME", QStringLiteral("light"));
        m_scale = qEnvironmentVariable("DUET_X11_SCALE", QStringLiteral("1")).toDouble();
        QVERIFY(m_scale >= 1 && m_scale <= 3);
        m_artifacts = qEnvironmentVariable("DUET_X11_ARTIFACTS");
        QVERIFY2(!m_artifacts.isEmpty(), "DUET_X11_ARTIFACTS names the folder for the screenshots");
        QDir(m_artifacts).removeRecursively();
        QVERIFY(QDir().mkpath(m_artifacts));

        m_scratch = std::make_unique<QTemporaryDir>();
        QVERIFY(m_scratch->isValid());
        const QDir root(m_scratch->path());
        for (const char* d : {"home/Pictures", "home/Documents", "data", "config", "cache", "runtime", "servers"})
            QVERIFY(root.mkpath(QLatin1String(d)));
        QFile::setPermissions(scratch(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QString error;
        m_x = std::make_unique<X11Session>();
        const QSize screen = m_scale > 1 ? QSize(2880, 1800) : QSize(1600, 1000);
        QVERIFY2(m_x->start(screen, scratch(QStringLiteral("home")),
                            qEnvironmentVariable("DUET_X11_DISPLAY_BASE", QStringLiteral("70")).toInt() +
                                qEnvironmentVariableIntValue("DUET_X11_DISPLAY_OFFSET"),
                            &error),
                 qPrintable(error));

        // The simulator and the hub, as processes; the hub relays the desktop's sends to the simulator.
        const quint16 hubPort = freePort();
        QVERIFY(hubPort != 0);
        const QString servers = scratch(QStringLiteral("servers"));
        QVERIFY(writePrivate(QDir(servers).filePath(QStringLiteral("scenario.json")), kScenario));
        m_sim = std::make_unique<SimProcess>(servers, QByteArrayLiteral("EAAG-test-access-token"));
        QVERIFY2(
            m_sim->start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:%1/webhook").arg(hubPort),
                          QStringLiteral("--scenario"), QDir(servers).filePath(QStringLiteral("scenario.json")),
                          QStringLiteral("--seed"), QStringLiteral("11")},
                         &error),
            qPrintable(error));
        m_hub = std::make_unique<HubProcess>(QDir(servers).filePath(QStringLiteral("hub.db")), servers);
        QVERIFY(m_hub->writeSecrets());
        m_hub->listen = QStringLiteral("127.0.0.1:%1").arg(hubPort);
        m_hub->extraArgs = {QStringLiteral("--graph-base-url"), m_sim->baseUrl()};
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        m_token = m_hub->addAgent(QStringLiteral("ana"), QStringLiteral("supervisor"));
        QVERIFY(!m_token.isEmpty());
        // The scenario's three webhooks reached the hub before the desktop starts.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return simStats()
                           .value(QStringLiteral("webhooks"))
                           .toObject()
                           .value(QStringLiteral("acknowledged"))
                           .toInt() >= 3;
            },
            kWaitMs));

        // The desktop, its own files in the scratch folder, on the X display.
        m_store = scratch(QStringLiteral("store.db"));
        m_outbox = scratch(QStringLiteral("outbox.db")); // beside the store given with --db
        QVERIFY(writePrivate(scratch(QStringLiteral("templates.json")), kTemplates));
        m_mainArgs = {QStringLiteral("--hub"),       QStringLiteral("ws://127.0.0.1:%1").arg(hubPort),
                      QStringLiteral("--db"),        m_store,
                      QStringLiteral("--templates"), scratch(QStringLiteral("templates.json"))};
        QVERIFY(startProgram(m_main, m_mainArgs, programEnvironment({})));
        const std::optional<Shown> main = waitShown(QStringLiteral("duet::ui::MainWindow"), 0);
        QVERIFY2(main, qPrintable(logTail()));
        m_mainWindow = main->id;
    }

    void cleanupTestCase()
    {
        if (!m_checked.isEmpty())
            qInfo().noquote() << "checked:" << m_checked.join(QStringLiteral(", ")) << "- screenshots in"
                              << m_artifacts;
        stopProgram(m_main);
        if (QTest::currentTestFailed() && !m_main.log.isEmpty())
            qInfo().noquote() << "the program's last lines:\n" << logTail();
        m_main.process.reset();
        if (m_hub && m_hub->port() != 0) { // the token the sign-in kept, out of the keychain again
            secrets::SecretStore keychain;
            awaitSecret([&](secrets::SecretStore::Callback done) { keychain.remove(secretName(), std::move(done)); });
        }
        m_hub.reset();
        m_sim.reset();
        m_x.reset();
    }

    void signInFromTheDialog()
    {
        // No token in the keychain for this hub: the program asks, in a dialog that Openbox
        // frames and focuses, its hub address filled in from --hub.
        const std::optional<Shown> dialog = waitShown(QStringLiteral("duet::ui::SignInDialog"), 0);
        QVERIFY2(dialog, qPrintable(logTail()));
        checkWindow(*dialog, QStringLiteral("sign-in"), true);
        QVERIFY2(waitFocused(dialog->id), "Openbox did not give the sign-in dialog the keyboard");
        // Alt+T: the "Agent token" label's mnemonic; Enter: Sign in (the default button).
        QVERIFY(m_x->key(QStringLiteral("alt+t")));
        QVERIFY(m_x->type(m_token));
        const int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("Return")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: hidden id=0x%1 ").arg(dialog->id, 0, 16), mark).hasMatch(),
                 qPrintable(logTail()));

        // Synced: the store holds the hub's position and both conversations.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return storeValue(
                                    QStringLiteral("SELECT COUNT(*) FROM conversations WHERE contact_key IN (?, ?)"),
                                    {kMaria, kBo})
                                    .toInt() == 2;
                     },
                     kWaitMs),
                 qPrintable(logTail()));
        QVERIFY(storeValue(QStringLiteral("SELECT MAX(last_seq) FROM sync_state")).toLongLong() > 0);
        QCOMPARE(storeValue(QStringLiteral("SELECT unread_count FROM conversations WHERE contact_key = ?"), {kMaria})
                     .toInt(),
                 1);
        // "Remember on this computer" was ticked: the token is in the real keychain.
        secrets::SecretStore keychain;
        const secrets::SecretStore::Result stored =
            awaitSecret([&](secrets::SecretStore::Callback done) { keychain.read(secretName(), std::move(done)); });
        QVERIFY2(stored.ok(), qPrintable(stored.detail));
        QVERIFY2(stored.value == m_token, "the keychain holds another token than the one typed");
        // Back in the main window, which has the keyboard again.
        QVERIFY2(waitFocused(m_mainWindow), "the main window did not get the keyboard back after signing in");
    }

    void openAConversation()
    {
        // All conversations (Alt+3), then the first one (Alt+Down): Maria's, the newest.
        QVERIFY(m_x->key(QStringLiteral("alt+3")));
        QVERIFY(m_x->key(QStringLiteral("alt+Down")));
        // Opened and seen: her message is marked read on WhatsApp and the unread count clears
        // through the hub.
        QVERIFY2(QTest::qWaitFor([&] { return simStats().value(QStringLiteral("marked_read")).toInt() >= 1; }, kWaitMs),
                 qPrintable(logTail()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return storeValue(QStringLiteral("SELECT unread_count FROM conversations WHERE contact_key = ?"),
                                  {kMaria})
                           .toInt() == 0;
            },
            kWaitMs));
        const std::optional<X11Session::Geometry> g = m_x->geometry(m_mainWindow);
        QVERIFY(g);
        const QString file =
            QDir(m_artifacts).filePath(QStringLiteral("%1-main-window.png").arg(++m_shot, 2, 10, QLatin1Char('0')));
        QVERIFY(m_x->screenshot(m_mainWindow, file, true));
    }

    void replyWithCtrlEnter()
    {
        QVERIFY(m_x->key(QStringLiteral("ctrl+l"))); // Write a message
        QVERIFY(m_x->type(QStringLiteral("Thanks, see you at five!")));
        QVERIFY(m_x->key(QStringLiteral("ctrl+Return")));
        QVERIFY2(QTest::qWaitFor([&] { return acceptedFor(kMaria) == 1; }, kWaitMs), qPrintable(logTail()));
        const QStringList rows = outboxRows(kMaria);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QLatin1String("text|")) &&
                     rows.first().contains(QLatin1String("see you at five")),
                 qPrintable(rows.first()));
        // The hub logged the send as the agent's, and the store has it from the hub.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return storeValue(QStringLiteral("SELECT COUNT(*) FROM messages WHERE contact_key = ? AND origin = "
                                                 "'agent' AND agent = 'ana'"),
                                  {kMaria})
                           .toInt() == 1;
            },
            kWaitMs));
    }

    void quoteAMessage()
    {
        const QString customerWamid =
            storeValue(QStringLiteral("SELECT wamid FROM messages WHERE contact_key = ? AND origin = 'customer'"),
                       {kMaria})
                .toString();
        QVERIFY(!customerWamid.isEmpty());
        // Ctrl+Up quotes the message before: twice goes past the reply to Maria's message.
        QVERIFY(m_x->key(QStringLiteral("ctrl+l")));
        QVERIFY(m_x->key(QStringLiteral("ctrl+Up")));
        QVERIFY(m_x->key(QStringLiteral("ctrl+Up")));
        QVERIFY(m_x->type(QStringLiteral("Yes, from nine to six.")));
        QVERIFY(m_x->key(QStringLiteral("ctrl+Return")));
        QVERIFY2(QTest::qWaitFor([&] { return acceptedFor(kMaria) == 2; }, kWaitMs), qPrintable(logTail()));
        const QStringList rows = outboxRows(kMaria);
        QCOMPARE(rows.size(), 2);
        const QJsonObject body = QJsonDocument::fromJson(rows.at(1).section(QLatin1Char('|'), 2).toUtf8()).object();
        QCOMPARE(body.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")).toString(),
                 customerWamid);
        QCOMPARE(body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Yes, from nine to six."));
    }

    void runACommandFromThePalette()
    {
        // The reply took the unassigned conversation (the team's reply_claims, on by default).
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return storeValue(QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = ?"),
                                           {kMaria})
                                    .toString() == QLatin1String("ana");
                     },
                     kWaitMs),
                 qPrintable(logTail()));
        QCOMPARE(
            storeValue(QStringLiteral("SELECT status FROM conversations WHERE contact_key = ?"), {kMaria}).toString(),
            QStringLiteral("open"));
        runCommand(QStringLiteral("Mark conversation pending"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return storeValue(QStringLiteral("SELECT status FROM conversations WHERE contact_key = ?"),
                                           {kMaria})
                                    .toString() == QLatin1String("pending");
                     },
                     kWaitMs),
                 qPrintable(logTail()));
    }

    void switchToTheTeamOverviewAndBack()
    {
        int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+o")));
        QVERIFY2(
            waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::SupervisorView$"), mark).hasMatch(),
            qPrintable(logTail()));
        // The team overview opens on its Dashboard tab.
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::DashboardView$"), mark).hasMatch(),
                 qPrintable(logTail()));
        const QString file =
            QDir(m_artifacts).filePath(QStringLiteral("%1-dashboard.png").arg(++m_shot, 2, 10, QLatin1Char('0')));
        QVERIFY(m_x->screenshot(m_mainWindow, file, true));
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+o")));
        QVERIFY2(
            waitLine(QStringLiteral("^duet-window: widget-hidden class=duet::ui::SupervisorView$"), mark).hasMatch(),
            qPrintable(logTail()));
        QVERIFY(waitFocused(m_mainWindow));
    }

    void freeTextIntoAClosedWindowThenATemplate()
    {
        // Bo never wrote: the next conversation opens with the template picker instead of the editor.
        int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("alt+Down")));
        QVERIFY2(
            waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::TemplatePicker$"), mark).hasMatch(),
            qPrintable(logTail()));
        // Free text and Ctrl+Enter: nothing can go (the text only filters the templates).
        QVERIFY(m_x->key(QStringLiteral("ctrl+l")));
        QVERIFY(m_x->type(QStringLiteral("Hi there")));
        QVERIFY(m_x->key(QStringLiteral("ctrl+Return")));
        // The template instead: search it, Enter picks it, Ctrl+Enter sends it.
        QVERIFY(m_x->key(QStringLiteral("ctrl+a")));
        QVERIFY(m_x->type(QStringLiteral("hello")));
        QVERIFY(m_x->key(QStringLiteral("Return")));
        QVERIFY(m_x->screenshot(
            m_mainWindow,
            QDir(m_artifacts).filePath(QStringLiteral("%1-template-picked.png").arg(++m_shot, 2, 10, QLatin1Char('0'))),
            true));
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+Return")));
        // The phone app wrote to him a moment ago: the composer asks first, and Ctrl+Enter again
        // sends anyway (as a person who read the warning does).
        bool warned = false;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         if (!warned &&
                             waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::WarningBar$"), mark, 0)
                                 .hasMatch()) {
                             warned = true;
                             const QString file =
                                 QDir(m_artifacts)
                                     .filePath(
                                         QStringLiteral("%1-send-anyway.png").arg(++m_shot, 2, 10, QLatin1Char('0')));
                             m_x->screenshot(m_mainWindow, file, true);
                             m_x->key(QStringLiteral("ctrl+Return"));
                         }
                         return acceptedFor(kBo) == 1;
                     },
                     kWaitMs),
                 qPrintable(logTail()));
        // One send to Bo, the template: the free text never reached the outbox.
        const QStringList rows = outboxRows(kBo);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QLatin1String("template|")) &&
                     rows.first().contains(QLatin1String("hello_world")),
                 qPrintable(rows.first()));
        QVERIFY(!rows.first().contains(QLatin1String("Hi there")));
        const QJsonObject stats = simStats();
        QCOMPARE(stats.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("131047")).toInt(), 0);
    }

    void everyDialogAndPopupAsPeopleSeeIt()
    {
        // Back to Maria, whose window is open, for the composer's own dialogs: the template just
        // sent put Bo first in the list, so she is the next one, and the editor replaces the picker.
        const int back = logMark();
        QVERIFY(m_x->key(QStringLiteral("alt+Down")));
        QVERIFY2(
            waitLine(QStringLiteral("^duet-window: widget-hidden class=duet::ui::TemplatePicker$"), back).hasMatch(),
            qPrintable(logTail()));
        QVERIFY(m_x->key(QStringLiteral("ctrl+l")));
        openCheckClose(QStringLiteral("ctrl+shift+p"), QStringLiteral("duet::ui::CommandPalette"),
                       QStringLiteral("command-palette"), false);
        openCheckClose(QStringLiteral("ctrl+shift+g"), QStringLiteral("QMenu"), QStringLiteral("assign-menu"), false);
        openCheckClose(QStringLiteral("ctrl+shift+t"), QStringLiteral("QMenu"), QStringLiteral("status-menu"), false);
        QVERIFY(m_x->key(QStringLiteral("ctrl+l")));
        QVERIFY(m_x->type(QStringLiteral("See you tomorrow")));
        openCheckClose(QStringLiteral("ctrl+shift+Return"), QStringLiteral("duet::ui::ScheduleSendDialog"),
                       QStringLiteral("schedule-send"), true);

        // Dialogs opened from the palette.
        const auto fromPalette = [&](const QString& command, const QString& className, const QString& name) {
            const int mark = logMark();
            runCommand(command);
            if (QTest::currentTestFailed())
                return;
            const std::optional<Shown> w = waitShown(className, mark);
            QVERIFY2(w, qPrintable(QStringLiteral("%1 did not open\n%2").arg(name, logTail())));
            checkWindow(*w, name, true);
            if (QTest::currentTestFailed())
                return;
            closeWith(*w, QStringLiteral("Escape"), name);
        };
        fromPalette(QStringLiteral("Manage canned replies"), QStringLiteral("duet::ui::CannedRepliesDialog"),
                    QStringLiteral("canned-replies"));
        if (QTest::currentTestFailed())
            return;
        fromPalette(QStringLiteral("Language"), QStringLiteral("QInputDialog"), QStringLiteral("language"));
        if (QTest::currentTestFailed())
            return;
        fromPalette(QStringLiteral("Attach a file"), QStringLiteral("QFileDialog"), QStringLiteral("attach-file"));
        if (QTest::currentTestFailed())
            return;

        // The campaigns page and its New campaign dialog (Alt+N on the page).
        int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+m")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::CampaignsView$"), mark).hasMatch(),
                 qPrintable(logTail()));
        const QString file =
            QDir(m_artifacts).filePath(QStringLiteral("%1-campaigns.png").arg(++m_shot, 2, 10, QLatin1Char('0')));
        QVERIFY(m_x->screenshot(m_mainWindow, file, true));
        openCheckClose(QStringLiteral("alt+n"), QStringLiteral("duet::ui::NewCampaignDialog"),
                       QStringLiteral("new-campaign"), true);
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+m")));
        QVERIFY(
            waitLine(QStringLiteral("^duet-window: widget-hidden class=duet::ui::CampaignsView$"), mark).hasMatch());
    }

    void thePhotoViewerAndItsSaveAs()
    {
        // Lena's photo is her conversation's only message: Alt+Down from Maria opens it, and its
        // preview downloads at once (within the team's 2 MB) into the media folder beside the outbox.
        const QString mediaId =
            storeValue(QStringLiteral("SELECT media_id FROM messages WHERE contact_key = ?"), {kLena}).toString();
        QVERIFY(!mediaId.isEmpty());
        const QString cached = QDir(scratch(QStringLiteral("media"))).filePath(mediaId);
        QVERIFY(m_x->key(QStringLiteral("alt+Down")));
        QVERIFY2(QTest::qWaitFor([&] { return QFileInfo(cached).isFile(); }, kWaitMs), qPrintable(logTail()));
        // The keyboard's way to it: Shift+Tab from the composer to the thread, the Menu key opens
        // the row's menu (Reply, React, Open), Up to its last entry, Open, Enter.
        QVERIFY(m_x->key(QStringLiteral("ctrl+l")));
        QVERIFY(m_x->key(QStringLiteral("shift+Tab")));
        Shown menu;
        if (!opened(QStringLiteral("Menu"), QStringLiteral("QMenu"), QStringLiteral("photo-menu"), Check::Popup, &menu))
            return;
        // React ▸ (Down twice, Right): the emoji; Enter sends the first, 👍, as a reaction to her photo.
        QVERIFY(waitViewable(menu.id));
        const int acceptedBefore = acceptedFor(kLena);
        Shown react;
        if (!opened(QStringLiteral("Down Down Right"), QStringLiteral("QMenu"), QStringLiteral("react-menu"),
                    Check::Popup, &react))
            return;
        closeWith(react, QStringLiteral("Return"), QStringLiteral("react-menu"));
        QVERIFY2(QTest::qWaitFor([&] { return acceptedFor(kLena) == acceptedBefore + 1; }, kWaitMs),
                 qPrintable(outboxRows(kLena).join(QLatin1Char('\n'))));
        const QStringList rows = outboxRows(kLena);
        QVERIFY2(rows.size() == 1 && rows.first().startsWith(QLatin1String("reaction|")) &&
                     rows.first().contains(QStringLiteral("👍")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        // The menu again, for Open.
        openWith(QStringLiteral("Menu"), QStringLiteral("QMenu"), QStringLiteral("photo-menu"), &menu);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitViewable(menu.id));
        Shown viewer;
        if (!opened(QStringLiteral("Up Return"), QStringLiteral("duet::ui::MediaViewer"),
                    QStringLiteral("photo-viewer"), Check::Dialog, &viewer))
            return;
        // Save as… (Ctrl+S) suggests the photo's name in the Pictures folder; Enter saves a copy of
        // the downloaded file there.
        Shown save;
        if (!opened(QStringLiteral("ctrl+s"), QStringLiteral("QFileDialog"), QStringLiteral("photo-save-as"),
                    Check::Dialog, &save))
            return;
        closeWith(save, QStringLiteral("Return"), QStringLiteral("photo-save-as"));
        if (QTest::currentTestFailed())
            return;
        const QDir pictures(scratch(QStringLiteral("home/Pictures")));
        QFile original(cached);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        QString saved;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QStringList files = pictures.entryList(QDir::Files);
                         saved = files.size() == 1 ? pictures.filePath(files.first()) : QString();
                         return !saved.isEmpty() && QFileInfo(saved).size() == bytes.size();
                     },
                     kWaitMs),
                 qPrintable(pictures.entryList(QDir::Files).join(QLatin1Char(' '))));
        QFile copy(saved);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY2(copy.readAll() == bytes, qPrintable(saved));
        // Save as again, into a folder that cannot be (the copy's name is a file's): the warning
        // says why, and the viewer stays open with nothing written.
        QVERIFY(waitFocused(viewer.id));
        saveFailsWithAWarning(QStringLiteral("ctrl+s"), QFileInfo(saved).fileName() + QStringLiteral("/photo.jpg"),
                              QStringLiteral("photo-save-failed"), QStringLiteral("Save as"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(pictures.entryList(QDir::Files), QStringList{QFileInfo(saved).fileName()});
        // Esc closes the viewer.
        QVERIFY(waitFocused(viewer.id));
        closeWith(viewer, QStringLiteral("Escape"), QStringLiteral("photo-viewer"));
    }

    void snoozeUntilAPickedTime()
    {
        // Lena's conversation, from the status menu (Ctrl+Shift+T: Open, Pending, Snooze until ▸,
        // Resolved): Down to "Snooze until", Right opens its submenu on its first entry, Down to
        // its last, "Pick a date and time…", Enter.
        QVERIFY(waitFocused(m_mainWindow));
        Shown menu;
        openWith(QStringLiteral("ctrl+shift+t"), QStringLiteral("QMenu"), QStringLiteral("status-menu"), &menu);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitViewable(menu.id));
        Shown presets;
        if (!opened(QStringLiteral("Down Down Down Right"), QStringLiteral("QMenu"), QStringLiteral("snooze-menu"),
                    Check::Popup, &presets))
            return;
        Shown dialog;
        if (!opened(QStringLiteral("Down Down Down Return"), QStringLiteral("QDialog"), QStringLiteral("snooze-until"),
                    Check::Dialog, &dialog))
            return;
        QCOMPARE(dialog.title, QStringLiteral("Snooze until"));
        // Alt+Down opens the field's calendar; Esc closes it, the time unchanged.
        Shown calendar;
        if (!opened(QStringLiteral("alt+Down"), QStringLiteral("QCalendarPopup"), QStringLiteral("snooze-calendar"),
                    Check::Popup, &calendar))
            return;
        closeWith(calendar, QStringLiteral("Escape"), QStringLiteral("snooze-calendar"));
        QVERIFY(waitFocused(dialog.id));
        // It offers an hour from now; Enter takes it (OK, the default button).
        const qint64 asked = QDateTime::currentSecsSinceEpoch();
        closeWith(dialog, QStringLiteral("Return"), QStringLiteral("snooze-until"));
        QVERIFY2(waitConversation(kLena, QStringLiteral("status"), QStringLiteral("snoozed")), qPrintable(logTail()));
        const qint64 until =
            storeValue(QStringLiteral("SELECT until FROM conversation_snoozes WHERE contact_key = ?"), {kLena})
                .toLongLong();
        QVERIFY2(until > asked + 3600 - 120 && until <= asked + 3600 + 5,
                 qPrintable(QStringLiteral("snoozed until %1, asked at %2").arg(until).arg(asked)));
    }

    void labelsCompleteFromThoseInUse()
    {
        // Lena's conversation: Ctrl+Shift+B to the label field, "vip", Enter: the store has the label.
        QVERIFY(waitFocused(m_mainWindow));
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+b")));
        QVERIFY(m_x->type(QStringLiteral("vip")));
        QVERIFY(m_x->key(QStringLiteral("Return")));
        const auto labels = [&] {
            return query(m_store, QStringLiteral("SELECT label FROM conversation_labels WHERE contact_key = ?"),
                         {kLena});
        };
        QVERIFY2(QTest::qWaitFor([&] { return labels() == QVariantList{QStringLiteral("vip")}; }, kWaitMs),
                 qPrintable(logTail()));
        // Typing again offers the labels in use, in a popup under the field; Esc closes it.
        Shown popup;
        if (!opened(QStringLiteral("v"), QStringLiteral("QListView"), QStringLiteral("label-completion"), Check::Popup,
                    &popup))
            return;
        closeWith(popup, QStringLiteral("Escape"), QStringLiteral("label-completion"));
        QVERIFY(m_x->key(QStringLiteral("BackSpace")));
        QCOMPARE(labels(), QVariantList{QStringLiteral("vip")});
    }

    void theTeamOverviewsExportsAndImportRequest()
    {
        QVERIFY(waitFocused(m_mainWindow));
        int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+o")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::DashboardView$"), mark).hasMatch(),
                 qPrintable(logTail()));
        // Export CSV… (Alt+C) and Export PNG… (Alt+P): the save dialog suggests duet-dashboard.csv
        // (.png) in the folder Duet was started from; Enter saves there.
        const QList<std::pair<QString, QString>> exports = {{QStringLiteral("alt+c"), QStringLiteral("csv")},
                                                            {QStringLiteral("alt+p"), QStringLiteral("png")}};
        for (const auto& [keys, suffix] : exports) {
            const QString name = QStringLiteral("dashboard-export-%1").arg(suffix);
            Shown dialog;
            if (!opened(keys, QStringLiteral("QFileDialog"), name, Check::Dialog, &dialog))
                return;
            closeWith(dialog, QStringLiteral("Return"), name);
            if (QTest::currentTestFailed())
                return;
            // The figures (their header line first), the picture (a PNG that reads).
            const QString file = scratch(QStringLiteral("home/duet-dashboard.%1").arg(suffix));
            const bool csv = suffix == QLatin1String("csv"); // a structured binding is not captured (C++17)
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             QFile f(file);
                             if (!f.open(QIODevice::ReadOnly))
                                 return false;
                             if (csv)
                                 return f.readLine().startsWith("section,label,series,value");
                             const QByteArray png = f.readAll(); // read once it is whole (its IEND chunk)
                             return png.endsWith(QByteArrayLiteral("IEND\xae\x42\x60\x82")) &&
                                    !QImage::fromData(png, "PNG").isNull();
                         },
                         kWaitMs),
                     qPrintable(file));
            QVERIFY(waitFocused(m_mainWindow));
        }

        // The Team tab (Alt+T) has the import of the phone app's history and contacts: this number
        // was never connected through the hub, so its request is open to a supervisor, and asks first
        // (Alt+R). No: nothing is asked of Meta.
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("alt+t")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::ImportPanel$"), mark).hasMatch(),
                 qPrintable(logTail()));
        Shown ask;
        if (!opened(QStringLiteral("alt+r"), QStringLiteral("QMessageBox"), QStringLiteral("import-request"),
                    Check::Dialog, &ask))
            return;
        closeWith(ask, QStringLiteral("alt+n"), QStringLiteral("import-request"));
        QCOMPARE(storeValue(QStringLiteral("SELECT COUNT(*) FROM sync_requests")).toInt(), 0);
        QVERIFY(waitFocused(m_mainWindow));

        // A new customer writes; nobody has taken the conversation. The Unassigned list (Alt+U)
        // shows it; the Menu key opens its menu (Open in review mode, Assign to ▸), Down and Right
        // the agents, Enter the first: the hub assigns it to ana, and the store shows it.
        const QString omar = QStringLiteral("15550004444");
        QVERIFY(postToSimulator(m_nam, m_sim->baseUrl(), QStringLiteral("/_sim/inbound"),
                                {{QStringLiteral("from"), omar},
                                 {QStringLiteral("name"), QStringLiteral("Omar")},
                                 {QStringLiteral("text"), QStringLiteral("Do you deliver?")}}));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return storeValue(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE contact_key = ? "
                                                          "AND assignee IS NULL"),
                                           {omar})
                                    .toInt() == 1;
                     },
                     kWaitMs),
                 qPrintable(logTail()));
        const QVariantList unassigned =
            query(m_store, QStringLiteral("SELECT contact_key FROM conversations WHERE assignee IS NULL AND status <> "
                                          "'snoozed'"));
        QCOMPARE(unassigned, QVariantList{omar});
        QVERIFY(m_x->key(QStringLiteral("alt+u")));
        Shown menu;
        if (!opened(QStringLiteral("Menu"), QStringLiteral("QMenu"), QStringLiteral("team-conversation-menu"),
                    Check::Popup, &menu))
            return;
        QVERIFY(waitViewable(menu.id));
        Shown agents;
        if (!opened(QStringLiteral("Down Down Right"), QStringLiteral("QMenu"), QStringLiteral("team-assign-menu"),
                    Check::Popup, &agents))
            return;
        closeWith(agents, QStringLiteral("Return"), QStringLiteral("team-assign-menu"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return query(m_store, QStringLiteral("SELECT contact_key FROM conversations WHERE assignee = "
                                                              "'ana'"))
                             .contains(unassigned.first());
                     },
                     kWaitMs),
                 qPrintable(QStringLiteral("%1 was not assigned to ana").arg(unassigned.first().toString())));
        QVERIFY(waitFocused(m_mainWindow));
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("alt+d"))); // the Dashboard tab again, as the overview opens
        QVERIFY(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::DashboardView$"), mark).hasMatch());
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+o")));
        QVERIFY(
            waitLine(QStringLiteral("^duet-window: widget-hidden class=duet::ui::SupervisorView$"), mark).hasMatch());
    }

    void aCampaignScheduledPausedAndExported()
    {
        // Two recipients in a file in the Documents folder.
        const QString first = QStringLiteral("16505551234");
        const QString second = QStringLiteral("16505559876");
        QVERIFY(writePrivate(scratch(QStringLiteral("home/Documents/recipients.csv")),
                             QStringLiteral("phone\n%1\n%2\n").arg(first, second).toUtf8()));
        const int acceptedBefore = simStats().value(QStringLiteral("accepted")).toInt();
        QVERIFY(waitFocused(m_mainWindow));
        int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+m")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::CampaignsView$"), mark).hasMatch(),
                 qPrintable(logTail()));
        // New campaign… (Alt+N): its template search has the keyboard; "hello", Tab to the list
        // (its first template becomes the campaign's).
        Shown dialog;
        openWith(QStringLiteral("alt+n"), QStringLiteral("duet::ui::NewCampaignDialog"), QStringLiteral("new-campaign"),
                 &dialog);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFocused(dialog.id));
        QVERIFY(m_x->type(QStringLiteral("hello")));
        QVERIFY(m_x->key(QStringLiteral("Tab")));
        // Choose recipients file… (Alt+R): it opens in Documents; the file's name and Enter.
        Shown file;
        if (!opened(QStringLiteral("alt+r"), QStringLiteral("QFileDialog"), QStringLiteral("campaign-recipients"),
                    Check::Dialog, &file))
            return;
        QVERIFY(m_x->type(QStringLiteral("recipients.csv")));
        closeWith(file, QStringLiteral("Return"), QStringLiteral("campaign-recipients"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFocused(dialog.id));
        // Schedule… (Alt+H) offers the next quarter hour at least an hour ahead; Enter schedules it
        // and the New campaign dialog closes.
        Shown schedule;
        if (!opened(QStringLiteral("alt+h"), QStringLiteral("QDialog"), QStringLiteral("schedule-campaign"),
                    Check::Dialog, &schedule))
            return;
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("Return")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: hidden id=0x%1 ").arg(dialog.id, 0, 16), mark).hasMatch(),
                 qPrintable(logTail()));
        QVERIFY2(QTest::qWaitFor([&] { return campaignState() == QLatin1String("scheduled"); }, kWaitMs),
                 qPrintable(campaignState()));
        QCOMPARE(query(m_outbox, QStringLiteral("SELECT contact FROM outbox WHERE bulk_job = (SELECT MAX(id) FROM "
                                                "bulk_jobs) ORDER BY contact")),
                 QVariantList({first, second}));
        QVERIFY(waitFocused(m_mainWindow));

        // Pause (Alt+P) asks nothing.
        QVERIFY(m_x->key(QStringLiteral("alt+p")));
        QVERIFY2(QTest::qWaitFor([&] { return campaignState() == QLatin1String("paused"); }, kWaitMs),
                 qPrintable(campaignState()));
        // Cancel campaign… (Alt+C) asks first: No keeps it.
        Shown cancel;
        if (!opened(QStringLiteral("alt+c"), QStringLiteral("QMessageBox"), QStringLiteral("cancel-campaign"),
                    Check::Dialog, &cancel))
            return;
        closeWith(cancel, QStringLiteral("alt+n"), QStringLiteral("cancel-campaign"));
        QCOMPARE(campaignState(), QStringLiteral("paused"));
        QVERIFY(waitFocused(m_mainWindow));
        // Export results… (Alt+E) suggests the campaign's name in Documents; Enter saves: one line
        // per recipient.
        const QDir documents(scratch(QStringLiteral("home/Documents")));
        Shown exported;
        if (!opened(QStringLiteral("alt+e"), QStringLiteral("QFileDialog"), QStringLiteral("campaign-export"),
                    Check::Dialog, &exported))
            return;
        closeWith(exported, QStringLiteral("Return"), QStringLiteral("campaign-export"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QStringList files = documents.entryList({QStringLiteral("Campaign*.csv")}, QDir::Files);
                         QFile csv(files.isEmpty() ? QString() : documents.filePath(files.first()));
                         if (!csv.open(QIODevice::ReadOnly))
                             return false;
                         const QByteArray text = csv.readAll();
                         return text.contains(first.toLatin1()) && text.contains(second.toLatin1());
                     },
                     kWaitMs),
                 qPrintable(documents.entryList().join(QLatin1Char(' '))));
        QVERIFY(waitFocused(m_mainWindow));
        // Export results… again, into a folder that cannot be (the recipients file's name): the
        // warning says why, and nothing is written.
        const QStringList exportedFiles = documents.entryList(QDir::Files);
        saveFailsWithAWarning(QStringLiteral("alt+e"), QStringLiteral("recipients.csv/results.csv"),
                              QStringLiteral("campaign-export-failed"), QStringLiteral("Export campaign results"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(documents.entryList(QDir::Files), exportedFiles);
        // Nothing of it was sent (it is cancelled after a restart, below).
        QCOMPARE(simStats().value(QStringLiteral("accepted")).toInt(), acceptedBefore);
        QVERIFY(waitFocused(m_mainWindow));
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+m")));
        QVERIFY(
            waitLine(QStringLiteral("^duet-window: widget-hidden class=duet::ui::CampaignsView$"), mark).hasMatch());
    }

    void aLanguageChosenForTheNextStart()
    {
        // The palette's Language: the chooser lists the system's language (the current one), then
        // English, …; Down and Enter pick English, and a notice says it applies after a restart.
        QVERIFY(waitFocused(m_mainWindow));
        const int mark = logMark();
        runCommand(QStringLiteral("Language"));
        const std::optional<Shown> chooser = waitShown(QStringLiteral("QInputDialog"), mark);
        QVERIFY2(chooser, qPrintable(logTail()));
        QVERIFY(waitFocused(chooser->id));
        // Alt+Down drops its list down; Esc closes it again.
        Shown list;
        if (!opened(QStringLiteral("alt+Down"), QStringLiteral("QComboBoxPrivateContainer"),
                    QStringLiteral("language-list"), Check::Popup, &list))
            return;
        closeWith(list, QStringLiteral("Escape"), QStringLiteral("language-list"));
        QVERIFY(waitFocused(chooser->id));
        Shown notice;
        if (!opened(QStringLiteral("Down Return"), QStringLiteral("QMessageBox"), QStringLiteral("language-restart"),
                    Check::Dialog, &notice))
            return;
        QCOMPARE(notice.title, QStringLiteral("Language"));
        closeWith(notice, QStringLiteral("Return"), QStringLiteral("language-restart"));
        // The choice is in the settings, where the next start reads it.
        const QString file = scratch(QStringLiteral("config/Duet/duet.conf"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return QSettings(file, QSettings::IniFormat).value(QStringLiteral("ui/language")) ==
                                QStringLiteral("en");
                     },
                     kWaitMs),
                 qPrintable(file));
        QVERIFY(waitFocused(m_mainWindow));
    }

    void aSendLeftUncertainIsSentAgainOnlyWhenAsked()
    {
        // The program is closed while one of the paused campaign's messages is handed over with no
        // answer yet: what a stop in the middle of a send leaves in the outbox.
        const int acceptedBefore = simStats().value(QStringLiteral("accepted")).toInt();
        stopProgram(m_main);
        qint64 handedOver = 0;
        {
            SystemClock clock;
            outbound::OutboxStore outbox(clock);
            QString error;
            QVERIFY2(outbox.open(m_outbox, &error), qPrintable(error));
            const QList<qint64> jobs = outbox.bulkJobs();
            QVERIFY(!jobs.isEmpty());
            const QList<qint64> rows = outbox.bulkRowIds(jobs.last(), outbound::OutboxState::Queued);
            QCOMPARE(rows.size(), 2);
            handedOver = rows.first();
            QVERIFY(outbox.markSending(handedOver));
        }
        const auto rowState = [&] {
            return query(m_outbox, QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {handedOver})
                .value(0)
                .toString();
        };

        // Started again, it signs in with the token the keychain kept (no dialog), and the message
        // is uncertain: Meta may have it or not.
        QVERIFY(startProgram(m_main, m_mainArgs, programEnvironment({})));
        const std::optional<Shown> main = waitShown(QStringLiteral("duet::ui::MainWindow"), 0);
        QVERIFY2(main, qPrintable(logTail()));
        m_mainWindow = main->id;
        QVERIFY2(QTest::qWaitFor([&] { return rowState() == QLatin1String("uncertain"); }, kWaitMs),
                 qPrintable(rowState()));
        QVERIFY(waitFocused(m_mainWindow));
        int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+m")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=duet::ui::CampaignsView$"), mark).hasMatch(),
                 qPrintable(logTail()));
        // Resend uncertain… (Alt+U) asks first, saying the customer may get it twice: No keeps it.
        Shown ask;
        if (!opened(QStringLiteral("alt+u"), QStringLiteral("QMessageBox"), QStringLiteral("resend-uncertain"),
                    Check::Dialog, &ask))
            return;
        QCOMPARE(ask.title, QStringLiteral("Resend uncertain messages"));
        closeWith(ask, QStringLiteral("alt+n"), QStringLiteral("resend-uncertain"));
        QCOMPARE(rowState(), QStringLiteral("uncertain"));
        // Yes (Alt+Y): it is queued again, in the campaign, which is still paused.
        QVERIFY(waitFocused(m_mainWindow));
        openWith(QStringLiteral("alt+u"), QStringLiteral("QMessageBox"), QStringLiteral("resend-uncertain"), &ask);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFocused(ask.id));
        closeWith(ask, QStringLiteral("alt+y"), QStringLiteral("resend-uncertain"));
        QVERIFY2(QTest::qWaitFor([&] { return rowState() == QLatin1String("queued"); }, kWaitMs),
                 qPrintable(rowState()));
        QCOMPARE(campaignState(), QStringLiteral("paused"));

        // Cancel campaign… (Alt+C), Yes (Alt+Y): cancelled, and nothing of it reached the simulator.
        QVERIFY(waitFocused(m_mainWindow));
        Shown cancel;
        openWith(QStringLiteral("alt+c"), QStringLiteral("QMessageBox"), QStringLiteral("cancel-campaign"), &cancel);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFocused(cancel.id));
        closeWith(cancel, QStringLiteral("alt+y"), QStringLiteral("cancel-campaign"));
        QVERIFY2(QTest::qWaitFor([&] { return campaignState() == QLatin1String("cancelled"); }, kWaitMs),
                 qPrintable(campaignState()));
        // The campaign's state is written first, then its rows.
        QVERIFY2(QTest::qWaitFor([&] { return rowState() == QLatin1String("cancelled"); }, kWaitMs),
                 qPrintable(rowState()));
        QCOMPARE(simStats().value(QStringLiteral("accepted")).toInt(), acceptedBefore);
        QVERIFY(waitFocused(m_mainWindow));
        mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("ctrl+shift+m")));
        QVERIFY(
            waitLine(QStringLiteral("^duet-window: widget-hidden class=duet::ui::CampaignsView$"), mark).hasMatch());
        // Nobody was asked to sign in again.
        QVERIFY2(!m_main.log.join(QLatin1Char('\n')).contains(QLatin1String("class=duet::ui::SignInDialog")),
                 qPrintable(logTail()));
    }

    void aHubsOwnCertificateIsTrustedOnlyWhenConfirmed()
    {
        // A hub serving wss:// with a certificate it signed itself, which no authority vouches for.
        const QString tls = scratch(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(tls));
        QString error;
        QVERIFY2(makeCertificate(tls, QStringLiteral("hub"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error),
                 qPrintable(error));
        const QString crt = QDir(tls).filePath(QStringLiteral("hub.crt"));
        const quint16 port = freePort();
        QVERIFY(port != 0);
        HubProcess hub(QDir(tls).filePath(QStringLiteral("hub.db")), tls);
        QVERIFY(hub.writeSecrets());
        hub.listen = QStringLiteral("127.0.0.1:%1").arg(port);
        hub.extraArgs = {QStringLiteral("--tls-certificate"), crt,
                         QStringLiteral("--tls-key"),         QDir(tls).filePath(QStringLiteral("hub.key")),
                         QStringLiteral("--graph-base-url"),  m_sim->baseUrl()};
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString token = hub.addAgent(QStringLiteral("bea"), QStringLiteral("agent"));
        QVERIFY(!token.isEmpty());
        const QString hubUrl = QStringLiteral("wss://127.0.0.1:%1").arg(port);
        const QString secret = QStringLiteral("agent-token %1/agents").arg(hubUrl);
        secrets::SecretStore keychain;
        // The token the sign-in keeps, out of the keychain again whatever happens below.
        const auto forget = qScopeGuard([&] {
            awaitSecret([&](secrets::SecretStore::Callback done) { keychain.remove(secret, std::move(done)); });
        });

        // Another agent's first start: the sign-in, the token typed, Enter.
        Program run;
        QVERIFY(startProgram(
            run,
            {QStringLiteral("--hub"), hubUrl, QStringLiteral("--db"), QDir(tls).filePath(QStringLiteral("store.db"))},
            programEnvironment(QStringLiteral("tls-"))));
        const Reading reading(this, &run);
        const std::optional<Shown> dialog = waitShown(QStringLiteral("duet::ui::SignInDialog"), 0);
        QVERIFY2(dialog, qPrintable(logTail()));
        QVERIFY(waitFocused(dialog->id));
        QVERIFY(m_x->key(QStringLiteral("alt+t")));
        QVERIFY(m_x->type(token));
        const int submitted = logMark();
        QVERIFY(m_x->key(QStringLiteral("Return")));
        // Refused: the dialog grows to say why, with "Trust this certificate…", which has the keyboard.
        int trustAt = -1;
        QVERIFY2(waitLine(QStringLiteral("^duet-window: widget-shown class=QPushButton name=trustCertificate$"),
                          submitted, kWaitMs, &trustAt)
                     .hasMatch(),
                 qPrintable(logTail()));
        const QRegularExpressionMatch grown =
            waitLine(shownLine(QStringLiteral("duet::ui::SignInDialog"), QStringLiteral("resized")).pattern(), trustAt);
        QVERIFY2(grown.hasMatch(), qPrintable(logTail()));
        checkFocused(shownFrom(grown, QStringLiteral("duet::ui::SignInDialog")),
                     QStringLiteral("sign-in-certificate-refused"));
        if (QTest::currentTestFailed())
            return;
        // Enter asks, showing the fingerprint to compare with the administrator's; Esc: not trusted.
        const QString settings = scratch(QStringLiteral("tls-config/Duet/duet.conf"));
        const QString fingerprint = net::TlsTrust::fingerprint(QSslCertificate::fromPath(crt).value(0));
        QVERIFY(!fingerprint.isEmpty());
        const auto pinned = [&] {
            return QSettings(settings, QSettings::IniFormat)
                .value(QStringLiteral("hub/trusted_certificates"))
                .toStringList()
                .contains(fingerprint);
        };
        Shown ask;
        if (!opened(QStringLiteral("Return"), QStringLiteral("QMessageBox"), QStringLiteral("trust-certificate"),
                    Check::Dialog, &ask))
            return;
        QCOMPARE(ask.title, QStringLiteral("Trust this certificate?"));
        closeWith(ask, QStringLiteral("Escape"), QStringLiteral("trust-certificate"));
        QVERIFY(waitFocused(dialog->id));
        QVERIFY(!pinned());
        // Asked again, Trust it (Alt+T): the certificate is remembered and the sign-in goes on.
        openWith(QStringLiteral("Return"), QStringLiteral("QMessageBox"), QStringLiteral("trust-certificate"), &ask);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFocused(ask.id));
        const int trusted = logMark();
        QVERIFY(m_x->key(QStringLiteral("alt+t")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: hidden id=0x%1 ").arg(dialog->id, 0, 16), trusted).hasMatch(),
                 qPrintable(logTail()));
        QVERIFY2(waitShown(QStringLiteral("duet::ui::MainWindow"), 0), qPrintable(logTail()));
        QVERIFY2(QTest::qWaitFor(pinned, kWaitMs), qPrintable(settings));
        // Signed in: the token is in the keychain under the wss:// address; out of it again.
        const secrets::SecretStore::Result stored =
            awaitSecret([&](secrets::SecretStore::Callback done) { keychain.read(secret, std::move(done)); });
        QVERIFY2(stored.ok() && stored.value == token, qPrintable(stored.detail));
        stopProgram(run);
    }

    void theConnectWizardAsPeopleSeeIt()
    {
        // A single seat that was never connected opens the Connect wizard (its own program run,
        // asking the simulator as Meta), and is walked through from the keyboard: each page is
        // checked and kept as a screenshot.
        const quint16 webhookPort = freePort();
        QVERIFY(webhookPort != 0);
        Program seat;
        QVERIFY(startProgram(seat,
                             {QStringLiteral("--single-seat"), QStringLiteral("--webhook-port"),
                              QString::number(webhookPort), QStringLiteral("--graph-base-url"), m_sim->baseUrl()},
                             programEnvironment(QStringLiteral("seat-"))));
        const Reading reading(this, &seat);
        // The seat's settings, out of the keychain again whatever happens below.
        secrets::SecretStore keychain;
        const auto forget = qScopeGuard([&] {
            awaitSecret([&](secrets::SecretStore::Callback done) {
                keychain.remove(QStringLiteral("single-seat"), std::move(done));
            });
        });
        const std::optional<Shown> wizard = waitShown(QStringLiteral("duet::ui::ConnectWizard"), 0);
        QVERIFY2(wizard, qPrintable(QStringLiteral("no Connect wizard:\n%1").arg(logTail())));
        checkFocused(*wizard, QStringLiteral("connect-number"));
        if (QTest::currentTestFailed())
            return;
        const auto next = [&](const QString& keys, const QString& waitFor, const QString& name) {
            const int mark = logMark();
            QVERIFY(m_x->key(keys));
            QVERIFY2(waitLine(waitFor, mark).hasMatch(), qPrintable(QStringLiteral("%1:\n%2").arg(name, logTail())));
            checkWindow(*wizard, name, true);
        };
        // 1. The number: its two IDs (the phone number ID's field has the keyboard), Enter: Next.
        QVERIFY(m_x->type(QStringLiteral("106540352242922")));
        QVERIFY(m_x->key(QStringLiteral("Tab")));
        QVERIFY(m_x->type(QStringLiteral("102290129340398")));
        next(QStringLiteral("Return"), QStringLiteral("^duet-window: widget-shown class=duet::ui::ConnectAccessPage$"),
             QStringLiteral("connect-access"));
        if (QTest::currentTestFailed())
            return;
        // 2. Access: the token and the app secret, Enter: the checks with Meta run, and say so.
        QVERIFY(m_x->type(QStringLiteral("EAAG-test-access-token")));
        QVERIFY(m_x->key(QStringLiteral("Tab")));
        QVERIFY(m_x->type(QString::fromLatin1(kHubAppSecret)));
        next(QStringLiteral("Return"), QStringLiteral("^duet-window: widget-shown class=QLabel name=checkSummary$"),
             QStringLiteral("connect-check"));
        if (QTest::currentTestFailed())
            return;
        // 3. Enter: Next connects the number (the keychain keeps it, the hub starts); 4. the
        // webhook's address and verify token; Enter: 5. the import, left for later; Enter: Finish.
        next(QStringLiteral("Return"), QStringLiteral("^duet-window: widget-shown class=duet::ui::ConnectWebhookPage$"),
             QStringLiteral("connect-webhook"));
        if (QTest::currentTestFailed())
            return;
        next(QStringLiteral("Return"), QStringLiteral("^duet-window: widget-shown class=duet::ui::ConnectImportPage$"),
             QStringLiteral("connect-import"));
        if (QTest::currentTestFailed())
            return;
        const int mark = logMark();
        QVERIFY(m_x->key(QStringLiteral("Return")));
        QVERIFY2(waitLine(QStringLiteral("^duet-window: hidden id=0x%1 ").arg(wizard->id, 0, 16), mark).hasMatch(),
                 qPrintable(logTail()));
        QVERIFY2(waitShown(QStringLiteral("duet::ui::MainWindow"), 0), qPrintable(logTail()));
        // The seat is remembered in the keychain.
        const secrets::SecretStore::Result stored = awaitSecret([&](secrets::SecretStore::Callback done) {
            keychain.read(QStringLiteral("single-seat"), std::move(done));
        });
        QVERIFY2(stored.ok() && stored.value.contains(QLatin1String("106540352242922")), qPrintable(stored.detail));
        stopProgram(seat);
    }
};

int main(int argc, char** argv)
{
    // The test itself needs no display: only fonts (the title's width) and the event loop.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestRealWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestRealWindow.moc"
