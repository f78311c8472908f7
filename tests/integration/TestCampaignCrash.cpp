// SPDX-License-Identifier: GPL-3.0-or-later
// A 2,000-recipient campaign through the hub's relay to duet-sim, the sender SIGKILLed twice: each recipient gets it
// once.
#include "DomainToString.h"
#include "GraphPaths.h"
#include "HoldingProxy.h"
#include "HubHarness.h"
#include "TestPaths.h"
#include "core/Clock.h"
#include "outbound/OutboxStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using duet::test::HoldingProxy;

namespace {

constexpr int kRecipients = 2000;
/// The simulator runs in real time. At speed 2 (40 real sends a second, the hub's cap set to match)
/// its one-second throughput bucket is half a real second, and a simulator process starved of CPU
/// for that long on a busy machine refuses a send that was paced correctly: speed 1 keeps Meta's
/// rule as it is, at the cost of 100 s of sending.
constexpr int kSpeed = 1;
/// The hub's cap, below the simulator's 20: every send passes through the proxy in this test
/// process, and a test process starved of CPU on a loaded machine forwards at once what the hub
/// paced over its stall, a burst the hub never sent. A 5 % margin keeps that the proxy's doing
/// from looking like the hub's (TestBudgetCluster checks the pace at the full cap, without a proxy).
constexpr double kHubCap = 19.0 * kSpeed;

// Per-recipient outcomes (docs/SIMULATOR.md, delivery.outcomes): read, delivered only, failed with
// 131026, 131049 or 130472, and customers who write back. The first status comes 4-6 simulated
// seconds after a send, so the sends in flight at a kill are still in doubt when the worker is back.
const QByteArray kScenario = R"({
  "name": "campaign-crash",
  "limits": { "throughput_per_sec": 20, "pair_burst": 45, "pair_interval_ms": 6000, "tier": 100000 },
  "templates": [ { "name": "order_update", "language": "en_US", "category": "utility", "body": 2 } ],
  "delivery": { "sent_min_ms": 4000, "sent_max_ms": 6000, "delivered_min_ms": 100, "delivered_max_ms": 600,
                "read_min_ms": 1000, "read_max_ms": 4000, "duplicate_ratio": 0.03, "batch_max": 4,
                "outcomes": { "read": 0.5, "failed_131026": 0.02, "failed_131049": 0.02, "failed_130472": 0.01,
                              "reply": 0.05, "reply_min_ms": 1000, "reply_max_ms": 8000 } }
})";

} // namespace

