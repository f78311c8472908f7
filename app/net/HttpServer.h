// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP/1.1 server with deferred replies and same-port WebSocket upgrades (wraps QtHttpServer).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace duet::net {

/// One parsed request, copied out of the server's buffers so handlers may keep it.
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", ... upper case
    QString path;      ///< the URL path, e.g. "/webhook"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< the raw bytes, exactly as received
    QHostAddress remoteAddress;

    /// The value of the first header named `name` (case-insensitive); null when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

/// The answer to one request. Cheap to copy (all copies share one connection); the first send()
/// wins, later ones are ignored. It may be sent long after the handler returned, from the server's
/// thread: that is how a webhook waits for its commit. When the client has gone meanwhile, send()
/// does nothing and isOpen() is false.
class HttpReply
{
public:
    struct State;
    explicit HttpReply(std::shared_ptr<State> state);

    void send(int status, const QByteArray& body, const QByteArray& contentType,
              const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});
    /// send() with a short text/plain body.
    void sendText(int status, const QByteArray& text);
    bool isSent() const;
    bool isOpen() const;

private:
    std::shared_ptr<State> m_state;
};

/// An HTTP server on one port: exact-path routes dispatched by method, 404 for unknown paths and
/// 405 (with Allow) for a known path with the wrong method, and paths reserved for WebSocket
/// upgrades whose sockets go to a callback. All use of QtHttpServer's 6.4 API stays in
/// HttpServer.cpp, since later Qt versions change it.
/// Usage: `HttpServer s; s.route("GET", "/healthz", [](const HttpRequest&, HttpReply r){ r.sendText(200, "ok"); });
///         quint16 port = s.listen(QHostAddress::LocalHost, 0);`
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, HttpReply)>;
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    /// Handles `method` (upper case) on exactly `path`. A second route for the same pair replaces
    /// the first.
    void route(const QByteArray& method, const QString& path, Handler handler);
    /// Accepts WebSocket upgrades on `path` and hands each connected socket to `handler`; any other
    /// request for `path` gets 400 (`rejectPlain` may answer it instead).
    void routeWebSocket(const QString& path, WebSocketHandler handler, Handler rejectPlain = {});
    /// Answers every request whose path has no route (instead of 404): for servers that route on
    /// patterns of their own, such as the simulator's `/vNN.N/{id}/...`.
    void setFallback(Handler handler) { m_fallback = std::move(handler); }

    /// Serves HTTPS (and WebSocket upgrades as wss://) from the next listen() on, with the
    /// certificate chain and private key in `configuration`. A client that has not finished its
    /// TLS handshake `handshakeTimeoutMs` after connecting is dropped; a failed handshake is
    /// dropped at once. Requests never reach the routes before the handshake has succeeded.
    void setTls(const QSslConfiguration& configuration, int handshakeTimeoutMs = 10'000);
    bool isTls() const { return m_tls; }

    /// Starts listening; returns the bound port (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    QString errorString() const;

private:
    class Backend;
    struct Route
    {
        std::map<QByteArray, Handler> byMethod;
        WebSocketHandler webSocket;
        Handler rejectPlain;
    };

    void dispatch(const HttpRequest& request, HttpReply reply) const;
    bool isWebSocketPath(const QString& path) const;
    void takeWebSockets();

    std::unique_ptr<Backend> m_backend;
    std::map<QString, Route> m_routes;
    Handler m_fallback;
    QString m_errorString;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    int m_handshakeTimeoutMs = 10'000;

    friend class Backend;
};

} // namespace duet::net
