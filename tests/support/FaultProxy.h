// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback TCP proxy that injects network faults: delay per chunk, truncation, connection reset (RST), stall.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <sys/socket.h>

namespace duet::test {

/// Stands between a client and a server on loopback and forwards bytes both ways, with faults the
/// test switches on and off at any time:
/// - delayMs: every chunk is forwarded that much later (order kept);
/// - truncateToClientAfter: the server's bytes are cut after N bytes on each connection, which is
///   then closed (FIN) both ways: an answer or a frame that stops half-way;
/// - resetToClientAfter / resetToServerAfter: once N bytes went that way on a connection, both
///   sides are reset (RST, SO_LINGER 0) - 0 resets as soon as the first byte arrives;
/// - stall(): nothing is forwarded (it is kept) until resume(); stallToClient(): only answers;
/// - resetAll(): every open connection is reset now.
/// Usage: `FaultProxy p; p.setTarget(port); const quint16 at = p.listen(); p.delayMs = 50;`
class FaultProxy : public QObject
{
public:
    int delayMs = 0;
    qint64 truncateToClientAfter = -1;
    qint64 resetToClientAfter = -1;
    qint64 resetToServerAfter = -1;

    FaultProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                accept(client);
        });
    }
    ~FaultProxy() override { resetAll(); }

    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0; }
    void setTarget(quint16 port) { m_target = port; }
    quint16 port() const { return m_server.serverPort(); }

    void stall() { m_stalled = true; }
    /// Only the server's bytes are kept back (requests still reach it; answers wait).
    void stallToClient() { m_stalledToClient = true; }
    void resume()
    {
        m_stalled = m_stalledToClient = false;
        for (const auto& c : std::as_const(m_links))
            flush(*c);
    }
    /// Resets every open connection (both sides) now.
    void resetAll()
    {
        const auto links = m_links;
        for (const auto& c : links)
            reset(*c);
    }
    /// Clears every fault: new and open connections pass everything through at once.
    void clearFaults()
    {
        delayMs = 0;
        truncateToClientAfter = resetToClientAfter = resetToServerAfter = -1;
        resume();
    }
    /// Bytes kept back right now (stalled), both ways.
    qint64 held() const
    {
        qint64 n = 0;
        for (const auto& c : m_links)
            n += c->toServer.size() + c->toClient.size();
        return n;
    }
    /// Connections accepted so far, and connections reset or truncated by a fault.
    int accepted() const { return m_accepted; }
    int faulted() const { return m_faulted; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray toServer, toClient; ///< kept while stalled
        qint64 sentToServer = 0, sentToClient = 0;
        bool closing = false;
    };

    void accept(QTcpSocket* client)
    {
        ++m_accepted;
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = new QTcpSocket(this);
        client->setParent(this);
        m_links << link;
        Link* l = link.get();
        connect(client, &QTcpSocket::readyRead, this, [this, l] { pass(*l, true); });
        connect(l->server, &QTcpSocket::readyRead, this, [this, l] { pass(*l, false); });
        connect(client, &QTcpSocket::disconnected, this, [this, l] { closeLink(*l); });
        connect(l->server, &QTcpSocket::disconnected, this, [this, l] { closeLink(*l); });
        connect(l->server, &QTcpSocket::errorOccurred, this, [this, l] { closeLink(*l); });
        connect(l->server, &QTcpSocket::connected, this, [this, l] { flush(*l); });
        l->server->connectToHost(QHostAddress::LocalHost, m_target);
    }

    /// Bytes arrived from one side: kept, delayed or forwarded.
    void pass(Link& l, bool fromClient)
    {
        QTcpSocket* from = fromClient ? l.client : l.server;
        if (!from || l.closing)
            return;
        QByteArray data = from->readAll();
        if (data.isEmpty())
            return;
        if (delayMs > 0) {
            const std::weak_ptr<Link> weak = find(l);
            QTimer::singleShot(delayMs, this, [this, weak, data, fromClient] {
                if (const auto link = weak.lock())
                    queue(*link, data, fromClient);
            });
            return;
        }
        queue(l, data, fromClient);
    }

    void queue(Link& l, const QByteArray& data, bool fromClient)
    {
        (fromClient ? l.toServer : l.toClient) += data;
        flush(l);
    }

    void flush(Link& l)
    {
        if (m_stalled || l.closing)
            return;
        if (!l.toServer.isEmpty() && l.server && l.server->state() == QAbstractSocket::ConnectedState) {
            QByteArray out = std::exchange(l.toServer, {});
            if (resetToServerAfter >= 0 && l.sentToServer + out.size() > resetToServerAfter) {
                out.truncate(int(std::max<qint64>(0, resetToServerAfter - l.sentToServer)));
                l.server->write(out);
                l.server->flush();
                ++m_faulted;
                reset(l);
                return;
            }
            l.sentToServer += out.size();
            l.server->write(out);
        }
        if (!l.toClient.isEmpty() && l.client && !m_stalledToClient) {
            QByteArray out = std::exchange(l.toClient, {});
            if (resetToClientAfter >= 0 && l.sentToClient + out.size() > resetToClientAfter) {
                out.truncate(int(std::max<qint64>(0, resetToClientAfter - l.sentToClient)));
                l.client->write(out);
                l.client->flush();
                ++m_faulted;
                reset(l);
                return;
            }
            if (truncateToClientAfter >= 0 && l.sentToClient + out.size() > truncateToClientAfter) {
                out.truncate(int(std::max<qint64>(0, truncateToClientAfter - l.sentToClient)));
                l.client->write(out);
                ++m_faulted;
                l.closing = true;
                l.client->disconnectFromHost(); // FIN after what was written
                if (l.server)
                    l.server->disconnectFromHost();
                return;
            }
            l.sentToClient += out.size();
            l.client->write(out);
        }
    }

    static void abortWithRst(QTcpSocket* s)
    {
        if (!s)
            return;
        if (s->socketDescriptor() >= 0) {
            const linger lg{1, 0};
            ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
        }
        s->abort();
    }

    void reset(Link& l)
    {
        l.closing = true;
        abortWithRst(l.client);
        abortWithRst(l.server);
        drop(l);
    }

    void closeLink(Link& l)
    {
        if (l.closing && !find(l).lock())
            return;
        l.closing = true;
        // What the other side already sent still goes out (a normal close), then both close.
        if (l.client && l.client->state() == QAbstractSocket::ConnectedState) {
            if (!l.toClient.isEmpty() && !m_stalled)
                l.client->write(std::exchange(l.toClient, {}));
            l.client->disconnectFromHost();
        }
        if (l.server && l.server->state() == QAbstractSocket::ConnectedState)
            l.server->disconnectFromHost();
        drop(l);
    }

    void drop(Link& l)
    {
        for (qsizetype i = 0; i < m_links.size(); ++i) {
            if (m_links[i].get() == &l) {
                const std::shared_ptr<Link> keep = m_links.takeAt(i);
                if (keep->client)
                    keep->client->deleteLater();
                if (keep->server)
                    keep->server->deleteLater();
                // `keep` may still be referred to by queued lambdas: they hold weak pointers only.
                m_dropped << keep;
                if (m_dropped.size() > 64)
                    m_dropped.removeFirst();
                return;
            }
        }
    }

    std::weak_ptr<Link> find(const Link& l) const
    {
        for (const auto& c : m_links) {
            if (c.get() == &l)
                return c;
        }
        return {};
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    bool m_stalled = false;
    bool m_stalledToClient = false;
    int m_accepted = 0;
    int m_faulted = 0;
    QList<std::shared_ptr<Link>> m_links;
    QList<std::shared_ptr<Link>> m_dropped; ///< closed links kept a while: signal handlers may still name them
};

} // namespace duet::test
