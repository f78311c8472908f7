// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's pair rate limit: how often one business number may message one customer.
#pragma once

#include "core/TokenBucket.h"

#include <QHash>
#include <QString>

namespace duet {

class Clock;

/// Paces messages per recipient the way the Cloud API's pair rate limit counts them
/// (docs/CLOUDAPI-CONTRACT.md, "Throughput and the pair rate limit"): one message per 6 s sustained, bursts of up to 45
/// that borrow against later sends. Each recipient gets a token bucket of capacity 45 refilled at one token per 6 s, so
/// after a burst of 20 the recipient is back to a full bucket 2 minutes later, as Meta's example
/// says. After a 131056 error the recipient is also held back 4^X seconds (X = 0, 1, 2, ... for
/// consecutive 131056 errors, reset by a success).
///
/// Keys are the recipient as sent in `to` (the wa_id digits); the caller picks one spelling.
/// Memory stays bounded: a recipient whose bucket is full again and who is not held back is
/// forgotten (it would behave exactly like a recipient never seen).
///
/// Usage: ask isReady()/readyAtMs() before sending, take() when sending, then report the outcome
/// with onSuccess() or onPairRateError().
class PairLimiter
{
public:
    struct Options
    {
        int burst = 45;                     // messages a recipient may receive at once
        qint64 intervalMs = 6'000;          // sustained pace: one message per interval
        int maxBackoffExponent = 6;         // 4^6 s = 68 min: the longest single hold after 131056
        qint64 errorMemoryMs = 15 * 60'000; // an error streak outlives its hold this long
        int pruneThreshold = 1'024;         // start looking for idle recipients past this many
    };

    explicit PairLimiter(const Clock& clock);
    PairLimiter(const Clock& clock, Options options);

    const Options& options() const { return m_options; }

    bool isReady(const QString& recipient) const;
    /// When the recipient may next receive a message, as an absolute time on the clock
    /// (now or earlier when ready now).
    qint64 readyAtMs(const QString& recipient) const;

    /// Counts one message to the recipient. Returns false and counts nothing when the recipient
    /// is not ready.
    bool take(const QString& recipient);

    /// The Cloud API accepted a message to the recipient: the 131056 count starts over.
    void onSuccess(const QString& recipient);
    /// The Cloud API answered 131056 for the recipient: hold it back 4^X s (or retryAfterMs when
    /// the server named a longer wait). Returns the hold in milliseconds.
    qint64 onPairRateError(const QString& recipient, qint64 retryAfterMs = -1);
    /// Consecutive 131056 errors for the recipient since its last success.
    int consecutiveErrors(const QString& recipient) const;

    /// Recipients currently remembered.
    int trackedCount() const { return int(m_entries.size()); }
    /// Forgets every recipient that is idle: full bucket, no hold, and no error streak from the
    /// last errorMemoryMs. Runs by itself as the table grows; callable at any time.
    void prune();

private:
    struct Entry
    {
        TokenBucket bucket;
        mutable qint64 heldUntilMs = 0; ///< brought back by readyAtMs() when the clock was set back
        qint64 holdMs = 0;              ///< the last hold's length: a wall clock set back never holds longer
        int errors = 0;
    };

    Entry& entryFor(const QString& recipient);
    bool isIdle(const Entry& entry, qint64 nowMs) const;
    void pruneIfLarge();

    const Clock& m_clock;
    Options m_options;
    double m_ratePerSec;
    QHash<QString, Entry> m_entries;
    int m_nextPruneAt;
};

} // namespace duet
