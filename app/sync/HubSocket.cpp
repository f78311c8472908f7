// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's WebSocket to the hub: TLS trust, the connect deadline, heartbeat pings and silence.
#include "HubSocket.h"

#include <QSslConfiguration>
#include <QWebSocket>

#include <algorithm>

namespace duet::sync {

HubSocket::HubSocket(std::function<qint64()> now, const Timing& timing, QObject* parent)
    : QObject(parent)
    , m_now(std::move(now))
    , m_timing(timing)
{}

HubSocket::~HubSocket()
{
    close();
}

QString HubSocket::reasonFromCloseCode(int code)
{
    switch (code) {
    case 4001:
        return QStringLiteral("unauthorized");
    case 4002:
        return QStringLiteral("unsupported_version");
    case 4003:
        return QStringLiteral("revoked");
    case 4009:
        return QStringLiteral("since_ahead");
    case 4029:
        return QStringLiteral("throttled");
    case 4011:
        return QStringLiteral("too_many_sessions");
    case 4008:
        return QStringLiteral("hello_timeout");
    case 1001:
        return QStringLiteral("shutdown");
    default:
        return {};
    }
}

void HubSocket::open(const QUrl& url, const net::TlsTrust& trust, qint64 deadlineMs)
{
    prepare(url, trust, deadlineMs);
    start();
}

void HubSocket::prepare(const QUrl& url, const net::TlsTrust& trust, qint64 deadlineMs)
{
    close();
    m_url = url;
    m_byeReason.clear();
    m_socket = std::make_unique<QWebSocket>(QString(), QWebSocketProtocol::VersionLatest);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    QWebSocket* socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, &HubSocket::connected);
    connect(socket, &QWebSocket::textMessageReceived, this, &HubSocket::textReceived);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this] { emit problem(QStringLiteral("the hub sent a binary frame")); });
    connect(socket, &QWebSocket::pong, this, [this] { heard(); });
    m_certificateText.clear();
    m_refusedCertificate = QSslCertificate();
    if (url.scheme() == QLatin1String("wss")) {
        socket->setSslConfiguration(trust.configuration());
        const QString host = url.host();
        connect(socket, &QWebSocket::sslErrors, this, [this, socket, trust, host](const QList<QSslError>& errors) {
            if (trust.accepts(errors)) {
                socket->ignoreSslErrors();
                return;
            }
            // The handshake stops here; the close that follows reports it.
            m_certificateText = net::TlsTrust::describe(errors, host);
            m_refusedCertificate = net::TlsTrust::pinnable(errors);
            QStringList kinds;
            for (const QSslError& e : errors)
                kinds << e.errorString();
            emit problem(QStringLiteral("the hub's certificate was refused: %1").arg(kinds.join(QStringLiteral("; "))));
        });
    }
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onClosed(socket); });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    onClosed(socket);
            });
    m_deadlineMs = deadlineMs;
}

void HubSocket::start()
{
    if (m_socket)
        m_socket->open(m_url);
}

void HubSocket::close()
{
    if (m_socket) {
        QWebSocket* socket = m_socket.release();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_deadlineMs = 0;
    m_byeReason.clear();
}

void HubSocket::onClosed(QWebSocket* socket)
{
    if (m_socket && socket == m_socket.get())
        emit closed();
}

void HubSocket::send(const ClientMessage& message)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(encode(message)));
}

void HubSocket::heard()
{
    m_lastHeardMs = m_now();
}

QString HubSocket::closeReason() const
{
    if (!m_byeReason.isEmpty() || !m_socket)
        return m_byeReason;
    return reasonFromCloseCode(int(m_socket->closeCode()));
}

QString HubSocket::errorString() const
{
    return m_socket ? m_socket->errorString() : QString();
}

HubSocket::Lapse HubSocket::check(qint64 nowMs, bool live)
{
    if (!m_socket)
        return Lapse::None;
    if (m_deadlineMs && nowMs >= m_deadlineMs)
        return Lapse::NoWelcome;
    if (!live)
        return Lapse::None;
    if (nowMs - m_lastHeardMs >= m_timing.silenceLimitMs)
        return Lapse::Silent;
    if (nowMs - std::max(m_lastHeardMs, m_lastPingMs) >= m_timing.pingIntervalMs) {
        m_lastPingMs = nowMs;
        m_socket->ping();
    }
    return Lapse::None;
}

qint64 HubSocket::nextDeadlineMs(bool live) const
{
    if (!m_socket)
        return 0;
    qint64 next = m_deadlineMs;
    const auto consider = [&next](qint64 at) {
        if (at > 0 && (next == 0 || at < next))
            next = at;
    };
    if (live) {
        consider(m_lastHeardMs + m_timing.silenceLimitMs);
        consider(std::max(m_lastHeardMs, m_lastPingMs) + m_timing.pingIntervalMs);
    }
    return next;
}

void HubSocket::shiftBack(qint64 backMs)
{
    const auto shift = [backMs](qint64& at) {
        if (at > 0)
            at = std::max<qint64>(1, at - backMs); // 0 means "none": a set time stays set
    };
    shift(m_deadlineMs);
    shift(m_lastHeardMs);
    shift(m_lastPingMs);
}

} // namespace duet::sync
