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
    int throttled = 0;
    int pairLimited = 0;
    double liveWaitP99Ms = 0;
    double liveWaitMaxMs = 0;
};

QString recipient(int i)
{
    return QStringLiteral("1555%1").arg(2000000 + i);
}

/// One run: `sends` sends to `recipients` customers, 10 each; the first fifth of the customers
/// wrote in (their window is open) and get live replies spread over the run, the others bulk
/// templates queued at the start. With `liveInBulkLane` the replies queue behind the campaign
/// (the baseline: one FIFO, no priority lane).
RunResult runOnce(int sends, int recipients, bool liveInBulkLane, QTextStream& out)
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
    const int perRecipient = sends / recipients;
    const int liveRecipients = recipients / 5;
    QNetworkAccessManager network;
    for (int i = 0; i < liveRecipients; ++i) {
        QNetworkRequest request(QUrl(simService.baseUrl() + QStringLiteral("/_sim/inbound")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply =
            network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("from"), recipient(i)},
                                                            {QStringLiteral("text"), QStringLiteral("hi")}})
                                      .toJson(QJsonDocument::Compact));
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        if (!reply->isFinished())
            wait.exec();
        reply->deleteLater();
        windows.last.insert(recipient(i), clock.nowSecs());
    }

    // The campaign: one bulk job per round, each to every bulk customer once.
    QStringList bulkContacts;
    for (int i = liveRecipients; i < recipients; ++i)
        bulkContacts << QStringLiteral("+") + recipient(i);
    const cloudapi::TemplateContent hello{QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
    for (int round = 0; round < perRecipient; ++round) {
        if (bulk.create(QStringLiteral("round %1").arg(round), hello, bulkContacts, {}, &error) == 0) {
            out << "cannot queue the campaign: " << error << '\n';
            return result;
        }
    }
    const int liveTotal = liveRecipients * perRecipient;
    const int total = liveTotal + int(bulkContacts.size()) * perRecipient;

    QElapsedTimer elapsed;
    elapsed.start();
    QHash<qint64, qint64> liveQueuedAtNs;
    std::vector<double> liveWaitsMs;
    qint64 firstStartNs = -1, lastStartNs = -1;
    int started = 0, accepted = 0;
    QEventLoop loop;
    QObject::connect(&driver, &OutboundDriver::requestStarted, &loop, [&](qint64 id) {
        const qint64 now = elapsed.nsecsElapsed();
        if (firstStartNs < 0)
            firstStartNs = now;
        lastStartNs = now;
        ++started;
        const auto it = liveQueuedAtNs.constFind(id);
        if (it != liveQueuedAtNs.constEnd()) {
            liveWaitsMs.push_back(double(now - *it) / 1e6);
            liveQueuedAtNs.erase(it);
        }
    });
    QObject::connect(&driver, &OutboundDriver::rowChanged, &loop, [&](qint64, OutboxState state) {
        if (state == OutboxState::Accepted && ++accepted == total)
            loop.quit();
        if (state == OutboxState::Failed || state == OutboxState::Uncertain) {
            out << "a send ended " << outboxStateName(state) << '\n';
            loop.quit();
        }
    });

    // Live replies arrive evenly over the first 80 % of the run, round-robin over the customers.
    int liveSent = 0;
    QTimer liveTimer;
    liveTimer.setTimerType(Qt::PreciseTimer);
    liveTimer.setInterval(int(double(total) / kCap * 0.8 * 1000 / std::max(1, liveTotal)));
    QObject::connect(&liveTimer, &QTimer::timeout, &loop, [&] {
        const QString to = QStringLiteral("+") + recipient(liveSent % liveRecipients);
        const qint64 queuedAt = elapsed.nsecsElapsed();
        SubmitResult r;
        if (liveInBulkLane) {
            OutboxDraft d;
            d.clientId = QStringLiteral("live-%1").arg(liveSent);
            d.contact = recipient(liveSent % liveRecipients);
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
    liveTimer.start();
    loop.exec();

    const QJsonObject stats = simService.simulator().statsJson();
    const QJsonObject errors = stats.value(QStringLiteral("errors_by_code")).toObject();
    result.throttled = errors.value(QStringLiteral("130429")).toInt();
    result.pairLimited = errors.value(QStringLiteral("131056")).toInt();
    result.ok = accepted == total && stats.value(QStringLiteral("accepted")).toInt() == total;
    const double seconds = double(lastStartNs - firstStartNs) / 1e9;
    result.ratio = seconds > 0 ? (started - 1) / seconds / kCap : 0;
    result.liveWaitP99Ms = percentile(liveWaitsMs, 0.99);
    result.liveWaitMaxMs = percentile(liveWaitsMs, 1.0);
    return result;
}

} // namespace

int runOutbound(const BenchOptions& options, QTextStream& out)
{
    const int sends = options.quick ? 600 : 5000;
    const int recipients = options.quick ? 60 : 500;
    const int runs = options.quick ? 1 : options.runs;
    std::vector<double> ratios, waits, maxWaits;
    int throttled = 0, pairLimited = 0;
    for (int run = 0; run < runs; ++run) {
        const RunResult r = runOnce(sends, recipients, false, out);
        if (!r.ok)
            return 1;
        ratios.push_back(r.ratio);
        waits.push_back(r.liveWaitP99Ms);
        maxWaits.push_back(r.liveWaitMaxMs);
        throttled += r.throttled;
        pairLimited += r.pairLimited;
    }
    // Baseline, same run: the replies in the campaign's lane (one FIFO, no priority).
    const RunResult fifo = runOnce(options.quick ? 300 : 1000, options.quick ? 30 : 100, true, out);

    printFigure(out, "runs", runs, 0);
    printFigure(out, "sends", sends, 0);
    printFigure(out, "recipients", recipients, 0);
    printFigure(out, "cap_msg_per_s", kCap, 0);
    printFigure(out, "achieved_rate_ratio", median(ratios), 4);
    printFigure(out, "throttle_errors", throttled, 0);
    printFigure(out, "pair_errors", pairLimited, 0);
    printFigure(out, "live_reply_wait_p99_ms", median(waits), 1);
    printFigure(out, "live_reply_wait_max_ms", median(maxWaits), 1);
    printFigure(out, "baseline_fifo_live_reply_wait_p99_ms", fifo.liveWaitP99Ms, 1);
    return runBudget(options, out);
}

} // namespace duet::bench
