// SPDX-License-Identifier: GPL-3.0-or-later
// `duet-hub setup` as an administrator runs it: the real binary against duet-sim, flags instead of a terminal.
#include "FakeClock.h"
#include "HubConfig.h"
#include "SimService.h"
#include "Simulator.h"
#include "TestPaths.h"
#include "store/Database.h"
#include "store/ImportStatus.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;

namespace {

constexpr char kToken[] = "setup-test-access-token";
constexpr char kSecret[] = "setup-test-app-secret";

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestSetupCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void connectsWritesTheConfigAndPrintsWhatToPaste();
    void aWrongTokenSavesNothing();
    void withoutATerminalAMissingValueIsAUsageError();
    void settingUpAgainKeepsTheVerifyTokenAndComments();
    void theImportIsRequestedOnceAndAgainOnlyWhenAsked();

private:
    /// Runs duet-hub with `args` (and `input` on standard input) while this process serves the
    /// simulator it talks to.
    Run hub(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(test::programPath(QStringLiteral("hub/duet-hub")), args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString path(const QString& name) const { return m_dir->filePath(name); }

    QStringList connectArgs(const QString& tokenFile)
    {
        return {QStringLiteral("setup"),
                QStringLiteral("--config"),
                path(QStringLiteral("hub.conf")),
                QStringLiteral("--db"),
                path(QStringLiteral("hub.db")),
                QStringLiteral("--phone-number-id"),
                QStringLiteral("106540352242922"),
                QStringLiteral("--waba-id"),
                QStringLiteral("102290129340398"),
                QStringLiteral("--access-token-file"),
                tokenFile,
                QStringLiteral("--app-secret-file"),
                QStringLiteral("-"),
                QStringLiteral("--graph-base-url"),
                m_sim->baseUrl(),
                QStringLiteral("--public-url"),
                QStringLiteral("https://inbox.example.com/"),
                QStringLiteral("--yes")};
    }

    static bool writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    static QFileDevice::Permissions exposed()
    {
        return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    }

    test::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimService> m_sim;
};

void TestSetupCommand::initTestCase()
{
    QVERIFY(QFile::exists(test::programPath(QStringLiteral("hub/duet-hub"))));
}

void TestSetupCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    sim::SimOptions options;
    options.accessToken = kToken;
    options.appSecret = kSecret;
    QString error;
    QVERIFY2(sim::Scenario::load(R"({"business": {"app_subscribed": false}})", &options.scenario, &error),
             qPrintable(error));
    m_sim = std::make_unique<sim::SimService>(m_clock, options);
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QVERIFY(writeFile(path(QStringLiteral("token-in")), kToken));
}

void TestSetupCommand::connectsWritesTheConfigAndPrintsWhatToPaste()
{
    const Run r = hub(connectArgs(path(QStringLiteral("token-in"))), kSecret);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("Duet subscribed it"))); // the app was missing from the account
    QVERIFY(r.out.contains(QLatin1String("Callback URL:  https://inbox.example.com/webhook")));
    QVERIFY(r.out.contains(QLatin1String("Verify token:  ")));
    for (const char* field : {"messages", "smb_message_echoes", "smb_app_state_sync", "history", "account_update",
                              "message_template_status_update"})
        QVERIFY2(r.out.contains(QLatin1String(field)), field);
    QVERIFY(r.out.contains(QLatin1String("--request-sync")));
    QVERIFY2(!r.out.contains(QLatin1String(kToken)) && !r.err.contains(QLatin1String(kToken)), "the token was printed");
    QVERIFY(!r.out.contains(QLatin1String(kSecret)) && !r.err.contains(QLatin1String(kSecret)));

    for (const char* secret : {"access-token", "app-secret", "verify-token"}) {
        const QString file = path(QLatin1String(secret));
        QVERIFY2(QFile::exists(file), secret);
        QVERIFY2(!(QFile::permissions(file) & exposed()), secret);
    }
    // The hub reads exactly what setup wrote.
    hub::HubConfig config;
    QString error;
    QVERIFY2(hub::HubConfig::load({QStringLiteral("--config"), path(QStringLiteral("hub.conf"))}, QProcessEnvironment(),
                                  &config, &error),
             qPrintable(error));
    QCOMPARE(config.phoneNumberId, QStringLiteral("106540352242922"));
    QCOMPARE(config.wabaId, QStringLiteral("102290129340398"));
    QCOMPARE(config.accessToken, QByteArray(kToken));
    QCOMPARE(config.appSecret, QByteArray(kSecret));
    QCOMPARE(config.graphBaseUrl, m_sim->baseUrl());
    QVERIFY(r.out.contains(QString::fromLatin1(config.verifyToken)));
    // The connection is in the hub's log, with what Meta said about the number.
    store::Database db;
    store::DatabaseLocation location;
    location.path = path(QStringLiteral("hub.db"));
    QVERIFY2(db.open(location, &error), qPrintable(error));
    store::ImportStatus status;
    QVERIFY2(store::readImportStatus(db.connection(), {}, &status, &error), qPrintable(error));
    QVERIFY(status.connected);
    QCOMPARE(status.displayPhoneNumber, QStringLiteral("+1 555-078-3881"));
    QVERIFY(status.onBusinessApp);
    QVERIFY(status.needsRequest());
}

