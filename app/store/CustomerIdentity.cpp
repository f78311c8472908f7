// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerIdentity.h"

#include "Schema.h"
#include "core/ContactKey.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace duet::store {

namespace {

enum Statement : int {
    FindId,
    InsertId,
    MoveUsername,
    ClearOldUsername,
    FindMerged,
    FindIdOrMerged,
};

const QString kPhone = QStringLiteral("phone");
const QString kBsuid = QStringLiteral("bsuid");
const QString kParent = QStringLiteral("parent");
const QString kUsername = QStringLiteral("username");

/// open > snoozed > closed: a merged conversation is as active as the more active of the two.
int statusRank(const QString& status)
{
    if (status == QLatin1String("history") || status == QLatin1String("campaign"))
        return -1; // only imported history or a campaign's template: any other state of the other thread wins
    if (status == QLatin1String("closed"))
        return 0;
    if (status == QLatin1String("snoozed"))
        return 1;
    if (status == QLatin1String("open"))
        return 3;
    return 2;
}

QVariant nullable(const QVariant& v)
{
    return v.isNull() ? QVariant() : v;
}

} // namespace

CustomerIdentity::Ids CustomerIdentity::idsOf(const Event& e)
{
    Ids ids;
    if (!e.contact.isEmpty())
        ids.phone = contactKey(e.contact);
    ids.bsuid = e.userId;
    ids.parent = e.parentUserId;
    if (!e.username.isEmpty())
        ids.username = CustomerId::normalizedUsername(e.username);
    return ids;
}

CustomerIdentity::Ids CustomerIdentity::previousIdsOf(const Event& e)
{
    Ids ids;
    if (!e.previousContact.isEmpty())
        ids.phone = contactKey(e.previousContact);
    ids.bsuid = e.previousUserId;
    ids.parent = e.previousParentUserId;
    return ids;
}

CustomerIdentity::CustomerIdentity(QSqlDatabase db, bool cacheLookups)
    : m_db(db)
    , m_cache(cacheLookups)
{}

CustomerIdentity::~CustomerIdentity() = default;

void CustomerIdentity::discardCaches()
{
    m_known.clear();
    m_checkedTeamTables = false;
}

QSqlQuery& CustomerIdentity::prepared(int id, const char* sql)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(QString::fromLatin1(sql)))
            m_error = q->lastError().text();
        it = m_queries.insert(id, q);
    }
    return **it;
}

bool CustomerIdentity::exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    if (m_error.isEmpty())
        m_error = q.lastError().text();
    return false;
}

bool CustomerIdentity::run(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db);
    if (runQuery(q, sql, values, &m_error))
        return true;
    m_error = QStringLiteral("%1 (%2)").arg(m_error, sql.left(60));
    return false;
}

bool CustomerIdentity::isCached(const QString& kind, const QString& value) const
{
    return m_cache && m_known.contains(kind + QLatin1Char('\n') + value);
}

