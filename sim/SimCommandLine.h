// SPDX-License-Identifier: GPL-3.0-or-later
// duet-sim's command line: options, their checks (loopback only, private secret files), help.
#pragma once

#include "SimService.h"

#include <QStringList>

namespace duet::sim {

/// The parsed command line of duet-sim.
struct SimCommandLine
{
    enum class Action { Run, Help, Version };
    Action action = Action::Run;
    SimOptions options;
    double speed = 1.0;
    QString scenarioPath;

    /// Parses arguments (without the program name). False with a one-line reason in *error for
    /// bad usage: unknown or missing options, a --listen address that is not loopback, a secret
    /// file readable or writable by group or others, a scenario that does not load.
    static bool parse(const QStringList& args, SimCommandLine* out, QString* error);
    static QString helpText();
};

} // namespace duet::sim
