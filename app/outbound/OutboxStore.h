// SPDX-License-Identifier: GPL-3.0-or-later
// The durable outbox: every send is a row in its own SQLite file before any network call.
#pragma once

#include "outbound/BulkJobStore.h"
#include "outbound/OutboxTypes.h"
#include "store/Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duet {
class Clock;
}

namespace duet::outbound {

/// The outbox file (docs/ARCHITECTURE.md, "No lost send, no duplicate send"): one row per send, moved through its
/// states by small transactions, each committed with synchronous=FULL before the caller acts on it (a POST never leaves
/// before its row says `sending`). Transitions are guarded in SQL: a call that does not apply to the row's current
/// state changes nothing and returns false.
///     OutboxStore outbox(clock);
///     if (!outbox.open(path, &error)) ...
///     const qint64 id = outbox.insert(draft, &error);
/// Use it from one thread. The file's schema is OutboxSchema; its bulk jobs are BulkJobStore (jobs()),
/// whose calls OutboxStore also forwards.
class OutboxStore
{
public:
    /// What a status webhook did to a row.
    struct StatusOutcome
    {
        qint64 id = 0; ///< 0 when no row matches
        OutboxState before = OutboxState::Queued;
        OutboxState after = OutboxState::Queued;
        bool changed = false;
    };

    /// A bulk job's (a campaign's) state, counts, record and grouped failures (BulkJobStore).
    using BulkJobState = BulkJobStore::BulkJobState;
    using BulkCounts = BulkJobStore::BulkCounts;
    using BulkJobRecord = BulkJobStore::BulkJobRecord;
    using BulkFailure = BulkJobStore::BulkFailure;

    explicit OutboxStore(const Clock& clock);

    /// Opens (or creates) the outbox file and brings its schema to the latest version.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_db.isOpen(); }
    /// The clock its rows are stamped with (and scheduled sends are due by).
    const Clock& clock() const { return m_clock; }
    QString lastError() const { return m_lastError; }

    /// OutboxSchema::latestVersion().
    static int latestSchemaVersion();
    /// The file's schema version; 0 for an empty file, -1 on error.
    int schemaVersion() const;

    /// The file's bulk jobs.
    BulkJobStore& jobs() { return m_jobs; }
    const BulkJobStore& jobs() const { return m_jobs; }

    /// Writes a queued row; returns its id, 0 on failure (*error says why).
    qint64 insert(const OutboxDraft& draft, QString* error);
    /// Writes many queued rows in ONE transaction (all or nothing); returns their ids in order.
    QList<qint64> insertAll(const QList<OutboxDraft>& drafts, QString* error);

    std::optional<OutboxRow> row(qint64 id) const;
    std::optional<OutboxRow> rowByClientId(const QString& clientId) const;
    std::optional<OutboxRow> rowByWamid(const QString& wamid) const;

    // Transitions. Each is one transaction; false when the row is not in a state it applies to.
    /// queued -> sending; counts an attempt and stamps its start.
    bool markSending(qint64 id);
    /// sending|uncertain -> accepted with the wamid (a status that came first is kept).
    bool markAccepted(qint64 id, const QString& wamid);
    /// The hub has this send in its log (its `outbound` report was acknowledged).
    bool markReported(qint64 id);
    /// Sends with a wamid whose report the hub has not acknowledged yet, oldest first.
    QList<OutboxRow> unreportedRows(int limit = 100) const;
    /// sending -> queued: Meta refused it (throttled, pair limited, token refused, a transient
    /// error) so it was not sent; it waits for its next turn.
    bool markRequeued(qint64 id);
    /// queued|sending -> failed with a code, a reason (reason::k*) and an untranslated remedy.
    bool markFailed(qint64 id, int code, const QString& reason, const QString& remedy);
    /// sending -> uncertain: the request may have reached Meta.
    bool markUncertain(qint64 id);
    /// uncertain -> queued: the agent (or the bulk job's resend-all) chose to send it again,
    /// with the same client id so that a late status still reconciles it.
    bool resendUncertain(qint64 id);
    /// uncertain -> discarded.
    bool discardUncertain(qint64 id);

    /// A status webhook, matched by client id (biz_opaque_callback_data), else by wamid. Moves
    /// the row forward only (accepted < sent < delivered < read; failed before delivered): it
    /// never moves backwards, and a duplicate changes nothing. A row that was sending, uncertain,
    /// queued for a resend, discarded or cancelled reached Meta after all and takes the status.
    StatusOutcome applyStatus(const QString& clientId, const QString& wamid, const QString& status, int errorCode);

