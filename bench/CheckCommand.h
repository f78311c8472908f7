// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench check: every figure against its goal (bench/Goals.h).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace duet::bench {

/// `duet-bench check ARGS`: 0 when every checked goal is met, 1 when one is missed, a figure is
/// missing or a benchmark failed, 2 on bad arguments.
int runCheck(QStringList args, QTextStream& out, QTextStream& err);

} // namespace duet::bench
