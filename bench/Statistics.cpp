// SPDX-License-Identifier: GPL-3.0-or-later
// Medians and nearest-rank percentiles, refusing empty samples.
#include "Statistics.h"

#include "BenchFailure.h"

#include <algorithm>
#include <cmath>

namespace duet::bench {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        fail(QStringLiteral("the p%1 of an empty sample: the benchmark measured nothing").arg(p * 100));
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(std::clamp(p, 0.0, 1.0) * double(values.size()));
    return values[std::min(values.size() - 1, size_t(std::max(rank, 1.0)) - 1)];
}

double median(std::vector<double> values)
{
    if (values.empty())
        fail(QStringLiteral("the median of an empty sample: the benchmark measured nothing"));
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace duet::bench
