// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "ConversationQuery.h"
#include "core/ContactKey.h"
#include "core/CustomerId.h"
#include "core/PhoneNumber.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::store {

SearchQuery::SearchQuery(QSqlDatabase db, Backend backend)
    : m_db(db)
    , m_backend(backend)
{}

QStringList SearchQuery::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out = text.toLower().split(separators, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

bool SearchQuery::search(const QString& text, int limit, QList<SearchHit>* hits, QString* error)
{
    hits->clear();
    const QStringList terms = words(text);
    if (terms.isEmpty())
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql;
    QString match;
    if (m_backend == Backend::Sqlite) {
        // Each word a quoted FTS5 string: no operator or syntax reaches the engine.
        for (const QString& w : terms)
            match += (match.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('"') + w + QLatin1Char('"');
        sql = QStringLiteral(
            "SELECT m.wamid, m.contact_key, m.ts, f.snip FROM"
            " (SELECT rowid AS rid, snippet(messages_fts, -1, '[', ']', '...', 12) AS snip FROM messages_fts"
            "  WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f"
            " JOIN messages m ON m.rowid = f.rid WHERE m.deleted = 0 ORDER BY f.rid DESC");
    } else {
        match = terms.join(QLatin1Char(' '));
        sql = QStringLiteral(
            "SELECT m.wamid, m.contact_key, m.ts, ts_headline('simple', coalesce(m.edited_text, m.body, ''),"
            " plainto_tsquery('simple', ?), 'StartSel=[, StopSel=], MaxWords=14, MinWords=4') FROM"
            " (SELECT wamid FROM messages WHERE search @@ plainto_tsquery('simple', ?) AND deleted = 0"
            "  ORDER BY ts DESC, wamid DESC LIMIT ?) f JOIN messages m ON m.wamid = f.wamid"
            " ORDER BY m.ts DESC, m.wamid DESC");
    }
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    int i = 0;
    q.bindValue(i++, match);
    if (m_backend == Backend::Postgres)
        q.bindValue(i++, match);
    q.bindValue(i++, limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        hits->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return true;
}

ContactQuery::ContactQuery(QSqlDatabase db)
    : m_db(db)
{}

namespace {

/// `text` for a LIKE pattern with '\' as the escape character.
QString likeEscaped(QString text)
{
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
}

} // namespace

bool ContactQuery::lookup(const QString& text, int limit, QList<ContactMatch>* matches, QString* error)
{
    matches->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const CustomerId id = CustomerId::parse(trimmed);
    // A number, whole or in part: its digits anywhere in a phone key; a whole number (12 digits
    // and more) in its contactKey() form, so a Brazilian wa_id finds the number people type.
    QString digits;
    if (id.kind == CustomerId::Kind::Phone) {
        digits = PhoneNumber::digitsOnly(trimmed);
        if (digits.size() >= 12)
            digits = contactKey(digits);
        else if (digits.size() < 3)
            digits.clear(); // "1" would match everyone
    }
    const QString phonePattern = digits.isEmpty() ? QString() : QLatin1Char('%') + digits + QLatin1Char('%');
    const bool bsuidLike = id.kind == CustomerId::Kind::Bsuid || id.kind == CustomerId::Kind::ParentBsuid;
    const QString bsuidPattern = bsuidLike ? likeEscaped(trimmed.toLower()) + QLatin1Char('%') : QString();
    const QString namePattern = QLatin1Char('%') + likeEscaped(trimmed.toLower()) + QLatin1Char('%');
    const QString username = CustomerId::normalizedUsername(trimmed);
    const QString usernamePattern =
        username.isEmpty() ? QString() : QLatin1Char('%') + likeEscaped(username) + QLatin1Char('%');
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT c.contact_key, k.wa_id, k.profile_name, k.book_name, k.username, k.user_id, k.parent_user_id,"
            " c.last_activity_at FROM conversations c LEFT JOIN contacts k ON k.contact_key = c.contact_key"
            " WHERE (? <> '' AND (c.contact_key LIKE ? OR c.contact_key IN (SELECT contact_key FROM customer_ids"
            "  WHERE kind = 'phone' AND value LIKE ?)))"
            " OR (? <> '' AND c.contact_key IN (SELECT contact_key FROM customer_ids"
            "  WHERE kind IN ('bsuid', 'parent') AND LOWER(value) LIKE ? ESCAPE '\\'))"
            " OR (? <> '' AND COALESCE(k.username, '') LIKE ? ESCAPE '\\')"
            " OR LOWER(COALESCE(k.book_name, '')) LIKE ? ESCAPE '\\'"
            " OR LOWER(COALESCE(k.profile_name, '')) LIKE ? ESCAPE '\\'"
            " ORDER BY c.last_activity_at DESC, c.contact_key DESC LIMIT ?"))) {
        *error = q.lastError().text();
        return false;
    }
    const QVariantList values = {phonePattern, phonePattern,    phonePattern, bsuidPattern, bsuidPattern,
                                 username,     usernamePattern, namePattern,  namePattern,  limit};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        ContactMatch m;
        m.contactKey = q.value(0).toString();
        m.waId = q.value(1).toString();
        m.profileName = q.value(2).toString();
        m.bookName = q.value(3).toString();
        m.username = q.value(4).toString();
        m.userId = q.value(5).toString();
        m.parentUserId = q.value(6).toString();
        m.lastActivityAt = q.value(7).toLongLong();
        m.displayName = customerDisplayName(m.contactKey, m.bookName, m.profileName, m.username);
        matches->append(m);
    }
    return true;
}

} // namespace duet::store
