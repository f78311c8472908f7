// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchQuery.h"

#include "core/ContactKey.h"
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

bool ContactQuery::lookup(const QString& text, int limit, QList<ContactMatch>* matches, QString* error)
{
    matches->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return true;
    const QString digits = PhoneNumber::digitsOnly(trimmed);
    // A number matches by the prefix of its key: the full number's key, or the digits typed so far.
    const QString key = digits.size() >= 12 ? contactKey(digits) : digits;
    QString pattern = trimmed.toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT contact_key, wa_id, profile_name, book_name FROM contacts"
                                  " WHERE (? <> '' AND contact_key LIKE ? ESCAPE '\\')"
                                  " OR LOWER(COALESCE(book_name, '')) LIKE ? ESCAPE '\\' OR "
                                  "LOWER(COALESCE(profile_name, '')) LIKE ? ESCAPE '\\'"
                                  " ORDER BY contact_key LIMIT ?"))) {
        *error = q.lastError().text();
        return false;
    }
    q.bindValue(0, key);
    q.bindValue(1, QString(key + QLatin1Char('%')));
    q.bindValue(2, QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    q.bindValue(3, QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    q.bindValue(4, limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        matches->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return true;
}

} // namespace duet::store
