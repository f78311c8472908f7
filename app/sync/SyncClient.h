// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's replica of the hub's log: connects, catches up, applies events, sends commands.
#pragma once

#include "Backoff.h"
#include "CommandTracker.h"
#include "EventBatch.h"
#include "HubSocket.h"
#include "Protocol.h"
#include "ReplicaState.h"
#include "net/TlsTrust.h"
#include "store/Database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace duet {
class Clock;
}
namespace duet::store {
class EventApplier;
class TeamApplier;
} // namespace duet::store

namespace duet::sync {

/// Keeps a local store in step with a hub's log (docs/PROTOCOL.md, docs/DESKTOP.md): it sends
/// hello with the last seq the store applied, applies every `event` frame in seq order through
/// the one apply code (store::TeamApplier for team kinds, store::EventApplier for webhook events)
/// and records the seq in the same transaction; a gap makes it reconnect from what it has. It
/// reconnects with exponential back-off and jitter, sends commands and resolves their acks (or
/// times them out), and shows where it stands as state() and lastError().
/// It composes three parts: HubSocket (the WebSocket, its TLS trust, the welcome deadline, pings
/// and silence), EventBatch (the events received and not yet applied, applied in one transaction)
/// and CommandTracker (the commands waiting for their acks); it decides what a frame or a lapse
/// means: the state, the failure, when to reconnect.
/// Time comes from the injected Clock; one QTimer wakes it at the next deadline, and tests call
/// processTimers() after moving a fake clock. The store stays readable when the hub is away;
/// commands sent then are refused at once with the reason "offline".
/// Usage: `SyncClient c(db, backend, applier, clock); c.start(url, token);` then connect
/// conversationsChanged() to the views.
class SyncClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(duet::sync::SyncClient::State state READ state NOTIFY stateChanged)
public:
    enum class State { Disconnected, Connecting, Authenticating, CatchingUp, Live };
    Q_ENUM(State)
    /// Why the client is not (or no longer) connected.
    enum class Failure {
        None,
        HubUnreachable,     ///< no connection, or it broke; retrying
        TokenRefused,       ///< the hub does not know the token: a new one is needed
        TokenRevoked,       ///< the agent was revoked: forget the token
        Throttled,          ///< too many failed sign-ins from here; retrying in a minute
        UnsupportedVersion, ///< the hub speaks another protocol version: update Duet
        ProtocolError,      ///< the hub sent something unusable (or a gap); retrying
        LocalStoreFailed,   ///< the local store could not be written; retrying
        TooManySessions,    ///< the agent holds the hub's maximum of connections; retrying in a minute
        CertificateRefused, ///< the hub's TLS certificate is not acceptable (lastFailureText() says why)
    };
    Q_ENUM(Failure)

    struct Settings
    {
        Backoff::Settings backoff;
        qint64 connectTimeoutMs = 15'000; ///< from opening the socket to welcome
        qint64 commandTimeoutMs = 20'000; ///< from sending a command to its ack
        qint64 pingIntervalMs = 30'000;   ///< while connected, a ping when the hub was quiet this long
        qint64 silenceLimitMs = 75'000;   ///< nothing heard this long: the connection is dead
        qint64 throttledRetryMs = 60'000; ///< bye "throttled" or "too_many_sessions": wait a minute
        int maxEventsPerTransaction = 1000;
        QString clientName = QStringLiteral("duet/" DUET_VERSION);
    };

    /// `db` is the local store (schema prepared), `events` its applier; both outlive the client.
    SyncClient(QSqlDatabase db, store::Backend backend, store::EventApplier& events, const Clock& clock,
               const Settings& settings, QObject* parent = nullptr);
    SyncClient(QSqlDatabase db, store::Backend backend, store::EventApplier& events, const Clock& clock,
               QObject* parent = nullptr);
    ~SyncClient() override;

    /// Makes the store ready for the log (the team tables). start() calls it when needed.
    bool prepareStore(QString* error);

    /// The hub's agent endpoint for what a person typed: "host:port", http(s)://, ws(s)://; the
    /// path defaults to /agents. A bare host (or host:port) means wss://; http:// and https://
    /// mean ws:// and wss://. False for text that is no usable address. `url` may be null.
    static bool agentsUrl(const QString& text, QUrl* url);
    /// True for a ws:// address of another computer: the token and messages would cross the
    /// network in clear. ws:// to this computer (localhost, 127.0.0.0/8, ::1) is not.
    static bool isUnencryptedRemote(const QUrl& url);

