// SPDX-License-Identifier: GPL-3.0-or-later
// The durable outbox: its rows and their guarded state transitions.
#include "OutboxStore.h"

#include "OutboxSchema.h"
#include "OutboxText.h"
#include "cloudapi/ApiError.h"
#include "core/Clock.h"
#include "core/EnumNames.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace duet::outbound {
namespace {

using outboxtext::listToText;
using outboxtext::notNull;
using outboxtext::textToList;

constexpr EnumName<OutboxState> kStateNames[] = {
    {OutboxState::Queued, "queued"},       {OutboxState::Sending, "sending"},     {OutboxState::Accepted, "accepted"},
    {OutboxState::Sent, "sent"},           {OutboxState::Delivered, "delivered"}, {OutboxState::Read, "read"},
    {OutboxState::Failed, "failed"},       {OutboxState::Uncertain, "uncertain"}, {OutboxState::Discarded, "discarded"},
    {OutboxState::Cancelled, "cancelled"},
};

constexpr EnumName<OutboxLane> kLaneNames[] = {{OutboxLane::Live, "live"}, {OutboxLane::Bulk, "bulk"}};

QString stateSql(OutboxState s)
{
    return QLatin1Char('\'') + outboxStateName(s) + QLatin1Char('\'');
}

QString statesSql(std::initializer_list<OutboxState> states)
{
    QStringList parts;
    for (OutboxState s : states)
        parts << stateSql(s);
    return parts.join(QLatin1Char(','));
}

/// The forward order of a send that reached Meta; 0 for states before (or beside) acceptance.
int progressRank(OutboxState s)
{
    switch (s) {
    case OutboxState::Accepted:
        return 1;
    case OutboxState::Sent:
        return 2;
    case OutboxState::Delivered:
        return 3;
    case OutboxState::Read:
        return 4;
    default:
        return 0;
    }
}

const char* kColumns = "id, client_id, contact, conversation, lane, kind, body, state, wamid, error_code, error_reason,"
                       " remedy, attempts, created_at, updated_at, last_attempt_at, uncertain_since, bulk_job, agent,"
                       " shown_text, parameters, due_at";

} // namespace

QString outboxStateName(OutboxState state)
{
    return toName(kStateNames, state);
}

bool outboxStateFromName(QStringView name, OutboxState* state)
{
    return fromName(kStateNames, name, state);
}

QString outboxLaneName(OutboxLane lane)
{
    return toName(kLaneNames, lane);
}

OutboxLane outboxLaneFromName(QStringView name)
{
    return fromName(kLaneNames, name).value_or(OutboxLane::Live);
}

bool isFinalState(OutboxState state)
{
    return state != OutboxState::Queued && state != OutboxState::Sending && state != OutboxState::Uncertain;
}

OutboxStore::OutboxStore(const Clock& clock)
    : m_clock(clock)
    , m_jobs(m_db, clock, &m_lastError)
{}

int OutboxStore::latestSchemaVersion()
{
    return OutboxSchema::latestVersion();
}

bool OutboxStore::open(const QString& path, QString* error)
{
    store::DatabaseLocation location;
    location.path = path;
    if (!m_db.open(location, error))
        return false;
    // Every transition is fsynced before the driver acts on it: with WAL and synchronous=NORMAL
    // a power loss may drop the last commits, and a lost `sending` mark would let a send that
    // reached Meta go out again. FULL costs one fsync per transition (about 40 a second at the cap).
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        *error = QStringLiteral("cannot set up outbox file %1: %2").arg(path, q.lastError().text());
        m_db.close();
        return false;
    }
    if (!OutboxSchema::prepare(m_db.connection(), error)) {
        *error = QStringLiteral("outbox file %1: %2").arg(path, *error);
        m_db.close();
        return false;
    }
    return true;
}

int OutboxStore::schemaVersion() const
{
    QString error;
    return OutboxSchema::version(m_db.connection(), &error);
}

qint64 OutboxStore::insert(const OutboxDraft& draft, QString* error)
{
    const QList<qint64> ids = insertAll({draft}, error);
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> OutboxStore::insertAll(const QList<OutboxDraft>& drafts, QString* error)
{
    QList<qint64> ids;
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return {};
    }
    if (!insertRows(drafts, &ids, error)) {
        db.rollback();
        return {};
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return {};
    }
    return ids;
}

