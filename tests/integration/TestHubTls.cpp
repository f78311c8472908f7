// SPDX-License-Identifier: GPL-3.0-or-later
// The hub serving HTTPS and wss:// itself: its [tls] config checks, and certificate problems in words on the desktop.
#include "AgentRegistry.h"
#include "HubConfig.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "TestCertificates.h"
#include "core/Clock.h"
#include "net/TlsTrust.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::test;
using sync::SyncClient;

namespace {

/// A HubServer with TLS from `certificate`/`key` (through HubConfig::load, as `serve` does) on a
/// free loopback port, with one agent.
struct TlsHub
{
    explicit TlsHub(const QString& directory)
        : dir(directory)
    {}
    QString dir;
    static inline int s_hubs = 0; // a fresh database for each hub
    std::unique_ptr<hub::HubServer> server;
    store::Database db;
    SystemClock clock;
    QString token;

    bool start(const QString& certificate, const QString& key, int handshakeTimeoutMs, QString* error)
    {
        hub::HubConfig config;
        const QStringList args{QStringLiteral("--db"),
                               dir + QStringLiteral("/hub%1.db").arg(++s_hubs),
                               QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--app-secret-file"),
                               dir + QStringLiteral("/app.secret"),
                               QStringLiteral("--verify-token-file"),
                               dir + QStringLiteral("/verify.token"),
                               QStringLiteral("--tls-certificate"),
                               certificate,
                               QStringLiteral("--tls-key"),
                               key};
        if (!hub::HubConfig::load(args, QProcessEnvironment(), &config, error))
            return false;
        server = std::make_unique<hub::HubServer>(config, clock);
        server->setTlsHandshakeTimeout(handshakeTimeoutMs);
        store::DatabaseLocation location;
        return server->start(error) && store::DatabaseLocation::parse(config.db, &location, error) &&
               db.open(location, error) &&
               hub::AgentRegistry(db.connection())
                   .add(QStringLiteral("ana"), sync::Role::Agent, clock.nowSecs(), &token, error);
    }
    ~TlsHub()
    {
        if (server)
            server->stop();
    }
    quint16 port() const { return server->port(); }
};

} // namespace

class TestHubTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool writeFile(const QString& name, const QByteArray& content, QFileDevice::Permissions mode)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.setPermissions(mode);
    }

    /// A desktop store and client with `trust`; it connects to `url` with `token`.
    struct Desk
    {
        std::unique_ptr<store::Store> store;
        std::unique_ptr<SyncClient> client;
    };
    Desk desk(const SystemClock& clock, const net::TlsTrust& trust)
    {
        Desk d;
        d.store = std::make_unique<store::Store>(clock);
        QString error;
        if (!d.store->open(path(QStringLiteral("desk%1.db").arg(m_stores++)), &error))
            qFatal("cannot open a store: %s", qPrintable(error));
        SyncClient::Settings s;
        s.backoff.initialMs = 60'000; // one attempt per test: the failure stays visible
        d.client =
            std::make_unique<SyncClient>(d.store->connection(), d.store->backend(), d.store->applier(), clock, s);
        d.client->setTlsTrust(trust);
        return d;
    }

    QString configError(const QStringList& tls)
    {
        hub::HubConfig config;
        QString error;
        QStringList args{QStringLiteral("--db"),
                         path(QStringLiteral("cfg.db")),
                         QStringLiteral("--app-secret-file"),
                         path(QStringLiteral("app.secret")),
                         QStringLiteral("--verify-token-file"),
                         path(QStringLiteral("verify.token"))};
        if (hub::HubConfig::load(args + tls, QProcessEnvironment(), &config, &error))
            return QStringLiteral("(loaded)");
        return error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QString error;
        QVERIFY2(
            makeCertificate(m_dir.path(), QStringLiteral("hub"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error),
            qPrintable(error));
        QVERIFY2(
            makeCertificate(m_dir.path(), QStringLiteral("other"), QStringLiteral("DNS:other.example"), &error, true),
            qPrintable(error));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QVERIFY(writeFile(QStringLiteral("app.secret"), kHubAppSecret, owner));
        QVERIFY(writeFile(QStringLiteral("verify.token"), kHubVerifyToken, owner));
        QVERIFY(writeFile(QStringLiteral("notpem.crt"), "just some words\n", owner));
        QVERIFY(writeFile(QStringLiteral("notpem.key"), "just some words\n", owner));
        QVERIFY(QFile::copy(path(QStringLiteral("hub.key")), path(QStringLiteral("open.key"))));
        QVERIFY(QFile::setPermissions(path(QStringLiteral("open.key")),
                                      owner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }

    void configRefusesBadCertificatesAndKeys_data()
    {
        QTest::addColumn<QStringList>("tls");
        QTest::addColumn<QString>("expected");
        const QString crt = path(QStringLiteral("hub.crt"));
        const QString key = path(QStringLiteral("hub.key"));
        QTest::newRow("certificate without key")
            << QStringList{QStringLiteral("--tls-certificate"), crt} << "certificate and key go together";
        QTest::newRow("missing certificate")
            << QStringList{QStringLiteral("--tls-certificate"), path(QStringLiteral("none.crt")),
                           QStringLiteral("--tls-key"), key}
            << "none.crt does not exist";
        QTest::newRow("certificate not PEM")
            << QStringList{QStringLiteral("--tls-certificate"), path(QStringLiteral("notpem.crt")),
                           QStringLiteral("--tls-key"), key}
            << "holds no PEM certificate";
        QTest::newRow("missing key") << QStringList{QStringLiteral("--tls-certificate"), crt,
                                                    QStringLiteral("--tls-key"), path(QStringLiteral("none.key"))}
                                     << "none.key does not exist";
        QTest::newRow("key readable by others")
            << QStringList{QStringLiteral("--tls-certificate"), crt, QStringLiteral("--tls-key"),
                           path(QStringLiteral("open.key"))}
            << "accessible by group or others (mode 0644)";
        QTest::newRow("key not PEM") << QStringList{QStringLiteral("--tls-certificate"), crt,
                                                    QStringLiteral("--tls-key"), path(QStringLiteral("notpem.key"))}
                                     << "holds no usable PEM private key";
        QTest::newRow("key of another certificate")
            << QStringList{QStringLiteral("--tls-certificate"), crt, QStringLiteral("--tls-key"),
                           path(QStringLiteral("other.key"))}
            << "does not match the certificate";
        QTest::newRow("a matching pair loads")
            << QStringList{QStringLiteral("--tls-certificate"), crt, QStringLiteral("--tls-key"), key} << "(loaded)";
        QTest::newRow("an EC pair loads")
            << QStringList{QStringLiteral("--tls-certificate"), path(QStringLiteral("other.crt")),
                           QStringLiteral("--tls-key"), path(QStringLiteral("other.key"))}
            << "(loaded)";
    }
    void configRefusesBadCertificatesAndKeys()
    {
        QFETCH(QStringList, tls);
        QFETCH(QString, expected);
        const QString error = configError(tls);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void configFromTheIniFileAndDescribeNamesNoKeyContent()
    {
        const QByteArray ini = "[hub]\ndb = cfg.db\napp_secret_file = app.secret\nverify_token_file = verify.token\n"
                               "[tls]\ncertificate = hub.crt\nkey = hub.key\n";
        QVERIFY(writeFile(QStringLiteral("hub.conf"), ini, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        hub::HubConfig config;
        QString error;
        QVERIFY2(hub::HubConfig::load({QStringLiteral("--config"), path(QStringLiteral("hub.conf"))},
                                      QProcessEnvironment(), &config, &error),
                 qPrintable(error));
        QVERIFY(config.hasTls());
        QCOMPARE(config.tlsCertificateFile, path(QStringLiteral("hub.crt")));
        QVERIFY(!config.tlsKey.isNull());
        QVERIFY2(config.describe().contains(QStringLiteral("tls=") + path(QStringLiteral("hub.crt"))),
                 qPrintable(config.describe()));
        QVERIFY(!config.describe().contains(QLatin1String("PRIVATE KEY")));
    }

    void hubAnswersHttpsAndADesktopTrustingTheCaReachesWelcome()
    {
        TlsHub hub(m_dir.path());
        QString error;
        QVERIFY2(hub.start(path(QStringLiteral("hub.crt")), path(QStringLiteral("hub.key")), 10'000, &error),
                 qPrintable(error));
        QCOMPARE(hub.server->agentsUrl().scheme(), QStringLiteral("wss"));

        net::TlsTrust trust;
        QVERIFY2(trust.addCaFile(path(QStringLiteral("hub.crt")), &error), qPrintable(error));

        // HTTPS: /healthz and the webhook's verification GET answer over TLS on the hub's one port.
        QNetworkAccessManager nam;
        QNetworkRequest health(QUrl(QStringLiteral("https://127.0.0.1:%1/healthz").arg(hub.port())));
        health.setSslConfiguration(trust.configuration());
        std::unique_ptr<QNetworkReply> reply(nam.get(health));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QNetworkRequest verify(QUrl(QStringLiteral("https://localhost:%1/webhook?hub.mode=subscribe&hub.verify_token=%2"
                                                   "&hub.challenge=1158201444")
                                        .arg(hub.port())
                                        .arg(QString::fromLatin1(kHubVerifyToken))));
        verify.setSslConfiguration(trust.configuration());
        reply.reset(nam.get(verify));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("1158201444"));

        // wss:// on the same port: the desktop signs in and is welcomed.
        Desk d = desk(hub.clock, trust);
        QSignalSpy welcomed(d.client.get(), &SyncClient::welcomed);
        d.client->start(hub.server->agentsUrl(), hub.token);
        QTRY_VERIFY_WITH_TIMEOUT(welcomed.count() == 1, 20000);
        QCOMPARE(d.client->agent(), QStringLiteral("ana"));
        QTRY_COMPARE_WITH_TIMEOUT(d.client->state(), SyncClient::State::Live, 20000);
    }

    void anUntrustedCertificateIsRefusedInWordsAndCanBePinned()
    {
        TlsHub hub(m_dir.path());
        QString error;
        QVERIFY2(hub.start(path(QStringLiteral("hub.crt")), path(QStringLiteral("hub.key")), 10'000, &error),
                 qPrintable(error));
        Desk d = desk(hub.clock, net::TlsTrust());
        d.client->start(hub.server->agentsUrl(), hub.token);
        QTRY_COMPARE_WITH_TIMEOUT(d.client->lastError(), SyncClient::Failure::CertificateRefused, 20000);
        QCOMPARE(d.client->state(), SyncClient::State::Disconnected);
        QVERIFY2(d.client->lastFailureText().contains(QLatin1String("self-signed")),
                 qPrintable(d.client->lastFailureText()));
        QVERIFY(!d.client->lastErrorDetail().contains(hub.token));

        // The person confirms the fingerprint: the same certificate is now accepted.
        const QSslCertificate refused = d.client->refusedCertificate();
        QVERIFY(!refused.isNull());
        const QList<QSslCertificate> expected = QSslCertificate::fromPath(path(QStringLiteral("hub.crt")));
        QCOMPARE(net::TlsTrust::fingerprint(refused), net::TlsTrust::fingerprint(expected.first()));
        net::TlsTrust pinned;
        pinned.pin(net::TlsTrust::fingerprint(refused).toLower()); // colons and case do not matter
        d.client->setTlsTrust(pinned);
        QSignalSpy welcomed(d.client.get(), &SyncClient::welcomed);
        d.client->start(hub.server->agentsUrl(), hub.token);
        QTRY_VERIFY_WITH_TIMEOUT(welcomed.count() == 1, 20000);
    }

    void aCertificateForAnotherNameIsRefusedWithTheName()
    {
        TlsHub hub(m_dir.path());
        QString error;
        QVERIFY2(hub.start(path(QStringLiteral("other.crt")), path(QStringLiteral("other.key")), 10'000, &error),
                 qPrintable(error));
        // Trusted (its CA is known) but issued for other.example, not 127.0.0.1: pinning does not help.
        net::TlsTrust trust;
        QVERIFY2(trust.addCaFile(path(QStringLiteral("other.crt")), &error), qPrintable(error));
        trust.pin(
            net::TlsTrust::fingerprint(QSslCertificate::fromPath(path(QStringLiteral("other.crt"))).constFirst()));
        Desk d = desk(hub.clock, trust);
        d.client->start(hub.server->agentsUrl(), hub.token);
        QTRY_COMPARE_WITH_TIMEOUT(d.client->lastError(), SyncClient::Failure::CertificateRefused, 20000);
        const QString text = d.client->lastFailureText();
        QVERIFY2(text.contains(QLatin1String("issued for another name (other.example)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("127.0.0.1")), qPrintable(text));
        QVERIFY(d.client->refusedCertificate().isNull()); // nothing a person should pin
    }

    void handshakesThatFailOrNeverFinishAreDropped()
    {
        TlsHub hub(m_dir.path());
        QString error;
        QVERIFY2(hub.start(path(QStringLiteral("hub.crt")), path(QStringLiteral("hub.key")), 300, &error),
                 qPrintable(error));
        // Plain HTTP to the TLS port: no answer, the connection is closed.
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, hub.port());
        QVERIFY(plain.waitForConnected(20000));
        plain.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QAbstractSocket::UnconnectedState, 20000);
        QVERIFY(!plain.readAll().contains("200"));
        // Connected, then silent: dropped when the handshake time is up.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, hub.port());
        QVERIFY(silent.waitForConnected(20000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 20000);
        // The hub still serves a proper client afterwards.
        net::TlsTrust trust;
        QVERIFY(trust.addCaFile(path(QStringLiteral("hub.crt")), &error));
        Desk d = desk(hub.clock, trust);
        QSignalSpy welcomed(d.client.get(), &SyncClient::welcomed);
        d.client->start(hub.server->agentsUrl(), hub.token);
        QTRY_VERIFY_WITH_TIMEOUT(welcomed.count() == 1, 20000);
    }

    void certificateProblemsInWords()
    {
        const QSslCertificate c = QSslCertificate::fromPath(path(QStringLiteral("other.crt"))).constFirst();
        const auto words = [&c](QSslError::SslError e) {
            return net::TlsTrust::describe({QSslError(e, c)}, QStringLiteral("hub"));
        };
        QVERIFY(words(QSslError::CertificateExpired).contains(QLatin1String("has expired")));
        QVERIFY(words(QSslError::CertificateNotYetValid).contains(QLatin1String("not valid yet")));
        QVERIFY(words(QSslError::CertificateRevoked).contains(QLatin1String("revoked")));
        QVERIFY(words(QSslError::UnableToGetLocalIssuerCertificate).contains(QLatin1String("not trusted")));
        QVERIFY(words(QSslError::SelfSignedCertificate).contains(QLatin1String("self-signed")));
        // Pinning forgives only problems of trust.
        net::TlsTrust pinned;
        pinned.pin(net::TlsTrust::fingerprint(c));
        QVERIFY(pinned.accepts({QSslError(QSslError::SelfSignedCertificate, c)}));
        QVERIFY(!pinned.accepts(
            {QSslError(QSslError::SelfSignedCertificate, c), QSslError(QSslError::CertificateExpired, c)}));
        QVERIFY(!net::TlsTrust().accepts({QSslError(QSslError::SelfSignedCertificate, c)}));
        QString error;
        QVERIFY(!net::TlsTrust().addCaFile(path(QStringLiteral("notpem.crt")), &error));
        QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHubTls)
#include "TestHubTls.moc"
