// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's running totals, kept by the write path: counted in memory, written once per batch.
#include "ActivityTotals.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace duet::store {
namespace {

constexpr int kRowsPerStatement = 100;

bool live(const ActivityTotals::Row* row)
{
    return row && row->origin != QLatin1String("history");
}

QVariant nullableTime(qint64 secs)
{
    return secs < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(secs));
}

} // namespace

ActivityTotals::ActivityTotals(QSqlDatabase db)
    : m_db(db)
{}

ActivityTotals::~ActivityTotals() = default;

int ActivityTotals::waitBin(qint64 secs)
{
    static const qint64 bounds[] = {60, 300, 900, 3600, 14400, 86400};
    int bin = 0;
    for (const qint64 b : bounds) {
        if (secs < b)
            return bin;
        ++bin;
    }
    return bin;
}

void ActivityTotals::setCacheStates(bool cache)
{
    m_cacheStates = cache;
    if (!cache)
        m_cache.clear();
}

QSqlQuery& ActivityTotals::prepared(const QString& sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql) && m_error.isEmpty())
            m_error = QStringLiteral("cannot prepare %1: %2").arg(sql, q->lastError().text());
        it = m_queries.insert(sql, q);
    }
    return **it;
}

bool ActivityTotals::exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    if (m_error.isEmpty())
        m_error = q.lastError().text();
    return false;
}

bool ActivityTotals::prepare(const QString& key, QString* error)
{
    if (m_pending.contains(key))
        return true;
    Pending p;
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend()) {
        p.state = *cached;
    } else if (!load(key, &p.state)) {
        if (error)
            *error = m_error;
        return false;
    }
    p.known = true;
    m_pending.insert(key, p);
    return true;
}

bool ActivityTotals::load(const QString& key, State* st)
{
    *st = State();
    // One round trip: the last live message (the latest second, outbound when one was sent in
    // it: outbound messages come after inbound ones within a second) and the latest turn.
    QSqlQuery& q = prepared(
        QStringLiteral("WITH last AS (SELECT ts FROM messages WHERE contact_key = ? AND origin <> 'history'"
                       " ORDER BY ts DESC LIMIT 1),"
                       " turn AS (SELECT started_at, replied_at FROM customer_turns WHERE contact_key = ?"
                       " ORDER BY started_at DESC LIMIT 1)"
                       " SELECT (SELECT ts FROM last),"
                       " (SELECT MAX(o.outbound) FROM messages o, last WHERE o.contact_key = ? AND o.ts = last.ts"
                       " AND o.origin <> 'history'),"
                       " (SELECT COUNT(*) FROM turn), (SELECT started_at FROM turn), (SELECT replied_at FROM turn)"));
    q.bindValue(0, key);
    q.bindValue(1, key);
    q.bindValue(2, key);
    if (!exec(q))
        return false;
    if (q.next()) {
        if (!q.value(0).isNull()) {
            st->lastTs = q.value(0).toLongLong();
            st->lastDir = q.value(1).toInt() != 0 ? 1 : 0;
        }
        if (q.value(2).toInt() > 0) {
            st->hasStart = true;
            st->lastStart = q.value(3).toLongLong();
            st->recorded = st->lastDir == 0 && q.value(4).isNull();
        }
    }
    q.finish();
    return true;
}

void ActivityTotals::count(const Row& row, int sign)
{
    if (row.origin.isEmpty() || row.origin == QLatin1String("history"))
        return;
    const qint64 hour = hourOf(row.ts);
    m_hours[HourKey(hour, row.origin, 0)] += sign;
    if (row.origin != QLatin1String("agent") ||
        (row.pricingCategory.isNull() && row.billable < 0 && row.pricingType.isNull()))
        return;
    int billed = 2;
    if (row.billable >= 0)
        billed = row.billable != 0 ? 1 : 0;
    else if (row.pricingType == QLatin1String("free_customer_service") ||
             row.pricingType == QLatin1String("free_entry_point"))
        billed = 0;
    else if (row.pricingType == QLatin1String("regular"))
        billed = 1;
    m_hours[HourKey(hour, QLatin1String("cost:") + row.pricingCategory.toLower(), billed)] += sign;
}

void ActivityTotals::noteRow(const QString& key, const Row* before, const Row* after)
{
    if (before)
        count(*before, -1);
    if (after)
        count(*after, 1);
    const bool wasLive = live(before);
    const bool isLive = live(after);
    if (wasLive && isLive && before->ts == after->ts && before->outbound == after->outbound)
        return; // the same place in the conversation's order
    if (!wasLive && !isLive)
        return;
    Pending& p = m_pending[key]; // a conversation not prepared is recomputed
    for (const Row* row : {before, after}) {
        if (live(row)) {
            p.earliest = p.touched ? std::min(p.earliest, row->ts) : row->ts;
            p.touched = true;
        }
    }
    if (wasLive || !p.known)
        p.recompute = true; // a message left its place: what followed it may change
    if (isLive)
        p.added.append(Position{after->ts, after->outbound});
}

