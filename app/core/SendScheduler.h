// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound rate limiter: which queued send may go now, and when to ask again.
#pragma once

#include "core/PairLimiter.h"
#include "core/RecipientQueue.h"
#include "core/TokenBucket.h"

#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace duet {

class Clock;

/// Decides the order and the pace of outbound sends so that the Cloud API's limits are respected
/// by construction (docs/ARCHITECTURE.md, "Rate limits by construction"; docs/CLOUDAPI-CONTRACT.md, "Throughput and the
/// pair rate limit"; docs/RATE-LIMITS.md):
/// - a token bucket at the share of the number's cap this process holds (the lease),
/// - the per-recipient pair limit (PairLimiter), where a recipient that must wait never holds up
///   the others,
/// - two lanes: Live (agents' replies) ahead of Bulk (template campaigns), with at least one slot
///   in every `bulkEvery` left to Bulk while both have something to send,
/// - adaptive back-off: 130429 cuts the rate multiplicatively, quiet time wins it back additively,
///   never above the lease; Retry-After, 80007, code 4 and 131057 pause every send until a time.
///
/// It is pure logic on an injected Clock: no timer, no thread, no network. The driver enqueue()s
/// items, calls next() to get the item to send now, reports each outcome (onAccepted(),
/// onThrottled(), onPairLimited(), onPaused(), onRetryLater(), onFinished()) and arms one timer
/// for nextWakeMs(), which it asks again after every call that changes anything. Use it from one
/// thread.
class SendScheduler
{
public:
    using ItemId = SendItemId;

    enum class Lane { Live, Bulk };

    /// Why every send is on hold.
    enum class PauseReason {
        None,
        RetryAfter,    // 130429 with a Retry-After header
        WabaRateLimit, // 80007
        AppRateLimit,  // code 4
        Maintenance,   // 131057, e.g. during a throughput upgrade
        UsageLimit     // X-Business-Use-Case-Usage estimated_time_to_regain_access
    };

    struct Options
    {
        double leasedRatePerSec = 20;       // the share of the number's cap (Coexistence: 20 msg/s)
        int burst = 1;                      // sends allowed back to back; 1 keeps every 1 s window at the rate
        bool catchUp = true;                // a send that left late keeps the schedule (TokenBucket::setCatchUp)
        int bulkEvery = 5;                  // while both lanes wait, at least 1 slot in this many goes to Bulk
        double throttleCut = 0.5;           // 130429: rate *= this
        double minRatePerSec = 1;           // a cut never goes below this (or the lease, if lower)
        qint64 recoveryQuietMs = 10'000;    // after the last 130429, wait this long before recovering
        double recoveryStepPerSec = 1;      // then add this much rate ...
        qint64 recoveryStepMs = 2'000;      // ... every this long, up to the lease
        qint64 defaultPauseMs = 60'000;     // 80007 / code 4 without a stated time
        qint64 maintenancePauseMs = 30'000; // 131057 without a stated time
        PairLimiter::Options pair;
    };

    struct Stats
    {
        int queuedLive = 0;
        int queuedBulk = 0;
        int inFlight = 0;
        double ratePerSec = 0;       // the rate in force now (after any cut)
        double leasedRatePerSec = 0; // the lease
        int throttleCuts = 0;        // 130429 cuts so far
        qint64 pausedUntilMs = 0;    // 0 when not paused
        PauseReason pauseReason = PauseReason::None;
        int trackedRecipients = 0; // pair-limiter memory
    };

    explicit SendScheduler(const Clock& clock);
    SendScheduler(const Clock& clock, Options options);

    /// Queues a send. False (and nothing queued) for an id already queued or in flight, or an
    /// empty recipient.
    bool enqueue(ItemId id, const QString& recipient, Lane lane);
    /// Removes a queued send. False when it is not queued (unknown, or already handed out by
    /// next(): an item in flight is settled by its outcome).
    bool cancel(ItemId id);
    bool isQueued(ItemId id) const;
    bool isInFlight(ItemId id) const;
    int queuedCount(Lane lane) const;

