// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's clock: real time, run faster.
#include "ScaledClock.h"

#include <QDateTime>

namespace duet::sim {

ScaledClock::ScaledClock(double speed)
    : m_startMs(QDateTime::currentMSecsSinceEpoch())
    , m_speed(speed > 0 ? speed : 1.0)
{
    m_elapsed.start();
}

qint64 ScaledClock::nowMs() const
{
    return m_startMs + qint64(double(m_elapsed.elapsed()) * m_speed);
}

} // namespace duet::sim
