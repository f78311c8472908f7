// SPDX-License-Identifier: GPL-3.0-or-later
// Pages through one customer's merged thread, by time with the wamid as a stable tiebreak.
#pragma once

#include "PreferenceQuery.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace duet::store {

/// One reaction on a message: who (the contact key, or "business") and what.
struct Reaction
{
    QString sender;
    QString emoji;
};

/// One message of a thread as the UI and `duet-hub timeline` show it.
struct ThreadItem
{
    QString wamid;
    QString contactKey;
    QString origin; ///< customer, agent, app, or history (only when no live copy exists)
    bool outbound = false;
    qint64 timestamp = 0;
    QString type;
    QString text;         ///< what to show: the latest edit, else the original
    QString originalText; ///< the text before any edit (null when never edited), for supervisors
    bool edited = false;
    qint64 editedAt = 0;
    bool deleted = false;
    qint64 deletedAt = 0;
    QString status; ///< outbound: pending, sent, delivered, read, played, failed; null when unknown or inbound
    qint64 statusAt = 0;
    int errorCode = 0;
    QString errorTitle;
    QString contextWamid;
    QString mediaId, mimeType, filename;
    bool voice = false;
    bool referral = false;
    bool inHistory = false; ///< a history copy was seen too
    QString pricingType, pricingCategory;
    QString pricingModel;      ///< PMP or CBP; null while no status said
    int pricingBillable = -1;  ///< 1 billed, 0 free, -1 while no status said
    QList<Reaction> reactions; ///< current reactions, removed ones left out, by sender
    QString agent;             ///< the agent who sent it through the API (from the hub's report); null otherwise
    QString clientId;          ///< the desktop outbox's client id of an agent's send; null otherwise
    /// The type-specific details (location, contact cards, replies, order, product, referral) as
    /// compact JSON text, as the decoder made them (docs/EVENTS.md); null when none.
    QString details;
};

/// A private note in a thread (team table `notes`): never sent to the customer.
struct NoteItem
{
    qint64 seq = 0; ///< the hub log's seq: unique, and the notes' order
    QString agent;
    QString text;
    qint64 atMs = 0;
};

/// Another agent's presence in a thread (team table `presence`), still unexpired.
struct PresenceItem
{
    QString agent;
    QString state; ///< viewing, composing
    qint64 expiresAtMs = 0;
};

/// The JSON form of an item (`duet-hub timeline`, docs/STORE.md): wamid, origin, direction,
/// timestamp, type, text, status (null for inbound), edited, deleted, reactions, and, when they
/// apply, original_text, media fields, error_code, context_wamid, agent, details (an object).
QJsonObject threadItemToJson(const ThreadItem& item);

/// Where a page ends: the (timestamp, wamid) of its first or last item.
struct ThreadCursor
{
    qint64 timestamp = 0;
    QString wamid;
    bool isNull() const { return wamid.isEmpty(); }
};

/// Keyset pagination over one thread (index messages_thread). Pages never skip or repeat rows,
/// whatever arrives between calls.
/// Keeps its statements prepared: reuse one ThreadQuery for many pages.
/// Usage: `ThreadQuery q(db); q.page(key, {}, ThreadQuery::Older, 50, &items, &error);` gives the
/// newest 50, oldest first; pass `{items.first().timestamp, items.first().wamid}` for the page before.
class ThreadQuery
{
public:
    enum Direction { Older, Newer };

    explicit ThreadQuery(QSqlDatabase db);
    ~ThreadQuery();
    ThreadQuery(const ThreadQuery&) = delete;
    ThreadQuery& operator=(const ThreadQuery&) = delete;

    /// Up to `limit` items strictly before (Older) or after (Newer) the cursor, oldest first. A null
    /// cursor starts at the newest end (Older) or the oldest end (Newer).
    bool page(const QString& contactKey, const ThreadCursor& cursor, Direction direction, int limit,
              QList<ThreadItem>* items, QString* error);
    /// The whole thread, oldest first.
    bool all(const QString& contactKey, QList<ThreadItem>* items, QString* error);
    /// One message by wamid, with its reactions, wherever it is in its thread (a quoted message
    /// outside the loaded pages); *found false when the store has none.
    bool find(const QString& wamid, ThreadItem* item, bool* found, QString* error);

    /// Every note of the thread, oldest first, in one query. A store without the team tables has none.
    bool notes(const QString& contactKey, QList<NoteItem>* notes, QString* error);
    /// The presences in the thread not expired at `nowMs`, in one query (none without the team tables).
    bool presence(const QString& contactKey, qint64 nowMs, QList<PresenceItem>* items, QString* error);
    /// The newest message sent from the phone app (origin 'app') at or after `sinceSecs`;
    /// *found false when none.
    bool lastAppMessageSince(const QString& contactKey, qint64 sinceSecs, ThreadItem* item, bool* found,
                             QString* error);
    /// The customer's latest marketing preference (PreferenceQuery::latest); *found false when none.
    bool marketingPreference(const QString& contactKey, CustomerPreference* out, bool* found, QString* error);

private:
    bool loadReactions(const QString& contactKey, QList<ThreadItem>* items, QString* error);
    QSqlQuery* prepared(int variant, const QString& sql, QString* error);

    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_prepared[6]; ///< the page variants, reactions and find, kept prepared
    bool m_hasNotes = false;                  ///< the table `notes` was seen (tables are never dropped)
    bool m_hasPresence = false;               ///< the table `presence` was seen
};

} // namespace duet::store