class TestCampaignCrash : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QString m_simBase;

    QJsonObject stats(bool brief)
    {
        QNetworkReply* reply = m_network.get(QNetworkRequest(
            QUrl(m_simBase + (brief ? QStringLiteral("/_sim/stats?brief=1") : QStringLiteral("/_sim/stats")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int accepted() { return stats(true).value(QStringLiteral("accepted")).toInt(); }

    /// Starts duet-sim on a free port, its webhooks signed with kHubAppSecret to
    /// 127.0.0.1:webhookPort, and sets m_simBase.
    void startSim(test::SimProcess& sim, quint16 webhookPort, const QString& scenario)
    {
        QString error;
        QVERIFY2(
            sim.start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:%1/webhook").arg(webhookPort),
                       QStringLiteral("--scenario"), scenario, QStringLiteral("--speed"), QString::number(kSpeed),
                       QStringLiteral("--seed"), QStringLiteral("14")},
                      &error),
            qPrintable(error));
        m_simBase = sim.baseUrl();
    }

private slots:
    /// duet-outbound-worker queues one template to 2,000 customers with BulkJobs::create() and sends
    /// it through a real `duet-hub serve` (holding a session, paced by the hub's lease) to a real
    /// duet-sim. It is SIGKILLed twice: once while three sends the simulator accepted have no
    /// answer (they can only be settled by their status webhooks), once wherever it is. Each restart
    /// turns the `sending` rows into `uncertain` and never resends them blindly: statuses settle
    /// what reached the simulator, and only what is still uncertain after the grace period (what
    /// never left) is resent. The simulator then counts every recipient exactly once, refused
    /// nothing for the pair limit (131056) and at most a few for throughput (130429, see the end),
    /// and the outbox holds each recipient's outcome as the simulator decided it.
    void aKilledCampaignReachesEveryRecipientExactlyOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString secret = dir.filePath(QStringLiteral("secret"));
        const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
        QVERIFY(test::writePrivate(secret, test::kHubAppSecret)); // the simulator signs its webhooks with it
        QVERIFY(test::writePrivate(scenario, kScenario));
        quint16 webhookPort = 0, hubPort = 0;
        {
            QTcpServer a, b;
            QVERIFY(a.listen(QHostAddress::LocalHost, 0) && b.listen(QHostAddress::LocalHost, 0));
            webhookPort = a.serverPort();
            hubPort = b.serverPort();
        }
        test::SimProcess sim(dir.path(), "EAAG-test-access-token"); // the token HubProcess gives the hub
        startSim(sim, webhookPort, scenario);
        if (QTest::currentTestFailed())
            return;

        HoldingProxy proxy(m_network, duet::test::graphPath(QStringLiteral("106540352242922/messages")));
        proxy.setTarget(m_simBase);
        const quint16 proxyPort = proxy.listen();
        QVERIFY(proxyPort != 0);

        test::HubProcess hub(dir.filePath(QStringLiteral("hub.db")), dir.path());
        QVERIFY(hub.writeSecrets());
        hub.listen = QStringLiteral("127.0.0.1:%1").arg(hubPort);
        hub.extraArgs = {QStringLiteral("--graph-base-url"), QStringLiteral("http://127.0.0.1:%1").arg(proxyPort),
                         QStringLiteral("--send-cap"), QString::number(kHubCap)};
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString agentToken = hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        QVERIFY(!agentToken.isEmpty());
        const QString tokenFile = dir.filePath(QStringLiteral("agent.token"));
        QVERIFY(test::writePrivate(tokenFile, agentToken.toUtf8()));

        const QString outboxPath = dir.filePath(QStringLiteral("outbox.db"));
        const QStringList workerArgs = {QStringLiteral("--outbox"),
                                        outboxPath,
                                        QStringLiteral("--base"),
                                        QStringLiteral("http://127.0.0.1:%1/graph").arg(hubPort),
                                        QStringLiteral("--token-file"),
                                        tokenFile,
                                        QStringLiteral("--app-secret-file"),
                                        secret,
                                        QStringLiteral("--webhook-port"),
                                        QString::number(webhookPort),
                                        QStringLiteral("--agents"),
                                        QStringLiteral("ws://127.0.0.1:%1/agents").arg(hubPort),
                                        QStringLiteral("--campaign"),
                                        QString::number(kRecipients),
                                        QStringLiteral("--until-final"),
                                        QStringLiteral("1"),
                                        QStringLiteral("--grace-ms"),
                                        QStringLiteral("20000")};
        const QString workerPath = test::programPath(QStringLiteral("tests/integration/duet-outbound-worker"));

        // The uncertain rows each run found on start (`sending` ones made uncertain, and those a
        // relay's 502 had made uncertain before the kill), and the uncertain rows it resent.
        int uncertain = 0, resent = 0;
        const auto readOutput = [&](const QByteArray& output) {
            for (const QByteArray& l : output.split('\n')) {
                if (l.startsWith("uncertain "))
                    uncertain += l.mid(10).split(' ').value(0).toInt();
                if (l.startsWith("resent "))
                    resent += l.mid(7).split(' ').value(0).toInt();
            }
        };
        struct Kill
        {
            int atAccepted;
            int holdAfter; ///< answers withheld from sends the simulator accepted
        };
        for (const Kill& kill : {Kill{700, 3}, Kill{1400, 0}}) {
            QProcess worker;
            worker.start(workerPath, workerArgs);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= kill.atAccepted || worker.state() == QProcess::NotRunning, 150000);
            if (kill.holdAfter > 0) {
                proxy.holdNext(kill.holdAfter, 0);
                QTRY_VERIFY_WITH_TIMEOUT(proxy.heldAfterForward == kill.holdAfter, 30000);
            }
            QCOMPARE(worker.state(), QProcess::Running);
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(10000));
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            proxy.release();
            const QByteArray output = worker.readAllStandardOutput();
            readOutput(output);
            qInfo("killed the worker at %d accepted; it had said: %s", accepted(), output.simplified().constData());
            QVERIFY2(accepted() < kRecipients, "the kill came too late to test anything");
        }
        QProcess worker;
        worker.start(workerPath, workerArgs);
        QVERIFY(worker.waitForStarted());
        // Not waitForFinished(): the proxy needs this event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(worker.state() == QProcess::NotRunning, 240000);
        const QByteArray output = worker.readAllStandardOutput();
        qInfo("last run: %s", output.simplified().constData());
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);
        QVERIFY2(output.contains("done "), output.constData());
        readOutput(output);
        // The three sends whose answers were withheld were uncertain when the worker came back (their
        // statuses come seconds later); the simulator had them, so only their statuses may settle them.
        QVERIFY2(uncertain >= 3, qPrintable(QString::number(uncertain)));
        // Only what never reached the simulator may be resent, and only after the grace period.
        QVERIFY2(resent <= uncertain - 3, qPrintable(QStringLiteral("%1 of %2").arg(resent).arg(uncertain)));

        // The proof, from the simulator's own count: every recipient exactly once.
        const QJsonObject s = stats(false);
        QCOMPARE(s.value(QStringLiteral("accepted")).toInt(), kRecipients);
        QCOMPARE(s.value(QStringLiteral("recipients")).toInt(), kRecipients);
        QCOMPARE(s.value(QStringLiteral("recipients_accepted_more_than_once")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("recipient_templates_accepted_twice")).toArray().size(), 0);
        QCOMPARE(s.value(QStringLiteral("client_ids_accepted_twice")).toArray().size(), 0);
        const QJsonObject byRecipient = s.value(QStringLiteral("accepted_by_recipient")).toObject();
        QCOMPARE(byRecipient.size(), kRecipients);
        for (int i = 0; i < kRecipients; ++i) {
            const QString number = QStringLiteral("1555%1").arg(3000000 + i);
            QVERIFY2(
                byRecipient.value(number).toInt() == 1,
                qPrintable(QStringLiteral("%1 accepted %2 times").arg(number).arg(byRecipient.value(number).toInt())));
        }
        const QJsonObject errors = s.value(QStringLiteral("errors_by_code")).toObject();
        // Meta's pair limit is never hit. Its throughput limit is hit at most a few times: on a
        // two-core machine running the whole suite, the simulator refused 2 or 3 of the 2,000 sends
        // with 130429 after the kills (seen with the hub's cap at 19 of its 20, so the cause is not
        // the pace's margin; it is not established). Each was retried and sent once, as proven above.
        const int throttled = errors.value(QStringLiteral("130429")).toInt();
        qInfo("130429 from the simulator: %d", throttled);
        QVERIFY2(throttled <= 5, qPrintable(QString::number(throttled)));
        QCOMPARE(errors.value(QStringLiteral("131056")).toInt(), 0);

        // The outbox agrees: nothing left to send or to settle, each send has the wamid the
        // simulator gave it, and the failures are the simulator's, code for code, decoded from its
        // status webhooks.
        SystemClock clock;
        outbound::OutboxStore outbox(clock);
        QVERIFY2(outbox.open(outboxPath, &error), qPrintable(error));
        const QHash<outbound::OutboxState, int> counts = outbox.countsByState();
        QCOMPARE(counts.value(outbound::OutboxState::Queued), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Sending), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Uncertain), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Accepted), 0);
        QCOMPARE(outbox.bulkCounts(outbox.bulkJobs().value(0)).total, kRecipients);
        const QJsonObject wamids = s.value(QStringLiteral("client_id_by_wamid")).toObject();
        QCOMPARE(wamids.size(), kRecipients);
        QHash<int, int> failedRows;
        for (auto it = wamids.begin(); it != wamids.end(); ++it) {
            const std::optional<outbound::OutboxRow> row = outbox.rowByClientId(it.value().toString());
            QVERIFY(row);
            QCOMPARE(row->wamid, it.key());
            if (row->state == outbound::OutboxState::Failed)
                ++failedRows[row->errorCode];
        }
        const QJsonObject failedByCode = s.value(QStringLiteral("failed_by_code")).toObject();
        for (const int code : {131026, 131049, 130472}) {
            const int simFailed = failedByCode.value(QString::number(code)).toInt();
            QVERIFY2(simFailed > 0, qPrintable(QString::number(code)));
            QCOMPARE(failedRows.value(code), simFailed);
        }
        QCOMPARE(counts.value(outbound::OutboxState::Failed),
                 failedRows.value(131026) + failedRows.value(131049) + failedRows.value(130472));
        // Some customers wrote back: the campaign's answers are customer messages like any other.
        QVERIFY(s.value(QStringLiteral("replies")).toInt() > 0);

        QVERIFY(sim.stop());
    }
};

QTEST_GUILESS_MAIN(TestCampaignCrash)
#include "TestCampaignCrash.moc"
