// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound rate limiter: which queued send may go now, and when to ask again.
#include "SendScheduler.h"

#include "Clock.h"

#include <algorithm>
#include <cmath>

namespace duet {

namespace {
// A 130429 for a send the scheduler no longer knows is taken as a send this old.
constexpr qint64 kUnknownSendAgeMs = 1'000;

double sanitizedRate(double ratePerSec)
{
    return std::isfinite(ratePerSec) && ratePerSec > 0 ? ratePerSec : 0.0;
}

SendScheduler::Options sanitized(SendScheduler::Options options)
{
    options.leasedRatePerSec = sanitizedRate(options.leasedRatePerSec);
    options.burst = std::max(1, options.burst);
    options.bulkEvery = std::max(2, options.bulkEvery);
    if (!(options.throttleCut > 0 && options.throttleCut < 1))
        options.throttleCut = 0.5;
    options.minRatePerSec = sanitizedRate(options.minRatePerSec);
    options.recoveryQuietMs = std::max<qint64>(0, options.recoveryQuietMs);
    options.recoveryStepPerSec = sanitizedRate(options.recoveryStepPerSec);
    options.recoveryStepMs = std::max<qint64>(1, options.recoveryStepMs);
    options.defaultPauseMs = std::max<qint64>(1, options.defaultPauseMs);
    options.maintenancePauseMs = std::max<qint64>(1, options.maintenancePauseMs);
    return options;
}
} // namespace

SendScheduler::SendScheduler(const Clock& clock)
    : SendScheduler(clock, Options{})
{}

SendScheduler::SendScheduler(const Clock& clock, Options options)
    : m_clock(clock)
    , m_options(sanitized(options))
    , m_leased(m_options.leasedRatePerSec)
    , m_bucket(clock, m_leased, m_options.burst)
    , m_pair(clock, m_options.pair)
{
    m_bucket.setCatchUp(m_options.catchUp);
}

// --- the queue ---------------------------------------------------------------------------------

bool SendScheduler::enqueue(ItemId id, const QString& recipient, Lane lane)
{
    if (recipient.isEmpty() || m_items.contains(id))
        return false;
    Info info;
    info.recipient = recipient;
    info.lane = lane;
    info.seq = m_nextSeq++;
    queue(lane).push(recipient, {info.seq, id});
    m_items.insert(id, info);
    return true;
}

bool SendScheduler::cancel(ItemId id)
{
    const auto it = m_items.find(id);
    if (it == m_items.end() || it->isInFlight)
        return false;
    queue(it->lane).remove(it->recipient, id);
    m_items.erase(it);
    return true;
}

bool SendScheduler::isQueued(ItemId id) const
{
    const auto it = m_items.constFind(id);
    return it != m_items.cend() && !it->isInFlight;
}

bool SendScheduler::isInFlight(ItemId id) const
{
    const auto it = m_items.constFind(id);
    return it != m_items.cend() && it->isInFlight;
}

int SendScheduler::queuedCount(Lane lane) const
{
    return queue(lane).size();
}

SendScheduler::Info* SendScheduler::inFlight(ItemId id)
{
    const auto it = m_items.find(id);
    return it != m_items.end() && it->isInFlight ? &*it : nullptr;
}

void SendScheduler::requeue(ItemId id)
{
    Info* info = inFlight(id);
    if (!info)
        return;
    info->isInFlight = false;
    queue(info->lane).push(info->recipient, {info->seq, id});
}

// --- picking -----------------------------------------------------------------------------------

std::optional<SendScheduler::ItemId> SendScheduler::next()
{
    refreshRate();
    const qint64 now = m_clock.nowMs();
    if (isPaused() || m_bucket.rate() <= 0)
        return std::nullopt;
    const qint64 globalAt = m_bucket.availableAtMs();
    if (globalAt < 0 || globalAt > now)
        return std::nullopt;

    // "Ready now" is the `now` read above: the pair limiter reads the clock again, and with
    // thousands of recipients the millisecond may turn during the scan, which would park every
    // ready recipient one millisecond ahead, again and again, and send nothing.
    const auto readyAt = [this, now](const QString& recipient) {
        const qint64 at = m_pair.readyAtMs(recipient);
        return at <= m_clock.nowMs() ? std::min(at, now) : at;
    };
    const std::optional<QString> live = queue(Lane::Live).findReady(now, readyAt);
    const std::optional<QString> bulk = queue(Lane::Bulk).findReady(now, readyAt);
    if (!live && !bulk)
        return std::nullopt;

    Lane lane = Lane::Live;
    if (live && bulk) {
        // Live goes first, but never more than bulkEvery - 1 times in a row while bulk waits.
        if (m_liveStreak >= m_options.bulkEvery - 1) {
            lane = Lane::Bulk;
            m_liveStreak = 0;
        } else {
            ++m_liveStreak;
        }
    } else if (bulk) {
        lane = Lane::Bulk;
        m_liveStreak = 0;
    }
    const QString recipient = lane == Lane::Live ? *live : *bulk;

    const std::optional<RecipientQueue::Item> item = queue(lane).popFront(recipient);
    const auto info = item ? m_items.find(item->id) : m_items.end();
    if (info == m_items.end())
        return std::nullopt; // cannot happen: findReady() named a recipient with a known item
    m_bucket.take();
    m_pair.take(recipient);
    info->isInFlight = true;
    info->sentAtMs = now;
    info->sentAtRate = m_bucket.rate();
    return item->id;
}

qint64 SendScheduler::nextWakeMs()
{
    if (queue(Lane::Live).isEmpty() && queue(Lane::Bulk).isEmpty())
        return -1;
    refreshRate();
    const qint64 now = m_clock.nowMs();
    const qint64 globalAt = m_bucket.availableAtMs();
    if (globalAt < 0 || m_bucket.rate() <= 0)
        return -1;

    // The earliest a queued recipient may receive: now if one may, else its parked time.
    // "Ready now" is the `now` read above: the pair limiter reads the clock again, and with
    // thousands of recipients the millisecond may turn during the scan, which would park every
    // ready recipient one millisecond ahead, again and again, and send nothing.
    const auto readyAt = [this, now](const QString& recipient) {
        const qint64 at = m_pair.readyAtMs(recipient);
        return at <= m_clock.nowMs() ? std::min(at, now) : at;
    };
    qint64 recipientAt = -1;
    for (Lane lane : {Lane::Live, Lane::Bulk}) {
        RecipientQueue& q = queue(lane);
        if (q.isEmpty())
            continue;
        const qint64 at = q.findReady(now, readyAt) ? now : q.earliestParkedMs();
        if (at >= 0 && (recipientAt < 0 || at < recipientAt))
            recipientAt = at;
    }
    if (recipientAt < 0)
        return -1;
    return std::max({now, globalAt, recipientAt, isPaused() ? m_pausedUntilMs : now});
}

// --- the rate ----------------------------------------------------------------------------------

double SendScheduler::rateAt(qint64 nowMs) const
{
    if (m_cutRate < 0)
        return m_leased;
    const qint64 quietEnd = m_lastThrottleMs + m_options.recoveryQuietMs;
    if (nowMs < quietEnd)
        return std::min(m_cutRate, m_leased);
    const qint64 steps = 1 + (nowMs - quietEnd) / m_options.recoveryStepMs;
    return std::min(m_leased, m_cutRate + double(steps) * m_options.recoveryStepPerSec);
}

double SendScheduler::rate() const
{
    return rateAt(m_clock.nowMs());
}

void SendScheduler::refreshRate()
{
    // A cut is never cleared: once its recovery passes the lease it simply stops mattering,
    // and a lease that shrinks and grows again does not skip what is left of the recovery.
    m_bucket.setRate(rateAt(m_clock.nowMs()));
}

void SendScheduler::setLeasedRate(double ratePerSec)
{
    m_leased = sanitizedRate(ratePerSec);
    refreshRate();
}

// --- outcomes ----------------------------------------------------------------------------------

void SendScheduler::onAccepted(ItemId id)
{
    const Info* info = inFlight(id);
    if (!info)
        return;
    m_pair.onSuccess(info->recipient);
    m_items.remove(id);
}

void SendScheduler::onThrottled(ItemId id, qint64 retryAfterMs)
{
    const qint64 now = m_clock.nowMs();
    const Info* info = inFlight(id);
    const qint64 sentAt = info ? info->sentAtMs : now - kUnknownSendAgeMs;
    // Sends made before the last cut were paced at the old rate: their errors confirm that cut
    // rather than call for another one.
    if (m_lastCutMs < 0 || sentAt >= m_lastCutMs) {
        // The cut halves the rate the refused send left at: the lease may have changed since
        // (to 0 when the hub saw this desktop's queue empty while the send was out), and a cut of
        // 0 would never recover. rateAt() keeps the result under the lease.
        const double sentRate = info ? info->sentAtRate : rateAt(now);
        m_cutRate = std::max(m_options.minRatePerSec, sentRate * m_options.throttleCut);
        m_lastCutMs = now;
        ++m_cuts;
    }
    m_lastThrottleMs = now;
    refreshRate();
    requeue(id);
    if (retryAfterMs > 0)
        pauseUntil(now + retryAfterMs, PauseReason::RetryAfter);
}

void SendScheduler::onPairLimited(ItemId id, qint64 retryAfterMs)
{
    const Info* info = inFlight(id);
    if (!info)
        return;
    m_pair.onPairRateError(info->recipient, retryAfterMs);
    requeue(id);
}

void SendScheduler::onPaused(ItemId id, PauseReason reason, qint64 untilMs)
{
    const qint64 now = m_clock.nowMs();
    if (reason == PauseReason::None)
        reason = PauseReason::WabaRateLimit;
    if (untilMs <= now)
        untilMs = now + (reason == PauseReason::Maintenance ? m_options.maintenancePauseMs : m_options.defaultPauseMs);
    requeue(id);
    pauseUntil(untilMs, reason);
}

void SendScheduler::onRetryLater(ItemId id)
{
    requeue(id);
}

void SendScheduler::onFinished(ItemId id)
{
    if (inFlight(id))
        m_items.remove(id);
}

bool SendScheduler::onError(ItemId id, int code, qint64 retryAfterMs, qint64 regainAtMs)
{
    const qint64 now = m_clock.nowMs();
    const qint64 statedUntil = regainAtMs > now ? regainAtMs : retryAfterMs > 0 ? now + retryAfterMs : -1;
    switch (code) {
    case 130429:
        onThrottled(id, retryAfterMs);
        if (regainAtMs > now)
            pauseUntil(regainAtMs, PauseReason::UsageLimit);
        return true;
    case 131056:
        onPairLimited(id, retryAfterMs);
        return true;
    case 80007:
        onPaused(id, PauseReason::WabaRateLimit, statedUntil);
        return true;
    case 4:
        onPaused(id, PauseReason::AppRateLimit, statedUntil);
        return true;
    case 131057:
        onPaused(id, PauseReason::Maintenance, statedUntil);
        return true;
    default:
        return false;
    }
}

// --- pauses ------------------------------------------------------------------------------------

void SendScheduler::pauseUntil(qint64 untilMs, PauseReason reason)
{
    if (untilMs <= m_clock.nowMs() || (isPaused() && untilMs <= m_pausedUntilMs))
        return;
    m_pausedUntilMs = untilMs;
    m_pauseReason = reason == PauseReason::None ? PauseReason::WabaRateLimit : reason;
}

void SendScheduler::resume()
{
    m_pausedUntilMs = 0;
    m_pauseReason = PauseReason::None;
}

bool SendScheduler::isPaused() const
{
    return m_pausedUntilMs > m_clock.nowMs();
}

SendScheduler::Stats SendScheduler::stats() const
{
    Stats s;
    s.queuedLive = queue(Lane::Live).size();
    s.queuedBulk = queue(Lane::Bulk).size();
    s.inFlight = int(m_items.size()) - s.queuedLive - s.queuedBulk;
    s.ratePerSec = rate();
    s.leasedRatePerSec = m_leased;
    s.throttleCuts = m_cuts;
    if (isPaused()) {
        s.pausedUntilMs = m_pausedUntilMs;
        s.pauseReason = m_pauseReason;
    }
    s.trackedRecipients = m_pair.trackedCount();
    return s;
}

const char* SendScheduler::pauseReasonText(PauseReason reason)
{
    switch (reason) {
    case PauseReason::None:
        return "";
    case PauseReason::RetryAfter:
        return QT_TRANSLATE_NOOP("duet", "WhatsApp asked Duet to slow down; sending resumes shortly.");
    case PauseReason::WabaRateLimit:
        return QT_TRANSLATE_NOOP("duet", "The WhatsApp account reached its request limit; sending resumes when "
                                         "WhatsApp allows it.");
    case PauseReason::AppRateLimit:
        return QT_TRANSLATE_NOOP("duet", "The app reached its WhatsApp request limit; sending resumes when "
                                         "WhatsApp allows it.");
    case PauseReason::Maintenance:
        return QT_TRANSLATE_NOOP("duet", "The phone number is in maintenance at WhatsApp; sending resumes in a "
                                         "moment.");
    case PauseReason::UsageLimit:
        return QT_TRANSLATE_NOOP("duet", "WhatsApp's usage limit was reached; sending resumes when access is "
                                         "regained.");
    }
    return "";
}

} // namespace duet
