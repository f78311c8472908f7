// SPDX-License-Identifier: GPL-3.0-or-later
// One desktop's WebSocket connection to the hub: hello, backlog, live events, commands, floods.
#pragma once

#include "AgentRegistry.h"
#include "sync/Protocol.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace duet::hub {

class AgentServer;

/// The state machine of one connection (docs/PROTOCOL.md "A session"): waiting for hello ->
/// catching up (the backlog after `since`, a page per event-loop turn) -> live (events as the
/// server fans them out) -> closed. It sends each seq once, in order; an ack waits until the event
/// it names has been sent. Owned by the AgentServer; deletes itself when the socket goes.
class AgentSession : public QObject
{
    Q_OBJECT
public:
    AgentSession(std::unique_ptr<QWebSocket> socket, AgentServer& server);
    ~AgentSession() override;

    bool isWelcomed() const { return m_state == State::Backlog || m_state == State::Live; }
    bool isLive() const { return m_state == State::Live; }
    const QString& agentName() const { return m_agent.name; }
    /// When the hub welcomed this connection (clock ms); 0 before.
    qint64 welcomedAtMs() const { return m_welcomedAtMs; }
    /// The key of this connection in the send budget (unique in this hub's run).
    const QString& budgetKey() const { return m_budgetKey; }

    /// A new event fanned out by the server (ignored while catching up or when already sent).
    void deliverLive(qint64 seq, const QString& frame);
    void sendRate(double share);
    /// The agent roster, to a welcomed connection.
    void sendRoster(const sync::Roster& roster);
    /// The team's templates, to a welcomed connection.
    void sendTemplates(const sync::Templates& templates);
    /// Pings the client; closes the connection when nothing (no frame, no pong) was heard from it
    /// since the last kSilentPings heartbeats.
    void heartbeat();
    static constexpr int kSilentPings = 2;
    /// Sends bye with the reason, then closes with the protocol's close code.
    void bye(const QString& reason, const QString& detail = {});

signals:
    void finished(duet::hub::AgentSession* session);

private:
    enum class State { AwaitHello, Backlog, Live, Closed };

    void onText(const QString& text);
    void onBinary();
    void onHello(const sync::Hello& hello);
    void onCommand(const sync::Command& command);
    void sendPage();
    void sendFrame(const sync::HubMessage& message);
    void sendError(const QString& reason, const QString& detail);
    void ack(const QString& id, bool ok, const QString& reason, qint64 seq);
    void flushAcks();
    bool takeToken();
    void countMalformed();

    std::unique_ptr<QWebSocket> m_socket;
    AgentServer& m_server;
    State m_state = State::AwaitHello;
    AgentInfo m_agent;
    qint64 m_sent = 0; ///< the last seq sent to this client
    QTimer m_helloTimer;
    QList<QPair<qint64, sync::Ack>> m_heldAcks; ///< acks waiting for their event to be sent
    double m_tokens = 100;
    qint64 m_refilledAt = 0;
    qint64 m_overSince = 0; ///< when the client started exceeding its frame rate (0: it is not)
    int m_malformedInARow = 0;
    int m_unansweredPings = 0; ///< heartbeats since the last frame or pong from the client
    qint64 m_welcomedAtMs = 0;
    bool m_pageScheduled = false;
    QString m_budgetKey;
};

} // namespace duet::hub