bool CustomerIdentity::find(const QString& kind, const QString& value, QString* key)
{
    const QString cacheKey = kind + QLatin1Char('\n') + value;
    if (m_cache) {
        const auto it = m_known.constFind(cacheKey);
        if (it != m_known.cend()) {
            *key = *it;
            return true;
        }
    }
    QSqlQuery& q = prepared(FindId, "SELECT contact_key FROM customer_ids WHERE kind = ? AND value = ?");
    q.bindValue(0, kind);
    q.bindValue(1, value);
    if (!exec(q))
        return false;
    *key = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (m_cache && !key->isEmpty()) {
        if (m_known.size() > 200'000)
            m_known.clear();
        m_known.insert(cacheKey, *key);
    }
    return true;
}

bool CustomerIdentity::findOrMerged(const QString& kind, const QString& value, QString* key, QString* mergedInto)
{
    // A customer named by one identifier: where that identifier leads, and where its key was
    // merged to, in one round trip (the second answer matters only when the first is empty).
    QSqlQuery& q =
        prepared(FindIdOrMerged, "SELECT (SELECT contact_key FROM customer_ids WHERE kind = ? AND value = ?),"
                                 " (SELECT into_key FROM customer_merges WHERE merged_key = ?)");
    q.bindValue(0, kind);
    q.bindValue(1, value);
    q.bindValue(2, value);
    if (!exec(q))
        return false;
    if (!q.next()) {
        q.finish();
        m_error = QStringLiteral("no answer to an identifier lookup");
        return false;
    }
    *key = q.value(0).toString();
    *mergedInto = q.value(1).toString();
    q.finish();
    if (m_cache && !key->isEmpty()) {
        if (m_known.size() > 200'000)
            m_known.clear();
        m_known.insert(kind + QLatin1Char('\n') + value, *key);
    }
    return true;
}

bool CustomerIdentity::upsertId(const QString& kind, const QString& value, const QString& key, bool knownUnlinked)
{
    QString have;
    if (!knownUnlinked && !find(kind, value, &have))
        return false;
    if (have == key)
        return true;
    // A phone, BSUID or parent BSUID names one person: once linked it only moves by a merge, which
    // re-points every row at once. The insert is for identifiers seen for the first time.
    QSqlQuery& q = prepared(InsertId, "INSERT INTO customer_ids (kind, value, contact_key, seen_at) VALUES (?, ?, ?, ?)"
                                      " ON CONFLICT (kind, value) DO NOTHING");
    q.bindValue(0, kind);
    q.bindValue(1, value);
    q.bindValue(2, key);
    // seen_at matters for usernames only; 0 here keeps stores equal whatever order events came in.
    q.bindValue(3, 0);
    if (!exec(q))
        return false;
    if (m_cache)
        m_known.insert(kind + QLatin1Char('\n') + value, key);
    return true;
}

bool CustomerIdentity::moveUsername(const QString& username, const QString& key, qint64 at)
{
    QString have;
    if (!find(kUsername, username, &have))
        return false;
    if (have == key)
        return true;
    // A username is unique at any moment but can pass to another person: the latest sighting
    // names its holder, whatever order the events came in.
    QSqlQuery& q = prepared(MoveUsername,
                            "INSERT INTO customer_ids (kind, value, contact_key, seen_at) VALUES ('username', ?, ?, ?)"
                            " ON CONFLICT (kind, value) DO UPDATE SET contact_key = excluded.contact_key,"
                            " seen_at = excluded.seen_at WHERE excluded.seen_at >= customer_ids.seen_at");
    q.bindValue(0, username);
    q.bindValue(1, key);
    q.bindValue(2, qlonglong(at));
    if (!exec(q))
        return false;
    if (q.numRowsAffected() == 0)
        return true; // an older sighting: the name has moved on since
    if (m_cache)
        m_known.insert(kUsername + QLatin1Char('\n') + username, key);
    if (have.isEmpty())
        return true;
    // The former holder no longer shows the name.
    QSqlQuery& clear =
        prepared(ClearOldUsername, "UPDATE contacts SET username = NULL WHERE contact_key = ? AND LOWER(username) = ?");
    clear.bindValue(0, have);
    clear.bindValue(1, username);
    return exec(clear);
}

QString CustomerIdentity::survivorOf(const QStringList& keys)
{
    // Stated rule (docs/IDENTITY.md): a phone-keyed conversation survives (it is the one the phone
    // app, older desktops and the history import know), then the smallest key: any replica picks
    // the same one.
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        const bool pa = CustomerId::isPhoneKey(a);
        const bool pb = CustomerId::isPhoneKey(b);
        if (pa != pb)
            return pa;
        return a < b;
    });
    return sorted.first();
}

