// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk jobs (campaigns) in the outbox file.
#include "BulkJobStore.h"

#include "OutboxText.h"
#include "core/Clock.h"
#include "core/EnumNames.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::outbound {
namespace {

using outboxtext::listToText;
using outboxtext::notNull;
using outboxtext::textToList;

constexpr EnumName<BulkJobStore::BulkJobState> kJobStates[] = {
    {BulkJobStore::BulkJobState::Running, "running"},     {BulkJobStore::BulkJobState::Paused, "paused"},
    {BulkJobStore::BulkJobState::Cancelled, "cancelled"}, {BulkJobStore::BulkJobState::Scheduled, "scheduled"},
    {BulkJobStore::BulkJobState::Done, "done"},
};

std::optional<BulkJobStore::BulkJobState> jobStateFromName(const QString& s)
{
    return fromName(kJobStates, s);
}

QString jobStateName(BulkJobStore::BulkJobState state)
{
    return toName(kJobStates, state);
}

const char* kJobColumns = "id, name, template, language, category, shown_text, parameter_names, agent, state,"
                          " created_at, COALESCE(scheduled_at, 0), started_at, finished_at, started_late, left_out";

BulkJobStore::BulkJobRecord readJob(const QSqlQuery& q)
{
    BulkJobStore::BulkJobRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.templateName = q.value(2).toString();
    r.language = q.value(3).toString();
    r.category = q.value(4).toString();
    r.text = q.value(5).toString();
    r.parameterNames = textToList(q.value(6).toString());
    r.agent = q.value(7).toString();
    r.state = jobStateFromName(q.value(8).toString()).value_or(BulkJobStore::BulkJobState::Cancelled);
    r.createdAtMs = q.value(9).toLongLong();
    r.scheduledAtMs = q.value(10).toLongLong();
    r.startedAtMs = q.value(11).toLongLong();
    r.finishedAtMs = q.value(12).toLongLong();
    r.startedLate = q.value(13).toInt() != 0;
    r.leftOut = q.value(14).toInt();
    return r;
}

} // namespace

BulkJobStore::BulkJobStore(const store::Database& db, const Clock& clock, QString* lastError)
    : m_db(db)
    , m_clock(clock)
    , m_lastError(lastError)
{}

qint64 BulkJobStore::createBulkJob(const QString& name, const QString& templateName, const QString& agent,
                                   QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO bulk_jobs (name, template, agent, state, created_at, started_at)"
                             " VALUES (?, ?, ?, 'running', ?, ?)"));
    q.addBindValue(notNull(name));
    q.addBindValue(notNull(templateName));
    q.addBindValue(notNull(agent));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(m_clock.nowMs());
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 BulkJobStore::insertJob(const BulkJobRecord& job, qint64 nowMs, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO bulk_jobs (name, template, agent, state, created_at, language, category,"
                             " shown_text, parameter_names, scheduled_at, started_at, left_out)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(job.name));
    q.addBindValue(notNull(job.templateName));
    q.addBindValue(notNull(job.agent));
    q.addBindValue(jobStateName(job.state));
    q.addBindValue(nowMs);
    q.addBindValue(notNull(job.language));
    q.addBindValue(notNull(job.category));
    q.addBindValue(notNull(job.text));
    q.addBindValue(listToText(job.parameterNames));
    q.addBindValue(job.scheduledAtMs > 0 ? QVariant(job.scheduledAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(job.state == BulkJobState::Running ? nowMs : 0);
    q.addBindValue(job.leftOut);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool BulkJobStore::setBulkJobState(qint64 job, BulkJobState state)
{
    QSqlQuery q(m_db.connection());
    // A cancelled job stays cancelled.
    // Running again (a done job's uncertain rows sent again) is not finished any more.
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET state = ?,"
                             " finished_at = CASE WHEN ? = 'running' THEN 0 ELSE finished_at END"
                             " WHERE id = ? AND state <> 'cancelled'"));
    q.addBindValue(jobStateName(state));
    q.addBindValue(jobStateName(state));
    q.addBindValue(job);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<BulkJobStore::BulkJobState> BulkJobStore::bulkJobState(qint64 job) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state FROM bulk_jobs WHERE id = ?"));
    q.addBindValue(job);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobStateFromName(q.value(0).toString());
}

QList<qint64> BulkJobStore::bulkJobs() const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id FROM bulk_jobs ORDER BY id"))) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

BulkJobStore::BulkCounts BulkJobStore::bulkCounts(qint64 job) const
{
    BulkCounts counts;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state, count(*) FROM outbox WHERE bulk_job = ? GROUP BY state"));
    q.addBindValue(job);
    if (!q.exec())
        return counts;
    while (q.next()) {
        OutboxState s;
        if (outboxStateFromName(q.value(0).toString(), &s)) {
            counts.byState[s] = q.value(1).toInt();
            counts.total += q.value(1).toInt();
        }
    }
    return counts;
}

QList<qint64> BulkJobStore::bulkRowIds(qint64 job, OutboxState state) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM outbox WHERE bulk_job = ? AND state = ? ORDER BY id"));
    q.addBindValue(job);
    q.addBindValue(outboxStateName(state));
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<qint64> BulkJobStore::cancelQueued(qint64 job)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return {};
    QList<qint64> ids = bulkRowIds(job, OutboxState::Queued);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = ? WHERE bulk_job = ?"
                             " AND state = 'queued'"));
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(job);
    if (!q.exec() || !db.commit()) {
        *m_lastError = q.lastError().text();
        db.rollback();
        return {};
    }
    return ids;
}

