// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub serve's configuration: layering, validation, secret file modes, redaction.
#include "HubConfig.h"
#include "cloudapi/GraphApiVersion.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace duet::hub;

namespace {

const QByteArray kAppSecret = "app-secret-7f3c2a9b";
const QByteArray kVerifyToken = "verify-token-5d1e8c";
const QByteArray kAccessToken = "EAAG-access-token-4b6a0f";
const QFileDevice::Permissions kMode600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TestHubConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void minimalFlagsAndDefaults();
    void precedence_data();
    void precedence();
    void configFilePathsAreRelativeToTheFile();
    void secretFileModes_data();
    void secretFileModes();
    void invalidConfigurations_data();
    void invalidConfigurations();
    void listenAddresses_data();
    void listenAddresses();
    void describeRedactsSecrets();
    void usageNamesEveryFlagAndVariable();
    void trustedProxiesAndSessionCap();

private:
    QString write(const QString& name, const QByteArray& content, QFileDevice::Permissions mode = kMode600);
    QStringList secretFlags() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHubConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    write(QStringLiteral("app-secret"), kAppSecret + "\n");
    write(QStringLiteral("verify-token"), kVerifyToken + "\n");
    write(QStringLiteral("access-token"), "  " + kAccessToken + "\r\n");
}

QString TestHubConfig::write(const QString& name, const QByteArray& content, QFileDevice::Permissions mode)
{
    QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    f.close();
    QFile::setPermissions(path, mode);
    return path;
}

QStringList TestHubConfig::secretFlags() const
{
    return {QStringLiteral("--app-secret-file"), m_dir->filePath(QStringLiteral("app-secret")),
            QStringLiteral("--verify-token-file"), m_dir->filePath(QStringLiteral("verify-token"))};
}

void TestHubConfig::minimalFlagsAndDefaults()
{
    HubConfig c;
    QString error;
    QVERIFY2(HubConfig::load(secretFlags() << QStringLiteral("--db=hub.sqlite"), QProcessEnvironment(), &c, &error),
             qPrintable(error));
    QCOMPARE(c.db, QStringLiteral("hub.sqlite"));
    QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(c.listenPort, quint16(8080));
    QCOMPARE(c.apiVersion, QString::fromLatin1(duet::cloudapi::kGraphApiVersion));
    QCOMPARE(c.sendCap, 20.0);
    QCOMPARE(c.appSecret, kAppSecret); // trimmed of the newline
    QCOMPARE(c.verifyToken, kVerifyToken);
    QVERIFY(c.accessToken.isEmpty());
    QVERIFY(c.readReceipts);                                     // the team's setting is on unless turned off
    QCOMPARE(c.mediaAutoDownloadBytes, qint64(2 * 1024 * 1024)); // previews up to 2 MB unless the team says otherwise
    QVERIFY(HubConfig::load(secretFlags()
                                << QStringLiteral("--db=hub.sqlite") << QStringLiteral("--media-auto-download-mb=0.5"),
                            QProcessEnvironment(), &c, &error));
    QCOMPARE(c.mediaAutoDownloadBytes, qint64(512 * 1024));
    QVERIFY(c.describe().contains(QLatin1String("media_auto_download_bytes=524288")));
    for (const char* bad : {"-1", "lots", "101"}) {
        error.clear();
        QVERIFY(!HubConfig::load(secretFlags() << QStringLiteral("--db=hub.sqlite")
                                               << QStringLiteral("--media-auto-download-mb=%1").arg(QLatin1String(bad)),
                                 QProcessEnvironment(), &c, &error));
        QVERIFY(error.contains(QLatin1String("media_auto_download_mb")));
    }
    QVERIFY(HubConfig::load(secretFlags() << QStringLiteral("--db=hub.sqlite") << QStringLiteral("--read-receipts=off"),
                            QProcessEnvironment(), &c, &error));
    QVERIFY(!c.readReceipts);
    QVERIFY(c.describe().contains(QLatin1String("read_receipts=false")));
    QVERIFY(c.replyClaims); // a reply takes an unassigned conversation unless the team turns it off
    QVERIFY(HubConfig::load(secretFlags() << QStringLiteral("--db=hub.sqlite") << QStringLiteral("--reply-claims=no"),
                            QProcessEnvironment(), &c, &error));
    QVERIFY(!c.replyClaims);
    QVERIFY(c.describe().contains(QLatin1String("reply_claims=false")));
    QVERIFY(!c.ownOnly); // every agent sees every conversation unless the team says otherwise
    QVERIFY(c.describe().contains(QLatin1String("visibility=all")));
    QVERIFY(HubConfig::load(secretFlags() << QStringLiteral("--db=hub.sqlite") << QStringLiteral("--visibility=own"),
                            QProcessEnvironment(), &c, &error));
    QVERIFY(c.ownOnly);
    QVERIFY(c.describe().contains(QLatin1String("visibility=own")));
}

