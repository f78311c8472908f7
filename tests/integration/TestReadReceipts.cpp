// SPDX-License-Identifier: GPL-3.0-or-later
// Read receipts and typing indicators on a fake clock against a scripted Graph endpoint: they wait
// their turn in the limiter, are never stored or retried, typing goes at most once per 25 s, and
// nothing goes when the team's setting is off.
#include "DomainToString.h"
#include "EventBuilders.h"
#include "FakeClock.h"
#include "GraphPaths.h"
#include "ReadReceipts.h"
#include "net/HttpServer.h"
#include "outbound/OutboundDriver.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::outbound;

namespace {

const QString kNumber = QStringLiteral("106540352242922");
const QString kCustomer = QStringLiteral("16505551234");

const QByteArray kAccepted =
    R"({"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],)"
    R"("messages":[{"id":"wamid.SENT"}]})";

QByteArray throttled()
{
    return R"({"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,)"
           R"("fbtrace_id":"A"}})";
}

/// A Graph endpoint that records every POST and answers sends and receipts as scripted.
struct Graph
{
    net::HttpServer server;
    QList<QJsonObject> posts;
    bool throttleReceipts = false;
    quint16 port = 0;

    Graph()
    {
        server.route("POST", test::graphPath(kNumber + QStringLiteral("/messages")),
                     [this](const net::HttpRequest& request, net::HttpReply reply) {
                         const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                         posts << body;
                         if (!body.contains(QLatin1String("status")))
                             reply.send(200, kAccepted, "application/json");
                         else if (throttleReceipts)
                             reply.send(429, throttled(), "application/json");
                         else
                             reply.send(200, R"({"success":true})", "application/json");
                     });
        port = server.listen(QHostAddress::LocalHost, 0);
    }
    int receipts() const
    {
        int n = 0;
        for (const QJsonObject& p : posts)
            n += p.contains(QLatin1String("status")) ? 1 : 0;
        return n;
    }
    int typing() const
    {
        int n = 0;
        for (const QJsonObject& p : posts)
            n += p.contains(QLatin1String("typing_indicator")) ? 1 : 0;
        return n;
    }
};

DriverSettings settingsFor(const Graph& graph)
{
    DriverSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(graph.port));
    settings.phoneNumberId = kNumber;
    settings.accessToken = "receipts-token";
    return settings;
}

SendScheduler::Options oneASecond()
{
    SendScheduler::Options options;
    options.leasedRatePerSec = 1; // one request a second: the second one has to wait
    options.minRatePerSec = 0.5;
    return options;
}

} // namespace

class TestReadReceipts : public QObject
{
    Q_OBJECT

private slots:
    void receiptsWaitTheirTurnInTheLimiter();
    void aRefusedReceiptIsNeverRetried();
    void openingMarksTheNewestCustomerMessageOnce();
    void typingGoesAtMostOncePer25Seconds();
    void theSettingOffSendsNothing();

private:
    /// A store with one conversation: three customer messages, the newest "wamid.C3", unread.
    bool fillStore(store::Store* store, const Clock& clock, QString* error)
    {
        const qint64 now = clock.nowSecs();
        return store->open(m_dir.filePath(QStringLiteral("store%1.db").arg(++m_stores)), error) &&
               store->applier().apply(
                   {test::customerMessage(QStringLiteral("wamid.C1"), kCustomer, now - 30, QStringLiteral("Hi")),
                    test::customerMessage(QStringLiteral("wamid.C2"), kCustomer, now - 20, QStringLiteral("Hello?")),
                    test::customerMessage(QStringLiteral("wamid.C3"), kCustomer, now - 10,
                                          QStringLiteral("Anyone there?"))},
                   error);
    }

    QTemporaryDir m_dir;
    int m_stores = 0;
};

/// A send takes the only token; the receipt submitted after it waits in the limiter, in the live
/// lane, until the clock gives the next slot. It is no outbox row.
void TestReadReceipts::receiptsWaitTheirTurnInTheLimiter()
{
    Graph graph;
    QVERIFY(graph.port != 0);
    test::FakeClock clock;
    OutboxStore outbox(clock);
    QString error;
    QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("outbox1.db")), &error));
    OutboundDriver driver(clock, outbox, nullptr, settingsFor(graph), oneASecond());
    driver.start();
    QSignalSpy finished(&driver, &OutboundDriver::receiptFinished);

    QVERIFY(driver.submitText(kCustomer, QStringLiteral("On my way")).isQueued());
    const qint64 receipt = driver.submitReadReceipt(kCustomer, QStringLiteral("wamid.C3"));
    QVERIFY(receipt < 0);
    QTRY_COMPARE(graph.posts.size(), 1);
    QVERIFY(driver.scheduler().isQueued(receipt)); // waiting its turn
    QCOMPARE(driver.scheduler().queuedCount(SendScheduler::Lane::Live), 1);
    QCOMPARE(graph.receipts(), 0);

    clock.advanceMs(1000);
    driver.setLeasedRate(1); // any pump: the clock now allows the next request
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(graph.posts.size(), 2);
    const QJsonObject body = graph.posts.last();
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("read"));
    QCOMPARE(body.value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.C3"));
    QVERIFY(!body.contains(QLatin1String("typing_indicator")));
    QVERIFY(finished.first().at(3).toBool());
    QCOMPARE(outbox.queuedRows().size() + outbox.rowsInState(OutboxState::Accepted).size(), 1); // the send only
    QCOMPARE(driver.pendingReceipts(), 0);
}

