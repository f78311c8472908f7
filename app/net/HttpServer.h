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
    bool isOpen() const;

    // Streaming: an answer written in pieces, for bodies too large to hold (media downloads).
    /// Writes the status line and headers. With `contentLength` >= 0 the body is that many bytes;
    /// with -1 it goes chunked. Counts as the reply's send(); false when the client has gone.
    bool beginStream(int status, const QList<QPair<QByteArray, QByteArray>>& headers, qint64 contentLength);
    /// One piece of the body (after beginStream()); false when the client has gone.
    bool writeStream(const QByteArray& piece);
    /// Ends the body (the last chunk of a chunked answer).
    void endStream();
    /// Aborts a streamed answer (the source failed mid-way): the connection is closed, so the
    /// client sees a truncated body, never a complete-looking one.
    void abortStream();
    /// Bytes written but not yet taken by the network: pause the source above a high-water mark.
    qint64 pendingBytes() const;
    /// `drained` runs (on the server's thread) each time some pending bytes reached the network;
    /// `gone` once when the client disconnects. Both are dropped with the last copy of the reply.
    void onProgress(std::function<void()> drained, std::function<void()> gone);

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
    /// Handles every method on every path that starts with `prefix` (e.g. "/graph/") and has no
    /// exact route; the longest matching prefix wins.
    void routePrefix(const QString& prefix, Handler handler);
    /// Answers every request whose path has no route (instead of 404): for servers that route on
    /// patterns of their own, such as the simulator's `/vNN.N/{id}/...`.
    void setFallback(Handler handler) { m_fallback = std::move(handler); }

    /// Refuses request bodies over `bytes` before QtHttpServer buffers them: a Content-Length over
    /// it gets 413 as soon as the request head has arrived, a chunked body gets 413 once its chunks
    /// pass it; the connection is then closed. Heads over 64 KiB get 431. `refused` (optional) is
    /// called with the client's address each time. 0 (the default): no limit. Call before listen().
    void setMaxBodyBytes(qsizetype bytes, std::function<void(const QHostAddress&)> refused = {});
    /// A different limit for paths that start with `pathPrefix` (the longest prefix wins); 0: none.
    void setMaxBodyBytes(const QString& pathPrefix, qsizetype bytes);

    struct BodyLimits; ///< what setMaxBodyBytes() set (HttpServer.cpp)
    /// Serves HTTPS (and WebSocket upgrades as wss://) from the next listen() on, with the
    /// certificate chain and private key in `configuration`. A client that has not finished its
    /// TLS handshake `handshakeTimeoutMs` after connecting is dropped; a failed handshake is
    /// dropped at once. Requests never reach the routes before the handshake has succeeded.
    void setTls(const QSslConfiguration& configuration, int handshakeTimeoutMs = 10'000);

    /// Starts listening; returns the bound port (useful with port 0), or 0 on failure.
    quint16 listen(const QHostAddress& address, quint16 port);
    QString errorString() const;
    /// Stops accepting connections; the open ones stay (their replies may still be sent).
    void stopListening();
    /// Writes what the open connections have queued to the network, then closes them.
    void flushAndClose();

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
    std::map<QString, Handler> m_prefixes;
    Handler m_fallback;
    QString m_errorString;
    std::shared_ptr<BodyLimits> m_bodyLimits; ///< shared with the connections' guards
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    int m_handshakeTimeoutMs = 10'000;

    friend class Backend;
};

} // namespace duet::net
