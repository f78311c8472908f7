// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics every benchmark reports: medians of runs and latency percentiles.
#pragma once

#include <QList>

#include <vector>

namespace duet::bench {

/// The nearest-rank percentile of `values` (p from 0 to 1, e.g. 0.95). An empty sample has none:
/// throws BenchFailure (the benchmark measured nothing), never a made-up 0.
double percentile(std::vector<double> values, double p);
/// The median: the middle value, or the mean of the two middle ones. An empty sample throws
/// BenchFailure.
double median(std::vector<double> values);
inline double median(const QList<double>& values)
{
    return median(std::vector<double>(values.begin(), values.end()));
}

} // namespace duet::bench
