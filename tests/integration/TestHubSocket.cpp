// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client's WebSocket to a loopback server: the welcome deadline, pings, silence, close reasons.
#include "FakeClock.h"
#include "sync/HubSocket.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using duet::net::TlsTrust;
using duet::sync::HubSocket;
using duet::test::FakeClock;

class TestHubSocket : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<QWebSocketServer> m_server;
    QList<QWebSocket*> m_peers;

    QUrl serverUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_server->serverPort())); }
    std::unique_ptr<HubSocket> makeSocket()
    {
        return std::make_unique<HubSocket>([this] { return m_clock.nowMs(); }, HubSocket::Timing{30'000, 75'000});
    }

private slots:
    void init()
    {
        m_server = std::make_unique<QWebSocketServer>(QStringLiteral("test hub"), QWebSocketServer::NonSecureMode);
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        m_peers.clear();
        connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* peer = m_server->nextPendingConnection()) {
                m_peers << peer;
                connect(peer, &QWebSocket::textMessageReceived, this, [peer](const QString& text) {
                    peer->sendTextMessage(text); // an echo, so the client hears the hub
                });
            }
        });
    }
    void cleanup()
    {
        // The server's side of each connection is the test's to delete (nextPendingConnection()).
        qDeleteAll(m_peers);
        m_peers.clear();
        m_server.reset();
    }

    // Not welcomed by the deadline: the connection lapsed, whether or not it opened.
    void noWelcomeByTheDeadlineLapses()
    {
        auto socket = makeSocket();
        socket->open(serverUrl(), TlsTrust(), m_clock.nowMs() + 15'000);
        QVERIFY(socket->isOpen());
        QCOMPARE(socket->nextDeadlineMs(false), m_clock.nowMs() + 15'000);
        QCOMPARE(socket->check(m_clock.nowMs() + 14'999, false), HubSocket::Lapse::None);
        QCOMPARE(socket->check(m_clock.nowMs() + 15'000, false), HubSocket::Lapse::NoWelcome);
        socket->welcomed();
        QCOMPARE(socket->check(m_clock.nowMs() + 15'000, false), HubSocket::Lapse::None);
        QCOMPARE(socket->nextDeadlineMs(false), 0);
    }

    // A live connection pings a quiet hub after the ping interval, and lapses after the silence limit.
    void aQuietHubIsPingedThenDeclaredSilent()
    {
        auto socket = makeSocket();
        QSignalSpy connected(socket.get(), &HubSocket::connected);
        socket->open(serverUrl(), TlsTrust(), m_clock.nowMs() + 15'000);
        QVERIFY(connected.wait(10'000));
        socket->heard();
        socket->welcomed();
        const qint64 heard = m_clock.nowMs();
        QCOMPARE(socket->nextDeadlineMs(true), heard + 30'000);
        m_clock.advanceMs(29'999);
        QCOMPARE(socket->check(m_clock.nowMs(), true), HubSocket::Lapse::None);
        QCOMPARE(socket->lastPingMs(), 0);
        m_clock.advanceMs(1);
        QCOMPARE(socket->check(m_clock.nowMs(), true), HubSocket::Lapse::None);
        QCOMPARE(socket->lastPingMs(), heard + 30'000);
        // The pong is hearing from the hub.
        QTRY_COMPARE(socket->lastHeardMs(), heard + 30'000);
        QCOMPARE(socket->nextDeadlineMs(true), heard + 60'000);
        m_clock.advanceMs(75'000);
        QCOMPARE(socket->check(m_clock.nowMs(), true), HubSocket::Lapse::Silent);
        // Not live (still authenticating): silence is not checked, only the deadline.
        QCOMPARE(socket->check(m_clock.nowMs(), false), HubSocket::Lapse::None);
    }

    // The hub's close code says why when its bye frame was lost; a bye's reason wins.
    void theCloseSaysWhy()
    {
        auto socket = makeSocket();
        QSignalSpy connected(socket.get(), &HubSocket::connected);
        QSignalSpy closed(socket.get(), &HubSocket::closed);
        QSignalSpy text(socket.get(), &HubSocket::textReceived);
        socket->open(serverUrl(), TlsTrust(), m_clock.nowMs() + 15'000);
        QVERIFY(connected.wait(10'000));
        socket->send(duet::sync::ClientMessage(duet::sync::Demand{1, 0}));
        QVERIFY(text.wait(10'000));
        QVERIFY(!m_peers.isEmpty());
        m_peers.first()->close(QWebSocketProtocol::CloseCode(4003), QStringLiteral("revoked"));
        QVERIFY(closed.wait(10'000));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(socket->closeReason(), QStringLiteral("revoked"));
        socket->setByeReason(QStringLiteral("throttled"));
        QCOMPARE(socket->closeReason(), QStringLiteral("throttled"));
        socket->close();
        QVERIFY(!socket->isOpen());
        QCOMPARE(socket->closeReason(), QString());
        QCOMPARE(HubSocket::reasonFromCloseCode(4029), QStringLiteral("throttled"));
        QCOMPARE(HubSocket::reasonFromCloseCode(1000), QString());
    }

    // close() ends the connection without closed(); nothing arrives from it afterwards.
    void closeIsSilent()
    {
        auto socket = makeSocket();
        QSignalSpy connected(socket.get(), &HubSocket::connected);
        QSignalSpy closed(socket.get(), &HubSocket::closed);
        socket->open(serverUrl(), TlsTrust(), m_clock.nowMs() + 15'000);
        QVERIFY(connected.wait(10'000));
        socket->close();
        QTRY_VERIFY(!m_peers.isEmpty() && m_peers.first()->state() != QAbstractSocket::ConnectedState);
        QCOMPARE(closed.size(), 0);
    }

    // The clock was set back: the times kept move back as much.
    void settingTheClockBackMovesTheTimes()
    {
        auto socket = makeSocket();
        socket->open(serverUrl(), TlsTrust(), m_clock.nowMs() + 15'000);
        socket->heard();
        const qint64 heard = m_clock.nowMs();
        socket->shiftBack(3600'000);
        QCOMPARE(socket->lastHeardMs(), heard - 3600'000);
        QCOMPARE(socket->nextDeadlineMs(false), heard + 15'000 - 3600'000);
    }
};

QTEST_MAIN(TestHubSocket)
#include "TestHubSocket.moc"
