// SPDX-License-Identifier: GPL-3.0-or-later
// Supervisor figures from the store: one scan per figure, computed in C++ where SQL would be dialect-bound.
#include "TeamQuery.h"

#include "ConversationQuery.h"
#include "Database.h"
#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace duet::store {

qint64 DurationFigures::percentile(QList<qint64> secs, int p)
{
    if (secs.isEmpty())
        return 0;
    std::sort(secs.begin(), secs.end());
    const qsizetype rank = qMax<qsizetype>(1, qsizetype(std::ceil(double(p) / 100.0 * double(secs.size()))));
    return secs.at(qMin(rank, secs.size()) - 1);
}

DurationFigures DurationFigures::of(const QList<qint64>& secs)
{
    return DurationFigures{int(secs.size()), percentile(secs, 50), percentile(secs, 90)};
}

TeamQuery::TeamQuery(QSqlDatabase db)
    : m_db(db)
{}

bool TeamQuery::agentLoads(QList<AgentLoad>* loads, QString* error)
{
    loads->clear();
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  QStringLiteral("SELECT assignee, SUM(CASE WHEN status = 'snoozed' THEN 0 ELSE 1 END),"
                                 " SUM(CASE WHEN status = 'snoozed' THEN 1 ELSE 0 END) FROM conversations"
                                 " WHERE assignee IS NOT NULL AND status NOT IN ('resolved', 'campaign')"
                                 " GROUP BY assignee ORDER BY assignee"),
                  {}, error))
        return false;
    while (q.next())
        loads->append(AgentLoad{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return true;
}

bool TeamQuery::labelsInUse(QStringList* labels, QString* error)
{
    labels->clear();
    QSqlQuery q(m_db);
    if (!runQuery(q, QStringLiteral("SELECT DISTINCT label FROM conversation_labels ORDER BY label"), {}, error))
        return false;
    while (q.next())
        labels->append(q.value(0).toString());
    return true;
}

bool TeamQuery::responseTimes(qint64 fromSecs, qint64 toSecs, ResponseFigures* figures, QString* error)
{
    *figures = {};
    // Every live message of the conversations with a customer message in the period, in order;
    // a turn starts at a customer message with no customer message waiting before it.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!runQuery(q,
                  QStringLiteral("SELECT m.contact_key, m.ts, m.origin, m.agent FROM messages m"
                                 " WHERE m.origin <> 'history' AND m.ts >= ? AND m.contact_key IN"
                                 " (SELECT contact_key FROM messages WHERE origin = 'customer' AND ts >= ? AND ts < ?)"
                                 " ORDER BY m.contact_key, m.ts, m.outbound"),
                  {fromSecs, fromSecs, toSecs}, error))
        return false;
    QList<qint64> all, app;
    QHash<QString, QList<qint64>> byAgent;
    QString key;
    qint64 waitingSince = -1;
    auto closeConversation = [&] {
        if (waitingSince >= 0)
            ++figures->unanswered;
        waitingSince = -1;
    };
    while (q.next()) {
        const QString k = q.value(0).toString();
        if (k != key) {
            closeConversation();
            key = k;
        }
        const qint64 ts = q.value(1).toLongLong();
        const QString origin = q.value(2).toString();
        if (origin == QLatin1String("customer")) {
            if (waitingSince < 0 && ts < toSecs)
                waitingSince = ts;
            continue;
        }
        if (waitingSince < 0)
            continue;
        const qint64 wait = qMax<qint64>(0, ts - waitingSince);
        all << wait;
        if (origin == QLatin1String("app"))
            app << wait;
        else if (origin == QLatin1String("agent") && !q.value(3).toString().isEmpty())
            byAgent[q.value(3).toString()] << wait;
        waitingSince = -1;
    }
    closeConversation();
    figures->all = DurationFigures::of(all);
    figures->phoneApp = DurationFigures::of(app);
    for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it)
        figures->byAgent.insert(it.key(), DurationFigures::of(it.value()));
    return true;
}