void TestHubConfig::precedence_data()
{
    QTest::addColumn<bool>("useEnv");
    QTest::addColumn<bool>("useFlag");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QString>("db");

    QTest::newRow("the file alone decides") << false << false << quint16(9001) << QStringLiteral("file.sqlite");
    QTest::newRow("the environment overrides the file")
        << true << false << quint16(9002) << QStringLiteral("env.sqlite");
    QTest::newRow("flags override the environment") << true << true << quint16(9003) << QStringLiteral("flag.sqlite");
    QTest::newRow("flags override the file") << false << true << quint16(9003) << QStringLiteral("flag.sqlite");
}

void TestHubConfig::precedence()
{
    QFETCH(bool, useEnv);
    QFETCH(bool, useFlag);
    QFETCH(quint16, port);
    QFETCH(QString, db);

    const QString ini = write(QStringLiteral("hub.ini"),
                              "; duet-hub\n[hub]\nlisten = 127.0.0.1:9001\ndb = /data/file.sqlite\n"
                              "app_secret_file = app-secret\nverify_token_file = verify-token\n\n"
                              "[cloudapi]\nphone_number_id = 106540352242922\naccess_token_file = access-token\n"
                              "send_cap = 40\nwaba_id = 102290129340398\n");
    QProcessEnvironment env;
    if (useEnv) {
        env.insert(QStringLiteral("DUET_HUB_LISTEN"), QStringLiteral("127.0.0.1:9002"));
        env.insert(QStringLiteral("DUET_HUB_DB"), QStringLiteral("/data/env.sqlite"));
    }
    QStringList args = {QStringLiteral("--config"), ini};
    if (useFlag)
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:9003") << QStringLiteral("--db")
             << QStringLiteral("/data/flag.sqlite");

    HubConfig c;
    QString error;
    QVERIFY2(HubConfig::load(args, env, &c, &error), qPrintable(error));
    QCOMPARE(c.listenPort, port);
    QCOMPARE(c.db, QStringLiteral("/data/") + db);
    QCOMPARE(c.sendCap, 40.0);
    QCOMPARE(c.phoneNumberId, QStringLiteral("106540352242922"));
    QCOMPARE(c.wabaId, QStringLiteral("102290129340398"));
    QCOMPARE(c.accessToken, kAccessToken);
}

void TestHubConfig::configFilePathsAreRelativeToTheFile()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("etc")));
    const QString ini = write(QStringLiteral("etc/hub.ini"), "[hub]\ndb = hub.sqlite\n"
                                                             "app_secret_file = ../app-secret\n"
                                                             "verify_token_file = \"../verify-token\"\n");
    HubConfig c;
    QString error;
    QVERIFY2(HubConfig::load({QStringLiteral("--config"), ini}, QProcessEnvironment(), &c, &error), qPrintable(error));
    QCOMPARE(QDir::cleanPath(c.db), m_dir->filePath(QStringLiteral("etc/hub.sqlite")));
    QCOMPARE(c.appSecret, kAppSecret);
    QCOMPARE(c.verifyToken, kVerifyToken);
}

void TestHubConfig::secretFileModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("0600 is accepted") << 0600 << true;
    QTest::newRow("0400 is accepted") << 0400 << true;
    QTest::newRow("0644 is refused: others can read it") << 0644 << false;
    QTest::newRow("0640 is refused: the group can read it") << 0640 << false;
    QTest::newRow("0602 is refused: others can write it") << 0602 << false;
}