bool CustomerIdentity::resolve(const Ids& ids, qint64 at, QString* key, QList<Merge>* merges, QString* error)
{
    m_error.clear();
    QStringList keys;
    const std::pair<const QString*, const QString*> linkable[] = {
        {&kBsuid, &ids.bsuid}, {&kParent, &ids.parent}, {&kPhone, &ids.phone}};
    const int named = int(!ids.bsuid.isEmpty()) + int(!ids.parent.isEmpty()) + int(!ids.phone.isEmpty());
    // Identifiers this call found linked to no customer: the merges below only re-point rows that
    // exist, so they stay unlinked until upsertId() links them, which need not look again.
    bool unlinked[3] = {false, false, false};
    bool ok = true;
    bool mergedKnown = false;
    QString mergedInto;
    for (int i = 0; i < 3; ++i) {
        const auto& [kind, value] = linkable[i];
        if (value->isEmpty())
            continue;
        QString k;
        if (named == 1 && !isCached(*kind, *value)) {
            ok = findOrMerged(*kind, *value, &k, &mergedInto);
            mergedKnown = ok;
        } else {
            ok = find(*kind, *value, &k);
        }
        if (!ok)
            break;
        unlinked[i] = k.isEmpty();
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    QString chosen;
    if (ok && keys.isEmpty()) {
        const QString fresh = !ids.phone.isEmpty() ? ids.phone : !ids.bsuid.isEmpty() ? ids.bsuid : ids.parent;
        // A conversation may carry this key without an identifier row (made by a team event);
        // follow a merge if the key was merged away. With one identifier (then `fresh`), the
        // lookup above already asked.
        if (mergedKnown) {
            chosen = mergedInto.isEmpty() ? fresh : mergedInto;
        } else {
            QSqlQuery& merged = prepared(FindMerged, "SELECT into_key FROM customer_merges WHERE merged_key = ?");
            merged.bindValue(0, fresh);
            if ((ok = exec(merged))) {
                chosen = merged.next() ? merged.value(0).toString() : fresh;
                merged.finish();
            }
        }
    } else if (ok) {
        chosen = survivorOf(keys);
        for (const QString& other : std::as_const(keys)) {
            if (other == chosen)
                continue;
            if (!(ok = merge(other, chosen, at, QStringLiteral("linked"))))
                break;
            if (merges)
                merges->append({other, chosen});
        }
    }
    // A customer is keyed by their phone once one is known: the key then does not depend on
    // whether the phone or the BSUID arrived first. The BSUID key goes on resolving (a rename
    // is recorded like a merge, without a row in the thread: it is the same thread).
    if (ok && !ids.phone.isEmpty() && !CustomerId::isPhoneKey(chosen) && ids.phone != chosen) {
        if ((ok = merge(chosen, ids.phone, at, QStringLiteral("renamed"))) && merges)
            merges->append({chosen, ids.phone});
        chosen = ids.phone;
    }
    for (int i = 0; i < 3; ++i) {
        const auto& [kind, value] = linkable[i];
        if (ok && !value->isEmpty())
            ok = upsertId(*kind, *value, chosen, unlinked[i]);
    }
    if (ok && !ids.username.isEmpty())
        ok = moveUsername(ids.username, chosen, at);
    if (!ok) {
        if (error)
            *error = m_error.isEmpty() ? QStringLiteral("database error") : m_error;
        return false;
    }
    *key = chosen;
    return true;
}

bool CustomerIdentity::link(const Ids& a, const Ids& b, qint64 at, const QString& reason, QString* key,
                            QList<Merge>* merges, QString* error)
{
    QString ka;
    QString kb;
    if (!resolve(a, at, &ka, merges, error) || !resolve(b, at, &kb, merges, error))
        return false;
    if (ka == kb) {
        *key = ka;
        return true;
    }
    // The former identity's conversation goes on (a number change keeps its thread), unless only
    // the new one is keyed by a phone.
    const QString into = CustomerId::isPhoneKey(ka) || !CustomerId::isPhoneKey(kb) ? ka : kb;
    const QString from = into == ka ? kb : ka;
    m_error.clear();
    if (!merge(from, into, at, reason)) {
        if (error)
            *error = m_error;
        return false;
    }
    if (merges)
        merges->append({from, into});
    *key = into;
    return true;
}

bool CustomerIdentity::readPair(const QString& sql, const QString& from, const QString& into, QVariantList* f,
                                QVariantList* t)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, sql, {from, into}, &m_error))
        return false;
    while (q.next()) {
        QVariantList row;
        for (int i = 1; i < q.record().count(); ++i)
            row << q.value(i);
        *(q.value(0).toString() == from ? f : t) = row;
    }
    return true;
}

