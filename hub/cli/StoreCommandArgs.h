// SPDX-License-Identifier: GPL-3.0-or-later
// The arguments the store commands (ingest, timeline, window) share.
#pragma once

#include <QStringList>

namespace duet::hub {

/// --db DB, --at UNIX, --help and positional arguments, as the store commands take them.
/// Usage: `StoreCommandArgs a; if (!a.parse(args, {"--at"}, &error)) return 2;`
struct StoreCommandArgs
{
    QString db;
    QString at; ///< --at's value, when the command takes it and it was given
    QStringList positional;
    bool help = false;

    /// False with *error for an unknown option or an option without its value.
    bool parse(const QStringList& args, bool takesAt, QString* error);
};

} // namespace duet::hub
