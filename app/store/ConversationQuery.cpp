// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationQuery.h"

#include "Schema.h"
#include "core/CustomerId.h"
#include "core/PhoneFormat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::store {
namespace {

const char kSelect[] =
    "SELECT c.contact_key, k.profile_name, k.book_name, c.phone_number_id, c.last_activity_at, c.last_wamid,"
    " m.body, m.edited_text, m.edited_at, m.type, m.deleted, c.last_customer_at, c.referral_at, c.assignee,"
    " c.status, c.unread_count, c.window_closes_at, k.wa_id, k.user_id, k.parent_user_id, k.username,"
    " m.details FROM conversations c LEFT JOIN contacts k ON k.contact_key = c.contact_key"
    " LEFT JOIN messages m ON m.wamid = c.last_wamid";

ConversationSummary rowOf(const QSqlQuery& q, qint64 now, qint64 margin)
{
    ConversationSummary s;
    s.contactKey = q.value(0).toString();
    s.profileName = q.value(1).toString();
    s.bookName = q.value(2).toString();
    s.waId = q.value(17).toString();
    s.userId = q.value(18).toString();
    s.parentUserId = q.value(19).toString();
    s.username = q.value(20).toString();
    s.lastDetails = q.value(21).toString();
    s.displayName = customerDisplayName(s.contactKey, s.bookName, s.profileName, s.username);
    s.phoneNumberId = q.value(3).toString();
    s.lastActivityAt = q.value(4).toLongLong();
    s.lastWamid = q.value(5).toString();
    s.lastText = q.value(8).isNull() ? q.value(6).toString() : q.value(7).toString();
    s.lastType = q.value(9).toString();
    s.lastDeleted = q.value(10).toInt() != 0;
    s.lastCustomerAt = q.value(11).toLongLong();
    s.referralAt = q.value(12).toLongLong();
    s.assignee = q.value(13).toString();
    s.status = q.value(14).toString();
    s.unread = q.value(15).toInt();
    s.window = ServiceWindow::at(s.lastCustomerAt, now, margin);
    return s;
}

constexpr qsizetype kMaxPrepared = 32;

} // namespace

QString customerDisplayName(const QString& contactKey, const QString& bookName, const QString& profileName,
                            const QString& username)
{
    if (!bookName.isEmpty())
        return bookName;
    if (!profileName.isEmpty())
        return profileName;
    if (!username.isEmpty())
        return QLatin1Char('@') + username;
    if (CustomerId::isPhoneKey(contactKey))
        return PhoneFormat::international(contactKey);
    return contactKey;
}

bool ConversationSummary::hasPhone() const
{
    return CustomerId::isPhoneKey(contactKey);
}

ConversationQuery::ConversationQuery(QSqlDatabase db, qint64 closingMarginSecs)
    : m_margin(closingMarginSecs)
    , m_db(db)
{}

bool ConversationQuery::page(const ConversationFilter& filter, Sort sort, const ConversationCursor& after, int limit,
                             qint64 nowSecs, QList<ConversationSummary>* rows, ConversationCursor* next, QString* error)
{
    rows->clear();
    QString sql = QString::fromLatin1(kSelect) + QLatin1String(" WHERE 1 = 1");
    QVariantList values;
    // Conversations only a campaign's template made are in no queue until the customer answers
    // (their threads open from search, the contact or the campaign's recipients: find()).
    if (filter.status != QLatin1String("campaign"))
        sql += QLatin1String(" AND c.status <> 'campaign'");
    if (filter.unassigned) {
        // Conversations only imported history made are nobody's work until the customer writes.
        sql += QLatin1String(" AND c.assignee IS NULL AND c.status <> 'history'");
    } else if (!filter.assignee.isEmpty()) {
        sql += QLatin1String(" AND c.assignee = ?");
        values << filter.assignee;
    }
    if (!filter.status.isEmpty()) {
        sql += QLatin1String(" AND c.status = ?");
        values << filter.status;
    }
    if (!filter.label.isEmpty()) {
        sql += QLatin1String(
            " AND EXISTS (SELECT 1 FROM conversation_labels l WHERE l.contact_key = c.contact_key AND l.label = ?)");
        values << filter.label;
    }
    if (filter.unreadOnly)
        sql += QLatin1String(" AND c.unread_count > 0");
    if (filter.window) {
        sql += QLatin1String(" AND c.status <> 'history'"); // imported windows are no one's to answer
        // The same boundaries as ServiceWindow::at().
        switch (*filter.window) {
        case ServiceWindow::State::None:
            sql += QLatin1String(" AND c.window_closes_at IS NULL");
            break;
        case ServiceWindow::State::Open:
            sql += QLatin1String(" AND c.window_closes_at >= ?");
            values << qlonglong(nowSecs + m_margin);
            break;
        case ServiceWindow::State::Closing:
            sql += QLatin1String(" AND c.window_closes_at > ? AND c.window_closes_at < ?");
            values << qlonglong(nowSecs) << qlonglong(nowSecs + m_margin);
            break;
        case ServiceWindow::State::Closed:
            sql += QLatin1String(" AND c.window_closes_at <= ?");
            values << qlonglong(nowSecs);
            break;
        }
    }
    if (sort == ByActivity) {
        if (!after.isNull()) {
            // A row-value comparison: both backends turn it into one index range.
            sql += QLatin1String(" AND (c.last_activity_at, c.contact_key) < (?, ?)");
            values << qlonglong(after.sortKey) << after.contactKey;
        }
        sql += QLatin1String(" ORDER BY c.last_activity_at DESC, c.contact_key DESC LIMIT ?");
    } else {
        sql += QLatin1String(" AND c.window_closes_at IS NOT NULL");
        if (!after.isNull()) {
            sql += QLatin1String(" AND (c.window_closes_at, c.contact_key) > (?, ?)");
            values << qlonglong(after.sortKey) << after.contactKey;
        }
        sql += QLatin1String(" ORDER BY c.window_closes_at, c.contact_key LIMIT ?");
    }
    values << limit;
    QSqlQuery* q = prepared(sql, error);
    if (!q)
        return false;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    while (q->next()) {
        rows->append(rowOf(*q, nowSecs, m_margin));
        if (next)
            *next = cursorAt(rows->last(), sort);
    }
    q->finish();
    if (next && rows->isEmpty())
        *next = after;
    return loadLabels(rows, error);
}

