// SPDX-License-Identifier: GPL-3.0-or-later
// The durable outbox: schema, migrations and guarded state transitions.
#include "OutboxStore.h"

#include "cloudapi/ApiError.h"
#include "core/Clock.h"
#include "core/EnumNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace duet::outbound {
namespace {

constexpr EnumName<OutboxState> kStateNames[] = {
    {OutboxState::Queued, "queued"},       {OutboxState::Sending, "sending"},     {OutboxState::Accepted, "accepted"},
    {OutboxState::Sent, "sent"},           {OutboxState::Delivered, "delivered"}, {OutboxState::Read, "read"},
    {OutboxState::Failed, "failed"},       {OutboxState::Uncertain, "uncertain"}, {OutboxState::Discarded, "discarded"},
    {OutboxState::Cancelled, "cancelled"},
};

constexpr EnumName<OutboxLane> kLaneNames[] = {{OutboxLane::Live, "live"}, {OutboxLane::Bulk, "bulk"}};

constexpr EnumName<OutboxStore::BulkJobState> kJobStates[] = {
    {OutboxStore::BulkJobState::Running, "running"},     {OutboxStore::BulkJobState::Paused, "paused"},
    {OutboxStore::BulkJobState::Cancelled, "cancelled"}, {OutboxStore::BulkJobState::Scheduled, "scheduled"},
    {OutboxStore::BulkJobState::Done, "done"},
};

/// Migration N takes the file from version N-1 to N. Append only; never edit a released one.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> all = {
        // 1: the outbox and its bulk jobs.
        {QStringLiteral("CREATE TABLE outbox_schema_version (version INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO outbox_schema_version (version) VALUES (0)"),
         QStringLiteral("CREATE TABLE bulk_jobs ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " name TEXT NOT NULL,"
                        " template TEXT NOT NULL,"
                        " agent TEXT NOT NULL DEFAULT '',"
                        " state TEXT NOT NULL DEFAULT 'running',"
                        " created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE outbox ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " client_id TEXT NOT NULL UNIQUE,"
                        " contact TEXT NOT NULL,"
                        " conversation TEXT NOT NULL DEFAULT '',"
                        " lane TEXT NOT NULL CHECK (lane IN ('live', 'bulk')),"
                        " kind TEXT NOT NULL,"
                        " body TEXT NOT NULL,"
                        " state TEXT NOT NULL,"
                        " wamid TEXT,"
                        " error_code INTEGER NOT NULL DEFAULT 0,"
                        " error_reason TEXT NOT NULL DEFAULT '',"
                        " remedy TEXT NOT NULL DEFAULT '',"
                        " attempts INTEGER NOT NULL DEFAULT 0,"
                        " created_at INTEGER NOT NULL,"
                        " updated_at INTEGER NOT NULL,"
                        " last_attempt_at INTEGER NOT NULL DEFAULT 0,"
                        " uncertain_since INTEGER NOT NULL DEFAULT 0,"
                        " bulk_job INTEGER REFERENCES bulk_jobs(id),"
                        " agent TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, id)"),
         QStringLiteral("CREATE INDEX outbox_by_wamid ON outbox (wamid)"),
         QStringLiteral("CREATE INDEX outbox_by_job ON outbox (bulk_job, state)")},
        // 2: whether the hub has the send in its log (the desktop's `outbound` report). Sends
        // from before the column existed count as reported.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN reported INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE outbox SET reported = 1 WHERE wamid IS NOT NULL AND wamid <> ''")},
        // 3: the text a template send shows (its rendered body), for the thread and the report.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN shown_text TEXT NOT NULL DEFAULT ''")},
        // 4: one contact's live sends, for the open thread, without reading every failed send.
        {QStringLiteral("CREATE INDEX outbox_by_contact ON outbox (contact, lane, state)")},
        // 5: the few sends the hub has not acknowledged yet, read after every accepted send.
        {QStringLiteral("CREATE INDEX outbox_unreported ON outbox (id) WHERE reported = 0")},
        // 6: campaigns: what a bulk job was created with, its schedule and run, and each row's
        // template parameters.
        {QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN category TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN shown_text TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN parameter_names TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN scheduled_at INTEGER"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN finished_at INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN started_late INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN left_out INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE bulk_jobs SET started_at = created_at"),
         QStringLiteral("CREATE INDEX bulk_jobs_scheduled ON bulk_jobs (scheduled_at) WHERE state = 'scheduled'"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN parameters TEXT NOT NULL DEFAULT ''")},
        // 7: scheduled sends: a queued row is not handed to the limiter before due_at (ms; 0: at once).
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN due_at INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("CREATE INDEX outbox_scheduled ON outbox (contact, due_at) WHERE due_at > 0")},
    };
    return all;
}