bool OutboxStore::insertRows(const QList<OutboxDraft>& drafts, QList<qint64>* ids, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox (client_id, contact, conversation, lane, kind, body, state,"
                             " created_at, updated_at, bulk_job, agent, shown_text, parameters, due_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = m_clock.nowMs();
    for (const OutboxDraft& d : drafts) {
        if (d.clientId.isEmpty() || d.contact.isEmpty() || d.kind.isEmpty() || d.body.isEmpty()) {
            *error = QStringLiteral("a send needs a client id, a contact, a kind and a body");
            return false;
        }
        q.addBindValue(d.clientId);
        q.addBindValue(d.contact);
        q.addBindValue(notNull(d.conversation));
        q.addBindValue(outboxLaneName(d.lane));
        q.addBindValue(d.kind);
        q.addBindValue(QString::fromUtf8(QJsonDocument(d.body).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(d.bulkJob > 0 ? QVariant(d.bulkJob) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(notNull(d.agent));
        q.addBindValue(notNull(d.text));
        q.addBindValue(listToText(d.parameters));
        q.addBindValue(qMax<qint64>(0, d.dueAtMs));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        ids->append(q.lastInsertId().toLongLong());
    }
    return true;
}

QList<OutboxRow> OutboxStore::select(const QString& where, const QVariantList& values, const QString& tail) const
{
    QList<OutboxRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE %2 %3").arg(QLatin1String(kColumns), where, tail));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        OutboxRow r;
        r.id = q.value(0).toLongLong();
        r.clientId = q.value(1).toString();
        r.contact = q.value(2).toString();
        r.conversation = q.value(3).toString();
        r.lane = outboxLaneFromName(q.value(4).toString());
        r.kind = q.value(5).toString();
        r.body = q.value(6).toString().toUtf8();
        outboxStateFromName(q.value(7).toString(), &r.state);
        r.wamid = q.value(8).toString();
        r.errorCode = q.value(9).toInt();
        r.errorReason = q.value(10).toString();
        r.remedy = q.value(11).toString();
        r.attempts = q.value(12).toInt();
        r.createdAtMs = q.value(13).toLongLong();
        r.updatedAtMs = q.value(14).toLongLong();
        r.lastAttemptAtMs = q.value(15).toLongLong();
        r.uncertainSinceMs = q.value(16).toLongLong();
        r.bulkJob = q.value(17).toLongLong();
        r.agent = q.value(18).toString();
        r.text = q.value(19).toString();
        r.parameters = textToList(q.value(20).toString());
        r.dueAtMs = q.value(21).toLongLong();
        rows << r;
    }
    return rows;
}

std::optional<OutboxRow> OutboxStore::row(qint64 id) const
{
    const QList<OutboxRow> rows = select(QStringLiteral("id = ?"), {id});
    return rows.isEmpty() ? std::nullopt : std::optional<OutboxRow>(rows.first());
}

std::optional<OutboxRow> OutboxStore::rowByClientId(const QString& clientId) const
{
    const QList<OutboxRow> rows = select(QStringLiteral("client_id = ?"), {clientId});
    return rows.isEmpty() ? std::nullopt : std::optional<OutboxRow>(rows.first());
}

std::optional<OutboxRow> OutboxStore::rowByWamid(const QString& wamid) const
{
    const QList<OutboxRow> rows = select(QStringLiteral("wamid = ?"), {wamid}, QStringLiteral("LIMIT 1"));
    return rows.isEmpty() ? std::nullopt : std::optional<OutboxRow>(rows.first());
}

bool OutboxStore::transition(qint64 id, const QString& setSql, const QString& fromStates, const QVariantList& values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE outbox SET %1, updated_at = ? WHERE id = ? AND state IN (%2)").arg(setSql, fromStates));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(m_clock.nowMs());
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool OutboxStore::markSending(qint64 id)
{
    return transition(id, QStringLiteral("state = 'sending', attempts = attempts + 1, last_attempt_at = ?"),
                      stateSql(OutboxState::Queued), {m_clock.nowMs()});
}

bool OutboxStore::markAccepted(qint64 id, const QString& wamid)
{
    return transition(id, QStringLiteral("state = 'accepted', wamid = ?, uncertain_since = 0"),
                      statesSql({OutboxState::Sending, OutboxState::Uncertain}), {wamid});
}

bool OutboxStore::markReported(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET reported = 1 WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() > 0;
}

QList<OutboxRow> OutboxStore::unreportedRows(int limit) const
{
    return select(QStringLiteral("wamid IS NOT NULL AND wamid <> '' AND reported = 0"), {},
                  QStringLiteral("ORDER BY id LIMIT %1").arg(qMax(1, limit)));
}

bool OutboxStore::markRequeued(qint64 id)
{
    return transition(id, QStringLiteral("state = 'queued'"), stateSql(OutboxState::Sending), {});
}

bool OutboxStore::markFailed(qint64 id, int code, const QString& reason, const QString& remedy)
{
    return transition(id, QStringLiteral("state = 'failed', error_code = ?, error_reason = ?, remedy = ?"),
                      statesSql({OutboxState::Queued, OutboxState::Sending}), {code, reason, remedy});
}

bool OutboxStore::markUncertain(qint64 id)
{
    return transition(id, QStringLiteral("state = 'uncertain', uncertain_since = ?"), stateSql(OutboxState::Sending),
                      {m_clock.nowMs()});
}

bool OutboxStore::resendUncertain(qint64 id)
{
    return transition(id, QStringLiteral("state = 'queued', uncertain_since = 0"), stateSql(OutboxState::Uncertain),
                      {});
}

bool OutboxStore::discardUncertain(qint64 id)
{
    return transition(id, QStringLiteral("state = 'discarded'"), stateSql(OutboxState::Uncertain), {});
}

OutboxStore::StatusOutcome OutboxStore::applyStatus(const QString& clientId, const QString& wamid,
                                                    const QString& status, int errorCode)
{
    StatusOutcome out;
    std::optional<OutboxRow> r;
    if (!clientId.isEmpty())
        r = rowByClientId(clientId);
    if (!r && !wamid.isEmpty())
        r = rowByWamid(wamid);
    if (!r)
        return out;
    out.id = r->id;
    out.before = out.after = r->state;

    OutboxState target;
    if (status == QLatin1String("sent"))
        target = OutboxState::Sent;
    else if (status == QLatin1String("delivered"))
        target = OutboxState::Delivered;
    else if (status == QLatin1String("read") || status == QLatin1String("played"))
        target = OutboxState::Read;
    else if (status == QLatin1String("failed"))
        target = OutboxState::Failed;
    else
        return out;

    const int rank = progressRank(r->state);
    bool applies = false;
    switch (r->state) {
    case OutboxState::Queued:
    case OutboxState::Sending:
    case OutboxState::Uncertain:
    case OutboxState::Discarded:
    case OutboxState::Cancelled:
        applies = true; // it reached Meta after all: the status is the truth
        break;
    case OutboxState::Failed:
        applies = r->wamid.isEmpty() && target != OutboxState::Failed; // refused locally, yet a send went out
        break;
    default:
        applies = target == OutboxState::Failed ? rank <= progressRank(OutboxState::Sent) : progressRank(target) > rank;
        break;
    }
    if (!applies)
        return out;

    QString set = QStringLiteral("state = ?, uncertain_since = 0, wamid = COALESCE(NULLIF(?, ''), wamid)");
    QVariantList values = {outboxStateName(target), notNull(wamid)};
    if (target == OutboxState::Failed) {
        cloudapi::ApiError e;
        e.code = errorCode;
        e.category = cloudapi::classify(errorCode);
        set += QStringLiteral(", error_code = ?, error_reason = ?, remedy = ?");
        values << errorCode << QString::fromLatin1(reason::kMetaError) << QString::fromUtf8(cloudapi::remedySource(e));
    }
    if (transition(r->id, set, stateSql(r->state), values)) {
        out.after = target;
        out.changed = true;
    }
    return out;
}

int OutboxStore::recoverAfterRestart()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'uncertain', uncertain_since = ?, updated_at = ?"
                             " WHERE state = 'sending'"));
    const qint64 now = m_clock.nowMs();
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

QList<OutboxRow> OutboxStore::queuedRows() const
{
    return select(QStringLiteral("state = 'queued' AND (bulk_job IS NULL OR bulk_job IN"
                                 " (SELECT id FROM bulk_jobs WHERE state = 'running'))"),
                  {}, QStringLiteral("ORDER BY id"));
}

QList<OutboxRow> OutboxStore::scheduledRows(const QString& contact) const
{
    if (contact.isEmpty())
        return select(QStringLiteral("state = 'queued' AND due_at > ?"), {m_clock.nowMs()},
                      QStringLiteral("ORDER BY due_at, id"));
    return select(QStringLiteral("contact = ? AND state = 'queued' AND due_at > ?"), {contact, m_clock.nowMs()},
                  QStringLiteral("ORDER BY due_at, id"));
}

bool OutboxStore::setDueAt(qint64 id, qint64 dueAtMs)
{
    return transition(id, QStringLiteral("due_at = ?"), stateSql(OutboxState::Queued), {qMax<qint64>(0, dueAtMs)});
}

bool OutboxStore::cancelQueuedRow(qint64 id)
{
    return transition(id, QStringLiteral("state = 'cancelled'"), stateSql(OutboxState::Queued), {});
}

QList<OutboxRow> OutboxStore::rowsInState(OutboxState state, int limit) const
{
    return select(QStringLiteral("state = ?"), {outboxStateName(state)},
                  limit < 0 ? QStringLiteral("ORDER BY id") : QStringLiteral("ORDER BY id LIMIT %1").arg(limit));
}

QList<OutboxRow> OutboxStore::liveRowsFor(const QString& contact, const QList<OutboxState>& states) const
{
    if (states.isEmpty())
        return {};
    QStringList marks;
    QVariantList values{contact};
    for (OutboxState state : states) {
        marks << QStringLiteral("?");
        values << outboxStateName(state);
    }
    return select(QStringLiteral("contact = ? AND lane = 'live' AND state IN (%1)").arg(marks.join(QLatin1Char(','))),
                  values, QStringLiteral("ORDER BY id"));
}

QList<OutboxRow> OutboxStore::uncertainSince(qint64 sinceMs) const
{
    return select(QStringLiteral("state = 'uncertain' AND uncertain_since <= ?"), {sinceMs},
                  QStringLiteral("ORDER BY id"));
}

QHash<OutboxState, int> OutboxStore::countsByState() const
{
    QHash<OutboxState, int> counts;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state")))
        return counts;
    while (q.next()) {
        OutboxState s;
        if (outboxStateFromName(q.value(0).toString(), &s))
            counts[s] = q.value(1).toInt();
    }
    return counts;
}

qint64 OutboxStore::createCampaign(const BulkJobRecord& job, QList<OutboxDraft> drafts, QList<qint64>* ids,
                                   QString* error)
{
    if (job.state != BulkJobState::Running && job.state != BulkJobState::Scheduled) {
        *error = QStringLiteral("a new campaign is running or scheduled");
        return 0;
    }
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return 0;
    }
    const qint64 id = m_jobs.insertJob(job, m_clock.nowMs(), error);
    if (id == 0) {
        db.rollback();
        return 0;
    }
    for (OutboxDraft& d : drafts)
        d.bulkJob = id;
    QList<qint64> rowIds;
    if (!insertRows(drafts, &rowIds, error)) {
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return 0;
    }
    if (ids)
        *ids = rowIds;
    return id;
}

QList<OutboxRow> OutboxStore::bulkRows(qint64 job) const
{
    return select(QStringLiteral("bulk_job = ?"), {job}, QStringLiteral("ORDER BY id"));
}

qint64 OutboxStore::createBulkJob(const QString& name, const QString& templateName, const QString& agent,
                                  QString* error)
{
    return m_jobs.createBulkJob(name, templateName, agent, error);
}

bool OutboxStore::setBulkJobState(qint64 job, BulkJobState state)
{
    return m_jobs.setBulkJobState(job, state);
}

std::optional<OutboxStore::BulkJobState> OutboxStore::bulkJobState(qint64 job) const
{
    return m_jobs.bulkJobState(job);
}

QList<qint64> OutboxStore::bulkJobs() const
{
    return m_jobs.bulkJobs();
}

OutboxStore::BulkCounts OutboxStore::bulkCounts(qint64 job) const
{
    return m_jobs.bulkCounts(job);
}

QList<qint64> OutboxStore::bulkRowIds(qint64 job, OutboxState state) const
{
    return m_jobs.bulkRowIds(job, state);
}

QList<qint64> OutboxStore::cancelQueued(qint64 job)
{
    return m_jobs.cancelQueued(job);
}

std::optional<OutboxStore::BulkJobRecord> OutboxStore::bulkJob(qint64 job) const
{
    return m_jobs.bulkJob(job);
}

QList<OutboxStore::BulkJobRecord> OutboxStore::bulkJobRecords() const
{
    return m_jobs.bulkJobRecords();
}

bool OutboxStore::markBulkJobStarted(qint64 job, qint64 atMs, bool late)
{
    return m_jobs.markBulkJobStarted(job, atMs, late);
}

bool OutboxStore::markBulkJobFinished(qint64 job, qint64 atMs)
{
    return m_jobs.markBulkJobFinished(job, atMs);
}

bool OutboxStore::setBulkJobSchedule(qint64 job, qint64 atMs)
{
    return m_jobs.setBulkJobSchedule(job, atMs);
}

QList<qint64> OutboxStore::dueScheduledJobs(qint64 nowMs) const
{
    return m_jobs.dueScheduledJobs(nowMs);
}

qint64 OutboxStore::nextScheduledAtMs() const
{
    return m_jobs.nextScheduledAtMs();
}

QList<OutboxStore::BulkFailure> OutboxStore::bulkFailures(qint64 job) const
{
    return m_jobs.bulkFailures(job);
}

} // namespace duet::outbound