bool TeamQuery::resolutionTimes(qint64 fromSecs, qint64 toSecs, DurationFigures* figures, QString* error)
{
    *figures = {};
    QList<qint64> durations;
    if (!resolutions(
            fromSecs, toSecs, [&durations](const QString&, qint64 secs) { durations << secs; }, error))
        return false;
    *figures = DurationFigures::of(durations);
    return true;
}

bool TeamQuery::resolutions(qint64 fromSecs, qint64 toSecs,
                            const std::function<void(const QString& key, qint64 secs)>& each, QString* error)
{
    if (!m_hasStatusHistory)
        m_hasStatusHistory = Schema::hasTable(m_db, QStringLiteral("status_history"));
    if (!m_hasStatusHistory)
        return true; // a store without the team tables: nothing resolved here
    // Customer messages and status changes of the conversations resolved in the period, merged
    // in time order per conversation (status times are ms; messages' seconds).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!runQuery(q,
                  QStringLiteral(
                      "SELECT contact_key, ts, 'customer' FROM messages WHERE origin = 'customer' AND contact_key IN"
                      " (SELECT contact_key FROM status_history WHERE status = 'resolved' AND at >= ? AND at < ?)"
                      " UNION ALL SELECT contact_key, at / 1000, status FROM status_history WHERE contact_key IN"
                      " (SELECT contact_key FROM status_history WHERE status = 'resolved' AND at >= ? AND at < ?)"
                      " ORDER BY 1, 2"),
                  {fromSecs * 1000, toSecs * 1000, fromSecs * 1000, toSecs * 1000}, error))
        return false;
    QString key;
    qint64 openedAt = -1;
    while (q.next()) {
        const QString k = q.value(0).toString();
        if (k != key) {
            key = k;
            openedAt = -1;
        }
        const qint64 at = q.value(1).toLongLong();
        const QString what = q.value(2).toString();
        if (what == QLatin1String("customer")) {
            if (openedAt < 0)
                openedAt = at;
        } else if (what == QLatin1String("resolved")) {
            if (openedAt >= 0 && at >= fromSecs && at < toSecs)
                each(key, qMax<qint64>(0, at - openedAt));
            openedAt = -1;
        }
    }
    return true;
}

bool TeamQuery::closingWithoutReply(qint64 nowSecs, qint64 withinSecs, QList<ClosingConversation>* rows, QString* error)
{
    rows->clear();
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  QStringLiteral("SELECT c.contact_key, k.book_name, k.profile_name, c.assignee, c.last_customer_at,"
                                 " k.username, k.user_id, k.parent_user_id"
                                 " FROM conversations c LEFT JOIN contacts k ON k.contact_key = c.contact_key"
                                 " WHERE c.last_customer_at > ? AND c.last_customer_at <= ?"
                                 " AND c.status NOT IN ('resolved', 'history')"
                                 " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.contact_key = c.contact_key"
                                 " AND m.outbound = 1 AND m.origin <> 'history' AND m.ts >= c.last_customer_at)"
                                 " ORDER BY c.last_customer_at, c.contact_key"),
                  {nowSecs - 86400, nowSecs - 86400 + withinSecs}, error))
        return false;
    while (q.next()) {
        ClosingConversation c;
        c.contactKey = q.value(0).toString();
        c.bookName = q.value(1).toString();
        c.profileName = q.value(2).toString();
        c.username = q.value(5).toString();
        c.userId = q.value(6).toString();
        c.parentUserId = q.value(7).toString();
        c.displayName = customerDisplayName(c.contactKey, c.bookName, c.profileName, c.username);
        c.assignee = q.value(3).toString();
        c.lastCustomerAt = q.value(4).toLongLong();
        c.windowClosesAt = c.lastCustomerAt + 86400;
        rows->append(c);
    }
    return true;
}

} // namespace duet::store
