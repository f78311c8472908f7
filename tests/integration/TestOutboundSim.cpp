// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound pipeline over real HTTP against an in-process duet-sim: accepts, refusals, pacing, reconciliation.
#include "DomainToString.h"
#include "GraphPaths.h"
#include "SimService.h"
#include "Simulator.h"
#include "StatusReceiver.h"
#include "cloudapi/ApiError.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::outbound;

namespace {

const QByteArray kToken = "outbound-test-token";
const QByteArray kSecret = "outbound-test-secret";
const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kJoao = QStringLiteral("5511987654321"); // a username customer whose number Meta withholds

/// Window facts from a map (contact digits -> last customer message, seconds).

cloudapi::TemplateContent hello()
{
    return {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
}

} // namespace

class TestOutboundSim : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<test::StatusReceiver> m_receiver;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboundDriver> m_driver;
    MapWindowSource m_windows;
    std::unique_ptr<WindowGate> m_gate;
    QNetworkAccessManager m_network;
    QList<Event> m_statuses; ///< every status webhook received, in order

    OutboundDriver& makeDriver(bool withGate, const QByteArray& token = kToken)
    {
        m_driver.reset();
        DriverSettings settings;
        settings.baseUrl = QUrl(m_sim->baseUrl());
        settings.phoneNumberId = kPhoneNumberId;
        settings.accessToken = token;
        settings.requestTimeoutMs = 10'000;
        m_driver = std::make_unique<OutboundDriver>(m_clock, *m_outbox, withGate ? m_gate.get() : nullptr, settings,
                                                    SendScheduler::Options());
        return *m_driver;
    }

    QJsonObject simStats() { return m_sim->simulator().statsJson(); }
    int acceptedFor(const QString& clientId)
    {
        return simStats().value(QStringLiteral("accepted_by_client_id")).toObject().value(clientId).toInt();
    }
    int errorsFor(int code)
    {
        return simStats().value(QStringLiteral("errors_by_code")).toObject().value(QString::number(code)).toInt();
    }
    OutboxState stateOf(qint64 id) { return m_outbox->row(id).value_or(OutboxRow()).state; }
    /// Meta took it: accepted, or a status already moved it on.
    bool reachedMeta(qint64 id)
    {
        const OutboxState s = stateOf(id);
        return s == OutboxState::Accepted || s == OutboxState::Sent || s == OutboxState::Delivered ||
               s == OutboxState::Read;
    }

    int post(const QString& path, const QByteArray& body, const QByteArray& token = {})
    {
        QNetworkRequest request(QUrl(m_sim->baseUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void customerWrites(const QString& from)
    {
        QCOMPARE(post(QStringLiteral("/_sim/inbound"),
                      QJsonDocument(
                          QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("text"), QStringLiteral("Hi")}})
                          .toJson(QJsonDocument::Compact)),
                 200);
        m_windows.last.insert(from, m_clock.nowSecs());
    }

private slots:
    void init()
    {
        m_statuses.clear();
        m_receiver = std::make_unique<test::StatusReceiver>(kSecret, [this](const Event& e) {
            m_statuses.append(e);
            if (m_driver)
                m_driver->onStatus(e.callback, e.wamid, e.status, e.errorCode);
        });
        const quint16 port = m_receiver->listen(0);
        QVERIFY2(port != 0, qPrintable(m_receiver->errorString()));
        sim::SimOptions options;
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port));
        options.appSecret = kSecret;
        options.accessToken = kToken;
        options.seed = 11;
        options.scenario.tierLimit = 100000;
        options.scenario.delivery.sentMinMs = 50;
        options.scenario.delivery.sentMaxMs = 200;
        options.scenario.delivery.deliveredMinMs = 50;
        options.scenario.delivery.deliveredMaxMs = 200;
        options.scenario.delivery.readRatio = 0;
        options.scenario.delivery.duplicateRatio = 0.2;
        options.scenario.delivery.batchMax = 3;
        options.scenario.customers.insert(
            kJoao, {kJoao, QStringLiteral("João Araújo"), QStringLiteral("joao.araujo"), true, true, 200});
        sim::TemplateSpec code;
        code.name = QStringLiteral("login_code");
        code.language = QStringLiteral("en_US");
        code.category = QStringLiteral("authentication");
        code.bodyParams = 1;
        options.scenario.templates.append(code);
        m_sim = std::make_unique<sim::SimService>(m_clock, options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        m_windows.last.clear();
        m_gate = std::make_unique<WindowGate>(m_clock, m_windows);
    }

