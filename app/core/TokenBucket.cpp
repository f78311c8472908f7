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
    const qint64 tat = std::max(tatAt(now), now);
    if (tat - now > qint64(m_capacity - 1) * m_intervalUs)
        return false;
    m_tatUs = tat + m_intervalUs;
    return true;
}

qint64 TokenBucket::availableAtMs() const
{
    const qint64 nowMs = m_clock->nowMs();
    if (m_intervalUs == 0)
        return double(m_capacity) - m_stoppedDebt >= 1.0 ? nowMs : -1;
    const qint64 now = nowMs * 1000;
    const qint64 allowedUs = std::max(tatAt(now), now) - qint64(m_capacity - 1) * m_intervalUs;
    if (allowedUs <= now)
        return nowMs;
    return (allowedUs + 999) / 1000; // round up to the first whole millisecond that conforms
}

qint64 TokenBucket::timeUntilAvailable() const
{
    const qint64 at = availableAtMs();
    return at < 0 ? -1 : at - m_clock->nowMs();
}

void TokenBucket::drain()
{
    if (m_intervalUs > 0)
        m_tatUs = nowUs() + qint64(m_capacity) * m_intervalUs;
    else
        m_stoppedDebt = m_capacity;
}

} // namespace duet
