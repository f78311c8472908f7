// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench outbound, the shared budget: 5 desktops, 1 busy; its rate with leases by demand against the equal split.
#include "Benchmarks.h"
#include "SendBudget.h"
#include "SimService.h"
#include "Simulator.h"
#include "Statistics.h"
#include "core/Clock.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace duet::bench {
namespace {

using namespace duet::outbound;

const QByteArray kToken = "bench-token";
constexpr double kCap = 20;
constexpr int kDesktops = 5;

struct BudgetRun
{
    bool ok = false;
    double shareOfCap = 0; ///< the busy desktop's send rate over the cap
    int mostInOneSecond = 0;
    int throttled = 0;
};

/// One run: desktop 0 sends a campaign of `sends` templates while desktops 1-4 are connected and
/// idle. With `equalSplit` its rate is the cap over the desktops (the baseline: the static share);
/// otherwise it is the lease SendBudget gives it from its demand.
BudgetRun runOnce(int sends, bool equalSplit, QTextStream& out)
{
    BudgetRun result;
    SystemClock clock;
    sim::SimOptions options;
    options.accessToken = kToken;
    options.scenario.tierLimit = 1'000'000;
    sim::SimService simService(clock, options);
    QString error;
    if (!simService.start(&error)) {
        out << "cannot start the simulator: " << error << '\n';
        return result;
    }
    QTemporaryDir dir;
    OutboxStore outbox(clock);
    if (!outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error)) {
        out << "cannot open the outbox: " << error << '\n';
        return result;
    }
    MapWindowSource windows;
    const WindowGate gate(clock, windows);
    DriverSettings settings;
    settings.baseUrl = QUrl(simService.baseUrl());
    settings.phoneNumberId = options.scenario.phoneNumberId;
    settings.accessToken = kToken;
    SendScheduler::Options limits;
    limits.leasedRatePerSec = equalSplit ? kCap / kDesktops : 0; // a lease comes from the hub
    OutboundDriver driver(clock, outbox, &gate, settings, limits);
    BulkJobs bulk(driver, 1'000'000);

    hub::SendBudget::Options budgetOptions;
    budgetOptions.cap = kCap;
    hub::SendBudget budget(clock, budgetOptions);
    const QString busy = QStringLiteral("desktop-0");
    for (int i = 1; i < kDesktops; ++i)
        budget.setDemand(QStringLiteral("desktop-%1").arg(i), QStringLiteral("agent%1").arg(i), 0, 0);
    if (!equalSplit) {
        QObject::connect(&driver, &OutboundDriver::demandChanged, &budget, [&](int live, int bulkQueued) {
            budget.setDemand(busy, QStringLiteral("agent0"), live, bulkQueued);
        });
        QObject::connect(&budget, &hub::SendBudget::leaseChanged, &driver, [&](const QString& session, double lease) {
            if (session == busy)
                driver.setLeasedRate(lease);
        });
        budget.start();
    }

    QStringList contacts;
    for (int i = 0; i < sends; ++i)
        contacts << QStringLiteral("+1555%1").arg(5000000 + i);
    const cloudapi::TemplateContent hello{QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
    if (bulk.create(QStringLiteral("campaign"), hello, contacts, {}, &error) == 0) {
        out << "cannot queue the campaign: " << error << '\n';
        return result;
    }

    QElapsedTimer elapsed;
    elapsed.start();
    qint64 firstStartNs = -1, lastStartNs = -1;
    int started = 0, accepted = 0;
    QEventLoop loop;
    QObject::connect(&driver, &OutboundDriver::requestStarted, &loop, [&](qint64) {
        const qint64 now = elapsed.nsecsElapsed();
        if (firstStartNs < 0)
            firstStartNs = now;
        lastStartNs = now;
        ++started;
    });
    QObject::connect(&driver, &OutboundDriver::rowChanged, &loop, [&](qint64, OutboxState state) {
        if (state == OutboxState::Accepted && ++accepted == sends)
            loop.quit();
        if (state == OutboxState::Failed || state == OutboxState::Uncertain) {
            out << "a send ended " << outboxStateName(state) << '\n';
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        out << "timed out with " << accepted << " of " << sends << " accepted\n";
        loop.quit();
    });
    deadline.start(int(double(sends) / (kCap / kDesktops) * 1000 * 2 + 30'000));
    driver.start();
    loop.exec();

    const QJsonObject stats = simService.simulator().statsJson();
    result.throttled = stats.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("130429")).toInt();
    result.mostInOneSecond = stats.value(QStringLiteral("max_accepted_in_1s")).toInt();
    const double seconds = double(lastStartNs - firstStartNs) / 1e9;
    result.shareOfCap = seconds > 0 ? (started - 1) / seconds / kCap : 0;
    result.ok = accepted == sends && stats.value(QStringLiteral("accepted")).toInt() == sends && result.shareOfCap > 0;
    return result;
}

} // namespace

int runBudget(const BenchOptions& options, QTextStream& out)
{
    const int sends = options.quick ? 200 : 400;
    const int runs = options.quick ? 1 : options.runs;
    std::vector<double> shares;
    int most = 0, throttled = 0;
    for (int run = 0; run < runs; ++run) {
        const BudgetRun r = runOnce(sends, false, out);
        if (!r.ok)
            return 1;
        shares.push_back(r.shareOfCap);
        most = std::max(most, r.mostInOneSecond);
        throttled += r.throttled;
    }
    // Baseline, same run: the static equal split among the five desktops.
    const BudgetRun equal = runOnce(options.quick ? 40 : 80, true, out);
    if (!equal.ok)
        return 1;
    const double share = median(shares);
    printFigure(out, "budget_desktops", kDesktops, 0);
    printFigure(out, "budget_busy_desktops", 1, 0);
    printFigure(out, "budget_busy_share_of_cap", share, 4);
    printFigure(out, "baseline_equal_split_busy_share_of_cap", equal.shareOfCap, 4);
    printFigure(out, "budget_vs_equal_split_ratio", share / equal.shareOfCap, 2);
    printFigure(out, "budget_most_accepted_in_1s", most, 0);
    printFigure(out, "budget_throttle_errors", throttled, 0);
    return share >= 0.95 ? 0 : 1;
}

} // namespace duet::bench
