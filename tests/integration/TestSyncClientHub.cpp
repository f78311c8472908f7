// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client against the real duet-hub: every event once, resume after the hub restarts,
// a refused and a revoked token.
#include "DomainToString.h"
#include "HubHarness.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>

using namespace duet;
using namespace duet::test;
using sync::SyncClient;

namespace {

/// Runs the event loop until `done` holds, up to 30 s.
template <typename F> bool waitUntil(F done)
{
    return QTest::qWaitFor(done, 30000);
}

} // namespace

class TestSyncClientHub : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hubDb;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_hub;
    QNetworkAccessManager m_nam;
    SystemClock m_clock;

    /// `duet-hub serve` on the same port every time, so the replica's hub address stays the same.
    bool startHub(QString* error)
    {
        m_hub = std::make_unique<QProcess>();
        m_hub->start(programPath(QStringLiteral("hub/duet-hub")),
                     {QStringLiteral("serve"), QStringLiteral("--db"), m_hubDb, QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--app-secret-file"),
                      m_dir.filePath(QStringLiteral("app.secret")), QStringLiteral("--verify-token-file"),
                      m_dir.filePath(QStringLiteral("verify.token")), QStringLiteral("--access-token-file"),
                      m_dir.filePath(QStringLiteral("access.token")), QStringLiteral("--phone-number-id"),
                      QStringLiteral("106540352242922")});
        QByteArray out;
        while (m_hub->waitForReadyRead(20000) || m_hub->bytesAvailable() > 0) {
            out += m_hub->readAllStandardOutput();
            if (out.contains("listening on"))
                return true;
            if (m_hub->state() == QProcess::NotRunning)
                break;
        }
        *error = QStringLiteral("duet-hub serve did not start: %1 %2")
                     .arg(QString::fromUtf8(out), QString::fromUtf8(m_hub->readAllStandardError()));
        return false;
    }
    void killHub()
    {
        m_hub->kill();
        m_hub->waitForFinished(10000);
    }
    QUrl hubUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_port)); }
    qint64 hubHead() const
    {
        const QString name = QStringLiteral("hub-probe");
        qint64 head = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_hubDb);
            QSqlQuery q(db);
            if (db.open() && q.exec(QStringLiteral("SELECT max(seq) FROM log")) && q.next())
                head = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return head;
    }
    static SyncClient::Settings settings()
    {
        SyncClient::Settings s;
        s.backoff.initialMs = 100;
        s.backoff.maxMs = 400;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hubDb = m_dir.filePath(QStringLiteral("hub.db"));
        HubProcess secrets(m_hubDb, m_dir.path());
        QVERIFY(secrets.writeSecrets());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        m_port = probe.serverPort();
        probe.close();
    }
    void cleanupTestCase()
    {
        if (m_hub)
            killHub();
    }

    void everyEventOnceAcrossAHubRestartThenRevoked()
    {
        QString error;
        HubProcess admin(m_hubDb, m_dir.path());
        const QString token = admin.addAgent(QStringLiteral("ana"), QStringLiteral("supervisor"));
        QVERIFY(!token.isEmpty());
        QVERIFY2(startHub(&error), qPrintable(error));
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(
                postWebhook(m_nam, m_port,
                            textWebhook(QStringLiteral("1555123456%1").arg(i), QStringLiteral("wamid.before-%1").arg(i),
                                        1750000000 + i, QStringLiteral("hello %1").arg(i))),
                200);
        }

        store::Store local(m_clock);
        QVERIFY2(local.open(m_dir.filePath(QStringLiteral("replica.db")), &error), qPrintable(error));
        SyncClient client(local.connection(), local.backend(), local.applier(), m_clock, settings());
        QList<qint64> applied; // every seq, in the order applied
        connect(&client, &SyncClient::eventsApplied, this, [&applied](qint64 first, qint64 last) {
            for (qint64 s = first; s <= last; ++s)
                applied << s;
        });
        client.start(hubUrl(), token);
        QVERIFY(waitUntil([&] { return client.state() == SyncClient::State::Live; }));
        QCOMPARE(client.agent(), QStringLiteral("ana"));
        QCOMPARE(client.role(), sync::Role::Supervisor);
        QCOMPARE(client.phoneNumberId(), QStringLiteral("106540352242922"));
        QCOMPARE(client.lastSeq(), hubHead());

        // Live, then a redelivery of the same message.
        const QByteArray live = textWebhook(QStringLiteral("15551234561"), QStringLiteral("wamid.live"), 1750000010,
                                            QStringLiteral("live"));
        QCOMPARE(postWebhook(m_nam, m_port, live), 200);
        QCOMPARE(postWebhook(m_nam, m_port, live), 200);
        QVERIFY(waitUntil([&] { return client.lastSeq() == hubHead(); }));

        // The hub dies; the replica stays readable; the hub comes back with more events.
        killHub();
        QVERIFY(waitUntil([&] { return client.state() == SyncClient::State::Disconnected; }));
        QCOMPARE(client.lastError(), SyncClient::Failure::HubUnreachable);
        QVERIFY2(startHub(&error), qPrintable(error));
        for (int i = 1; i <= 2; ++i) {
            QCOMPARE(
                postWebhook(m_nam, m_port,
                            textWebhook(QStringLiteral("1555765432%1").arg(i), QStringLiteral("wamid.after-%1").arg(i),
                                        1750000100 + i, QStringLiteral("again %1").arg(i))),
                200);
        }
        QVERIFY(waitUntil([&] { return client.state() == SyncClient::State::Live && client.lastSeq() == hubHead(); }));

        QList<qint64> expected;
        for (qint64 s = 1; s <= hubHead(); ++s)
            expected << s;
        QCOMPARE(applied, expected); // each seq once, in order, none missing
        QSqlQuery q(local.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT wamid) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QCOMPARE(q.value(1).toInt(), 6);
        QVERIFY(q.exec(QStringLiteral("SELECT last_seq FROM sync_state")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), hubHead());

        // A wrong token is refused and not retried.
        store::Store other(m_clock);
        QVERIFY2(other.open(m_dir.filePath(QStringLiteral("other.db")), &error), qPrintable(error));
        SyncClient stranger(other.connection(), other.backend(), other.applier(), m_clock, settings());
        stranger.start(hubUrl(), QStringLiteral("dt_not_a_real_token"));
        QVERIFY(waitUntil([&] { return stranger.lastError() == SyncClient::Failure::TokenRefused; }));
        QCOMPARE(stranger.state(), SyncClient::State::Disconnected);
        QCOMPARE(stranger.nextAttemptAtMs(), 0);

        // Revoked while connected.
        QByteArray out;
        QCOMPARE(HubProcess::run({QStringLiteral("agent"), QStringLiteral("revoke"), QStringLiteral("ana"),
                                  QStringLiteral("--db"), m_hubDb},
                                 &out),
                 0);
        QVERIFY(waitUntil([&] { return client.lastError() == SyncClient::Failure::TokenRevoked; }));
        QCOMPARE(client.state(), SyncClient::State::Disconnected);
        QCOMPARE(client.nextAttemptAtMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncClientHub)
#include "TestSyncClientHub.moc"
