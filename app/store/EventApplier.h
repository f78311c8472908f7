// SPDX-License-Identifier: GPL-3.0-or-later
// The one apply(events) of Duet: turns normalized events into the store's tables.
#pragma once

#include "ActivityTotals.h"
#include "CustomerIdentity.h"
#include "Database.h"
#include "core/Clock.h"
#include "core/Event.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <utility>

namespace duet::store {

/// Applies events to a store, idempotently and in any arrival order (docs/ARCHITECTURE.md,
/// "Idempotent, in any order"; docs/STORE.md for every merge rule). It never begins or commits a transaction, so the
/// hub can apply a webhook inside its own transaction together with the raw body and its log; use Store::ingest() for a
/// self-contained transaction. Prepared statements are cached, so keep one applier per connection (and thread) for its
/// lifetime. Usage: `EventApplier applier(db.connection(), clock); applier.apply(events, &error);`
class EventApplier
{
public:
    /// What one apply() did, for logs and tests.
    struct Counts
    {
        int applied = 0;  ///< events that went into the timeline, contacts, accounts, history
        int parked = 0;   ///< events waiting for the message they are about
        int kept = 0;     ///< unknown, invalid, error or contradicting events kept as they came
        int released = 0; ///< parked events applied because their message arrived
        int merged = 0;   ///< conversations merged into another because they were one customer
    };

    /// `clock` stamps parked events. The SQL is the same on both backends.
    EventApplier(QSqlDatabase db, const Clock& clock);
    ~EventApplier();
    EventApplier(const EventApplier&) = delete;
    EventApplier& operator=(const EventApplier&) = delete;

    /// Applies the events in order. False with *error on a database failure: the caller must
    /// then roll its transaction back (nothing was lost: the events can be applied again).
    bool apply(const QList<Event>& events, QString* error, Counts* counts = nullptr);

    /// The conversations merged or renamed by the apply() calls since the last call (a replica
    /// tells its views that `from` is gone and `into` changed). Emptied by discardCaches().
    QList<CustomerIdentity::Merge> takeMerges() { return std::exchange(m_mergeLog, {}); }

    /// Forgets what the applier remembers of rows it wrote (customers' profile names, so they are
    /// not rewritten on every message). Call it after rolling back a transaction apply() ran in,
    /// or after deleting rows behind its back; apply() calls it itself when it fails.
    void discardCaches();
    /// How many customers' stored profiles it remembers before it forgets them all (100,000 by
    /// default, about 15 MB at most; a desktop takes fewer, see Store::useCompactMemory()).
    void setProfileCacheLimit(qsizetype limit) { m_writtenLimit = limit; }
    /// Remembers identifier -> customer answers in memory (on by default on SQLite, where this
    /// connection is the only writer). On PostgreSQL turn it on only when the caller calls
    /// discardCaches() whenever another connection may have written since its last transaction
    /// (hub::LogWriter does: when log_head moved under another writer).
    void setCacheLookups(bool cache)
    {
        m_identity.setCacheLookups(cache);
        m_activity.setCacheStates(cache);
    }
    /// The dashboard's running totals this applier keeps (ActivityTotals); other writers of the
    /// same connection's messages (TeamApplier) note their rows here too. apply() flushes them.
    ActivityTotals& activity() { return m_activity; }

private:
    /// What one apply() changes in a conversation, written once at the end.
    struct ConversationDelta
    {
        QString phoneNumberId;
        qint64 activityAt = 0;
        QString lastWamid;
        qint64 lastWamidAt = 0;
        qint64 customerAt = 0;
        qint64 referralAt = 0;
        int unread = 0;
        bool sawHistory = false; ///< imported history touched it
        bool live = false;       ///< a live event did: the conversation is (or becomes) open
        bool answered = false;   ///< a customer's live message or an echo: a campaign-only one joins the queues
    };
    /// What one apply() learns of a customer's profile, written once at the end.
    struct ContactDelta
    {
        QString waId;
        QString profileName;
        QString userId;
        QString parentUserId;
        QString username;
        bool stored = false; ///< in m_written: the row holds these values
    };
    enum Statement : int;

    bool applyOne(const Event& e);
    bool customerKey(const Event& e, QString* key);
    void noteMerges(const QList<CustomerIdentity::Merge>& merges);
    void noteIdentity(const Event& e, const QString& key);
    bool applyMessage(const Event& e, const QString& key);
    bool applyStatus(const Event& e, const QString& status, qint64 ts);
    bool applyReaction(const Event& e, const QString& key);
    bool applyEdit(const Event& e, const QString& key);
    bool applyRevoke(const Event& e, const QString& key);
    bool applyContact(const Event& e);
    bool applyPreference(const Event& e);
    bool applyIdentityChange(const Event& e);
    bool linkSharedPhones(const Event& e, QString* key);
    bool applyAccount(const Event& e);
    bool applyHistoryProgress(const Event& e);
    bool applyHistoryDeclined(const Event& e);
    bool park(const Event& e, const QString& waitingFor, const QString& reason);
    bool releaseParked(const QString& wamid);
    bool messageExists(const QString& wamid, bool* exists);
    ConversationDelta& noteActivity(const Event& e, const QString& key);
    bool flush();

    QSqlQuery& query(Statement id);
    /// The profile upsert of `rows` customers at once (1..100).
    /// Statement `id` (UpsertProfile, UpsertConversation, OpenConversations) for `rows` rows.
    QSqlQuery& multiRow(Statement id, int rows);
    bool exec(QSqlQuery& q);

    QSqlDatabase m_db;
    const Clock& m_clock;
    CustomerIdentity m_identity;
    ActivityTotals m_activity;
    QHash<int, std::shared_ptr<QSqlQuery>> m_queries;
    QHash<QString, ConversationDelta> m_conversations;
    QHash<QString, ContactDelta> m_contacts;
    QHash<QString, qint64> m_appActive;     ///< number -> the latest phone-app activity seen in this apply()
    QHash<QString, ContactDelta> m_written; ///< profile rows known to be stored (see discardCaches())
    qsizetype m_writtenLimit;
    Counts m_counts;
    QList<CustomerIdentity::Merge> m_mergeLog;
    QString m_error;
    bool m_mayHaveWaiting = true;
};

} // namespace duet::store
