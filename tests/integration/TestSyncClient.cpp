// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client against a hub the test speaks for, frame by frame: catch-up, resume, gaps,
// malformed frames, byes, back-off, commands and timeouts, on a fake clock.
#include "DomainToString.h"
#include "FakeClock.h"
#include "FakeHub.h"
#include "core/EventJson.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using sync::SyncClient;

namespace {

QJsonObject messageEvent(const QString& wamid, const QString& contact, qint64 ts, const QString& text)
{
    Event e;
    e.kind = EventKind::Message;
    e.phoneNumberId = QStringLiteral("106540352242922");
    e.wamid = wamid;
    e.contact = contact;
    e.timestamp = ts;
    e.type = QStringLiteral("text");
    e.text = text;
    return eventToJson(e);
}

QJsonObject labelEvent(const QString& contact, const QString& label)
{
    return {{QStringLiteral("kind"), QStringLiteral("label")},
            {QStringLiteral("conversation"), contact},
            {QStringLiteral("agent"), QStringLiteral("ana")},
            {QStringLiteral("action"), QStringLiteral("add")},
            {QStringLiteral("label"), label}};
}

sync::EventFrame frame(qint64 seq, const QJsonObject& event)
{
    return sync::EventFrame{seq, 1'750'000'000'000 + seq, event};
}

/// Runs the event loop until `done` holds, up to 10 s (the client's work is queued).
template <typename F> bool waitUntil(F done)
{
    return QTest::qWaitFor(done, 10000);
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<FakeHub> m_hub;

    SyncClient::Settings settings() const
    {
        SyncClient::Settings s;
        s.backoff.initialMs = 1000;
        s.backoff.maxMs = 16'000;
        s.backoff.jitter = 0.25;
        s.backoff.seed = 42;
        return s;
    }
    void openStore(const QString& path)
    {
        m_client.reset();
        m_store = std::make_unique<store::Store>(m_clock);
        QString error;
        QVERIFY2(m_store->open(path, &error), qPrintable(error));
        m_client = std::make_unique<SyncClient>(m_store->connection(), m_store->backend(), m_store->applier(), m_clock,
                                                settings());
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(m_store->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    /// Starts the client against the fake hub and answers its hello with a welcome.
    void connectAndWelcome(qint64 head, int connection = 1)
    {
        if (connection == 1)
            m_client->start(m_hub->url(), QStringLiteral("dt_test_token"));
        QVERIFY(m_hub->waitForHello(connection));
        QCOMPARE(m_client->state(), SyncClient::State::Authenticating);
        m_hub->welcome(head);
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::CatchingUp; }));
    }

private slots:
    void init()
    {
        m_clock.setMs(1'750'000'000'000);
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        openStore(m_dir.filePath(QStringLiteral("replica-%1.db").arg(m_count++)));
    }
    void cleanup()
    {
        m_client.reset();
        m_store.reset();
        m_hub.reset();
    }

