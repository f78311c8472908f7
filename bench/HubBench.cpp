// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench hub: signed webhook POSTs over loopback HTTP into an in-process hub, and fan-out to agents.
#include "AgentRegistry.h"
#include "BenchFailure.h"
#include "Benchmarks.h"
#include "HubConfig.h"
#include "HubLoad.h"
#include "HubServer.h"
#include "Statistics.h"
#include "cloudapi/WebhookSignature.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <memory>
#include <vector>

namespace duet::bench {
namespace {

using hub::HubConfig;
using hub::HubServer;

const QByteArray kSecret = "bench-app-secret";

/// `count` agents connected to the hub, each measuring how long after its commit an event arrives.
/// Gives up, with BenchFailure, when not every agent caught up within a minute or an event did not
/// reach every agent within a minute: a fan-out that lost events has no figure.
std::vector<double> fanOut(quint16 port, const QString& token, qint64 since, int agents, int events,
                           const std::function<void(int)>& postOne)
{
    std::vector<double> latencies;
    QThread thread;
    thread.start();
    auto* context = new QObject;
    context->moveToThread(&thread);
    std::atomic_int ready{0};
    std::atomic_int received{0};
    QMutex mutex;
    QMetaObject::invokeMethod(context, [&] {
        for (int a = 0; a < agents; ++a) {
            auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, context);
            QObject::connect(socket, &QWebSocket::connected, socket, [socket, &token, since] {
                sync::Hello h;
                h.token = token;
                h.since = since; // live fan-out only, not a replay of the benchmark's whole log
                socket->sendTextMessage(QString::fromUtf8(sync::encode(sync::ClientMessage(h))));
            });
            // The references outlive every socket: `context`, their parent, is deleted (blocking) before
            // fanOut() returns, hence the clazy:exclude on each use.
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&](const QString& text) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                sync::HubMessage m;
                sync::ProtocolError e;
                if (!sync::decodeHubMessage(text.toUtf8(), &m, &e))
                    return;
                if (std::holds_alternative<sync::CaughtUp>(m)) {
                    ++ready; // clazy:exclude=lambda-in-connect
                } else if (const auto* ev = std::get_if<sync::EventFrame>(&m)) {
                    QMutexLocker lock(&mutex);                   // clazy:exclude=lambda-in-connect
                    latencies.push_back(double(now - ev->atMs)); // clazy:exclude=lambda-in-connect
                    ++received;                                  // clazy:exclude=lambda-in-connect
                }
            });
            socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(port)));
        }
    });
    QEventLoop loop;
    const auto spinUntil = [&](const std::function<bool()>& condition) {
        QElapsedTimer t;
        t.start();
        while (!condition() && t.elapsed() < 60'000)
            loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    };
    QString failure;
    spinUntil([&] { return ready.load() == agents; });
    if (ready.load() != agents)
        failure = QStringLiteral("fan-out: %1 of %2 agents caught up within 60 s").arg(ready.load()).arg(agents);
    {
        QMutexLocker lock(&mutex);
        latencies.clear(); // the backlog is not fan-out
    }
    received = 0;
    for (int i = 0; i < events && failure.isEmpty(); ++i) {
        const int before = received.load();
        postOne(i);
        spinUntil([&] { return received.load() >= before + agents; });
        if (received.load() < before + agents)
            failure = QStringLiteral("fan-out: event %1 of %2 reached %3 of %4 agents within 60 s")
                          .arg(i + 1)
                          .arg(events)
                          .arg(received.load() - before)
                          .arg(agents);
    }
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    if (!failure.isEmpty())
        fail(failure);
    return latencies;
}

} // namespace