void ActivityTotals::noteMerge(const QString& from, const QString& into)
{
    for (const QString& key : {from, into}) {
        Pending& p = m_pending[key];
        p.recompute = true;
        p.fromStart = true;
        m_cache.remove(key);
    }
}

bool ActivityTotals::noteForget(const QString& key, QString* error)
{
    QSqlQuery& rows = prepared(
        QStringLiteral("SELECT ts, outbound, origin, pricing_category, pricing_billable, pricing_type FROM messages"
                       " WHERE contact_key = ? AND origin <> 'history'"));
    rows.bindValue(0, key);
    if (!exec(rows)) {
        if (error)
            *error = m_error;
        return false;
    }
    while (rows.next()) {
        Row r;
        r.ts = rows.value(0).toLongLong();
        r.outbound = rows.value(1).toInt() != 0;
        r.origin = rows.value(2).toString();
        r.pricingCategory = rows.value(3).toString();
        r.billable = rows.value(4).isNull() ? -1 : rows.value(4).toInt();
        r.pricingType = rows.value(5).toString();
        count(r, -1);
    }
    rows.finish();
    Pending& p = m_pending[key];
    p.recompute = true;
    p.fromStart = true;
    m_cache.remove(key);
    return true;
}

void ActivityTotals::step(State& st, const QString& key, const Position& p)
{
    if (!p.outbound) {
        if (st.lastDir != 0) {
            // A turn begins, unless one began in this very second (it is that one).
            if (!st.hasStart || st.lastStart != p.ts) {
                m_turns[{key, p.ts}] = -1;
                m_hours[HourKey(hourOf(p.ts), QStringLiteral("opened"), 0)] += 1;
                st.recorded = true;
            } else {
                st.recorded = false;
            }
            st.hasStart = true;
            st.lastStart = p.ts;
        }
        st.lastDir = 0;
    } else {
        if (st.lastDir == 0 && st.recorded) {
            m_turns[{key, st.lastStart}] = p.ts;
            m_hours[HourKey(hourOf(st.lastStart), QStringLiteral("first_response"), waitBin(p.ts - st.lastStart))] += 1;
            st.recorded = false;
        }
        st.lastDir = 1;
    }
    st.lastTs = p.ts;
}

bool ActivityTotals::recompute(const QString& key, const Pending& p, State* st)
{
    // From the latest turn that began before the earliest change: everything before it stands.
    qint64 from = std::numeric_limits<qint64>::min();
    if (!p.fromStart) {
        QSqlQuery& anchor = prepared(
            QStringLiteral("SELECT MAX(started_at) FROM customer_turns WHERE contact_key = ? AND started_at < ?"));
        anchor.bindValue(0, key);
        anchor.bindValue(1, qlonglong(p.earliest));
        if (!exec(anchor))
            return false;
        if (anchor.next() && !anchor.value(0).isNull())
            from = anchor.value(0).toLongLong();
        anchor.finish();
    }
    QSqlQuery& old = prepared(
        QStringLiteral("SELECT started_at, replied_at FROM customer_turns WHERE contact_key = ? AND started_at >= ?"));
    old.bindValue(0, key);
    old.bindValue(1, qlonglong(from));
    if (!exec(old))
        return false;
    while (old.next()) {
        const qint64 start = old.value(0).toLongLong();
        m_hours[HourKey(hourOf(start), QStringLiteral("opened"), 0)] -= 1;
        if (!old.value(1).isNull())
            m_hours[HourKey(hourOf(start), QStringLiteral("first_response"),
                            waitBin(old.value(1).toLongLong() - start))] -= 1;
    }
    old.finish();
    QSqlQuery& drop = prepared(QStringLiteral("DELETE FROM customer_turns WHERE contact_key = ? AND started_at >= ?"));
    drop.bindValue(0, key);
    drop.bindValue(1, qlonglong(from));
    if (!exec(drop))
        return false;
    QSqlQuery& msgs = prepared(QStringLiteral("SELECT ts, outbound FROM messages WHERE contact_key = ?"
                                              " AND origin <> 'history' AND ts >= ? ORDER BY ts, outbound"));
    msgs.bindValue(0, key);
    msgs.bindValue(1, qlonglong(from));
    if (!exec(msgs))
        return false;
    *st = State();
    while (msgs.next())
        step(*st, key, Position{msgs.value(0).toLongLong(), msgs.value(1).toInt() != 0});
    msgs.finish();
    return true;
}

