// SPDX-License-Identifier: GPL-3.0-or-later
// A token bucket on an injected clock: a rate, a burst capacity, "may I send now / when".
#include "TokenBucket.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

namespace duet {

namespace {
// Below one token in ~11.6 days a rate is treated as 0; with the capacity bound this keeps
// capacity * interval (at most 1e18 us) in range.
constexpr double kMinRunningRate = 1e-6;
constexpr int kMaxCapacity = 1'000'000;

/// The fewest intervals that cover a second.
qint64 intervalsPerSecond(qint64 intervalUs)
{
    return intervalUs <= 0 ? 0 : (1'000'000 + intervalUs - 1) / intervalUs;
}
} // namespace

TokenBucket::TokenBucket(const Clock& clock, double ratePerSec, int capacity)
    : m_clock(&clock)
    , m_capacity(std::clamp(capacity, 1, kMaxCapacity))
    , m_intervalUs(intervalUsFor(ratePerSec))
    , m_tatUs(nowUs())
{
    m_rate = m_intervalUs > 0 ? ratePerSec : 0.0;
}

qint64 TokenBucket::intervalUsFor(double ratePerSec)
{
    if (!std::isfinite(ratePerSec) || ratePerSec < kMinRunningRate)
        return 0;
    // Round up so the bucket never runs faster than asked; the tolerance keeps exact quotients
    // such as 1e6 / (1.0 / 6) == 6000000.000000001 from gaining a microsecond.
    const double us = std::ceil(1e6 / ratePerSec - 1e-6);
    return std::max<qint64>(1, static_cast<qint64>(us));
}

qint64 TokenBucket::nowUs() const
{
    return m_clock->nowMs() * 1000;
}

qint64 TokenBucket::tatAt(qint64 now) const
{
    // A wall clock set back must not freeze the bucket: it never owes more than it can hold,
    // counted from the earliest "now" it has seen since.
    m_tatUs = std::min(m_tatUs, now + qint64(m_capacity) * m_intervalUs);
    return m_tatUs;
}

qint64 TokenBucket::debtUs(qint64 now) const
{
    return std::max<qint64>(0, tatAt(now) - now);
}

void TokenBucket::setRate(double ratePerSec)
{
    const qint64 newInterval = intervalUsFor(ratePerSec);
    const double newRate = newInterval > 0 ? ratePerSec : 0.0;
    if (newInterval == m_intervalUs) {
        m_rate = newRate;
        return;
    }
    const qint64 now = nowUs();
    // Tokens owed at the old rate become the same number of tokens owed at the new one.
    const double debtTokens = m_intervalUs > 0 ? double(debtUs(now)) / double(m_intervalUs) : m_stoppedDebt;
    m_intervalUs = newInterval;
    m_rate = newRate;
    if (m_intervalUs > 0) {
        m_tatUs = now + static_cast<qint64>(std::ceil(debtTokens * double(m_intervalUs) - 1e-6));
        m_stoppedDebt = 0;
    } else {
        m_stoppedDebt = debtTokens;
    }
}

void TokenBucket::setCapacity(int capacity)
{
    m_capacity = std::clamp(capacity, 1, kMaxCapacity);
    if (m_intervalUs > 0)
        m_tatUs = tatAt(nowUs());
    else
        m_stoppedDebt = std::min(m_stoppedDebt, double(m_capacity));
}

double TokenBucket::available() const
{
    const double owed = m_intervalUs > 0 ? double(debtUs(nowUs())) / double(m_intervalUs) : m_stoppedDebt;
    return std::clamp(double(m_capacity) - owed, 0.0, double(m_capacity));
}

bool TokenBucket::isFull() const
{
    if (m_intervalUs == 0)
        return m_stoppedDebt <= 0;
    const qint64 now = nowUs();
    return tatAt(now) <= now;
}

bool TokenBucket::take()
{
    if (m_intervalUs == 0) {
        if (double(m_capacity) - m_stoppedDebt < 1.0)
            return false;
        m_stoppedDebt += 1.0;
        return true;
    }
    const qint64 now = nowUs();
    const qint64 scheduled = tatAt(now);
    const qint64 tat = std::max(scheduled, now);
    if (tat - now > qint64(m_capacity - 1) * m_intervalUs)
        return false;
    if (!m_catchUp) {
        m_tatUs = tat + m_intervalUs;
        return true;
    }
    const qint64 windowAt = windowAllowedUs(now);
    if (windowAt > now)
        return false;
    // The moment this take was due: its slot, or the window's bound when that came later. Late by
    // at most one interval, the schedule holds from there, so the next take is allowed where it
    // would have been. Later than that, the bucket was simply idle: as without catch-up.
    const qint64 due = std::max(scheduled, windowAt);
    m_tatUs = (now > due && now - due <= m_intervalUs ? due : tat) + m_intervalUs;
    m_takesUs.push_back(now);
    while (int(m_takesUs.size()) > windowLimit())
        m_takesUs.pop_front();
    return true;
}

void TokenBucket::setCatchUp(bool on)
{
    m_catchUp = on;
    m_takesUs.clear();
}

int TokenBucket::windowLimit() const
{
    if (m_intervalUs <= 0)
        return m_capacity;
    // n intervals, the fewest that cover a second, may hold n + capacity - 1 takes: what a bucket
    // without catch-up lets into them (capacity 1: n + 1 takes span at least n intervals), so no
    // second holds more than it would.
    return int(std::min<qint64>(intervalsPerSecond(m_intervalUs) + m_capacity - 1, kMaxCapacity));
}

qint64 TokenBucket::windowUs() const
{
    return intervalsPerSecond(m_intervalUs) * m_intervalUs;
}

qint64 TokenBucket::windowAllowedUs(qint64 now) const
{
    // The window (t - windowUs, t] may hold windowLimit() - 1 earlier takes: the take that many
    // places back must be at or before t - windowUs.
    const int limit = windowLimit();
    if (!m_catchUp || m_intervalUs <= 0 || int(m_takesUs.size()) < limit)
        return 0;
    // A clock set back must not freeze the bucket: a take "in the future" counts as one now.
    return std::min(m_takesUs[m_takesUs.size() - size_t(limit)], now) + windowUs();
}

qint64 TokenBucket::availableAtMs() const
{
    return availableAtMs(m_clock->nowMs());
}

qint64 TokenBucket::availableAtMs(qint64 nowMs) const
{
    if (m_intervalUs == 0)
        return double(m_capacity) - m_stoppedDebt >= 1.0 ? nowMs : -1;
    const qint64 now = nowMs * 1000;
    const qint64 allowedUs =
        std::max(std::max(tatAt(now), now) - qint64(m_capacity - 1) * m_intervalUs, windowAllowedUs(now));
    if (allowedUs <= now)
        return nowMs;
    return (allowedUs + 999) / 1000; // round up to the first whole millisecond that conforms
}

qint64 TokenBucket::timeUntilAvailable() const
{
    // One reading of the clock: "available at" and "now" read apart would put a millisecond
    // between them now and then, and a full bucket would answer -1, never.
    const qint64 nowMs = m_clock->nowMs();
    const qint64 at = availableAtMs(nowMs);
    return at < 0 ? -1 : at - nowMs;
}

void TokenBucket::drain()
{
    if (m_intervalUs > 0)
        m_tatUs = nowUs() + qint64(m_capacity) * m_intervalUs;
    else
        m_stoppedDebt = m_capacity;
}

} // namespace duet
