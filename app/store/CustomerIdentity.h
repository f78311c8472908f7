// SPDX-License-Identifier: GPL-3.0-or-later
// One customer, several identifiers: which conversation an event belongs to, links and merges.
#pragma once

#include "core/CustomerId.h"
#include "core/Event.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace duet::store {

/// Resolves the identifiers an event carries (phone, BSUID, parent BSUID, username) to the one
/// conversation key of their customer, links identifiers that arrive together, and merges two
/// customers that turn out to be one person (docs/IDENTITY.md has every rule). It runs inside
/// EventApplier's transaction, on the hub and on every desktop replaying the log, so the same
/// events in the same order give every replica the same answer.
///
/// A conversation key is the phone's contactKey() when the customer was first seen with a phone,
/// else the BSUID (it holds a period, so it never equals a phone key), else the parent BSUID. A
/// merged customer's key goes on resolving to the survivor through customer_merges.
/// Usage: `CustomerIdentity ids(db); QString key; ids.resolve(CustomerIdentity::idsOf(e), e.timestamp, &key);`
class CustomerIdentity
{
public:
    /// One customer's identifiers as an event carries them, in canonical spelling (CustomerId).
    struct Ids
    {
        QString phone;    ///< contactKey() form
        QString bsuid;    ///< as sent
        QString parent;   ///< as sent
        QString username; ///< lower case, no '@'
        bool isEmpty() const { return phone.isEmpty() && bsuid.isEmpty() && parent.isEmpty(); }
    };
    /// A merge that resolve() or link() performed: `from`'s conversation now lives in `into`.
    struct Merge
    {
        QString from;
        QString into;
    };

    /// The identifiers of an event's customer (the current ones for an identity change).
    static Ids idsOf(const Event& e);
    /// The identifiers an identity change names as the customer's former ones.
    static Ids previousIdsOf(const Event& e);

    /// `cacheLookups`: remember identifier -> key answers in memory (safe when this connection is
    /// the only writer, as with SQLite; off on PostgreSQL, where other hubs write too).
    CustomerIdentity(QSqlDatabase db, bool cacheLookups);
    ~CustomerIdentity();
    CustomerIdentity(const CustomerIdentity&) = delete;
    CustomerIdentity& operator=(const CustomerIdentity&) = delete;

    /// The key of the customer these identifiers name, creating it when none does; links every
    /// identifier given to it and merges customers that the identifiers show to be one. Merges
    /// done are appended to *merges. False with *error on a database failure.
    bool resolve(const Ids& ids, qint64 at, QString* key, QList<Merge>* merges, QString* error);
    /// Links two sets of identifiers of one person (an identity change: old and new), merging
    /// the customers they name. *key is the survivor's key.
    bool link(const Ids& a, const Ids& b, qint64 at, const QString& reason, QString* key, QList<Merge>* merges,
              QString* error);

    /// Forgets cached lookups (after a rollback, or rows changed behind its back).
    void discardCaches();
    /// Turns the lookup cache on or off (see the constructor); turning it off forgets it.
    void setCacheLookups(bool cache)
    {
        m_cache = cache;
        if (!cache)
            m_known.clear();
    }

    /// The conversation key of whatever a person typed (a phone in any spelling, a BSUID, a parent
    /// BSUID, a username with or without '@', or a conversation key, merged or not). Null when
    /// no customer has it. False with *error on a database failure.
    static bool lookup(QSqlDatabase db, const QString& identifier, QString* key, QString* error);
    /// A conversation key as it stands now: the survivor's key if it was merged, else itself.
    static bool currentKey(QSqlDatabase db, const QString& key, QString* current, QString* error);

private:
    bool find(const QString& kind, const QString& value, QString* key);
    bool isCached(const QString& kind, const QString& value) const;
    bool findOrMerged(const QString& kind, const QString& value, QString* key, QString* mergedInto);
    /// `knownUnlinked`: this resolve() already found the identifier linked to nobody.
    bool upsertId(const QString& kind, const QString& value, const QString& key, bool knownUnlinked = false);
    bool moveUsername(const QString& username, const QString& key, qint64 at);
    bool merge(const QString& from, const QString& into, qint64 at, const QString& reason);
    /// Runs `sql` (first column the key, bound to `from` and `into`) and splits the rows.
    bool readPair(const QString& sql, const QString& from, const QString& into, QVariantList* f, QVariantList* t);
    bool mergeConversations(const QString& from, const QString& into, bool* bothHadOne);
    bool mergeContacts(const QString& from, const QString& into);
    bool run(const QString& sql, const QVariantList& values);
    QSqlQuery& prepared(int id, const char* sql);
    bool exec(QSqlQuery& q);
    static QString survivorOf(const QStringList& keys);

    QSqlDatabase m_db;
    bool m_cache;
    QHash<QString, QString> m_known; ///< "kind\nvalue" -> key, when m_cache
    QHash<int, std::shared_ptr<QSqlQuery>> m_queries;
    bool m_hasTeamTables = false;
    bool m_hasStatusHistory = false;
    bool m_checkedTeamTables = false;
    QString m_error;
};

} // namespace duet::store
