// SPDX-License-Identifier: GPL-3.0-or-later
// A clock tests move by hand.
#pragma once

#include "core/Clock.h"

namespace duet::test {

/// A Clock that stands still until the test advances it. Starts at a fixed, realistic instant.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'750'000'000'000)
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs; }
    void setMs(qint64 ms) { m_nowMs = ms; }
    void setSecs(qint64 secs) { m_nowMs = secs * 1000; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void advanceSecs(qint64 secs) { m_nowMs += secs * 1000; }

private:
    qint64 m_nowMs;
};

} // namespace duet::test
