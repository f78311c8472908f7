// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's enforcement of Meta's rules on a fake clock: token, throughput, pair rate, window, tier.
#include "DomainToString.h"
#include "FakeClock.h"
#include "GraphPaths.h"
#include "SimHarness.h"
#include "Simulator.h"
#include "cloudapi/ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace duet;
using namespace duet::sim;
using namespace duet::cloudapi;

namespace {

const QString kSheena = QStringLiteral("16505551234");

QString customer(int i)
{
    return QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0'));
}

Scenario scenarioWithTier(int tier)
{
    Scenario s = Scenario::defaults();
    s.tierLimit = tier;
    return s;
}

ApiResponse parse(const SimResponse& r)
{
    return parseGraphResponse(Transport::Completed, r.status, r.body, {}, 0);
}

const QString kJoao = QStringLiteral("5511987654321"); // has a username and keeps the number private
const QString kPriya = QStringLiteral("919812345678");

/// Sheena (no username), João (username, number hidden) and Priya (username, number known to the
/// business from before), fixed delays, an authentication template and one that asks for the number.
Scenario identityScenario(bool contactBook = true, bool parents = false)
{
    Scenario s = Scenario::defaults();
    s.contactBook = contactBook;
    s.parentBsuids = parents;
    s.delivery.sentMinMs = s.delivery.sentMaxMs = 1000;
    s.delivery.deliveredMinMs = s.delivery.deliveredMaxMs = 2000;
    s.delivery.readMinMs = s.delivery.readMaxMs = 3000;
    s.delivery.readRatio = 1;
    s.customers.insert(kSheena, {kSheena, QStringLiteral("Sheena Nelson"), {}, false, true, 20000});
    s.customers.insert(kJoao, {kJoao, QStringLiteral("João Araújo"), QStringLiteral("joao.araujo"), true, true, 5000});
    s.customers.insert(kPriya, {kPriya, QStringLiteral("Priya Raman"), QStringLiteral("priya_r"), false, false, 0});
    TemplateSpec code;
    code.name = QStringLiteral("login_code");
    code.language = QStringLiteral("en_US");
    code.category = QStringLiteral("authentication");
    code.bodyParams = 1;
    s.templates.append(code);
    TemplateSpec ask;
    ask.name = QStringLiteral("ask_phone");
    ask.language = QStringLiteral("en_US");
    ask.category = QStringLiteral("utility");
    ask.requestsContactInfo = true;
    s.templates.append(ask);
    return s;
}

/// `body` sent to `recipient` instead of `to`.
QJsonObject toRecipient(QJsonObject body, const QString& recipient)
{
    body.remove(QStringLiteral("to"));
    body.insert(QStringLiteral("recipient"), recipient);
    return body;
}

QJsonObject contactRequestBody(const QString& recipient)
{
    return {
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("recipient_type"), QStringLiteral("individual")},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("type"), QStringLiteral("interactive")},
        {QStringLiteral("interactive"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("request_contact_info")},
                     {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Your number?")}}},
                     {QStringLiteral("action"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("request_contact_info")}}}}}};
}

/// Runs the simulator `secs` seconds on and returns the webhook changes that became due.
QList<WebhookChange> runFor(test::FakeClock& clock, Simulator& sim, qint64 secs)
{
    clock.advanceSecs(secs);
    sim.tick();
    return sim.takeReadyChanges();
}

/// The first item of `array` in every change that has one.
QList<QJsonObject> itemsOf(const QList<WebhookChange>& changes, const QString& array)
{
    QList<QJsonObject> out;
    for (const WebhookChange& c : changes) {
        const QJsonArray vList = c.value.value(array).toArray();
        for (const auto& v : vList)
            out.append(v.toObject());
    }
    return out;
}

QJsonObject firstContact(const WebhookChange& c)
{
    return c.value.value(QStringLiteral("contacts")).toArray().first().toObject();
}

/// The changes with a status of `status`.
QList<WebhookChange> statusChanges(const QList<WebhookChange>& changes, const QString& status)
{
    QList<WebhookChange> out;
    for (const WebhookChange& c : changes) {
        const QJsonArray statuses = c.value.value(QStringLiteral("statuses")).toArray();
        if (!statuses.isEmpty() && statuses.first().toObject().value(QStringLiteral("status")).toString() == status)
            out.append(c);
    }
    return out;
}

} // namespace

