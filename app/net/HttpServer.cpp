// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that uses QtHttpServer: request copying, deferred responders, WebSocket hand-over.
#include "HttpServer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>

#include <atomic>

namespace duet::net {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------

struct HttpReply::State
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    std::atomic_bool sent{false}; // read by the last owner, which may be on another thread
    bool streaming = false;
    bool chunked = false;
    QList<QMetaObject::Connection> connections; ///< onProgress() callbacks, cut with the last copy

    bool isOpen() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }

    /// Cuts the onProgress() callbacks (they hold copies of the reply).
    void disconnectAll()
    {
        for (const QMetaObject::Connection& c : std::as_const(connections))
            QObject::disconnect(c);
        connections.clear();
    }

    ~State()
    {
        disconnectAll();
        // A handler that dropped its reply without answering must not leave the client hanging.
        // The last copy may die on another thread (a sink's worker): write from the socket's.
        if (sent || !responder || !socket)
            return;
        if (QThread::currentThread() == socket->thread()) {
            write500(*responder, socket);
            return;
        }
        std::shared_ptr<QHttpServerResponder> r(std::move(responder));
        QPointer<QTcpSocket> s = socket;
        QMetaObject::invokeMethod(
            socket, [r, s] { write500(*r, s); }, Qt::QueuedConnection);
    }

    static void write500(QHttpServerResponder& r, const QPointer<QTcpSocket>& s)
    {
        if (!s || s->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray body = QByteArrayLiteral("internal error: request not answered\n");
        r.writeStatusLine(QHttpServerResponder::StatusCode::InternalServerError);
        r.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8"));
        r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        r.writeBody(body);
    }

    void write(int status, const QByteArray& body, const QByteArray& contentType,
               const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
    {
        sent = true;
        disconnectAll();
        if (!responder || !isOpen()) {
            responder.reset();
            return;
        }
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        if (!contentType.isEmpty())
            responder->writeHeader(QByteArrayLiteral("Content-Type"), contentType);
        for (const auto& h : extraHeaders)
            responder->writeHeader(h.first, h.second);
        responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
        responder->writeBody(body);
        responder.reset();
    }
};

HttpReply::HttpReply(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

void HttpReply::send(int status, const QByteArray& body, const QByteArray& contentType,
                     const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    if (!m_state || m_state->sent)
        return;
    m_state->write(status, body, contentType, extraHeaders);
}

void HttpReply::sendText(int status, const QByteArray& text)
{
    send(status, text, QByteArrayLiteral("text/plain; charset=utf-8"));
}

bool HttpReply::isSent() const
{
    return m_state && m_state->sent;
}

bool HttpReply::isOpen() const
{
    return m_state && m_state->isOpen();
}

bool HttpReply::beginStream(int status, const QList<QPair<QByteArray, QByteArray>>& headers, qint64 contentLength)
{
    if (!m_state || m_state->sent)
        return false;
    m_state->sent = true;
    if (!m_state->responder || !m_state->isOpen()) {
        m_state->responder.reset();
        return false;
    }
    QHttpServerResponder& r = *m_state->responder;
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    for (const auto& h : headers)
        r.writeHeader(h.first, h.second);
    m_state->chunked = contentLength < 0;
    if (m_state->chunked)
        r.writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    else
        r.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(contentLength));
    m_state->streaming = true;
    return true;
}

bool HttpReply::writeStream(const QByteArray& piece)
{
    if (!m_state || !m_state->streaming || !m_state->responder || !m_state->isOpen())
        return false;
    if (piece.isEmpty())
        return true;
    if (m_state->chunked)
        m_state->responder->writeBody(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    else
        m_state->responder->writeBody(piece);
    return true;
}

void HttpReply::endStream()
{
    if (!m_state || !m_state->streaming || !m_state->responder)
        return;
    if (m_state->chunked && m_state->isOpen())
        m_state->responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
    else if (m_state->isOpen())
        m_state->responder->writeBody(QByteArray()); // a zero-length body still ends the headers
    m_state->streaming = false;
    m_state->responder.reset();
    m_state->disconnectAll();
}

void HttpReply::abortStream()
{
    if (!m_state)
        return;
    m_state->streaming = false;
    m_state->responder.reset();
    m_state->disconnectAll();
    if (m_state->socket)
        m_state->socket->abort();
}

qint64 HttpReply::pendingBytes() const
{
    return m_state && m_state->socket ? m_state->socket->bytesToWrite() : 0;
}

void HttpReply::onProgress(std::function<void()> drained, std::function<void()> gone)
{
    if (!m_state || !m_state->socket)
        return;
    QTcpSocket* socket = m_state->socket;
    if (drained)
        m_state->connections.append(
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [drained](qint64) { drained(); }));
    if (gone)
        m_state->connections.append(QObject::connect(socket, &QTcpSocket::disconnected, socket, [gone] { gone(); }));
}

// ---------------------------------------------------------------------------------------------

/// QtHttpServer's low-level server: every request comes to handleRequest(), so HttpServer does its
/// own routing (and answers 405 where QHttpServer's router would say 404).
class HttpServer::Backend final : public QAbstractHttpServer
{
public:
    explicit Backend(HttpServer* owner)
        : m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        HttpRequest copy;
        copy.method = methodName(request.method());
        copy.path = request.url().path();
        copy.query = request.query();
        copy.headers = request.headers();
        copy.body = request.body();
        copy.remoteAddress = request.remoteAddress();

        // Qt 6.4 accepts a same-port WebSocket upgrade only when this returns true without
        // writing anything: the socket then goes to the WebSocket handshake.
        // Returning false for an upgrade elsewhere makes Qt drop the connection unanswered.
        if (copy.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return m_owner->isWebSocketPath(copy.path);

        auto state = std::make_shared<HttpReply::State>();
        state->responder = std::make_unique<QHttpServerResponder>(makeResponder(request, socket));
        state->socket = socket;
        m_owner->dispatch(copy, HttpReply(std::move(state)));
        return true;
    }

    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    static QByteArray methodName(QHttpServerRequest::Method method)
    {
        const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
        return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
    }

    HttpServer* m_owner;
};

// ---------------------------------------------------------------------------------------------

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
    , m_backend(std::make_unique<Backend>(this))
{
    connect(m_backend.get(), &QAbstractHttpServer::newWebSocketConnection, this, &HttpServer::takeWebSockets);
}

HttpServer::~HttpServer() = default;

void HttpServer::route(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes[path].byMethod[method.toUpper()] = std::move(handler);
}

void HttpServer::routePrefix(const QString& prefix, Handler handler)
{
    m_prefixes[prefix] = std::move(handler);
}

void HttpServer::routeWebSocket(const QString& path, WebSocketHandler handler, Handler rejectPlain)
{
    Route& r = m_routes[path];
    r.webSocket = std::move(handler);
    r.rejectPlain = std::move(rejectPlain);
}

quint16 HttpServer::listen(const QHostAddress& address, quint16 port)
{
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address, port)) {
        m_errorString = tcp->errorString();
        return 0;
    }
    const quint16 bound = tcp->serverPort();
    m_backend->bind(tcp.release()); // the backend adopts it
    return bound;
}

