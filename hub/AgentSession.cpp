// SPDX-License-Identifier: GPL-3.0-or-later
// One connection's protocol: decoding, hello, paging the backlog, live events, commands and acks.
#include "AgentSession.h"

#include "AgentServer.h"
#include "core/Clock.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcAgents)

namespace duet::hub {
namespace {

constexpr qsizetype kMaxClientFrameBytes = 256 * 1024;
constexpr double kFramesPerSecond = 50;
constexpr double kFrameBurst = 100;
constexpr qint64 kFloodMs = 10'000;
constexpr int kMaxMalformedInARow = 100;

QWebSocketProtocol::CloseCode closeCode(const QString& reason)
{
    static const QHash<QString, int> codes = {
        {QStringLiteral("unauthorized"), 4001},
        {QStringLiteral("throttled"), 4029},
        {QStringLiteral("unsupported_version"), 4002},
        {QStringLiteral("hello_timeout"), 4008},
        {QStringLiteral("since_ahead"), 4009},
        {QStringLiteral("revoked"), 4003},
        {QStringLiteral("flood"), 4008},
        {QStringLiteral("slow_reader"), 4010},
        {QStringLiteral("shutdown"), 1001},
        {QStringLiteral("too_many_sessions"), 4011},
    };
    return QWebSocketProtocol::CloseCode(codes.value(reason, 1008));
}

} // namespace

AgentSession::AgentSession(std::unique_ptr<QWebSocket> socket, const QHostAddress& client, AgentServer& server)
    : m_socket(std::move(socket))
    , m_server(server)
    , m_client(client)
{
    // Refused as the header arrives: a larger frame or message closes the socket (1009) before
    // its payload is buffered.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(kMaxClientFrameBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(kMaxClientFrameBytes));
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &AgentSession::onBytesWritten);
    m_refilledAt = m_server.clock().nowMs();
    connect(m_socket.get(), &QWebSocket::pong, this, [this] {
        m_unansweredPings = 0;
        m_server.countPong();
    });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &AgentSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] { onBinary(); });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_state = State::Closed;
        emit finished(this);
    });
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::AwaitHello)
            bye(QStringLiteral("hello_timeout"));
    });
    m_helloTimer.start(m_server.settings().helloTimeoutMs);
}

AgentSession::~AgentSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QHostAddress AgentSession::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

qint64 AgentSession::unsentBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void AgentSession::sendFrame(const sync::HubMessage& message)
{
    if (m_state == State::Closed)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(sync::encode(message)));
}

bool AgentSession::checkBacklog()
{
    if (m_state == State::Closed)
        return false;
    const AgentServer::Settings& s = m_server.settings();
    const qint64 unsent = unsentBytes();
    if (unsent > s.outgoingHardLimitBytes) {
        dropSlowReader(QStringLiteral("over %1 bytes unsent").arg(s.outgoingHardLimitBytes));
        return false;
    }
    if (unsent <= s.outgoingHighWaterBytes)
        m_pingsAbove = 0;
    return true;
}

void AgentSession::dropSlowReader(const QString& detail)
{
    qCWarning(lcAgents).noquote() << "agent" << m_agent.name << "from" << peerAddress().toString()
                                  << QStringLiteral("does not read what the hub sends (%1); closing").arg(detail);
    m_server.countSlowReader();
    bye(QStringLiteral("slow_reader"), detail);
    // The client is not reading: a graceful close would wait for it forever, holding the buffer.
    m_socket->abort();
}

void AgentSession::onBytesWritten()
{
    if (m_state == State::Closed)
        return;
    const AgentServer::Settings& s = m_server.settings();
    const qint64 unsent = unsentBytes();
    if (unsent <= s.outgoingHighWaterBytes)
        m_pingsAbove = 0;
    if (m_pagingPaused && unsent <= s.outgoingHighWaterBytes / 2) {
        m_pagingPaused = false;
        if (!m_pageScheduled) {
            m_pageScheduled = true;
            QMetaObject::invokeMethod(this, &AgentSession::sendPage, Qt::QueuedConnection);
        }
    }
}

void AgentSession::sendError(const QString& reason, const QString& detail)
{
    sendFrame(sync::ErrorFrame{reason, detail});
}

void AgentSession::bye(const QString& reason, const QString& detail)
{
    if (m_state == State::Closed)
        return;
    sendFrame(sync::Bye{reason, detail});
    m_state = State::Closed;
    m_heldAcks.clear();
    m_socket->close(closeCode(reason), reason);
}

void AgentSession::countMalformed()
{
    if (++m_malformedInARow >= kMaxMalformedInARow)
        bye(QStringLiteral("flood"), QStringLiteral("too many malformed frames in a row"));
}

