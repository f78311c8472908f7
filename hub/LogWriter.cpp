// SPDX-License-Identifier: GPL-3.0-or-later
// One transaction per batch: journal, apply, append with gap-free seqs, commit.
#include "LogWriter.h"

#include "HubMetrics.h"
#include "HubSchema.h"
#include "LogWriterPrivate.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/Clock.h"
#include "core/EventJson.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QVariant>

Q_LOGGING_CATEGORY(lcWriter, "duet.hub.writer")

namespace duet::hub {

namespace {

/// The database's own condition behind a failed statement or COMMIT. SQLite's primary result
/// codes (Qt's native code; its COMMIT error keeps only SQLite's text) and PostgreSQL's SQLSTATE.
LogWriter::Fault faultOf(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (code == QLatin1String("13") || code == QLatin1String("53100") ||
        text.contains(QLatin1String("database or disk is full")) ||
        text.contains(QLatin1String("No space left on device")))
        return LogWriter::Fault::DiskFull;
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_NOMEM 7, SQLITE_IOERR 10, SQLITE_CANTOPEN 14;
    // PostgreSQL: 08 connection, 40 rollback (serialization, deadlock), 53 other insufficient
    // resources (memory, connections), 57 operator intervention (shutdown), 58 system error (I/O).
    static const QStringList sqlite{QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("10"),
                                    QStringLiteral("14")};
    if (sqlite.contains(code))
        return LogWriter::Fault::Transient;
    for (const char* prefix : {"08", "40", "53", "57", "58"}) {
        if (code.size() == 5 && code.startsWith(QLatin1String(prefix)))
            return LogWriter::Fault::Transient;
    }
    if (text.contains(QLatin1String("disk I/O error")) || text.contains(QLatin1String("database is locked")))
        return LogWriter::Fault::Transient;
    return LogWriter::Fault::None;
}

} // namespace

LogWriter::LogWriter(const Clock& clock, HubMetrics* metrics)
    : m_clock(clock)
    , m_metrics(metrics)
{}

LogWriter::~LogWriter()
{
    close();
}

void LogWriter::close()
{
    m_queries.clear();
    m_team.reset();
    m_events.reset();
    m_db.close();
}

bool LogWriter::open(const store::DatabaseLocation& location, QString* error)
{
    close();
    // A webhook gets 200 only after its commit: the commit must be on disk (synchronous=FULL).
    store::DatabaseLocation durable = location;
    durable.durable = true;
    if (!m_db.open(durable, error))
        return false;
    if (!HubSchema::prepare(m_db.connection(), m_db.backend(), error)) {
        m_db.close();
        return false;
    }
    m_events = std::make_unique<store::EventApplier>(m_db.connection(), m_clock);
    // Safe on PostgreSQL too: begin() forgets what the applier remembers whenever another writer
    // committed since this one's last transaction.
    m_events->setCacheLookups(true);
    m_lastHead = -1;
    m_team = std::make_unique<store::TeamApplier>(m_db.connection(), m_db.backend(), *m_events);
    return true;
}

bool LogWriter::ping()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

qint64 LogWriter::head()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq FROM log_head WHERE id = 1")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString LogWriter::bodyHash(const QByteArray& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QSqlQuery& LogWriter::prepared(int id, const QString& sql)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(sql);
        it = m_queries.insert(id, q);
    }
    return **it;
}

bool LogWriter::exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text().simplified();
    noteFault(q.lastError());
    return false;
}

LogWriter::Fault LogWriter::faultAfter(const QString& error) const
{
    // The appliers report errors as text: theirs is read too.
    return m_fault != Fault::None ? m_fault : faultOf(QSqlError(QString(), error));
}

void LogWriter::noteFault(const QSqlError& error)
{
    const Fault fault = faultOf(error);
    if (fault != Fault::None && m_fault != Fault::DiskFull)
        m_fault = fault;
}

qint64 LogWriter::queueLogRow(Tx& tx, const QJsonObject& event, const QString& conversation, qint64 journalId,
                              const QString& agent)
{
    const qint64 next = tx.head + 1;
    tx.pendingLog.append({qlonglong(next), qlonglong(tx.atMs), event.value(QLatin1String("kind")).toString(),
                          conversation.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(conversation),
                          QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)),
                          journalId > 0 ? QVariant(qlonglong(journalId)) : QVariant(QMetaType(QMetaType::LongLong)),
                          agent.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(agent)});
    tx.head = next;
    tx.entries.append(LogEntry{next, tx.atMs, event});
    return next;
}

bool LogWriter::append(Tx& tx, const QJsonObject& event, const QString& conversation, qint64 journalId,
                       const QString& agent, qint64* seq)
{
    const qint64 next = queueLogRow(tx, event, conversation, journalId, agent);
    if (!flushLog(tx))
        return false;
    if (seq)
        *seq = next;
    return true;
}

