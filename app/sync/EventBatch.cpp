// SPDX-License-Identifier: GPL-3.0-or-later
// The events received from the hub and not yet applied, applied to the local store in one transaction.
#include "EventBatch.h"

#include "ReplicaState.h"
#include "store/CustomerIdentity.h"
#include "store/EventApplier.h"
#include "store/TeamApplier.h"

#include <QSet>
#include <QSqlError>

#include <algorithm>
#include <utility>

namespace duet::sync {

EventBatch::EventBatch(QSqlDatabase db, store::EventApplier& events, ReplicaState& replica)
    : m_db(db)
    , m_events(events)
    , m_replica(replica)
{}

void EventBatch::append(const EventFrame& frame)
{
    m_items.append(Item{frame, {}});
}

void EventBatch::appendDrop(const QString& conversation, qint64 seq)
{
    Item item;
    item.drop = conversation;
    item.frame.seq = seq;
    m_items.append(item);
}

bool EventBatch::flush(store::TeamApplier& team, const QString& hubUrl, Outcome* outcome)
{
    *outcome = Outcome{};
    if (m_items.isEmpty())
        return true;
    const QList<Item> items = std::exchange(m_items, {});
    QList<EventFrame> frames;
    qint64 position = 0; // the last in-order seq: backfill history is older and not recorded
    QSet<QString> keys;
    QSet<QString> identifiers;
    QString error;
    bool ok = m_db.transaction();
    if (!ok)
        error = m_db.lastError().text();
    for (const Item& item : items) {
        if (!ok)
            break;
        const EventFrame& f = item.frame;
        if (!f.backfill && f.seq > 0)
            position = f.seq;
        if (!item.drop.isEmpty()) {
            for (const store::CustomerIdentity::Merge& m : m_events.takeMerges())
                keys << m.from << m.into;
            ok = team.forgetConversation(item.drop, &error);
            m_events.discardCaches(); // it may remember the rows just deleted
            keys.insert(item.drop);
            continue;
        }
        frames.append(f);
        ok = team.applyLogEvent(f.seq, f.atMs, f.event, &error);
        const QString key = f.event.value(QLatin1String("conversation")).toString();
        if (!key.isEmpty()) {
            keys.insert(key);
            continue;
        }
        // A webhook event names its customer by phone, BSUID or parent BSUID: which conversation
        // that is, the store says once the whole batch is applied (one lookup per customer).
        for (const char* id : {"contact", "user_id", "parent_user_id"}) {
            const QString value = f.event.value(QLatin1String(id)).toString();
            if (!value.isEmpty())
                identifiers.insert(value);
        }
    }
    for (const QString& identifier : std::as_const(identifiers)) {
        QString key;
        if (!ok || !(ok = store::CustomerIdentity::lookup(m_db, identifier, &key, &error)))
            break;
        if (!key.isEmpty())
            keys.insert(key);
    }
    // Merged conversations: the one merged away is gone, the survivor changed.
    for (const store::CustomerIdentity::Merge& m : m_events.takeMerges()) {
        keys.insert(m.from);
        keys.insert(m.into);
    }
    ok = ok && (position == 0 || m_replica.record(hubUrl, position, &error));
    if (ok && !m_db.commit()) {
        ok = false;
        error = m_db.lastError().text();
    }
    if (!ok) {
        m_db.rollback();
        m_events.discardCaches();
        outcome->error = error;
        return false;
    }
    outcome->position = position;
    outcome->conversations = QStringList(keys.begin(), keys.end());
    std::sort(outcome->conversations.begin(), outcome->conversations.end());
    for (const EventFrame& f : std::as_const(frames)) {
        if (f.event.value(QLatin1String("kind")).toString() == QLatin1String("status"))
            outcome->statuses.append(f);
    }
    return true;
}

} // namespace duet::sync