bool CustomerIdentity::mergeConversations(const QString& from, const QString& into, bool* bothHadOne)
{
    QVariantList f;
    QVariantList t;
    if (!readPair(QStringLiteral("SELECT contact_key, phone_number_id, last_activity_at, last_wamid, last_customer_at,"
                                 " window_closes_at, referral_at, assignee, status, unread_count FROM conversations"
                                 " WHERE contact_key = ? OR contact_key = ?"),
                  from, into, &f, &t))
        return false;
    *bothHadOne = !f.isEmpty() && !t.isEmpty();
    if (f.isEmpty())
        return true;
    if (t.isEmpty())
        return run(QStringLiteral("UPDATE conversations SET contact_key = ? WHERE contact_key = ?"), {into, from});
    enum { Pnid, Activity, LastWamid, Customer, Window, Referral, Assignee, Status, Unread };
    auto later = [](const QVariant& a, const QVariant& b) {
        if (a.isNull())
            return b;
        if (b.isNull())
            return a;
        return a.toLongLong() >= b.toLongLong() ? a : b;
    };
    const bool fNewer =
        f[Activity].toLongLong() > t[Activity].toLongLong() ||
        (f[Activity].toLongLong() == t[Activity].toLongLong() && f[LastWamid].toString() > t[LastWamid].toString());
    // Assignment conflict: the conversation the customer wrote in last keeps its assignee; the
    // other's counts only when it has none (docs/IDENTITY.md).
    const bool fTalkedLast = f[Customer].toLongLong() > t[Customer].toLongLong();
    const QVariant first = fTalkedLast ? f[Assignee] : t[Assignee];
    const QVariant second = fTalkedLast ? t[Assignee] : f[Assignee];
    const QVariant assignee = first.isNull() || first.toString().isEmpty() ? second : first;
    const QString status = statusRank(f[Status].toString()) > statusRank(t[Status].toString()) ? f[Status].toString()
                                                                                               : t[Status].toString();
    const QVariantList values = {
        nullable(t[Pnid].isNull() ? f[Pnid] : t[Pnid]),
        qMax(f[Activity].toLongLong(), t[Activity].toLongLong()),
        nullable(fNewer && !f[LastWamid].isNull() ? f[LastWamid] : t[LastWamid]),
        nullable(later(f[Customer], t[Customer])),
        nullable(later(f[Window], t[Window])),
        nullable(later(f[Referral], t[Referral])),
        nullable(assignee),
        status,
        f[Unread].toInt() + t[Unread].toInt(),
        into,
    };
    return run(QStringLiteral("UPDATE conversations SET phone_number_id = ?, last_activity_at = ?, last_wamid = ?,"
                              " last_customer_at = ?, window_closes_at = ?, referral_at = ?, assignee = ?, status = ?,"
                              " unread_count = ? WHERE contact_key = ?"),
               values) &&
           run(QStringLiteral("DELETE FROM conversations WHERE contact_key = ?"), {from});
}

