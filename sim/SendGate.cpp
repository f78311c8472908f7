// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's sending rules on the simulated clock: throughput, pair rate, the 24-hour window, the tier.
#include "SendGate.h"

#include "Scenario.h"
#include "core/Clock.h"

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
    if (m_throughput.timeUntilAvailable() != 0) {
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
    m_throughput.take();
    if (businessInitiated && !m_tier.contains(waId)) {
        m_tier.insert(waId, now);
        m_tierOrder.emplace_back(now, waId);
    }
    return {};
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
