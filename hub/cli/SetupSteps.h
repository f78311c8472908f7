// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of `duet-hub setup`: asking on a terminal, the Graph checks, saving, the log, what to do next.
#pragma once

#include "Commands.h"
#include "LogWriter.h"
#include "Onboarding.h"
#include "core/Clock.h"
#include "onboarding/NumberFacts.h"

#include <memory>

class QTextStream;

namespace duet::hub {

class IniFile;

/// Everything setup has gathered, before it is saved.
struct SetupValues
{
    onboarding::Credentials credentials;
    QString db, listen, publicUrl, graphBaseUrl, apiVersion;
    QString tokenPath, secretPath, verifyPath; ///< absolute
    QByteArray verifyToken;                    ///< the existing one, or a new one once saved
};

/// Asks on the terminal for what the flags did not give, unless `--yes` or stdin is no terminal;
/// secrets without echo. Flags always win.
class Prompter
{
public:
    Prompter(CommandIo& io, bool neverAsk);
    bool isInteractive() const { return m_interactive; }
    /// `flag` when given, else an answer (Enter keeps `current`), else `current`; false when
    /// nothing is known and nobody can be asked.
    bool value(const QString& label, const QString& flag, const QString& current, QString* out, QString* error);
    /// The secret from `flagFile` (a file or "-"), else typed without echo (Enter keeps the one in
    /// `existingFile`), else the one in `existingFile`.
    bool secret(const QString& label, const QString& flagFile, const QString& existingFile, QByteArray* out,
                QString* error);
    bool confirm(const QString& question);

private:
    QString readLine(bool echo);
    CommandIo& m_io;
    bool m_interactive;
};

/// The hub's log, opened by setup itself (the hub may be running: both write through the log's lock).
class SetupLog
{
public:
    SetupLog(const QString& db, CommandIo& io);
    ~SetupLog();
    bool open(QString* error);
    void close();
    /// Appends each hub event in a transaction of its own, at once.
    Onboarding::Recorder recorder();
    /// Who asked for the sync types so far and when, for the "already requested" lines.
    QString requestedText(const QString& syncType);

private:
    QString m_db;
    CommandIo& m_io;
    SystemClock m_clock;
    std::unique_ptr<LogWriter> m_writer;
    bool m_created = false;
};

/// Runs the Graph checks and prints each step; false (after printing Meta's error and what to do)
/// when one failed.
bool checkNumber(const SetupValues& values, CommandIo& io, onboarding::CheckReport* report);
/// Writes the secret files (0600), the INI file and the `connected` step; false after printing why.
bool saveSetup(const QString& configFile, IniFile& ini, SetupValues* values, const onboarding::CheckReport& report,
               CommandIo& io);
/// The webhook URL and verify token for Meta's dashboard, the fields, the deadline and what next.
void printNextSteps(const QString& configFile, const SetupValues& values, CommandIo& io);
/// One line per sync type; the exit code (0: all requested or requested before, 1: Meta refused).
int printSyncResults(const QList<Onboarding::SyncResult>& results, SetupLog& log, CommandIo& io);
/// The long part of `duet-hub setup --help`.
QString setupHelp();

} // namespace duet::hub
