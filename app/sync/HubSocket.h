// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's WebSocket to the hub: TLS trust, the connect deadline, heartbeat pings and silence.
#pragma once

#include "Protocol.h"
#include "net/TlsTrust.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QWebSocket;

namespace duet::sync {

/// One connection at a time to a hub's agent endpoint. open() starts it (wss:// checked against
/// the TlsTrust: a refused certificate stops the handshake, and certificateText() says why until
/// the next open()); frames go out with send() and come in as textReceived(). It keeps the
/// connection's times, read from the `now` function it is given: the deadline for the welcome
/// (welcomed() clears it), when the hub was last heard (heard(), and every pong) and when it was
/// last pinged. check() says whether the connection lapsed (no welcome in time; silent for
/// silenceLimitMs while live) and pings a hub quiet for pingIntervalMs. closed() comes once when
/// the connection ends by itself; close() ends it without a signal. What to do then (back off,
/// reconnect, give up) is the SyncClient's.
/// Usage: `HubSocket s(now, {30000, 75000}); s.open(url, trust, now() + 15000);`
class HubSocket : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        qint64 pingIntervalMs = 30'000; ///< while live, a ping when the hub was quiet this long
        qint64 silenceLimitMs = 75'000; ///< nothing heard this long: the connection is dead
    };
    /// How a connection lapsed.
    enum class Lapse { None, NoWelcome, Silent };

    HubSocket(std::function<qint64()> now, const Timing& timing, QObject* parent = nullptr);
    ~HubSocket() override;

    /// Makes a new connection to `url` (ending any earlier one) that must be welcomed by
    /// `deadlineMs`, and forgets the last certificate refused; start() opens it.
    void prepare(const QUrl& url, const net::TlsTrust& trust, qint64 deadlineMs);
    /// Opens the connection prepare() made (its failure may come as closed() from inside this call).
    void start();
    /// prepare() and start().
    void open(const QUrl& url, const net::TlsTrust& trust, qint64 deadlineMs);
    /// Ends the connection now, without closed().
    void close();
    bool isOpen() const { return bool(m_socket); }
    void send(const ClientMessage& message);

    /// The hub was heard from (a frame arrived, or the connection opened).
    void heard();
    /// The hub welcomed this connection: no deadline any more.
    void welcomed() { m_deadlineMs = 0; }
    /// The hub's bye said why it closes (the close follows).
    void setByeReason(const QString& reason) { m_byeReason = reason; }
    /// Why the hub closed: its bye's reason, else the one its close code stands for; null when neither.
    QString closeReason() const;
    /// The socket's own error; null when none.
    QString errorString() const;
    /// What was wrong with the hub's certificate, for people; null when nothing was.
    QString certificateText() const { return m_certificateText; }
    /// The refused certificate when pinning it would let the connection through, else a null one.
    QSslCertificate refusedCertificate() const { return m_refusedCertificate; }

    /// Whether the connection lapsed by `nowMs` (`live`: welcomed and following the log); pings the
    /// hub when it has been quiet long enough.
    Lapse check(qint64 nowMs, bool live);
    /// The next time check() has something to do; 0 when nothing (closed).
    qint64 nextDeadlineMs(bool live) const;
    /// The clock was set back by `backMs`: every time kept moves back as much.
    void shiftBack(qint64 backMs);
    qint64 lastHeardMs() const { return m_lastHeardMs; }
    qint64 lastPingMs() const { return m_lastPingMs; }

    /// The bye reason a WebSocket close code stands for, when the bye frame itself was lost.
    static QString reasonFromCloseCode(int code);

signals:
    void connected();
    void textReceived(const QString& text);
    /// The connection ended by itself (closed, refused, broken).
    void closed();
    /// Something the log should say (a binary frame, a refused certificate); never a secret.
    void problem(const QString& detail);

private:
    void onClosed(QWebSocket* socket);

    std::function<qint64()> m_now;
    Timing m_timing;
    std::unique_ptr<QWebSocket> m_socket;
    QUrl m_url;
    QString m_byeReason;
    QString m_certificateText;
    QSslCertificate m_refusedCertificate;
    qint64 m_deadlineMs = 0;
    qint64 m_lastHeardMs = 0;
    qint64 m_lastPingMs = 0;
};

} // namespace duet::sync
