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
#include <limits>

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
        m_state->connections.append(QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                                                     [drained = std::move(drained)](qint64) { drained(); }));
    if (gone)
        m_state->connections.append(
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [gone = std::move(gone)] { gone(); }));
}

// ---------------------------------------------------------------------------------------------

/// The body limits of one server, read by its connections' guards for each request.
struct HttpServer::BodyLimits
{
    qsizetype defaultBytes = 0;
    std::map<QString, qsizetype> byPrefix;
    std::function<void(const QHostAddress&)> refused;

    bool any() const { return defaultBytes > 0 || !byPrefix.empty(); }
    /// The limit for a request path; 0: none.
    qsizetype limitFor(const QString& path) const
    {
        qsizetype limit = defaultBytes;
        qsizetype longest = -1;
        for (const auto& [prefix, bytes] : byPrefix) {
            if (path.startsWith(prefix) && prefix.size() > longest) {
                longest = prefix.size();
                limit = bytes;
            }
        }
        return limit;
    }
};

namespace {

using BodyLimits = HttpServer::BodyLimits;

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxDrainBytes = 16 * 1024 * 1024; ///< of a refused body, read and dropped before closing

/// Watches one connection's incoming bytes before QtHttpServer reads them (it is connected to
/// readyRead first, and peeks): it follows request heads, Content-Length bodies and chunked
/// bodies, and refuses a body over the limit at once, so that QtHttpServer never buffers it
/// whole. It steps aside for WebSocket upgrades. Owned by the socket.
class BodyGuard final : public QObject
{
public:
    BodyGuard(QTcpSocket* socket, std::shared_ptr<const BodyLimits> limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(std::move(limits))
    {
        connect(socket, &QIODevice::readyRead, this, &BodyGuard::onReadyRead);
    }

private:
    enum class Phase { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Refused, Off };

    void onReadyRead()
    {
        if (m_phase == Phase::Off)
            return;
        if (m_phase == Phase::Refused) {
            drain(m_socket->skip(m_socket->bytesAvailable()));
            return;
        }
        scan(m_socket->peek(m_socket->bytesAvailable()));
    }

    /// Takes a line ending in CRLF out of `data` from `*at` into m_line; true when it is complete.
    bool takeLine(const QByteArray& data, qsizetype* at)
    {
        const qsizetype eol = data.indexOf('\n', *at);
        const qsizetype end = eol < 0 ? data.size() : eol + 1;
        m_line += data.mid(*at, end - *at);
        *at = end;
        return eol >= 0;
    }

    void scan(const QByteArray& data)
    {
        qsizetype at = 0;
        while (at < data.size()) {
            switch (m_phase) {
            case Phase::Head: {
                const qsizetype from = qMax<qsizetype>(0, m_line.size() - 3);
                m_line += data.mid(at);
                at = data.size();
                const qsizetype end = m_line.indexOf("\r\n\r\n", from);
                if (end < 0) {
                    if (m_line.size() > kMaxHeadBytes)
                        refuse(431, "Request Header Fields Too Large", "request head too large\n");
                    break;
                }
                const QByteArray rest = m_line.mid(end + 4);
                const QByteArray head = m_line.left(end);
                m_line.clear();
                if (!onHead(head, rest.size()))
                    return;
                if (!rest.isEmpty()) {
                    scan(rest);
                    return;
                }
                break;
            }
            case Phase::Body: {
                const qsizetype n = qMin<qint64>(m_remaining, data.size() - at);
                m_remaining -= n;
                at += n;
                if (m_remaining == 0)
                    m_phase = Phase::Head;
                break;
            }
            case Phase::ChunkSize: {
                if (!takeLine(data, &at)) {
                    if (m_line.size() > 1024)
                        refuse(400, "Bad Request", "bad chunk\n");
                    break;
                }
                bool ok = false;
                const qsizetype extension = m_line.indexOf(';'); // chunk extensions are ignored
                const QByteArray hex = (extension < 0 ? m_line : m_line.left(extension)).trimmed();
                const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
                m_line.clear();
                if (!ok || size < 0) {
                    refuse(400, "Bad Request", "bad chunk\n");
                    return;
                }
                m_bodyBytes += size;
                if (m_bodyBytes > m_maxBody) {
                    refuse(413, "Payload Too Large", "payload too large\n");
                    return;
                }
                m_remaining = size;
                m_phase = size == 0 ? Phase::Trailer : Phase::ChunkData;
                break;
            }
            case Phase::ChunkData: {
                const qsizetype n = qMin<qint64>(m_remaining, data.size() - at);
                m_remaining -= n;
                at += n;
                if (m_remaining == 0)
                    m_phase = Phase::ChunkEnd;
                break;
            }
            case Phase::ChunkEnd:
                if (takeLine(data, &at)) {
                    m_line.clear();
                    m_phase = Phase::ChunkSize;
                }
                break;
            case Phase::Trailer:
                if (!takeLine(data, &at)) {
                    if (m_line.size() > kMaxHeadBytes)
                        refuse(431, "Request Header Fields Too Large", "request head too large\n");
                    break;
                }
                if (m_line.trimmed().isEmpty())
                    m_phase = Phase::Head; // the end of the chunked body
                m_line.clear();
                break;
            case Phase::Refused:
            case Phase::Off:
                return;
            }
            if (m_phase == Phase::Refused)
                return;
        }
    }

    /// False when the guard is done with this connection (refused, or upgraded). `following`: the
    /// bytes after the head already received.
    bool onHead(const QByteArray& head, qsizetype following)
    {
        qint64 length = 0;
        bool chunked = false;
        const QList<QByteArray> lines = head.split('\n');
        // The request line: METHOD TARGET VERSION; the limit follows the target's path.
        const QByteArray target = lines.value(0).split(' ').value(1);
        const qsizetype query = target.indexOf('?');
        const qsizetype limit = m_limits->limitFor(QString::fromUtf8(query < 0 ? target : target.left(query)));
        m_maxBody = limit > 0 ? limit : std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "upgrade") {
                m_phase = Phase::Off; // QtHttpServer hands the socket to the WebSocket handshake
                return false;
            }
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    refuse(400, "Bad Request", "bad Content-Length\n");
                    return false;
                }
            }
            if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                chunked = true;
        }
        if (length > m_maxBody) {
            // A body that is not too far over is read and dropped before the connection closes, so
            // that the client sees the answer rather than a reset.
            refuse(413, "Payload Too Large", "payload too large\n",
                   length - following <= kMaxDrainBytes ? length - following : 0);
            return false;
        }
        m_bodyBytes = 0;
        m_remaining = chunked ? 0 : length;
        m_phase = chunked ? Phase::ChunkSize : length > 0 ? Phase::Body : Phase::Head;
        return true;
    }

    /// Answers `status`, reads no more for QtHttpServer, then drops `drainBytes` more of the body
    /// (without keeping them) and closes the connection.
    void refuse(int status, const char* phrase, const QByteArray& text, qint64 drainBytes = 0)
    {
        m_phase = Phase::Refused;
        m_line.clear();
        m_remaining = drainBytes;
        // QtHttpServer reads no more of this connection, and lets go of what it kept.
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        connect(m_socket, &QIODevice::readyRead, this, &BodyGuard::onReadyRead);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable()); // the head and what followed it
        if (status == 413 && m_limits->refused)
            m_limits->refused(m_socket->peerAddress());
        m_socket->write(QByteArray("HTTP/1.1 ") + QByteArray::number(status) + ' ' + phrase +
                        "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                        QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
        drain(0);
    }

    void drain(qint64 dropped)
    {
        m_remaining -= dropped;
        if (m_remaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost(); // after the answer has been written
    }

    QTcpSocket* m_socket;
    std::shared_ptr<const BodyLimits> m_limits;
    qint64 m_maxBody = std::numeric_limits<qint64>::max(); ///< of the current request
    Phase m_phase = Phase::Head;
    QByteArray m_line; ///< the head, chunk-size line or trailer line being read
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
};

