// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmarks of duet-bench. Each prints `name: value` lines on stdout and returns an exit code.
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace duet::bench {

/// Options every benchmark takes.
struct BenchOptions
{
    bool quick = false; ///< a reduced run that finishes in under a minute
    int runs = 5;       ///< repetitions; figures are the median
    /// `hub` only: the databases (`sqlite`, `postgres`) and numbers of hubs to run as separate
    /// duet-hub processes; both empty: the in-process single-hub benchmark.
    QStringList databases;
    QList<int> hubCounts;
};

/// Prints one figure as `name: value`.
void printFigure(QTextStream& out, const char* name, double value, int decimals = 2);

/// `decode`: webhook decoding on a mixed corpus against QJsonDocument's parse alone, and
/// signature verification plus decoding of 20,000 signed single-message bodies.
int runDecode(const BenchOptions& options, QTextStream& out);
int runStore(const BenchOptions& options, QTextStream& out);
/// `hub`: signed webhook POSTs over loopback HTTP into an in-process hub on a temporary SQLite
/// file (single events and 1,000-event batches), and fan-out to 200 connected agents. With
/// --db or --hubs: runHubCluster().
int runHub(const BenchOptions& options, QTextStream& out);
/// `hub --db sqlite,postgres --hubs 1,2,4`: 1 to N `duet-hub serve` processes on one database
/// (PostgreSQL: a throwaway durable cluster), signed single-event POSTs spread across them, and
/// 200 agents spread across them: events/s, ack p99, fan-out p99 to agents on the same hub and on
/// the other hubs, and each figure's ratio to the baselines of the same run.
int runHubCluster(const BenchOptions& options, QTextStream& out);
/// `outbound`: a 10,000-customer campaign and 400 live replies through the outbox and the limiter
/// to an in-process duet-sim at speed 1: rate achieved against the cap, 130429 and 131056 counts,
/// and live replies' wait while the campaign saturates the cap.
int runOutbound(const BenchOptions& options, QTextStream& out);
/// Part of `outbound`: five desktops on one hub's send budget, one of them busy: the busy one's
/// rate against the cap with leases by demand, and against the equal split (the baseline).
/// Fails when the busy desktop gets under 0.95 of the cap.
int runBudget(const BenchOptions& options, QTextStream& out);
/// `ui`: the desktop on a generated store of 100,000 conversations and 2,000,000 messages: cold
/// start to the painted conversation list (the real `duet`, against an empty Qt window), opening
/// and scrolling a 50,000-message thread, memory after 20 threads and after 10,000 live events.
int runUi(const BenchOptions& options, QTextStream& out);
/// `media`: a fresh thread pane opens a conversation of 50 downloaded 1600×1200 photos from
/// another: how long the UI thread is blocked (open + first paint) with previews decoded off the
/// UI thread, until every visible preview is painted, and the same open decoding while painting.
int runMedia(const BenchOptions& options, QTextStream& out);
/// `soak`: the hub, the simulator and three desktops (one with its main window) in one process
/// through a compressed week of the demo's traffic times 50 on a stepped clock, agents dropping
/// and reconnecting; prints the process's memory and file descriptors, every SQLite file and its
/// WAL, and the logs' growth per simulated day. Fails when any of them grows without bound after
/// the first day, or when a message of the hub's log is missing on a desktop at the end.
int runSoak(const BenchOptions& options, QTextStream& out);

} // namespace duet::bench