bool CustomerIdentity::mergeContacts(const QString& from, const QString& into)
{
    QVariantList f;
    QVariantList t;
    if (!readPair(QStringLiteral("SELECT contact_key, wa_id, profile_name, book_name, book_at, book_removed, user_id,"
                                 " parent_user_id, username FROM contacts WHERE contact_key = ? OR contact_key = ?"),
                  from, into, &f, &t))
        return false;
    if (f.isEmpty())
        return true;
    if (t.isEmpty())
        return run(QStringLiteral("UPDATE contacts SET contact_key = ? WHERE contact_key = ?"), {into, from});
    enum { WaId, Profile, Book, BookAt, BookRemoved, UserId, Parent, Username };
    auto either = [&](int i) { return nullable(t[i].isNull() ? f[i] : t[i]); };
    const bool fBook = f[BookAt].toLongLong() > t[BookAt].toLongLong();
    const QVariantList values = {either(WaId),
                                 either(Profile),
                                 nullable(fBook ? f[Book] : t[Book]),
                                 fBook ? f[BookAt] : t[BookAt],
                                 fBook ? f[BookRemoved] : t[BookRemoved],
                                 either(UserId),
                                 either(Parent),
                                 either(Username),
                                 into};
    return run(QStringLiteral("UPDATE contacts SET wa_id = ?, profile_name = ?, book_name = ?, book_at = ?,"
                              " book_removed = ?, user_id = ?, parent_user_id = ?, username = ? WHERE contact_key = ?"),
               values) &&
           run(QStringLiteral("DELETE FROM contacts WHERE contact_key = ?"), {from});
}

bool CustomerIdentity::merge(const QString& from, const QString& into, qint64 at, const QString& reason)
{
    if (!m_checkedTeamTables) {
        m_hasTeamTables = Schema::hasTable(m_db, QStringLiteral("notes"));
        m_hasStatusHistory = Schema::hasTable(m_db, QStringLiteral("status_history"));
        m_checkedTeamTables = true;
    }
    const QVariantList fi = {into, from};
    // Two threads becoming one get a row saying so; a thread that only changes its key does not.
    bool twoThreads = false;
    bool ok = mergeConversations(from, into, &twoThreads);
    const bool isMerge = reason != QLatin1String("renamed") && twoThreads;
    ok = ok && mergeContacts(from, into) &&
         run(QStringLiteral("UPDATE messages SET contact_key = ? WHERE contact_key = ?"), fi) &&
         // The customer's reactions: the latest per message survives, as if one sender made both.
         run(QStringLiteral("DELETE FROM reactions WHERE sender = ? AND EXISTS (SELECT 1 FROM reactions t"
                            " WHERE t.target_wamid = reactions.target_wamid AND t.sender = ?"
                            " AND (t.ts > reactions.ts OR (t.ts = reactions.ts AND t.wamid >= reactions.wamid)))"),
             {from, into}) &&
         run(QStringLiteral("DELETE FROM reactions WHERE sender = ? AND EXISTS (SELECT 1 FROM reactions f"
                            " WHERE f.target_wamid = reactions.target_wamid AND f.sender = ?)"),
             {into, from}) &&
         run(QStringLiteral("UPDATE reactions SET sender = ? WHERE sender = ?"), fi) &&
         run(QStringLiteral("INSERT INTO conversation_labels (contact_key, label) SELECT ?, label"
                            " FROM conversation_labels WHERE contact_key = ? ON CONFLICT (contact_key, label)"
                            " DO NOTHING"),
             fi) &&
         run(QStringLiteral("DELETE FROM conversation_labels WHERE contact_key = ?"), {from}) &&
         // The customer's preferences: the latest per category survives.
         run(QStringLiteral(
                 "INSERT INTO customer_preferences (contact_key, category, value, detail, at)"
                 " SELECT ?, category, value, detail, at FROM customer_preferences WHERE contact_key = ?"
                 " ON CONFLICT (contact_key, category) DO UPDATE SET value = excluded.value,"
                 " detail = excluded.detail, at = excluded.at WHERE excluded.at > customer_preferences.at"
                 " OR (excluded.at = customer_preferences.at AND excluded.value > customer_preferences.value)"),
             fi) &&
         run(QStringLiteral("DELETE FROM customer_preferences WHERE contact_key = ?"), {from}) &&
         run(QStringLiteral("UPDATE customer_ids SET contact_key = ? WHERE contact_key = ?"), fi) &&
         run(QStringLiteral("UPDATE customer_merges SET into_key = ? WHERE into_key = ?"), fi) &&
         run(QStringLiteral("INSERT INTO customer_merges (merged_key, into_key, merged_at, reason)"
                            " VALUES (?, ?, ?, ?) ON CONFLICT (merged_key) DO UPDATE SET into_key ="
                            " excluded.into_key, merged_at = excluded.merged_at, reason = excluded.reason"),
             {from, into, qlonglong(at), reason}) &&
         // A quiet row in the thread: "merged with …" (the body is the merged key; the
         // desktop words it). Its origin is history so no figure counts it as traffic.
         (!isMerge || run(QStringLiteral("INSERT INTO messages (wamid, contact_key, outbound, origin, live,"
                                         " in_history, ts, type, body) VALUES (?, ?, 0, 'history', 0, 0, ?,"
                                         " 'merge', ?) ON CONFLICT (wamid) DO NOTHING"),
                          {QStringLiteral("duet.merge.%1.%2").arg(from, into), into, qlonglong(at), from}));
    if (ok && m_hasTeamTables) {
        ok = run(QStringLiteral("UPDATE notes SET contact_key = ? WHERE contact_key = ?"), fi) &&
             run(QStringLiteral("DELETE FROM presence WHERE contact_key = ?"), {from}) &&
             run(QStringLiteral("INSERT INTO conversation_snoozes (contact_key, until) SELECT ?, until"
                                " FROM conversation_snoozes WHERE contact_key = ? ON CONFLICT (contact_key)"
                                " DO NOTHING"),
                 fi) &&
             run(QStringLiteral("DELETE FROM conversation_snoozes WHERE contact_key = ?"), {from}) &&
             run(QStringLiteral("UPDATE outbound_reports SET contact_key = ? WHERE contact_key = ?"), fi) &&
             (!m_hasStatusHistory ||
              run(QStringLiteral("UPDATE status_history SET contact_key = ? WHERE contact_key = ?"), fi));
    }
    // Every cached answer that named `from` is now wrong.
    m_known.clear();
    return ok;
}

