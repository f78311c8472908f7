// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's sending rules on the simulated clock: throughput, pair rate, the 24-hour window, the tier.
#pragma once

#include "SimError.h"
#include "core/PairLimiter.h"
#include "core/TokenBucket.h"

#include <QHash>
#include <QString>

#include <deque>
#include <utility>

namespace duet {
class Clock;
}

namespace duet::sim {

struct Scenario;

/// Decides whether an already valid send may go out now, as the Cloud API would (docs/CLOUDAPI-CONTRACT.md, "Throughput
/// and the pair rate limit", "The customer-service window"), in this order: throughput (a token bucket of N per second
/// holding one second's worth, so a sustained rate above N/s is refused with 130429 while arrival jitter at N/s is
/// not), pair rate (PairLimiter: burst 45, one per 6 s per recipient, 131056), the customer-service window (free-form
/// only within 24 h of the customer's last message, 131047), and the business-initiated tier (templates outside the
/// window, unique recipients per moving 24 h, 131064). Only admit() counts a message; a refused one costs nothing.
/// Windows open through customerMessaged(), called when the simulator emits a customer message.
class SendGate
{
public:
    static constexpr qint64 kWindowMs = 24 * 3600 * 1000;

    SendGate(const Clock& clock, const Scenario& scenario);

    /// Checks and, when allowed, counts one message to `waId`.
    SimError admit(const QString& waId, bool isTemplate);

    void customerMessaged(const QString& waId);
    /// A customer message at an earlier time (history import); the window counts from the latest.
    void customerMessagedAt(const QString& waId, qint64 atMs);
    bool isWindowOpen(const QString& waId) const;
    /// Unique recipients of business-initiated messages in the last 24 h.
    int tierUsed() const;

    /// The simulator's own event loop is alive (called from its steady timer, never per request).
    /// While that beat is more than kStallRealMs late, the process itself was stalled (starved of
    /// CPU): requests that reached its socket at a conforming pace are all read at once when it
    /// wakes, after the throughput bucket threw away the refill above its capacity. admit() then
    /// lets through as many as the discarded refill, so the simulator does not blame the client for
    /// its own stall. Without a real-time clock (setStallClock()) or beats nothing changes.
    void heartbeat();
    /// The real (unscaled) time the beats are judged by; null: stalls are not looked for.
    void setStallClock(const Clock* real) { m_realClock = real; }
    static constexpr qint64 kStallRealMs = 250;

private:
    void expire(qint64 nowMs);
    /// True (and counted) when a message refused by the bucket fits the refill a stall discarded.
    bool takeStallCredit(qint64 nowMs);
    /// The bucket's refill since the last beat that its capacity threw away (0 without a stall).
    int stallDiscarded(qint64 nowMs) const;

    const Clock& m_clock;
    int m_tierLimit;
    TokenBucket m_throughput;
    PairLimiter m_pairs;
    const Clock* m_realClock = nullptr;
    qint64 m_beatRealMs = -1;             ///< real time of the last heartbeat(); -1 before the first
    qint64 m_beatAtMs = 0;                ///< the simulated time of the last heartbeat()
    qint64 m_stallRealMs = -1;            ///< real time of the late beat that granted m_stallCredit; -1 when none
    qint64 m_creditFromBeatMs = -1;       ///< real time of the beat the current stall is measured from
    int m_stallCredit = 0;                ///< what the last stall discarded, usable until kStallRealMs after its beat
    int m_stallCreditUsed = 0;            ///< messages let through on the current stall's credit
    QHash<QString, qint64> m_lastInbound; // wa_id -> last customer message
    QHash<QString, qint64> m_tier;        // wa_id -> first business-initiated message of its 24 h
    std::deque<std::pair<qint64, QString>> m_tierOrder; // the same, oldest first, so expiry is not a scan
};

} // namespace duet::sim
