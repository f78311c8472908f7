// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench outbound: bulk templates and live replies through the outbox and the limiter to an in-process duet-sim.
#include "Benchmarks.h"
#include "SimService.h"
#include "Simulator.h"
#include "Statistics.h"
#include "core/Clock.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace duet::bench {
namespace {

using namespace duet::outbound;

const QByteArray kToken = "bench-token";
constexpr double kCap = 20; // Coexistence numbers: 20 msg/s

struct RunResult
{
    bool ok = false;
    double ratio = 0;
    int accepted = 0;
    int throttled = 0;
    int pairLimited = 0;
    qint64 maxAcceptedIn1s = 0; ///< at the simulator, when it handled the requests
    int maxStartedIn1s = 0;     ///< at the driver, when the POSTs started (the clock's whole ms)
    double seconds = 0;
    double liveWaitP99Ms = 0;
    double liveWaitMaxMs = 0;
};

/// One run's workload.
struct Workload
{
    int campaign = 0;      ///< distinct customers of the campaign (one template each)
    int liveCustomers = 0; ///< customers who wrote first (their window is open)
    int repliesPerCustomer = 0;
    bool liveInBulkLane = false; ///< the baseline: replies queue behind the campaign (one FIFO)

    int total() const { return campaign + liveCustomers * repliesPerCustomer; }
};

QString liveCustomer(int i)
{
    return QStringLiteral("1555%1").arg(2000000 + i);
}

QString campaignCustomer(int i)
{
    return QStringLiteral("1556%1").arg(2000000 + i);
}

/// One run: a campaign queued at the start with BulkJobs::create() (one template to every one of
/// its customers), and live replies to customers who wrote first, arriving evenly over the
/// campaign's expected length. All of it goes through the outbox, the window gate and the limiter
/// to an in-process duet-sim at speed 1.
///
/// Achieved rate: the sends the simulator accepted (campaign and replies: they share the number's
/// cap) over the span from the first of them to the last, counted by when their POST started
/// ((accepted - 1) / span: n sends span n - 1 intervals), divided by the cap. A send refused and
/// retried counts once, when it finally went.
RunResult runOnce(const Workload& w, QTextStream& out)
{
    RunResult result;
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
    limits.leasedRatePerSec = kCap;
    OutboundDriver driver(clock, outbox, &gate, settings, limits);
    BulkJobs bulk(driver, 1'000'000);

    // The live customers write in first (through the simulator, which opens their window).
    QNetworkAccessManager network;
    for (int i = 0; i < w.liveCustomers; ++i) {
        QNetworkRequest request(QUrl(simService.baseUrl() + QStringLiteral("/_sim/inbound")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply =
            network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("from"), liveCustomer(i)},
                                                            {QStringLiteral("text"), QStringLiteral("hi")}})
                                      .toJson(QJsonDocument::Compact));
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        if (!reply->isFinished())
            wait.exec();
        reply->deleteLater();
        windows.last.insert(liveCustomer(i), clock.nowSecs());
    }

    // The campaign: one bulk job, one template to each of its customers.
    QStringList contacts;
    contacts.reserve(w.campaign);
    for (int i = 0; i < w.campaign; ++i)
        contacts << QStringLiteral("+") + campaignCustomer(i);
    const cloudapi::TemplateContent hello{QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
    if (w.campaign > 0 && bulk.create(QStringLiteral("campaign"), hello, contacts, {}, &error) == 0) {
        out << "cannot queue the campaign: " << error << '\n';
        return result;
    }
    const int liveTotal = w.liveCustomers * w.repliesPerCustomer;
    const int total = w.total();

    QElapsedTimer elapsed;
    elapsed.start();
    QHash<qint64, qint64> liveQueuedAtNs;
    QHash<qint64, qint64> startedAtNs; // the latest POST start of each row
    std::vector<double> liveWaitsMs;
    std::deque<qint64> startsLastSecond;
    qint64 firstAcceptedStartNs = -1, lastAcceptedStartNs = -1;
    int accepted = 0;
    QEventLoop loop;
    QObject::connect(&driver, &OutboundDriver::requestStarted, &loop, [&](qint64 id) {
        const qint64 now = elapsed.nsecsElapsed();
        startedAtNs.insert(id, now);
        // In whole milliseconds of the clock the limiter counts in.
        const qint64 nowMs = clock.nowMs();
        startsLastSecond.push_back(nowMs);
        while (startsLastSecond.front() <= nowMs - 1000)
            startsLastSecond.pop_front();
        result.maxStartedIn1s = std::max(result.maxStartedIn1s, int(startsLastSecond.size()));
        const auto it = liveQueuedAtNs.constFind(id);
        if (it != liveQueuedAtNs.constEnd()) {
            liveWaitsMs.push_back(double(now - *it) / 1e6);
            liveQueuedAtNs.erase(it);
        }
    });
    QObject::connect(&driver, &OutboundDriver::rowChanged, &loop, [&](qint64 id, OutboxState state) {
        if (state == OutboxState::Accepted) {
            const qint64 startedAt = startedAtNs.value(id, -1);
            if (startedAt >= 0) {
                if (firstAcceptedStartNs < 0 || startedAt < firstAcceptedStartNs)
                    firstAcceptedStartNs = startedAt;
                lastAcceptedStartNs = std::max(lastAcceptedStartNs, startedAt);
            }
            if (++accepted == total)
                loop.quit();
        }
        if (state == OutboxState::Failed || state == OutboxState::Uncertain) {
            out << "a send ended " << outboxStateName(state) << '\n';
            loop.quit();
        }
    });

    // Live replies arrive evenly over the first 90 % of the run, round-robin over the customers.
    int liveSent = 0;
    QTimer liveTimer;
    liveTimer.setTimerType(Qt::PreciseTimer);
    liveTimer.setInterval(int(double(total) / kCap * 0.9 * 1000 / std::max(1, liveTotal)));
    QObject::connect(&liveTimer, &QTimer::timeout, &loop, [&] {
        const QString customer = liveCustomer(liveSent % w.liveCustomers);
        const QString to = QStringLiteral("+") + customer;
        const qint64 queuedAt = elapsed.nsecsElapsed();
        SubmitResult r;
        if (w.liveInBulkLane) {
            OutboxDraft d;
            d.clientId = QStringLiteral("live-%1").arg(liveSent);
            d.contact = customer;
            d.lane = OutboxLane::Bulk;
            d.kind = QStringLiteral("text");
            d.body = cloudapi::GraphRequestBuilder(settings.apiVersion, settings.phoneNumberId)
                         .text({to, d.clientId, {}}, QStringLiteral("Thanks, on it!"))
                         .body;
            r = driver.submit(d);
        } else {
            r = driver.submitText(to, QStringLiteral("Thanks, on it!"));
        }
        if (r.isQueued() && driver.outbox().row(r.id)->state == OutboxState::Queued)
            liveQueuedAtNs.insert(r.id, queuedAt);
        else if (r.isQueued())
            liveWaitsMs.push_back(double(elapsed.nsecsElapsed() - queuedAt) / 1e6); // went at once
        if (++liveSent == liveTotal)
            liveTimer.stop();
    });

    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        out << "timed out with " << accepted << " of " << total << " accepted\n";
        loop.quit();
    });
    deadline.start(int(double(total) / kCap * 1000 * 2 + 30'000));
    driver.start();
    if (liveTotal > 0)
        liveTimer.start();
    loop.exec();

    const QJsonObject stats = simService.simulator().statsJson(true);
    const QJsonObject errors = stats.value(QStringLiteral("errors_by_code")).toObject();
    result.accepted = accepted;
    result.throttled = errors.value(QStringLiteral("130429")).toInt();
    result.pairLimited = errors.value(QStringLiteral("131056")).toInt();
    result.maxAcceptedIn1s = stats.value(QStringLiteral("max_accepted_in_1s")).toInteger();
    result.seconds = double(lastAcceptedStartNs - firstAcceptedStartNs) / 1e9;
    result.ok = accepted == total && stats.value(QStringLiteral("accepted")).toInt() == total &&
                stats.value(QStringLiteral("recipients_accepted_more_than_once")).toInt() == w.liveCustomers &&
                result.seconds > 0 && int(liveWaitsMs.size()) == liveTotal;
    if (!result.ok) {
        out << "the run did not do its work: " << accepted << " of " << total << " accepted, the simulator counted "
            << stats.value(QStringLiteral("accepted")).toInt() << ", " << liveWaitsMs.size() << " of " << liveTotal
            << " live replies left\n";
        return result;
    }
    result.ratio = (accepted - 1) / result.seconds / kCap;
    result.liveWaitP99Ms = percentile(liveWaitsMs, 0.99);
    result.liveWaitMaxMs = percentile(liveWaitsMs, 1.0);
    return result;
}

} // namespace

