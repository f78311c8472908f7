// SPDX-License-Identifier: GPL-3.0-or-later
// The agent side of the hub: authenticates desktops, sends them the log, fans out commits, runs commands.
#pragma once

#include "AgentRegistry.h"
#include "ClientAddress.h"
#include "LogReader.h"
#include "SendBudget.h"
#include "WebhookEndpoint.h"
#include "WebhookJournal.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace duet::hub {

class AgentSession;
class Onboarding;
class TemplateService;

/// The AgentSocketHandler of duet-hub serve (docs/PROTOCOL.md). Lives on the main thread with the
/// LogReader's connection. It keeps `head()`, the last seq handed to live sessions: each commit of
/// this instance (WebhookJournal::committed) or of another instance (LogReader::notified) moves it
/// forward by reading `seq > head` in order, and every live session gets the new events. Sessions
/// that are catching up read their backlog in pages and join the live stream once they reach it.
/// Usage: `AgentServer agents(reader, journal, metrics, clock, settings); agents.start(&error);`
class AgentServer : public QObject, public AgentSocketHandler
{
    Q_OBJECT
public:
    struct Settings
    {
        QString phoneNumberId;
        QString apiVersion;
        double sendCap = 20; ///< the number's messages per second, leased to desktops by demand
        int pageSize = 500;  ///< backlog events per database read
        int helloTimeoutMs = 10'000;
        int revocationCheckMs = 5'000;
        /// How often the log is also read without a wake-up: covers notifications lost with a
        /// broken connection (which this read detects and reopens).
        int pollMs = 2'000;
        int pingMs = 30'000;      ///< WebSocket pings; a client that answers none of two in a row is closed
        bool readReceipts = true; ///< the team's setting, told at welcome (`team.read_receipts`)
        bool replyClaims = true;  ///< the team's setting, told at welcome (`team.reply_claims`)
        /// the team's setting, told at welcome (`team.media_auto_download_bytes`)
        qint64 mediaAutoDownloadBytes = 2 * 1024 * 1024;
        /// `[team] visibility = own`: agents (not supervisors) get only their own and unassigned
        /// conversations (a filtered stream, docs/PROTOCOL.md "Visibility").
        bool ownOnly = false;
        /// Reverse proxies whose X-Forwarded-For names the client (`[hub] trusted_proxies`).
        QList<Subnet> trustedProxies;
        int maxSessionsPerAgent = 4;        ///< welcomed connections per agent on this hub
        int maxThrottledAddresses = 10'000; ///< client addresses the login throttle remembers at most
        int throttlePruneMs = 60'000;       ///< how often forgotten failures leave the throttle table
        // Limits (docs/PROTOCOL.md "Bad input and floods").
        int maxPendingPerAddress = 16; ///< sockets awaiting hello from one address; more are closed at once
        int maxPendingTotal = 256;     ///< sockets awaiting hello in all
        /// Unsent bytes of a session above which backlog paging pauses (it resumes below half).
        qint64 outgoingHighWaterBytes = 1024 * 1024;
        /// Unsent bytes above which a session is dropped with bye `slow_reader`.
        qint64 outgoingHardLimitBytes = 16 * 1024 * 1024;
        /// A session whose unsent bytes are above the high-water mark at this many heartbeats in a
        /// row (pingMs apart: 60 s by default) is dropped too.
        int slowReaderPings = 2;
    };

    AgentServer(LogReader& reader, WebhookJournal& journal, HubMetrics& metrics, const Clock& clock,
                const Settings& settings, QObject* parent = nullptr);
    ~AgentServer() override;

    /// Reads the current head; false with *error when the database cannot be read.
    bool start(QString* error);
    /// Takes a new socket, or closes it at once (bye `busy`) when too many sockets await hello from
    /// its address or in all.
    void acceptAgent(std::unique_ptr<QWebSocket> socket) override;
    /// Says bye "shutdown" to every session.
    void shutdown();

    qint64 head() const { return m_head; }
    int sessionCount() const { return int(m_sessions.size()); }
    int welcomedCount() const;
    /// Sockets that have not been welcomed yet (awaiting hello), from `address` or (null) from anywhere.
    int pendingCount(const QHostAddress& address = {}) const;
    /// Sessions dropped for not reading what the hub sends (bye `slow_reader`), since start.
    int slowReadersDropped() const { return m_slowReadersDropped; }
    void countSlowReader() { ++m_slowReadersDropped; }
    /// Heartbeat rounds so far (each pings every session).
    int heartbeats() const { return m_heartbeats; }
    /// One heartbeat round, what the ping timer does every pingMs: pings every session and closes
    /// those silent for too long (tests call it to drive the pings by hand).
    void heartbeat();
    /// Pongs heard from clients so far, on every session.
    int pongs() const { return m_pongs; }
    void countPong() { ++m_pongs; }

