// SPDX-License-Identifier: GPL-3.0-or-later
// Exponential back-off with jitter.
#include "Backoff.h"

#include <QtGlobal>

namespace duet::sync {

Backoff::Backoff()
    : Backoff(Settings{})
{}

Backoff::Backoff(const Settings& settings)
    : m_settings(settings)
    , m_random(settings.seed ? settings.seed : QRandomGenerator::system()->generate())
{
    m_settings.initialMs = qMax<qint64>(1, m_settings.initialMs);
    m_settings.maxMs = qMax(m_settings.initialMs, m_settings.maxMs);
    m_settings.jitter = qBound(0.0, m_settings.jitter, 1.0);
}

qint64 Backoff::nominal() const
{
    qint64 delay = m_settings.initialMs;
    for (int i = 0; i < m_attempts && delay < m_settings.maxMs; ++i)
        delay *= 2;
    return qMin(delay, m_settings.maxMs);
}

qint64 Backoff::next()
{
    const qint64 delay = nominal();
    ++m_attempts;
    const double cut = m_settings.jitter * m_random.generateDouble();
    return qMax<qint64>(1, qint64(double(delay) * (1.0 - cut)));
}

} // namespace duet::sync