int runOutbound(const BenchOptions& options, QTextStream& out)
{
    // Full: a campaign to 10,000 customers and 400 live replies to 100 customers who wrote first
    // (about 8.7 minutes at 20 msg/s, twice: the run and its baseline). --quick: 500 and 100
    // (about 30 s, twice).
    Workload w;
    w.campaign = options.quick ? 500 : 10'000;
    w.liveCustomers = options.quick ? 20 : 100;
    w.repliesPerCustomer = options.quick ? 5 : 4;
    const int runs = options.quick ? 1 : options.runs;
    // Baseline: the same workload with the replies in the campaign's lane (one FIFO, no
    // priority), run as many times, after each run, its figure the median the same way.
    Workload fifoWork = w;
    fifoWork.liveInBulkLane = true;
    std::vector<double> ratios, waits, maxWaits, fifoWaits;
    int throttled = 0, pairLimited = 0;
    qint64 mostIn1s = 0;
    int mostStartedIn1s = 0;
    for (int run = 0; run < runs; ++run) {
        const RunResult r = runOnce(w, out);
        if (!r.ok)
            return 1;
        out << "run " << run + 1 << ": " << r.accepted << " accepted in " << QString::number(r.seconds, 'f', 1)
            << " s, ratio " << QString::number(r.ratio, 'f', 4) << ", live p99 "
            << QString::number(r.liveWaitP99Ms, 'f', 1) << " ms\n";
        out.flush();
        ratios.push_back(r.ratio);
        waits.push_back(r.liveWaitP99Ms);
        maxWaits.push_back(r.liveWaitMaxMs);
        throttled += r.throttled;
        pairLimited += r.pairLimited;
        mostIn1s = std::max(mostIn1s, r.maxAcceptedIn1s);
        mostStartedIn1s = std::max(mostStartedIn1s, r.maxStartedIn1s);

        const RunResult fifo = runOnce(fifoWork, out);
        if (!fifo.ok)
            return 1;
        out << "baseline run " << run + 1 << " (one FIFO): live p99 " << QString::number(fifo.liveWaitP99Ms, 'f', 1)
            << " ms\n";
        out.flush();
        fifoWaits.push_back(fifo.liveWaitP99Ms);
    }

    printFigure(out, "runs", runs, 0);
    printFigure(out, "sends", w.total(), 0);
    printFigure(out, "campaign_recipients", w.campaign, 0);
    printFigure(out, "live_replies", w.liveCustomers * w.repliesPerCustomer, 0);
    printFigure(out, "cap_msg_per_s", kCap, 0);
    printFigure(out, "achieved_rate_ratio", median(ratios), 4);
    printFigure(out, "achieved_rate_ratio_min", *std::min_element(ratios.begin(), ratios.end()), 4);
    printFigure(out, "throttle_errors", throttled, 0);
    printFigure(out, "pair_errors", pairLimited, 0);
    printFigure(out, "most_started_in_1s", mostStartedIn1s, 0);
    printFigure(out, "most_accepted_in_1s", double(mostIn1s), 0);
    printFigure(out, "live_reply_wait_p99_ms", median(waits), 1);
    printFigure(out, "live_reply_wait_max_ms", median(maxWaits), 1);
    printFigure(out, "baseline_fifo_live_reply_wait_p99_ms", median(fifoWaits), 1);
    printFigure(out, "fifo_vs_live_reply_wait_p99_ratio", median(fifoWaits) / std::max(median(waits), 0.001), 1);
    return runBudget(options, out);
}

} // namespace duet::bench
