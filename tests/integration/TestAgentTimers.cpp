// SPDX-License-Identifier: GPL-3.0-or-later
// An in-process hub with short timers: hello timeout, pings that keep live desktops connected.
#include "AgentRegistry.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "core/Clock.h"
#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>

using namespace duet;
using namespace duet::test;

class TestAgentTimers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aClientThatSaysNothingIsClosed();
    void pingsKeepAnIdleDesktopConnected();
    void pingsKeepItConnectedWhenTheHubClockRunsFast();

private:
    /// The demo's hub runs on simulated time, many times faster than the ping timer.
    class FastClock final : public Clock
    {
    public:
        qint64 nowMs() const override { return m_start + m_elapsed.elapsed() * 50; }

    private:
        qint64 m_start = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer m_elapsed = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
    };
    void startHub(const Clock& clock);

    SystemClock m_clock;
    FastClock m_fastClock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::HubServer> m_hub;
    QString m_token;
};

void TestAgentTimers::init()
{
    startHub(m_clock);
}

void TestAgentTimers::startHub(const Clock& clock)
{
    m_hub.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    hub::HubConfig config;
    config.db = m_dir->filePath(QStringLiteral("hub.db"));
    config.listenPort = 0;
    config.appSecret = kHubAppSecret;
    config.verifyToken = kHubVerifyToken;
    m_hub = std::make_unique<hub::HubServer>(config, clock);
    m_hub->setAgentTimings(300, 50, 60'000);
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

void TestAgentTimers::aClientThatSaysNothingIsClosed()
{
    AgentClient quiet;
    QVERIFY(quiet.connectTo(m_hub->port()));
    QVERIFY(quiet.waitFor<sync::Bye>());
    QCOMPARE(quiet.all<sync::Bye>().value(0).reason, QStringLiteral("hello_timeout"));
    QTRY_VERIFY_WITH_TIMEOUT(quiet.closed, 10000);
    QCOMPARE(int(quiet.socket().closeCode()), 4008);
}

void TestAgentTimers::pingsKeepAnIdleDesktopConnected()
{
    AgentClient idle;
    QVERIFY(idle.connectTo(m_hub->port()));
    idle.sendHello(m_token, 0);
    QVERIFY(idle.waitFor<sync::CaughtUp>());
    const int from = m_hub->agents().heartbeats();
    // Far longer than twice the ping interval, with the client saying nothing but its pongs.
    QTRY_VERIFY_WITH_TIMEOUT(m_hub->agents().heartbeats() >= from + 10, 20000);
    QVERIFY(!idle.closed);
    QCOMPARE(m_hub->agents().welcomedCount(), 1);
    QVERIFY(idle.all<sync::Bye>().isEmpty());
}

void TestAgentTimers::pingsKeepItConnectedWhenTheHubClockRunsFast()
{
    startHub(m_fastClock);
    pingsKeepAnIdleDesktopConnected();
}

QTEST_GUILESS_MAIN(TestAgentTimers)
#include "TestAgentTimers.moc"
