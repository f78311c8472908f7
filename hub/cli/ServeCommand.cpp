// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub serve: runs the hub until SIGTERM or SIGINT.
#include "Commands.h"
#include "HubServer.h"
#include "core/Clock.h"
#include "net/TerminationSignals.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

namespace duet::hub {

int runServe(const QStringList& args, CommandIo& io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << "Usage: duet-hub serve --db DB --app-secret-file F --verify-token-file F [--listen HOST:PORT]\n"
               << "Receives Meta's webhooks on /webhook and serves agents on /agents (same port).\n\n"
               << HubConfig::usage();
        return 0;
    }
    HubConfig config;
    QString error;
    if (!HubConfig::load(args, QProcessEnvironment::systemEnvironment(), &config, &error)) {
        io.err << "duet-hub serve: " << error << '\n';
        return 2;
    }
    SystemClock clock;
    // SIGTERM and SIGINT end the event loop; the hub then stops cleanly.
    net::TerminationSignals termination;
    if (!termination.install(&error)) {
        io.err << "duet-hub serve: cannot install signal handlers: " << error << '\n';
        return 1;
    }
    QObject::connect(&termination, &net::TerminationSignals::received, &termination, [] { QCoreApplication::quit(); });
    HubServer hub(config, clock);
    if (!hub.start(&error)) {
        io.err << "duet-hub serve: " << error << '\n';
        return 1;
    }
    io.out << "duet-hub: listening on " << config.listenAddress.toString() << ':' << hub.port() << " ("
           << config.describe() << ")\n";
    io.out.flush();
    QCoreApplication::exec();
    hub.stop();
    io.out << "duet-hub: stopped\n";
    return 0;
}

} // namespace duet::hub