ConversationCursor ConversationQuery::cursorAt(const ConversationSummary& row, Sort sort)
{
    return {sort == ByActivity ? row.lastActivityAt : row.window.closesAt, row.contactKey};
}

bool ConversationQuery::find(const QString& contactKey, qint64 nowSecs, ConversationSummary* row, bool* found,
                             QString* error)
{
    QSqlQuery* q = prepared(QString::fromLatin1(kSelect) + QLatin1String(" WHERE c.contact_key = ?"), error);
    if (!q)
        return false;
    q->bindValue(0, contactKey);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    *found = q->next();
    if (!*found)
        return true;
    QList<ConversationSummary> rows{rowOf(*q, nowSecs, m_margin)};
    q->finish();
    if (!loadLabels(&rows, error))
        return false;
    *row = rows.first();
    return true;
}

bool ConversationQuery::mergedInto(const QString& contactKey, QStringList* keys, QString* error)
{
    keys->clear();
    QSqlQuery* q = prepared(
        QStringLiteral("SELECT merged_key FROM customer_merges WHERE into_key = ? ORDER BY merged_key"), error);
    if (!q)
        return false;
    q->bindValue(0, contactKey);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    while (q->next())
        keys->append(q->value(0).toString());
    q->finish();
    return true;
}

bool ConversationQuery::snoozes(const QString& contactKey, QList<Snooze>* rows, QString* error)
{
    rows->clear();
    if (!m_hasSnoozes)
        m_hasSnoozes = Schema::hasTable(m_db, QStringLiteral("conversation_snoozes"));
    if (!m_hasSnoozes)
        return true; // a store without the team tables: nothing is snoozed
    QSqlQuery* q = prepared(contactKey.isEmpty() ? QStringLiteral("SELECT contact_key, until FROM conversation_snoozes")
                                                 : QStringLiteral("SELECT contact_key, until FROM conversation_snoozes "
                                                                  "WHERE contact_key = ?"),
                            error);
    if (!q)
        return false;
    if (!contactKey.isEmpty())
        q->bindValue(0, contactKey);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    while (q->next())
        rows->append(Snooze{q->value(0).toString(), q->value(1).toLongLong()});
    q->finish();
    return true;
}

bool ConversationQuery::loadLabels(QList<ConversationSummary>* rows, QString* error)
{
    if (rows->isEmpty())
        return true;
    QStringList marks;
    marks.reserve(rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i)
        marks << QStringLiteral("?");
    // Pages have a handful of sizes (the page size, the last page, one row): each stays prepared.
    QSqlQuery* q = prepared(QStringLiteral("SELECT contact_key, label FROM conversation_labels"
                                           " WHERE contact_key IN (%1) ORDER BY contact_key, label")
                                .arg(marks.join(QLatin1Char(','))),
                            error);
    if (!q)
        return false;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        q->bindValue(int(i), rows->at(i).contactKey);
        index.insert(rows->at(i).contactKey, i);
    }
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    while (q->next()) {
        const auto it = index.constFind(q->value(0).toString());
        if (it != index.cend())
            (*rows)[*it].labels << q->value(1).toString();
    }
    q->finish();
    return true;
}

QSqlQuery* ConversationQuery::prepared(const QString& sql, QString* error)
{
    std::shared_ptr<QSqlQuery>& q = m_prepared[sql];
    if (!q) {
        if (m_prepared.size() > kMaxPrepared) { // one per filter combination in use; stays small
            m_prepared.clear();
            return prepared(sql, error);
        }
        q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            *error = q->lastError().text();
            m_prepared.remove(sql);
            return nullptr;
        }
    }
    return q.get();
}

} // namespace duet::store
