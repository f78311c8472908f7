// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's HTTP face: Meta's webhook (handshake and signed POSTs), health, metrics, and /agents.
#pragma once

#include "cloudapi/WebhookSignature.h"
#include "net/HttpServer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QWebSocket;

namespace duet {
class Clock;
}

namespace duet::hub {

using net::HttpReply;
using net::HttpRequest;
using net::HttpServer;

class HubMetrics;

/// Where signed webhook bodies go: the store layer (journal + apply + group commit).
class WebhookSink
{
public:
    enum class Outcome {
        Committed,   ///< the raw body and its events are durable: Meta gets 200
        Unavailable, ///< nothing was committed (database down): Meta gets 503 and retries
    };
    struct Health
    {
        bool ok = true;
        QString detail; ///< one line for /healthz, e.g. "log head 1234"; nothing secret
    };
    using Done = std::function<void(Outcome)>;

    virtual ~WebhookSink() = default;
    /// Takes one body whose signature has been verified. Call `done` exactly once, when the
    /// outcome is known; from any thread (the reply is sent on the endpoint's thread).
    virtual void accept(const QByteArray& rawBody, Done done) = 0;
    virtual Health health() const { return {}; }
};

/// Where same-port WebSocket connections on /agents go: the agent protocol (docs/PROTOCOL.md).
class AgentSocketHandler
{
public:
    virtual ~AgentSocketHandler() = default;
    /// Takes ownership of a connected socket that has not said anything yet.
    virtual void acceptAgent(std::unique_ptr<QWebSocket> socket) = 0;
};

/// The routes of duet-hub serve on one port:
///   GET  /webhook   Meta's subscription handshake (200 + hub.challenge, or 403)
///   POST /webhook   413 over the size limit, 401 unless X-Hub-Signature-256 is right, else the
///                   body goes to the sink and the reply waits for its outcome (200 or 503)
///   GET  /healthz   200 "ok" (503 when the sink reports trouble), then the sink's detail line and
///                   the status probe's lines
///   GET  /metrics   the Prometheus text of the registry behind `metrics` (the probe runs first)
///   /agents         WebSocket upgrades go to the AgentSocketHandler; plain requests get 400
/// Construct it with its collaborators, then listen(). Sink, agents, metrics and clock must outlive it.
class WebhookEndpoint : public QObject
{
    Q_OBJECT
public:
    struct Secrets
    {
        QByteArray appSecret;   ///< keys the X-Hub-Signature-256 HMAC
        QByteArray verifyToken; ///< the handshake's hub.verify_token
    };

    WebhookEndpoint(const Secrets& secrets, WebhookSink& sink, AgentSocketHandler& agents, HubMetrics& metrics,
                    const Clock& clock, QObject* parent = nullptr);
    ~WebhookEndpoint() override;

    /// Listens on address:port (0 picks a free port); returns the port, or 0 (see errorString()).
    quint16 listen(const QHostAddress& address, quint16 port);
    QString errorString() const;
    /// The HTTP server, for more routes on the same port (the Graph relay's /graph/).
    HttpServer& http() { return m_server; }
    /// Shutting down: no new connections, and new POSTs on open ones get 503 (Meta retries);
    /// bodies already handed to the sink still get their answer.
    void stopAccepting();
    /// Delivers the answers whose outcome is known, writes them out and closes the connections.
    void flushAndClose();
    /// Serves HTTPS and wss:// from the next listen() on (net::HttpServer::setTls()).
    void setTls(const QSslConfiguration& configuration, int handshakeTimeoutMs)
    {
        m_server.setTls(configuration, handshakeTimeoutMs);
    }

    /// Bodies larger than this are refused with 413 (Meta's documented limit is 3 MB): the server
    /// refuses them before they are buffered.
    qsizetype maxBodyBytes() const { return m_maxBodyBytes; }
    /// Bodies handed to the sink whose outcome is not known yet.
    int pendingCount() const { return *m_pending; }

    /// Called on the endpoint's thread whenever /healthz or /metrics is read: it may refresh
    /// gauges, and returns lines /healthz adds after the sink's (the number's health).
    using StatusProbe = std::function<QStringList()>;
    void setStatusProbe(StatusProbe probe) { m_probe = std::move(probe); }

private:
    void handshake(const HttpRequest& request, HttpReply reply);
    void post(const HttpRequest& request, HttpReply reply);
    void finish(HttpReply reply, qint64 startedMs, WebhookSink::Outcome outcome);
    void health(HttpReply reply);

    cloudapi::WebhookSignature m_signature;
    QByteArray m_verifyToken;
    WebhookSink& m_sink;
    AgentSocketHandler& m_agents;
    HubMetrics& m_metrics;
    const Clock& m_clock;
    HttpServer m_server;
    qsizetype m_maxBodyBytes;
    StatusProbe m_probe;
    bool m_stopping = false;
    std::shared_ptr<std::atomic_int> m_pending = std::make_shared<std::atomic_int>(0); ///< shared with callbacks
};

} // namespace duet::hub
