// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench outbound, the shared budget: 5 desktops, 1 busy; its rate through a hub's relay with leases by
// demand against the equal split.
#include "AgentRegistry.h"
#include "Benchmarks.h"
#include "HubServer.h"
#include "RelaySession.h"
#include "SimService.h"
#include "Simulator.h"
#include "Statistics.h"
#include "core/Clock.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"
#include "outbound/WindowGate.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>
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

/// One desktop's outbox and OutboundDriver, sending to `base` with `token`.
struct BenchDesktop
{
    BenchDesktop(const Clock& clock, const QUrl& base, const QString& phoneNumberId, const QByteArray& token,
                 double leasedRate)
        : outbox(clock)
        , gate(clock, windows)
    {
        settings.baseUrl = base;
        settings.phoneNumberId = phoneNumberId;
        settings.accessToken = token;
        limits.leasedRatePerSec = leasedRate;
    }
    bool open(const Clock& clock, const QString& path, QString* error)
    {
        if (!outbox.open(path, error))
            return false;
        driver = std::make_unique<OutboundDriver>(clock, outbox, &gate, settings, limits);
        bulk = std::make_unique<BulkJobs>(*driver, 1'000'000);
        return true;
    }

    OutboxStore outbox;
    MapWindowSource windows;
    WindowGate gate;
    DriverSettings settings;
    SendScheduler::Options limits;
    std::unique_ptr<OutboundDriver> driver;
    std::unique_ptr<BulkJobs> bulk;
};

