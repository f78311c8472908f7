// SPDX-License-Identifier: GPL-3.0-or-later
// OutboundDriver against a scripted Graph endpoint: each kind of answer ends in the right outbox state.
#include "DomainToString.h"
#include "GraphPaths.h"
#include "core/Clock.h"
#include "net/HttpServer.h"
#include "outbound/OutboundDriver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::outbound;

Q_DECLARE_METATYPE(duet::outbound::OutboxState)

namespace {

const QString kPath = duet::test::graphPath(QStringLiteral("106540352242922/messages"));

/// One scripted answer: an HTTP status and body, or (status 0) no answer at all.
struct Answer
{
    int status = 200;
    QByteArray body;
};
using Script = QList<Answer>;

QByteArray metaError(int code)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("message"), QStringLiteral("(#%1) Scripted").arg(code)},
                                        {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("fbtrace_id"), QStringLiteral("Atrace")}}}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray kAccepted =
    R"({"messaging_product":"whatsapp","contacts":[{"input":"+15550001234","wa_id":"15550001234"}],)"
    R"("messages":[{"id":"wamid.SCRIPTED"}]})";

} // namespace

Q_DECLARE_METATYPE(Script)

class TestOutboundErrors : public QObject
{
    Q_OBJECT

private slots:
    void answersEndInTheRightState_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<OutboxState>("expected");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("a 200 with a wamid is accepted") << Script{{200, kAccepted}} << OutboxState::Accepted << 1 << 0;
        QTest::newRow("130429 puts it back and the retry is accepted")
            << Script{{429, metaError(130429)}, {200, kAccepted}} << OutboxState::Accepted << 2 << 0;
        QTest::newRow("131056 holds the customer and the retry is accepted")
            << Script{{429, metaError(131056)}, {200, kAccepted}} << OutboxState::Accepted << 2 << 0;
        QTest::newRow("a 500 with Meta's error body is retried")
            << Script{{500, metaError(131000)}, {200, kAccepted}} << OutboxState::Accepted << 2 << 0;
        QTest::newRow("definite transient refusals fail after the last attempt")
            << Script{{500, metaError(131000)}, {500, metaError(131000)}, {500, metaError(131000)}}
            << OutboxState::Failed << 3 << 131000;
        QTest::newRow("a permanent error fails with its code")
            << Script{{400, metaError(132001)}} << OutboxState::Failed << 1 << 132001;
        QTest::newRow("an unknown code in a readable error fails with it")
            << Script{{400, metaError(987654)}} << OutboxState::Failed << 1 << 987654;
        QTest::newRow("a 502 without Meta's body may have gone out: uncertain")
            << Script{{502, "Bad gateway"}} << OutboxState::Uncertain << 1 << 0;
        QTest::newRow("a 200 without a message id may have gone out: uncertain")
            << Script{{200, "{}"}} << OutboxState::Uncertain << 1 << 0;
        QTest::newRow("no answer before the timeout: uncertain, never resent")
            << Script{{0, {}}} << OutboxState::Uncertain << 1 << 0;
    }

    void answersEndInTheRightState()
    {
        QFETCH(Script, script);
        QFETCH(OutboxState, expected);
        QFETCH(int, attempts);
        QFETCH(int, errorCode);

        int requests = 0;
        QList<net::HttpReply> hanging;
        net::HttpServer server;
        server.route("POST", kPath, [&](const net::HttpRequest& request, net::HttpReply reply) {
            QCOMPARE(request.header("authorization"), QByteArray("Bearer scripted-token"));
            const Answer a = script.value(requests++, Answer{500, metaError(131000)});
            if (a.status == 0)
                hanging << reply;
            else
                reply.send(a.status, a.body, "application/json");
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        SystemClock clock;
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "scripted-token";
        settings.requestTimeoutMs = 300;
        settings.transientBackoffMs = 50;
        settings.maxTransientAttempts = 3;
        // The first 131056 holds the customer 4^0 = 1 s.
        OutboundDriver driver(clock, outbox, nullptr, settings, SendScheduler::Options());
        driver.start();
        const SubmitResult r = driver.submitTemplate(QStringLiteral("+15550001234"),
                                                     {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}});
        QVERIFY(r.isQueued());
        QTRY_VERIFY_WITH_TIMEOUT(outbox.row(r.id)->state == expected && driver.inFlightCount() == 0, 10000);
        const OutboxRow row = *outbox.row(r.id);
        QCOMPARE(row.attempts, attempts);
        QCOMPARE(row.errorCode, errorCode);
        if (expected == OutboxState::Failed)
            QVERIFY(!row.remedy.isEmpty());
        if (expected == OutboxState::Accepted)
            QCOMPARE(row.wamid, QStringLiteral("wamid.SCRIPTED"));
        // Nothing more went out: an uncertain send waits for its status or the agent.
        QCOMPARE(requests, attempts);
    }

    void aRefusedConnectionNeverLeftSoItStaysQueued()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        SystemClock clock;
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "t";
        settings.transientBackoffMs = 20;
        OutboundDriver driver(clock, outbox, nullptr, settings, SendScheduler::Options());
        driver.start();
        const SubmitResult r = driver.submitTemplate(QStringLiteral("+15550001234"),
                                                     {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}});
        QTRY_VERIFY_WITH_TIMEOUT(outbox.row(r.id)->attempts >= 2 && driver.inFlightCount() == 0, 10000);
        QCOMPARE(outbox.row(r.id)->state, OutboxState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestOutboundErrors)
#include "TestOutboundErrors.moc"