void TestHubConfig::secretFileModes()
{
    QFETCH(int, mode);
    QFETCH(bool, accepted);

    QFileDevice::Permissions p;
    const QFileDevice::Permission bits[] = {QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner,
                                            QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup,
                                            QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther};
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400 >> i))
            p |= bits[i];
    }
    const QString path = write(QStringLiteral("app-secret"), kAppSecret, p);

    HubConfig c;
    QString error;
    const bool ok = HubConfig::load(secretFlags() << QStringLiteral("--db") << QStringLiteral("hub.sqlite"),
                                    QProcessEnvironment(), &c, &error);
    QCOMPARE(ok, accepted);
    if (!accepted) {
        QVERIFY2(error.contains(QStringLiteral("chmod 600 ") + path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("mode 0") + QString::number(mode, 8)), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String(kAppSecret)));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }
}

void TestHubConfig::invalidConfigurations_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("expected");

    const QByteArray secrets = "app_secret_file = app-secret\nverify_token_file = verify-token\n";
    QTest::newRow("no database anywhere")
        << QByteArray("[hub]\n" + secrets) << QStringList() << QStringLiteral("no database");
    QTest::newRow("no app secret file") << QByteArray("[hub]\ndb = x\nverify_token_file = verify-token\n")
                                        << QStringList() << QStringLiteral("no app secret");
    QTest::newRow("no verify token file") << QByteArray("[hub]\ndb = x\napp_secret_file = app-secret\n")
                                          << QStringList() << QStringLiteral("no verify token");
    QTest::newRow("a missing secret file") << QByteArray("[hub]\ndb = x\napp_secret_file = nowhere\n"
                                                         "verify_token_file = verify-token\n")
                                           << QStringList() << QStringLiteral("does not exist");
    QTest::newRow("a missing config file")
        << QByteArray() << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/hub.ini")}
        << QStringLiteral("cannot read config file");
    QTest::newRow("a misspelt key") << QByteArray("[hub]\nlisen = 127.0.0.1:80\n") << QStringList()
                                    << QStringLiteral("hub.ini:2: unknown setting 'lisen'");
    QTest::newRow("an unknown section") << QByteArray("[server]\n") << QStringList()
                                        << QStringLiteral("hub.ini:1: unknown section [server]");
    QTest::newRow("a setting outside a section")
        << QByteArray("db = x\n") << QStringList() << QStringLiteral("outside a section");
    QTest::newRow("a line without '='") << QByteArray("[hub]\ndb\n") << QStringList()
                                        << QStringLiteral("expected key = value");
    QTest::newRow("a key set twice") << QByteArray("[hub]\ndb = a\ndb = b\n") << QStringList()
                                     << QStringLiteral("set twice");
    QTest::newRow("an unknown flag") << QByteArray("[hub]\n")
                                     << QStringList{QStringLiteral("--dbb"), QStringLiteral("x")}
                                     << QStringLiteral("unknown option '--dbb'");
    QTest::newRow("a flag without its value")
        << QByteArray("[hub]\n") << QStringList{QStringLiteral("--db")} << QStringLiteral("--db needs a value");
    QTest::newRow("a bad API version") << QByteArray("[hub]\ndb = x\n" + secrets + "[cloudapi]\napi_version = 23\n")
                                       << QStringList() << QStringLiteral("bad api_version");
    QTest::newRow("a send cap of zero") << QByteArray("[hub]\ndb = x\n" + secrets + "[cloudapi]\nsend_cap = 0\n")
                                        << QStringList() << QStringLiteral("bad send_cap");
    QTest::newRow("a Graph base URL that is not http(s)")
        << QByteArray("[hub]\ndb = x\n" + secrets + "[cloudapi]\nbase_url = ftp://sim.local\n") << QStringList()
        << QStringLiteral("bad base_url");
    QTest::newRow("a phone number id without an access token")
        << QByteArray("[hub]\ndb = x\n" + secrets + "[cloudapi]\nphone_number_id = 123\n") << QStringList()
        << QStringLiteral("go together");
    QTest::newRow("read receipts neither on nor off")
        << QByteArray("[hub]\ndb = x\n" + secrets + "[team]\nread_receipts = sometimes\n") << QStringList()
        << QStringLiteral("bad read_receipts");
    QTest::newRow("reply claims neither on nor off")
        << QByteArray("[hub]\ndb = x\n" + secrets + "[team]\nreply_claims = maybe\n") << QStringList()
        << QStringLiteral("bad reply_claims");
    QTest::newRow("a visibility neither all nor own")
        << QByteArray("[hub]\ndb = x\n" + secrets + "[team]\nvisibility = mine\n") << QStringList()
        << QStringLiteral("bad visibility");
    QTest::newRow("a phone number id that is not digits")
        << QByteArray("[hub]\ndb = x\n" + secrets +
                      "[cloudapi]\nphone_number_id = +1 555\naccess_token_file = access-token\n")
        << QStringList() << QStringLiteral("bad phone_number_id");
    QTest::newRow("a WhatsApp Business Account id that is not digits")
        << QByteArray("[hub]\ndb = x\n" + secrets + "[cloudapi]\nwaba_id = WABA-1\n") << QStringList()
        << QStringLiteral("bad waba_id");
    QTest::newRow("a trusted proxy that is not an address")
        << QByteArray("[hub]\ndb = x\n" + secrets + "trusted_proxies = 127.0.0.1, proxy.local\n") << QStringList()
        << QStringLiteral("bad trusted_proxies entry 'proxy.local'");
    QTest::newRow("a trusted range with a bad prefix")
        << QByteArray("[hub]\ndb = x\n" + secrets + "trusted_proxies = 10.0.0.0/33\n") << QStringList()
        << QStringLiteral("bad trusted_proxies entry '10.0.0.0/33'");
    QTest::newRow("no sessions per agent") << QByteArray("[hub]\ndb = x\n" + secrets + "max_sessions_per_agent = 0\n")
                                           << QStringList() << QStringLiteral("bad max_sessions_per_agent");
}

