// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's sending rules on the simulated clock: throughput, pair rate, the 24-hour window, the tier.
#include "SendGate.h"

#include "Scenario.h"
#include "core/Clock.h"

#include <algorithm>

namespace duet::sim {

namespace {

PairLimiter::Options pairOptions(const Scenario& scenario)
{
    PairLimiter::Options o;
    o.burst = scenario.pairBurst;
    o.intervalMs = scenario.pairIntervalMs;
    return o;
}

} // namespace

SendGate::SendGate(const Clock& clock, const Scenario& scenario)
    : m_clock(clock)
    , m_tierLimit(scenario.tierLimit)
    , m_throughput(clock, scenario.throughputPerSec, scenario.throughputPerSec)
    , m_pairs(clock, pairOptions(scenario))
{}

void SendGate::expire(qint64 nowMs)
{
    // Oldest first: every send looks at the expired entries alone (10,000 recipients would make a
    // scan of the whole tier per send quadratic).
    while (!m_tierOrder.empty() && m_tierOrder.front().first <= nowMs - kWindowMs) {
        const auto it = m_tier.constFind(m_tierOrder.front().second);
        if (it != m_tier.cend() && it.value() == m_tierOrder.front().first)
            m_tier.erase(it);
        m_tierOrder.pop_front();
    }
}

SimError SendGate::admit(const QString& waId, bool isTemplate)
{
    const qint64 now = m_clock.nowMs();
    expire(now);
    const bool bucketReady = m_throughput.timeUntilAvailable() == 0;
    if (!bucketReady && !takeStallCredit(now)) {
        return SimError::make(ErrorCode::Throughput,
                              QStringLiteral("Cloud API message throughput has been reached (%1 messages per second).")
                                  .arg(m_throughput.rate()));
    }
    if (!m_pairs.isReady(waId)) {
        return SimError::make(ErrorCode::PairRate,
                              QStringLiteral("Message failed to send because there were too many messages sent from "
                                             "this phone number to the same phone number in a short period of time."));
    }
    const bool windowOpen = isWindowOpen(waId);
    if (!windowOpen && !isTemplate) {
        return SimError::make(ErrorCode::ReEngagement,
                              QStringLiteral("Message failed to send because more than 24 hours have passed since the "
                                             "customer last replied to this number."));
    }
    const bool businessInitiated = !windowOpen && isTemplate;
    if (businessInitiated && !m_tier.contains(waId) && m_tier.size() >= m_tierLimit) {
        return SimError::make(ErrorCode::MessagingLimit,
                              QStringLiteral("Message failed to send because the business has reached its limit of "
                                             "%1 unique customers in 24 hours for business-initiated messages.")
                                  .arg(m_tierLimit));
    }
    m_pairs.take(waId);
    if (bucketReady)
        m_throughput.take();
    else
        ++m_stallCreditUsed;
    if (businessInitiated && !m_tier.contains(waId)) {
        m_tier.insert(waId, now);
        m_tierOrder.emplace_back(now, waId);
    }
    return {};
}

void SendGate::heartbeat()
{
    if (!m_realClock)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 real = m_realClock->nowMs();
    if (m_beatRealMs >= 0 && real - m_beatRealMs > kStallRealMs) {
        // This beat comes after a stall: the requests read just before or just after it (the
        // event loop's order is not fixed) share what the stall discarded, for one more stall span.
        if (m_creditFromBeatMs != m_beatRealMs) {
            m_creditFromBeatMs = m_beatRealMs;
            m_stallCreditUsed = 0;
        }
        m_stallCredit = stallDiscarded(now);
        m_stallRealMs = real;
    } else if (m_stallRealMs >= 0 && real - m_stallRealMs > kStallRealMs) {
        m_stallCredit = 0;
        m_stallRealMs = -1;
    }
    m_beatRealMs = real;
    m_beatAtMs = now;
}

int SendGate::stallDiscarded(qint64 nowMs) const
{
    // The refill over the stall beyond what the bucket holds: what a conforming client sent meanwhile.
    const double refill = m_throughput.rate() * double(std::max<qint64>(0, nowMs - m_beatAtMs)) / 1000.0;
    return std::max(0, int(refill) - m_throughput.capacity());
}

bool SendGate::takeStallCredit(qint64 nowMs)
{
    if (!m_realClock || m_beatRealMs < 0)
        return false;
    int credit = 0;
    if (m_realClock->nowMs() - m_beatRealMs > kStallRealMs) { // stalled now, its beat not run yet
        if (m_creditFromBeatMs != m_beatRealMs) {
            m_creditFromBeatMs = m_beatRealMs;
            m_stallCreditUsed = 0;
        }
        credit = stallDiscarded(nowMs);
    } else if (m_stallRealMs >= 0) { // just after a stall's late beat
        credit = m_stallCredit;
    }
    return m_stallCreditUsed < credit;
}

void SendGate::customerMessaged(const QString& waId)
{
    customerMessagedAt(waId, m_clock.nowMs());
}

void SendGate::customerMessagedAt(const QString& waId, qint64 atMs)
{
    if (atMs > m_lastInbound.value(waId, -1))
        m_lastInbound.insert(waId, atMs);
}

bool SendGate::isWindowOpen(const QString& waId) const
{
    const auto it = m_lastInbound.constFind(waId);
    return it != m_lastInbound.constEnd() && m_clock.nowMs() < it.value() + kWindowMs;
}

int SendGate::tierUsed() const
{
    const qint64 now = m_clock.nowMs();
    int used = 0;
    for (const qint64 at : m_tier) {
        if (at > now - kWindowMs)
            ++used;
    }
    return used;
}

} // namespace duet::sim
