// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadQuery.h"

#include "Schema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace duet::store {
namespace {

const char kSelect[] =
    "SELECT wamid, contact_key, origin, outbound, ts, type, body, edited_text, edited_at, deleted, deleted_at,"
    " status, status_at, error_code, error_title, context_wamid, media_id, mime_type, filename, voice, referral,"
    " in_history, pricing_type, pricing_category, agent, client_id, pricing_billable, pricing_model, details FROM "
    "messages";
const char kByThread[] = " WHERE contact_key = ?";

ThreadItem itemOf(const QSqlQuery& q)
{
    ThreadItem it;
    it.wamid = q.value(0).toString();
    it.contactKey = q.value(1).toString();
    it.origin = q.value(2).toString();
    it.outbound = q.value(3).toInt() != 0;
    it.timestamp = q.value(4).toLongLong();
    it.type = q.value(5).toString();
    const QString body = q.value(6).toString();
    it.edited = !q.value(8).isNull();
    it.text = it.edited ? q.value(7).toString() : body;
    if (it.edited)
        it.originalText = body.isNull() ? QString::fromLatin1("") : body;
    it.editedAt = q.value(8).toLongLong();
    it.deleted = q.value(9).toInt() != 0;
    it.deletedAt = q.value(10).toLongLong();
    it.status = q.value(11).toString();
    it.statusAt = q.value(12).toLongLong();
    it.errorCode = q.value(13).toInt();
    it.errorTitle = q.value(14).toString();
    it.contextWamid = q.value(15).toString();
    it.mediaId = q.value(16).toString();
    it.mimeType = q.value(17).toString();
    it.filename = q.value(18).toString();
    it.voice = q.value(19).toInt() != 0;
    it.referral = q.value(20).toInt() != 0;
    it.inHistory = q.value(21).toInt() != 0;
    it.pricingType = q.value(22).toString();
    it.pricingCategory = q.value(23).toString();
    it.agent = q.value(24).toString();
    it.clientId = q.value(25).toString();
    it.pricingBillable = q.value(26).isNull() ? -1 : q.value(26).toInt() != 0 ? 1 : 0;
    it.pricingModel = q.value(27).toString();
    it.details = q.value(28).toString();
    return it;
}

} // namespace

QJsonObject threadItemToJson(const ThreadItem& item)
{
    QJsonObject o;
    o.insert(QStringLiteral("wamid"), item.wamid);
    o.insert(QStringLiteral("origin"), item.origin);
    o.insert(QStringLiteral("direction"), item.outbound ? QStringLiteral("out") : QStringLiteral("in"));
    o.insert(QStringLiteral("timestamp"), item.timestamp);
    o.insert(QStringLiteral("type"), item.type);
    o.insert(QStringLiteral("text"), item.text.isNull() ? QJsonValue() : QJsonValue(item.text));
    o.insert(QStringLiteral("status"),
             !item.outbound || item.status.isEmpty() ? QJsonValue() : QJsonValue(item.status));
    o.insert(QStringLiteral("edited"), item.edited);
    o.insert(QStringLiteral("deleted"), item.deleted);
    QJsonArray reactions;
    for (const Reaction& r : item.reactions)
        reactions.append(QJsonObject{{QStringLiteral("from"), r.sender}, {QStringLiteral("emoji"), r.emoji}});
    o.insert(QStringLiteral("reactions"), reactions);
    if (item.edited)
        o.insert(QStringLiteral("original_text"), item.originalText);
    if (item.inHistory)
        o.insert(QStringLiteral("in_history"), true);
    if (!item.contextWamid.isEmpty())
        o.insert(QStringLiteral("context_wamid"), item.contextWamid);
    if (!item.mediaId.isEmpty())
        o.insert(QStringLiteral("media_id"), item.mediaId);
    if (!item.mimeType.isEmpty())
        o.insert(QStringLiteral("mime_type"), item.mimeType);
    if (!item.filename.isEmpty())
        o.insert(QStringLiteral("filename"), item.filename);
    if (item.voice)
        o.insert(QStringLiteral("voice"), true);
    if (item.referral)
        o.insert(QStringLiteral("referral"), true);
    if (item.errorCode != 0)
        o.insert(QStringLiteral("error_code"), item.errorCode);
    if (!item.errorTitle.isEmpty())
        o.insert(QStringLiteral("error_title"), item.errorTitle);
    if (!item.pricingCategory.isEmpty())
        o.insert(QStringLiteral("pricing_category"), item.pricingCategory);
    if (!item.pricingType.isEmpty())
        o.insert(QStringLiteral("pricing_type"), item.pricingType);
    if (!item.pricingModel.isEmpty())
        o.insert(QStringLiteral("pricing_model"), item.pricingModel);
    if (item.pricingBillable >= 0)
        o.insert(QStringLiteral("billable"), item.pricingBillable > 0);
    if (!item.agent.isEmpty())
        o.insert(QStringLiteral("agent"), item.agent);
    if (!item.details.isEmpty()) {
        const QJsonDocument details = QJsonDocument::fromJson(item.details.toUtf8());
        if (details.isObject())
            o.insert(QStringLiteral("details"), details.object());
    }
    return o;
}

ThreadQuery::ThreadQuery(QSqlDatabase db)
    : m_db(db)
{}

ThreadQuery::~ThreadQuery() = default;

QSqlQuery* ThreadQuery::prepared(int variant, const QString& sql, QString* error)
{
    std::unique_ptr<QSqlQuery>& q = m_prepared[variant];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql)) {
            *error = q->lastError().text();
            q.reset();
            return nullptr;
        }
    }
    return q.get();
}

