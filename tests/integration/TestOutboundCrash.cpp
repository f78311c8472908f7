// SPDX-License-Identifier: GPL-3.0-or-later
// SIGKILL the sending process in the middle of a 1,000-message bulk send, twice: the simulator counts each once.
#include "DomainToString.h"
#include "GraphPaths.h"
#include "HoldingProxy.h"
#include "HubHarness.h"
#include "TestPaths.h"
#include "core/Clock.h"
#include "net/HttpServer.h"
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

constexpr int kCount = 1000;
const QByteArray kScenario = R"({
  "name": "outbound-crash",
  "limits": { "throughput_per_sec": 20, "pair_burst": 45, "pair_interval_ms": 6000, "tier": 100000 },
  "templates": [ { "name": "order_update", "language": "en_US", "category": "utility", "body": 2 } ],
  "delivery": { "sent_min_ms": 100, "sent_max_ms": 600, "delivered_min_ms": 100, "delivered_max_ms": 600,
                "read_ratio": 0, "failure_ratio": 0.02, "duplicate_ratio": 0.05, "batch_max": 4 }
})";

} // namespace

class TestOutboundCrash : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QString m_simBase;

    QJsonObject stats()
    {
        QNetworkReply* reply = m_network.get(QNetworkRequest(QUrl(m_simBase + QStringLiteral("/_sim/stats"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int accepted() { return stats().value(QStringLiteral("accepted")).toInt(); }

    /// duet-outbound-worker's arguments for a bulk send of `count` to `recipients` customers,
    /// paced at 80 msg/s, uncertain sends resent after 8 s.
    static QStringList crashWorkerArgs(const QString& outbox, const QString& base, const QString& tokenFile,
                                       const QString& secret, quint16 webhookPort, int count, int recipients)
    {
        return {QStringLiteral("--outbox"),
                outbox,
                QStringLiteral("--base"),
                base,
                QStringLiteral("--token-file"),
                tokenFile,
                QStringLiteral("--app-secret-file"),
                secret,
                QStringLiteral("--webhook-port"),
                QString::number(webhookPort),
                QStringLiteral("--count"),
                QString::number(count),
                QStringLiteral("--recipients"),
                QString::number(recipients),
                QStringLiteral("--rate"),
                QStringLiteral("80"),
                QStringLiteral("--grace-ms"),
                QStringLiteral("8000")};
    }

    /// Starts duet-sim on a free port, its webhooks signed with kHubAppSecret to
    /// 127.0.0.1:webhookPort, and sets m_simBase. At --speed 5 the simulated cap of 20 msg/s is 100
    /// real sends a second.
    void startSim(test::SimProcess& sim, quint16 webhookPort, const QString& scenario, int seed)
    {
        QString error;
        QVERIFY2(
            sim.start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:%1/webhook").arg(webhookPort),
                       QStringLiteral("--scenario"), scenario, QStringLiteral("--speed"), QStringLiteral("5"),
                       QStringLiteral("--seed"), QString::number(seed)},
                      &error),
            qPrintable(error));
        m_simBase = sim.baseUrl();
    }

private slots:
    void aKilledBulkSendSendsEachMessageExactlyOnce()
    {
        QTemporaryDir dir;
        const QString token = dir.filePath(QStringLiteral("token"));
        const QString secret = dir.filePath(QStringLiteral("secret"));
        const QString scenario = dir.filePath(QStringLiteral("scenario.json"));
        QVERIFY(test::writePrivate(token, "crash-test-token"));
        QVERIFY(test::writePrivate(secret, test::kHubAppSecret)); // the simulator signs its webhooks with it
        QVERIFY(test::writePrivate(scenario, kScenario));

        // The worker's webhook port must be known before the simulator starts and stay the same
        // across the worker's restarts.
        quint16 webhookPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            webhookPort = probe.serverPort();
        }

        test::SimProcess sim(dir.path(), "crash-test-token");
        startSim(sim, webhookPort, scenario, 3);
        if (QTest::currentTestFailed())
            return;

        HoldingProxy proxy(m_network, duet::test::graphPath(QStringLiteral("106540352242922/messages")));
        proxy.setTarget(m_simBase);
        const quint16 proxyPort = proxy.listen();
        QVERIFY(proxyPort != 0);

        const QStringList workerArgs = crashWorkerArgs(dir.filePath(QStringLiteral("outbox.db")),
                                                       QStringLiteral("http://127.0.0.1:%1").arg(proxyPort), token,
                                                       secret, webhookPort, kCount, 250);
        const QString workerPath = test::programPath(QStringLiteral("tests/integration/duet-outbound-worker"));

        // Kill it three times in the middle of the send, then let it finish. Kills 1 and 3 land
        // while sends are in flight: some reached the simulator (the worker never heard), some
        // never did. Kill 2 lands wherever the worker happens to be.
        struct Kill
        {
            int atAccepted;
            int holdAfter;
            int holdBefore;
        };
        // The number of `sending` rows a run found on start, from its first line of output.
        const auto recovered = [](const QByteArray& output) {
            const qsizetype from = output.indexOf("recovered ");
            return from < 0 ? -1 : output.mid(from + 10).split(' ').value(0).toInt();
        };
        // Held sends are `sending` when the worker dies, unless their status webhook got there
        // first (the simulator accepted them): at least the ones never forwarded. More may be: the
        // worker keeps starting sends at its pace until the kill lands, and how many left it by
        // then depends on how the two processes were scheduled. Each of them is counted once at
        // the end either way.
        int minRecovered = -1;
        // Uncertain rows resent after the grace period, from the "resent N" lines.
        int resent = 0;
        const auto countResent = [&resent](const QByteArray& output) {
            for (const QByteArray& l : output.split('\n')) {
                if (l.startsWith("resent "))
                    resent += l.mid(7).split(' ').value(0).toInt();
            }
        };
        for (const Kill& kill : {Kill{250, 3, 3}, Kill{550, 0, 0}, Kill{800, 2, 4}}) {
            QProcess worker;
            worker.start(workerPath, workerArgs);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= kill.atAccepted || worker.state() == QProcess::NotRunning, 120000);
            if (kill.holdAfter + kill.holdBefore > 0) {
                proxy.holdNext(kill.holdAfter, kill.holdBefore);
                QTRY_VERIFY_WITH_TIMEOUT(proxy.heldBeforeForward >= kill.holdBefore, 30000);
                QCOMPARE(proxy.heldAfterForward, kill.holdAfter);
            }
            QCOMPARE(worker.state(), QProcess::Running);
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(10000));
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            proxy.release();
            const QByteArray output = worker.readAllStandardOutput();
            countResent(output);
            qInfo("killed the worker at %d accepted; it had said: %s", accepted(), output.simplified().constData());
            if (minRecovered >= 0) {
                QVERIFY2(
                    recovered(output) >= minRecovered,
                    qPrintable(
                        QStringLiteral("at least %1 expected: %2").arg(minRecovered).arg(QString::fromUtf8(output))));
            }
            minRecovered = kill.holdAfter + kill.holdBefore > 0 ? kill.holdBefore : -1;
            QVERIFY2(accepted() < kCount, "the kill came too late to test anything");
        }
        QProcess worker;
        worker.start(workerPath, workerArgs);
        QVERIFY(worker.waitForStarted());
        // Not waitForFinished(): the proxy needs this event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(worker.state() == QProcess::NotRunning, 180000);
        const QByteArray output = worker.readAllStandardOutput();
        qInfo("last run: %s", output.simplified().constData());
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);
        QVERIFY2(output.contains("done "), output.constData());
        countResent(output);
        QVERIFY2(recovered(output) >= minRecovered, output.constData());

        // The proof, from the simulator's own count.
        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("client_ids_accepted_twice")).toArray().size(), 0);
        const QJsonObject byClient = s.value(QStringLiteral("accepted_by_client_id")).toObject();
        for (int i = 0; i < kCount; ++i) {
            const QString id = QStringLiteral("crash-%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(byClient.value(id).toInt() == 1,
                     qPrintable(QStringLiteral("%1 accepted %2 times").arg(id).arg(byClient.value(id).toInt())));
        }
        QCOMPARE(s.value(QStringLiteral("accepted")).toInt(), kCount);
        QCOMPARE(byClient.size(), kCount);
        const QJsonObject errors = s.value(QStringLiteral("errors_by_code")).toObject();
        QCOMPARE(errors.value(QStringLiteral("131056")).toInt(), 0);
        // The 7 held sends that never reached the simulator could only be resolved by a resend.
        QVERIFY2(resent >= 7, qPrintable(QString::number(resent)));

        // And the outbox agrees: nothing queued, in flight or uncertain; every row has its wamid.
        SystemClock clock;
        outbound::OutboxStore outbox(clock);
        QString error;
        QVERIFY2(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        const QHash<outbound::OutboxState, int> counts = outbox.countsByState();
        QCOMPARE(counts.value(outbound::OutboxState::Queued), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Sending), 0);
        QCOMPARE(counts.value(outbound::OutboxState::Uncertain), 0);
        QCOMPARE(outbox.bulkCounts(outbox.bulkJobs().value(0)).total, kCount);
        const QJsonObject wamids = s.value(QStringLiteral("client_id_by_wamid")).toObject();
        for (auto it = wamids.begin(); it != wamids.end(); ++it) {
            const std::optional<outbound::OutboxRow> row = outbox.rowByClientId(it.value().toString());
            QVERIFY(row);
            // A row reconciled from a status or an answer carries the wamid Meta gave it.
            QCOMPARE(row->wamid, it.key());
        }

        QVERIFY(sim.stop());
    }

    /// The same through the hub's Graph relay: worker -> duet-hub serve -> proxy -> duet-sim. The
    /// worker is SIGKILLed mid-send, then the hub (and the worker with it), both restart; the
    /// simulator still counts each message exactly once.
    void aKilledSendThroughTheRelaySendsEachMessageExactlyOnce()
    {
        constexpr int kRelayed = 600;
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
        startSim(sim, webhookPort, scenario, 9);
        if (QTest::currentTestFailed())
            return;

        // Between the hub and the simulator, so that kills land while sends are out.
        HoldingProxy proxy(m_network, duet::test::graphPath(QStringLiteral("106540352242922/messages")));
        proxy.setTarget(m_simBase);
        const quint16 proxyPort = proxy.listen();
        QVERIFY(proxyPort != 0);

        test::HubProcess hub(dir.filePath(QStringLiteral("hub.db")), dir.path());
        QVERIFY(hub.writeSecrets());
        hub.listen = QStringLiteral("127.0.0.1:%1").arg(hubPort);
        hub.extraArgs = {QStringLiteral("--graph-base-url"), QStringLiteral("http://127.0.0.1:%1").arg(proxyPort)};
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString agentToken = hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        QVERIFY(!agentToken.isEmpty());
        const QString tokenFile = dir.filePath(QStringLiteral("agent.token"));
        QVERIFY(test::writePrivate(tokenFile, agentToken.toUtf8()));

        const QStringList workerArgs =
            crashWorkerArgs(dir.filePath(QStringLiteral("outbox.db")),
                            QStringLiteral("http://127.0.0.1:%1/graph").arg(hubPort), tokenFile, secret, webhookPort,
                            kRelayed, 150) +
            QStringList{QStringLiteral("--agents"), QStringLiteral("ws://127.0.0.1:%1/agents").arg(hubPort)};
        const QString workerPath = test::programPath(QStringLiteral("tests/integration/duet-outbound-worker"));
        int resent = 0;
        const auto countResent = [&resent](const QByteArray& output) {
            for (const QByteArray& l : output.split('\n')) {
                if (l.startsWith("resent "))
                    resent += l.mid(7).split(' ').value(0).toInt();
            }
        };
        const auto killWorker = [&](QProcess& worker) {
            QCOMPARE(worker.state(), QProcess::Running);
            worker.kill(); // SIGKILL
            QVERIFY(worker.waitForFinished(10000));
            QCOMPARE(worker.exitStatus(), QProcess::CrashExit);
            countResent(worker.readAllStandardOutput());
        };

        // 1. The worker dies with 3 sends accepted but unanswered and 3 never forwarded.
        {
            QProcess worker;
            worker.start(workerPath, workerArgs);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= 150 || worker.state() == QProcess::NotRunning, 120000);
            proxy.holdNext(3, 3);
            QTRY_VERIFY_WITH_TIMEOUT(proxy.heldBeforeForward >= 3, 30000);
            killWorker(worker);
            proxy.release();
        }
        // 2. The hub dies with 2 sends accepted but unanswered and 4 never forwarded; then the
        //    worker; both restart.
        {
            QProcess worker;
            worker.start(workerPath, workerArgs);
            QVERIFY(worker.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(accepted() >= 320 || worker.state() == QProcess::NotRunning, 120000);
            proxy.holdNext(2, 4);
            QTRY_VERIFY_WITH_TIMEOUT(proxy.heldBeforeForward >= 4, 30000);
            hub.process().kill(); // SIGKILL
            QVERIFY(hub.process().waitForFinished(10000));
            QCOMPARE(hub.process().exitStatus(), QProcess::CrashExit);
            proxy.release();
            killWorker(worker);
            QVERIFY2(accepted() < kRelayed, "the kill came too late to test anything");
        }
        QVERIFY2(hub.start(&error), qPrintable(error));
        QCOMPARE(hub.port(), hubPort);
        QProcess worker;
        worker.start(workerPath, workerArgs);
        QVERIFY(worker.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(worker.state() == QProcess::NotRunning, 180000);
        const QByteArray output = worker.readAllStandardOutput();
        qInfo("last run through the relay: %s", output.simplified().constData());
        QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
        QCOMPARE(worker.exitCode(), 0);
        countResent(output);

        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("client_ids_accepted_twice")).toArray().size(), 0);
        const QJsonObject byClient = s.value(QStringLiteral("accepted_by_client_id")).toObject();
        for (int i = 0; i < kRelayed; ++i) {
            const QString id = QStringLiteral("crash-%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(byClient.value(id).toInt() == 1,
                     qPrintable(QStringLiteral("%1 accepted %2 times").arg(id).arg(byClient.value(id).toInt())));
        }
        QCOMPARE(s.value(QStringLiteral("accepted")).toInt(), kRelayed);
        // The 7 held sends that never reached the simulator could only be resolved by a resend.
        QVERIFY2(resent >= 7, qPrintable(QString::number(resent)));
        QVERIFY(sim.stop());
    }
};

QTEST_GUILESS_MAIN(TestOutboundCrash)
#include "TestOutboundCrash.moc"
