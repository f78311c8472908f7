// SPDX-License-Identifier: GPL-3.0-or-later
// One desktop's WebSocket connection to the hub: hello, backlog, live events, commands, floods.
#pragma once

#include "AgentRegistry.h"
#include "ConversationFilter.h"
#include "sync/Protocol.h"

#include <QHostAddress>
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
    /// `client`: who connected (AgentServer::clientAddress of the upgrade request).
    AgentSession(std::unique_ptr<QWebSocket> socket, const QHostAddress& client, AgentServer& server);
    ~AgentSession() override;

    bool isWelcomed() const { return m_state == State::Backlog || m_state == State::Live; }
    bool isLive() const { return m_state == State::Live; }
    bool isAwaitingHello() const { return m_state == State::AwaitHello; }
    QHostAddress peerAddress() const;
    /// Bytes queued for this client that the network has not taken yet.
    qint64 unsentBytes() const;
    const QString& agentName() const { return m_agent.name; }
    /// When the hub welcomed this connection (clock ms); 0 before.
    qint64 welcomedAtMs() const { return m_welcomedAtMs; }
    /// Who connected: the peer, or the client a trusted proxy named (AgentServer::clientAddress).
    const QHostAddress& clientAddress() const { return m_client; }
    /// The key of this connection in the send budget: the welcome's `session`, which the desktop
    /// names in `X-Duet-Session` on its relayed sends (empty before welcome).
    const QString& budgetKey() const { return m_sessionId; }

    /// A new event fanned out by the server (ignored while catching up or when already sent);
    /// `frame` is its encoded `event` frame.
    void deliverLive(const LogEntry& entry, const QString& frame);
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
    /// After each write: pauses paging above the high-water mark, drops the session over the hard
    /// limit (heartbeat() drops it when it stays above the mark).
    bool checkBacklog();
    void onBytesWritten();
    void dropSlowReader(const QString& detail);
    void sendFrame(const sync::HubMessage& message);
    /// The next event in seq order: as it is, or as a filtered session's visibility makes it
    /// (nothing, `forget`, or `backfill` with the history first). False when the session closed.
    bool sendEntry(const LogEntry& entry, const QString& frame);
    void sendError(const QString& reason, const QString& detail);
    void ack(const QString& id, bool ok, const QString& reason, qint64 seq);
    void flushAcks();
    bool takeToken();
    void countMalformed();

    std::unique_ptr<QWebSocket> m_socket;
    AgentServer& m_server;
    State m_state = State::AwaitHello;
    AgentInfo m_agent;
    qint64 m_sent = 0; ///< the last seq sent to this client (or, when filtered, decided for it)
    std::unique_ptr<ConversationFilter> m_filter; ///< agents under `[team] visibility = own`
    QHostAddress m_client;
    QTimer m_helloTimer;
    QList<QPair<qint64, sync::Ack>> m_heldAcks; ///< acks waiting for their event to be sent
    double m_tokens = 100;
    qint64 m_refilledAt = 0;
    qint64 m_overSince = 0; ///< when the client started exceeding its frame rate (0: it is not)
    int m_malformedInARow = 0;
    int m_unansweredPings = 0; ///< heartbeats since the last frame or pong from the client
    qint64 m_welcomedAtMs = 0;
    QString m_sessionId;
    bool m_pageScheduled = false;
    bool m_pagingPaused = false; ///< backlog paging waits for the client to read
    int m_pingsAbove = 0;        ///< heartbeats in a row that found the unsent bytes above the high-water mark
};

} // namespace duet::hub