    /// The send to make now, if any; it is then in flight until its outcome is reported.
    std::optional<ItemId> next();
    /// When next() may have something: now when it has, a later time on the clock otherwise, -1
    /// when nothing is queued or nothing can go until the caller changes something (rate 0).
    qint64 nextWakeMs();

    /// Sets the lease: this process's share of the number's cap, re-shared as desktops come and
    /// go. A cut still recovering goes on recovering, and the rate never exceeds the lease; a
    /// lease of 0 stops all sends.
    void setLeasedRate(double ratePerSec);
    double leasedRate() const { return m_leased; }
    /// The rate in force now.
    double rate() const;

    /// Outcomes of sends handed out by next(). Unknown ids are ignored, except that throttling
    /// and pauses still apply to everything.
    void onAccepted(ItemId id);
    /// 130429: cut the rate (once per burst of errors from sends made before the cut), put the
    /// item back in its place, and pause for retryAfterMs when the server gave one.
    void onThrottled(ItemId id, qint64 retryAfterMs = -1);
    /// 131056: hold the recipient back 4^X s (or retryAfterMs if longer), put the item back.
    void onPairLimited(ItemId id, qint64 retryAfterMs = -1);
    /// 80007, code 4, 131057 or a usage header: pause every send until untilMs (a default
    /// for the reason when untilMs is not in the future), put the item back.
    void onPaused(ItemId id, PauseReason reason, qint64 untilMs = -1);
    /// A transient failure that is not about rates (a network error before the request left):
    /// the item goes back to its place with no penalty.
    void onRetryLater(ItemId id);
    /// The send is settled otherwise (failed for good, or uncertain and left to reconciliation):
    /// forget it.
    void onFinished(ItemId id);
    /// Routes a Cloud API error code to the right outcome above. regainAtMs is the parsed
    /// estimated_time_to_regain_access, retryAfterMs the parsed Retry-After (-1 when absent).
    /// Returns false for codes that are not about rates (the item stays in flight).
    bool onError(ItemId id, int code, qint64 retryAfterMs = -1, qint64 regainAtMs = -1);

    /// Holds every send until untilMs (a later pause wins over an earlier one).
    void pauseUntil(qint64 untilMs, PauseReason reason);
    /// Lifts a pause at once (for instance when an admin fixed the account).
    void resume();
    bool isPaused() const;

    Stats stats() const;
    const PairLimiter& pairLimiter() const { return m_pair; }

    /// An untranslated, agent-facing description of a pause reason; translate it with
    /// QCoreApplication::translate("duet", text) where it is shown.
    static const char* pauseReasonText(PauseReason reason);

private:
    struct Info
    {
        QString recipient;
        Lane lane = Lane::Live;
        quint64 seq = 0;
        bool isInFlight = false;
        qint64 sentAtMs = 0;
        double sentAtRate = 0; ///< the rate in force when it left (a cut halves that one)
    };

    RecipientQueue& queue(Lane lane) { return m_lanes[lane == Lane::Live ? 0 : 1]; }
    const RecipientQueue& queue(Lane lane) const { return m_lanes[lane == Lane::Live ? 0 : 1]; }
    double rateAt(qint64 nowMs) const;
    void refreshRate();
    Info* inFlight(ItemId id);
    void requeue(ItemId id);

    const Clock& m_clock;
    Options m_options;
    double m_leased;
    TokenBucket m_bucket;
    PairLimiter m_pair;
    std::array<RecipientQueue, 2> m_lanes;
    QHash<ItemId, Info> m_items;
    quint64 m_nextSeq = 1;
    int m_liveStreak = 0; // live picks in a row while bulk was ready too

    double m_cutRate = -1; // the rate set by the last cut; < 0 until the first 130429
    qint64 m_lastThrottleMs = 0;
    qint64 m_lastCutMs = -1;
    int m_cuts = 0;

    qint64 m_pausedUntilMs = 0;
    PauseReason m_pauseReason = PauseReason::None;
};

} // namespace duet
