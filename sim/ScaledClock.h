// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's clock: real time, run faster.
#pragma once

#include "core/Clock.h"

#include <QElapsedTimer>

namespace duet::sim {

/// Simulated time: starts at the real time and runs `speed` times faster (--speed).
/// Usage: `ScaledClock clock(10); SimService sim(clock, options);`
class ScaledClock final : public Clock
{
public:
    explicit ScaledClock(double speed);
    qint64 nowMs() const override;

private:
    qint64 m_startMs;
    double m_speed;
    QElapsedTimer m_elapsed;
};

} // namespace duet::sim
