// SPDX-License-Identifier: GPL-3.0-or-later
// Two hubs on one real PostgreSQL, their desktops sending through the hubs' relays to one duet-sim:
// never over the cap in any sliding second, and an idle desktop does not slow a busy one.
#include "AgentRegistry.h"
#include "HubHarness.h"
#include "PgServer.h"
#include "RelaySession.h"
#include "SendBudget.h"
#include "SimService.h"
#include "core/Clock.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"
#include "outbound/WindowGate.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>
#include <vector>

using namespace duet;
using namespace duet::outbound;
using namespace duet::test;

namespace {

constexpr double kCap = 20;

/// Meta's 20 msg/s for a Coexistence number, and no tier in the way of 450 templates.
const QByteArray kScenario = R"({
  "name": "budget-cluster",
  "limits": { "throughput_per_sec": 20, "pair_burst": 45, "pair_interval_ms": 6000, "tier": 1000000 }
})";

/// One desktop: its own outbox and OutboundDriver, sending through its hub's Graph relay with the
/// agent's token, and a session at that hub for its lease.
class Desktop
{
public:
    Desktop(const Clock& clock, quint16 hubPort, const QString& token, const QString& phoneNumberId, const QString& dir,
            const QString& name)
        : m_name(name)
        , m_outbox(clock)
        , m_gate(clock, m_windows)
    {
        QString error;
        m_opened = m_outbox.open(dir + QStringLiteral("/") + name + QStringLiteral(".db"), &error);
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/graph").arg(hubPort));
        settings.phoneNumberId = phoneNumberId;
        settings.accessToken = token.toUtf8();
        m_driver = std::make_unique<OutboundDriver>(clock, m_outbox, &m_gate, settings, SendScheduler::Options{});
        m_bulk = std::make_unique<BulkJobs>(*m_driver, 1'000'000);
        QObject::connect(m_driver.get(), &OutboundDriver::rowChanged, m_driver.get(),
                         [this](qint64, OutboxState state) {
                             if (state == OutboxState::Accepted) {
                                 ++accepted;
                                 lastAcceptedMs = m_since.elapsed();
                             } else if (state == OutboxState::Failed || state == OutboxState::Uncertain) {
                                 ++failed;
                             }
                         });
        m_since.start();
        m_session = std::make_unique<RelaySession>(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(hubPort)), token,
                                                   *m_driver);
        m_driver->start();
    }

    bool opened() const { return m_opened; }
    bool welcomed() const { return m_session->isWelcomed(); }

    /// Queues a campaign of `count` templates to customers numbered from `firstCustomer`.
    bool queue(int count, int firstCustomer, QString* error)
    {
        QStringList contacts;
        for (int i = 0; i < count; ++i)
            contacts << QStringLiteral("+1555%1").arg(firstCustomer + i);
        const cloudapi::TemplateContent hello{QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
        return m_bulk->create(m_name, hello, contacts, {}, error) != 0;
    }

    /// Milliseconds since the desktop was made (the clock of lastAcceptedMs).
    qint64 nowMs() const { return m_since.elapsed(); }
    int inFlight() const { return m_driver->inFlightCount(); }
    /// The lease its hub gave it, in messages per second.
    double lease() const { return m_driver->leasedRate(); }
    /// 130429 answers (from the hub's relay or Meta) that cut its pace so far.
    int throttleCuts() { return m_driver->scheduler().stats().throttleCuts; }
    /// Its limiter's state, for a failure's message.
    QString limiter()
    {
        const SendScheduler::Stats s = m_driver->scheduler().stats();
        return QStringLiteral("queued %1 live + %2 bulk, in flight %3, rate %4 of lease %5, %6 cuts, paused until %7 "
                              "(now %8), waiting for a retry %9")
            .arg(s.queuedLive)
            .arg(s.queuedBulk)
            .arg(s.inFlight)
            .arg(s.ratePerSec)
            .arg(s.leasedRatePerSec)
            .arg(s.throttleCuts)
            .arg(s.pausedUntilMs)
            .arg(QDateTime::currentMSecsSinceEpoch())
            .arg(m_driver->nextRetryAtMs());
    }

    int accepted = 0;
    int failed = 0;

    qint64 lastAcceptedMs = 0;

private:
    QString m_name;
    bool m_opened = false;
    OutboxStore m_outbox;
    MapWindowSource m_windows;
    WindowGate m_gate;
    std::unique_ptr<OutboundDriver> m_driver;
    std::unique_ptr<BulkJobs> m_bulk;
    std::unique_ptr<RelaySession> m_session;
    QElapsedTimer m_since;
};

} // namespace

class TestBudgetCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PgServer::isInstalled())
            QSKIP(PgServer::notInstalledReason());
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    /// Two hubs on one database and one simulator. A busy desktop on the first hub with an idle
    /// desktop on each hub reaches the cap alone; then a desktop on the second hub gets busy too:
    /// the simulator never counts more than the cap in any sliding second and both hubs' desktops
    /// send.
    void twoHubsNeverExceedTheCapTogether()
    {
        QString error;
        const QString url = m_pg.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));

        // duet-sim in its own process, as Meta is: its throughput counter sees the requests as they
        // arrive, not when a test event loop shared with four desktops gets round to them. Its
        // status webhooks go to the first hub (a port chosen before the hubs start).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        quint16 hubAPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            hubAPort = probe.serverPort();
        }
        const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
        QVERIFY(writePrivate(scenario, kScenario));
        SimProcess sim(dir.path(), "EAAG-test-access-token"); // HubProcess's [cloudapi] access token
        QVERIFY2(
            sim.start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:%1/webhook").arg(hubAPort),
                       QStringLiteral("--scenario"), scenario},
                      &error),
            qPrintable(error));
        const QString phone = sim::SimOptions().scenario.phoneNumberId;
        QNetworkAccessManager network;
        SystemClock clock;

        // Two `duet-hub serve` on the database, relaying to the simulator with Meta's token (the
        // first brings the schema up to date before the second starts).
        std::vector<std::unique_ptr<HubProcess>> hubs;
        for (const QString& name : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(QDir(dir.path()).mkpath(name));
            auto hub = std::make_unique<HubProcess>(url, dir.filePath(name));
            if (hubs.empty())
                hub->listen = QStringLiteral("127.0.0.1:%1").arg(hubAPort);
            hub->extraArgs = {QStringLiteral("--graph-base-url"), sim.baseUrl(), QStringLiteral("--send-cap"),
                              QString::number(kCap)};
            QVERIFY(hub->writeSecrets());
            QVERIFY2(hub->start(&error), qPrintable(error));
            QProcess* process = &hub->process();
            QObject::connect(process, &QProcess::readyReadStandardOutput, process,
                             [process] { process->readAllStandardOutput(); });
            // Each hub's log, printed if the test fails (cleanup()).
            QByteArray* log = &m_hubLogs[name];
            QObject::connect(process, &QProcess::readyReadStandardError, process, [process, log] {
                log->append(process->readAllStandardError());
                if (log->size() > kLogKept)
                    log->remove(0, log->size() - kLogKept);
            });
            QObject::connect(process, &QProcess::finished, process, [log](int code, QProcess::ExitStatus status) {
                log->append(
                    QByteArrayLiteral("[exited with ") + QByteArray::number(code) +
                    (status == QProcess::CrashExit ? QByteArrayLiteral(", crashed]\n") : QByteArrayLiteral("]\n")));
            });
            hubs.push_back(std::move(hub));
        }
        const quint16 hubA = hubs[0]->port(), hubB = hubs[1]->port();

        store::DatabaseLocation location;
        QVERIFY2(store::DatabaseLocation::parse(url, &location, &error), qPrintable(error));
        QHash<QString, QString> tokens;
        {
            store::Database db;
            QVERIFY2(db.open(location, &error), qPrintable(error));
            hub::AgentRegistry agents(db.connection());
            for (const QString& name :
                 {QStringLiteral("ana"), QStringLiteral("cy"), QStringLiteral("bo"), QStringLiteral("di")}) {
                QString token;
                QVERIFY2(agents.add(name, sync::Role::Agent, clock.nowSecs(), &token, &error), qPrintable(error));
                tokens.insert(name, token);
            }
        }

        Desktop busyA(clock, hubA, tokens.value(QStringLiteral("ana")), phone, dir.path(), QStringLiteral("busy-a"));
        Desktop idleA(clock, hubA, tokens.value(QStringLiteral("cy")), phone, dir.path(), QStringLiteral("idle-a"));
        Desktop busyB(clock, hubB, tokens.value(QStringLiteral("bo")), phone, dir.path(), QStringLiteral("busy-b"));
        Desktop idleB(clock, hubB, tokens.value(QStringLiteral("di")), phone, dir.path(), QStringLiteral("idle-b"));
        for (const Desktop* d : {&busyA, &idleA, &busyB, &idleB})
            QVERIFY(d->opened());
        QTRY_VERIFY_WITH_TIMEOUT(busyA.welcomed() && idleA.welcomed() && busyB.welcomed() && idleB.welcomed(), 10'000);

        // The first hub's busy desktop alone, an idle desktop connected on each hub: it gets the
        // whole cap as its lease and sends 100 at it with nothing refused, so nothing cut its pace
        // (a refusal from its hub or from Meta halves it). How fast the sends went is the
        // machine's business and is only reported.
        QVERIFY2(busyA.queue(300, 4'000'000, &error), qPrintable(error));
        // The hub's pace spreads its grant over a second and its jitter margin; leases are rounded
        // down to a thousandth (SendBudget, SendAllocator).
        const double wholePace =
            std::floor(kCap * 1000.0 / double(1000 + hub::SendBudget::Options().jitterMs) * 1000.0) / 1000.0;
        QTRY_COMPARE_WITH_TIMEOUT(busyA.lease(), wholePace, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(busyA.accepted >= 20, 20'000);
        const int firstCounted = busyA.accepted;
        const qint64 firstAt = busyA.lastAcceptedMs;
        QTRY_VERIFY_WITH_TIMEOUT(busyA.accepted >= firstCounted + 100, 20'000);
        const double aloneRate =
            (busyA.accepted - firstCounted) * 1000.0 / double(qMax<qint64>(1, busyA.lastAcceptedMs - firstAt));
        qInfo("the busy desktop alone: lease %.3f msg/s, %.1f msg/s accepted (the cap is %.0f)", busyA.lease(),
              aloneRate, kCap);
        QCOMPARE(busyA.lease(), wholePace);
        QCOMPARE(busyA.throttleCuts(), 0);
        QCOMPARE(busyA.failed, 0);
        QCOMPARE(idleA.accepted + idleB.accepted, 0);

        // The second hub's desktop gets busy while the first still sends: the hubs share the cap
        // through the database and both desktops' sends are accepted.
        QVERIFY2(busyB.queue(150, 5'000'000, &error), qPrintable(error));
        const int aBefore = busyA.accepted;
        QTRY_VERIFY_WITH_TIMEOUT(busyB.accepted >= 20, 20'000);
        QVERIFY2(busyA.accepted > aBefore, "the first hub's desktop stopped while the second sent");
        QVERIFY2(busyA.accepted < 300, "the first hub's desktop finished before the second one got busy");

        const auto progress = [&]() -> QString {
            return QStringLiteral(
                       "first hub's desktop %1/300 accepted, %2 failed, %3 in flight; second's %4/150, %5, %6")
                       .arg(busyA.accepted)
                       .arg(busyA.failed)
                       .arg(busyA.inFlight())
                       .arg(busyB.accepted)
                       .arg(busyB.failed)
                       .arg(busyB.inFlight()) +
                   QStringLiteral("; the first's limiter: ") + busyA.limiter() + QStringLiteral("; the second's: ") +
                   busyB.limiter();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(busyA.accepted == 300 && busyB.accepted == 150, qPrintable(progress()), 40'000);
        QTRY_COMPARE_WITH_TIMEOUT(busyA.inFlight() + busyB.inFlight(), 0, 10'000);
        const QJsonObject stats = sim.stats(network);
        const int most = stats.value(QStringLiteral("max_accepted_in_1s")).toInt();
        qInfo("accepted %d, the most in any sliding second %d", stats.value(QStringLiteral("accepted")).toInt(), most);
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 450);
        QVERIFY(most > 0);
        // Each hub's pace keeps its starts within its grant per 1.01 s and the grants sum to the cap
        // (TestSendBudget checks that exactly, on a fake clock). The simulator
        // counts arrivals, which a loaded machine's scheduling moves by tens of milliseconds either
        // way: one start delayed by more than 10 ms can put 21 into a sliding second there, one by
        // more than 60 ms 22. What Meta enforces is a rate, which the simulator's bucket models (20 a
        // second with a second's burst): that bucket refusing nothing is the bound, checked below.
        // The count still catches both hubs at their full grant together for a quarter of a second.
        QVERIFY2(most <= int(kCap * 1.25), qPrintable(QString::number(most)));
        QCOMPARE(stats.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("130429")).toInt(), 0);
        QCOMPARE(busyA.failed + busyB.failed + idleA.failed + idleB.failed, 0);
        QCOMPARE(idleA.accepted + idleB.accepted, 0);

        for (const auto& hub : hubs)
            QCOMPARE(hub->terminate(), 0);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed()) {
            for (const auto& [name, log] : m_hubLogs)
                qWarning("hub %s, the end of its log:\n%s", qPrintable(name), log.constData());
        }
        m_hubLogs.clear();
    }

private:
    static constexpr qsizetype kLogKept = 16 * 1024;
    PgServer m_pg;
    std::map<QString, QByteArray> m_hubLogs; ///< node-based: a hub's entry stays put while the next is added
};

QTEST_GUILESS_MAIN(TestBudgetCluster)
#include "TestBudgetCluster.moc"
