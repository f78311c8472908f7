// SPDX-License-Identifier: GPL-3.0-or-later
// One send lane: a FIFO of items in which a recipient that must wait does not hold up the others.
#include "RecipientQueue.h"

#include <algorithm>
#include <limits>

namespace duet {

void RecipientQueue::push(const QString& recipient, Item item)
{
    std::deque<Item>& items = m_byRecipient[recipient];
    const std::optional<quint64> oldHead = items.empty() ? std::nullopt : std::optional<quint64>(items.front().seq);
    const auto pos =
        std::upper_bound(items.begin(), items.end(), item.seq, [](quint64 seq, const Item& i) { return seq < i.seq; });
    items.insert(pos, item);
    ++m_size;
    setHead(recipient, oldHead);
}

bool RecipientQueue::remove(const QString& recipient, SendItemId id)
{
    const auto found = m_byRecipient.find(recipient);
    if (found == m_byRecipient.end())
        return false;
    std::deque<Item>& items = *found;
    const auto pos = std::find_if(items.begin(), items.end(), [id](const Item& i) { return i.id == id; });
    if (pos == items.end())
        return false;
    const quint64 oldHead = items.front().seq;
    items.erase(pos);
    --m_size;
    setHead(recipient, oldHead);
    return true;
}

std::optional<RecipientQueue::Item> RecipientQueue::popFront(const QString& recipient)
{
    const auto found = m_byRecipient.find(recipient);
    if (found == m_byRecipient.end() || found->empty())
        return std::nullopt;
    const Item item = found->front();
    found->pop_front();
    --m_size;
    setHead(recipient, item.seq);
    return item;
}

void RecipientQueue::setHead(const QString& recipient, std::optional<quint64> oldHeadSeq)
{
    const bool isParked = m_parkedUntil.contains(recipient);
    if (oldHeadSeq && !isParked)
        m_heads.erase(*oldHeadSeq);
    const auto found = m_byRecipient.find(recipient);
    if (found == m_byRecipient.end() || found->empty()) {
        if (isParked) {
            m_parked.erase({m_parkedUntil.value(recipient), recipient});
            m_parkedUntil.remove(recipient);
        }
        if (found != m_byRecipient.end())
            m_byRecipient.erase(found);
        return;
    }
    if (!isParked)
        m_heads[found->front().seq] = recipient;
}

void RecipientQueue::unparkDue(qint64 nowMs)
{
    // If the clock went back, parked times are not to be trusted: ask every recipient again.
    const qint64 until = nowMs < m_lastNowMs ? std::numeric_limits<qint64>::max() : nowMs;
    m_lastNowMs = nowMs;
    while (!m_parked.empty() && m_parked.begin()->first <= until) {
        const QString recipient = m_parked.begin()->second;
        m_parked.erase(m_parked.begin());
        m_parkedUntil.remove(recipient);
        const auto found = m_byRecipient.constFind(recipient);
        if (found != m_byRecipient.cend() && !found->empty())
            m_heads[found->front().seq] = recipient;
    }
}

std::optional<QString> RecipientQueue::findReady(qint64 nowMs, const ReadyAt& readyAt)
{
    unparkDue(nowMs);
    for (auto it = m_heads.begin(); it != m_heads.end();) {
        const qint64 at = readyAt(it->second);
        if (at <= nowMs)
            return it->second;
        m_parked.insert({at, it->second});
        m_parkedUntil.insert(it->second, at);
        it = m_heads.erase(it);
    }
    return std::nullopt;
}

qint64 RecipientQueue::earliestParkedMs() const
{
    return m_parked.empty() ? -1 : m_parked.begin()->first;
}

} // namespace duet
