// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's pair rate limit: how often one business number may message one customer.
#include "PairLimiter.h"

#include "Clock.h"

#include <algorithm>

namespace duet {

namespace {
PairLimiter::Options sanitized(PairLimiter::Options options)
{
    options.burst = std::max(1, options.burst);
    options.intervalMs = std::max<qint64>(1, options.intervalMs);
    options.maxBackoffExponent = std::clamp(options.maxBackoffExponent, 0, 10);
    options.errorMemoryMs = std::max<qint64>(0, options.errorMemoryMs);
    options.pruneThreshold = std::max(1, options.pruneThreshold);
    return options;
}
} // namespace

PairLimiter::PairLimiter(const Clock& clock)
    : PairLimiter(clock, Options{})
{}

PairLimiter::PairLimiter(const Clock& clock, Options options)
    : m_clock(clock)
    , m_options(sanitized(options))
    , m_ratePerSec(1000.0 / double(m_options.intervalMs))
    , m_nextPruneAt(m_options.pruneThreshold)
{}

bool PairLimiter::isReady(const QString& recipient) const
{
    return readyAtMs(recipient) <= m_clock.nowMs();
}

qint64 PairLimiter::readyAtMs(const QString& recipient) const
{
    const auto it = m_entries.constFind(recipient);
    if (it == m_entries.cend())
        return m_clock.nowMs();
    it->heldUntilMs = std::min(it->heldUntilMs, m_clock.nowMs() + it->holdMs);
    return std::max(it->bucket.availableAtMs(), it->heldUntilMs);
}

PairLimiter::Entry& PairLimiter::entryFor(const QString& recipient)
{
    auto it = m_entries.find(recipient);
    if (it != m_entries.end())
        return *it;
    pruneIfLarge();
    return *m_entries.insert(recipient, Entry{TokenBucket(m_clock, m_ratePerSec, m_options.burst)});
}

bool PairLimiter::take(const QString& recipient)
{
    if (!isReady(recipient))
        return false;
    return entryFor(recipient).bucket.take();
}

void PairLimiter::onSuccess(const QString& recipient)
{
    const auto it = m_entries.find(recipient);
    if (it != m_entries.end())
        it->errors = 0;
}

qint64 PairLimiter::onPairRateError(const QString& recipient, qint64 retryAfterMs)
{
    Entry& entry = entryFor(recipient);
    const int exponent = std::min(entry.errors, m_options.maxBackoffExponent);
    qint64 holdMs = 1000;
    for (int i = 0; i < exponent; ++i)
        holdMs *= 4;
    holdMs = std::max(holdMs, retryAfterMs);
    const qint64 now = m_clock.nowMs();
    entry.heldUntilMs = std::max(std::min(entry.heldUntilMs, now + entry.holdMs), now + holdMs);
    entry.holdMs = std::max(entry.holdMs, holdMs);
    ++entry.errors;
    return holdMs;
}

int PairLimiter::consecutiveErrors(const QString& recipient) const
{
    const auto it = m_entries.constFind(recipient);
    return it == m_entries.cend() ? 0 : it->errors;
}

bool PairLimiter::isIdle(const Entry& entry, qint64 nowMs) const
{
    const qint64 memoryMs = entry.errors > 0 ? m_options.errorMemoryMs : 0;
    return entry.bucket.isFull() && nowMs >= entry.heldUntilMs + memoryMs;
}

void PairLimiter::prune()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (isIdle(*it, now))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

void PairLimiter::pruneIfLarge()
{
    if (m_entries.size() < m_nextPruneAt)
        return;
    prune();
    // Doubling the next threshold keeps pruning amortised O(1) per new recipient.
    m_nextPruneAt = std::max<int>(m_options.pruneThreshold, int(m_entries.size()) * 2);
}

} // namespace duet
