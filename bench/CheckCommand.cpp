// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench check: runs the benchmarks (or reads their output) and compares every figure with its goal.
#include "CheckCommand.h"

#include "Goals.h"
#include "Sanitizers.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

namespace duet::bench {

namespace {

void printCheckHelp(QTextStream& out)
{
    out << "Usage: duet-bench check [--quick] [--runs N] [--only RUN,...] [--format table|tsv|json]\n"
        << "                        [--json FILE] [FILE...]\n"
        << "       duet-bench check --markdown | --write-doc FILE | --check-doc FILE\n\n"
        << "Compares every figure with its goal (the table in bench/Goals.cpp) and exits 1 when a goal is\n"
        << "missed, a figure is missing or a benchmark fails. Without FILEs it runs the benchmarks (each\n"
        << "in its own duet-bench process, their output on stderr); with FILEs it reads their `name: value`\n"
        << "output instead and checks the runs those files have figures of. --format chooses what stdout\n"
        << "gets; --json FILE also writes the results as JSON.\n\n"
        << "Runs (--only):";
    for (const GoalRun& run : goalRuns())
        out << ' ' << run.name;
    out << "\n(npm is bench/npm-baseline/run.sh, outside duet-bench: give its output as a FILE.)\n\n"
        << "--markdown prints the goals as the Markdown table of docs/PERFORMANCE.md; --write-doc FILE\n"
        << "rewrites the table between " << kGoalsBegin << " and " << kGoalsEnd << " in FILE;\n"
        << "--check-doc FILE exits 1 when that table differs from the goals.\n";
}

int docCommand(const QString& option, const QString& path, QTextStream& out, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "duet-bench check: cannot read " << path << ": " << file.errorString() << '\n';
        return 2;
    }
    const QString document = QString::fromUtf8(file.readAll());
    file.close();
    const std::optional<QString> updated = withGoalsRegion(document);
    if (!updated) {
        err << "duet-bench check: " << path << " has no " << kGoalsBegin << " … " << kGoalsEnd << " region\n";
        return 1;
    }
    if (option == QLatin1String("--check-doc")) {
        if (*updated == document) {
            out << path << ": the goals table matches bench/Goals.cpp\n";
            return 0;
        }
        err << "duet-bench check: the goals table in " << path
            << " differs from bench/Goals.cpp; run: duet-bench check --write-doc " << path << '\n';
        return 1;
    }
    if (*updated == document)
        return 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(updated->toUtf8()) < 0) {
        err << "duet-bench check: cannot write " << path << ": " << file.errorString() << '\n';
        return 2;
    }
    out << "updated the goals table in " << path << '\n';
    return 0;
}

} // namespace

int runCheck(QStringList args, QTextStream& out, QTextStream& err)
{
    bool quick = false;
    QString runs;
    QString format = QStringLiteral("table");
    QString jsonPath;
    QStringList only;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--help")) {
            printCheckHelp(out);
            return 0;
        }
        if (a == QLatin1String("--markdown")) {
            out << goalsMarkdown();
            return 0;
        }
        if ((a == QLatin1String("--write-doc") || a == QLatin1String("--check-doc")) && i + 1 < args.size())
            return docCommand(a, args[i + 1], out, err);
        if (a == QLatin1String("--quick")) {
            quick = true;
        } else if (a == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = args[++i];
            bool ok = false;
            if (runs.toInt(&ok) < 1 || !ok) {
                err << "duet-bench check: --runs takes a positive number\n";
                return 2;
            }
        } else if (a == QLatin1String("--format") && i + 1 < args.size()) {
            format = args[++i];
            if (format != QLatin1String("table") && format != QLatin1String("tsv") && format != QLatin1String("json")) {
                err << "duet-bench check: --format takes table, tsv or json\n";
                return 2;
            }
        } else if (a == QLatin1String("--json") && i + 1 < args.size()) {
            jsonPath = args[++i];
        } else if (a == QLatin1String("--only") && i + 1 < args.size()) {
            for (const QString& name : args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!findGoalRun(name)) {
                    err << "duet-bench check: unknown run " << name << " (see duet-bench check --help)\n";
                    return 2;
                }
                only << name;
            }
        } else if (!a.startsWith(QLatin1String("--"))) {
            files << a;
        } else {
            err << "duet-bench check: unknown option " << a << '\n';
            return 2;
        }
    }

    QHash<QString, double> figures;
    QStringList checkedRuns, failedRuns;
    if (!files.isEmpty()) {
        for (const QString& path : std::as_const(files)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                err << "duet-bench check: cannot read " << path << ": " << f.errorString() << '\n';
                return 2;
            }
            parseFigures(f.readAll(), &figures);
        }
        // The runs the files have figures of (or those named with --only) are checked in full.
        for (const Goal& goal : goals()) {
            const QString run = QLatin1String(goal.run);
            if (only.isEmpty() ? figures.contains(QLatin1String(goal.figure)) : only.contains(run))
                checkedRuns << run;
        }
    } else {
        for (const GoalRun& run : goalRuns()) {
            const QString name = QLatin1String(run.name);
            if (run.command.isEmpty() || (!only.isEmpty() && !only.contains(name)))
                continue;
            QStringList arguments = run.command;
            if (quick)
                arguments << QStringLiteral("--quick");
            if (!runs.isEmpty())
                arguments << QStringLiteral("--runs") << runs;
            err << "== duet-bench " << arguments.join(QLatin1Char(' ')) << '\n';
            err.flush();
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.setReadChannel(QProcess::StandardOutput);
            QByteArray output;
            QObject::connect(&p, &QProcess::readyReadStandardOutput, &p, [&] {
                const QByteArray chunk = p.readAllStandardOutput();
                output += chunk;
                err << chunk;
                err.flush();
            });
            QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
                err << p.readAllStandardError();
                err.flush();
            });
            p.start(QCoreApplication::applicationFilePath(), arguments);
            const bool finished = p.waitForStarted(-1) && p.waitForFinished(-1);
            output += p.readAllStandardOutput();
            checkedRuns << name;
            if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                err << "duet-bench check: duet-bench " << arguments.join(QLatin1Char(' ')) << " failed (exit "
                    << p.exitCode() << ")\n";
                failedRuns << name;
            }
            parseFigures(output, &figures);
        }
    }
    addDerivedFigures(&figures);
    const QList<GoalResult> results = evaluate(figures, checkedRuns, failedRuns);
    if (format == QLatin1String("json"))
        out << resultsJson(results);
    else if (format == QLatin1String("tsv"))
        out << resultsTsv(results);
    else
        out << resultsTable(results);
    out.flush();
    if (!jsonPath.isEmpty()) {
        QFile json(jsonPath);
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) || json.write(resultsJson(results).toUtf8()) < 0) {
            err << "duet-bench check: cannot write " << jsonPath << ": " << json.errorString() << '\n';
            return 2;
        }
    }
    if (test::kSanitized) {
        // A sanitizer build runs several times slower: the figures are printed, the speed goals
        // not judged (a run that failed still fails).
        err << "duet-bench check: a sanitizer build: goals are printed, not judged\n";
        return failedRuns.isEmpty() ? 0 : 1;
    }
    return allMet(results) ? 0 : 1;
}

} // namespace duet::bench