std::optional<BulkJobStore::BulkJobRecord> BulkJobStore::bulkJob(qint64 job) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM bulk_jobs WHERE id = ?").arg(QLatin1String(kJobColumns)));
    q.addBindValue(job);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

QList<BulkJobStore::BulkJobRecord> BulkJobStore::bulkJobRecords() const
{
    QList<BulkJobRecord> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM bulk_jobs ORDER BY id DESC").arg(QLatin1String(kJobColumns)))) {
        *m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out << readJob(q);
    return out;
}

bool BulkJobStore::markBulkJobStarted(qint64 job, qint64 atMs, bool late)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET state = 'running',"
                             " started_late = CASE WHEN started_at = 0 THEN ? ELSE started_late END,"
                             " started_at = CASE WHEN started_at = 0 THEN ? ELSE started_at END"
                             " WHERE id = ? AND state IN ('scheduled', 'paused')"));
    q.addBindValue(late ? 1 : 0);
    q.addBindValue(atMs);
    q.addBindValue(job);
    if (!q.exec()) {
        *m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool BulkJobStore::markBulkJobFinished(qint64 job, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET state = CASE WHEN state = 'running' THEN 'done' ELSE state END,"
                             " finished_at = ? WHERE id = ? AND finished_at = 0"
                             " AND state IN ('running', 'cancelled')"));
    q.addBindValue(atMs);
    q.addBindValue(job);
    if (!q.exec()) {
        *m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool BulkJobStore::setBulkJobSchedule(qint64 job, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET scheduled_at = ? WHERE id = ? AND started_at = 0"
                             " AND state IN ('scheduled', 'paused')"));
    q.addBindValue(atMs);
    q.addBindValue(job);
    if (!q.exec()) {
        *m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

QList<qint64> BulkJobStore::dueScheduledJobs(qint64 nowMs) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM bulk_jobs WHERE state = 'scheduled' AND COALESCE(scheduled_at, 0) <= ?"
                             " ORDER BY scheduled_at, id"));
    q.addBindValue(nowMs);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

qint64 BulkJobStore::nextScheduledAtMs() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(COALESCE(scheduled_at, 0)) FROM bulk_jobs WHERE state = 'scheduled'")) ||
        !q.next() || q.value(0).isNull())
        return -1;
    return q.value(0).toLongLong();
}

QList<BulkJobStore::BulkFailure> BulkJobStore::bulkFailures(qint64 job) const
{
    QList<BulkFailure> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT error_code, MIN(error_reason), MIN(remedy), count(*) FROM outbox"
                             " WHERE bulk_job = ? AND state = 'failed' GROUP BY error_code"
                             " ORDER BY count(*) DESC, error_code"));
    q.addBindValue(job);
    if (!q.exec()) {
        *m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out << BulkFailure{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    return out;
}

} // namespace duet::outbound
