// SPDX-License-Identifier: GPL-3.0-or-later
// The cluster's send budget rounds: fair whole-number shares, one-second release, stale rows reclaimed.
#include "BudgetLedger.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace duet::hub {

int BudgetLedger::held(const HubBudgetRow& row, qint64 nowMs)
{
    return nowMs < row.releasedUntilMs ? std::max(row.granted, row.released) : row.granted;
}

HubBudgetRow BudgetLedger::decide(const QList<HubBudgetRow>& rows, const QString& me, int demand, int cap, qint64 nowMs,
                                  const Options& options)
{
    cap = std::max(0, cap);
    demand = std::clamp(demand, 0, cap);
    HubBudgetRow mine;
    mine.instance = me;
    // Live rows in instance order (every hub computes the same division), this one with its demand now.
    QMap<QString, HubBudgetRow> live;
    for (const HubBudgetRow& r : rows) {
        if (r.instance == me)
            mine = r;
        else if (nowMs - r.heartbeatMs <= options.staleMs)
            live.insert(r.instance, r);
    }
    mine.instance = me;
    mine.demand = demand;
    live.insert(me, mine);

    // Whole-number max-min fair shares of the cap among the busy hubs.
    QMap<QString, int> share;
    int left = cap;
    QList<HubBudgetRow> busy;
    for (const HubBudgetRow& r : std::as_const(live)) {
        if (r.demand > 0)
            busy.append(r);
    }
    std::stable_sort(busy.begin(), busy.end(),
                     [](const HubBudgetRow& a, const HubBudgetRow& b) { return a.demand < b.demand; });
    for (qsizetype i = 0; i < busy.size(); ++i) {
        const int remaining = int(busy.size() - i);
        const int grant = std::min(busy.at(i).demand, left / remaining);
        share.insert(busy.at(i).instance, grant);
        left -= grant;
    }
    // What the division leaves (remainders, and what busy hubs do not ask for) goes round the busy
    // hubs one unit at a time in instance order, so one busy hub alone may use the whole cap.
    while (left > 0 && !share.isEmpty()) {
        for (auto it = share.begin(); it != share.end() && left > 0; ++it) {
            ++*it;
            --left;
        }
    }
    const int target = share.value(me, 0);

    int othersHeld = 0;
    for (const HubBudgetRow& r : std::as_const(live)) {
        if (r.instance != me)
            othersHeld += held(r, nowMs);
    }
    const int allowed = std::max(0, std::min(target, cap - othersHeld));
    const int heldBefore = held(mine, nowMs);
    if (allowed < mine.granted) {
        // Giving capacity up: it stays counted for releaseMs, so no sliding second sees it twice.
        mine.released = heldBefore;
        mine.releasedUntilMs = nowMs + options.releaseMs;
    } else if (nowMs >= mine.releasedUntilMs) {
        mine.released = 0;
        mine.releasedUntilMs = 0;
    }
    mine.granted = allowed;
    mine.heartbeatMs = nowMs;
    return mine;
}

BudgetLedger::BudgetLedger(const QString& instance, Options options)
    : m_instance(instance)
    , m_options(options)
{}

BudgetLedger::BudgetLedger(const QString& instance)
    : BudgetLedger(instance, Options{})
{}

BudgetLedger::~BudgetLedger() = default;

bool BudgetLedger::open(const store::DatabaseLocation& location, QString* error)
{
    m_location = location;
    m_db = std::make_unique<store::Database>();
    if (!m_db->open(location, error)) {
        m_db.reset();
        return false;
    }
    return true;
}

bool BudgetLedger::round(int demand, int cap, qint64 nowMs, int* granted, QString* error)
{
    if (!m_db && !open(m_location, error))
        return false;
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    const bool pg = m_db->backend() == store::Backend::Postgres;
    auto fail = [&](const QSqlQuery& query) {
        *error = query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        m_db.reset(); // a broken connection (a restarted server) is opened again next round
        return false;
    };
    // One writer at a time: PostgreSQL locks the table, SQLite takes the write lock at BEGIN.
    if (!q.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q);
    if (pg && !q.exec(QStringLiteral("LOCK TABLE send_budget_hubs IN EXCLUSIVE MODE")))
        return fail(q);
    q.prepare(QStringLiteral("DELETE FROM send_budget_hubs WHERE heartbeat_at < ? AND instance <> ?"));
    q.addBindValue(nowMs - m_options.staleMs);
    q.addBindValue(m_instance);
    if (!q.exec())
        return fail(q);
    if (!q.exec(QStringLiteral(
            "SELECT instance, demand, granted, released, released_until, heartbeat_at FROM send_budget_hubs")))
        return fail(q);
    QList<HubBudgetRow> rows;
    while (q.next()) {
        HubBudgetRow r;
        r.instance = q.value(0).toString();
        r.demand = q.value(1).toInt();
        r.granted = q.value(2).toInt();
        r.released = q.value(3).toInt();
        r.releasedUntilMs = q.value(4).toLongLong();
        r.heartbeatMs = q.value(5).toLongLong();
        rows.append(r);
    }
    const HubBudgetRow mine = decide(rows, m_instance, demand, cap, nowMs, m_options);
    QSqlQuery w(db);
    w.prepare(QStringLiteral("DELETE FROM send_budget_hubs WHERE instance = ?"));
    w.addBindValue(m_instance);
    if (!w.exec())
        return fail(w);
    w.prepare(QStringLiteral("INSERT INTO send_budget_hubs (instance, demand, granted, released, released_until, "
                             "heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)"));
    w.addBindValue(mine.instance);
    w.addBindValue(mine.demand);
    w.addBindValue(mine.granted);
    w.addBindValue(mine.released);
    w.addBindValue(mine.releasedUntilMs);
    w.addBindValue(mine.heartbeatMs);
    if (!w.exec())
        return fail(w);
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    *granted = mine.granted;
    return true;
}

void BudgetLedger::leave(qint64 nowMs)
{
    int granted = 0;
    QString error;
    round(0, 0, nowMs, &granted, &error);
}

} // namespace duet::hub
