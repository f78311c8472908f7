// SPDX-License-Identifier: GPL-3.0-or-later
// A benchmark that cannot give honest figures stops with a BenchFailure: duet-bench prints why and exits 1.
#pragma once

#include <QString>

#include <stdexcept>

namespace duet::bench {

/// Thrown when a benchmark did not do its work or has nothing to measure (an empty sample, a
/// fan-out that gave up). duet-bench's main() catches it, prints `duet-bench NAME: FAIL: why` and
/// exits 1, so no figure of a broken run is ever printed as if it were measured.
class BenchFailure : public std::runtime_error
{
public:
    explicit BenchFailure(const QString& why)
        : std::runtime_error(why.toStdString())
    {}
};

/// Stops the benchmark: throws BenchFailure(why).
[[noreturn]] inline void fail(const QString& why)
{
    throw BenchFailure(why);
}

} // namespace duet::bench