/// A listening server (QTcpServer, or QSslServer for TLS) that puts a BodyGuard on each
/// connection before QAbstractHttpServer connects to it: QAbstractHttpServer takes its sockets
/// through the virtual nextPendingConnection().
template <class Server> class GuardedServer final : public Server
{
public:
    explicit GuardedServer(std::shared_ptr<const BodyLimits> limits)
        : m_limits(std::move(limits))
    {}

    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Server::nextPendingConnection();
        if (socket && m_limits->any())
            new BodyGuard(socket, m_limits);
        return socket;
    }

private:
    std::shared_ptr<const BodyLimits> m_limits;
};

} // namespace

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
    , m_bodyLimits(std::make_shared<BodyLimits>())
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

void HttpServer::setMaxBodyBytes(qsizetype bytes, std::function<void(const QHostAddress&)> refused)
{
    m_bodyLimits->defaultBytes = bytes;
    m_bodyLimits->refused = std::move(refused);
}

void HttpServer::setMaxBodyBytes(const QString& pathPrefix, qsizetype bytes)
{
    m_bodyLimits->byPrefix[pathPrefix] = bytes;
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
        auto ssl = std::make_unique<GuardedServer<QSslServer>>(m_bodyLimits);
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
        tcp = std::make_unique<GuardedServer<QTcpServer>>(m_bodyLimits);
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

void HttpServer::stopListening()
{
    for (QTcpServer* server : m_backend->servers())
        server->close();
}

void HttpServer::flushAndClose()
{
    for (QTcpSocket* socket : m_backend->findChildren<QTcpSocket*>()) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            continue;
        socket->flush();
        socket->disconnectFromHost(); // after what is still buffered has been written
    }
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
