// SPDX-License-Identifier: GPL-3.0-or-later
// duet-sim over real HTTP on loopback: sends accepted and refused, signed webhooks with retries, media, the CLI.
#include "DomainToString.h"
#include "FakeClock.h"
#include "GraphPaths.h"
#include "SimService.h"
#include "Simulator.h"
#include "TestPaths.h"
#include "WebhookDispatcher.h"
#include "cloudapi/ApiError.h"
#include "cloudapi/WebhookDecoder.h"
#include "cloudapi/WebhookSignature.h"

#include <QHttpMultiPart>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::sim;
using namespace duet::cloudapi;

namespace {

const QByteArray kToken = "http-test-token";
const QByteArray kSecret = "http-test-secret";
const QString kSheena = QStringLiteral("+16505551234");

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

/// A webhook receiver: records each POST's raw body and signature, answers with the next status
/// of `answers` (then 200).
class Receiver
{
public:
    struct Post
    {
        QByteArray body;
        QByteArray signature;
    };
    QList<Post> posts;
    QList<int> answers;
    quint16 port = 0;

    Receiver()
    {
        m_server.route(QStringLiteral("/webhook"), QHttpServerRequest::Method::Post,
                       [this](const QHttpServerRequest& r) {
                           posts.append({r.body(), r.value("x-hub-signature-256")});
                           const int status = answers.isEmpty() ? 200 : answers.takeFirst();
                           return QHttpServerResponse(QByteArray("ok"), QHttpServerResponder::StatusCode(status));
                       });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)); }

private:
    QHttpServer m_server;
};

QJsonObject textBody(const QString& to, const QString& text, const QString& clientId)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}},
            {QStringLiteral("biz_opaque_callback_data"), clientId}};
}

QJsonObject helloTemplate(const QString& to, const QString& clientId)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("to"), to},
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("template"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                         {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}},
            {QStringLiteral("biz_opaque_callback_data"), clientId}};
}

} // namespace

class TestSimHttp : public QObject
{
    Q_OBJECT

private:
    test::FakeClock m_clock;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<SimService> m_sim;
    QNetworkAccessManager m_network;

    Reply exchange(const QByteArray& method, const QString& pathOrUrl, const QByteArray& body = {},
                   const QByteArray& token = kToken, QHttpMultiPart* multipart = nullptr)
    {
        const QUrl url =
            pathOrUrl.startsWith(QLatin1String("http")) ? QUrl(pathOrUrl) : QUrl(m_sim->baseUrl() + pathOrUrl);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply* reply = nullptr;
        if (multipart) {
            reply = m_network.post(request, multipart);
            multipart->setParent(reply);
        } else {
            if (!body.isEmpty())
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            reply = m_network.sendCustomRequest(request, method, body);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return r;
    }

    ApiResponse send(const QJsonObject& body, const QByteArray& token = kToken)
    {
        const Reply r = exchange("POST", duet::test::graphPath(QStringLiteral("106540352242922/messages")),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), token);
        return parseGraphResponse(Transport::Completed, r.status, r.body, {}, m_clock.nowSecs());
    }

    void inbound(const QString& from, const QString& text)
    {
        const Reply r =
            exchange("POST", QStringLiteral("/_sim/inbound"),
                     QJsonDocument(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("text"), text}})
                         .toJson(QJsonDocument::Compact),
                     {});
        QCOMPARE(r.status, 200);
    }

