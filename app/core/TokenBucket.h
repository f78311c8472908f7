// SPDX-License-Identifier: GPL-3.0-or-later
// A token bucket on an injected clock: a rate, a burst capacity, "may I send now / when".
#pragma once

#include <QtGlobal>

#include <deque>

namespace duet {

class Clock;

/// A token bucket that refills at `rate` tokens per second up to `capacity` tokens; one send
/// takes one token. It never sleeps and owns no timer: ask take() when you want to send and
/// timeUntilAvailable() to learn when to ask again. The rate can change at any time (a new lease
/// from the hub, an adaptive cut); the tokens in the bucket at that moment are kept.
///
/// Internally it is the equivalent GCRA (a "theoretical arrival time" in whole microseconds), so
/// the arithmetic is exact: at rate r and capacity 1, two takes are never closer than 1/r s and
/// there are never more than r takes in any 1 s window. A rate of 0 stops the bucket: what is
/// left can still be taken, nothing refills.
class TokenBucket
{
public:
    /// Starts full. Negative or non-finite rates count as 0; the capacity is kept in 1..1,000,000.
    TokenBucket(const Clock& clock, double ratePerSec, int capacity = 1);

    double rate() const { return m_rate; }
    /// Changes the refill rate from now on, keeping the tokens the bucket holds right now.
    void setRate(double ratePerSec);

    int capacity() const { return m_capacity; }
    /// Changes the capacity, keeping the tokens already spent (the bucket never holds more
    /// than the new capacity).
    void setCapacity(int capacity);

    /// Tokens in the bucket now, fractions included (0 .. capacity).
    double available() const;
    bool isFull() const;

    /// Takes one token if there is one; false (and nothing changes) otherwise.
    bool take();
    /// Milliseconds until take() succeeds: 0 when it would succeed now, -1 when it never will
    /// at the current rate (rate 0 and the bucket has less than one token).
    qint64 timeUntilAvailable() const;
    /// The same as an absolute time on the clock (nowMs() when available now), or -1 for never.
    qint64 availableAtMs() const;

    /// Empties the bucket (for instance after the server said we went too fast).
    void drain();

    /// Catch-up (off by default): a take that comes late, by at most one interval after the
    /// moment it was allowed (a timer that fired late, a busy event loop), keeps the schedule
    /// instead of starting a new one from now, so the next take is allowed where it would have
    /// been and the late one costs no rate. Takes after a longer pause start afresh (no burst after
    /// idle time). A sliding window still bounds them: the last windowLimit() takes span at least
    /// windowUs() (n intervals, the fewest that cover a second, hold at most n + capacity - 1
    /// takes), so no second holds more than the same bucket without catch-up lets into it (at
    /// capacity 1: the rate, rounded up), however late some takes were.
    void setCatchUp(bool on);
    bool catchUp() const { return m_catchUp; }
    /// The most takes in any window shorter than windowUs() while catching up.
    int windowLimit() const;
    /// n intervals, the fewest that cover a second.
    qint64 windowUs() const;

private:
    static qint64 intervalUsFor(double ratePerSec);
    qint64 nowUs() const;
    /// The theoretical arrival time, never more than a full bucket ahead of now.
    qint64 tatAt(qint64 nowUs) const;
    /// Microseconds of refill owed right now: 0 when full, capacity * interval when empty.
    qint64 debtUs(qint64 nowUs) const;
    /// With catch-up: the earliest time the sliding window allows the next take (0: no bound).
    qint64 availableAtMs(qint64 nowMs) const; ///< availableAtMs() at this reading of the clock
    qint64 windowAllowedUs(qint64 now) const; ///< now in microseconds, the caller's one reading of the clock

    const Clock* m_clock;
    double m_rate = 0;
    int m_capacity = 1;
    qint64 m_intervalUs = 0;    // microseconds per token; 0 while stopped (rate 0)
    mutable qint64 m_tatUs = 0; // when the bucket will be full again (while running)
    double m_stoppedDebt = 0;   // tokens owed while stopped, carried over to the next rate
    bool m_catchUp = false;
    std::deque<qint64> m_takesUs; // with catch-up: the last windowLimit() takes (us)
};

} // namespace duet