/// Runs `desktop`'s campaign of `sends` templates to the end. The share of the cap is measured
/// between its first and its last accepted send (as the simulator answered them).
BudgetRun runCampaign(BenchDesktop& desktop, sim::SimService& simService, int sends, double timeoutRate,
                      QTextStream& out)
{
    BudgetRun result;
    QString error;
    QStringList contacts;
    for (int i = 0; i < sends; ++i)
        contacts << QStringLiteral("+1555%1").arg(5000000 + i);
    const cloudapi::TemplateContent hello{QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
    if (desktop.bulk->create(QStringLiteral("campaign"), hello, contacts, {}, &error) == 0) {
        out << "cannot queue the campaign: " << error << '\n';
        return result;
    }

    QElapsedTimer elapsed;
    elapsed.start();
    qint64 firstAcceptedNs = -1, lastAcceptedNs = -1;
    int accepted = 0;
    QEventLoop loop;
    QObject::connect(desktop.driver.get(), &OutboundDriver::rowChanged, &loop, [&](qint64, OutboxState state) {
        if (state == OutboxState::Accepted) {
            const qint64 now = elapsed.nsecsElapsed();
            if (firstAcceptedNs < 0)
                firstAcceptedNs = now;
            lastAcceptedNs = now;
            if (++accepted == sends)
                loop.quit();
        }
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
    deadline.start(int(double(sends) / timeoutRate * 1000 * 2 + 30'000));
    desktop.driver->start();
    loop.exec();

    const QJsonObject stats = simService.simulator().statsJson();
    result.throttled = stats.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("130429")).toInt();
    result.mostInOneSecond = stats.value(QStringLiteral("max_accepted_in_1s")).toInt();
    const double seconds = double(lastAcceptedNs - firstAcceptedNs) / 1e9;
    result.shareOfCap = seconds > 0 ? (accepted - 1) / seconds / kCap : 0;
    result.ok = accepted == sends && stats.value(QStringLiteral("accepted")).toInt() == sends &&
                result.shareOfCap > 0 && result.mostInOneSecond > 0;
    if (!result.ok)
        out << "the run did not complete: " << accepted << " of " << sends << " accepted\n";
    return result;
}

bool startSimulator(sim::SimService& simService, QTextStream& out)
{
    QString error;
    if (simService.start(&error))
        return true;
    out << "cannot start the simulator: " << error << '\n';
    return false;
}

sim::SimOptions simulatorOptions()
{
    sim::SimOptions options;
    options.accessToken = kToken;
    options.scenario.tierLimit = 1'000'000;
    return options;
}

/// The baseline: desktop 0 sends a campaign straight to the simulator at the static equal share
/// of the cap among the five desktops.
BudgetRun runEqualSplit(int sends, QTextStream& out)
{
    SystemClock clock;
    const sim::SimOptions options = simulatorOptions();
    sim::SimService simService(clock, options);
    if (!startSimulator(simService, out))
        return {};
    QTemporaryDir dir;
    QString error;
    BenchDesktop desktop(clock, QUrl(simService.baseUrl()), options.scenario.phoneNumberId, kToken, kCap / kDesktops);
    if (!desktop.open(clock, dir.filePath(QStringLiteral("outbox.db")), &error)) {
        out << "cannot open the outbox: " << error << '\n';
        return {};
    }
    return runCampaign(desktop, simService, sends, kCap / kDesktops, out);
}

/// The leased budget: a HubServer in front of the simulator, five desktops with a session at it
/// and sending through its Graph relay; desktop 0 sends a campaign of `sends` templates while
/// desktops 1-4 are connected and idle. The hub leases desktop 0 its rate from its demand and
/// its relay admits each send.
BudgetRun runThroughHub(int sends, QTextStream& out)
{
    SystemClock clock;
    const sim::SimOptions options = simulatorOptions();
    sim::SimService simService(clock, options);
    if (!startSimulator(simService, out))
        return {};
    QTemporaryDir dir;
    QString error;
    hub::HubConfig config;
    config.db = dir.filePath(QStringLiteral("hub.db"));
    config.listenPort = 0;
    config.appSecret = "bench-app-secret";
    config.verifyToken = "bench-verify-token";
    config.phoneNumberId = options.scenario.phoneNumberId;
    config.accessToken = kToken;
    config.graphBaseUrl = simService.baseUrl();
    config.sendCap = kCap;
    hub::HubServer hub(config, clock);
    if (!hub.start(&error)) {
        out << "cannot start the hub: " << error << '\n';
        return {};
    }
    QStringList tokens;
    {
        store::DatabaseLocation location;
        store::Database db;
        if (!store::DatabaseLocation::parse(config.db, &location, &error) || !db.open(location, &error)) {
            out << "cannot open the hub's database: " << error << '\n';
            hub.stop();
            return {};
        }
        hub::AgentRegistry agents(db.connection());
        for (int i = 0; i < kDesktops; ++i) {
            QString token;
            if (!agents.add(QStringLiteral("agent%1").arg(i), sync::Role::Agent, clock.nowSecs(), &token, &error)) {
                out << "cannot add an agent: " << error << '\n';
                hub.stop();
                return {};
            }
            tokens << token;
        }
    }
    const QUrl relay(QStringLiteral("http://127.0.0.1:%1/graph").arg(hub.port()));
    std::vector<std::unique_ptr<BenchDesktop>> desktops;
    std::vector<std::unique_ptr<test::RelaySession>> sessions;
    BudgetRun result;
    for (int i = 0; i < kDesktops; ++i) {
        auto desktop =
            std::make_unique<BenchDesktop>(clock, relay, options.scenario.phoneNumberId, tokens.at(i).toUtf8(), 0);
        if (!desktop->open(clock, dir.filePath(QStringLiteral("outbox%1.db").arg(i)), &error)) {
            out << "cannot open an outbox: " << error << '\n';
            break;
        }
        sessions.push_back(std::make_unique<test::RelaySession>(hub.agentsUrl(), tokens.at(i), *desktop->driver,
                                                                QStringLiteral("duet-bench")));
        desktops.push_back(std::move(desktop));
    }
    if (int(desktops.size()) == kDesktops) {
        for (int i = 1; i < kDesktops; ++i)
            desktops[i]->driver->start(); // connected, nothing queued
        result = runCampaign(*desktops[0], simService, sends, kCap / kDesktops, out);
    }
    sessions.clear();
    desktops.clear();
    hub.stop();
    return result;
}

} // namespace

int runBudget(const BenchOptions& options, QTextStream& out)
{
    const int sends = options.quick ? 200 : 400;
    const int runs = options.quick ? 1 : options.runs;
    std::vector<double> shares, equalShares;
    int most = 0, throttled = 0;
    for (int run = 0; run < runs; ++run) {
        const BudgetRun r = runThroughHub(sends, out);
        if (!r.ok)
            return 1;
        shares.push_back(r.shareOfCap);
        most = std::max(most, r.mostInOneSecond);
        throttled += r.throttled;
        // Baseline, same run and workload: the static equal split among the five desktops.
        const BudgetRun equal = runEqualSplit(sends, out);
        if (!equal.ok)
            return 1;
        equalShares.push_back(equal.shareOfCap);
    }
    const double share = median(shares);
    const double equalShare = median(equalShares);
    printFigure(out, "budget_desktops", kDesktops, 0);
    printFigure(out, "budget_busy_desktops", 1, 0);
    printFigure(out, "budget_busy_share_of_cap", share, 4);
    printFigure(out, "baseline_equal_split_busy_share_of_cap", equalShare, 4);
    printFigure(out, "budget_vs_equal_split_ratio", share / equalShare, 2);
    printFigure(out, "budget_most_accepted_in_1s", most, 0);
    printFigure(out, "budget_throttle_errors", throttled, 0);
    return share >= 0.95 && most <= int(kCap) ? 0 : 1;
}

} // namespace duet::bench