bool ThreadQuery::page(const QString& contactKey, const ThreadCursor& cursor, Direction direction, int limit,
                       QList<ThreadItem>* items, QString* error)
{
    items->clear();
    QString sql = QString::fromLatin1(kSelect) + QLatin1String(kByThread);
    const bool older = direction == Older;
    if (!cursor.isNull())
        sql += older ? QLatin1String(" AND (ts, wamid) < (?, ?)") : QLatin1String(" AND (ts, wamid) > (?, ?)");
    sql +=
        older ? QLatin1String(" ORDER BY ts DESC, wamid DESC LIMIT ?") : QLatin1String(" ORDER BY ts, wamid LIMIT ?");
    QSqlQuery* q = prepared((older ? 1 : 0) + (cursor.isNull() ? 0 : 2), sql, error);
    if (!q)
        return false;
    int i = 0;
    q->bindValue(i++, contactKey);
    if (!cursor.isNull()) {
        q->bindValue(i++, qlonglong(cursor.timestamp));
        q->bindValue(i++, cursor.wamid);
    }
    q->bindValue(i++, limit);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    while (q->next())
        items->append(itemOf(*q));
    q->finish();
    if (older)
        std::reverse(items->begin(), items->end());
    return loadReactions(contactKey, items, error);
}

bool ThreadQuery::all(const QString& contactKey, QList<ThreadItem>* items, QString* error)
{
    items->clear();
    ThreadCursor cursor;
    for (;;) {
        QList<ThreadItem> page;
        if (!this->page(contactKey, cursor, Newer, 500, &page, error))
            return false;
        if (page.isEmpty())
            return true;
        cursor = {page.last().timestamp, page.last().wamid};
        items->append(page);
    }
}

bool ThreadQuery::find(const QString& wamid, ThreadItem* item, bool* found, QString* error)
{
    QSqlQuery* q = prepared(5, QString::fromLatin1(kSelect) + QLatin1String(" WHERE wamid = ?"), error);
    if (!q)
        return false;
    q->bindValue(0, wamid);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    *found = q->next();
    if (!*found)
        return true;
    QList<ThreadItem> one{itemOf(*q)};
    q->finish();
    if (!loadReactions(one.first().contactKey, &one, error))
        return false;
    *item = one.first();
    return true;
}

bool ThreadQuery::loadReactions(const QString& contactKey, QList<ThreadItem>* items, QString* error)
{
    if (items->isEmpty())
        return true;
    // The reactions on the page's range of the thread, by the same index.
    QSqlQuery* q = prepared(4,
                            QStringLiteral("SELECT r.target_wamid, r.sender, r.emoji FROM reactions r"
                                           " JOIN messages m ON m.wamid = r.target_wamid"
                                           " WHERE m.contact_key = ? AND (m.ts, m.wamid) >= (?, ?)"
                                           " AND (m.ts, m.wamid) <= (?, ?) AND r.emoji <> ''"
                                           " ORDER BY r.target_wamid, r.sender"),
                            error);
    if (!q)
        return false;
    q->bindValue(0, contactKey);
    q->bindValue(1, qlonglong(items->first().timestamp));
    q->bindValue(2, items->first().wamid);
    q->bindValue(3, qlonglong(items->last().timestamp));
    q->bindValue(4, items->last().wamid);
    if (!q->exec()) {
        *error = q->lastError().text();
        return false;
    }
    QHash<QString, int> index;
    for (int i = 0; i < items->size(); ++i)
        index.insert(items->at(i).wamid, i);
    while (q->next()) {
        const auto it = index.constFind(q->value(0).toString());
        if (it != index.cend())
            (*items)[*it].reactions.append({q->value(1).toString(), q->value(2).toString()});
    }
    q->finish();
    return true;
}

bool ThreadQuery::notes(const QString& contactKey, QList<NoteItem>* notes, QString* error)
{
    notes->clear();
    if (!m_hasNotes)
        m_hasNotes = Schema::hasTable(m_db, QStringLiteral("notes"));
    if (!m_hasNotes)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT seq, agent, text, at FROM notes WHERE contact_key = ? ORDER BY seq"))) {
        *error = q.lastError().text();
        return false;
    }
    q.bindValue(0, contactKey);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        notes->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return true;
}

bool ThreadQuery::presence(const QString& contactKey, qint64 nowMs, QList<PresenceItem>* items, QString* error)
{
    items->clear();
    if (!m_hasPresence)
        m_hasPresence = Schema::hasTable(m_db, QStringLiteral("presence"));
    if (!m_hasPresence)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT agent, state, expires_at FROM presence WHERE contact_key = ?"
                                  " AND expires_at > ? ORDER BY agent"))) {
        *error = q.lastError().text();
        return false;
    }
    q.bindValue(0, contactKey);
    q.bindValue(1, qlonglong(nowMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        items->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return true;
}

bool ThreadQuery::lastAppMessageSince(const QString& contactKey, qint64 sinceSecs, ThreadItem* item, bool* found,
                                      QString* error)
{
    *found = false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromLatin1(kSelect) + QLatin1String(kByThread) +
                   QLatin1String(" AND origin = 'app' AND ts >= ? ORDER BY ts DESC, wamid DESC LIMIT 1"))) {
        *error = q.lastError().text();
        return false;
    }
    q.bindValue(0, contactKey);
    q.bindValue(1, qlonglong(sinceSecs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next()) {
        *item = itemOf(q);
        *found = true;
    }
    return true;
}

bool ThreadQuery::marketingPreference(const QString& contactKey, CustomerPreference* out, bool* found, QString* error)
{
    return PreferenceQuery::latest(m_db, contactKey, QString::fromLatin1(PreferenceQuery::kMarketing), out, found,
                                   error);
}

} // namespace duet::store