/// The per-connection frame budget: 50 a second, bursts of 100. A client over budget for 10 s
/// is closed.
bool AgentSession::takeToken()
{
    const qint64 now = m_server.clock().nowMs();
    // A clock set back refills nothing (and takes nothing away); set forward, at most the burst.
    m_tokens =
        qMin(kFrameBurst, m_tokens + double(std::max<qint64>(0, now - m_refilledAt)) * kFramesPerSecond / 1000.0);
    m_refilledAt = now;
    if (m_overSince > now)
        m_overSince = now;
    if (m_tokens >= 1) {
        m_tokens -= 1;
        m_overSince = 0;
        return true;
    }
    if (m_overSince == 0)
        m_overSince = now;
    else if (now - m_overSince >= kFloodMs)
        bye(QStringLiteral("flood"), QStringLiteral("frame rate exceeded for 10 s"));
    return false;
}

void AgentSession::onBinary()
{
    if (m_state == State::Closed)
        return;
    sendError(QStringLiteral("bad_frame"), QStringLiteral("binary frames are not part of the protocol"));
    countMalformed();
}

void AgentSession::onText(const QString& text)
{
    if (m_state == State::Closed)
        return;
    const QByteArray frame = text.toUtf8();
    m_unansweredPings = 0;
    const bool withinBudget = takeToken();
    if (m_state == State::Closed)
        return;
    if (frame.size() > kMaxClientFrameBytes) {
        sendError(QStringLiteral("too_large"), QStringLiteral("client frames are limited to 256 KiB"));
        countMalformed();
        return;
    }
    sync::ClientMessage message;
    sync::ProtocolError error;
    if (!sync::decodeClientMessage(frame, &message, &error)) {
        if (m_state == State::AwaitHello && error.code == sync::ProtocolError::Code::UnsupportedVersion) {
            bye(QStringLiteral("unsupported_version"), error.message);
            return;
        }
        sendError(error.reason(), error.message);
        countMalformed();
        return;
    }
    m_malformedInARow = 0;
    if (const auto* hello = std::get_if<sync::Hello>(&message)) {
        if (m_state != State::AwaitHello) {
            sendError(QStringLiteral("bad_value"), QStringLiteral("hello was already received"));
            return;
        }
        onHello(*hello);
        return;
    }
    if (const auto* demand = std::get_if<sync::Demand>(&message)) {
        if (m_state == State::AwaitHello)
            sendError(QStringLiteral("not_welcomed"), QStringLiteral("send hello first"));
        else if (withinBudget)
            m_server.demand(this, demand->live, demand->bulk);
        return;
    }
    const auto& command = std::get<sync::Command>(message);
    if (m_state == State::AwaitHello) {
        sendError(QStringLiteral("not_welcomed"), QStringLiteral("send hello first"));
        return;
    }
    if (!withinBudget) {
        ack(command.id, false, QStringLiteral("rate_limited"), 0);
        return;
    }
    onCommand(command);
}

void AgentSession::onHello(const sync::Hello& hello)
{
    m_helloTimer.stop();
    AgentInfo agent;
    switch (m_server.authenticate(hello.token, m_client, &agent)) {
    case AgentServer::Login::Ok:
        break;
    case AgentServer::Login::Unauthorized:
        bye(QStringLiteral("unauthorized"), QStringLiteral("unknown token"));
        return;
    case AgentServer::Login::Revoked:
        bye(QStringLiteral("revoked"), QStringLiteral("this agent's token was revoked"));
        return;
    case AgentServer::Login::Throttled:
        bye(QStringLiteral("throttled"), QStringLiteral("too many failed logins; wait a minute"));
        return;
    case AgentServer::Login::Unavailable:
        bye(QStringLiteral("shutdown"), QStringLiteral("the hub's database is unavailable"));
        return;
    }
    if (!m_server.sessionAllowed(agent.name)) {
        qCInfo(lcAgents).noquote() << "agent" << agent.name << "refused from" << m_client.toString()
                                   << ": too many connections";
        bye(QStringLiteral("too_many_sessions"),
            QStringLiteral("this agent has %1 connections to the hub already; close one first")
                .arg(m_server.settings().maxSessionsPerAgent));
        return;
    }
    QString error;
    const qint64 head = m_server.reader().head(&error);
    if (head < 0) {
        bye(QStringLiteral("shutdown"), QStringLiteral("the hub's database is unavailable"));
        return;
    }
    if (hello.since > head) {
        bye(QStringLiteral("since_ahead"),
            QStringLiteral("since %1 is past the log head %2").arg(hello.since).arg(head));
        return;
    }
    if (m_server.settings().ownOnly && agent.role == sync::Role::Agent) {
        if (!hello.filtered) {
            bye(QStringLiteral("unsupported_version"),
                QStringLiteral("this hub shows agents only their own conversations; update Duet"));
            return;
        }
        m_filter = std::make_unique<ConversationFilter>(m_server.reader().connection(), agent.name);
        if (!m_filter->start(hello.since, &error)) {
            qCWarning(lcAgents).noquote() << "cannot read the assignments:" << error;
            bye(QStringLiteral("shutdown"), QStringLiteral("the hub's database is unavailable"));
            return;
        }
    }
    m_agent = agent;
    m_sent = hello.since;
    m_state = State::Backlog;
    m_welcomedAtMs = m_server.clock().nowMs();
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces); // random (version 4)
    m_server.sessionWelcomed(this);
    qCInfo(lcAgents).noquote() << "agent" << agent.name << "connected from" << m_client.toString() << "since"
                               << hello.since;
    const AgentServer::Settings& s = m_server.settings();
    sync::Welcome w;
    w.agent = agent.name;
    w.role = agent.role;
    w.serverTimeMs = m_server.clock().nowMs();
    w.head = head;
    w.phoneNumberId = s.phoneNumberId;
    w.apiVersion = s.apiVersion;
    w.session = m_sessionId;
    w.sendShare = m_server.sendShare(this);
    w.readReceipts = s.readReceipts;
    w.replyClaims = s.replyClaims;
    w.mediaAutoDownloadBytes = s.mediaAutoDownloadBytes;
    w.ownOnly = s.ownOnly;
    w.filtered = m_filter != nullptr;
    sendFrame(w);
    if (const std::optional<sync::Templates> templates = m_server.templatesFrame())
        sendFrame(*templates);
    sendPage();
}

