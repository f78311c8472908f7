// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's writer: journals webhook bodies and runs agents' commands, appending to the log in one transaction.
#pragma once

#include "store/Database.h"
#include "store/EventApplier.h"
#include "store/TeamApplier.h"
#include "sync/Protocol.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlError>
#include <QString>

#include <memory>
#include <variant>

namespace duet {
class Clock;
}

namespace duet::hub {

class HubMetrics;

/// One event of the log, as the hub sends it to agents.
struct LogEntry
{
    qint64 seq = 0;
    qint64 atMs = 0; ///< commit time
    QJsonObject event;
};

/// An authenticated agent's command, as the writer runs it.
struct CommandRequest
{
    sync::Command command;
    QString agent;
    sync::Role role = sync::Role::Agent;
    /// The agent sees only their own and unassigned conversations: one assigned to someone else is
    /// refused `not_found`, as if it did not exist.
    bool ownOnly = false;
};

/// An event the hub appends on its own account: the `onboarding` steps of connecting the number and
/// of the one-time import requests (docs/PROTOCOL.md). `agent` is who caused it.
struct HubEvent
{
    QJsonObject event;
    QString agent;
};

/// What became of one command: ok with the seq of its log event, or a reason from PROTOCOL.md.
struct CommandResult
{
    bool ok = false;
    QString reason;
    qint64 seq = 0;
};

/// What became of one webhook body inside a committed batch. Foreign: every event was for another
/// business number than the hub's (setPhoneNumberId()), so the body was journaled and nothing applied.
enum class BodyResult { Applied, Duplicate, Undecodable, Foreign };

/// Writes the log. Owns one connection (open it on the thread that will use it) and turns a batch
/// of items (signed webhook bodies and agents' commands, in arrival order) into ONE transaction:
///   BEGIN; lock log_head (UPDATE ... RETURNING seq); for each run of consecutive bodies: journal
///   the raw bytes (one multi-row INSERT; a body whose SHA-256 is already journaled is a duplicate:
///   nothing more), apply all their events with ONE EventApplier::apply(), one log entry per event
///   (one multi-row INSERT); for each command: check it against the store and apply its team event
///   with TeamApplier, one log entry; the entries have consecutive seqs; set log_head and NOTIFY
///   duet_log (one statement on PostgreSQL); COMMIT. Multi-row statements hold 100 rows at most.
/// The row lock on log_head (the single writer on SQLite) serialises writers, so seqs become
/// visible in commit order with no gap. Usage: `LogWriter w(clock); w.open(location, &e); w.commit(items)`.
class LogWriter
{
public:
    using Item = std::variant<QByteArray, CommandRequest, HubEvent>;
    /// Why a transaction failed when the database, not the items, is at fault: nothing is kept and
    /// the same items may be tried again later (a webhook gets 503, Meta retries it).
    enum class Fault {
        None,     ///< no fault of the database's (or none known): the items may be at fault
        DiskFull, ///< no room left: SQLite's "database or disk is full", PostgreSQL's class 53
        Transient ///< busy, locked, an I/O error, the server shutting down or the connection gone
    };
    struct Outcome
    {
        bool committed = false;
        QString error;                ///< when not committed
        Fault fault = Fault::None;    ///< when not committed
        QList<LogEntry> entries;      ///< the appended events, in seq order
        QList<BodyResult> bodies;     ///< per body item, in order
        QList<CommandResult> results; ///< per command or hub event item, in order
        qint64 head = 0;
    };

    explicit LogWriter(const Clock& clock, HubMetrics* metrics = nullptr);
    ~LogWriter();

    /// Opens the connection and brings the schema up to date.
    bool open(const store::DatabaseLocation& location, QString* error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db.connection(); }
    /// True when the connection answers a trivial query.
    bool ping();
    /// The newest committed seq; -1 on error.
    qint64 head();

    /// Runs one transaction over the items; nothing is kept when it fails.
    Outcome commit(const QList<Item>& items);

    /// Keeps a body whose transaction failed while the database works (an event that cannot be
    /// applied): journaled on its own, state `undecodable` with the reason `not applied: ...`, no
    /// event logged, so `duet-hub redecode` tries it again. False with *error when even that fails.
    bool journalUnapplied(const QByteArray& body, const QString& why, QString* error);

    /// Re-decodes journaled bodies marked undecodable; those that decode now are applied and logged
    /// (state applied). Returns how many were fixed, or -1 with *error.
    int redecode(QString* error, int* stillUndecodable = nullptr);

    static QString bodyHash(const QByteArray& body);

    /// The business number this hub serves (docs/OPERATIONS.md, "One number per hub"). Events
    /// whose `phone_number_id` names another number are not applied nor logged: their body is
    /// journaled with a reason saying so, and counted. Events that name no number (account
    /// updates) are applied. Empty (the default): every event is applied.
    void setPhoneNumberId(const QString& phoneNumberId) { m_phoneNumberId = phoneNumberId; }

private:
    struct Tx;
    bool begin(Tx& tx);
    bool finish(Tx& tx);
    /// A run of consecutive bodies: their journal rows, one apply() of their events, their log rows.
    bool processBodies(Tx& tx, const QList<QByteArray>& bodies, QList<BodyResult>* results);
    bool processCommand(Tx& tx, const CommandRequest& request, CommandResult* result);
    /// Appends a hub event (LogWriterHubEvents.cpp). A `sync_requesting` step that is not a
    /// repeat asked for is refused "already_requested" when that sync was ever requested.
    bool processHubEvent(Tx& tx, const HubEvent& event, CommandResult* result);
    bool append(Tx& tx, const QJsonObject& event, const QString& conversation, qint64 journalId, const QString& agent,
                qint64* seq);
    bool appendEvents(Tx& tx, const QList<Event>& events, qint64 journalId);
    /// Numbers a log row and keeps it for flushLog(); returns its seq.
    qint64 queueLogRow(Tx& tx, const QJsonObject& event, const QString& conversation, qint64 journalId,
                       const QString& agent);
    /// Inserts the queued log rows, up to 100 in one statement.
    bool flushLog(Tx& tx);
    /// The statement `head row, row, ... tail` with `rows` rows, prepared once per row count.
    QSqlQuery& multiRow(int id, const QString& head, const QString& row, const QString& tail, int rows);
    /// Takes the events for another number out of `events`; returns the journal's reason for
    /// them, or a null string when there were none.
    QString takeForeign(QList<Event>* events);
    bool exec(QSqlQuery& q, QString* error);
    /// Remembers the fault `error` shows, for the outcome of the transaction under way.
    void noteFault(const QSqlError& error);
    /// The fault of a transaction that failed with `error`.
    Fault faultAfter(const QString& error) const;
    QSqlQuery& prepared(int id, const QString& sql);

    const Clock& m_clock;
    HubMetrics* m_metrics;
    store::Database m_db;
    std::unique_ptr<store::EventApplier> m_events;
    std::unique_ptr<store::TeamApplier> m_team;
    QHash<int, std::shared_ptr<QSqlQuery>> m_queries;
    QString m_phoneNumberId;
    QSet<QString> m_foreignSeen; ///< other numbers already logged once
    Fault m_fault = Fault::None; ///< of the transaction under way
    /// log_head as this writer's last commit left it (-1: unknown). When a transaction finds
    /// another, some other writer (another hub) changed the store: the applier's caches go.
    qint64 m_lastHead = -1;
};

} // namespace duet::hub
