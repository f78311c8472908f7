// SPDX-License-Identifier: GPL-3.0-or-later
// Exponential back-off with jitter for reconnecting to the hub.
#pragma once

#include <QRandomGenerator>

namespace duet::sync {

/// The delays between reconnection attempts: initial, doubled after each failure up to a cap,
/// each shortened by a random fraction (the jitter) so desktops that lost the hub together do
/// not come back together. Seeded, so tests see the same delays every run.
/// Usage: `Backoff b; delay = b.next(); ... on success: b.reset();`
class Backoff
{
public:
    struct Settings
    {
        qint64 initialMs = 1000;
        qint64 maxMs = 60'000;
        double jitter = 0.25; ///< each delay is in [d * (1 - jitter), d]
        quint32 seed = 0;     ///< 0: a random seed
    };

    Backoff();
    explicit Backoff(const Settings& settings);

    /// The delay before the next attempt; each call counts one failed attempt.
    qint64 next();
    /// The nominal delay of the next attempt, before jitter (for tests and display).
    qint64 nominal() const;
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
    QRandomGenerator m_random;
    int m_attempts = 0;
};

} // namespace duet::sync