/// One page of the backlog; the next page waits for the next turn of the event loop, so many
/// sessions catching up share the thread and live fan-out keeps flowing.
void AgentSession::sendPage()
{
    m_pageScheduled = false;
    if (m_state != State::Backlog)
        return;
    QList<LogEntry> page;
    QString error;
    const int size = m_server.settings().pageSize;
    if (!m_server.reader().read(m_sent, size, &page, &error)) {
        bye(QStringLiteral("shutdown"), QStringLiteral("the hub's database is unavailable"));
        return;
    }
    // The page stops at the high-water mark; what is left of it is read again on resuming.
    const qint64 highWater = m_server.settings().outgoingHighWaterBytes;
    bool full = false;
    for (const LogEntry& e : page) {
        if (!sendEntry(e, {}))
            return;
        if (unsentBytes() > highWater) {
            full = true;
            break;
        }
    }
    if (!checkBacklog())
        return;
    if (!full && page.size() < size) {
        // The end of the log: everything the server has fanned out (and perhaps a little more,
        // whose fan-out is on its way and will be skipped) has been sent. Live from here.
        m_state = State::Live;
        sendFrame(sync::CaughtUp{m_sent});
        flushAcks();
        return;
    }
    flushAcks();
    if (full) {
        m_pagingPaused = true; // onBytesWritten() resumes once the client has read half of it
        return;
    }
    m_pageScheduled = true;
    QMetaObject::invokeMethod(this, &AgentSession::sendPage, Qt::QueuedConnection);
}

void AgentSession::deliverLive(const LogEntry& entry, const QString& frame)
{
    const qint64 seq = entry.seq;
    if (m_state != State::Live || seq <= m_sent)
        return;
    if (seq != m_sent + 1) {
        // Cannot happen while the server dispatches in order; recover by reading from the log.
        m_state = State::Backlog;
        if (!m_pageScheduled) {
            m_pageScheduled = true;
            QMetaObject::invokeMethod(this, &AgentSession::sendPage, Qt::QueuedConnection);
        }
        return;
    }
    if (!sendEntry(entry, frame) || !checkBacklog())
        return;
    if (!m_heldAcks.isEmpty())
        flushAcks();
}

bool AgentSession::sendEntry(const LogEntry& entry, const QString& frame)
{
    const auto send = [&] {
        if (frame.isEmpty())
            sendFrame(sync::EventFrame{entry.seq, entry.atMs, entry.event});
        else
            m_socket->sendTextMessage(frame);
    };
    if (!m_filter) {
        send();
        m_sent = entry.seq;
        return true;
    }
    ConversationFilter::Decision decision;
    QString conversation;
    QString error;
    QList<LogEntry> history;
    bool ok = m_filter->decide(entry, &decision, &conversation, &error);
    if (ok && decision == ConversationFilter::Decision::Backfill)
        ok = m_filter->history(conversation, entry.seq, &history, &error);
    if (!ok) {
        qCWarning(lcAgents).noquote() << "cannot decide what" << m_agent.name << "sees:" << error;
        bye(QStringLiteral("shutdown"), QStringLiteral("the hub's database is unavailable"));
        return false;
    }
    switch (decision) {
    case ConversationFilter::Decision::Send:
        send();
        break;
    case ConversationFilter::Decision::Skip:
        break;
    case ConversationFilter::Decision::Forget:
        sendFrame(sync::Forget{conversation, entry.seq});
        break;
    case ConversationFilter::Decision::Backfill:
        sendFrame(sync::Backfill{conversation, entry.seq});
        for (const LogEntry& e : std::as_const(history))
            sendFrame(sync::EventFrame{e.seq, e.atMs, e.event, true});
        send();
        break;
    }
    m_sent = entry.seq;
    return m_state != State::Closed;
}

