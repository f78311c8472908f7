// SPDX-License-Identifier: GPL-3.0-or-later
// The sending desktop SIGKILLed with the hub's relay in between: answers held on their way back, requests held before
// the relay, a burst.
#include "DomainToString.h"
#include "FaultProxy.h"
#include "HubHarness.h"
#include "TestPaths.h"
#include "core/Clock.h"
#include "outbound/OutboxStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;

namespace {

constexpr int kCount = 300;
const QByteArray kScenario = R"({
  "name": "relay-kill",
  "limits": { "throughput_per_sec": 20, "pair_burst": 45, "pair_interval_ms": 6000, "tier": 100000 },
  "templates": [ { "name": "order_update", "language": "en_US", "category": "utility", "body": 2 } ],
  "delivery": { "sent_min_ms": 100, "sent_max_ms": 600, "delivered_min_ms": 100, "delivered_max_ms": 600,
                "read_ratio": 0, "failure_ratio": 0, "duplicate_ratio": 0.05, "batch_max": 4 }
})";

/// The number after `prefix` in a worker's output (-1 when absent).
int numberAfter(const QByteArray& output, const QByteArray& prefix)
{
    const qsizetype from = output.indexOf(prefix);
    return from < 0 ? -1 : output.mid(from + prefix.size()).split(' ').value(0).toInt();
}

} // namespace

class TestRelayKill : public QObject
{
    Q_OBJECT

private slots:
    /// duet-outbound-worker (the desktop's outbox and driver) -> FaultProxy -> duet-hub serve's
    /// relay -> duet-sim. The worker is SIGKILLed (1) while the relay's answers are held on their
    /// way back (the simulator accepted, the desktop never recorded it), (2) while its requests
    /// are held before they reach the relay, (3) in the middle of a burst; each restart reopens the
    /// same outbox. The simulator counts every message exactly once, and the sends whose fate was
    /// unknown were `uncertain` on restart.
    void aDesktopKilledMidSendThroughTheRelaySendsEachOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString secret = dir.filePath(QStringLiteral("worker-app.secret"));
        const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
        QVERIFY(writePrivate(secret, kHubAppSecret)); // SimProcess signs its webhooks with it
        QVERIFY(writePrivate(scenario, kScenario));
        quint16 webhookPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            webhookPort = probe.serverPort();
        }
        SimProcess sim(dir.path(), "EAAG-test-access-token"); // the token HubProcess gives the hub
        QString error;
        QVERIFY2(
            sim.start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:%1/webhook").arg(webhookPort),
                       QStringLiteral("--scenario"), scenario, QStringLiteral("--speed"), QStringLiteral("5"),
                       QStringLiteral("--seed"), QStringLiteral("11")},
                      &error),
            qPrintable(error));
        HubProcess hub(dir.filePath(QStringLiteral("hub.db")), dir.path());
        QVERIFY(hub.writeSecrets());
        hub.extraArgs = {QStringLiteral("--graph-base-url"), sim.baseUrl()};
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString agentToken = hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        QVERIFY(!agentToken.isEmpty());
        const QString tokenFile = dir.filePath(QStringLiteral("agent.token"));
        QVERIFY(writePrivate(tokenFile, agentToken.toUtf8()));

        // Between the desktop and the relay.
        FaultProxy proxy;
        const quint16 proxyPort = proxy.listen();
        QVERIFY(proxyPort != 0);
        proxy.setTarget(hub.port());

        const QStringList args{QStringLiteral("--outbox"),
                               dir.filePath(QStringLiteral("outbox.db")),
                               QStringLiteral("--base"),
                               QStringLiteral("http://127.0.0.1:%1/graph").arg(proxyPort),
                               QStringLiteral("--token-file"),
                               tokenFile,
                               QStringLiteral("--app-secret-file"),
                               secret,
                               QStringLiteral("--webhook-port"),
                               QString::number(webhookPort),
                               QStringLiteral("--count"),
                               QString::number(kCount),
                               QStringLiteral("--recipients"),
                               QStringLiteral("100"),
                               QStringLiteral("--rate"),
                               QStringLiteral("60"),
                               QStringLiteral("--grace-ms"),
                               QStringLiteral("6000"),
                               QStringLiteral("--agents"),
                               QStringLiteral("ws://127.0.0.1:%1/agents").arg(hub.port())};
        const QString workerPath = programPath(QStringLiteral("tests/integration/duet-outbound-worker"));
        QNetworkAccessManager nam;
        const auto accepted = [&] { return sim.stats(nam).value(QStringLiteral("accepted")).toInt(); };
        QByteArray outputs;
        const auto kill = [&](QProcess& worker) {
            QCOMPARE(worker.state(), QProcess::Running);
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(10000));
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            outputs += worker.readAllStandardOutput();
            proxy.resetAll();
            proxy.clearFaults();
        };

        // 1. Answers held on their way back: the relay forwarded, the simulator accepted, the
        //    desktop never recorded the wamid.
        {
            QProcess worker;
            worker.start(workerPath, args);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= 50 || worker.state() == QProcess::NotRunning, 60000);
            proxy.stallToClient();
            const int atStall = accepted();
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= atStall + 3 || worker.state() == QProcess::NotRunning, 30000);
            kill(worker);
        }
        // 2. Requests held before the relay: they never reached the hub or the simulator.
        {
            QProcess worker;
            worker.start(workerPath, args);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= 130 || worker.state() == QProcess::NotRunning, 60000);
            proxy.stall();
            QTRY_VERIFY_WITH_TIMEOUT(proxy.held() > 0 || worker.state() == QProcess::NotRunning, 30000);
            kill(worker);
        }
        // 3. In the middle of a burst, nothing held.
        QByteArray third;
        {
            QProcess worker;
            worker.start(workerPath, args);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= 210 || worker.state() == QProcess::NotRunning, 60000);
            const qsizetype before = outputs.size();
            kill(worker);
            third = outputs.mid(before);
            // The run after the requests were held found them `sending`: it showed them uncertain.
            QVERIFY2(numberAfter(third, "recovered ") >= 1, third.constData());
            QVERIFY2(numberAfter(third, "uncertain ") >= 1, third.constData());
        }
        QVERIFY2(accepted() < kCount, "the kills came too late to test anything");

        QProcess worker;
        worker.start(workerPath, args);
        QVERIFY(worker.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(worker.state() == QProcess::NotRunning, 120000);
        const QByteArray last = worker.readAllStandardOutput();
        qInfo("runs: %s", QByteArray(outputs + last).simplified().constData());
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);

        // The proof, from the simulator's own count.
        const QJsonObject s = sim.stats(nam);
        QCOMPARE(s.value(QStringLiteral("client_ids_accepted_twice")).toArray().size(), 0);
        const QJsonObject byClient = s.value(QStringLiteral("accepted_by_client_id")).toObject();
        for (int i = 0; i < kCount; ++i) {
            const QString id = QStringLiteral("crash-%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(byClient.value(id).toInt() == 1,
                     qPrintable(QStringLiteral("%1 accepted %2 times").arg(id).arg(byClient.value(id).toInt())));
        }
        QCOMPARE(s.value(QStringLiteral("accepted")).toInt(), kCount);

        // The outbox agrees: nothing queued, in flight or uncertain is left.
        SystemClock clock;
        outbound::OutboxStore outbox(clock);
        QVERIFY2(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        const QHash<outbound::OutboxState, int> counts = outbox.countsByState();
        QCOMPARE(counts.value(outbound::OutboxState::Queued), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Sending), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Uncertain), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayKill)
#include "TestRelayKill.moc"