    /// The certificates trusted for wss:// beyond the system's (a private CA, pinned ones); used
    /// from the next connection attempt on.
    void setTlsTrust(const net::TlsTrust& trust) { m_trust = trust; }
    const net::TlsTrust& tlsTrust() const { return m_trust; }
    /// With Failure::CertificateRefused: the refused certificate when pinning it would let the
    /// connection through (it is only not trusted), else a null certificate.
    QSslCertificate refusedCertificate() const { return m_hub.refusedCertificate(); }

    /// Connects to `url` (see agentsUrl()) with the agent's token and keeps connecting until
    /// stop(), a refused or revoked token, or a protocol version mismatch.
    void start(const QUrl& url, const QString& token);
    /// Disconnects and stops retrying; the store stays as it is.
    void stop();

    State state() const { return m_state; }
    Failure lastError() const { return m_failure; }
    /// The failure for people: what happened and what to do (translated).
    static QString failureText(Failure failure);
    /// failureText(lastError()), with the certificate's problem in words for CertificateRefused.
    QString lastFailureText() const;
    /// One line for logs (never a secret).
    QString lastErrorDetail() const { return m_detail; }
    bool isConnected() const { return m_state == State::CatchingUp || m_state == State::Live; }
    /// When the next connection attempt is due (clock ms); 0 when none is planned.
    qint64 nextAttemptAtMs() const { return m_reconnectAtMs; }
    const Backoff& backoff() const { return m_backoff; }
    QUrl hubUrl() const { return m_url; }

    /// The last seq applied to the local store, and the hub's head as the welcome said.
    qint64 lastSeq() const { return m_applied; }
    qint64 hubHead() const { return m_head; }

    /// From the latest welcome (empty before the first): who is signed in and what they may do.
    QString agent() const { return m_welcome.agent; }
    Role role() const { return m_welcome.role; }
    /// The hub's clock minus this one, ms, measured at welcome.
    qint64 serverTimeOffsetMs() const { return m_offsetMs; }
    /// The number sends go as, through the hub's Graph relay (Meta's token stays on the hub).
    QString phoneNumberId() const { return m_welcome.phoneNumberId; }
    QString apiVersion() const { return m_welcome.apiVersion; }
    /// The agent's token given to start(): also the bearer for the hub's Graph relay. In memory
    /// only, never logged.
    QString token() const { return m_token; }
    /// This connection's id from the welcome, sent as `X-Duet-Session` on relay calls.
    QString session() const { return m_welcome.session; }
    /// The hub's Graph relay for `agentsUrl` (ws://host:port/agents -> http://host:port/graph,
    /// wss -> https); invalid when the URL is not a hub's.
    static QUrl relayUrl(const QUrl& agentsUrl);
    double sendShare() const { return m_sendShare; }
    /// What the outbound queue holds, for the hub's lease (a `demand` frame). Sent at once when it
    /// goes from idle to busy, otherwise at most every kDemandIntervalMs (the latest counts win);
    /// sent again after every welcome while busy.
    void setDemand(int live, int bulk);
    /// Demand frames sent on this client's connections so far.
    int demandsSent() const { return m_demandsSent; }
    /// The hub's agents and who is online, from its latest `roster` frame (sorted by name);
    /// empty while not connected.
    QList<RosterEntry> roster() const { return m_roster; }
    /// The team's setting from the welcome: mark customers' messages read on WhatsApp and show the
    /// typing indicator (true before the first welcome and from hubs that do not say).
    bool readReceipts() const { return m_welcome.readReceipts; }
    bool replyClaims() const { return m_welcome.replyClaims; }
    /// The team's setting from the welcome: the largest media file an opened conversation
    /// downloads without a click (2 MB before the first welcome and from hubs that do not say).
    qint64 mediaAutoDownloadBytes() const { return m_welcome.mediaAutoDownloadBytes; }
    /// The welcome said this connection's stream is filtered: the replica holds only the agent's own
    /// and unassigned conversations (docs/PROTOCOL.md, "Visibility").
    bool isFiltered() const { return m_welcome.filtered; }
    /// The business account's templates from the hub's latest `templates` frame (every status);
    /// kept when the connection goes. hasTemplates() is false until the first frame of this run.
    QList<TemplateRecord> templates() const { return m_templates.templates; }
    bool hasTemplates() const { return m_hasTemplates; }