bool ActivityTotals::flush(QString* error)
{
    m_error.clear();
    bool ok = true;
    for (auto it = m_pending.begin(); ok && it != m_pending.end(); ++it) {
        Pending& p = *it;
        State st = p.state;
        if (!p.recompute && !p.added.isEmpty()) {
            std::stable_sort(p.added.begin(), p.added.end(), [](const Position& a, const Position& b) {
                return std::make_pair(a.ts, a.outbound) < std::make_pair(b.ts, b.outbound);
            });
            const Position& first = p.added.constFirst();
            if (st.lastDir >= 0 &&
                std::make_pair(first.ts, int(first.outbound)) < std::make_pair(st.lastTs, st.lastDir)) {
                p.recompute = true; // it lands among the messages held
                p.earliest = first.ts;
                p.touched = true;
            }
        }
        if (p.recompute) {
            ok = recompute(it.key(), p, &st);
        } else {
            for (const Position& pos : std::as_const(p.added))
                step(st, it.key(), pos);
        }
        if (ok && m_cacheStates)
            m_cache.insert(it.key(), st);
    }
    ok = ok && writeTurns() && writeHours();
    m_pending.clear();
    m_turns.clear();
    m_hours.clear();
    if (!ok) {
        m_cache.clear();
        if (error)
            *error = m_error.isEmpty() ? QStringLiteral("database error") : m_error;
        return false;
    }
    if (m_cache.size() > m_cacheLimit)
        m_cache.clear();
    return true;
}

bool ActivityTotals::writeTurns()
{
    auto it = m_turns.cbegin();
    while (it != m_turns.cend()) {
        const int rows = int(std::min<std::size_t>(kRowsPerStatement, std::distance(it, m_turns.cend())));
        QString sql = QStringLiteral("INSERT INTO customer_turns (contact_key, started_at, replied_at) VALUES ");
        for (int i = 0; i < rows; ++i)
            sql += i ? QStringLiteral(", (?, ?, ?)") : QStringLiteral("(?, ?, ?)");
        sql += QStringLiteral(" ON CONFLICT (contact_key, started_at) DO UPDATE SET replied_at = excluded.replied_at");
        QSqlQuery& q = prepared(sql);
        for (int i = 0; i < rows; ++i, ++it) {
            q.bindValue(i * 3, it->first.first);
            q.bindValue(i * 3 + 1, qlonglong(it->first.second));
            q.bindValue(i * 3 + 2, nullableTime(it->second));
        }
        if (!exec(q))
            return false;
    }
    return true;
}

bool ActivityTotals::writeHours()
{
    QList<HourKey> keys;
    QList<HourKey> lowered;
    for (const auto& [key, n] : m_hours) {
        if (n != 0)
            keys << key;
        if (n < 0)
            lowered << key;
    }
    for (qsizetype at = 0; at < keys.size(); at += kRowsPerStatement) {
        const qsizetype rows = std::min<qsizetype>(kRowsPerStatement, keys.size() - at);
        QString sql = QStringLiteral("INSERT INTO activity_hours (hour, kind, bin, n) VALUES ");
        for (qsizetype i = 0; i < rows; ++i)
            sql += i ? QStringLiteral(", (?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?)");
        sql += QStringLiteral(" ON CONFLICT (hour, kind, bin) DO UPDATE SET n = activity_hours.n + excluded.n");
        QSqlQuery& q = prepared(sql);
        for (qsizetype i = 0; i < rows; ++i) {
            const HourKey& k = keys[at + i];
            q.bindValue(int(i * 4), qlonglong(std::get<0>(k)));
            q.bindValue(int(i * 4 + 1), std::get<1>(k));
            q.bindValue(int(i * 4 + 2), std::get<2>(k));
            q.bindValue(int(i * 4 + 3), qlonglong(m_hours.at(k)));
        }
        if (!exec(q))
            return false;
    }
    // A count taken back to nothing leaves no row, as the totals computed afresh have none.
    for (const HourKey& k : std::as_const(lowered)) {
        QSqlQuery& q =
            prepared(QStringLiteral("DELETE FROM activity_hours WHERE hour = ? AND kind = ? AND bin = ? AND n = 0"));
        q.bindValue(0, qlonglong(std::get<0>(k)));
        q.bindValue(1, std::get<1>(k));
        q.bindValue(2, std::get<2>(k));
        if (!exec(q))
            return false;
    }
    return true;
}

void ActivityTotals::discard()
{
    m_pending.clear();
    m_turns.clear();
    m_hours.clear();
    m_cache.clear();
}

} // namespace duet::store