bool CustomerIdentity::currentKey(QSqlDatabase db, const QString& key, QString* current, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT into_key FROM customer_merges WHERE merged_key = ?"));
    q.bindValue(0, key);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    *current = q.next() ? q.value(0).toString() : key;
    return true;
}

bool CustomerIdentity::lookup(QSqlDatabase db, const QString& identifier, QString* key, QString* error)
{
    key->clear();
    const CustomerId id = CustomerId::parse(identifier);
    QList<CustomerId> tries;
    if (id.isValid())
        tries << id;
    if (id.kind == CustomerId::Kind::Bsuid || id.kind == CustomerId::Kind::ParentBsuid) {
        const CustomerId name = CustomerId::asUsername(identifier);
        if (name.isValid())
            tries << name;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT contact_key FROM customer_ids WHERE kind = ? AND value = ?"));
    for (const CustomerId& t : std::as_const(tries)) {
        const QString kind = t.kind == CustomerId::Kind::Phone         ? kPhone
                             : t.kind == CustomerId::Kind::Bsuid       ? kBsuid
                             : t.kind == CustomerId::Kind::ParentBsuid ? kParent
                                                                       : kUsername;
        q.bindValue(0, kind);
        q.bindValue(1, t.value);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (q.next()) {
            *key = q.value(0).toString();
            return true;
        }
    }
    // A conversation key itself (possibly merged away), or a phone seen before identifiers were kept.
    const QString raw = id.kind == CustomerId::Kind::Phone ? id.value : identifier.trimmed();
    QString current;
    if (!currentKey(db, raw, &current, error))
        return false;
    q.prepare(QStringLiteral("SELECT 1 FROM conversations WHERE contact_key = ?"));
    q.bindValue(0, current);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.next())
        *key = current;
    return true;
}

} // namespace duet::store
