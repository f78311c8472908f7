// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over message text, with snippets (SQLite FTS5, PostgreSQL text search).
#pragma once

#include "Database.h"

#include <QList>

namespace duet::store {

/// One search result: the message and a short excerpt with the matches between [ and ].
struct SearchHit
{
    QString wamid;
    QString contactKey;
    qint64 timestamp = 0;
    QString snippet;
};

/// Searches the original and edited text of every message not deleted, newest first. Every
/// word of the query must occur (words are matched whole; punctuation is ignored).
/// Usage: `SearchQuery q(db, backend); q.search(QStringLiteral("invoice march"), 20, &hits, &error);`
class SearchQuery
{
public:
    SearchQuery(QSqlDatabase db, Backend backend);

    bool search(const QString& text, int limit, QList<SearchHit>* hits, QString* error);

    /// The words of a query as the search sees them (letters and digits, lower case).
    static QStringList words(const QString& text);

private:
    QSqlDatabase m_db;
    Backend m_backend;
};

/// One customer found by contact lookup.
struct ContactMatch
{
    QString contactKey;
    QString waId;
    QString profileName;
    QString bookName;
    QString username;     ///< lower case, without '@'; null when none
    QString userId;       ///< the BSUID; null when never seen
    QString parentUserId; ///< the parent BSUID; null when never seen
    QString displayName;  ///< customerDisplayName() (ConversationQuery.h)
    qint64 lastActivityAt = 0;
};

/// Finds the customers with a conversation by any identifier (docs/IDENTITY.md) or by name:
///  - a number in any spelling, whole or in part ("650 555", "+1 (650) 555-1234"): digits that
///    occur in the conversation's key or in any phone the customer was seen with (an old number
///    after a change); a whole number is compared in its contactKey() form;
///  - a username, with or without '@', whole or in part;
///  - a BSUID or parent BSUID, whole or its beginning ("US.1349"), any case;
///  - a part of the address-book or profile name, any case.
/// Most recently active first.
/// Usage: `ContactQuery q(db); q.lookup(QStringLiteral("@pablo"), 20, &matches, &error);`
class ContactQuery
{
public:
    explicit ContactQuery(QSqlDatabase db);
    bool lookup(const QString& text, int limit, QList<ContactMatch>* matches, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace duet::store
