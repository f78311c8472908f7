// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's commands of duet-hub. Each takes its own arguments (after the command name)
// and returns the process exit code: 0 ok, 1 runtime failure, 2 usage or bad input.
#pragma once

#include <QStringList>

class QTextStream;

namespace duet::hub {

/// Where a command writes: normal output and diagnostics.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
};

/// One command of duet-hub: its name, a one-line summary for --help, and what runs it.
struct Command
{
    const char* name;
    const char* usage;
    int (*run)(const QStringList& args, CommandIo& io);
};

/// Every command duet-hub knows, in the order --help lists them.
const QList<Command>& commands();

int runDecode(const QStringList& args, CommandIo& io);
int runIngest(const QStringList& args, CommandIo& io);
int runTimeline(const QStringList& args, CommandIo& io);
int runWindow(const QStringList& args, CommandIo& io);
int runServe(const QStringList& args, CommandIo& io);
int runAgent(const QStringList& args, CommandIo& io);
int runRedecode(const QStringList& args, CommandIo& io);
int runSetup(const QStringList& args, CommandIo& io);

} // namespace duet::hub