void TestHubConfig::invalidConfigurations()
{
    QFETCH(QByteArray, ini);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, expected);

    QStringList args;
    if (!ini.isEmpty())
        args << QStringLiteral("--config") << write(QStringLiteral("hub.ini"), ini);
    args << extraArgs;
    HubConfig c;
    QString error;
    QVERIFY(!HubConfig::load(args, QProcessEnvironment(), &c, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestHubConfig::listenAddresses_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    QTest::newRow("IPv4 with a port") << QStringLiteral("127.0.0.1:8080") << true << QStringLiteral("127.0.0.1")
                                      << 8080;
    QTest::newRow("IPv6 in brackets") << QStringLiteral("[::1]:8443") << true << QStringLiteral("::1") << 8443;
    QTest::newRow("every interface, any free port")
        << QStringLiteral("0.0.0.0:0") << true << QStringLiteral("0.0.0.0") << 0;
    QTest::newRow("localhost means loopback")
        << QStringLiteral("localhost:80") << true << QStringLiteral("127.0.0.1") << 80;
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false << QString() << 0;
    QTest::newRow("a port out of range") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
    QTest::newRow("a port that is not a number") << QStringLiteral("127.0.0.1:http") << false << QString() << 0;
    QTest::newRow("a host name") << QStringLiteral("example.com:80") << false << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":80") << false << QString() << 0;
}

void TestHubConfig::listenAddresses()
{
    QFETCH(QString, listen);
    QFETCH(bool, valid);
    QFETCH(QString, host);
    QFETCH(int, port);

    HubConfig c;
    QString error;
    const bool ok = HubConfig::load(secretFlags() << QStringLiteral("--db") << QStringLiteral("x")
                                                  << QStringLiteral("--listen") << listen,
                                    QProcessEnvironment(), &c, &error);
    QCOMPARE(ok, valid);
    if (valid) {
        QCOMPARE(c.listenAddress, QHostAddress(host));
        QCOMPARE(int(c.listenPort), port);
    } else {
        QVERIFY2(error.startsWith(QStringLiteral("bad listen address '") + listen + QLatin1Char('\'')),
                 qPrintable(error));
    }
}

