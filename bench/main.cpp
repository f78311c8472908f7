// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench: Duet's performance figures, one subcommand per benchmark.
#include "BenchFailure.h"
#include "Benchmarks.h"
#include "CheckCommand.h"

#include <QApplication>
#include <QStringList>

#include <cstring>
#include <memory>

using namespace duet::bench;

namespace duet::bench {

void printFigure(QTextStream& out, const char* name, double value, int decimals)
{
    out << name << ": " << QString::number(value, 'f', decimals) << '\n';
    out.flush();
}

} // namespace duet::bench

namespace {

struct Benchmark
{
    const char* name;
    const char* summary;
    int (*run)(const BenchOptions&, QTextStream&);
};

const QList<Benchmark>& benchmarks()
{
    static const QList<Benchmark> all = {
        {"decode", "webhook decoding vs QJsonDocument parsing; signature check + decode", &runDecode},
        {"store", "apply() vs plain INSERTs; thread, conversation and search latency", &runStore},
        {"hub",
         "signed webhook POSTs (single and 1,000-event bodies) over loopback; fan-out to 200 agents; with --db/--hubs: "
         "1 to N hub processes on SQLite or PostgreSQL",
         &runHub},
        {"outbound",
         "a 10,000-customer campaign and live replies through the outbox and limiter to duet-sim: rate, errors, "
         "live wait",
         &runOutbound},
        {"ui",
         "cold start to first paint, opening and scrolling a 50,000-message thread, memory (100,000 conversations)",
         &runUi},
        {"media", "opening a conversation of 50 downloaded photos: UI thread blocked, previews ready", &runMedia},
        {"soak",
         "a compressed week: hub, simulator and 3 desktops in one process; memory, fds, store, WAL and log growth "
         "per day",
         &runSoak},
    };
    return all;
}

void printHelp(QTextStream& out)
{
    out << "Usage: duet-bench BENCHMARK [--quick] [--runs N]\n"
        << "       duet-bench hub --db sqlite,postgres --hubs 1,2,4 [--quick] [--runs N]\n"
        << "       duet-bench check [--quick] [--only RUN,...] [FILE...]   (see duet-bench check --help)\n\n"
        << "Benchmarks:\n";
    for (const Benchmark& b : benchmarks())
        out << "  " << b.name << "\t" << b.summary << '\n';
    out << "\n--quick runs a reduced benchmark that finishes in under a minute.\n"
        << "--db and --hubs (hub only) run separate duet-hub processes on one SQLite file (one hub) or one\n"
        << "throwaway PostgreSQL (1 to 8 hubs), e.g. --db postgres --hubs 1,2,4.\n"
        << "A benchmark that did not complete its work prints `duet-bench NAME: FAIL: why` and exits 1.\n";
}

} // namespace

int main(int argc, char* argv[])
{
    // `ui` and `soak` need widgets (offscreen unless a platform is chosen); the others run on QtCore alone.
    const bool widgets = argc > 1 && (std::strcmp(argv[1], "ui") == 0 || std::strcmp(argv[1], "soak") == 0 ||
                                      std::strcmp(argv[1], "media") == 0);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.contains(QLatin1String("--help"))) {
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "duet-bench " << DUET_VERSION << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("check"))
        return runCheck(args, out, err);
    BenchOptions options;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--quick")) {
            options.quick = true;
        } else if (args[i] == QLatin1String("--runs") && i + 1 < args.size()) {
            bool ok = false;
            options.runs = args[++i].toInt(&ok);
            if (!ok || options.runs < 1) {
                err << "duet-bench: --runs takes a positive number\n";
                return 2;
            }
        } else if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            options.databases = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString& db : std::as_const(options.databases)) {
                if (db != QLatin1String("sqlite") && db != QLatin1String("postgres")) {
                    err << "duet-bench: --db takes sqlite, postgres or both (sqlite,postgres), not " << db << '\n';
                    return 2;
                }
            }
        } else if (args[i] == QLatin1String("--hubs") && i + 1 < args.size()) {
            for (const QString& n : args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const int hubs = n.toInt(&ok);
                if (!ok || hubs < 1 || hubs > 8) {
                    err << "duet-bench: --hubs takes numbers of hubs from 1 to 8, e.g. 1,2,4\n";
                    return 2;
                }
                options.hubCounts << hubs;
            }
        } else {
            err << "duet-bench: unknown option " << args[i] << '\n';
            return 2;
        }
    }
    for (const Benchmark& b : benchmarks()) {
        if (name != QLatin1String(b.name))
            continue;
        try {
            return b.run(options, out);
        } catch (const BenchFailure& failure) {
            out.flush();
            err << "duet-bench " << name << ": FAIL: " << failure.what() << '\n';
            return 1;
        }
    }
    err << "duet-bench: unknown benchmark '" << name << "' (see duet-bench --help)\n";
    return 2;
}
