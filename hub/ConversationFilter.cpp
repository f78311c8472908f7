// SPDX-License-Identifier: GPL-3.0-or-later
// An agent's view of the log under `visibility = own`: decisions per event, backfills, command checks.
#include "ConversationFilter.h"

#include "store/CustomerIdentity.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace duet::hub {
namespace {

bool failed(const QSqlQuery& q, QString* error)
{
    if (error)
        *error = q.lastError().text().simplified();
    return false;
}

} // namespace

ConversationFilter::ConversationFilter(QSqlDatabase db, QString agent)
    : m_db(db)
    , m_agent(std::move(agent))
{}

bool ConversationFilter::start(qint64 since, QString* error)
{
    m_assignee.clear();
    if (since <= 0)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT conversation, payload FROM log WHERE kind = 'assignment' AND seq <= ? ORDER BY seq"));
    q.bindValue(0, qlonglong(since));
    if (!q.exec())
        return failed(q, error);
    QHash<QString, QString> current; // the log's key -> the key now
    while (q.next()) {
        const QString logged = q.value(0).toString();
        auto it = current.find(logged);
        if (it == current.end()) {
            QString now;
            if (!store::CustomerIdentity::currentKey(m_db, logged, &now, error))
                return false;
            it = current.insert(logged, now);
        }
        const QString assignee = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                     .object()
                                     .value(QLatin1String("assignee"))
                                     .toString();
        if (assignee.isEmpty())
            m_assignee.remove(*it);
        else
            m_assignee.insert(*it, assignee);
    }
    return true;
}

bool ConversationFilter::keyOf(const QJsonObject& event, QString* key, QString* error)
{
    key->clear();
    const QString conversation = event.value(QLatin1String("conversation")).toString();
    if (!conversation.isEmpty())
        return store::CustomerIdentity::currentKey(m_db, conversation, key, error);
    // A webhook event names its customer by phone, BSUID or parent BSUID.
    for (const char* id : {"contact", "user_id", "parent_user_id"}) {
        const QString value = event.value(QLatin1String(id)).toString();
        if (value.isEmpty())
            continue;
        if (!store::CustomerIdentity::lookup(m_db, value, key, error))
            return false;
        if (!key->isEmpty())
            return true;
    }
    return true; // about no conversation (account, onboarding, templates), or no known customer
}

bool ConversationFilter::decide(const LogEntry& entry, Decision* decision, QString* conversation, QString* error)
{
    if (!keyOf(entry.event, conversation, error))
        return false;
    if (conversation->isEmpty()) {
        *decision = Decision::Send;
        return true;
    }
    const bool before = visible(m_assignee.value(*conversation));
    if (entry.event.value(QLatin1String("kind")).toString() != QLatin1String("assignment")) {
        *decision = before ? Decision::Send : Decision::Skip;
        return true;
    }
    const QString assignee = entry.event.value(QLatin1String("assignee")).toString();
    if (assignee.isEmpty())
        m_assignee.remove(*conversation);
    else
        m_assignee.insert(*conversation, assignee);
    const bool after = visible(assignee);
    *decision =
        before == after ? (after ? Decision::Send : Decision::Skip) : (after ? Decision::Backfill : Decision::Forget);
    return true;
}

bool ConversationFilter::history(const QString& conversation, qint64 before, QList<LogEntry>* entries, QString* error)
{
    // The log names a conversation by its key when the event was written (a command) or by the
    // customer's phone (a webhook): every key merged into this one and every identifier of them.
    QStringList aliases{conversation};
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT merged_key FROM customer_merges WHERE into_key = ?"));
        q.bindValue(0, conversation);
        if (!q.exec())
            return failed(q, error);
        while (q.next())
            aliases << q.value(0).toString();
        const QStringList keys = aliases;
        q.prepare(QStringLiteral("SELECT value FROM customer_ids WHERE contact_key = ?"));
        for (const QString& key : keys) {
            q.bindValue(0, key);
            if (!q.exec())
                return failed(q, error);
            while (q.next())
                aliases << q.value(0).toString();
        }
    }
    aliases.removeDuplicates();
    QStringList marks;
    for (qsizetype i = 0; i < aliases.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, payload FROM log WHERE seq < ? AND kind <> 'presence'"
                             " AND (conversation IS NULL OR conversation IN (%1)) ORDER BY seq")
                  .arg(marks.join(QLatin1Char(','))));
    q.bindValue(0, qlonglong(before));
    for (qsizetype i = 0; i < aliases.size(); ++i)
        q.bindValue(int(i + 1), aliases.at(i));
    if (!q.exec())
        return failed(q, error);
    QList<LogEntry> candidates;
    while (q.next()) {
        candidates.append(LogEntry{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                   QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    }
    for (const LogEntry& e : std::as_const(candidates)) {
        QString key;
        if (!keyOf(e.event, &key, error))
            return false;
        if (key == conversation)
            entries->append(e);
    }
    return true;
}

} // namespace duet::hub