    using Callback = CommandTracker::Callback;
    /// Sends a command (an empty id gets one). The result comes exactly once, through `done`
    /// and commandFinished(), never from inside this call. Returns the command's id.
    QString sendCommand(Command command, Callback done = {});
    int pendingCommands() const { return m_commands.pending(); }

    /// Handles every deadline that has passed on the clock (the timer calls it).
    void processTimers();

signals:
    void stateChanged(duet::sync::SyncClient::State state);
    /// Events were applied and committed: these conversations (contact keys) changed.
    void conversationsChanged(const QStringList& contactKeys);
    /// The events firstSeq..lastSeq were applied and committed (catch-up progress: hubHead()).
    void eventsApplied(qint64 firstSeq, qint64 lastSeq);
    /// The replica was dropped (the hub's log is not the one it followed); reload everything.
    void replicaReset();
    void welcomed();
    void caughtUp(qint64 head);
    void sendShareChanged(double share);
    /// A delivery status event was applied and committed (after conversationsChanged()): the
    /// outbox reconciles its send from it (biz_opaque_callback_data, else the wamid).
    void statusApplied(const QString& callback, const QString& wamid, const QString& status, int errorCode);
    void commandFinished(const duet::sync::CommandResult& result);
    /// roster() changed: a roster frame arrived, or the connection went (the roster is emptied).
    void rosterChanged();
    /// templates() changed: a templates frame arrived with another list.
    void templatesChanged();

private:
    void connectNow();
    void onConnected();
    void onText(const QString& text);
    void onClosed();
    void handle(const HubMessage& message);
    void onEvent(const EventFrame& frame);
    /// A filtered stream's `backfill` or `forget` (docs/PROTOCOL.md, "Visibility").
    void onDrop(const QString& conversation, qint64 seq, bool backfill);
    /// Welcome: a replica built from a stream filtered the other way is rebuilt from seq 0.
    bool checkFilter();
    bool flushEvents();
    void onBye(const QString& reason);
    void dropConnection(Failure failure, const QString& detail, qint64 retryInMs);
    void setState(State state, Failure failure);
    /// The clock reads `now`: when it was set back since the last check, every time kept moves
    /// back as much, so a wait keeps what was left of it instead of lasting hours longer.
    void followClock(qint64 now);
    /// The clock's time, after followClock(): every reading of the clock goes through here.
    qint64 clockNow();
    void rearm();
    void flushDemand();
    /// Applies what was received at the next turn of the event loop (once, however much arrives).
    void scheduleFlush();

    QSqlDatabase m_db;
    store::Backend m_backend;
    store::EventApplier& m_events;
    std::unique_ptr<store::TeamApplier> m_team;
    ReplicaState m_replica;
    const Clock& m_clock;
    Settings m_settings;
    Backoff m_backoff;
    QTimer m_timer;

    HubSocket m_hub;
    QUrl m_url;
    QString m_urlKey; ///< the sync_state key of m_url
    QString m_token;  ///< never logged
    net::TlsTrust m_trust;
    bool m_running = false;
    bool m_storeReady = false;
    State m_state = State::Disconnected;
    Failure m_failure = Failure::None;
    QString m_detail;

    qint64 m_applied = 0;  ///< committed to the store
    qint64 m_received = 0; ///< the last seq received (applied or waiting in m_batch)
    qint64 m_head = 0;
    EventBatch m_batch;
    bool m_filtered = false; ///< this connection's stream is filtered: seqs may skip
    bool m_flushScheduled = false;

    Welcome m_welcome;
    qint64 m_offsetMs = 0;
    double m_sendShare = 0;
    QList<RosterEntry> m_roster;
    Templates m_templates;
    bool m_hasTemplates = false;
    qint64 m_reconnectAtMs = 0;
    CommandTracker m_commands;
    Demand m_demand;              ///< the queue now
    Demand m_demandSent;          ///< what the hub was last told on this connection
    bool m_demandDirty = false;   ///< m_demand differs from what the hub was told
    qint64 m_demandSentAtMs = -1; ///< when the last demand frame left (-1: none on this connection)
    qint64 m_lastTickMs = 0;      ///< the clock at the last timer check (a smaller reading: it was set back)
    int m_demandsSent = 0;
};

} // namespace duet::sync
