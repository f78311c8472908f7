// SPDX-License-Identifier: GPL-3.0-or-later
// What customers asked not to receive: the latest `user_preferences` event per customer.
#include "PreferenceQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::store {

namespace {
constexpr int kBatch = 200; // bound variables per query, well under either backend's limit
} // namespace

bool PreferenceQuery::latest(QSqlDatabase db, const QString& contactKey, const QString& category,
                             CustomerPreference* out, bool* found, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT value, detail, at FROM customer_preferences WHERE contact_key = ?"
                                  " AND category = ?"))) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(contactKey);
    q.addBindValue(category);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *found = q.next();
    if (*found) {
        CustomerPreference p;
        p.contactKey = contactKey;
        p.category = category;
        p.value = q.value(0).toString();
        p.detail = q.value(1).toString();
        p.at = q.value(2).toLongLong();
        *out = p;
    }
    return true;
}

bool PreferenceQuery::stoppedMarketing(QSqlDatabase db, const QStringList& contactKeys, QSet<QString>* stopped,
                                       QString* error)
{
    stopped->clear();
    for (qsizetype start = 0; start < contactKeys.size(); start += kBatch) {
        const QStringList batch = contactKeys.mid(start, kBatch);
        QStringList marks;
        for (qsizetype i = 0; i < batch.size(); ++i)
            marks << QStringLiteral("?");
        const QString in = marks.join(QLatin1Char(','));
        // A key asked for may be one a merge retired: it answers for the conversation it became.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT p.contact_key, NULL FROM customer_preferences p"
                                      " WHERE p.category = ? AND p.value = 'stop' AND p.contact_key IN (%1)"
                                      " UNION ALL SELECT p.contact_key, m.merged_key FROM customer_merges m"
                                      " JOIN customer_preferences p ON p.contact_key = m.into_key"
                                      " WHERE p.category = ? AND p.value = 'stop' AND m.merged_key IN (%1)")
                           .arg(in))) {
            *error = q.lastError().text();
            return false;
        }
        q.addBindValue(QString::fromLatin1(kMarketing));
        for (const QString& key : batch)
            q.addBindValue(key);
        q.addBindValue(QString::fromLatin1(kMarketing));
        for (const QString& key : batch)
            q.addBindValue(key);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            stopped->insert(q.value(1).isNull() ? q.value(0).toString() : q.value(1).toString());
    }
    return true;
}

} // namespace duet::store
