// SPDX-License-Identifier: GPL-3.0-or-later
// One send lane: a FIFO of items in which a recipient that must wait does not hold up the others.
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace duet {

/// Identifies one queued send (the outbox row id, for instance).
using SendItemId = qint64;

/// A first-in-first-out queue of sends, grouped by recipient. findReady() returns the oldest
/// item whose recipient may receive a message now; recipients that must wait are parked until
/// their ready time, so one blocked recipient costs one step however many items it has queued,
/// and the items of other recipients behind it go first. Items of one recipient always leave in
/// the order they were queued. Positions are sequence numbers chosen by the caller, so an item
/// put back after a failed attempt regains its old place.
class RecipientQueue
{
public:
    /// Absolute time (ms on the caller's clock) when a recipient may next receive a message.
    using ReadyAt = std::function<qint64(const QString& recipient)>;

    struct Item
    {
        quint64 seq = 0;
        SendItemId id = 0;
    };

    /// Adds an item at its sequence position among the recipient's items.
    void push(const QString& recipient, Item item);
    /// Removes an item; false when it is not queued for that recipient.
    bool remove(const QString& recipient, SendItemId id);
    /// Takes out the recipient's oldest item (the one findReady() named).
    std::optional<Item> popFront(const QString& recipient);

    /// The recipient of the oldest item whose recipient is ready at nowMs, if any. Recipients
    /// found waiting are parked until readyAt() says; parked recipients come back on their time
    /// and are asked again.
    std::optional<QString> findReady(qint64 nowMs, const ReadyAt& readyAt);
    /// The earliest time a parked recipient comes back, -1 when none is parked.
    qint64 earliestParkedMs() const;

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    void unparkDue(qint64 nowMs);
    void setHead(const QString& recipient, std::optional<quint64> oldHeadSeq);

    QHash<QString, std::deque<Item>> m_byRecipient; // each sorted by seq
    std::map<quint64, QString> m_heads;             // head seq -> recipient, for unparked recipients
    std::set<std::pair<qint64, QString>> m_parked;  // (back at ms, recipient)
    QHash<QString, qint64> m_parkedUntil;
    int m_size = 0;
    qint64 m_lastNowMs = 0;
};

} // namespace duet