/// Meta's 130429 on a receipt cuts the rate like for any send, but the receipt is not sent again.
void TestReadReceipts::aRefusedReceiptIsNeverRetried()
{
    Graph graph;
    graph.throttleReceipts = true;
    test::FakeClock clock;
    OutboxStore outbox(clock);
    QString error;
    QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("outbox2.db")), &error));
    SendScheduler::Options options;
    OutboundDriver driver(clock, outbox, nullptr, settingsFor(graph), options);
    driver.start();
    QSignalSpy finished(&driver, &OutboundDriver::receiptFinished);
    QVERIFY(driver.submitReadReceipt(kCustomer, QStringLiteral("wamid.C3"), true) < 0);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(3).toBool());
    QCOMPARE(driver.scheduler().stats().throttleCuts, 1);
    // Nothing is queued or in flight any more, so nothing can go again, whatever the clock says.
    QCOMPARE(driver.pendingReceipts(), 0);
    QCOMPARE(driver.scheduler().queuedCount(SendScheduler::Lane::Live), 0);
    QCOMPARE(driver.scheduler().stats().inFlight, 0);
    QCOMPARE(graph.posts.size(), 1);
}

void TestReadReceipts::openingMarksTheNewestCustomerMessageOnce()
{
    Graph graph;
    test::FakeClock clock;
    store::Store store(clock);
    QString error;
    QVERIFY2(fillStore(&store, clock, &error), qPrintable(error));
    OutboxStore outbox(clock);
    QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("outbox3.db")), &error));
    OutboundDriver driver(clock, outbox, nullptr, settingsFor(graph), SendScheduler::Options());
    driver.start();
    QStringList teamReads;
    desktop::ReadReceipts receipts(
        clock, store.connection(), driver,
        {[] { return true; },
         [&](const QString& key, const QString& wamid) { teamReads << key + QLatin1Char('/') + wamid; }});
    receipts.conversationViewed(kCustomer);
    receipts.conversationViewed(kCustomer); // viewing again (the 20 s presence tick): nothing new
    QTRY_COMPARE(graph.receipts(), 1);
    QCOMPARE(graph.posts.first().value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.C3"));
    QCOMPARE(teamReads, QStringList{kCustomer + QStringLiteral("/wamid.C3")});

    // The team's read event cleared the count: another desk (or a restart) marks nothing.
    QSqlQuery(store.connection()).exec(QStringLiteral("UPDATE conversations SET unread_count = 0"));
    desktop::ReadReceipts otherDesk(clock, store.connection(), driver, {[] { return true; }, {}});
    otherDesk.conversationViewed(kCustomer);
    // A new customer message makes it unread again: that one is marked (once the limiter has a slot).
    clock.advanceSecs(1);
    QVERIFY(store.applier().apply({test::customerMessage(QStringLiteral("wamid.C4"), kCustomer, clock.nowSecs() - 1,
                                                         QStringLiteral("Still there?"))},
                                  &error));
    receipts.conversationViewed(kCustomer);
    QTRY_COMPARE(graph.receipts(), 2);
    QCOMPARE(graph.posts.last().value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.C4"));
    QCOMPARE(receipts.receiptsSubmitted(), 2);
    QCOMPARE(otherDesk.receiptsSubmitted(), 0);
}

void TestReadReceipts::typingGoesAtMostOncePer25Seconds()
{
    Graph graph;
    test::FakeClock clock;
    store::Store store(clock);
    QString error;
    QVERIFY2(fillStore(&store, clock, &error), qPrintable(error));
    OutboxStore outbox(clock);
    QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("outbox4.db")), &error));
    OutboundDriver driver(clock, outbox, nullptr, settingsFor(graph), SendScheduler::Options());
    driver.start();
    desktop::ReadReceipts receipts(clock, store.connection(), driver, {[] { return true; }, {}});

    for (int keystroke = 0; keystroke < 30; ++keystroke) { // 30 keystrokes over 24 s
        receipts.replyTyped(kCustomer);
        clock.advanceMs(800);
    }
    QTRY_COMPARE(graph.typing(), 1);
    clock.advanceMs(1000); // 25 s after the first
    receipts.replyTyped(kCustomer);
    QTRY_COMPARE(graph.typing(), 2);
    receipts.replyTyped(kCustomer); // at once again: nothing is submitted
    QCOMPARE(receipts.typingSubmitted(), 2);
    QCOMPARE(driver.pendingReceipts(), 0);
    const QJsonObject body = graph.posts.last();
    QCOMPARE(body.value(QLatin1String("typing_indicator")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("text"));
    QCOMPARE(body.value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.C3"));
}

void TestReadReceipts::theSettingOffSendsNothing()
{
    Graph graph;
    test::FakeClock clock;
    store::Store store(clock);
    QString error;
    QVERIFY2(fillStore(&store, clock, &error), qPrintable(error));
    OutboxStore outbox(clock);
    QVERIFY(outbox.open(m_dir.filePath(QStringLiteral("outbox5.db")), &error));
    OutboundDriver driver(clock, outbox, nullptr, settingsFor(graph), SendScheduler::Options());
    driver.start();
    int teamReads = 0;
    desktop::ReadReceipts receipts(clock, store.connection(), driver,
                                   {[] { return false; }, [&](const QString&, const QString&) { ++teamReads; }});
    receipts.conversationViewed(kCustomer);
    receipts.replyTyped(kCustomer);
    QCOMPARE(driver.pendingReceipts(), 0); // nothing submitted, so nothing can reach Meta
    QCOMPARE(receipts.receiptsSubmitted() + receipts.typingSubmitted(), 0);
    QCOMPARE(graph.posts.size(), 0);
    QCOMPARE(teamReads, 0);
}

QTEST_GUILESS_MAIN(TestReadReceipts)
#include "TestReadReceipts.moc"
