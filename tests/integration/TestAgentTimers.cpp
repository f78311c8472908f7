// SPDX-License-Identifier: GPL-3.0-or-later
// An in-process hub on a fake clock: hello timeout, pings (driven by hand) that keep live desktops connected.
#include "AgentRegistry.h"
#include "FakeClock.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "store/Database.h"

using namespace duet;
using namespace duet::test;

class TestAgentTimers : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void aClientThatSaysNothingIsClosed();
    void pingsKeepAnIdleDesktopConnected();
    void pingsKeepItConnectedWhenTheHubClockRunsFast();

private:
    /// A hub whose ping timer never fires by itself: the test calls heartbeat() instead.
    void startHub(int helloTimeoutMs);
    /// Ten heartbeats, the hub's clock moved by `clockStepMs` before each; after each, the idle
    /// desktop's pong reaches the hub (waited for, not slept for) and it stays connected.
    void pingTenTimes(qint64 clockStepMs);

    static constexpr int kNever = 24 * 3600 * 1000;
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::HubServer> m_hub;
    QString m_token;
};

void TestAgentTimers::startHub(int helloTimeoutMs)
{
    m_hub.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    hub::HubConfig config;
    config.db = m_dir->filePath(QStringLiteral("hub.db"));
    config.listenPort = 0;
    config.appSecret = kHubAppSecret;
    config.verifyToken = kHubVerifyToken;
    m_hub = std::make_unique<hub::HubServer>(config, m_clock);
    m_hub->setAgentTimings(helloTimeoutMs, kNever, kNever);
    QString error;
    QVERIFY2(m_hub->start(&error), qPrintable(error));
    store::Database db;
    store::DatabaseLocation location;
    QVERIFY(store::DatabaseLocation::parse(config.db, &location, &error));
    QVERIFY(db.open(location, &error));
    QVERIFY2(hub::AgentRegistry(db.connection()).add(QStringLiteral("ana"), sync::Role::Agent, 0, &m_token, &error),
             qPrintable(error));
}

void TestAgentTimers::cleanup()
{
    m_hub.reset();
    m_dir.reset();
}

// The hello timeout is a real timer (a socket that never speaks holds a slot until it fires); a
// late timer only makes this test slower, never wrong.
void TestAgentTimers::aClientThatSaysNothingIsClosed()
{
    startHub(300);
    AgentClient quiet;
    QVERIFY(quiet.connectTo(m_hub->port()));
    QVERIFY(quiet.waitFor<sync::Bye>());
    QCOMPARE(quiet.all<sync::Bye>().value(0).reason, QStringLiteral("hello_timeout"));
    QTRY_VERIFY_WITH_TIMEOUT(quiet.closed, 10000);
    QCOMPARE(int(quiet.socket().closeCode()), 4008);
}

void TestAgentTimers::pingTenTimes(qint64 clockStepMs)
{
    startHub(kNever);
    AgentClient idle;
    QVERIFY(idle.connectTo(m_hub->port()));
    idle.sendHello(m_token, 0);
    QVERIFY(idle.waitFor<sync::CaughtUp>());
    hub::AgentServer& agents = m_hub->agents();
    // Far more than the silent pings a session is allowed, with the client saying nothing but
    // its pongs: without them it would be closed at the third heartbeat.
    for (int i = 0; i < 10; ++i) {
        const int pongs = agents.pongs();
        m_clock.advanceMs(clockStepMs);
        agents.heartbeat();
        QVERIFY2(QTest::qWaitFor([&] { return agents.pongs() > pongs || idle.closed; }, 10000),
                 qPrintable(QStringLiteral("no pong after heartbeat %1").arg(i + 1)));
        QVERIFY2(!idle.closed, qPrintable(QStringLiteral("closed at heartbeat %1").arg(i + 1)));
    }
    QCOMPARE(agents.heartbeats(), 10);
    QCOMPARE(agents.welcomedCount(), 1);
    QVERIFY(idle.all<sync::Bye>().isEmpty());
}

void TestAgentTimers::pingsKeepAnIdleDesktopConnected()
{
    pingTenTimes(30'000);
}

// The demo's hub runs on simulated time, many times faster than the ping timer: silence is
// counted in pings, so an hour of the hub's time between two pings closes nobody.
void TestAgentTimers::pingsKeepItConnectedWhenTheHubClockRunsFast()
{
    pingTenTimes(3'600'000);
}

QTEST_GUILESS_MAIN(TestAgentTimers)
#include "TestAgentTimers.moc"
