// SPDX-License-Identifier: GPL-3.0-or-later
// The sync_state table.
#include "ReplicaState.h"

#include "store/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace duet::sync {

ReplicaState::ReplicaState(QSqlDatabase db)
    : m_db(db)
{}

bool ReplicaState::load(const QString& hubUrl, qint64* seq, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT last_seq FROM sync_state WHERE hub_url = ?"));
    q.addBindValue(hubUrl);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *seq = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool ReplicaState::record(const QString& hubUrl, qint64 seq, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (hub_url, last_seq) VALUES (?, ?)"
                             " ON CONFLICT (hub_url) DO UPDATE SET last_seq = excluded.last_seq"));
    q.addBindValue(hubUrl);
    q.addBindValue(qlonglong(seq));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// A row of its own beside the hub's seq; '#' never occurs in a hub's key (URLs without fragment).
bool ReplicaState::loadFiltered(const QString& hubUrl, bool* filtered, QString* error)
{
    qint64 value = 0;
    if (!load(hubUrl + QStringLiteral("#filtered"), &value, error))
        return false;
    *filtered = value != 0;
    return true;
}

bool ReplicaState::recordFiltered(const QString& hubUrl, bool filtered, QString* error)
{
    return record(hubUrl + QStringLiteral("#filtered"), filtered ? 1 : 0, error);
}

bool ReplicaState::reset(QString* error)
{
    QStringList tables = store::Schema::tables();
    // The team tables (store::TeamApplier) hold log state too.
    tables << QStringLiteral("conversation_snoozes") << QStringLiteral("notes") << QStringLiteral("presence")
           << QStringLiteral("outbound_reports") << QStringLiteral("sync_state");
    const QStringList existing = m_db.tables();
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    for (const QString& table : tables) {
        if (!existing.contains(table))
            continue;
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
            *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace duet::sync
