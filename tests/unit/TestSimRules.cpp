// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's enforcement of Meta's rules on a fake clock: token, throughput, pair rate, window, tier.
#include "FakeClock.h"
#include "SimHarness.h"
#include "Simulator.h"
#include "cloudapi/ApiError.h"

#include <QJsonArray>
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
        QTest::newRow("v23.0 is served") << QStringLiteral("/v23.0/106540352242922/messages") << 200;
        QTest::newRow("v19.0 is served") << QStringLiteral("/v19.0/106540352242922/messages") << 200;
        QTest::newRow("another number id is refused") << QStringLiteral("/v23.0/999/messages") << 400;
        QTest::newRow("no version is refused") << QStringLiteral("/106540352242922/messages") << 400;
        QTest::newRow("an unknown edge is refused") << QStringLiteral("/v23.0/106540352242922/calls") << 400;
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
            const SimResponse r =
                sim.handle(test::sendRequest(test::templateBody(to, QStringLiteral("hello_world"), 0)));
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
        const SimRequest r = test::simRequest("POST", QStringLiteral("/v23.0/106540352242922/smb_app_data"), body);
        const SimResponse first = sim.handle(r);
        QCOMPARE(first.status, 200);
        QVERIFY(!QJsonDocument::fromJson(first.body).object().value(QStringLiteral("request_id")).toString().isEmpty());
        const SimResponse second = sim.handle(r);
        QCOMPARE(second.status, 400);
        QCOMPARE(test::simErrorCode(second), 100);
        const SimResponse unknown = sim.handle(
            test::simRequest("POST", QStringLiteral("/v23.0/106540352242922/smb_app_data"),
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
        SimRequest upload = test::simRequest("POST", QStringLiteral("/v23.0/106540352242922/media"), multipart);
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

        const SimResponse info = sim.handle(test::simRequest("GET", QStringLiteral("/v23.0/") + id));
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
        QCOMPARE(sim.handle(test::simRequest("GET", QStringLiteral("/v23.0/") + id)).status, 200);

        QCOMPARE(sim.handle(test::simRequest("DELETE", QStringLiteral("/v23.0/") + id)).status, 200);
        QCOMPARE(test::simErrorCode(sim.handle(test::simRequest("GET", QStringLiteral("/v23.0/") + id))), 100);
        QCOMPARE(test::simErrorCode(sim.handle(test::simRequest("DELETE", QStringLiteral("/v23.0/") + id))), 100);
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
        SimRequest upload = test::simRequest("POST", QStringLiteral("/v23.0/106540352242922/media"), "not multipart");
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
};

QTEST_GUILESS_MAIN(TestSimRules)
#include "TestSimRules.moc"