void TestHubConfig::describeRedactsSecrets()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DUET_HUB_DB"), QStringLiteral("postgresql://duet:db-pass-91c2@db.example:5432/duet"));
    env.insert(QStringLiteral("DUET_HUB_PHONE_NUMBER_ID"), QStringLiteral("106540352242922"));
    env.insert(QStringLiteral("DUET_HUB_ACCESS_TOKEN_FILE"), m_dir->filePath(QStringLiteral("access-token")));
    HubConfig c;
    QString error;
    QVERIFY2(HubConfig::load(secretFlags(), env, &c, &error), qPrintable(error));
    QCOMPARE(c.accessToken, kAccessToken);

    const QString text = c.describe();
    for (const QByteArray& secret : {kAppSecret, kVerifyToken, kAccessToken, QByteArray("db-pass-91c2")})
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("db=postgresql://duet:REDACTED@db.example:5432/duet")), qPrintable(text));
    QVERIFY2(text.contains(m_dir->filePath(QStringLiteral("app-secret")) + QStringLiteral(" (loaded)")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));

    c.db = QStringLiteral("postgresql://db.example/duet?user=duet&password=qs-pass-44");
    QVERIFY2(!c.describe().contains(QLatin1String("qs-pass-44")), qPrintable(c.describe()));
}

void TestHubConfig::usageNamesEveryFlagAndVariable()
{
    const QString text = HubConfig::usage();
    for (const char* word : {"--config",
                             "DUET_HUB_CONFIG",
                             "--listen",
                             "DUET_HUB_LISTEN",
                             "--db",
                             "DUET_HUB_DB",
                             "--app-secret-file",
                             "DUET_HUB_APP_SECRET_FILE",
                             "--verify-token-file",
                             "DUET_HUB_VERIFY_TOKEN_FILE",
                             "--phone-number-id",
                             "DUET_HUB_PHONE_NUMBER_ID",
                             "--api-version",
                             "DUET_HUB_API_VERSION",
                             "--access-token-file",
                             "DUET_HUB_ACCESS_TOKEN_FILE",
                             "--send-cap",
                             "DUET_HUB_SEND_CAP",
                             "[cloudapi] send_cap",
                             "--waba-id",
                             "DUET_HUB_WABA_ID"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
}

void TestHubConfig::trustedProxiesAndSessionCap()
{
    HubConfig c;
    QString error;
    QVERIFY2(HubConfig::load(secretFlags() << QStringLiteral("--db=hub.sqlite"), QProcessEnvironment(), &c, &error),
             qPrintable(error));
    QVERIFY(c.trustedProxies.isEmpty()); // nobody's X-Forwarded-For is believed unless configured
    QCOMPARE(c.maxSessionsPerAgent, 4);

    const QString ini = write(QStringLiteral("hub.ini"), "[hub]\ndb = hub.sqlite\napp_secret_file = app-secret\n"
                                                         "verify_token_file = verify-token\n"
                                                         "trusted_proxies = 127.0.0.1, 10.0.0.0/8 ::1\n"
                                                         "max_sessions_per_agent = 2\n");
    QVERIFY2(HubConfig::load({QStringLiteral("--config"), ini}, QProcessEnvironment(), &c, &error), qPrintable(error));
    QCOMPARE(c.trustedProxies.size(), 3);
    QCOMPARE(c.trustedProxies[0], Subnet(QHostAddress(QStringLiteral("127.0.0.1")), 32));
    QCOMPARE(c.trustedProxies[1], Subnet(QHostAddress(QStringLiteral("10.0.0.0")), 8));
    QCOMPARE(c.trustedProxies[2], Subnet(QHostAddress(QStringLiteral("::1")), 128));
    QCOMPARE(c.maxSessionsPerAgent, 2);
    QVERIFY2(c.describe().contains(QLatin1String("trusted_proxies=127.0.0.1/32,10.0.0.0/8,::1/128")),
             qPrintable(c.describe()));
    QVERIFY(c.describe().contains(QLatin1String("max_sessions_per_agent=2")));

    QProcessEnvironment env;
    env.insert(QStringLiteral("DUET_HUB_TRUSTED_PROXIES"), QStringLiteral("192.168.1.0/24"));
    QVERIFY2(HubConfig::load({QStringLiteral("--config"), ini, QStringLiteral("--max-sessions-per-agent=7")}, env, &c,
                             &error),
             qPrintable(error));
    QCOMPARE(c.trustedProxies, QList<Subnet>{Subnet(QHostAddress(QStringLiteral("192.168.1.0")), 24)});
    QCOMPARE(c.maxSessionsPerAgent, 7);
}

QTEST_GUILESS_MAIN(TestHubConfig)
#include "TestHubConfig.moc"
