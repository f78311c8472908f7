// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub: receives Meta's webhooks and serves agents; also the administrator's command line.
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace duet::hub;

static void printHelp(QTextStream& out)
{
    out << "Usage: duet-hub COMMAND [OPTIONS]\n\nCommands:\n";
    for (const Command& c : commands())
        out << "  " << c.usage << '\n';
    out << "\nEvery command: --help. duet-hub --version prints the version.\n"
        << "Exit codes: 0 ok, 1 runtime failure, 2 usage or bad input.\n";
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duet-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUET_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandIo io{out, err};

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printHelp(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "duet-hub " << DUET_VERSION << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name)) {
            const int code = c.run(args, io);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "duet-hub: unknown command '" << name << "' (see duet-hub --help)\n";
    return 2;
}