bool LogWriter::appendEvents(Tx& tx, const QList<Event>& events, qint64 journalId)
{
    for (const Event& e : events) {
        queueLogRow(tx, eventToJson(e), e.contact, journalId, {});
        tx.kinds.append(e.kind);
    }
    return flushLog(tx);
}

QString LogWriter::takeForeign(QList<Event>* events)
{
    if (m_phoneNumberId.isEmpty())
        return QString();
    QStringList others;
    int taken = 0;
    for (qsizetype i = events->size() - 1; i >= 0; --i) {
        const QString& id = events->at(i).phoneNumberId;
        if (id.isNull() || id == m_phoneNumberId)
            continue; // this hub's number, or no number at all (account updates)
        if (!others.contains(id))
            others.prepend(id);
        events->removeAt(i);
        ++taken;
    }
    if (taken == 0)
        return QString();
    for (const QString& id : std::as_const(others)) {
        if (!m_foreignSeen.contains(id)) {
            m_foreignSeen.insert(id);
            qCWarning(lcWriter).noquote() << "webhook events for phone_number_id" << id << "(this hub serves"
                                          << m_phoneNumberId + QStringLiteral("): journaled, not applied");
        }
    }
    return QStringLiteral("%1 event(s) for another number (phone_number_id %2) not applied: this hub serves %3")
        .arg(taken)
        .arg(others.join(QStringLiteral(", ")), m_phoneNumberId);
}

QSqlQuery& LogWriter::multiRow(int id, const QString& head, const QString& row, const QString& tail, int rows)
{
    auto it = m_queries.find(id * kMultiRowIds + rows);
    if (it == m_queries.end()) {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values << row;
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->prepare(head + values.join(QStringLiteral(", ")) + tail);
        it = m_queries.insert(id * kMultiRowIds + rows, q);
    }
    return **it;
}

bool LogWriter::flushLog(Tx& tx)
{
    constexpr int kColumns = 7;
    const QList<QVariantList>& rows = tx.pendingLog;
    for (qsizetype first = 0; first < rows.size(); first += kMaxRowsPerStatement) {
        const int n = int(qMin<qsizetype>(kMaxRowsPerStatement, rows.size() - first));
        QSqlQuery& q =
            multiRow(InsertLog,
                     QStringLiteral("INSERT INTO log (seq, at, kind, conversation, payload, journal_id, agent)"
                                    " VALUES "),
                     QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"), QString(), n);
        for (int r = 0; r < n; ++r) {
            const QVariantList& row = rows.at(first + r);
            for (int c = 0; c < kColumns; ++c)
                q.bindValue(r * kColumns + c, row.at(c));
        }
        if (!exec(q, &tx.error))
            return false;
    }
    tx.pendingLog.clear();
    return true;
}

bool LogWriter::processBodies(Tx& tx, const QList<QByteArray>& bodies, QList<BodyResult>* results)
{
    // One run of consecutive bodies, in as few round trips as the rows allow: their journal rows
    // in one INSERT, all their events in one apply() (the applier works in order, and writes each
    // conversation and profile once), their log rows in one INSERT.
    struct Body
    {
        QString hash;
        cloudapi::DecodeResult decoded;
        QList<Event> events; ///< those for this hub's number
        QString foreign;
        bool journal = false; ///< the first copy in this run: to be journaled
    };
    QList<Body> run;
    run.reserve(bodies.size());
    QSet<QString> seen;
    QList<int> toJournal;
    for (const QByteArray& body : bodies) {
        Body b;
        b.hash = bodyHash(body);
        b.decoded = cloudapi::WebhookDecoder::decode(body);
        b.events = b.decoded.events;
        b.foreign = b.decoded.ok() ? takeForeign(&b.events) : QString();
        b.journal = !seen.contains(b.hash); // a second copy of the same bytes is a duplicate
        seen.insert(b.hash);
        if (b.journal)
            toJournal.append(int(run.size()));
        run.append(std::move(b));
    }
    constexpr int kColumns = 6;
    QHash<QString, qint64> journaled; // body_hash -> the id of the row this run inserted
    for (qsizetype first = 0; first < toJournal.size(); first += kMaxRowsPerStatement) {
        const int n = int(qMin<qsizetype>(kMaxRowsPerStatement, toJournal.size() - first));
        QSqlQuery& j =
            multiRow(InsertJournal,
                     QStringLiteral("INSERT INTO journal (received_at, body, body_hash, state, events, reason)"
                                    " VALUES "),
                     QStringLiteral("(?, ?, ?, ?, ?, ?)"),
                     QStringLiteral(" ON CONFLICT (body_hash) DO NOTHING RETURNING id, body_hash"), n);
        for (int r = 0; r < n; ++r) {
            const int index = toJournal.at(first + r);
            const Body& b = run.at(index);
            const int at = r * kColumns;
            j.bindValue(at, qlonglong(tx.atMs));
            j.bindValue(at + 1, bodies.at(index));
            j.bindValue(at + 2, b.hash);
            j.bindValue(at + 3, b.decoded.ok() ? QStringLiteral("applied") : QStringLiteral("undecodable"));
            j.bindValue(at + 4, int(b.events.size())); // the events applied: those for this hub's number
            j.bindValue(at + 5, !b.decoded.ok()      ? QVariant(b.decoded.reason)
                                : b.foreign.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                     : QVariant(b.foreign));
        }
        if (!exec(j, &tx.error))
            return false;
        while (j.next()) // a body already journaled is no row here: its events are in the log
            journaled.insert(j.value(1).toString(), j.value(0).toLongLong());
        j.finish();
    }
    QList<Event> events;
    QList<qint64> journalIds; // per event
    for (Body& b : run) {
        const auto id = journaled.constFind(b.hash);
        if (!b.journal || id == journaled.cend()) {
            results->append(BodyResult::Duplicate);
            continue;
        }
        if (!b.decoded.ok()) {
            results->append(BodyResult::Undecodable);
            continue;
        }
        if (!b.foreign.isNull()) {
            ++tx.foreignBodies;
            if (b.events.isEmpty()) {
                results->append(BodyResult::Foreign);
                continue;
            }
        }
        results->append(BodyResult::Applied);
        for (const Event& e : std::as_const(b.events)) {
            events.append(e);
            journalIds.append(*id);
        }
    }
    if (events.isEmpty())
        return true;
    if (!m_events->apply(events, &tx.error))
        return false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        queueLogRow(tx, eventToJson(events.at(i)), events.at(i).contact, journalIds.at(i), {});
        tx.kinds.append(events.at(i).kind);
    }
    return flushLog(tx);
}