    void agentsUrl_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("a host and port gets wss and /agents") << "hub.example.com:8080"
                                                              << "wss://hub.example.com:8080/agents";
        QTest::newRow("a bare loopback address is encrypted too") << "127.0.0.1:8080"
                                                                  << "wss://127.0.0.1:8080/agents";
        QTest::newRow("ws is kept when typed") << "ws://hub.example.com/agents"
                                               << "ws://hub.example.com/agents";
        QTest::newRow("https becomes wss") << "https://inbox.example.com"
                                           << "wss://inbox.example.com/agents";
        QTest::newRow("http becomes ws") << "http://127.0.0.1:9000/"
                                         << "ws://127.0.0.1:9000/agents";
        QTest::newRow("a full wss address is kept") << " wss://inbox.example.com/agents "
                                                    << "wss://inbox.example.com/agents";
        QTest::newRow("an empty address is refused") << ""
                                                     << "";
        QTest::newRow("words are refused") << "my hub"
                                           << "";
        QTest::newRow("another scheme is refused") << "ftp://hub.example.com"
                                                   << "";
    }
    void agentsUrl()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QUrl out;
        QCOMPARE(SyncClient::agentsUrl(typed, &out), !url.isEmpty());
        if (!url.isEmpty())
            QCOMPARE(out.toString(), url);
    }

    void unencryptedRemoteIsOnlyWsToAnotherComputer()
    {
        QVERIFY(SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("ws://hub.example.com/agents"))));
        QVERIFY(SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("ws://192.168.1.20:8080/agents"))));
        QVERIFY(!SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("wss://hub.example.com/agents"))));
        QVERIFY(!SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("ws://127.0.0.1:8080/agents"))));
        QVERIFY(!SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("ws://127.9.9.9:8080/agents"))));
        QVERIFY(!SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("ws://localhost:8080/agents"))));
        QVERIFY(!SyncClient::isUnencryptedRemote(QUrl(QStringLiteral("ws://[::1]:8080/agents"))));
    }

    void demandGoesToTheHubAtOnceWhenBusyThenAtMostEvery250Ms()
    {
        // Before a connection nothing is sent; the queue's state is told after the welcome.
        m_client->setDemand(0, 40);
        connectAndWelcome(0);
        const auto demands = [&] {
            QList<sync::Demand> out;
            for (const QString& text : m_hub->received.last()) {
                sync::ClientMessage m;
                sync::ProtocolError e;
                if (sync::decodeClientMessage(text.toUtf8(), &m, &e))
                    if (const auto* d = std::get_if<sync::Demand>(&m))
                        out << *d;
            }
            return out;
        };
        QVERIFY(waitUntil([&] { return demands().size() == 1; }));
        QCOMPARE(demands().constLast().bulk, 40);
        // Changes within 250 ms wait; the latest counts go when the time comes.
        m_client->setDemand(1, 39);
        m_client->setDemand(2, 38);
        m_clock.advanceMs(100);
        m_client->processTimers();
        QCOMPARE(m_client->demandsSent(), 1);
        m_clock.advanceMs(150);
        m_client->processTimers();
        QVERIFY(waitUntil([&] { return demands().size() == 2; }));
        QCOMPARE(demands().constLast().live, 2);
        QCOMPARE(demands().constLast().bulk, 38);
        // Idle, then busy again at once, without waiting for the interval.
        m_clock.advanceMs(300);
        m_client->setDemand(0, 0);
        m_client->setDemand(1, 0);
        QVERIFY(waitUntil([&] { return demands().size() == 4; }));
        QCOMPARE(demands().at(2).live + demands().at(2).bulk, 0);
        QCOMPARE(demands().constLast().live, 1);
        // The lease comes back as a rate frame.
        QSignalSpy share(m_client.get(), &SyncClient::sendShareChanged);
        m_hub->send(sync::Rate{19.8});
        QVERIFY(waitUntil([&] { return !share.isEmpty(); }));
        QCOMPARE(m_client->sendShare(), 19.8);
    }

    void catchesUpAppliesInOrderAndGoesLive()
    {
        QSignalSpy changed(m_client.get(), &SyncClient::conversationsChanged);
        connectAndWelcome(3);
        const sync::Hello hello = m_hub->hello();
        QCOMPARE(hello.since, 0);
        QCOMPARE(hello.token, QStringLiteral("dt_test_token"));
        QCOMPARE(m_client->agent(), QStringLiteral("ana"));
        QCOMPARE(m_client->role(), sync::Role::Supervisor);
        QCOMPARE(m_client->serverTimeOffsetMs(), 5000);
        QCOMPARE(m_client->session(), QStringLiteral("session-1"));
        QCOMPARE(m_client->sendShare(), 10.0);

        m_hub->send(frame(1, messageEvent(QStringLiteral("wamid.1"), QStringLiteral("15551234567"), 1750000000,
                                          QStringLiteral("Olá"))));
        m_hub->send(frame(2, messageEvent(QStringLiteral("wamid.2"), QStringLiteral("15557654321"), 1750000001,
                                          QStringLiteral("Hi"))));
        m_hub->send(frame(3, labelEvent(QStringLiteral("15551234567"), QStringLiteral("vip"))));
        m_hub->send(sync::CaughtUp{3});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        QCOMPARE(m_client->lastSeq(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversation_labels WHERE label = 'vip'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT last_seq FROM sync_state")), 3);
        QStringList keys;
        for (const auto& args : changed)
            keys << args.first().toStringList();
        keys.removeDuplicates();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("15551234567"), QStringLiteral("15557654321")}));

        // A live event after caught_up.
        m_hub->send(frame(4, messageEvent(QStringLiteral("wamid.3"), QStringLiteral("15551234567"), 1750000002,
                                          QStringLiteral("Again"))));
        QVERIFY(waitUntil([&] { return m_client->lastSeq() == 4; }));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 3);
    }

    void resumesFromTheSeqRecordedInTheStore()
    {
        const QString path = m_store->location().path;
        connectAndWelcome(2);
        m_hub->send(frame(1, messageEvent(QStringLiteral("wamid.1"), QStringLiteral("15551234567"), 1750000000,
                                          QStringLiteral("a"))));
        m_hub->send(frame(2, messageEvent(QStringLiteral("wamid.2"), QStringLiteral("15551234567"), 1750000001,
                                          QStringLiteral("b"))));
        m_hub->send(sync::CaughtUp{2});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        m_client->stop();
        QCOMPARE(m_client->state(), SyncClient::State::Disconnected);
        QCOMPARE(m_client->lastError(), SyncClient::Failure::None);

        // A new program run on the same store.
        openStore(path);
        m_client->start(m_hub->url(), QStringLiteral("dt_test_token"));
        QVERIFY(m_hub->waitForHello(2));
        QCOMPARE(m_hub->hello(2).since, 2);
    }

    void aGapMakesItReconnectFromWhatItApplied()
    {
        connectAndWelcome(4);
        m_hub->send(frame(1, messageEvent(QStringLiteral("wamid.1"), QStringLiteral("15551234567"), 1750000000,
                                          QStringLiteral("a"))));
        m_hub->send(frame(2, messageEvent(QStringLiteral("wamid.2"), QStringLiteral("15551234567"), 1750000001,
                                          QStringLiteral("b"))));
        m_hub->send(frame(4, messageEvent(QStringLiteral("wamid.4"), QStringLiteral("15551234567"), 1750000003,
                                          QStringLiteral("d"))));
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Disconnected; }));
        QCOMPARE(m_client->lastError(), SyncClient::Failure::ProtocolError);
        QCOMPARE(m_client->lastSeq(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 2);
        QVERIFY(m_client->nextAttemptAtMs() > m_clock.nowMs());

        m_clock.setMs(m_client->nextAttemptAtMs());
        m_client->processTimers();
        QVERIFY(m_hub->waitForHello(2));
        QCOMPARE(m_hub->hello(2).since, 2);
    }

    void malformedFramesAreIgnoredAndNothingIsLost()
    {
        connectAndWelcome(2);
        m_hub->sendRaw(QStringLiteral("not json"));
        m_hub->sendRaw(QStringLiteral("[1,2]"));
        m_hub->sendRaw(QStringLiteral("{\"type\":\"event\",\"seq\":\"one\"}"));
        m_hub->sendRaw(QStringLiteral("{\"type\":\"surprise\"}"));
        m_hub->sendBinary(QByteArrayLiteral("\x01\x02"));
        m_hub->send(frame(1, messageEvent(QStringLiteral("wamid.1"), QStringLiteral("15551234567"), 1750000000,
                                          QStringLiteral("a"))));
        // An event of a kind this version does not know is recorded as applied, not refused.
        m_hub->send(frame(2, QJsonObject{{QStringLiteral("kind"), QStringLiteral("from_the_future")}}));
        m_hub->send(sync::CaughtUp{2});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        QCOMPARE(m_client->lastSeq(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 1);
    }

    void byeReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("sendBye");
        QTest::addColumn<SyncClient::Failure>("failure");
        QTest::addColumn<qint64>("retryMinMs"); // -1: no retry
        QTest::addColumn<qint64>("retryMaxMs");
        using F = SyncClient::Failure;
        QTest::newRow("a refused token asks for a new one")
            << "unauthorized" << 4001 << true << F::TokenRefused << qint64(-1) << qint64(-1);
        QTest::newRow("a revoked token is not retried")
            << "revoked" << 4003 << true << F::TokenRevoked << qint64(-1) << qint64(-1);
        QTest::newRow("another protocol version needs an update")
            << "unsupported_version" << 4002 << true << F::UnsupportedVersion << qint64(-1) << qint64(-1);
        QTest::newRow("throttled waits a minute")
            << "throttled" << 4029 << true << F::Throttled << qint64(60'000) << qint64(60'000);
        QTest::newRow("too many sessions waits a minute")
            << "too_many_sessions" << 4011 << true << F::TooManySessions << qint64(60'000) << qint64(60'000);
        QTest::newRow("a lost too_many_sessions bye is read from the close code")
            << "too_many_sessions" << 4011 << false << F::TooManySessions << qint64(60'000) << qint64(60'000);
        QTest::newRow("a shutdown is retried after a back-off")
            << "shutdown" << 1001 << true << F::HubUnreachable << qint64(750) << qint64(1000);
        QTest::newRow("a lost bye is read from the close code")
            << "revoked" << 4003 << false << F::TokenRevoked << qint64(-1) << qint64(-1);
    }
    void byeReasons()
    {
        QFETCH(QString, reason);
        QFETCH(int, code);
        QFETCH(bool, sendBye);
        QFETCH(SyncClient::Failure, failure);
        QFETCH(qint64, retryMinMs);
        QFETCH(qint64, retryMaxMs);
        connectAndWelcome(0);
        if (sendBye) {
            m_hub->bye(reason, code);
        } else {
            m_hub->current()->close(QWebSocketProtocol::CloseCode(code), reason);
        }
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Disconnected; }));
        QCOMPARE(m_client->lastError(), failure);
        QVERIFY(!SyncClient::failureText(failure).isEmpty());
        if (retryMinMs < 0) {
            QCOMPARE(m_client->nextAttemptAtMs(), 0);
        } else {
            const qint64 in = m_client->nextAttemptAtMs() - m_clock.nowMs();
            QVERIFY2(in >= retryMinMs && in <= retryMaxMs, qPrintable(QString::number(in)));
        }
    }

    void backoffGrowsWithJitterAndResetsOnSuccess()
    {
        const quint16 port = m_hub->port();
        const QUrl url = m_hub->url();
        m_hub->close(); // nobody listens: every attempt fails
        m_client->start(url, QStringLiteral("dt_test_token"));
        qint64 nominal = 1000;
        for (int attempt = 0; attempt < 6; ++attempt) {
            QVERIFY(waitUntil([&] { return m_client->nextAttemptAtMs() > 0; }));
            QCOMPARE(m_client->state(), SyncClient::State::Disconnected);
            QCOMPARE(m_client->lastError(), SyncClient::Failure::HubUnreachable);
            const qint64 in = m_client->nextAttemptAtMs() - m_clock.nowMs();
            QVERIFY2(in >= nominal * 3 / 4 && in <= nominal,
                     qPrintable(QStringLiteral("%1 vs %2").arg(in).arg(nominal)));
            nominal = qMin<qint64>(nominal * 2, 16'000);
            m_clock.setMs(m_client->nextAttemptAtMs() - 1);
            m_client->processTimers();
            QCOMPARE(m_client->state(), SyncClient::State::Disconnected); // not yet
            m_clock.advanceMs(1);
            m_client->processTimers();
            QCOMPARE(m_client->state(), SyncClient::State::Connecting);
        }
        QVERIFY(m_hub->listen(port));
        // Wait for the current attempt to fail or succeed, then succeed once the hub is there.
        QVERIFY(waitUntil([&] { return m_client->state() != SyncClient::State::Connecting; }));
        if (m_client->state() == SyncClient::State::Disconnected) {
            m_clock.setMs(m_client->nextAttemptAtMs());
            m_client->processTimers();
        }
        QVERIFY(m_hub->waitForHello(1));
        m_hub->welcome(0);
        m_hub->send(sync::CaughtUp{0});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        QCOMPARE(m_client->backoff().attempts(), 0);
        QCOMPARE(m_client->lastError(), SyncClient::Failure::None);
    }

    void noWelcomeInTimeCountsAsUnreachable()
    {
        m_client->start(m_hub->url(), QStringLiteral("dt_test_token"));
        QVERIFY(m_hub->waitForHello(1));
        m_clock.advanceMs(settings().connectTimeoutMs);
        m_client->processTimers();
        QCOMPARE(m_client->state(), SyncClient::State::Disconnected);
        QCOMPARE(m_client->lastError(), SyncClient::Failure::HubUnreachable);
        QVERIFY(m_client->nextAttemptAtMs() > m_clock.nowMs());
    }

    void aSilentHubIsDroppedAndRejoined()
    {
        connectAndWelcome(0);
        m_hub->send(sync::CaughtUp{0});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        m_clock.advanceMs(settings().silenceLimitMs); // the machine slept
        m_client->processTimers();
        QCOMPARE(m_client->state(), SyncClient::State::Disconnected);
        QCOMPARE(m_client->lastError(), SyncClient::Failure::HubUnreachable);
        m_clock.setMs(m_client->nextAttemptAtMs());
        m_client->processTimers();
        QVERIFY(m_hub->waitForHello(2));
        QCOMPARE(m_hub->hello(2).since, 0);
    }

    void commandsResolveByAckTimeoutOrDisconnection()
    {
        QList<sync::CommandResult> results;
        const auto record = [&results](const sync::CommandResult& r) { results << r; };
        sync::Command claim;
        claim.name = sync::CommandName::Claim;
        claim.conversation = QStringLiteral("15551234567");

        // Offline: refused, but never from inside sendCommand().
        const QString offline = m_client->sendCommand(claim, record);
        QVERIFY(results.isEmpty());
        QVERIFY(waitUntil([&] { return results.size() == 1; }));
        QCOMPARE(results.at(0).id, offline);
        QCOMPARE(results.at(0).reason, QStringLiteral("offline"));

        connectAndWelcome(0);
        m_hub->send(sync::CaughtUp{0});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        const QString acked = m_client->sendCommand(claim, record);
        const QString refused = m_client->sendCommand(claim, record);
        const QString silent = m_client->sendCommand(claim, record);
        QVERIFY(m_hub->waitForCommands(3));
        QCOMPARE(m_hub->commands().at(0).id, acked);
        QCOMPARE(m_client->pendingCommands(), 3);

        m_hub->send(frame(1, QJsonObject{{QStringLiteral("kind"), QStringLiteral("assignment")},
                                         {QStringLiteral("conversation"), QStringLiteral("15551234567")},
                                         {QStringLiteral("agent"), QStringLiteral("ana")},
                                         {QStringLiteral("assignee"), QStringLiteral("ana")}}));
        m_hub->send(sync::Ack{acked, true, {}, 1});
        m_hub->send(sync::Ack{refused, false, QStringLiteral("conflict"), 0});
        QVERIFY(waitUntil([&] { return results.size() == 3; }));
        QCOMPARE(results.at(1).id, acked);
        QVERIFY(results.at(1).ok);
        QCOMPARE(results.at(1).seq, 1);
        QCOMPARE(m_client->lastSeq(), 1); // the event was applied before its ack resolved
        QCOMPARE(results.at(2).reason, QStringLiteral("conflict"));

        m_clock.advanceMs(settings().commandTimeoutMs);
        m_client->processTimers();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(3).id, silent);
        QCOMPARE(results.at(3).reason, QStringLiteral("timeout"));
        m_hub->send(sync::Ack{silent, true, {}, 2}); // too late: ignored
        // The hub's frames arrive in order: once the ack sent after the late one has resolved its
        // command, the late one was read too, and it resolved nothing.
        const QString after = m_client->sendCommand(claim, record);
        QVERIFY(m_hub->waitForCommands(4));
        m_hub->send(sync::Ack{after, false, QStringLiteral("conflict"), 0});
        QVERIFY(waitUntil([&] { return results.size() >= 5; }));
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(4).id, after);

        m_client->sendCommand(claim, record);
        m_hub->drop();
        QVERIFY(waitUntil([&] { return results.size() == 6; }));
        QCOMPARE(results.at(5).reason, QStringLiteral("disconnected"));
        QCOMPARE(m_client->pendingCommands(), 0);
    }

    void sinceAheadDropsTheReplicaAndStartsAgain()
    {
        QSignalSpy reset(m_client.get(), &SyncClient::replicaReset);
        connectAndWelcome(1);
        m_hub->send(frame(1, messageEvent(QStringLiteral("wamid.1"), QStringLiteral("15551234567"), 1750000000,
                                          QStringLiteral("a"))));
        m_hub->send(sync::CaughtUp{1});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        m_client->stop();
        m_client->start(m_hub->url(), QStringLiteral("dt_test_token"));
        QVERIFY(m_hub->waitForHello(2));
        QCOMPARE(m_hub->hello(2).since, 1);
        m_hub->bye(QStringLiteral("since_ahead"), 4009);
        QVERIFY(m_hub->waitForHello(3));
        QCOMPARE(m_hub->hello(3).since, 0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(m_client->lastSeq(), 0);
    }

    void stateChangesAreSignalled()
    {
        QSignalSpy states(m_client.get(), &SyncClient::stateChanged);
        connectAndWelcome(0);
        m_hub->send(sync::CaughtUp{0});
        QVERIFY(waitUntil([&] { return m_client->state() == SyncClient::State::Live; }));
        QList<SyncClient::State> seen;
        for (const auto& args : states)
            seen << args.first().value<SyncClient::State>();
        QCOMPARE(seen, (QList<SyncClient::State>{SyncClient::State::Connecting, SyncClient::State::Authenticating,
                                                 SyncClient::State::CatchingUp, SyncClient::State::Live}));
        QCOMPARE(m_client->property("state").value<SyncClient::State>(), SyncClient::State::Live);
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "TestSyncClient.moc"
