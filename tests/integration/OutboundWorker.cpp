// SPDX-License-Identifier: GPL-3.0-or-later
// duet-outbound-worker: a bulk template send from an outbox file to duet-sim, for the crash test.
//
// duet-outbound-worker --outbox FILE --base URL --token-file F --app-secret-file F --webhook-port P
//                      [--count 1000] [--recipients 250] [--rate 20] [--grace-ms 10000]
//                      [--agents ws://HOST:PORT/agents] [--campaign N] [--until-final 1]
//
// On its first run (an outbox without a bulk job) it writes one bulk job of --count template sends
// to --recipients customers; every run then recovers (sending -> uncertain), drives the queued rows
// to the simulator and reconciles statuses from the simulator's signed webhooks, received on
// 127.0.0.1:P/webhook. Uncertain rows still unresolved after --grace-ms are resent: the worker
// plays the operator pressing the bulk job's "resend all" (docs/OUTBOUND.md). It exits 0 when no
// row is queued, sending or uncertain, printing `done {counts}`; 2 on bad usage.
// With --agents (when --base is a hub's Graph relay) it also holds a session at the hub as a
// desktop does: hello with the token, its demand, the lease as its rate and the session's id on
// every relayed send; it reconnects when the hub goes away.
// With --campaign N the first run queues a campaign instead: one template to N distinct customers
// through BulkJobs::create(), as the desktop's campaign does (--count and --recipients unused).
// With --until-final 1 it also waits until no row is left `accepted` (every send has its first
// status: sent, or failed), so the outbox shows each recipient's outcome.
#include "RelaySession.h"
#include "StatusReceiver.h"
#include "core/Clock.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace duet;
using namespace duet::outbound;

namespace {

int usage(const QString& why)
{
    QTextStream(stderr) << "duet-outbound-worker: " << why << '\n';
    return 2;
}

QByteArray readSecret(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QHash<QString, QString> opt = {{QStringLiteral("--count"), QStringLiteral("1000")},
                                   {QStringLiteral("--recipients"), QStringLiteral("250")},
                                   {QStringLiteral("--rate"), QStringLiteral("20")},
                                   {QStringLiteral("--grace-ms"), QStringLiteral("10000")}};
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2)
        opt.insert(args[i], args[i + 1]);
    for (const char* required : {"--outbox", "--base", "--token-file", "--app-secret-file", "--webhook-port"}) {
        if (opt.value(QString::fromLatin1(required)).isEmpty())
            return usage(QStringLiteral("%1 is required").arg(QLatin1String(required)));
    }
    const QByteArray token = readSecret(opt.value(QStringLiteral("--token-file")));
    const QByteArray secret = readSecret(opt.value(QStringLiteral("--app-secret-file")));
    if (token.isEmpty() || secret.isEmpty())
        return usage(QStringLiteral("cannot read the token or the app secret file"));

    SystemClock clock;
    OutboxStore outbox(clock);
    QString error;
    if (!outbox.open(opt.value(QStringLiteral("--outbox")), &error))
        return usage(error);

    DriverSettings settings;
    settings.baseUrl = QUrl(opt.value(QStringLiteral("--base")));
    settings.phoneNumberId = QStringLiteral("106540352242922");
    settings.accessToken = token;
    settings.requestTimeoutMs = 10'000;
    settings.uncertainGraceMs = opt.value(QStringLiteral("--grace-ms")).toLongLong();
    SendScheduler::Options limits;
    limits.leasedRatePerSec = opt.value(QStringLiteral("--rate")).toDouble();
    OutboundDriver driver(clock, outbox, nullptr, settings, limits);
    BulkJobs bulk(driver, 100000);
    std::unique_ptr<test::RelaySession> session;
    if (!opt.value(QStringLiteral("--agents")).isEmpty())
        session =
            std::make_unique<test::RelaySession>(QUrl(opt.value(QStringLiteral("--agents"))), QString::fromUtf8(token),
                                                 driver, QStringLiteral("duet-outbound-worker"));

    test::StatusReceiver receiver(
        secret, [&driver](const Event& e) { driver.onStatus(e.callback, e.wamid, e.status, e.errorCode); });
    if (receiver.listen(quint16(opt.value(QStringLiteral("--webhook-port")).toUInt())) == 0)
        return usage(QStringLiteral("cannot listen for webhooks: %1").arg(receiver.errorString()));