bool LogWriter::begin(Tx& tx)
{
    QSqlDatabase db = m_db.connection();
    m_fault = Fault::None;
    if (!db.transaction()) {
        tx.error = db.lastError().text().simplified();
        noteFault(db.lastError());
        return false;
    }
    // The lock: every writer's first statement. Held until COMMIT or ROLLBACK.
    QSqlQuery& lock = prepared(LockHead, QStringLiteral("UPDATE log_head SET seq = seq WHERE id = 1 RETURNING seq"));
    QElapsedTimer waiting;
    waiting.start();
    if (!exec(lock, &tx.error) || !lock.next()) {
        if (tx.error.isEmpty())
            tx.error = QStringLiteral("log_head has no row");
        db.rollback();
        return false;
    }
    tx.head = tx.firstHead = lock.value(0).toLongLong();
    lock.finish();
    tx.lockWaitNs = waiting.nsecsElapsed();
    tx.locked.start();
    // Every writer of the log takes this lock first, so an unchanged head means nobody else
    // wrote since this writer's last commit: what the applier remembers still holds.
    if (tx.firstHead != m_lastHead)
        m_events->discardCaches();
    return true;
}

bool LogWriter::finish(Tx& tx)
{
    QSqlDatabase db = m_db.connection();
    const auto rollBack = [&] {
        db.rollback();
        m_events->discardCaches(); // what the applier remembered of this transaction is gone with it
        m_lastHead = -1;
        return false;
    };
    if (tx.head != tx.firstHead) {
        if (m_db.backend() == store::Backend::Postgres) {
            // The head and the notification to the other hubs (delivered at COMMIT) in one round trip.
            QSqlQuery& head =
                prepared(Notify, QStringLiteral("WITH h AS (UPDATE log_head SET seq = ? WHERE id = 1"
                                                " RETURNING seq) SELECT pg_notify('duet_log', ?) FROM h"));
            head.bindValue(0, qlonglong(tx.head));
            head.bindValue(1, QString::number(tx.head));
            if (!exec(head, &tx.error))
                return rollBack();
            head.finish();
        } else {
            QSqlQuery& head = prepared(SetHead, QStringLiteral("UPDATE log_head SET seq = ? WHERE id = 1"));
            head.bindValue(0, qlonglong(tx.head));
            if (!exec(head, &tx.error))
                return rollBack();
        }
    }
    if (!db.commit()) {
        tx.error = db.lastError().text().simplified();
        noteFault(db.lastError());
        return rollBack();
    }
    m_lastHead = tx.head;
    return true;
}

