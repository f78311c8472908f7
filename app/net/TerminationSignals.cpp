// SPDX-License-Identifier: GPL-3.0-or-later
// The self-pipe behind TerminationSignals: a sigaction() handler writes, a QSocketNotifier reads.
#include "TerminationSignals.h"

#include <QSocketNotifier>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace duet::net {
namespace {

int s_fds[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier

void onSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
    errno = saved;
}

bool setHandler(void (*handler)(int))
{
    struct sigaction sa = {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &sa, nullptr) == 0 && ::sigaction(SIGINT, &sa, nullptr) == 0;
}

} // namespace

TerminationSignals::TerminationSignals(QObject* parent)
    : QObject(parent)
{}

TerminationSignals::~TerminationSignals()
{
    if (!m_installed)
        return;
    setHandler(SIG_DFL);
    delete m_notifier;
    ::close(s_fds[0]);
    ::close(s_fds[1]);
    s_fds[0] = s_fds[1] = -1;
}

bool TerminationSignals::install(QString* error)
{
    if (m_installed)
        return true;
    if (s_fds[0] >= 0) {
        if (error)
            *error = QStringLiteral("termination signals are already caught in this process");
        return false;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0) {
        if (error)
            *error = QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        s_fds[0] = s_fds[1] = -1;
        return false;
    }
    m_installed = true;
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    if (!setHandler(onSignal)) {
        if (error)
            *error = QStringLiteral("sigaction: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

void TerminationSignals::onReadable()
{
    char byte = 0;
    if (::read(s_fds[1], &byte, 1) == 1)
        emit received(int(byte));
}

} // namespace duet::net
