// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny hub for the sync client's tests: a WebSocket server the test drives frame by frame.
#pragma once

#include "cloudapi/GraphApiVersion.h"
#include "sync/Protocol.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace duet::test {

/// Accepts connections on 127.0.0.1, keeps every text frame each client sent and lets the test
/// answer with protocol frames (or anything else). Only the newest connection is "current".
class FakeHub : public QObject
{
public:
    /// SecureMode serves wss:// with the configuration given to setSslConfiguration().
    explicit FakeHub(QWebSocketServer::SslMode mode = QWebSocketServer::NonSecureMode)
        : m_server(QStringLiteral("fake-hub"), mode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                const int index = int(received.size());
                received.append(QStringList());
                connect(s, &QWebSocket::textMessageReceived, this,
                        [this, index](const QString& text) { received[index].append(text); });
                m_current = s;
                ++connections;
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/agents")
                        .arg(m_server.secureMode() == QWebSocketServer::SecureMode ? QStringLiteral("wss")
                                                                                   : QStringLiteral("ws"))
                        .arg(port()));
    }
    void setSslConfiguration(const QSslConfiguration& configuration) { m_server.setSslConfiguration(configuration); }

    /// Waits for the n-th connection (1-based) and its first frame (the hello).
    bool waitForHello(int n = 1)
    {
        for (int i = 0; i < 200 && (connections < n || received.at(n - 1).isEmpty()); ++i) {
            QSignalSpy spy(&m_server, &QWebSocketServer::newConnection);
            spy.wait(50);
        }
        return connections >= n && !received.at(n - 1).isEmpty();
    }
    sync::Hello hello(int n = 1) const
    {
        sync::ClientMessage m;
        sync::ProtocolError e;
        if (connections >= n && !received.at(n - 1).isEmpty() &&
            sync::decodeClientMessage(received.at(n - 1).first().toUtf8(), &m, &e))
            if (const auto* h = std::get_if<sync::Hello>(&m))
                return *h;
        return {};
    }
    /// The frames after the hello on the current connection, decoded as commands.
    QList<sync::Command> commands() const
    {
        QList<sync::Command> out;
        if (received.isEmpty())
            return out;
        for (const QString& text : received.last()) {
            sync::ClientMessage m;
            sync::ProtocolError e;
            if (sync::decodeClientMessage(text.toUtf8(), &m, &e))
                if (const auto* c = std::get_if<sync::Command>(&m))
                    out << *c;
        }
        return out;
    }
    bool waitForCommands(int count)
    {
        for (int i = 0; i < 200 && commands().size() < count; ++i) {
            QSignalSpy spy(m_current.data(), &QWebSocket::textMessageReceived);
            spy.wait(50);
        }
        return commands().size() >= count;
    }

    void send(const sync::HubMessage& message) { sendRaw(QString::fromUtf8(sync::encode(message))); }
    void sendRaw(const QString& text)
    {
        if (m_current)
            m_current->sendTextMessage(text);
    }
    void sendBinary(const QByteArray& data)
    {
        if (m_current)
            m_current->sendBinaryMessage(data);
    }
    void welcome(qint64 head, const QString& agent = QStringLiteral("ana"))
    {
        sync::Welcome w;
        w.agent = agent;
        w.role = sync::Role::Supervisor;
        w.serverTimeMs = 1'750'000'005'000;
        w.head = head;
        w.phoneNumberId = QStringLiteral("106540352242922");
        w.apiVersion = cloudapi::graphApiVersion();
        w.session = QStringLiteral("session-1");
        w.sendShare = 10;
        send(w);
    }
    /// bye, then a close with the protocol's code.
    void bye(const QString& reason, int code)
    {
        send(sync::Bye{reason, {}});
        if (m_current)
            m_current->close(QWebSocketProtocol::CloseCode(code), reason);
    }
    void drop()
    {
        if (m_current)
            m_current->abort();
    }
    QWebSocket* current() const { return m_current.data(); }

    QList<QStringList> received; ///< per connection, every text frame in order
    int connections = 0;

private:
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_current;
};

} // namespace duet::test