    void cleanup()
    {
        m_driver.reset();
        m_sim.reset();
        m_receiver.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void sendsAreAcceptedWithWamidsAndStatusesMoveThemOn()
    {
        OutboundDriver& driver = makeDriver(true);
        driver.start();
        customerWrites(QStringLiteral("16505551234"));
        const SubmitResult reply = driver.submitText(QStringLiteral("+1 650 555 1234"), QStringLiteral("Hello back"));
        QVERIFY2(reply.isQueued(), qPrintable(reply.error));
        const SubmitResult tmpl = driver.submitTemplate(QStringLiteral("+447700900123"), hello());
        QVERIFY2(tmpl.isQueued(), qPrintable(tmpl.error));

        for (const SubmitResult& r : {reply, tmpl}) {
            QTRY_VERIFY_WITH_TIMEOUT(m_outbox->row(r.id)->state == OutboxState::Delivered, 15000);
            QVERIFY(m_outbox->row(r.id)->wamid.startsWith(QStringLiteral("wamid.")));
            QCOMPARE(m_outbox->row(r.id)->attempts, 1);
            QCOMPARE(acceptedFor(r.clientId), 1);
            QCOMPARE(simStats()
                         .value(QStringLiteral("client_id_by_wamid"))
                         .toObject()
                         .value(m_outbox->row(r.id)->wamid)
                         .toString(),
                     r.clientId);
        }
    }

    void freeFormOutsideTheWindowFailsWithTheRemedy()
    {
        // Without local window facts the send goes out and Meta refuses it with 131047.
        OutboundDriver& driver = makeDriver(false);
        QSignalSpy closed(&driver, &OutboundDriver::windowClosed);
        driver.start();
        const SubmitResult r = driver.submitText(QStringLiteral("+15550001111"), QStringLiteral("Are you there?"));
        QVERIFY(r.isQueued());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), OutboxState::Failed, 10000);
        const OutboxRow row = *m_outbox->row(r.id);
        QCOMPARE(row.errorCode, 131047);
        QCOMPARE(row.errorReason, QStringLiteral("window_closed"));
        cloudapi::ApiError e;
        e.code = 131047;
        e.category = cloudapi::ErrorCategory::WindowClosed;
        QCOMPARE(row.remedy, QString::fromUtf8(cloudapi::remedySource(e)));
        QCOMPARE(closed.count(), 1);
        QCOMPARE(errorsFor(131047), 1);
        QCOMPARE(acceptedFor(r.clientId), 0);
    }

    void theGateRefusesBeforeTheNetwork()
    {
        OutboundDriver& driver = makeDriver(true);
        driver.start();
        const SubmitResult r = driver.submitText(QStringLiteral("+15550001111"), QStringLiteral("Are you there?"));
        QVERIFY(!r.isQueued());
        QCOMPARE(r.gateReason, GateDecision::Reason::NoWindow);
        QVERIFY(!r.error.isEmpty());
        // A template to the same customer passes.
        const SubmitResult t = driver.submitTemplate(QStringLiteral("+15550001111"), hello());
        QVERIFY(t.isQueued());
        QTRY_VERIFY_WITH_TIMEOUT(reachedMeta(t.id), 10000);
        QCOMPARE(errorsFor(131047), 0);
        QCOMPARE(simStats().value(QStringLiteral("accepted")).toInt(), 1);
    }

    void sendingAtTheSchedulersRateIsNeverThrottled()
    {
        OutboundDriver& driver = makeDriver(true);
        driver.start();
        QList<SubmitResult> sent;
        for (int i = 0; i < 100; ++i) {
            const QString to = QStringLiteral("+1555000%1").arg(2000 + i % 10);
            sent << driver.submitTemplate(to, hello(), OutboxLane::Bulk);
            QVERIFY(sent.last().isQueued());
        }
        QTRY_COMPARE_WITH_TIMEOUT(simStats().value(QStringLiteral("accepted")).toInt(), 100, 30000);
        QCOMPARE(errorsFor(130429), 0);
        QCOMPARE(errorsFor(131056), 0);
        for (const SubmitResult& r : sent)
            QCOMPARE(acceptedFor(r.clientId), 1);
    }

    void anUncertainSendIsReconciledByItsStatusNotResent()
    {
        // A previous run POSTed this send and died before it saw the answer: the row says sending.
        OutboxDraft d;
        d.clientId = QStringLiteral("crashed-before-the-answer");
        d.contact = QStringLiteral("15550003333");
        d.kind = QStringLiteral("template");
        d.lane = OutboxLane::Bulk;
        const cloudapi::GraphRequestBuilder graph(cloudapi::graphApiVersion(), kPhoneNumberId);
        d.body = graph.templateMessage({d.contact, d.clientId, {}}, hello()).body;
        QString error;
        const qint64 id = m_outbox->insert(d, &error);
        QVERIFY(m_outbox->markSending(id));
        QCOMPARE(post(duet::test::graphPath(QStringLiteral("%1/messages")).arg(kPhoneNumberId),
                      QJsonDocument(d.body).toJson(QJsonDocument::Compact), kToken),
                 200);

        OutboundDriver& driver = makeDriver(true);
        driver.start();
        QCOMPARE(stateOf(id), OutboxState::Uncertain);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == OutboxState::Delivered, 10000);
        QVERIFY(m_outbox->row(id)->wamid.startsWith(QStringLiteral("wamid.")));
        QCOMPARE(acceptedFor(d.clientId), 1);
        QCOMPARE(m_outbox->row(id)->attempts, 1);
    }

    void aRefusedTokenPausesEverythingUntilANewOne()
    {
        OutboundDriver& driver = makeDriver(true, "wrong-token");
        QSignalSpy refused(&driver, &OutboundDriver::tokenRefused);
        driver.start();
        const SubmitResult a = driver.submitTemplate(QStringLiteral("+15550004444"), hello());
        const SubmitResult b = driver.submitTemplate(QStringLiteral("+15550005555"), hello());
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QVERIFY(driver.isAuthPaused());
        QTRY_COMPARE_WITH_TIMEOUT(driver.inFlightCount(), 0, 10000);
        QCOMPARE(stateOf(a.id), OutboxState::Queued);
        QCOMPARE(stateOf(b.id), OutboxState::Queued);
        // The limiter lets b go 50 ms after a: when a's refusal takes longer to come back, Meta
        // refuses b too, and it waits with a all the same.
        QVERIFY2(errorsFor(190) >= 1 && errorsFor(190) <= 2, qPrintable(QString::number(errorsFor(190))));
        driver.setAccessToken(kToken);
        QTRY_VERIFY_WITH_TIMEOUT(reachedMeta(a.id) && reachedMeta(b.id), 10000);
        QCOMPARE(acceptedFor(a.clientId), 1);
        QCOMPARE(acceptedFor(b.clientId), 1);
    }

    void aLiveReplyOvertakesAWaitingCampaign()
    {
        OutboundDriver& driver = makeDriver(true);
        QList<qint64> order;
        connect(&driver, &OutboundDriver::requestStarted, this, [&order](qint64 id) { order << id; });
        driver.start();
        BulkJobs bulk(driver, 1000);
        QStringList contacts;
        for (int i = 0; i < 40; ++i)
            contacts << QStringLiteral("+1555002%1").arg(1000 + i);
        QString error;
        const qint64 job = bulk.create(QStringLiteral("promo"), hello(), contacts, {}, &error);
        QVERIFY(job != 0);
        QTRY_VERIFY_WITH_TIMEOUT(order.size() >= 5, 10000);
        customerWrites(QStringLiteral("16505550000"));
        const SubmitResult live = driver.submitText(QStringLiteral("+16505550000"), QStringLiteral("Right away"));
        QVERIFY(live.isQueued());
        QTRY_VERIFY_WITH_TIMEOUT(order.contains(live.id), 10000);
        // It went within one slot of being submitted, while most of the campaign still waited.
        QVERIFY2(bulk.progress(job).queued > 20, qPrintable(QString::number(bulk.progress(job).queued)));
        QTRY_VERIFY_WITH_TIMEOUT(reachedMeta(live.id), 10000);
    }

    void aLeaseOfZeroHoldsEverythingUntilTheHubGivesAShare()
    {
        OutboundDriver& driver = makeDriver(true);
        QSignalSpy demand(&driver, &OutboundDriver::demandChanged);
        driver.setLeasedRate(0);
        driver.start();
        const SubmitResult r = driver.submitTemplate(QStringLiteral("+15550006666"), hello());
        QVERIFY(r.isQueued());
        QCOMPARE(driver.inFlightCount(), 0);
        QCOMPARE(stateOf(r.id), OutboxState::Queued);
        // The queue says what it holds, for the hub to lease it a rate.
        QVERIFY(!demand.isEmpty());
        QCOMPARE(demand.last().at(0).toInt(), 1); // an agent's template: the live lane
        QCOMPARE(demand.last().at(1).toInt(), 0);
        driver.setLeasedRate(5);
        QTRY_VERIFY_WITH_TIMEOUT(reachedMeta(r.id), 10000);
        QCOMPARE(driver.leasedRate(), 5.0);
        QCOMPARE(demand.last().at(0).toInt(), 0); // idle again
    }

    void aBulkJobRunsToTheEndAndReportsProgress()
    {
        OutboundDriver& driver = makeDriver(true);
        driver.start();
        BulkJobs bulk(driver, 250);
        QStringList contacts;
        for (int i = 0; i < 30; ++i)
            contacts << QStringLiteral("+1555001%1").arg(1000 + i);
        QString error;
        const qint64 job = bulk.create(QStringLiteral("promo"), hello(), contacts, QStringLiteral("ana"), &error);
        QVERIFY2(job != 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(bulk.progress(job).delivered == 30, 20000);
        const BulkProgress p = bulk.progress(job);
        QCOMPARE(p.total, 30);
        QVERIFY(p.isDone());
        QCOMPARE(simStats().value(QStringLiteral("accepted")).toInt(), 30);
    }

    void aCustomerKnownOnlyByTheirBsuid()
    {
        OutboundDriver& driver = makeDriver(true);
        driver.start();
        const QString bsuid = m_sim->simulator().customers().byHandle(kJoao)->bsuid;
        // He writes from his account: the window opens under his BSUID, the conversation's key.
        customerWrites(bsuid);

        // The reply goes to `recipient` and is paced, gated and reconciled like any other.
        const SubmitResult reply =
            driver.submitText(bsuid, QStringLiteral("Olá João!"), QStringLiteral("ana"), {}, bsuid);
        QVERIFY2(reply.isQueued(), qPrintable(reply.error));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(reply.id), OutboxState::Delivered, 15000);
        const OutboxRow row = *m_outbox->row(reply.id);
        QCOMPARE(row.contact, bsuid);
        QCOMPARE(QJsonDocument::fromJson(row.body).object().value(QStringLiteral("recipient")).toString(), bsuid);
        QCOMPARE(acceptedFor(reply.clientId), 1);
        // Its statuses name him by BSUID only: Meta withholds his number.
        bool sawDelivered = false;
        for (const Event& e : std::as_const(m_statuses)) {
            if (e.callback != reply.clientId)
                continue;
            QCOMPARE(e.userId, bsuid);
            QVERIFY2(e.contact.isEmpty(), qPrintable(e.contact));
            sawDelivered = sawDelivered || e.status == QLatin1String("delivered");
        }
        QVERIFY(sawDelivered);

        // Asking for his number: the interactive message goes out and he shares it.
        const SubmitResult ask = driver.submitContactRequest(bsuid, QStringLiteral("May we have your number?"),
                                                             QStringLiteral("ana"), bsuid);
        QVERIFY2(ask.isQueued(), qPrintable(ask.error));
        QTRY_VERIFY_WITH_TIMEOUT(reachedMeta(ask.id), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(simStats().value(QStringLiteral("phones_shared")).toInt(), 1, 10000);

        // An authentication template is refused here, before the network ...
        cloudapi::TemplateContent code{QStringLiteral("login_code"), QStringLiteral("en_US"), {}};
        cloudapi::TemplateComponent body;
        body.parameters = {cloudapi::TemplateParameter::textValue(QStringLiteral("123456"))};
        code.components = {body};
        code.category = cloudapi::TemplateCategory::Authentication;
        const SubmitResult refused = driver.submitTemplate(bsuid, code);
        QVERIFY(!refused.isQueued());
        QCOMPARE(refused.problem, cloudapi::RequestProblem::TemplateNeedsPhone);
        QCOMPARE(errorsFor(131062), 0);
        // ... and when Duet does not know the category, Meta's 131062 comes back with its remedy.
        code.category = cloudapi::TemplateCategory::Unspecified;
        const SubmitResult unknown = driver.submitTemplate(bsuid, code);
        QVERIFY(unknown.isQueued());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(unknown.id), OutboxState::Failed, 10000);
        const OutboxRow failed = *m_outbox->row(unknown.id);
        QCOMPARE(failed.errorCode, 131062);
        cloudapi::ApiError e;
        e.code = 131062;
        e.category = cloudapi::ErrorCategory::Permanent;
        QCOMPARE(failed.remedy, QString::fromUtf8(cloudapi::remedySource(e)));
        QCOMPARE(errorsFor(131062), 1);
        // To his number the same template goes.
        code.category = cloudapi::TemplateCategory::Authentication;
        const SubmitResult byPhone = driver.submitTemplate(kJoao, code);
        QVERIFY(byPhone.isQueued());
        QTRY_VERIFY_WITH_TIMEOUT(reachedMeta(byPhone.id), 10000);
    }
};

QTEST_GUILESS_MAIN(TestOutboundSim)
#include "TestOutboundSim.moc"
