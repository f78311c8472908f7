// SPDX-License-Identifier: GPL-3.0-or-later
// What `duet-bench hub` shares between its in-process and its several-hub runs: bodies and load.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <vector>

namespace duet::bench {

/// One webhook body with `count` inbound text messages, each with a unique wamid
/// (`wamid.BENCH<first>` onwards), for the number 106540352242922.
QByteArray messagesBody(int first, int count);

/// Runs `work` on a client thread and spins the calling thread's event loop (where an in-process
/// hub lives) until it calls the finish callback.
void runOnClientThread(const std::function<void(QObject* context, const std::function<void()>& finish)>& work);

struct LoadResult
{
    double seconds = 0;
    std::vector<double> latenciesMs;
    int failures = 0;
};

/// Sends every body (POST `path`, signed) or `count` GETs of `path` over `concurrency` keep-alive
/// connections, each with one request in flight; connection c goes to ports[c % ports.size()].
LoadResult load(const QList<quint16>& ports, const QByteArray& path, const QList<QByteArray>& bodies,
                const QList<QByteArray>& signatures, int count, int concurrency);

} // namespace duet::bench