    // What sessions use ---------------------------------------------------------------------------
    const Settings& settings() const { return m_settings; }
    const Clock& clock() const { return m_clock; }
    LogReader& reader() { return m_reader; }
    /// Checks an agent token presented from `client` (see clientAddress()): a hello's, or an HTTP
    /// request's `Authorization: Bearer`. The token is checked first and a valid one is always let
    /// in. Failures (unknown or revoked tokens) are counted per client address; after 5 in a
    /// minute the address's further failures are answered Throttled for a minute. The table of
    /// addresses is bounded (Settings::maxThrottledAddresses) and pruned on a timer.
    enum class Login { Ok, Unauthorized, Revoked, Throttled, Unavailable };
    Login authenticate(const QString& token, const QHostAddress& client, AgentInfo* agent);
    /// The Graph relay's check of a request's bearer token, on every request: the same check and
    /// the same throttle as a hello, keyed on the client address behind any trusted proxy, so a
    /// revoked agent is refused at once.
    Login authenticateRelay(const QString& token, const QHostAddress& peer, const QByteArray& forwardedFor,
                            AgentInfo* agent)
    {
        return authenticate(token, clientAddress(peer, forwardedFor), agent);
    }
    /// Who a connection or request comes from: `peer`, or when `peer` is a trusted proxy the
    /// right-most address of `forwardedFor` (X-Forwarded-For) that is not a trusted proxy.
    QHostAddress clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor) const;
    /// Client addresses the login throttle holds now (failures in the last minute or throttled).
    int throttleEntries() const { return int(m_failures.size()); }
    /// Forgets failures older than a minute and throttles that ended (the timer's work).
    void pruneThrottle();
    /// False when this agent already has Settings::maxSessionsPerAgent welcomed connections here.
    bool sessionAllowed(const QString& agent) const;
    /// False when this agent announced the same presence on the conversation under 5 s ago.
    bool presenceAllowed(const QString& agent, const QString& conversation, int state);
    void submit(const CommandRequest& request, WebhookJournal::CommandDone done);
    /// The session's lease of the send cap now (0 while it has nothing queued).
    double sendShare(const AgentSession* session) const;
    /// A session's `demand` frame.
    void demand(AgentSession* session, int live, int bulk);
    /// The team's send budget on this hub (the Graph relay's SendAdmission).
    SendBudget& sendBudget() { return m_budget; }
    void sessionWelcomed(AgentSession* session);
    /// Every agent of the registry (revoked ones left out), online when a welcomed session of
    /// theirs is connected to this instance. False with *error when the registry cannot be read.
    bool roster(sync::Roster* out, QString* error) const;
    /// The number's onboarding (null: request_sync is refused `not_configured`).
    void setOnboarding(Onboarding* onboarding) { m_onboarding = onboarding; }
    /// request_sync from a supervisor: asks Meta for the contacts and history sync types never
    /// requested (all again when `again`); `done` gets the ack's ok, reason and last seq.
    void requestSync(bool again, const QString& agent,
                     std::function<void(bool ok, const QString& reason, qint64 seq)> done);
    /// The business account's templates (may be null: none are served). Their changes go to every
    /// welcomed session as a `templates` frame, and `template_status` log events reach them.
    void setTemplates(TemplateService* templates);
    /// The `templates` frame for a session (welcome, changes); none without a TemplateService, nor
    /// while it has never fetched and stored nothing. A list too large for one frame keeps the
    /// approved templates only.
    std::optional<sync::Templates> templatesFrame() const;
    /// refresh_templates: `done` gets the fetch's outcome (reason `not_configured` without a
    /// TemplateService that can fetch).
    void refreshTemplates(std::function<void(bool ok, const QString& reason)> done);

private:
    void onCommitted(const QList<LogEntry>& entries);
    void catchUp();
    void dispatch(const QList<LogEntry>& entries);
    void remove(AgentSession* session);
    void onLeaseChanged(const QString& session, double lease);
    void checkRevoked();
    /// Sends the roster to every welcomed session on the next turn of the event loop (several
    /// connects and disconnects in one turn make one roster).
    void scheduleRoster();
    void sendRoster();

    LogReader& m_reader;
    WebhookJournal& m_journal;
    HubMetrics& m_metrics;
    const Clock& m_clock;
    Settings m_settings;
    QList<AgentSession*> m_sessions;
    qint64 m_head = 0;
    struct Failures
    {
        QList<qint64> times;       ///< failed logins (ms) in the last minute
        qint64 throttledUntil = 0; ///< ms; 0: not throttled
        qint64 lastMs = 0;         ///< the latest failure
    };
    QHash<QString, Failures> m_failures; ///< client address -> its recent failed logins
    QTimer m_prune;
    QHash<QString, qint64> m_presence; ///< agent \n conversation \n state -> last accepted ms
    QTimer m_revocation;
    QTimer m_poll;
    QTimer m_ping;
    QHash<QString, qint64> m_lastSeen; ///< agent -> when their last session of this run ended (ms)
    bool m_rosterScheduled = false;
    Onboarding* m_onboarding = nullptr;
    TemplateService* m_templates = nullptr;
    SendBudget m_budget;
    int m_heartbeats = 0;
    int m_pongs = 0;
    int m_slowReadersDropped = 0;
};

} // namespace duet::hub