int runHub(const BenchOptions& options, QTextStream& out)
{
    if (!options.databases.isEmpty() || !options.hubCounts.isEmpty())
        return runHubCluster(options, out);
    const int singles = options.quick ? 3000 : 20000;
    const int batches = options.quick ? 10 : 40;
    const int runs = options.quick ? 1 : options.runs;
    const int concurrency = 32;
    const int agents = 200;
    const int fanoutEvents = options.quick ? 20 : 100;
    SystemClock clock;
    const cloudapi::WebhookSignature signer(kSecret);

    std::vector<double> singleRates, singleP99, batchRates, batchP99, healthRates, fanoutP99, fanoutMedian;
    int failures = 0;
    int offset = 0;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        HubConfig config;
        config.db = dir.filePath(QStringLiteral("hub.db"));
        config.listenAddress = QHostAddress::LocalHost;
        config.listenPort = 0;
        config.appSecret = kSecret;
        config.verifyToken = "bench";
        config.maxSessionsPerAgent = agents; // every fan-out connection signs in as the one agent "bench"
        HubServer server(config, clock);
        // All 200 agents connect at once from 127.0.0.1: more than the 16 awaiting hello from one
        // address a hub lets in.
        server.agentSettings().maxPendingPerAddress = agents;
        QString error;
        if (!server.start(&error)) {
            out << "duet-bench hub: " << error << '\n';
            return 1;
        }
        const QUrl webhook(QStringLiteral("http://127.0.0.1:%1/webhook").arg(server.port()));

        // Baseline: the same client and server without the database (GET /healthz).
        const LoadResult health = load({server.port()}, "/healthz", {}, {}, singles, concurrency);
        failures += health.failures;
        healthRates.push_back(double(singles) / health.seconds);

        QList<QByteArray> bodies, signatures;
        for (int i = 0; i < singles; ++i) {
            bodies << messagesBody(offset + i, 1);
            signatures << signer.sign(bodies.last());
        }
        offset += singles;
        const LoadResult single = load({server.port()}, "/webhook", bodies, signatures, singles, concurrency);
        failures += single.failures;
        singleRates.push_back(double(singles) / single.seconds);
        singleP99.push_back(percentile(single.latenciesMs, 0.99));

        bodies.clear();
        signatures.clear();
        for (int i = 0; i < batches; ++i) {
            bodies << messagesBody(offset + i * 1000, 1000);
            signatures << signer.sign(bodies.last());
        }
        offset += batches * 1000;
        const LoadResult batch = load({server.port()}, "/webhook", bodies, signatures, batches, 4);
        failures += batch.failures;
        batchRates.push_back(double(batches) * 1000 / batch.seconds);
        batchP99.push_back(percentile(batch.latenciesMs, 0.99));

        // Fan-out: 200 desktops connected, one webhook at a time.
        store::Database db;
        store::DatabaseLocation location;
        store::DatabaseLocation::parse(config.db, &location, &error);
        QString token;
        if (!db.open(location, &error) ||
            !hub::AgentRegistry(db.connection())
                 .add(QStringLiteral("bench"), sync::Role::Agent, clock.nowSecs(), &token, &error)) {
            out << "duet-bench hub: " << error << '\n';
            return 1;
        }
        qint64 head = 0;
        {
            QSqlQuery q(db.connection());
            if (q.exec(QStringLiteral("SELECT seq FROM log_head")) && q.next())
                head = q.value(0).toLongLong();
        }
        QNetworkAccessManager nam;
        const int base = offset;
        const std::vector<double> fan = fanOut(server.port(), token, head, agents, fanoutEvents, [&](int i) {
            const QByteArray body = messagesBody(base + i, 1);
            QNetworkRequest request(webhook);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("X-Hub-Signature-256", signer.sign(body));
            QNetworkReply* reply = nam.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        offset += fanoutEvents;
        fanoutP99.push_back(percentile(fan, 0.99));
        fanoutMedian.push_back(median(fan));
        server.stop();
    }
    printFigure(out, "http_baseline_requests_per_s", median(healthRates), 0);
    printFigure(out, "webhook_single_posts_per_s", median(singleRates), 0);
    printFigure(out, "webhook_ack_p99_ms", median(singleP99), 1);
    printFigure(out, "webhook_events_per_s", median(batchRates), 0);
    printFigure(out, "webhook_batch_ack_p99_ms", median(batchP99), 1);
    printFigure(out, "fanout_median_ms", median(fanoutMedian), 1);
    printFigure(out, "fanout_p99_ms", median(fanoutP99), 1);
    printFigure(out, "webhook_failures", failures, 0);
    return failures == 0 ? 0 : 1;
}

} // namespace duet::bench