    /// After a restart: every `sending` row becomes `uncertain` (its request may or may not have
    /// reached Meta). Returns how many.
    int recoverAfterRestart();
    /// The queued rows in the order they were written, with only those bulk rows whose job is
    /// running (not scheduled, paused or cancelled): what the driver hands to the limiter on start.
    QList<OutboxRow> queuedRows() const;
    /// Scheduled sends whose time has not come (queued, due_at ahead of the clock), soonest
    /// first: every contact's, or one contact's.
    QList<OutboxRow> scheduledRows(const QString& contact = {}) const;
    /// A queued send's due time (ms; 0 or a past time: at once). False when it is not queued.
    bool setDueAt(qint64 id, qint64 dueAtMs);
    /// queued -> cancelled for one send (a scheduled send the agent cancels).
    bool cancelQueuedRow(qint64 id);
    /// Rows in `state`, oldest first (limit < 0: all).
    QList<OutboxRow> rowsInState(OutboxState state, int limit = -1) const;
    /// One contact's live-lane sends in any of `states`, oldest first (the open thread's outbox rows).
    QList<OutboxRow> liveRowsFor(const QString& contact, const QList<OutboxState>& states) const;
    /// Uncertain rows that have been uncertain since before `sinceMs`.
    QList<OutboxRow> uncertainSince(qint64 sinceMs) const;
    /// Row counts per state, over the whole outbox.
    QHash<OutboxState, int> countsByState() const;

    // Bulk jobs: BulkJobStore's calls, forwarded.
    /// Creates a job record; returns its id, 0 on failure.
    qint64 createBulkJob(const QString& name, const QString& templateName, const QString& agent, QString* error);
    bool setBulkJobState(qint64 job, BulkJobState state);
    std::optional<BulkJobState> bulkJobState(qint64 job) const;
    QList<qint64> bulkJobs() const;
    BulkCounts bulkCounts(qint64 job) const;
    /// The ids of the job's rows in `state`.
    QList<qint64> bulkRowIds(qint64 job, OutboxState state) const;
    /// queued -> cancelled for every queued row of the job, in one transaction; returns the ids.
    QList<qint64> cancelQueued(qint64 job);

    // Campaigns (bulk jobs with a record, a schedule and per-row parameters).
    /// Writes the job (its `state` Running or Scheduled, created now) and its rows in ONE
    /// transaction; each draft's bulkJob is set to the new id. Returns the id (0 on failure) and
    /// the rows' ids in *ids.
    qint64 createCampaign(const BulkJobRecord& job, QList<OutboxDraft> drafts, QList<qint64>* ids, QString* error);
    std::optional<BulkJobRecord> bulkJob(qint64 job) const;
    /// Every job's record, newest first.
    QList<BulkJobRecord> bulkJobRecords() const;
    /// scheduled|paused -> running, stamping when it started and whether late (once: a job that
    /// started keeps its first start). False when the job is in another state.
    bool markBulkJobStarted(qint64 job, qint64 atMs, bool late);
    /// running -> done (and cancelled) with finished_at stamped once. False when nothing changed.
    bool markBulkJobFinished(qint64 job, qint64 atMs);
    /// A new start time for a job that has not started; false otherwise.
    bool setBulkJobSchedule(qint64 job, qint64 atMs);
    /// Scheduled jobs whose time is at or before `nowMs`, oldest time first.
    QList<qint64> dueScheduledJobs(qint64 nowMs) const;
    /// The earliest time of a scheduled job; -1 when none.
    qint64 nextScheduledAtMs() const;
    /// The job's failed rows grouped by error code, largest group first.
    QList<BulkFailure> bulkFailures(qint64 job) const;
    /// Every row of the job, in the order written.
    QList<OutboxRow> bulkRows(qint64 job) const;

private:
    bool insertRows(const QList<OutboxDraft>& drafts, QList<qint64>* ids, QString* error);
    bool transition(qint64 id, const QString& setSql, const QString& fromStates, const QVariantList& values);
    QList<OutboxRow> select(const QString& where, const QVariantList& values, const QString& tail = {}) const;

    const Clock& m_clock;
    store::Database m_db;
    mutable QString m_lastError;
    BulkJobStore m_jobs;
};

} // namespace duet::outbound
