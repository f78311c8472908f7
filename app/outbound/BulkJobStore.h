// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk jobs (campaigns) in the outbox file: their records, states, schedules and per-job counts.
#pragma once

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

/// The bulk_jobs table of the outbox file, and what a job's outbox rows add up to. It shares the
/// OutboxStore's connection (OutboxStore owns one: OutboxStore::jobs()); writing a job together
/// with its rows in one transaction is OutboxStore::createCampaign(). Failures of the calls that
/// return no error are written to *lastError (the owner's lastError()).
///     const qint64 job = outbox.jobs().createBulkJob(name, templateName, agent, &error);
class BulkJobStore
{
public:
    /// A bulk job's (a campaign's) state. Scheduled: its rows are written but wait for their
    /// time; Done: nothing is left to send or to reconcile (resend-uncertain runs it again).
    enum class BulkJobState : quint8 { Running, Paused, Cancelled, Scheduled, Done };

    /// A bulk job's counts per state, for progress.
    struct BulkCounts
    {
        QHash<OutboxState, int> byState;
        int total = 0;
        int count(OutboxState s) const { return byState.value(s, 0); }
    };

    /// A bulk job's record: what a campaign was created with and when it ran.
    struct BulkJobRecord
    {
        qint64 id = 0;
        QString name;
        QString templateName;
        QString language;
        QString category; ///< MARKETING, UTILITY, AUTHENTICATION or empty
        QString text;     ///< the template as read, with its placeholders
        QStringList parameterNames;
        QString agent; ///< who created it
        BulkJobState state = BulkJobState::Running;
        qint64 createdAtMs = 0;
        qint64 scheduledAtMs = 0; ///< 0: started at creation
        qint64 startedAtMs = 0;
        qint64 finishedAtMs = 0;
        bool startedLate = false;
        int leftOut = 0;
    };

    /// A bulk job's failed rows with one error code.
    struct BulkFailure
    {
        int code = 0;
        QString reason;
        QString remedy;
        int count = 0;
    };

    BulkJobStore(const store::Database& db, const Clock& clock, QString* lastError);

    /// Creates a job record; returns its id, 0 on failure.
    qint64 createBulkJob(const QString& name, const QString& templateName, const QString& agent, QString* error);
    /// Writes a campaign's record (its `state` Running or Scheduled, created at nowMs) inside the
    /// caller's transaction; returns its id, 0 on failure.
    qint64 insertJob(const BulkJobRecord& job, qint64 nowMs, QString* error);
    bool setBulkJobState(qint64 job, BulkJobState state);
    std::optional<BulkJobState> bulkJobState(qint64 job) const;
    QList<qint64> bulkJobs() const;
    BulkCounts bulkCounts(qint64 job) const;
    /// The ids of the job's rows in `state`.
    QList<qint64> bulkRowIds(qint64 job, OutboxState state) const;
    /// queued -> cancelled for every queued row of the job, in one transaction; returns the ids.
    QList<qint64> cancelQueued(qint64 job);
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

private:
    const store::Database& m_db;
    const Clock& m_clock;
    QString* m_lastError;
};

} // namespace duet::outbound
