// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub serve: runs the hub until SIGTERM or SIGINT.
#include "Commands.h"
#include "HubServer.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace duet::hub {
namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalPipe[1], &c, 1);
}

/// SIGTERM and SIGINT end the event loop through a self-pipe (the only safe way out of a handler).
bool catchTerminationSignals(QObject* context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier] {
        char c = 0;
        [[maybe_unused]] const ssize_t n = ::read(s_signalPipe[0], &c, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0;
}

} // namespace

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
    QObject context;
    if (!catchTerminationSignals(&context)) {
        io.err << "duet-hub serve: cannot install signal handlers\n";
        return 1;
    }
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
