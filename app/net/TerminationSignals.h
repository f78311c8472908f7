// SPDX-License-Identifier: GPL-3.0-or-later
// SIGTERM and SIGINT as a Qt signal, for the programs that run until they are told to stop.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace duet::net {

/// Turns SIGTERM and SIGINT into received() on the thread that called install(): the handler
/// (installed with sigaction) only writes the signal's number to a socket pair (async-signal-safe),
/// a QSocketNotifier reads it in the event loop. One instance at a time per process; the
/// destructor puts the default handlers back.
///     net::TerminationSignals termination;
///     if (!termination.install(&error)) ...;
///     QObject::connect(&termination, &net::TerminationSignals::received, &app, &QCoreApplication::quit);
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    /// Installs the handlers; false with *error when the socket pair or sigaction() fails, or
    /// another instance is installed.
    bool install(QString* error = nullptr);

signals:
    /// SIGTERM or SIGINT arrived.
    void received(int signal);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace duet::net