    qint64 job = outbox.bulkJobs().isEmpty() ? 0 : outbox.bulkJobs().constFirst();
    const int wasSending = outbox.rowsInState(OutboxState::Sending).size();
    driver.start();
    QTextStream(stdout) << "recovered " << wasSending << " sending rows as uncertain" << Qt::endl;
    QTextStream(stdout) << "uncertain " << outbox.rowsInState(OutboxState::Uncertain).size() << " rows at start"
                        << Qt::endl;
    const int campaign = opt.value(QStringLiteral("--campaign")).toInt();
    if (job == 0 && campaign > 0) {
        QStringList contacts;
        for (int i = 0; i < campaign; ++i)
            contacts << QStringLiteral("+1555%1").arg(3000000 + i);
        cloudapi::TemplateContent content{QStringLiteral("order_update"), QStringLiteral("en_US"), {}};
        content.components = {{cloudapi::TemplateComponent::Type::Body,
                               {cloudapi::TemplateParameter::textValue(QStringLiteral("#1042")),
                                cloudapi::TemplateParameter::textValue(QStringLiteral("shipped"))},
                               {},
                               -1}};
        job = bulk.create(QStringLiteral("campaign"), content, contacts, QStringLiteral("worker"), &error,
                          QStringLiteral("Your order #1042 has shipped."));
        if (job == 0)
            return usage(QStringLiteral("cannot write the campaign: %1").arg(error));
    } else if (job == 0) {
        const int count = opt.value(QStringLiteral("--count")).toInt();
        const int recipients = qMax(1, opt.value(QStringLiteral("--recipients")).toInt());
        // One template per (recipient, round): the same customer gets count/recipients of them.
        QList<OutboxDraft> drafts;
        const cloudapi::GraphRequestBuilder graph(settings.apiVersion, settings.phoneNumberId);
        job = outbox.createBulkJob(QStringLiteral("crash-test"), QStringLiteral("order_update"), {}, &error);
        for (int i = 0; i < count && job != 0; ++i) {
            OutboxDraft d;
            d.clientId = QStringLiteral("crash-%1").arg(i, 4, 10, QLatin1Char('0'));
            d.contact = QStringLiteral("1555%1").arg(1000000 + i % recipients);
            d.lane = OutboxLane::Bulk;
            d.kind = QStringLiteral("template");
            d.bulkJob = job;
            cloudapi::TemplateContent content{QStringLiteral("order_update"), QStringLiteral("en_US"), {}};
            content.components = {{cloudapi::TemplateComponent::Type::Body,
                                   {cloudapi::TemplateParameter::textValue(QStringLiteral("#%1").arg(i)),
                                    cloudapi::TemplateParameter::textValue(QStringLiteral("shipped"))},
                                   {},
                                   -1}};
            d.body = graph.templateMessage({d.contact, d.clientId, {}}, content).body;
            drafts << d;
        }
        if (job == 0 || outbox.insertAll(drafts, &error).size() != drafts.size())
            return usage(QStringLiteral("cannot write the bulk job: %1").arg(error));
        driver.enqueueRows(outbox.bulkRowIds(job, OutboxState::Queued));
    }
    QTextStream(stdout) << "worker running job " << job << Qt::endl;

    // The operator's "resend all" for uncertain rows past the grace period.
    QObject::connect(&driver, &OutboundDriver::attentionNeeded, &driver, [&driver, job] {
        int resent = 0;
        for (const OutboxRow& r : driver.needsAttention()) {
            if (r.bulkJob == job && driver.resendUncertain(r.id))
                ++resent;
        }
        QTextStream(stdout) << "resent " << resent << " uncertain rows" << Qt::endl;
    });

    const bool untilFinal = opt.value(QStringLiteral("--until-final")) == QLatin1String("1");
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &app, [&] {
        const BulkProgress p = bulk.progress(job);
        if (!p.isDone() || driver.inFlightCount() > 0)
            return;
        const QHash<OutboxState, int> byState = outbox.countsByState();
        if (untilFinal && byState.value(OutboxState::Accepted) > 0)
            return;
        QJsonObject counts;
        for (auto it = byState.cbegin(); it != byState.cend(); ++it)
            counts.insert(outboxStateName(it.key()), it.value());
        QTextStream(stdout) << "done " << QJsonDocument(counts).toJson(QJsonDocument::Compact) << Qt::endl;
        app.quit();
    });
    check.start(100);
    return app.exec();
}