class TestSimRules : public QObject
{
    Q_OBJECT

private slots:
    void refusesMissingOrWrongTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no Authorization header") << QByteArray();
        QTest::newRow("a wrong token") << QByteArray("Bearer not-the-token");
        QTest::newRow("the token without Bearer") << test::kSimToken;
        QTest::newRow("a longer token with the right prefix") << QByteArray("Bearer " + test::kSimToken + "x");
    }

    void refusesMissingOrWrongTokens()
    {
        QFETCH(QByteArray, authorization);
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        SimRequest r = test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0));
        r.authorization = authorization;
        const SimResponse response = sim.handle(r);
        QCOMPARE(response.status, 401);
        const ApiResponse parsed = parse(response);
        QCOMPARE(parsed.error.code, 190);
        QCOMPARE(parsed.error.category, ErrorCategory::Auth);
        QCOMPARE(sim.stats().accepted, qint64(0));
        QCOMPARE(sim.stats().errorsByCode.value(190), qint64(1));
    }

    void acceptsWithMetasSuccessBody()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        const SimResponse response = sim.handle(test::sendRequest(test::templateBody(
            QStringLiteral("+1 650 555 1234"), QStringLiteral("hello_world"), 0, QStringLiteral("client-1"))));
        QCOMPARE(response.status, 200);
        const ApiResponse parsed = parse(response);
        QVERIFY(parsed.ok);
        QVERIFY(parsed.wamid.startsWith(QStringLiteral("wamid.")));
        QCOMPARE(parsed.input, QStringLiteral("+1 650 555 1234"));
        QCOMPARE(parsed.waId, kSheena);
        QCOMPARE(parsed.acceptedStatus, AcceptedStatus::Accepted); // message_status on templates
        QCOMPARE(sim.stats().acceptedByClientId.value(QStringLiteral("client-1")), 1);
        QCOMPARE(sim.stats().clientIdByWamid.value(parsed.wamid), QStringLiteral("client-1"));
    }

    void anyVersionPrefixAndOnlyTheNumbersOwnId_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("Duet's own version is served")
            << duet::test::graphPath(QStringLiteral("106540352242922/messages")) << 200;
        QTest::newRow("v19.0 is served") << QStringLiteral("/v19.0/106540352242922/messages") << 200;
        QTest::newRow("another number id is refused") << duet::test::graphPath(QStringLiteral("999/messages")) << 400;
        QTest::newRow("no version is refused") << QStringLiteral("/106540352242922/messages") << 400;
        QTest::newRow("an unknown edge is refused")
            << duet::test::graphPath(QStringLiteral("106540352242922/calls")) << 400;
    }

    void anyVersionPrefixAndOnlyTheNumbersOwnId()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        SimRequest r = test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0));
        r.path = path;
        const SimResponse response = sim.handle(r);
        QCOMPARE(response.status, status);
        if (status != 200)
            QCOMPARE(test::simErrorCode(response), 100);
    }

    void throughputIsTwentyPerSecondWithOneSecondOfBurst()
    {
        test::FakeClock clock;
        Simulator sim(clock, scenarioWithTier(1000), test::kSimToken, 1);
        auto sendTo = [&](int i) {
            return sim.handle(test::sendRequest(test::templateBody(customer(i), QStringLiteral("hello_world"), 0)));
        };
        for (int i = 0; i < 20; ++i)
            QCOMPARE(sendTo(i).status, 200); // a second's worth at once
        const SimResponse refused = sendTo(20);
        QCOMPARE(refused.status, 429);
        const ApiResponse parsed = parse(refused);
        QCOMPARE(parsed.error.code, 130429);
        QCOMPARE(parsed.error.category, ErrorCategory::Throttled);
        // Then one more every 50 ms.
        clock.advanceMs(49);
        QCOMPARE(sendTo(21).status, 429);
        clock.advanceMs(1);
        QCOMPARE(sendTo(22).status, 200);
        QCOMPARE(sendTo(23).status, 429);
        QCOMPARE(sim.stats().errorsByCode.value(130429), qint64(3));
        QCOMPARE(sim.stats().accepted, qint64(21));
    }

    void throughputAtTheCapWithJitterIsNeverRefused()
    {
        test::FakeClock clock;
        Simulator sim(clock, scenarioWithTier(100000), test::kSimToken, 1);
        const qint64 start = clock.nowMs();
        for (int i = 0; i < 400; ++i) {
            // Sent every 50 ms, arriving up to 30 ms late or early.
            clock.setMs(start + 1000 + 50 * i + ((i * 7919) % 61) - 30);
            QCOMPARE(
                sim.handle(test::sendRequest(test::templateBody(customer(i), QStringLiteral("hello_world"), 0))).status,
                200);
        }
        QCOMPARE(sim.stats().errorsByCode.value(130429), qint64(0));
    }

    void aSustainedRateAboveTheCapIsRefused()
    {
        test::FakeClock clock;
        Simulator sim(clock, scenarioWithTier(100000), test::kSimToken, 1);
        for (int i = 0; i < 250; ++i) { // 25 per second for 10 s
            sim.handle(test::sendRequest(test::templateBody(customer(i), QStringLiteral("hello_world"), 0)));
            clock.advanceMs(40);
        }
        // 20 of burst plus 20 per second: 220 or 221 accepted (the last refill lands on the edge).
        QVERIFY(sim.stats().accepted >= 219 && sim.stats().accepted <= 221);
        QCOMPARE(sim.stats().errorsByCode.value(130429), 250 - sim.stats().accepted);
    }

    void aStallOfTheSimulatorItselfIsNotBlamedOnTheClient()
    {
        // Sends at 20 msg/s reach the socket while the simulator's process is starved for 2.5 s;
        // it reads them all when it wakes. What its bucket threw away over the stall lets them
        // through; a client that really sends faster is still refused.
        test::FakeClock clock;
        test::FakeClock real;
        Simulator sim(clock, scenarioWithTier(100000), test::kSimToken, 1);
        sim.setStallClock(&real);
        auto sendTo = [&](int i) {
            return sim.handle(test::sendRequest(test::templateBody(customer(i), QStringLiteral("hello_world"), 0)))
                .status;
        };
        int next = 0;
        for (; next < 40; ++next) { // 2 s at the cap, the beat on time: the bucket stays full
            sim.heartbeat();
            QCOMPARE(sendTo(next), 200);
            clock.advanceMs(50);
            real.advanceMs(50);
        }
        for (int i = 0; i < 21; ++i) // a burst empties it
            QCOMPARE(sendTo(next++), i < 20 ? 200 : 429);
        const qint64 refusedBefore = sim.stats().errorsByCode.value(130429);
        sim.heartbeat();
        clock.advanceMs(2500); // the stall: 50 sends' refill, the bucket keeps 20
        real.advanceMs(2500);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(sendTo(next++), 200); // read before the late beat
        QCOMPARE(sendTo(next++), 429);     // one more than the stall's refill
        sim.heartbeat();                   // the late beat does not grant it again
        QCOMPARE(sendTo(next++), 429);
        QCOMPARE(sim.stats().errorsByCode.value(130429), refusedBefore + 2);

        // Without a stall (the beat on time) nothing changes.
        clock.advanceMs(1000);
        real.advanceMs(100);
        sim.heartbeat();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(sendTo(next++), 200);
        QCOMPARE(sendTo(next++), 429);
    }

    void pairRateAllowsABurstOf45ThenOnePerSixSeconds()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        for (int i = 0; i < 45; ++i) {
            QCOMPARE(
                sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0))).status,
                200);
            clock.advanceMs(60); // stay under the throughput cap
        }
        const SimResponse refused =
            sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0)));
        QCOMPARE(refused.status, 429);
        const ApiResponse parsed = parse(refused);
        QCOMPARE(parsed.error.code, 131056);
        QCOMPARE(parsed.error.category, ErrorCategory::PairLimited);
        // Another customer is not affected.
        QCOMPARE(
            sim.handle(test::sendRequest(test::templateBody(customer(1), QStringLiteral("hello_world"), 0))).status,
            200);
        // One token back after 6 s from the burst's start, then one every 6 s.
        clock.setMs(test::FakeClock().nowMs() + 6000);
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0))).status,
                 200);
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0))).status,
                 429);
        clock.advanceMs(6000);
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0))).status,
                 200);
        QCOMPARE(sim.stats().errorsByCode.value(131056), qint64(2));
    }

    void freeFormNeedsTheCustomersWindow()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        SimResponse refused = sim.handle(test::sendRequest(test::textBody(kSheena, QStringLiteral("Hi"))));
        QCOMPARE(refused.status, 400);
        QCOMPARE(parse(refused).error.code, 131047);
        QCOMPARE(parse(refused).error.category, ErrorCategory::WindowClosed);
        // A template passes with the window closed.
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0))).status,
                 200);
        // The customer writes: the window opens for 24 h from that message.
        sim.customerText(kSheena, QStringLiteral("Hello"));
        QVERIFY(sim.gate().isWindowOpen(kSheena));
        clock.advanceMs(24 * 3600 * 1000 - 1);
        QCOMPARE(sim.handle(test::sendRequest(test::textBody(kSheena, QStringLiteral("Still open")))).status, 200);
        clock.advanceMs(1);
        QCOMPARE(test::simErrorCode(sim.handle(test::sendRequest(test::textBody(kSheena, QStringLiteral("Closed"))))),
                 131047);
        // Reactions and media are free-form too.
        QJsonObject reaction{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("to"), kSheena},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.X")},
                                                     {QStringLiteral("emoji"), QStringLiteral("👍")}}}};
        QCOMPARE(test::simErrorCode(sim.handle(test::sendRequest(reaction))), 131047);
    }

    void markAsReadIsNotASend()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        const QJsonObject body{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("status"), QStringLiteral("read")},
            {QStringLiteral("message_id"), QStringLiteral("wamid.IN")},
            {QStringLiteral("typing_indicator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}}};
        const SimResponse r = sim.handle(test::sendRequest(body));
        QCOMPARE(r.status, 200);
        const ApiResponse parsed = parse(r);
        QVERIFY(parsed.ok);
        QVERIFY(parsed.success);
        QCOMPARE(sim.stats().accepted, qint64(0));
        QCOMPARE(sim.stats().markedRead, qint64(1));
    }

    void businessInitiatedTierCountsUniqueRecipientsPerMoving24h()
    {
        test::FakeClock clock;
        Simulator sim(clock, scenarioWithTier(3), test::kSimToken, 1);
        auto sendTemplate = [&](const QString& to) {
            SimResponse r = sim.handle(test::sendRequest(test::templateBody(to, QStringLiteral("hello_world"), 0)));
            clock.advanceMs(100);
            return r;
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sendTemplate(customer(i)).status, 200);
        const SimResponse refused = sendTemplate(customer(3));
        QCOMPARE(refused.status, 400);
        QCOMPARE(parse(refused).error.code, 131064);
        QCOMPARE(parse(refused).error.category, ErrorCategory::Permanent);
        // A recipient already counted may get more; one whose window is open does not count.
        QCOMPARE(sendTemplate(customer(1)).status, 200);
        sim.customerText(customer(4).mid(1), QStringLiteral("Hi"));
        QCOMPARE(sendTemplate(customer(4)).status, 200);
        QCOMPARE(sim.gate().tierUsed(), 3);
        // 24 h after the first business-initiated send its slot frees up.
        clock.setMs(test::FakeClock().nowMs() + 24 * 3600 * 1000);
        QCOMPARE(
            sim.handle(test::sendRequest(test::templateBody(customer(5), QStringLiteral("hello_world"), 0))).status,
            200);
        QCOMPARE(
            sim.handle(test::sendRequest(test::templateBody(customer(6), QStringLiteral("hello_world"), 0))).status,
            400);
    }

    void appDataSyncsOnceEach_data()
    {
        QTest::addColumn<QString>("syncType");
        QTest::newRow("history") << QStringLiteral("history");
        QTest::newRow("contacts") << QStringLiteral("smb_app_state_sync");
    }

    void appDataSyncsOnceEach()
    {
        QFETCH(QString, syncType);
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        const QByteArray body = test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                 {QStringLiteral("sync_type"), syncType}});
        const SimRequest r =
            test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/smb_app_data")), body);
        const SimResponse first = sim.handle(r);
        QCOMPARE(first.status, 200);
        QVERIFY(!QJsonDocument::fromJson(first.body).object().value(QStringLiteral("request_id")).toString().isEmpty());
        const SimResponse second = sim.handle(r);
        QCOMPARE(second.status, 400);
        QCOMPARE(test::simErrorCode(second), 100);
        const SimResponse unknown = sim.handle(
            test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/smb_app_data")),
                             test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                              {QStringLiteral("sync_type"), QStringLiteral("everything")}})));
        QCOMPARE(test::simErrorCode(unknown), 100);
    }

    void mediaUploadUrlDownloadDelete()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        sim.setPublicBaseUrl(QStringLiteral("http://127.0.0.1:9"));
        const QByteArray png = "\x89PNG\r\n\x1a\nfake-image-bytes";
        const QByteArray multipart =
            "--XyZ\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
            "Content-Type: image/png\r\n\r\n" +
            png + "\r\n--XyZ--\r\n";
        SimRequest upload =
            test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/media")), multipart);
        upload.contentType = "multipart/form-data; boundary=XyZ";
        const SimResponse uploaded = sim.handle(upload);
        QCOMPARE(uploaded.status, 200);
        const QString id = QJsonDocument::fromJson(uploaded.body).object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        // The id can be sent.
        sim.customerText(QStringLiteral("16505551234"), QStringLiteral("Send me a photo"));
        QJsonObject image = test::textBody(QStringLiteral("16505551234"), QStringLiteral("x"));
        image.remove(QStringLiteral("text"));
        image.insert(QStringLiteral("type"), QStringLiteral("image"));
        image.insert(QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), id}});
        QCOMPARE(sim.handle(test::sendRequest(image)).status, 200);

        const SimResponse info = sim.handle(test::simRequest("GET", duet::test::graphPath(id)));
        QCOMPARE(info.status, 200);
        const QJsonObject infoJson = QJsonDocument::fromJson(info.body).object();
        QCOMPARE(infoJson.value(QStringLiteral("mime_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(infoJson.value(QStringLiteral("file_size")).toInt(), png.size());
        const QUrl url(infoJson.value(QStringLiteral("url")).toString());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        SimRequest download = test::simRequest("GET", url.path());
        download.query = QUrlQuery(url);
        const SimResponse bytes = sim.handle(download);
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.contentType, QByteArray("image/png"));
        QCOMPARE(bytes.body, png);
        SimRequest noToken = download;
        noToken.authorization.clear();
        QCOMPARE(sim.handle(noToken).status, 401);
        // The URL expires after 5 minutes; a new GET gives a new one.
        clock.advanceMs(5 * 60 * 1000);
        QCOMPARE(sim.handle(download).status, 404);
        QCOMPARE(sim.handle(test::simRequest("GET", duet::test::graphPath(id))).status, 200);

        QCOMPARE(sim.handle(test::simRequest("DELETE", duet::test::graphPath(id))).status, 200);
        QCOMPARE(test::simErrorCode(sim.handle(test::simRequest("GET", duet::test::graphPath(id)))), 100);
        QCOMPARE(test::simErrorCode(sim.handle(test::simRequest("DELETE", duet::test::graphPath(id)))), 100);
    }

    void mediaUploadLimits_data()
    {
        QTest::addColumn<QByteArray>("mimeType");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("code");
        QTest::newRow("a 5 MB jpeg is accepted") << QByteArray("image/jpeg") << 5 * 1024 * 1024 << 0;
        QTest::newRow("a jpeg over 5 MB is refused") << QByteArray("image/jpeg") << 5 * 1024 * 1024 + 1 << 131053;
        QTest::newRow("an ogg voice note is accepted") << QByteArray("audio/ogg; codecs=opus") << 1000 << 0;
        QTest::newRow("a webp sticker over 500 KB is refused") << QByteArray("image/webp") << 500 * 1024 + 1 << 131053;
        QTest::newRow("a 16 MB mp4 is accepted") << QByteArray("video/mp4") << 16 * 1024 * 1024 << 0;
        QTest::newRow("a gif is refused") << QByteArray("image/gif") << 1000 << 131053;
        QTest::newRow("an executable is refused") << QByteArray("application/x-msdownload") << 1000 << 131053;
        QTest::newRow("an empty file is refused") << QByteArray("application/pdf") << 0 << 131053;
    }

    void mediaUploadLimits()
    {
        QFETCH(QByteArray, mimeType);
        QFETCH(int, size);
        QFETCH(int, code);
        test::FakeClock clock;
        MediaStore store(clock, [n = 0]() mutable { return QString::number(++n); });
        QString id;
        const SimError e = store.upload(mimeType, QByteArray(size, 'x'), &id);
        QCOMPARE(e.code, code);
        QCOMPARE(id.isEmpty(), code != 0);
        if (code) {
            const ApiResponse parsed =
                parseGraphResponse(Transport::Completed, e.httpStatus, e.body(QStringLiteral("t")), {}, 0);
            QCOMPARE(parsed.error.code, 131053);
            QCOMPARE(parsed.error.category, ErrorCategory::Permanent);
        }
    }

    void malformedMultipartIsRefused()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        SimRequest upload =
            test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/media")), "not multipart");
        upload.contentType = "multipart/form-data; boundary=XyZ";
        QCOMPARE(test::simErrorCode(sim.handle(upload)), 100);
        upload.contentType = "application/json";
        QCOMPARE(test::simErrorCode(sim.handle(upload)), 100);
    }

    void statsCountSendsPerClientIdAndErrorsPerCode()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        sim.handle(
            test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0, QStringLiteral("a"))));
        sim.handle(
            test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0, QStringLiteral("a"))));
        sim.handle(
            test::sendRequest(test::templateBody(kSheena, QStringLiteral("hello_world"), 0, QStringLiteral("b"))));
        sim.handle(test::sendRequest(test::textBody(kSheena, QStringLiteral("closed"), QStringLiteral("c"))));
        const SimResponse stats = sim.handle(test::simRequest("GET", QStringLiteral("/_sim/stats"), {}, {}));
        QCOMPARE(stats.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(stats.body).object();
        QCOMPARE(o.value(QStringLiteral("accepted")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("accepted_by_client_id")).toObject().value(QStringLiteral("a")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("accepted_by_client_id")).toObject().value(QStringLiteral("b")).toInt(), 1);
        QVERIFY(!o.value(QStringLiteral("accepted_by_client_id")).toObject().contains(QStringLiteral("c")));
        QCOMPARE(o.value(QStringLiteral("client_ids_accepted_twice")).toArray(), QJsonArray{QStringLiteral("a")});
        QCOMPARE(o.value(QStringLiteral("client_id_by_wamid")).toObject().size(), 3);
        QCOMPARE(o.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("131047")).toInt(), 1);
    }

    void inboundControlEndpointOpensTheWindow()
    {
        test::FakeClock clock;
        Simulator sim(clock, Scenario::defaults(), test::kSimToken, 1);
        const SimResponse r =
            sim.handle(test::simRequest("POST", QStringLiteral("/_sim/inbound"),
                                        test::jsonBytes({{QStringLiteral("from"), QStringLiteral("+16505551234")},
                                                         {QStringLiteral("text"), QStringLiteral("Hi")}}),
                                        {}));
        QCOMPARE(r.status, 200);
        QVERIFY(sim.gate().isWindowOpen(kSheena));
        QCOMPARE(sim.takeReadyChanges().size(), 1);
        QCOMPARE(test::simErrorCode(sim.handle(test::simRequest("POST", QStringLiteral("/_sim/inbound"), "{}", {}))),
                 100);
    }

    // --- Business-scoped user IDs, usernames and the phone rules (docs/IDENTITY.md) ---------------

    void everyCustomerHasAStableBsuidOfTheirCountry()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        Simulator again(clock, identityScenario(), test::kSimToken, 7);
        Simulator otherSeed(clock, identityScenario(), test::kSimToken, 8);
        static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}\\.[1-9][0-9]{19}$"));
        for (const QString& handle : {kSheena, kJoao, kPriya}) {
            const QString bsuid = sim.customers().byHandle(handle)->bsuid;
            QVERIFY2(shape.match(bsuid).hasMatch(), qPrintable(bsuid));
            QCOMPARE(again.customers().byHandle(handle)->bsuid, bsuid); // same seed, same ids
            QVERIFY(otherSeed.customers().byHandle(handle)->bsuid != bsuid);
            QVERIFY(sim.customers().byHandle(handle)->parentBsuid.startsWith(bsuid.left(3) + QStringLiteral("ENT.")));
        }
        QVERIFY(sim.customers().byHandle(kSheena)->bsuid.startsWith(QStringLiteral("US.")));
        QVERIFY(sim.customers().byHandle(kJoao)->bsuid.startsWith(QStringLiteral("BR.")));
        QVERIFY(sim.customers().byHandle(kPriya)->bsuid.startsWith(QStringLiteral("IN.")));
        QCOMPARE(Customers::countryOf(QStringLiteral("447700900123")), QStringLiteral("GB"));
        QCOMPARE(Customers::countryOf(QStringLiteral("4915112345678")), QStringLiteral("DE"));
        QCOMPARE(Customers::countryOf(QStringLiteral("3519")), QStringLiteral("PT"));
        QCOMPARE(Customers::countryOf(QStringLiteral("99912345")), QStringLiteral("ZZ"));
        // Without enrollment, parent BSUIDs are neither written nor accepted.
        QVERIFY(!sim.customers().byUserId(sim.customers().byHandle(kSheena)->parentBsuid));
    }

    void incomingMessagesCarryTheBsuidAndTheNumberByTheRules()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const SimCustomer& sheena = *sim.customers().byHandle(kSheena);
        const SimCustomer& joao = *sim.customers().byHandle(kJoao);
        sim.customerText(kSheena, QStringLiteral("Hi"));
        sim.customerText(kJoao, QStringLiteral("Oi"));
        sim.customerText(kPriya, QStringLiteral("Hello"));
        const QList<WebhookChange> changes = sim.takeReadyChanges();
        QCOMPARE(changes.size(), 3);
        // docs/CLOUDAPI-CONTRACT.md, "Where they arrive": no username, so number and BSUID.
        QJsonObject contact = firstContact(changes.at(0));
        QJsonObject message = itemsOf({changes.at(0)}, QStringLiteral("messages")).constFirst();
        QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(), kSheena);
        QCOMPARE(contact.value(QStringLiteral("user_id")).toString(), sheena.bsuid);
        QVERIFY(!contact.value(QStringLiteral("profile")).toObject().contains(QStringLiteral("username")));
        QCOMPARE(message.value(QStringLiteral("from")).toString(), kSheena);
        QCOMPARE(message.value(QStringLiteral("from_user_id")).toString(), sheena.bsuid);
        QVERIFY(!message.contains(QStringLiteral("from_parent_user_id")));
        // Example B: a username and no number at all: the keys are left out, not empty.
        contact = firstContact(changes.at(1));
        message = itemsOf({changes.at(1)}, QStringLiteral("messages")).constFirst();
        QVERIFY(!contact.contains(QStringLiteral("wa_id")));
        QVERIFY(!message.contains(QStringLiteral("from")));
        QCOMPARE(contact.value(QStringLiteral("user_id")).toString(), joao.bsuid);
        QCOMPARE(message.value(QStringLiteral("from_user_id")).toString(), joao.bsuid);
        QCOMPARE(contact.value(QStringLiteral("profile")).toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("joao.araujo"));
        QCOMPARE(contact.value(QStringLiteral("profile")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("João Araújo"));
        // A username whose number is in the contact book: all three.
        contact = firstContact(changes.at(2));
        QCOMPARE(contact.value(QStringLiteral("wa_id")).toString(), kPriya);
        QCOMPARE(contact.value(QStringLiteral("profile")).toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("priya_r"));
    }

    void sendsGoToARecipientBsuid()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const SimCustomer& joao = *sim.customers().byHandle(kJoao);
        // Free-form to a BSUID follows the window like any other send.
        QCOMPARE(test::simErrorCode(sim.handle(
                     test::sendRequest(toRecipient(test::textBody(kSheena, QStringLiteral("hi")), joao.bsuid)))),
                 131047);
        sim.customerText(kJoao, QStringLiteral("Oi"));
        sim.takeReadyChanges();
        const SimResponse r = sim.handle(test::sendRequest(
            toRecipient(test::textBody(kSheena, QStringLiteral("Olá!"), QStringLiteral("c-1")), joao.bsuid)));
        QCOMPARE(r.status, 200);
        // docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID": input and user_id, never the number (the contact book fills
        // no answer).
        const QJsonObject contact =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("contacts")).toArray().first().toObject();
        QCOMPARE(contact,
                 (QJsonObject{{QStringLiteral("input"), joao.bsuid}, {QStringLiteral("user_id"), joao.bsuid}}));
        const ApiResponse parsed = parse(r);
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.userId, joao.bsuid);
        QVERIFY(parsed.waId.isEmpty());

        // Its statuses: no number anywhere (the rules hide it), the BSUID always, the username
        // on delivered and read but never on sent.
        const QList<WebhookChange> changes = runFor(clock, sim, 10);
        QCOMPARE(changes.size(), 3);
        for (const WebhookChange& c : changes) {
            const QJsonObject status = itemsOf({c}, QStringLiteral("statuses")).constFirst();
            const QString kind = status.value(QStringLiteral("status")).toString();
            QVERIFY2(!status.contains(QStringLiteral("recipient_id")), qPrintable(kind));
            QCOMPARE(status.value(QStringLiteral("recipient_user_id")).toString(), joao.bsuid);
            QCOMPARE(status.value(QStringLiteral("biz_opaque_callback_data")).toString(), QStringLiteral("c-1"));
            const QJsonObject contactOf = firstContact(c);
            QVERIFY(!contactOf.contains(QStringLiteral("wa_id")));
            QCOMPARE(contactOf.value(QStringLiteral("user_id")).toString(), joao.bsuid);
            QCOMPARE(contactOf.value(QStringLiteral("profile")).toObject().contains(QStringLiteral("username")),
                     kind != QLatin1String("sent"));
        }
        // Sending to the BSUID told Meta nothing about the number: João still writes without it.
        sim.customerText(kJoao, QStringLiteral("Obrigado"));
        QVERIFY(
            !itemsOf(sim.takeReadyChanges(), QStringLiteral("messages")).constFirst().contains(QStringLiteral("from")));
    }

    void toWinsOverRecipient()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        QJsonObject body = test::templateBody(QStringLiteral("+55 11 98765-4321"), QStringLiteral("hello_world"), 0);
        body.insert(QStringLiteral("recipient"), sim.customers().byHandle(kSheena)->bsuid);
        const SimResponse r = sim.handle(test::sendRequest(body));
        QCOMPARE(r.status, 200);
        const QJsonObject contact =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("contacts")).toArray().first().toObject();
        // Identical to a send to the number alone (docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID", since Mar 23).
        QCOMPARE(contact, (QJsonObject{{QStringLiteral("input"), QStringLiteral("+55 11 98765-4321")},
                                       {QStringLiteral("wa_id"), kJoao}}));
        // The send went to João's number, so his statuses carry it: recipient_id and contacts.wa_id.
        const QList<WebhookChange> delivered = statusChanges(runFor(clock, sim, 10), QStringLiteral("delivered"));
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(itemsOf(delivered, QStringLiteral("statuses"))
                     .constFirst()
                     .value(QStringLiteral("recipient_id"))
                     .toString(),
                 kJoao);
        QCOMPARE(firstContact(delivered.first()).value(QStringLiteral("wa_id")).toString(), kJoao);
        QCOMPARE(itemsOf(delivered, QStringLiteral("statuses")).constFirst().value(QStringLiteral("recipient_user_id")),
                 QJsonValue(sim.customers().byHandle(kJoao)->bsuid));
    }

    void parentBsuidsWhenThePortfolioIsEnrolled()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(true, true), test::kSimToken, 7);
        const SimCustomer& sheena = *sim.customers().byHandle(kSheena);
        sim.customerText(kSheena, QStringLiteral("Hi"));
        const QList<WebhookChange> inbound = sim.takeReadyChanges();
        QCOMPARE(firstContact(inbound.first()).value(QStringLiteral("parent_user_id")).toString(), sheena.parentBsuid);
        QCOMPARE(itemsOf(inbound, QStringLiteral("messages")).constFirst().value(QStringLiteral("from_parent_user_id")),
                 QJsonValue(sheena.parentBsuid));
        const SimResponse r = sim.handle(
            test::sendRequest(toRecipient(test::textBody(kSheena, QStringLiteral("hi")), sheena.parentBsuid)));
        QCOMPARE(r.status, 200);
        QCOMPARE(parse(r).userId, sheena.parentBsuid); // the value sent
        const QJsonObject status = itemsOf(runFor(clock, sim, 2), QStringLiteral("statuses")).constFirst();
        QCOMPARE(status.value(QStringLiteral("recipient_user_id")).toString(), sheena.bsuid); // the portfolio's
        QCOMPARE(status.value(QStringLiteral("recipient_parent_user_id")).toString(), sheena.parentBsuid);
    }

    void unknownBsuidsAreRefused_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::newRow("well formed, nobody's") << QStringLiteral("US.11111111111111111111");
        QTest::newRow("lower-case country") << QStringLiteral("us.13491208655302741918");
        QTest::newRow("punctuation") << QStringLiteral("US.1349-1208");
        QTest::newRow("a phone number") << QStringLiteral("16505551234");
    }
    void unknownBsuidsAreRefused()
    {
        QFETCH(QString, recipient);
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const SimResponse r = sim.handle(
            test::sendRequest(toRecipient(test::templateBody(kSheena, QStringLiteral("hello_world"), 0), recipient)));
        QCOMPARE(r.status, 400);
        QCOMPARE(test::simErrorCode(r), 100);
        QCOMPARE(parse(r).error.category, ErrorCategory::Permanent);
        QCOMPARE(sim.stats().accepted, qint64(0));
    }

    void authenticationTemplatesToABsuidGet131062()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const QString bsuid = sim.customers().byHandle(kJoao)->bsuid;
        const SimResponse r = sim.handle(
            test::sendRequest(toRecipient(test::templateBody(kJoao, QStringLiteral("login_code"), 1), bsuid)));
        QCOMPARE(r.status, 400);
        const ApiResponse parsed = parse(r);
        QCOMPARE(parsed.error.code, 131062);
        QCOMPARE(parsed.error.category, ErrorCategory::Permanent);
        QCOMPARE(parsed.error.details,
                 QStringLiteral("Business-scoped User ID (BSUID) recipients are not supported for this message."));
        // To the number it goes; and other templates go to the BSUID.
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kJoao, QStringLiteral("login_code"), 1))).status, 200);
        clock.advanceSecs(10);
        QCOMPARE(sim.handle(test::sendRequest(
                                toRecipient(test::templateBody(kJoao, QStringLiteral("hello_world"), 0), bsuid)))
                     .status,
                 200);
        QCOMPARE(sim.stats().errorsByCode.value(131062), qint64(1));
    }

    void theThirtyDayRuleWithoutTheContactBook()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(false), test::kSimToken, 7);
        auto joaosNumberShown = [&] {
            sim.customerText(kJoao, QStringLiteral("Oi"));
            const QJsonObject message = itemsOf(sim.takeReadyChanges(), QStringLiteral("messages")).constFirst();
            return message.contains(QStringLiteral("from"));
        };
        QVERIFY(!joaosNumberShown());
        // The business sends to his number (it has it from elsewhere): for 30 days Meta may share it.
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kJoao, QStringLiteral("hello_world"), 0))).status,
                 200);
        runFor(clock, sim, 10);
        QVERIFY(joaosNumberShown());
        QVERIFY(!sim.customers().inContactBook(kJoao)); // switched off: nothing recorded
        runFor(clock, sim, 29 * 24 * 3600);
        QVERIFY(joaosNumberShown());
        runFor(clock, sim, 24 * 3600);
        QVERIFY(!joaosNumberShown()); // 30 days after the business's message, and his own do not count
    }

    void theContactBookKeepsTheNumberUntilDeleted()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(true), test::kSimToken, 7);
        const QString bsuid = sim.customers().byHandle(kJoao)->bsuid;
        QCOMPARE(sim.handle(test::sendRequest(test::templateBody(kJoao, QStringLiteral("hello_world"), 0))).status,
                 200);
        QVERIFY(sim.customers().inContactBook(kJoao));
        runFor(clock, sim, 40 * 24 * 3600);
        sim.customerText(kJoao, QStringLiteral("Oi"));
        QCOMPARE(itemsOf(sim.takeReadyChanges(), QStringLiteral("messages")).constFirst().value(QStringLiteral("from")),
                 QJsonValue(kJoao));
        // DELETE contact_book (docs/CLOUDAPI-CONTRACT.md, "The contact book"): the entry goes, and after 30 days so
        // does the number.
        auto forget = [&](const QString& id) {
            SimRequest r =
                test::simRequest("DELETE", duet::test::graphPath(QStringLiteral("106540352242922/contact_book")));
            r.query.addQueryItem(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
            r.query.addQueryItem(QStringLiteral("bsuid"), id);
            return sim.handle(r);
        };
        SimResponse r = forget(bsuid);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object(),
                 (QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                              {QStringLiteral("success"), true},
                              {QStringLiteral("deleted"), true}}));
        QCOMPARE(QJsonDocument::fromJson(forget(bsuid).body).object().value(QStringLiteral("deleted")),
                 QJsonValue(false));
        QCOMPARE(test::simErrorCode(forget(sim.customers().byHandle(kJoao)->parentBsuid)), 100);
        sim.customerText(kJoao, QStringLiteral("Oi"));
        QVERIFY(
            !itemsOf(sim.takeReadyChanges(), QStringLiteral("messages")).constFirst().contains(QStringLiteral("from")));
    }

    void askingForTheNumberGetsItShared()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const SimCustomer& joao = *sim.customers().byHandle(kJoao);
        // Outside the window the interactive request is free-form, so it is refused.
        QCOMPARE(test::simErrorCode(sim.handle(test::sendRequest(contactRequestBody(joao.bsuid)))), 131047);
        sim.customerText(kJoao, QStringLiteral("Oi"));
        sim.takeReadyChanges();
        QJsonObject bad = contactRequestBody(joao.bsuid);
        bad.insert(QStringLiteral("interactive"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("request_contact_info")}});
        QCOMPARE(test::simErrorCode(sim.handle(test::sendRequest(bad))), 100); // no body text
        QCOMPARE(sim.handle(test::sendRequest(contactRequestBody(joao.bsuid))).status, 200);
        // Delivered after 3 s; João answers 5 s later (share_after_s) with a contacts message.
        QList<WebhookChange> changes = runFor(clock, sim, 7);
        QCOMPARE(itemsOf(changes, QStringLiteral("messages")).size(), 0);
        changes = runFor(clock, sim, 1);
        QList<QJsonObject> messages = itemsOf(changes, QStringLiteral("messages"));
        QCOMPARE(messages.size(), 1);
        const QJsonObject share = messages.first();
        QCOMPARE(share.value(QStringLiteral("type")).toString(), QStringLiteral("contacts"));
        QCOMPARE(share.value(QStringLiteral("from_user_id")).toString(), joao.bsuid);
        QVERIFY(!share.contains(QStringLiteral("from"))); // judged before the share, as in Meta's example
        const QJsonObject shared = share.value(QStringLiteral("contacts")).toArray().first().toObject();
        QCOMPARE(shared.value(QStringLiteral("origin")).toString(), QStringLiteral("contact_request"));
        QVERIFY(!shared.contains(QStringLiteral("vcard")));
        const QJsonObject phone = shared.value(QStringLiteral("phones")).toArray().first().toObject();
        QCOMPARE(phone.value(QStringLiteral("wa_id")).toString(), kJoao);
        QCOMPARE(phone.value(QStringLiteral("phone")).toString(), QStringLiteral("+55 11987654321"));
        QCOMPARE(sim.stats().phonesShared, qint64(1));
        // From now on the contact book has it: every webhook carries his number.
        QVERIFY(sim.customers().inContactBook(kJoao));
        sim.customerText(kJoao, QStringLiteral("Pronto"));
        changes = sim.takeReadyChanges();
        QCOMPARE(itemsOf(changes, QStringLiteral("messages")).constFirst().value(QStringLiteral("from")),
                 QJsonValue(kJoao));
        QCOMPARE(firstContact(changes.first()).value(QStringLiteral("wa_id")), QJsonValue(kJoao));
    }

    void aTemplateWithTheButtonAsksOutsideTheWindow()
    {
        test::FakeClock clock;
        Scenario s = identityScenario();
        s.customers[kJoao].shareAfterMs = 0;
        Simulator sim(clock, s, test::kSimToken, 7);
        const QString bsuid = sim.customers().byHandle(kJoao)->bsuid;
        // No button parameters: the template alone, to the BSUID (docs/CLOUDAPI-CONTRACT.md, "Requesting the phone
        // number").
        QCOMPARE(
            sim.handle(test::sendRequest(toRecipient(test::templateBody(kJoao, QStringLiteral("ask_phone"), 0), bsuid)))
                .status,
            200);
        const QList<QJsonObject> messages = itemsOf(runFor(clock, sim, 5), QStringLiteral("messages"));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().value(QStringLiteral("type")).toString(), QStringLiteral("contacts"));
        // A customer who declines never answers.
        Scenario declining = identityScenario();
        declining.customers[kJoao].sharesPhone = false;
        Simulator other(clock, declining, test::kSimToken, 7);
        QCOMPARE(other
                     .handle(test::sendRequest(toRecipient(test::templateBody(kJoao, QStringLiteral("ask_phone"), 0),
                                                           other.customers().byHandle(kJoao)->bsuid)))
                     .status,
                 200);
        QCOMPARE(itemsOf(runFor(clock, other, 3600), QStringLiteral("messages")).size(), 0);
    }

    void aNumberChangeGivesNewIds()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const QString oldSheena = sim.customers().byHandle(kSheena)->bsuid;
        const QString oldJoao = sim.customers().byHandle(kJoao)->bsuid;
        // Sheena's new number may be shared: user_changed_number with the new number.
        sim.customerChangesNumber(kSheena, QStringLiteral("16505559999"));
        QList<WebhookChange> changes = sim.takeReadyChanges();
        QCOMPARE(changes.size(), 1);
        QVERIFY(!changes.first().value.contains(QStringLiteral("contacts"))); // system messages have none
        QJsonObject message = itemsOf(changes, QStringLiteral("messages")).constFirst();
        QJsonObject system = message.value(QStringLiteral("system")).toObject();
        const QString newSheena = sim.customers().byHandle(kSheena)->bsuid;
        QVERIFY(newSheena != oldSheena);
        QVERIFY(newSheena.startsWith(QStringLiteral("US.")));
        QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("system"));
        QCOMPARE(system.value(QStringLiteral("type")).toString(), QStringLiteral("user_changed_number"));
        QCOMPARE(system.value(QStringLiteral("wa_id")).toString(), QStringLiteral("16505559999"));
        QCOMPARE(system.value(QStringLiteral("user_id")).toString(), newSheena);
        QCOMPARE(system.value(QStringLiteral("previous_user_id")).toString(), oldSheena);
        QCOMPARE(system.value(QStringLiteral("body")).toString(),
                 QStringLiteral("User Sheena Nelson changed from 16505551234 to 16505559999"));
        QCOMPARE(message.value(QStringLiteral("from")).toString(), kSheena);
        // João's cannot be shared: user_changed_user_id, ids only.
        sim.customerChangesNumber(kJoao, QStringLiteral("5511912340000"));
        message = itemsOf(sim.takeReadyChanges(), QStringLiteral("messages")).constFirst();
        system = message.value(QStringLiteral("system")).toObject();
        const QString newJoao = sim.customers().byHandle(kJoao)->bsuid;
        QCOMPARE(system.value(QStringLiteral("type")).toString(), QStringLiteral("user_changed_user_id"));
        QVERIFY(!system.contains(QStringLiteral("wa_id")));
        QVERIFY(!message.contains(QStringLiteral("from")));
        QCOMPARE(system.value(QStringLiteral("previous_user_id")).toString(), oldJoao);
        QCOMPARE(system.value(QStringLiteral("user_id")).toString(), newJoao);
        QCOMPARE(system.value(QStringLiteral("body")).toString(),
                 QStringLiteral("User João Araújo changed from %1 to %2").arg(oldJoao, newJoao));
        QCOMPARE(sim.stats().numberChanges, qint64(2));
        // From then on: the new ids and number; the old BSUID no longer reaches anyone.
        sim.customerText(kSheena, QStringLiteral("New phone!"));
        message = itemsOf(sim.takeReadyChanges(), QStringLiteral("messages")).constFirst();
        QCOMPARE(message.value(QStringLiteral("from")).toString(), QStringLiteral("16505559999"));
        QCOMPARE(message.value(QStringLiteral("from_user_id")).toString(), newSheena);
        QCOMPARE(test::simErrorCode(sim.handle(
                     test::sendRequest(toRecipient(test::textBody(kSheena, QStringLiteral("hi")), oldSheena)))),
                 100);
        QCOMPARE(
            sim.handle(test::sendRequest(toRecipient(test::textBody(kSheena, QStringLiteral("hi")), newSheena))).status,
            200); // the window stayed with the person
    }

    void failedStatusesFollowTheExceptions()
    {
        test::FakeClock clock;
        Scenario s = identityScenario();
        s.delivery.undeliverable = QStringList{kJoao};
        Simulator sim(clock, s, test::kSimToken, 7);
        const QString bsuid = sim.customers().byHandle(kJoao)->bsuid;
        sim.handle(test::sendRequest(test::templateBody(kJoao, QStringLiteral("hello_world"), 0)));
        QList<WebhookChange> changes = runFor(clock, sim, 5);
        QCOMPARE(changes.size(), 1);
        // docs/CLOUDAPI-CONTRACT.md, "Where they arrive": a failed send to the number: recipient_id, no
        // recipient_user_id, no contacts.
        QJsonObject status = itemsOf(changes, QStringLiteral("statuses")).constFirst();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(status.value(QStringLiteral("recipient_id")).toString(), kJoao);
        QVERIFY(!status.contains(QStringLiteral("recipient_user_id")));
        QVERIFY(!changes.first().value.contains(QStringLiteral("contacts")));
        // To the BSUID, failed: recipient_user_id, still no contacts (the number is in the contact
        // book now, after the send to it, so recipient_id comes too).
        sim.handle(test::sendRequest(toRecipient(test::templateBody(kJoao, QStringLiteral("hello_world"), 0), bsuid)));
        changes = runFor(clock, sim, 10);
        status = itemsOf(changes, QStringLiteral("statuses")).constFirst();
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(status.value(QStringLiteral("recipient_user_id")).toString(), bsuid);
        QVERIFY(!changes.first().value.contains(QStringLiteral("contacts")));
    }

    void inboundControlEndpointTakesABsuid()
    {
        test::FakeClock clock;
        Simulator sim(clock, identityScenario(), test::kSimToken, 7);
        const QString bsuid = sim.customers().byHandle(kJoao)->bsuid;
        const SimResponse r = sim.handle(test::simRequest(
            "POST", QStringLiteral("/_sim/inbound"),
            test::jsonBytes({{QStringLiteral("from"), bsuid}, {QStringLiteral("text"), QStringLiteral("Oi")}})));
        QCOMPARE(r.status, 200);
        QVERIFY(sim.gate().isWindowOpen(kJoao));
        QCOMPARE(itemsOf(sim.takeReadyChanges(), QStringLiteral("messages"))
                     .constFirst()
                     .value(QStringLiteral("from_user_id")),
                 QJsonValue(bsuid));
        QCOMPARE(sim.handle(test::simRequest("POST", QStringLiteral("/_sim/inbound"),
                                             test::jsonBytes({{QStringLiteral("from"), QStringLiteral("US.999")},
                                                              {QStringLiteral("text"), QStringLiteral("x")}})))
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestSimRules)
#include "TestSimRules.moc"