LogWriter::Outcome LogWriter::commit(const QList<Item>& items)
{
    Outcome out;
    if (!m_db.isOpen()) {
        out.error = QStringLiteral("no database connection");
        return out;
    }
    const qint64 started = m_clock.nowMs();
    Tx tx;
    tx.atMs = started;
    if (!begin(tx)) {
        out.error = tx.error;
        out.fault = faultAfter(tx.error);
        return out;
    }
    QList<QByteArray> bodies;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        bool ok = true;
        if (std::holds_alternative<QByteArray>(item)) {
            bodies.clear();
            for (; i < items.size() && std::holds_alternative<QByteArray>(items.at(i)); ++i)
                bodies.append(std::get<QByteArray>(items.at(i)));
            --i; // the loop's ++i steps onto the item after the run
            ok = processBodies(tx, bodies, &out.bodies);
        } else if (const auto* hubEvent = std::get_if<HubEvent>(&item)) {
            CommandResult r;
            ok = processHubEvent(tx, *hubEvent, &r);
            out.results.append(r);
        } else {
            CommandResult r;
            ok = processCommand(tx, std::get<CommandRequest>(item), &r);
            out.results.append(r);
        }
        if (!ok) {
            m_db.connection().rollback();
            m_events->discardCaches();
            out = Outcome{};
            out.error = tx.error;
            out.fault = faultAfter(tx.error);
            return out;
        }
    }
    if (!finish(tx)) {
        m_events->discardCaches();
        out = Outcome{};
        out.error = tx.error;
        out.fault = faultAfter(tx.error);
        return out;
    }
    out.committed = true;
    out.entries = std::move(tx.entries);
    out.head = tx.head;
    if (m_metrics) {
        m_metrics->observeLogLock(double(tx.lockWaitNs) / 1e9, double(tx.locked.nsecsElapsed()) / 1e9);
        for (EventKind k : tx.kinds)
            m_metrics->countEvent(k);
        for (int i = 0; i < tx.foreignBodies; ++i)
            m_metrics->countForeignNumberBody();
        m_metrics->setLogHead(tx.head);
    }
    return out;
}

bool LogWriter::journalUnapplied(const QByteArray& body, const QString& why, QString* error)
{
    if (!m_db.isOpen()) {
        *error = QStringLiteral("no database connection");
        return false;
    }
    Tx tx;
    tx.atMs = m_clock.nowMs();
    if (!begin(tx)) {
        *error = tx.error;
        return false;
    }
    QSqlQuery& j = prepared(
        InsertJournal, QStringLiteral("INSERT INTO journal (received_at, body, body_hash, state, events, reason)"
                                      " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (body_hash) DO NOTHING RETURNING id"));
    j.bindValue(0, qlonglong(tx.atMs));
    j.bindValue(1, body);
    j.bindValue(2, bodyHash(body));
    j.bindValue(3, QStringLiteral("undecodable"));
    j.bindValue(4, 0);
    j.bindValue(5, QStringLiteral("not applied: %1").arg(why));
    if (!exec(j, &tx.error)) {
        m_db.connection().rollback();
        *error = tx.error;
        return false;
    }
    j.finish();
    if (!finish(tx)) {
        *error = tx.error;
        return false;
    }
    return true;
}

int LogWriter::redecode(QString* error, int* stillUndecodable)
{
    QList<QPair<qint64, QByteArray>> rows;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, body FROM journal WHERE state = 'undecodable' ORDER BY id"))) {
            *error = q.lastError().text();
            return -1;
        }
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    }
    int fixed = 0, still = 0;
    for (const auto& [id, body] : rows) {
        const cloudapi::DecodeResult decoded = cloudapi::WebhookDecoder::decode(body);
        if (!decoded.ok()) {
            ++still;
            continue;
        }
        QList<Event> events = decoded.events;
        const QString foreign = takeForeign(&events);
        Tx tx;
        tx.atMs = m_clock.nowMs();
        if (!begin(tx)) {
            *error = tx.error;
            return -1;
        }
        QSqlQuery& mark = prepared(MarkApplied, QStringLiteral("UPDATE journal SET state = 'applied', events = ?,"
                                                               " reason = ? WHERE id = ?"));
        mark.bindValue(0, int(events.size()));
        mark.bindValue(1, foreign.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(foreign));
        mark.bindValue(2, qlonglong(id));
        if (!m_events->apply(events, &tx.error) || !appendEvents(tx, events, id) || !exec(mark, &tx.error)) {
            m_db.connection().rollback();
            m_events->discardCaches();
            *error = tx.error;
            return -1;
        }
        if (!finish(tx)) {
            *error = tx.error;
            return -1;
        }
        ++fixed;
    }
    if (stillUndecodable)
        *stillUndecodable = still;
    return fixed;
}

} // namespace duet::hub
