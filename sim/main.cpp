// SPDX-License-Identifier: GPL-3.0-or-later
// duet-sim: a local stand-in for Meta's WhatsApp Cloud API, for the demo, the tests and the benchmarks.
#include "SimCommandLine.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFds[2] = {-1, -1};

/// SIGTERM and SIGINT end the event loop: the handler only writes a byte (async-signal-safe),
/// a QSocketNotifier reads it on the main thread and quits.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

} // namespace

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
    quitOnSignals(app);
    out << "duet-sim listening on " << service.baseUrl() << " (scenario " << cli.options.scenario.name << ", seed "
        << cli.options.seed << ", speed " << cli.speed << ")\n";
    out.flush();
    return app.exec();
}
