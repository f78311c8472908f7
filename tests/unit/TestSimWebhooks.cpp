// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's webhooks: Meta's byte format, signatures, statuses, batching, retries, duplicates.
#include "DomainToString.h"
#include "FakeClock.h"
#include "MetaJson.h"
#include "SimHarness.h"
#include "Simulator.h"
#include "WebhookDispatcher.h"
#include "cloudapi/ApiError.h"
#include "cloudapi/WebhookDecoder.h"
#include "cloudapi/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace duet;
using namespace duet::sim;
using namespace duet::cloudapi;

namespace {

const QString kSheena = QStringLiteral("16505551234");

/// Records POSTs; answers each with the next status of `answers` (then 200), at once or when told.
class FakeTransport : public WebhookTransport
{
public:
    struct Sent
    {
        QByteArray body;
        QByteArray signature;
    };
    QList<Sent> sent;
    QList<int> answers;
    bool answerLater = false;
    QList<std::function<void(int)>> waiting;

    void post(const QByteArray& body, const QByteArray& signature, std::function<void(int)> done) override
    {
        sent.append({body, signature});
        if (answerLater) {
            waiting.append(std::move(done));
            return;
        }
        done(answers.isEmpty() ? 200 : answers.takeFirst());
    }
};

Scenario fixedDelays()
{
    Scenario s = Scenario::defaults();
    s.delivery.sentMinMs = s.delivery.sentMaxMs = 1000;
    s.delivery.deliveredMinMs = s.delivery.deliveredMaxMs = 2000;
    s.delivery.readMinMs = s.delivery.readMaxMs = 3000;
    s.delivery.readRatio = 1;
    return s;
}

QList<Event> decodeAll(const QList<FakeTransport::Sent>& posts)
{
    QList<Event> events;
    for (const FakeTransport::Sent& p : posts) {
        const DecodeResult r = WebhookDecoder::decode(p.body);
        if (!r.ok())
            qWarning() << r.reason;
        events += r.events;
    }
    return events;
}

} // namespace

