// SPDX-License-Identifier: GPL-3.0-or-later
// The only file that uses QtHttpServer: request copying, deferred responders, WebSocket hand-over.
#include "HttpServer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
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

    bool isOpen() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }

    ~State()
    {
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

void HttpServer::routeWebSocket(const QString& path, WebSocketHandler handler, Handler rejectPlain)
{
    Route& r = m_routes[path];
    r.webSocket = std::move(handler);
    r.rejectPlain = std::move(rejectPlain);
}

void HttpServer::setTls(const QSslConfiguration& configuration, int handshakeTimeoutMs)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
    m_handshakeTimeoutMs = handshakeTimeoutMs;
}

quint16 HttpServer::listen(const QHostAddress& address, quint16 port)
{
    std::unique_ptr<QTcpServer> tcp;
    if (m_tls) {
        // QAbstractHttpServer::bind() takes any QTcpServer: a QSslServer hands it only sockets whose
        // handshake succeeded (pendingConnectionAvailable comes after `encrypted`), and its
        // WebSocket upgrades then run over the encrypted socket, so wss:// shares the port too.
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(m_tlsConfiguration);
        ssl->setHandshakeTimeout(m_handshakeTimeoutMs);
        // A handshake that fails must not wait for the timeout to give its socket back.
        QObject::connect(ssl.get(), &QSslServer::errorOccurred, ssl.get(),
                         [](QSslSocket* socket, QAbstractSocket::SocketError) {
                             if (socket && !socket->isEncrypted())
                                 socket->abort();
                         });
        tcp = std::move(ssl);
    } else {
        tcp = std::make_unique<QTcpServer>();
    }
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