/// A null QString binds as SQL NULL: the outbox's text columns want ''.
QString notNull(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

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

std::optional<OutboxStore::BulkJobState> jobStateFromName(const QString& s)
{
    return fromName(kJobStates, s);
}

QString jobStateName(OutboxStore::BulkJobState state)
{
    return toName(kJobStates, state);
}

/// A list of strings as stored: a compact JSON array, '' for none.
QString listToText(const QStringList& list)
{
    if (list.isEmpty())
        return QString(QLatin1String(""));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textToList(const QString& text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    const QJsonArray vList = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto& v : vList)
        out << v.toString();
    return out;
}

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
{}

int OutboxStore::latestSchemaVersion()
{
    return int(migrations().size());
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
    if (!prepareSchema(error)) {
        *error = QStringLiteral("outbox file %1: %2").arg(path, *error);
        m_db.close();
        return false;
    }
    return true;
}

int OutboxStore::schemaVersion() const
{
    QSqlDatabase db = m_db.connection();
    if (!db.tables().contains(QStringLiteral("outbox_schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM outbox_schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool OutboxStore::prepareSchema(QString* error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = QStringLiteral("cannot read its schema version");
        return false;
    }
    if (current > latestSchemaVersion()) {
        *error =
            QStringLiteral("schema version %1 is newer than this program's %2").arg(current).arg(latestSchemaVersion());
        return false;
    }
    QSqlDatabase db = m_db.connection();
    for (int v = current + 1; v <= latestSchemaVersion(); ++v) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        for (const QString& sql : migrations().at(v - 1)) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(v).arg(q.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!q.exec(QStringLiteral("UPDATE outbox_schema_version SET version = %1").arg(v)) || !db.commit()) {
            *error = QStringLiteral("migration %1 failed: %2").arg(v).arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
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

qint64 OutboxStore::createBulkJob(const QString& name, const QString& templateName, const QString& agent,
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

bool OutboxStore::setBulkJobState(qint64 job, BulkJobState state)
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

std::optional<OutboxStore::BulkJobState> OutboxStore::bulkJobState(qint64 job) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT state FROM bulk_jobs WHERE id = ?"));
    q.addBindValue(job);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobStateFromName(q.value(0).toString());
}

QList<qint64> OutboxStore::bulkJobs() const
{
    QList<qint64> ids;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id FROM bulk_jobs ORDER BY id"))) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

OutboxStore::BulkCounts OutboxStore::bulkCounts(qint64 job) const
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

QList<qint64> OutboxStore::bulkRowIds(qint64 job, OutboxState state) const
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

QList<qint64> OutboxStore::cancelQueued(qint64 job)
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
        m_lastError = q.lastError().text();
        db.rollback();
        return {};
    }
    return ids;
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
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO bulk_jobs (name, template, agent, state, created_at, language, category,"
                             " shown_text, parameter_names, scheduled_at, started_at, left_out)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(job.name));
    q.addBindValue(notNull(job.templateName));
    q.addBindValue(notNull(job.agent));
    q.addBindValue(jobStateName(job.state));
    q.addBindValue(now);
    q.addBindValue(notNull(job.language));
    q.addBindValue(notNull(job.category));
    q.addBindValue(notNull(job.text));
    q.addBindValue(listToText(job.parameterNames));
    q.addBindValue(job.scheduledAtMs > 0 ? QVariant(job.scheduledAtMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(job.state == BulkJobState::Running ? now : 0);
    q.addBindValue(job.leftOut);
    if (!q.exec()) {
        *error = q.lastError().text();
        db.rollback();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
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

namespace {

const char* kJobColumns = "id, name, template, language, category, shown_text, parameter_names, agent, state,"
                          " created_at, COALESCE(scheduled_at, 0), started_at, finished_at, started_late, left_out";

OutboxStore::BulkJobRecord readJob(const QSqlQuery& q)
{
    OutboxStore::BulkJobRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.templateName = q.value(2).toString();
    r.language = q.value(3).toString();
    r.category = q.value(4).toString();
    r.text = q.value(5).toString();
    r.parameterNames = textToList(q.value(6).toString());
    r.agent = q.value(7).toString();
    r.state = jobStateFromName(q.value(8).toString()).value_or(OutboxStore::BulkJobState::Cancelled);
    r.createdAtMs = q.value(9).toLongLong();
    r.scheduledAtMs = q.value(10).toLongLong();
    r.startedAtMs = q.value(11).toLongLong();
    r.finishedAtMs = q.value(12).toLongLong();
    r.startedLate = q.value(13).toInt() != 0;
    r.leftOut = q.value(14).toInt();
    return r;
}

} // namespace

std::optional<OutboxStore::BulkJobRecord> OutboxStore::bulkJob(qint64 job) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM bulk_jobs WHERE id = ?").arg(QLatin1String(kJobColumns)));
    q.addBindValue(job);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

QList<OutboxStore::BulkJobRecord> OutboxStore::bulkJobRecords() const
{
    QList<BulkJobRecord> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM bulk_jobs ORDER BY id DESC").arg(QLatin1String(kJobColumns)))) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out << readJob(q);
    return out;
}

bool OutboxStore::markBulkJobStarted(qint64 job, qint64 atMs, bool late)
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
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool OutboxStore::markBulkJobFinished(qint64 job, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET state = CASE WHEN state = 'running' THEN 'done' ELSE state END,"
                             " finished_at = ? WHERE id = ? AND finished_at = 0"
                             " AND state IN ('running', 'cancelled')"));
    q.addBindValue(atMs);
    q.addBindValue(job);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool OutboxStore::setBulkJobSchedule(qint64 job, qint64 atMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE bulk_jobs SET scheduled_at = ? WHERE id = ? AND started_at = 0"
                             " AND state IN ('scheduled', 'paused')"));
    q.addBindValue(atMs);
    q.addBindValue(job);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

QList<qint64> OutboxStore::dueScheduledJobs(qint64 nowMs) const
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

qint64 OutboxStore::nextScheduledAtMs() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(COALESCE(scheduled_at, 0)) FROM bulk_jobs WHERE state = 'scheduled'")) ||
        !q.next() || q.value(0).isNull())
        return -1;
    return q.value(0).toLongLong();
}

QList<OutboxStore::BulkFailure> OutboxStore::bulkFailures(qint64 job) const
{
    QList<BulkFailure> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT error_code, MIN(error_reason), MIN(remedy), count(*) FROM outbox"
                             " WHERE bulk_job = ? AND state = 'failed' GROUP BY error_code"
                             " ORDER BY count(*) DESC, error_code"));
    q.addBindValue(job);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out << BulkFailure{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    return out;
}

QList<OutboxRow> OutboxStore::bulkRows(qint64 job) const
{
    return select(QStringLiteral("bulk_job = ?"), {job}, QStringLiteral("ORDER BY id"));
}

} // namespace duet::outbound