private slots:
    void init()
    {
        m_clock = test::FakeClock();
        m_receiver = std::make_unique<Receiver>();
        QVERIFY(m_receiver->port != 0);
        SimOptions options;
        options.webhookUrl = m_receiver->url();
        options.appSecret = kSecret;
        options.accessToken = kToken;
        options.seed = 5;
        m_sim = std::make_unique<SimService>(m_clock, options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_sim.reset();
        m_receiver.reset();
    }

    void acceptsSendsWithMetasBody()
    {
        inbound(kSheena, QStringLiteral("Hi!"));
        const ApiResponse r = send(textBody(kSheena, QStringLiteral("Hello back"), QStringLiteral("c-1")));
        QVERIFY2(r.ok, qPrintable(r.error.message));
        QVERIFY(r.wamid.startsWith(QStringLiteral("wamid.")));
        QCOMPARE(r.waId, QStringLiteral("16505551234"));
        QCOMPARE(r.input, kSheena);
    }

    void refusesWithTheRightStatusBodyAndCategory_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("category");
        QTest::newRow("a wrong token is 401, code 190, an auth error")
            << helloTemplate(kSheena, QStringLiteral("c")) << QByteArray("wrong") << 401 << 190
            << int(ErrorCategory::Auth);
        QTest::newRow("free-form outside the window is 400, code 131047")
            << textBody(kSheena, QStringLiteral("x"), QStringLiteral("c")) << kToken << 400 << 131047
            << int(ErrorCategory::WindowClosed);
        QTest::newRow("a recipient that is not a number is 400, code 100")
            << helloTemplate(QStringLiteral("not a number"), QStringLiteral("c")) << kToken << 400 << 100
            << int(ErrorCategory::Permanent);
        QJsonObject unknown = helloTemplate(kSheena, QStringLiteral("c"));
        unknown.insert(
            QStringLiteral("template"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("nope")},
                        {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}});
        QTest::newRow("an unknown template is 400, code 132001")
            << unknown << kToken << 400 << 132001 << int(ErrorCategory::Permanent);
    }

    void refusesWithTheRightStatusBodyAndCategory()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QByteArray, token);
        QFETCH(int, httpStatus);
        QFETCH(int, code);
        QFETCH(int, category);
        const ApiResponse r = send(body, token);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.httpStatus, httpStatus);
        QCOMPARE(r.error.code, code);
        QCOMPARE(int(r.error.category), category);
        QCOMPARE(r.error.type, QStringLiteral("OAuthException"));
        QVERIFY(!r.error.fbtraceId.isEmpty());
        QVERIFY(r.error.message.startsWith(QStringLiteral("(#%1)").arg(code)));
    }

    void throughputAbove20PerSecondIs429()
    {
        // The fake clock stands still: every send lands in the same second.
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                send(helloTemplate(QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0')), QString::number(i)))
                    .ok);
        const ApiResponse r = send(helloTemplate(QStringLiteral("+15550009999"), QStringLiteral("x")));
        QCOMPARE(r.error.httpStatus, 429);
        QCOMPARE(r.error.code, 130429);
        QCOMPARE(r.error.category, ErrorCategory::Throttled);
        m_clock.advanceMs(1000);
        QVERIFY(send(helloTemplate(QStringLiteral("+15550009999"), QStringLiteral("x"))).ok);
    }

    void webhooksAreSignedAndRetriedAfterANon200()
    {
        m_receiver->answers = {500};
        inbound(kSheena, QStringLiteral("Olá 👋"));
        QTRY_COMPARE(m_receiver->posts.size(), 1);
        WebhookDispatcher* dispatcher = m_sim->dispatcher();
        QTRY_COMPARE(dispatcher->inFlight(), 0); // the 500 came back
        QCOMPARE(dispatcher->pendingPosts(), 1);
        QCOMPARE(dispatcher->nextRetryMs(), m_clock.nowMs() + 1000);
        m_clock.advanceMs(999);
        m_sim->pump();
        QCOMPARE(dispatcher->inFlight(), 0); // not due yet: nothing was sent
        m_clock.advanceMs(1);
        QTRY_COMPARE(m_receiver->posts.size(), 2);
        const WebhookSignature verifier(kSecret);
        for (const Receiver::Post& p : m_receiver->posts) {
            QCOMPARE(p.body, m_receiver->posts.first().body);
            QVERIFY(verifier.verify(p.body, p.signature));
        }
        QVERIFY(m_receiver->posts.first().body.contains("Ol\\u00e1 \\ud83d\\udc4b"));
        const DecodeResult decoded = WebhookDecoder::decode(m_receiver->posts.first().body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.events.size(), 1);
        QCOMPARE(decoded.events.first().text, QStringLiteral("Olá 👋"));
        QTRY_COMPARE(m_sim->simulator().stats().webhookAcknowledged, qint64(1));
        QCOMPARE(m_sim->simulator().stats().webhookRetries, qint64(1));
    }

    void statusesReachTheReceiverWithTheClientId()
    {
        const ApiResponse r = send(helloTemplate(kSheena, QStringLiteral("client-42")));
        QVERIFY(r.ok);
        m_clock.advanceSecs(3600);
        QTRY_VERIFY(m_receiver->posts.size() >= 2);
        QSet<QString> statuses;
        for (const Receiver::Post& p : m_receiver->posts) {
            for (const Event& e : WebhookDecoder::decode(p.body).events) {
                QCOMPARE(e.wamid, r.wamid);
                QCOMPARE(e.callback, QStringLiteral("client-42"));
                statuses.insert(e.status);
            }
        }
        QVERIFY(statuses.contains(QStringLiteral("sent")));
        QVERIFY(statuses.contains(QStringLiteral("delivered")));
    }

    void mediaUploadsAndDownloads()
    {
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart product;
        product.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QByteArray("form-data; name=\"messaging_product\""));
        product.setBody("whatsapp");
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"file\"; filename=\"a.jpg\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/jpeg"));
        const QByteArray jpeg = QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(3000, '\x42');
        file.setBody(jpeg);
        multipart->append(product);
        multipart->append(file);
        const Reply uploaded =
            exchange("POST", duet::test::graphPath(QStringLiteral("106540352242922/media")), {}, kToken, multipart);
        QCOMPARE(uploaded.status, 200);
        const QString id = QJsonDocument::fromJson(uploaded.body).object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        const Reply info = exchange("GET", duet::test::graphPath(id));
        QCOMPARE(info.status, 200);
        const QString url = QJsonDocument::fromJson(info.body).object().value(QStringLiteral("url")).toString();
        QVERIFY(url.startsWith(m_sim->baseUrl()));
        const Reply bytes = exchange("GET", url);
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.contentType, QByteArray("image/jpeg"));
        QCOMPARE(bytes.body, jpeg);
        m_clock.advanceSecs(5 * 60);
        QCOMPARE(exchange("GET", url).status, 404);
        QCOMPARE(exchange("DELETE", duet::test::graphPath(id)).status, 200);
    }

    void statsAreServedAsJson()
    {
        inbound(kSheena, QStringLiteral("Hi"));
        QVERIFY(send(textBody(kSheena, QStringLiteral("a"), QStringLiteral("one"))).ok);
        QVERIFY(!send(textBody(QStringLiteral("+447700900123"), QStringLiteral("b"), QStringLiteral("two"))).ok);
        const Reply r = exchange("GET", QStringLiteral("/_sim/stats"), {}, {});
        QCOMPARE(r.status, 200);
        const QJsonObject stats = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(stats.value(QStringLiteral("accepted")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("accepted_by_client_id")).toObject().value(QStringLiteral("one")).toInt(),
                 1);
        QCOMPARE(stats.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("131047")).toInt(), 1);
    }

    void theProgramChecksItsCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("duet-sim ");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Usage: duet-sim");
        QTest::newRow("no options") << QStringList{} << 2 << QStringLiteral("are required");
        QTest::newRow("an unknown option")
            << QStringList{QStringLiteral("--fast")} << 2 << QStringLiteral("unknown option");
        QTest::newRow("a public listen address") << QStringList{QStringLiteral("--listen"),
                                                                QStringLiteral("0.0.0.0:0"),
                                                                QStringLiteral("--webhook-url"),
                                                                QStringLiteral("http://127.0.0.1:1/webhook"),
                                                                QStringLiteral("--app-secret-file"),
                                                                QStringLiteral("@private"),
                                                                QStringLiteral("--access-token-file"),
                                                                QStringLiteral("@private")}
                                                 << 2 << QStringLiteral("not a loopback address");
        QTest::newRow("a secret file others can read") << QStringList{QStringLiteral("--listen"),
                                                                      QStringLiteral("127.0.0.1:0"),
                                                                      QStringLiteral("--webhook-url"),
                                                                      QStringLiteral("http://127.0.0.1:1/webhook"),
                                                                      QStringLiteral("--app-secret-file"),
                                                                      QStringLiteral("@public"),
                                                                      QStringLiteral("--access-token-file"),
                                                                      QStringLiteral("@private")}
                                                       << 2 << QStringLiteral("chmod 600");
        QTest::newRow("a broken scenario") << QStringList{QStringLiteral("--listen"),
                                                          QStringLiteral("127.0.0.1:0"),
                                                          QStringLiteral("--webhook-url"),
                                                          QStringLiteral("http://127.0.0.1:1/webhook"),
                                                          QStringLiteral("--app-secret-file"),
                                                          QStringLiteral("@private"),
                                                          QStringLiteral("--access-token-file"),
                                                          QStringLiteral("@private"),
                                                          QStringLiteral("--scenario"),
                                                          QStringLiteral("@broken")}
                                           << 2 << QStringLiteral("--scenario:");
        QTest::newRow("a speed of zero") << QStringList{QStringLiteral("--speed"), QStringLiteral("0")} << 2
                                         << QStringLiteral("--speed needs");
    }

    void theProgramChecksItsCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString privateFile = dir.filePath(QStringLiteral("private"));
        const QString publicFile = dir.filePath(QStringLiteral("public"));
        const QString brokenFile = dir.filePath(QStringLiteral("broken.json"));
        for (const QString& path : {privateFile, publicFile, brokenFile}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(path == brokenFile ? "{\"timeline\": 3}" : "secret\n");
        }
        QFile::setPermissions(privateFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::setPermissions(publicFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        for (QString& a : args) {
            if (a == QLatin1String("@private"))
                a = privateFile;
            else if (a == QLatin1String("@public"))
                a = publicFile;
            else if (a == QLatin1String("@broken"))
                a = brokenFile;
        }
        QProcess p;
        p.start(test::programPath(QStringLiteral("sim/duet-sim")), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), exitCode);
        const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY2(output.contains(message), qPrintable(output));
        QVERIFY(!output.contains(QStringLiteral("secret\n")));
    }

    void theProgramServesUntilTerminated()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret"));
        QFile f(secret);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kToken);
        f.close();
        QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess p;
        p.start(test::programPath(QStringLiteral("sim/duet-sim")),
                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--webhook-url"),
                 m_receiver->url().toString(), QStringLiteral("--app-secret-file"), secret,
                 QStringLiteral("--access-token-file"), secret, QStringLiteral("--scenario"),
                 QStringLiteral(DUET_SIM_SCENARIOS_DIR "/test-basic.json"), QStringLiteral("--speed"),
                 QStringLiteral("100")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 10000);
        const QString line = QString::fromUtf8(p.readLine());
        QVERIFY2(line.startsWith(QStringLiteral("duet-sim listening on http://127.0.0.1:")), qPrintable(line));
        // At 100x, the scenario's first customer message (10 s) arrives within a fraction of a second.
        QTRY_VERIFY_WITH_TIMEOUT(!m_receiver->posts.isEmpty(), 10000);
        QVERIFY(WebhookSignature(kToken).verify(m_receiver->posts.first().body, m_receiver->posts.first().signature));
        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimHttp)
#include "TestSimHttp.moc"