void AgentSession::heartbeat()
{
    if (m_state == State::Closed)
        return;
    // Counted in pings, not in clock time: the ping timer runs on real time, and the hub's clock
    // may run faster (the desktop's demo) or be a test's.
    if (++m_unansweredPings > kSilentPings) {
        qCInfo(lcAgents).noquote() << "agent" << m_agent.name << "silent for too long; closing";
        m_state = State::Closed;
        m_socket->abort();
        emit finished(this);
        return;
    }
    if (!checkBacklog())
        return;
    // Counted in heartbeats too (real time, see above): above the mark at every one of them.
    const AgentServer::Settings& s = m_server.settings();
    if (unsentBytes() > s.outgoingHighWaterBytes && ++m_pingsAbove >= s.slowReaderPings) {
        dropSlowReader(QStringLiteral("over %1 bytes unsent at %2 heartbeats in a row")
                           .arg(s.outgoingHighWaterBytes)
                           .arg(s.slowReaderPings));
        return;
    }
    m_socket->ping();
}

void AgentSession::sendRate(double share)
{
    if (isWelcomed())
        sendFrame(sync::Rate{share});
}

void AgentSession::sendRoster(const sync::Roster& roster)
{
    if (isWelcomed())
        sendFrame(roster);
}

void AgentSession::sendTemplates(const sync::Templates& templates)
{
    if (isWelcomed())
        sendFrame(templates);
}

void AgentSession::ack(const QString& id, bool ok, const QString& reason, qint64 seq)
{
    sync::Ack a;
    a.id = id;
    a.ok = ok;
    a.reason = reason;
    a.seq = seq;
    if (ok && seq > m_sent) {
        m_heldAcks.append({seq, a}); // the event itself goes first
        return;
    }
    sendFrame(a);
}

void AgentSession::flushAcks()
{
    while (!m_heldAcks.isEmpty() && m_heldAcks.first().first <= m_sent)
        sendFrame(m_heldAcks.takeFirst().second);
}

void AgentSession::onCommand(const sync::Command& command)
{
    if (command.name == sync::CommandName::RequestSync) { // the hub asks Meta, then logs what happened
        if (m_agent.role != sync::Role::Supervisor) {
            ack(command.id, false, QStringLiteral("forbidden"), 0);
            return;
        }
        QPointer<AgentSession> self(this);
        const QString id = command.id;
        m_server.requestSync(command.again, m_agent.name, [self, id](bool ok, const QString& reason, qint64 seq) {
            if (self)
                self->ack(id, ok, reason, seq);
        });
        return;
    }
    if (command.name == sync::CommandName::RefreshTemplates) { // not a log event: the hub fetches now
        if (m_agent.role != sync::Role::Supervisor) {
            ack(command.id, false, QStringLiteral("forbidden"), 0);
            return;
        }
        QPointer<AgentSession> self(this);
        const QString id = command.id;
        m_server.refreshTemplates([self, id](bool ok, const QString& reason) {
            if (self)
                self->ack(id, ok, reason, 0);
        });
        return;
    }
    if (command.name == sync::CommandName::Presence &&
        !m_server.presenceAllowed(m_agent.name, command.conversation, int(command.presence))) {
        ack(command.id, true, {}, 0);
        return;
    }
    CommandRequest request{command, m_agent.name, m_agent.role};
    request.ownOnly = m_filter != nullptr; // the writer refuses what this agent cannot see
    QPointer<AgentSession> self(this);
    const QString id = command.id;
    AgentServer* server = &m_server;
    m_server.submit(request, [server, self, id](const CommandResult& result) {
        // On the database thread: hand the result back to the main thread (the server outlives
        // the sessions; the session may be gone by then).
        QMetaObject::invokeMethod(
            server,
            [self, id, result] {
                if (self)
                    self->ack(id, result.ok, result.reason, result.seq);
            },
            Qt::QueuedConnection);
    });
}

} // namespace duet::hub
