// SPDX-License-Identifier: GPL-3.0-or-later
// The real `duet` binary: --screenshot renders the inbox to a PNG and exits; options and exit codes.
#include "GuiFixtures.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;

class TestDesktopProgram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotRendersTheInbox();
    void exitCodes_data();
    void exitCodes();
    void firstPaintIsReportedWhenAsked_data();
    void firstPaintIsReportedWhenAsked();

private:
    int run(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr);
    /// `duet --screenshot` on this store; a null image when it failed (the reason on the log).
    QImage screenshot(const QString& db, const QString& name);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestDesktopProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FakeClock clock;
    QString error;
    m_db = m_dir.filePath(QStringLiteral("inbox.db"));
    auto store = openStore(clock, m_db, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(ingestGoodFixtures(*store, &error), qPrintable(error));
    QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.db")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(QByteArray(8192, 'x'));
}

int TestDesktopProgram::run(const QStringList& arguments, QByteArray* out, QByteArray* err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's settings and data out of it.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(programPath(QStringLiteral("desktop/duet")), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QImage TestDesktopProgram::screenshot(const QString& db, const QString& name)
{
    const QString png = m_dir.filePath(name);
    QByteArray err;
    const int code = run({QStringLiteral("--db"), db, QStringLiteral("--templates"),
                          fixturePath(QStringLiteral("templates/templates.json")), QStringLiteral("--screenshot"), png,
                          QStringLiteral("--quit-after"), QStringLiteral("0.5")},
                         nullptr, &err);
    QImage image;
    if (code != 0 || !image.load(png))
        qWarning("duet --screenshot %s: exit %d, %s", qPrintable(png), code, err.constData());
    return image;
}

namespace {

/// The share of pixels that differ between the same rectangle of two images (0 to 1).
double differingShare(const QImage& a, const QImage& b, const QRect& area)
{
    qint64 differing = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return double(differing) / double(area.width() * area.height());
}

/// Rows of the rectangle that are not one flat colour: lines of text, avatars, separators.
int rowsWithContent(const QImage& image, const QRect& area)
{
    int rows = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const QRgb first = image.pixel(area.left(), y);
        for (int x = area.left() + 1; x <= area.right(); ++x) {
            if (image.pixel(x, y) != first) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

} // namespace

// The same window drawn twice, on the fixtures' inbox and on an empty store: the conversation
// list (the left third) and the open thread (the rest) must show what the inbox holds, so
// neither may look like the empty window's. A blank, half-painted or empty-list window fails.
void TestDesktopProgram::screenshotRendersTheInbox()
{
    const QImage inbox = screenshot(m_db, QStringLiteral("inbox.png"));
    const QImage empty = screenshot(m_dir.filePath(QStringLiteral("empty.db")), QStringLiteral("empty.png"));
    QVERIFY(!inbox.isNull() && !empty.isNull());
    QVERIFY(inbox.width() >= 800 && inbox.height() >= 500);
    QCOMPARE(empty.size(), inbox.size());

    const QRect list(0, inbox.height() / 8, inbox.width() / 4, inbox.height() * 3 / 4);
    const QRect thread(inbox.width() / 2, inbox.height() / 8, inbox.width() / 3, inbox.height() * 3 / 4);
    const double listDiffers = differingShare(inbox, empty, list);
    const double threadDiffers = differingShare(inbox, empty, thread);
    qInfo("list %.3f and thread %.3f of the pixels differ from the empty window's", listDiffers, threadDiffers);
    QVERIFY2(listDiffers > 0.05, qPrintable(QStringLiteral("list: %1 differs").arg(listDiffers)));
    QVERIFY2(threadDiffers > 0.05, qPrintable(QStringLiteral("thread: %1 differs").arg(threadDiffers)));
    // The list holds many conversations: text on many pixel rows, more than the empty list has.
    const int inboxRows = rowsWithContent(inbox, list);
    const int emptyRows = rowsWithContent(empty, list);
    qInfo("%d of %d rows of the list have content, %d when empty", inboxRows, list.height(), emptyRows);
    QVERIFY2(
        inboxRows > list.height() / 4 && inboxRows > emptyRows + 50,
        qPrintable(QStringLiteral("%1 rows with content in the list, %2 when empty").arg(inboxRows).arg(emptyRows)));
}

void TestDesktopProgram::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("output");
    QTest::newRow("--version prints the version")
        << QStringList({QStringLiteral("--version")}) << 0 << QStringLiteral(DUET_VERSION);
    QTest::newRow("--help lists the screenshot option")
        << QStringList({QStringLiteral("--help")}) << 0 << QStringLiteral("--screenshot");
    QTest::newRow("an unknown option is a usage error")
        << QStringList({QStringLiteral("--bogus")}) << 2 << QStringLiteral("bogus");
    QTest::newRow("a quit-after that is not a number is a usage error")
        << QStringList({QStringLiteral("--quit-after"), QStringLiteral("soon")}) << 2 << QStringLiteral("quit-after");
    QTest::newRow("a missing templates file is bad input")
        << QStringList({QStringLiteral("--templates"), QStringLiteral("/nonexistent/t.json"), QStringLiteral("--db"),
                        QStringLiteral(":memory:"), QStringLiteral("--quit-after"), QStringLiteral("0")})
        << 2 << QStringLiteral("t.json");
    QTest::newRow("a store that cannot be opened is a runtime failure")
        << QStringList({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("corrupt.db")),
                        QStringLiteral("--quit-after"), QStringLiteral("0")})
        << 1 << QStringLiteral("corrupt.db");
}

void TestDesktopProgram::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, output);
    QByteArray out, err;
    QCOMPARE(run(arguments, &out, &err), code);
    const QByteArray all = out + err;
    QVERIFY2(QString::fromUtf8(all).contains(output), all.constData());
}

void TestDesktopProgram::firstPaintIsReportedWhenAsked_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("the inbox reports its painted list and quits") << QByteArray("quit");
    QTest::newRow("the baseline paints an empty window and quits") << QByteArray("baseline");
}

// DUET_REPORT_FIRST_PAINT, which `duet-bench ui` times: one line on stderr, then a clean exit.
void TestDesktopProgram::firstPaintIsReportedWhenAsked()
{
    QFETCH(QByteArray, mode);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("DUET_REPORT_FIRST_PAINT"), QString::fromLatin1(mode));
    process.setProcessEnvironment(env);
    process.start(programPath(QStringLiteral("desktop/duet")), {QStringLiteral("--db"), m_db});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QList<QByteArray> reports;
    for (const QByteArray& line : process.readAllStandardError().split('\n')) {
        if (line.startsWith("first_paint_ms: "))
            reports << line;
    }
    QCOMPARE(reports.size(), 1);
    bool ok = false;
    QVERIFY(reports.first().mid(reports.first().indexOf(": ") + 2).toDouble(&ok) > 0 && ok);
}

QTEST_MAIN(TestDesktopProgram)
#include "TestDesktopProgram.moc"