QString HttpServer::errorString() const
{
    return m_errorString;
}

bool HttpServer::isWebSocketPath(const QString& path) const
{
    const auto it = m_routes.find(path);
    return it != m_routes.end() && it->second.webSocket;
}

void HttpServer::dispatch(const HttpRequest& request, HttpReply reply) const
{
    const auto it = m_routes.find(request.path);
    if (it == m_routes.end()) {
        const Handler* prefixed = nullptr;
        qsizetype longest = -1;
        for (const auto& [prefix, handler] : m_prefixes) {
            if (request.path.startsWith(prefix) && prefix.size() > longest) {
                prefixed = &handler;
                longest = prefix.size();
            }
        }
        if (prefixed) {
            (*prefixed)(request, std::move(reply));
            return;
        }
        if (m_fallback)
            m_fallback(request, std::move(reply));
        else
            reply.sendText(404, QByteArrayLiteral("not found\n"));
        return;
    }
    const Route& r = it->second;
    if (r.webSocket) {
        if (r.rejectPlain)
            r.rejectPlain(request, reply);
        else
            reply.sendText(400, QByteArrayLiteral("WebSocket upgrade required\n"));
        return;
    }
    const auto handler = r.byMethod.find(request.method);
    if (handler == r.byMethod.end()) {
        QByteArrayList allowed;
        for (const auto& m : r.byMethod)
            allowed << m.first;
        reply.send(405, QByteArrayLiteral("method not allowed\n"), QByteArrayLiteral("text/plain; charset=utf-8"),
                   {{QByteArrayLiteral("Allow"), allowed.join(", ")}});
        return;
    }
    handler->second(request, std::move(reply));
}

void HttpServer::takeWebSockets()
{
    while (m_backend->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_backend->nextPendingWebSocketConnection();
        if (!socket)
            break;
        const auto it = m_routes.find(socket->requestUrl().path());
        if (it == m_routes.end() || !it->second.webSocket) {
            socket->close(QWebSocketProtocol::CloseCodeProtocolError);
            socket.release()->deleteLater();
            continue;
        }
        it->second.webSocket(std::move(socket));
    }
}

} // namespace duet::net
