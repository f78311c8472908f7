// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook handshake and POST handling; the reply to a POST waits for the sink's commit.
#include "WebhookEndpoint.h"

#include "HubMetrics.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QWebSocket>

#include <atomic>

Q_LOGGING_CATEGORY(lcWebhook, "duet.hub.webhook")

namespace duet::hub {

namespace {

const QByteArray kTextPlain = QByteArrayLiteral("text/plain; charset=utf-8");

/// Content-Length as a number; -1 when absent, -2 when it is not a valid length.
qint64 contentLength(const HttpRequest& request)
{
    if (!request.hasHeader("content-length"))
        return -1;
    bool ok = false;
    const qint64 n = request.header("content-length").trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -2;
}

/// One body handed to the sink: counted as pending until its outcome is reported or the sink
/// drops the callback unanswered (then the client gets 500 and Meta retries).
class Ticket
{
public:
    explicit Ticket(std::shared_ptr<std::atomic_int> pending)
        : m_pending(std::move(pending))
    {
        ++*m_pending;
    }
    ~Ticket() { settle(); }
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;

    /// True the first time only.
    bool settle()
    {
        if (m_settled.exchange(true))
            return false;
        --*m_pending;
        return true;
    }

private:
    std::shared_ptr<std::atomic_int> m_pending;
    std::atomic_bool m_settled{false};
};

} // namespace

WebhookEndpoint::WebhookEndpoint(const Secrets& secrets, WebhookSink& sink, AgentSocketHandler& agents,
                                 HubMetrics& metrics, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_signature(secrets.appSecret)
    , m_verifyToken(secrets.verifyToken)
    , m_sink(sink)
    , m_agents(agents)
    , m_metrics(metrics)
    , m_clock(clock)
    , m_maxBodyBytes(cloudapi::WebhookDecoder::kMaxBodyBytes)
{
    const QString webhook = QStringLiteral("/webhook");
    m_server.route("GET", webhook, [this](const HttpRequest& r, HttpReply reply) { handshake(r, std::move(reply)); });
    m_server.route("POST", webhook, [this](const HttpRequest& r, HttpReply reply) { post(r, std::move(reply)); });
    m_server.route("GET", QStringLiteral("/healthz"),
                   [this](const HttpRequest&, HttpReply reply) { health(std::move(reply)); });
    m_server.route("GET", QStringLiteral("/metrics"), [this](const HttpRequest&, HttpReply reply) {
        if (m_probe)
            m_probe(); // fresh gauges
        reply.send(200, m_metrics.registry().render(), Metrics::contentType());
    });
    m_server.routeWebSocket(
        QStringLiteral("/agents"),
        [this](std::unique_ptr<QWebSocket> socket) { m_agents.acceptAgent(std::move(socket)); },
        [](const HttpRequest&, HttpReply reply) {
            reply.sendText(400, QByteArrayLiteral("/agents speaks the agent protocol over a WebSocket upgrade\n"));
        });
}

WebhookEndpoint::~WebhookEndpoint() = default;

quint16 WebhookEndpoint::listen(const QHostAddress& address, quint16 port)
{
    // Bodies over the limit are refused as their head arrives (a chunked one once its chunks pass
    // it), before QtHttpServer would buffer them; post() checks again what gets through.
    HubMetrics* metrics = &m_metrics;
    const qsizetype limit = m_maxBodyBytes;
    m_server.setMaxBodyBytes(m_maxBodyBytes, [metrics, limit](const QHostAddress& peer) {
        metrics->countWebhook(HubMetrics::WebhookResult::TooLarge);
        qCWarning(lcWebhook) << "request refused: body over" << limit << "bytes from" << peer.toString();
    });
    return m_server.listen(address, port);
}

QString WebhookEndpoint::errorString() const
{
    return m_server.errorString();
}

void WebhookEndpoint::stopAccepting()
{
    m_stopping = true;
    m_server.stopListening();
}

void WebhookEndpoint::flushAndClose()
{
    // The sink's outcomes reach this thread as queued calls (see post()): run them now.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    m_server.flushAndClose();
}

void WebhookEndpoint::handshake(const HttpRequest& request, HttpReply reply)
{
    QByteArray challenge;
    if (cloudapi::acceptSubscription(request.query, m_verifyToken, &challenge)) {
        qCInfo(lcWebhook) << "webhook subscription verified";
        reply.send(200, challenge, kTextPlain);
        return;
    }
    qCWarning(lcWebhook) << "webhook subscription refused (wrong mode or verify token) from"
                         << request.remoteAddress.toString();
    reply.sendText(403, QByteArrayLiteral("forbidden\n"));
}

void WebhookEndpoint::post(const HttpRequest& request, HttpReply reply)
{
    if (m_stopping) {
        m_metrics.countWebhook(HubMetrics::WebhookResult::Unavailable);
        reply.send(503, QByteArrayLiteral("shutting down, retry later\n"), kTextPlain,
                   {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
        return;
    }
    const qint64 declared = contentLength(request);
    if (declared == -2) {
        m_metrics.countWebhook(HubMetrics::WebhookResult::BadRequest);
        reply.sendText(400, QByteArrayLiteral("bad Content-Length\n"));
        return;
    }
    if (declared > m_maxBodyBytes || request.body.size() > m_maxBodyBytes) {
        m_metrics.countWebhook(HubMetrics::WebhookResult::TooLarge);
        qCWarning(lcWebhook) << "webhook body refused: over" << m_maxBodyBytes << "bytes";
        reply.sendText(413, QByteArrayLiteral("payload too large\n"));
        return;
    }
    if (!m_signature.verify(request.body, request.header("x-hub-signature-256"))) {
        m_metrics.countWebhook(HubMetrics::WebhookResult::Unauthorized);
        qCWarning(lcWebhook) << "webhook body refused: missing or wrong X-Hub-Signature-256 from"
                             << request.remoteAddress.toString();
        reply.sendText(401, QByteArrayLiteral("bad signature\n"));
        return;
    }

    const qint64 startedMs = m_clock.nowMs();
    QPointer<WebhookEndpoint> self(this);
    auto ticket = std::make_shared<Ticket>(m_pending);
    WebhookSink::Done done = [self, reply, startedMs, ticket](WebhookSink::Outcome outcome) {
        if (!ticket->settle())
            return; // the sink's contract is once; a second call changes nothing
        if (!self)
            return;
        if (QThread::currentThread() == self->thread()) {
            self->finish(reply, startedMs, outcome);
            return;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, reply, startedMs, outcome] {
                if (self)
                    self->finish(reply, startedMs, outcome);
            },
            Qt::QueuedConnection);
    };
    m_sink.accept(request.body, std::move(done));
}

void WebhookEndpoint::finish(HttpReply reply, qint64 startedMs, WebhookSink::Outcome outcome)
{
    m_metrics.observeCommitSeconds(double(m_clock.nowMs() - startedMs) / 1000.0);
    switch (outcome) {
    case WebhookSink::Outcome::Committed:
        m_metrics.countWebhook(HubMetrics::WebhookResult::Accepted);
        reply.sendText(200, QByteArrayLiteral("ok\n"));
        return;
    case WebhookSink::Outcome::Unavailable:
        m_metrics.countWebhook(HubMetrics::WebhookResult::Unavailable);
        qCWarning(lcWebhook) << "webhook body not committed (store unavailable): 503, Meta will retry";
        reply.send(503, QByteArrayLiteral("store unavailable, retry later\n"), kTextPlain,
                   {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}});
        return;
    }
}

void WebhookEndpoint::health(HttpReply reply)
{
    const WebhookSink::Health h = m_sink.health();
    QByteArray text = h.ok ? QByteArrayLiteral("ok\n") : QByteArrayLiteral("unavailable\n");
    if (!h.detail.isEmpty())
        text += h.detail.toUtf8() + '\n';
    if (m_probe) {
        for (const QString& line : m_probe())
            text += line.toUtf8() + '\n';
    }
    reply.sendText(h.ok ? 200 : 503, text);
}

} // namespace duet::hub
