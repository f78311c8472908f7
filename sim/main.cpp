// SPDX-License-Identifier: GPL-3.0-or-later
// duet-sim: a local stand-in for Meta's WhatsApp Cloud API, for the demo, the tests and the benchmarks.
#include "SimCommandLine.h"
#include "net/TerminationSignals.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace duet::sim;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duet-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUET_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    SimCommandLine cli;
    QString error;
    if (!SimCommandLine::parse(QCoreApplication::arguments().mid(1), &cli, &error)) {
        err << "duet-sim: " << error << '\n';
        return 2;
    }
    if (cli.action == SimCommandLine::Action::Help) {
        out << SimCommandLine::helpText();
        return 0;
    }
    if (cli.action == SimCommandLine::Action::Version) {
        out << "duet-sim " << DUET_VERSION << '\n';
        return 0;
    }

    ScaledClock clock(cli.speed);
    SimService service(clock, cli.options);
    if (!service.start(&error)) {
        err << "duet-sim: " << error << '\n';
        return 1;
    }
    // SIGTERM and SIGINT end the event loop.
    duet::net::TerminationSignals termination;
    if (!termination.install(&error)) {
        err << "duet-sim: cannot catch SIGTERM and SIGINT: " << error << '\n';
        return 1;
    }
    QObject::connect(&termination, &duet::net::TerminationSignals::received, &app, &QCoreApplication::quit);
    out << "duet-sim listening on " << service.baseUrl() << " (scenario " << cli.options.scenario.name << ", seed "
        << cli.options.seed << ", speed " << cli.speed << ")\n";
    out.flush();
    return app.exec();
}
