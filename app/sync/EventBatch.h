// SPDX-License-Identifier: GPL-3.0-or-later
// The events received from the hub and not yet applied, applied to the local store in one transaction.
#pragma once

#include "Protocol.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace duet::store {
class EventApplier;
class TeamApplier;
} // namespace duet::store

namespace duet::sync {

class ReplicaState;

/// The log entries a SyncClient received and has not applied yet: events, and conversations a
/// filtered stream drops (`forget`, or the start of a `backfill`). flush() applies them all in one
/// transaction through the one apply code (store::TeamApplier, which hands webhook events to
/// store::EventApplier) and records the last in-order seq there too, so the store never holds an
/// event without its position (docs/PROTOCOL.md). It says which conversations changed (looked up
/// once per customer after the batch) and which delivery statuses were applied; on a failure
/// nothing of the batch stays and the caches that may remember it are dropped.
/// Usage: `EventBatch batch(db, events, replica); batch.append(frame); batch.flush(team, url, &outcome);`
class EventBatch
{
public:
    /// What a flush() did.
    struct Outcome
    {
        /// The last in-order seq applied and recorded; 0 when the batch had none (only backfill
        /// history and drops).
        qint64 position = 0;
        QStringList conversations;  ///< the contact keys that changed, sorted
        QList<EventFrame> statuses; ///< the applied `status` events, in order
        QString error;              ///< why it failed
    };

    /// `db` is the local store; `events` and `replica` work on it. All outlive the batch.
    EventBatch(QSqlDatabase db, store::EventApplier& events, ReplicaState& replica);

    void append(const EventFrame& frame);
    /// Drops what the store holds of `conversation` at this point of the batch; `seq` is the
    /// `forget` frame's (0 for the start of a backfill).
    void appendDrop(const QString& conversation, qint64 seq);
    bool isEmpty() const { return m_items.isEmpty(); }
    int size() const { return int(m_items.size()); }
    void clear() { m_items.clear(); }
    /// Applies and commits everything appended, recording the position for `hubUrl`, and empties
    /// the batch. False (rolled back, *outcome's error set) when the store could not be written.
    bool flush(store::TeamApplier& team, const QString& hubUrl, Outcome* outcome);

private:
    /// An event, or a conversation to drop first (`forget`; seq 0 for the start of a backfill).
    struct Item
    {
        EventFrame frame;
        QString drop;
    };

    QSqlDatabase m_db;
    store::EventApplier& m_events;
    ReplicaState& m_replica;
    QList<Item> m_items;
};

} // namespace duet::sync