class TestSimWebhooks : public QObject
{
    Q_OBJECT

private slots:
    void writesJsonAsMetaDoes_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ASCII text stays as it is") << QJsonValue(QStringLiteral("Hello")) << QByteArray("\"Hello\"");
        QTest::newRow("accented letters become lower-case \\u escapes")
            << QJsonValue(QStringLiteral("Zoë Brontë café")) << QByteArray("\"Zo\\u00eb Bront\\u00eb caf\\u00e9\"");
        QTest::newRow("an emoji becomes a surrogate pair in lower case")
            << QJsonValue(QStringLiteral("👍")) << QByteArray("\"\\ud83d\\udc4d\"");
        QTest::newRow("slashes are escaped")
            << QJsonValue(QStringLiteral("https://fb.me/x")) << QByteArray("\"https:\\/\\/fb.me\\/x\"");
        QTest::newRow("quotes, backslashes and control characters are escaped")
            << QJsonValue(QStringLiteral("a\"b\\c\nd\te\x01")) << QByteArray("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
        QTest::newRow("DEL is escaped") << QJsonValue(QString(QChar(0x7f))) << QByteArray("\"\\u007f\"");
        QTest::newRow("whole numbers have no fraction") << QJsonValue(1750263773.0) << QByteArray("1750263773");
        QTest::newRow("fractions keep their digits") << QJsonValue(1.5) << QByteArray("1.5");
        QTest::newRow("objects and arrays are compact")
            << QJsonValue(QJsonObject{{QStringLiteral("a"), QJsonArray{1, true, QJsonValue::Null}},
                                      {QStringLiteral("b"), QStringLiteral("é")}})
            << QByteArray("{\"a\":[1,true,null],\"b\":\"\\u00e9\"}");
    }

    void writesJsonAsMetaDoes()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, expected);
        const QByteArray written = MetaJson::write(value);
        QCOMPARE(written, expected);
        // It reads back as the same value.
        const QJsonDocument back = QJsonDocument::fromJson("[" + written + "]");
        QCOMPARE(back.array().at(0), value);
    }

    void postsAreSignedOverTheExactAsciiBytesAndDecode()
    {
        test::FakeClock clock;
        Simulator sim(clock, fixedDelays(), test::kSimToken, 7);
        FakeTransport transport;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 7);
        sim.customerText(kSheena, QStringLiteral("Olá! Zoë’s café? 👋 https://example.com/a"));
        dispatcher.enqueue(sim.takeReadyChanges());
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), 1);
        const QByteArray body = transport.sent.first().body;
        for (const char c : body)
            QVERIFY2(uchar(c) >= 0x20 && uchar(c) < 0x7f, "the body is printable ASCII only");
        QVERIFY(body.contains("\\ud83d\\udc4b"));
        QVERIFY(body.contains("\\u2019"));
        QVERIFY(body.contains("https:\\/\\/example.com"));
        const WebhookSignature verifier(test::kSimSecret);
        QVERIFY(transport.sent.first().signature.startsWith("sha256="));
        QVERIFY(verifier.verify(body, transport.sent.first().signature));
        // Re-encoding the decoded text as UTF-8 would break the signature: it is over these bytes.
        QVERIFY(!verifier.verify(QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact),
                                 transport.sent.first().signature));
        QVERIFY(!WebhookSignature("another secret").verify(body, transport.sent.first().signature));

        const DecodeResult decoded = WebhookDecoder::decode(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.reason));
        QCOMPARE(decoded.events.size(), 1);
        const Event& e = decoded.events.first();
        QCOMPARE(e.kind, EventKind::Message);
        QCOMPARE(e.contact, kSheena);
        QCOMPARE(e.text, QStringLiteral("Olá! Zoë’s café? 👋 https://example.com/a"));
        QCOMPARE(sim.stats().webhookAcknowledged, qint64(1));
    }

    void statusesFollowEveryAcceptedSend()
    {
        test::FakeClock clock;
        Simulator sim(clock, fixedDelays(), test::kSimToken, 3);
        FakeTransport transport;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 3);
        const SimResponse r = sim.handle(test::sendRequest(
            test::templateBody(kSheena, QStringLiteral("hello_world"), 0, QStringLiteral("client-7"))));
        const QString wamid = parseGraphResponse(Transport::Completed, r.status, r.body, {}, 0).wamid;
        auto runTo = [&](qint64 ms) {
            clock.setMs(test::FakeClock().nowMs() + ms);
            sim.tick();
            dispatcher.enqueue(sim.takeReadyChanges());
            dispatcher.pump();
        };
        runTo(999);
        QCOMPARE(transport.sent.size(), 0);
        runTo(1000);
        QCOMPARE(transport.sent.size(), 1);
        runTo(2999);
        QCOMPARE(transport.sent.size(), 1);
        runTo(3000);
        runTo(6000);
        QCOMPARE(transport.sent.size(), 3);
        const QList<Event> events = decodeAll(transport.sent);
        QStringList statuses;
        for (const Event& e : events) {
            QCOMPARE(e.kind, EventKind::Status);
            QCOMPARE(e.wamid, wamid);
            QCOMPARE(e.callback, QStringLiteral("client-7"));
            QCOMPARE(e.contact, kSheena);
            statuses << e.status;
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")}));
        QVERIFY(transport.sent.first().body.contains("\"pricing_model\":\"PMP\""));
    }

    void statusesCarryRealisticPricing()
    {
        test::FakeClock clock;
        Scenario s = fixedDelays();
        TemplateSpec sale;
        sale.name = QStringLiteral("spring_sale");
        sale.language = QStringLiteral("en_US");
        sale.category = QStringLiteral("marketing");
        s.templates.append(sale);
        const QString fromAd = QStringLiteral("5511987650001");
        CustomerSpec spec;
        spec.waId = fromAd;
        spec.name = QStringLiteral("Ad clicker");
        s.customers.insert(fromAd, spec);
        ScenarioStep click;
        click.type = QStringLiteral("text");
        click.data = {{QStringLiteral("from"), fromAd},
                      {QStringLiteral("text"), QStringLiteral("I saw your ad")},
                      {QStringLiteral("referral"), QJsonObject{{QStringLiteral("source_type"), QStringLiteral("ad")},
                                                               {QStringLiteral("source_id"), QStringLiteral("42")}}}};
        s.steps.append(click);
        Simulator sim(clock, s, test::kSimToken, 3);
        sim.tick();
        sim.takeReadyChanges();
        QVERIFY(sim.handle(test::simRequest("POST", QStringLiteral("/_sim/inbound"),
                                            test::jsonBytes({{QStringLiteral("from"), kSheena},
                                                             {QStringLiteral("text"), QStringLiteral("hello")}})))
                    .status == 200);

        // The "sent" status's pricing of each send, by client id.
        const auto pricingOf = [&](const QJsonObject& body, const QString& clientId) {
            QJsonObject send = body;
            send.insert(QStringLiteral("biz_opaque_callback_data"), clientId);
            const SimResponse r = sim.handle(test::sendRequest(send));
            if (r.status != 200)
                return QJsonObject{{QStringLiteral("refused"), r.status}};
            clock.advanceSecs(10);
            sim.tick();
            QJsonObject found;
            for (const WebhookChange& c : sim.takeReadyChanges()) {
                const QJsonArray vList = c.value.value(QStringLiteral("statuses")).toArray();
                for (const auto& v : vList) {
                    const QJsonObject st = v.toObject();
                    if (st.value(QStringLiteral("biz_opaque_callback_data")).toString() == clientId &&
                        st.value(QStringLiteral("status")).toString() == QLatin1String("sent"))
                        found = st.value(QStringLiteral("pricing")).toObject();
                }
            }
            return found;
        };
        const auto expect = [](const QJsonObject& pricing, bool billable, const char* type, const char* category) {
            return pricing.value(QStringLiteral("billable")).toBool() == billable &&
                   pricing.value(QStringLiteral("type")).toString() == QLatin1String(type) &&
                   pricing.value(QStringLiteral("category")).toString() == QLatin1String(category) &&
                   pricing.value(QStringLiteral("pricing_model")).toString() == QLatin1String("PMP");
        };
        QJsonObject p = pricingOf(test::textBody(kSheena, QStringLiteral("a reply")), QStringLiteral("reply"));
        QVERIFY2(expect(p, false, "free_customer_service", "service"), QJsonDocument(p).toJson().constData());
        p = pricingOf(test::templateBody(kSheena, QStringLiteral("hello_world"), 0), QStringLiteral("utility"));
        QVERIFY2(expect(p, false, "free_customer_service", "utility"), QJsonDocument(p).toJson().constData());
        p = pricingOf(test::templateBody(kSheena, QStringLiteral("spring_sale"), 0), QStringLiteral("sale"));
        QVERIFY2(expect(p, true, "regular", "marketing"), QJsonDocument(p).toJson().constData());
        // The reply to a customer who came from an ad opens 72 free hours, templates included.
        p = pricingOf(test::textBody(fromAd, QStringLiteral("welcome")), QStringLiteral("ad-reply"));
        QVERIFY2(expect(p, false, "free_entry_point", "referral_conversion"), QJsonDocument(p).toJson().constData());
        clock.advanceSecs(48 * 3600); // the service window is closed, the entry point still open
        p = pricingOf(test::templateBody(fromAd, QStringLiteral("spring_sale"), 0), QStringLiteral("ad-sale"));
        QVERIFY2(expect(p, false, "free_entry_point", "referral_conversion"), QJsonDocument(p).toJson().constData());
        clock.advanceSecs(24 * 3600 + 60); // past the 72 hours
        p = pricingOf(test::templateBody(fromAd, QStringLiteral("spring_sale"), 0), QStringLiteral("late-sale"));
        QVERIFY2(expect(p, true, "regular", "marketing"), QJsonDocument(p).toJson().constData());
        p = pricingOf(test::templateBody(fromAd, QStringLiteral("hello_world"), 0), QStringLiteral("late-utility"));
        QVERIFY2(expect(p, true, "regular", "utility"), QJsonDocument(p).toJson().constData());
    }

    void aCustomerStopsMarketingMessages()
    {
        test::FakeClock clock;
        Simulator sim(clock, fixedDelays(), test::kSimToken, 3);
        const SimResponse bad = sim.handle(test::simRequest("POST", QStringLiteral("/_sim/user_preferences"),
                                                            test::jsonBytes({{QStringLiteral("from"), kSheena}})));
        QCOMPARE(test::simErrorCode(bad), 100);
        const SimResponse r = sim.handle(test::simRequest(
            "POST", QStringLiteral("/_sim/user_preferences"),
            test::jsonBytes({{QStringLiteral("from"), kSheena}, {QStringLiteral("value"), QStringLiteral("stop")}})));
        QCOMPARE(r.status, 200);
        sim.tick();
        const QList<WebhookChange> changes = sim.takeReadyChanges();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field, QStringLiteral("user_preferences"));
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                            {QStringLiteral("entry"),
                             QJsonArray{QJsonObject{
                                 {QStringLiteral("id"), QStringLiteral("1")},
                                 {QStringLiteral("changes"),
                                  QJsonArray{QJsonObject{{QStringLiteral("field"), changes.first().field},
                                                         {QStringLiteral("value"), changes.first().value}}}}}}}})
                .toJson(QJsonDocument::Compact);
        const DecodeResult decoded = WebhookDecoder::decode(body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.events.size(), 1);
        const Event& e = decoded.events.first();
        QCOMPARE(e.kind, EventKind::Preference);
        QCOMPARE(e.contact, kSheena);
        QVERIFY(!e.userId.isEmpty());
        QCOMPARE(e.type, QStringLiteral("marketing_messages"));
        QCOMPARE(e.action, QStringLiteral("stop"));
        QCOMPARE(e.timestamp, clock.nowSecs());
    }

    void someSendsFailWithRealCodes()
    {
        test::FakeClock clock;
        Scenario s = fixedDelays();
        s.delivery.undeliverable = QStringList{kSheena};
        Simulator sim(clock, s, test::kSimToken, 3);
        sim.handle(
            test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0, QStringLiteral("c"))));
        clock.advanceSecs(60);
        sim.tick();
        const QList<WebhookChange> changes = sim.takeReadyChanges();
        QCOMPARE(changes.size(), 1);
        const QJsonObject status = changes.first().value.value(QStringLiteral("statuses")).toArray().first().toObject();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QJsonObject error = status.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 131026);
        QCOMPARE(classify(131026), ErrorCategory::Permanent);

        // With a failure ratio of 1 every send fails, with 131026 or 130472.
        Scenario always = fixedDelays();
        always.delivery.failureRatio = 1;
        Simulator failing(clock, always, test::kSimToken, 5);
        QSet<int> codes;
        for (int i = 0; i < 20; ++i) {
            failing.handle(test::sendRequest(test::templateBody(
                QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("hello_world"), 0)));
            clock.advanceMs(100);
        }
        clock.advanceSecs(60);
        failing.tick();
        for (const WebhookChange& c : failing.takeReadyChanges()) {
            const QJsonObject st = c.value.value(QStringLiteral("statuses")).toArray().first().toObject();
            QCOMPARE(st.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            codes.insert(
                st.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("code")).toInt());
        }
        QCOMPARE(codes, (QSet<int>{131026, 130472}));
    }

    /// delivery.outcomes: each recipient's fate comes from the seed and their number, whatever
    /// the order of the sends; failed statuses carry 131026, 131049 or 130472 and decode with
    /// Duet's decoder; a share of the delivered write back; the stats count per recipient.
    void campaignOutcomesArePerRecipient()
    {
        const auto run = [](bool reversed, QHash<QString, int>* failedCode, QSet<QString>* repliers,
                            QJsonObject* stats) {
            test::FakeClock clock;
            Scenario s = fixedDelays();
            s.tierLimit = 100000;
            s.delivery.usesOutcomes = true;
            s.delivery.outcomeRead = 0.5;
            s.delivery.outcomeFailed131026 = 0.1;
            s.delivery.outcomeFailed131049 = 0.1;
            s.delivery.outcomeFailed130472 = 0.1;
            s.delivery.outcomeReply = 0.2;
            s.delivery.replyMinMs = s.delivery.replyMaxMs = 5000;
            s.delivery.batchMax = 4;
            Simulator sim(clock, s, test::kSimToken, 21);
            FakeTransport transport;
            WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 21);
            for (int n = 0; n < 400; ++n) {
                const int i = reversed ? 399 - n : n;
                const QString to = QStringLiteral("1555700%1").arg(i, 4, 10, QLatin1Char('0'));
                const SimResponse r = sim.handle(test::sendRequest(
                    test::templateBody(to, QStringLiteral("hello_world"), 0, QStringLiteral("c%1").arg(i))));
                QCOMPARE(r.status, 200);
                clock.advanceMs(50);
            }
            for (int i = 0; i < 200; ++i) {
                clock.advanceMs(500);
                sim.tick();
                dispatcher.enqueue(sim.takeReadyChanges());
                dispatcher.pump();
            }
            for (const FakeTransport::Sent& p : transport.sent) {
                const DecodeResult r = WebhookDecoder::decode(p.body);
                QVERIFY(r.ok());
                for (const Event& e : r.events) {
                    if (e.kind == EventKind::Message)
                        repliers->insert(e.contact);
                    else if (e.status == QLatin1String("failed"))
                        failedCode->insert(e.callback, e.errorCode);
                }
            }
            *stats = sim.statsJson();
        };
        QHash<QString, int> failed, failedReversed;
        QSet<QString> repliers, repliersReversed;
        QJsonObject stats, statsReversed;
        run(false, &failed, &repliers, &stats);
        run(true, &failedReversed, &repliersReversed, &statsReversed);
        QCOMPARE(failed, failedReversed); // the same recipients fail, with the same codes
        QCOMPARE(repliers, repliersReversed);
        QHash<int, int> byCode;
        for (const int code : std::as_const(failed))
            ++byCode[code];
        // 10 % each of 400: allow for the draw.
        for (const int code : {131026, 131049, 130472})
            QVERIFY2(byCode.value(code) >= 20 && byCode.value(code) <= 60, qPrintable(QString::number(code)));
        QCOMPARE(byCode.size(), 3);
        QCOMPARE(classify(131049), ErrorCategory::Permanent);
        const QJsonObject failedByCode = stats.value(QStringLiteral("failed_by_code")).toObject();
        QCOMPARE(failedByCode.value(QStringLiteral("131049")).toInt(), byCode.value(131049));
        // Only delivered recipients answer: 20 % of the 70 % delivered.
        QVERIFY2(repliers.size() >= 30 && repliers.size() <= 90, qPrintable(QString::number(repliers.size())));
        QCOMPARE(stats.value(QStringLiteral("replies")).toInt(), int(repliers.size()));
        QCOMPARE(stats.value(QStringLiteral("recipients")).toInt(), 400);
        QCOMPARE(stats.value(QStringLiteral("recipients_accepted_more_than_once")).toInt(), 0);
        QCOMPARE(stats.value(QStringLiteral("accepted_by_recipient")).toObject().size(), 400);
        QCOMPARE(stats.value(QStringLiteral("accepted_by_recipient"))
                     .toObject()
                     .value(QStringLiteral("15557000042"))
                     .toInt(),
                 1);
        QVERIFY(stats.value(QStringLiteral("recipient_templates_accepted_twice")).toArray().isEmpty());
    }

    /// A template accepted twice for one recipient is listed once, by number and template.
    void aRecipientSentTheSameTemplateTwiceIsListed()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(
                sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0))).status,
                200);
            clock.advanceMs(100);
        }
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("order_update"), 2))).status,
                 200);
        const QJsonObject stats = sim.statsJson();
        QCOMPARE(stats.value(QStringLiteral("recipient_templates_accepted_twice")).toArray(),
                 QJsonArray{QJsonValue(QString(kSheena + QStringLiteral(" hello_world")))});
        QCOMPARE(stats.value(QStringLiteral("accepted_by_recipient")).toObject().value(kSheena).toInt(), 4);
        QCOMPARE(stats.value(QStringLiteral("recipients_accepted_more_than_once")).toInt(), 1);
        const QJsonObject brief = sim.statsJson(true);
        QVERIFY(!brief.contains(QStringLiteral("accepted_by_recipient")));
        QVERIFY(!brief.contains(QStringLiteral("client_id_by_wamid")));
        QCOMPARE(brief.value(QStringLiteral("accepted")).toInt(), 4);
    }

    void reactionsOnlyGetSent()
    {
        test::FakeClock clock;
        Simulator sim(clock, fixedDelays(), test::kSimToken, 3);
        sim.customerText(kSheena, QStringLiteral("Hi"));
        sim.takeReadyChanges();
        const QJsonObject reaction{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("to"), kSheena},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.X")},
                                                     {QStringLiteral("emoji"), QStringLiteral("👍")}}}};
        QCOMPARE(sim.handle(test::sendRequest(reaction)).status, 200);
        clock.advanceSecs(600);
        sim.tick();
        const QList<WebhookChange> changes = sim.takeReadyChanges();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(sim.stats().statusesByKind.value(QStringLiteral("sent")), qint64(1));
        QCOMPARE(sim.stats().statusesByKind.value(QStringLiteral("delivered")), qint64(0));
    }

    void unacknowledgedPostsAreRetriedWithBackOff()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        FakeTransport transport;
        transport.answers = {500, 0, 403};
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 1);
        sim.customerText(kSheena, QStringLiteral("Hi"));
        dispatcher.enqueue(sim.takeReadyChanges());
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), 1); // 500
        const qint64 start = clock.nowMs();
        QCOMPARE(dispatcher.nextRetryMs(), start + 1000);
        clock.advanceMs(999);
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), 1);
        clock.advanceMs(1);
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), 2); // connection failure
        QCOMPARE(dispatcher.nextRetryMs(), clock.nowMs() + 2000);
        clock.advanceMs(2000);
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), 3); // 403
        QCOMPARE(dispatcher.nextRetryMs(), clock.nowMs() + 4000);
        clock.advanceMs(4000);
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), 4); // 200
        QCOMPARE(dispatcher.nextRetryMs(), qint64(-1));
        QCOMPARE(dispatcher.pendingPosts(), 0);
        // Every attempt carried the same bytes and signature.
        for (const FakeTransport::Sent& s : transport.sent) {
            QCOMPARE(s.body, transport.sent.first().body);
            QCOMPARE(s.signature, transport.sent.first().signature);
        }
        QCOMPARE(sim.stats().webhookRetries, qint64(3));
        QCOMPARE(sim.stats().webhookAcknowledged, qint64(1));
    }

    void aPostNeverAcknowledgedIsDroppedAfterTheLastAttempt()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        FakeTransport transport;
        for (int i = 0; i < WebhookDispatcher::kMaxAttempts; ++i)
            transport.answers.append(503);
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 1);
        sim.customerText(kSheena, QStringLiteral("Hi"));
        dispatcher.enqueue(sim.takeReadyChanges());
        for (int i = 0; i < 100 && dispatcher.pendingPosts() + dispatcher.queuedChanges() > 0; ++i) {
            dispatcher.pump();
            clock.advanceMs(WebhookDispatcher::kMaxRetryMs);
        }
        QCOMPARE(transport.sent.size(), WebhookDispatcher::kMaxAttempts);
        QCOMPARE(sim.stats().webhookDropped, qint64(1));
    }

    void atMostFourPostsInFlight()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        FakeTransport transport;
        transport.answerLater = true;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 1);
        for (int i = 0; i < 10; ++i)
            sim.customerText(kSheena, QStringLiteral("m%1").arg(i));
        dispatcher.enqueue(sim.takeReadyChanges());
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), WebhookDispatcher::kMaxInFlight);
        transport.waiting.takeFirst()(200);
        dispatcher.pump();
        QCOMPARE(transport.sent.size(), WebhookDispatcher::kMaxInFlight + 1);
    }

    void batchesAndDuplicatesLoseNothing()
    {
        test::FakeClock clock;
        Scenario s = Scenario::defaults();
        s.delivery.batchMax = 5;
        s.delivery.duplicateRatio = 0.3;
        Simulator sim(clock, s, test::kSimToken, 11);
        FakeTransport transport;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), 11);
        for (int i = 0; i < 60; ++i)
            sim.customerText(kSheena, QStringLiteral("message %1").arg(i));
        dispatcher.enqueue(sim.takeReadyChanges());
        for (int i = 0; i < 50; ++i) {
            dispatcher.pump();
            clock.advanceMs(500);
        }
        QVERIFY(transport.sent.size() < 60); // some POSTs carried several changes
        const WebhookSignature verifier(test::kSimSecret);
        QSet<QString> texts;
        int maxPerPost = 0;
        int messages = 0;
        for (const FakeTransport::Sent& p : transport.sent) {
            QVERIFY(verifier.verify(p.body, p.signature));
            const DecodeResult r = WebhookDecoder::decode(p.body);
            QVERIFY(r.ok());
            maxPerPost = qMax(maxPerPost, int(r.events.size()));
            for (const Event& e : r.events) {
                QCOMPARE(e.kind, EventKind::Message);
                texts.insert(e.text);
                ++messages;
            }
        }
        QVERIFY(maxPerPost > 1 && maxPerPost <= 5);
        QCOMPARE(texts.size(), 60); // every message arrived
        QVERIFY(sim.stats().webhookDuplicates > 0);
        QCOMPARE(messages > 60, true); // and some twice
    }

    void theSameSeedGivesTheSameRun()
    {
        auto run = [](quint64 seed) {
            test::FakeClock clock;
            Scenario s = Scenario::defaults();
            s.delivery.batchMax = 3;
            s.delivery.duplicateRatio = 0.5;
            Simulator sim(clock, s, test::kSimToken, seed);
            FakeTransport transport;
            WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, transport, sim.stats(), seed);
            QByteArray log;
            for (int i = 0; i < 10; ++i) {
                sim.customerText(kSheena, QStringLiteral("m%1").arg(i));
                log += sim.handle(test::sendRequest(test::textBody(kSheena, QStringLiteral("r%1").arg(i)))).body;
                clock.advanceMs(300);
            }
            for (int i = 0; i < 400; ++i) {
                sim.tick();
                dispatcher.enqueue(sim.takeReadyChanges());
                dispatcher.pump();
                clock.advanceMs(500);
            }
            for (const FakeTransport::Sent& p : transport.sent)
                log += p.body;
            return log;
        };
        QCOMPARE(run(42), run(42));
        QVERIFY(run(42) != run(43));
    }
};

QTEST_GUILESS_MAIN(TestSimWebhooks)
#include "TestSimWebhooks.moc"