void TestSetupCommand::aWrongTokenSavesNothing()
{
    QVERIFY(writeFile(path(QStringLiteral("wrong")), "EAAG-someone-elses"));
    const Run r = hub(connectArgs(path(QStringLiteral("wrong"))), kSecret);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("(#190)")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("What to do:")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("Nothing was saved")));
    QVERIFY(!QFile::exists(path(QStringLiteral("hub.conf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("access-token"))));
}

void TestSetupCommand::withoutATerminalAMissingValueIsAUsageError()
{
    const Run r = hub({QStringLiteral("setup"), QStringLiteral("--config"), path(QStringLiteral("hub.conf")),
                       QStringLiteral("--db"), path(QStringLiteral("hub.db"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Phone number ID is missing")), qPrintable(r.err));
    QCOMPARE(hub({QStringLiteral("setup")}).code, 2); // --config is required
    const Run help = hub({QStringLiteral("setup"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--request-sync")));
}

void TestSetupCommand::settingUpAgainKeepsTheVerifyTokenAndComments()
{
    QVERIFY(
        writeFile(path(QStringLiteral("hub.conf")),
                  "; our hub\n[hub]\n; where it listens\nlisten = 127.0.0.1:9000\n[cloudapi]\n;waba_id = example\n"));
    QCOMPARE(hub(connectArgs(path(QStringLiteral("token-in"))), kSecret).code, 0);
    QFile verify(path(QStringLiteral("verify-token")));
    QVERIFY(verify.open(QIODevice::ReadOnly));
    const QByteArray first = verify.readAll();
    verify.close();
    QCOMPARE(hub(connectArgs(path(QStringLiteral("token-in"))), kSecret).code, 0);
    QVERIFY(verify.open(QIODevice::ReadOnly));
    QCOMPARE(verify.readAll(), first); // what Meta's dashboard has stays valid
    QFile conf(path(QStringLiteral("hub.conf")));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(conf.readAll());
    QVERIFY(text.contains(QLatin1String("; our hub")));
    QVERIFY(text.contains(QLatin1String("; where it listens\nlisten = 127.0.0.1:9000")));
    QVERIFY(text.contains(QLatin1String(";waba_id = example")));
    QCOMPARE(text.count(QLatin1String("\nwaba_id = 102290129340398")), 1);
}

void TestSetupCommand::theImportIsRequestedOnceAndAgainOnlyWhenAsked()
{
    QCOMPARE(hub(connectArgs(path(QStringLiteral("token-in"))), kSecret).code, 0);
    const QStringList request = {QStringLiteral("setup"), QStringLiteral("--config"), path(QStringLiteral("hub.conf")),
                                 QStringLiteral("--request-sync")};
    const Run first = hub(request);
    QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
    QVERIFY(first.out.contains(QLatin1String("Contacts: requested")));
    QVERIFY(first.out.contains(QLatin1String("Chat history: requested")));
    const Run second = hub(request);
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out.count(QLatin1String("already requested")), 2);
    QCOMPARE(m_sim->simulator().stats().errorsByCode.value(100), 0); // nothing reached Meta
    const Run again = hub(request + QStringList{QStringLiteral("again")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("(#100)")), qPrintable(again.err));
    QVERIFY(again.err.contains(QLatin1String("once per onboarding")));
}

QTEST_GUILESS_MAIN(TestSetupCommand)
#include "TestSetupCommand.moc"
