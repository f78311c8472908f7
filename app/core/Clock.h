// SPDX-License-Identifier: GPL-3.0-or-later
// The time source every piece of Duet logic asks, so tests can drive time by hand.
#pragma once

#include <QtGlobal>

namespace duet {

/// A source of wall-clock time in milliseconds since the epoch. Logic that depends on time (the
/// service window, the rate limiter, presence expiry) takes a Clock& in its constructor; programs
/// pass a SystemClock, tests a FakeClock (tests/support).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    qint64 nowSecs() const { return nowMs() / 1000; }
};

/// The real clock.
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace duet
