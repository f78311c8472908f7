// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench hub: signed webhook POSTs over loopback HTTP into an in-process hub, and fan-out to agents.
#include "AgentRegistry.h"
#include "Benchmarks.h"
#include "HubConfig.h"
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

/// One webhook body with `count` inbound text messages, each with a unique wamid.
QByteArray messagesBody(int first, int count)
{
    QJsonArray messages;
    for (int i = first; i < first + count; ++i) {
        messages.append(QJsonObject{
            {QStringLiteral("from"), QStringLiteral("1555%1").arg(i % 5000, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("id"), QStringLiteral("wamid.BENCH%1").arg(i)},
            {QStringLiteral("timestamp"), QString::number(1750000000 + i)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hello %1").arg(i)}}}});
    }
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                                         {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}}},
                            {QStringLiteral("messages"), messages}};
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// Runs `work` on a client thread and spins the calling thread's event loop (where the hub lives)
/// until it calls the finish callback.
void runOnClientThread(const std::function<void(QObject* context, std::function<void()> finish)>& work)
{
    QThread thread;
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    QEventLoop loop;
    QMetaObject::invokeMethod(
        &context, [&] { work(&context, [&loop] { QMetaObject::invokeMethod(&loop, "quit", Qt::QueuedConnection); }); });
    loop.exec();
    QMetaObject::invokeMethod(
        &context,
        [&context] {
            for (QObject* child : context.children())
                delete child;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

struct LoadResult
{
    double seconds = 0;
    std::vector<double> latenciesMs;
    int failures = 0;
};

/// One keep-alive HTTP/1.1 connection that sends a request, reads the answer, sends the next: a
/// client far lighter than QNetworkAccessManager, so the figures are the hub's, not the client's.
class LeanConnection : public QObject
{
public:
    using Next = std::function<bool(QByteArray* request)>;
    using Answered = std::function<void(int status)>;

    LeanConnection(quint16 port, Next next, Answered answered, QObject* parent)
        : QObject(parent)
        , m_next(std::move(next))
        , m_answered(std::move(answered))
    {
        m_socket.setParent(this);
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

private:
    void sendNext()
    {
        QByteArray request;
        if (!m_next(&request)) {
            m_socket.disconnectFromHost();
            return;
        }
        m_socket.write(request);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            const int status = head.mid(9, 3).toInt();
            m_buffer.remove(0, headerEnd + 4 + length);
            m_answered(status);
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    Next m_next;
    Answered m_answered;
};

/// Sends every body (POST /webhook, signed) or `count` GETs of `path` over `concurrency`
/// keep-alive connections, each with one request in flight.
LoadResult load(quint16 port, const QByteArray& path, const QList<QByteArray>& bodies,
                const QList<QByteArray>& signatures, int count, int concurrency)
{
    LoadResult result;
    runOnClientThread([&](QObject* context, std::function<void()> finish) {
        auto next = std::make_shared<int>(0);
        auto done = std::make_shared<int>(0);
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        for (int c = 0; c < concurrency; ++c) {
            auto started = std::make_shared<QElapsedTimer>();
            new LeanConnection(
                port,
                [&, next, started](QByteArray* request) {
                    if (*next >= count)
                        return false;
                    const int i = (*next)++;
                    if (bodies.isEmpty()) {
                        *request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
                    } else {
                        *request = "POST " + path +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\nX-Hub-Signature-256: " +
                                   signatures[i] + "\r\nContent-Length: " + QByteArray::number(bodies[i].size()) +
                                   "\r\n\r\n" + bodies[i];
                    }
                    started->start();
                    return true;
                },
                [&, done, timer, started, finish](int status) {
                    result.latenciesMs.push_back(double(started->nsecsElapsed()) / 1e6);
                    if (status != 200)
                        ++result.failures;
                    if (++*done == count) {
                        result.seconds = double(timer->nsecsElapsed()) / 1e9;
                        finish();
                    }
                },
                context);
        }
    });
    return result;
}

/// `count` agents connected to the hub, each measuring how long after its commit an event arrives.
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
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&](const QString& text) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                sync::HubMessage m;
                sync::ProtocolError e;
                if (!sync::decodeHubMessage(text.toUtf8(), &m, &e))
                    return;
                if (std::holds_alternative<sync::CaughtUp>(m)) {
                    ++ready;
                } else if (const auto* ev = std::get_if<sync::EventFrame>(&m)) {
                    QMutexLocker lock(&mutex);
                    latencies.push_back(double(now - ev->atMs));
                    ++received;
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
    spinUntil([&] { return ready.load() == agents; });
    {
        QMutexLocker lock(&mutex);
        latencies.clear(); // the backlog is not fan-out
    }
    received = 0;
    for (int i = 0; i < events; ++i) {
        const int before = received.load();
        postOne(i);
        spinUntil([&] { return received.load() >= before + agents; });
    }
    QMetaObject::invokeMethod(
        context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return latencies;
}

} // namespace

int runHub(const BenchOptions& options, QTextStream& out)
{
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
        QString error;
        if (!server.start(&error)) {
            out << "duet-bench hub: " << error << '\n';
            return 1;
        }
        const QUrl webhook(QStringLiteral("http://127.0.0.1:%1/webhook").arg(server.port()));

        // Baseline: the same client and server without the database (GET /healthz).
        const LoadResult health = load(server.port(), "/healthz", {}, {}, singles, concurrency);
        healthRates.push_back(double(singles) / health.seconds);

        QList<QByteArray> bodies, signatures;
        for (int i = 0; i < singles; ++i) {
            bodies << messagesBody(offset + i, 1);
            signatures << signer.sign(bodies.last());
        }
        offset += singles;
        const LoadResult single = load(server.port(), "/webhook", bodies, signatures, singles, concurrency);
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
        const LoadResult batch = load(server.port(), "/webhook", bodies, signatures, batches, 4);
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
