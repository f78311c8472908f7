// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's HTTP endpoint over real loopback HTTP and WebSocket, with a sink the test completes by hand.
#include "FakeClock.h"
#include "HubMetrics.h"
#include "Metrics.h"
#include "WebhookEndpoint.h"
#include "cloudapi/WebhookSignature.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace duet;
using namespace duet::hub;

namespace {

const QByteArray kAppSecret = "test-app-secret-0123456789abcdef";
const QByteArray kVerifyToken = "test-verify-token";
// A body as Meta writes it: non-ASCII as \u escapes, and the signature covers exactly these bytes.
const QByteArray kBody = R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",)"
                         R"("value":{"messaging_product":"whatsapp","messages":[{"from":"15551234567","id":"wamid.A",)"
                         R"("timestamp":"1750000000","type":"text","text":{"body":"Ol\u00e1 \ud83d\ude00"}}]}}]}]})";

/// A stand-in for the store: records every body it is given and completes only when told to.
class FakeSink final : public WebhookSink
{
public:
    struct Pending
    {
        QByteArray body;
        Done done;
    };
    std::vector<Pending> pending;
    Health status;

    void accept(const QByteArray& rawBody, Done done) override { pending.push_back({rawBody, std::move(done)}); }
    Health health() const override { return status; }
};

/// Keeps the WebSocket connections /agents hands over, echoing text frames back.
class FakeAgents final : public AgentSocketHandler
{
public:
    std::vector<std::unique_ptr<QWebSocket>> sockets;

    void acceptAgent(std::unique_ptr<QWebSocket> socket) override
    {
        QWebSocket* s = socket.get();
        QObject::connect(s, &QWebSocket::textMessageReceived, s,
                         [s](const QString& text) { s->sendTextMessage(QStringLiteral("echo:") + text); });
        sockets.push_back(std::move(socket));
    }
};

int statusOf(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestWebhookEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void handshake_data();
    void handshake();
    void signedPostIsAnsweredOnlyAfterCommit();
    void concurrentPostsAreAnsweredEachByItsOwnOutcome();
    void refusedPostReachesNothing_data();
    void refusedPostReachesNothing();
    void bodyOverTheLimitIsRefused();
    void bodyAtTheLimitIsAccepted();
    void unavailableStoreAnswers503();
    void completionFromAnotherThreadIsSentFromTheServerThread();
    void clientGoneBeforeCommitIsHarmless();
    void healthz_data();
    void healthz();
    void metricsCountOutcomesAndCommitLatency();
    void unknownPathsAndMethods_data();
    void unknownPathsAndMethods();
    void agentsUpgradeReachesTheHandler();
    void plainRequestToAgentsIsBadRequest();
    void upgradeElsewhereIsDropped();
    void sinkThatDropsTheCallbackYields500_data();
    void sinkThatDropsTheCallbackYields500();

private:
    QNetworkReply* get(const QString& pathAndQuery);
    QNetworkReply* post(const QByteArray& body, const QByteArray& signature);
    QUrl url(const QString& pathAndQuery) const;

    std::unique_ptr<Metrics> m_registry;
    std::unique_ptr<HubMetrics> m_metrics;
    std::unique_ptr<test::FakeClock> m_clock;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<FakeAgents> m_agents;
    std::unique_ptr<WebhookEndpoint> m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
};

void TestWebhookEndpoint::init()
{
    m_registry = std::make_unique<Metrics>();
    m_metrics = std::make_unique<HubMetrics>(*m_registry);
    m_clock = std::make_unique<test::FakeClock>();
    m_sink = std::make_unique<FakeSink>();
    m_agents = std::make_unique<FakeAgents>();
    m_endpoint = std::make_unique<WebhookEndpoint>(WebhookEndpoint::Secrets{kAppSecret, kVerifyToken}, *m_sink,
                                                   *m_agents, *m_metrics, *m_clock);
    m_port = m_endpoint->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(m_port != 0, qPrintable(m_endpoint->errorString()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestWebhookEndpoint::cleanup()
{
    m_nam.reset();
    m_endpoint.reset();
    m_agents.reset();
    m_sink.reset();
}

QUrl TestWebhookEndpoint::url(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QNetworkReply* TestWebhookEndpoint::get(const QString& pathAndQuery)
{
    QNetworkReply* reply = m_nam->get(QNetworkRequest(url(pathAndQuery)));
    reply->setParent(m_nam.get());
    return reply;
}

QNetworkReply* TestWebhookEndpoint::post(const QByteArray& body, const QByteArray& signature)
{
    QNetworkRequest request(url(QStringLiteral("/webhook")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!signature.isNull())
        request.setRawHeader("X-Hub-Signature-256", signature);
    return m_nam->post(request, body);
}

void TestWebhookEndpoint::handshake_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("the right token is answered with the raw challenge")
        << QStringLiteral("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=test-verify-token") << 200
        << QByteArray("1158201444");
    QTest::newRow("a wrong token is forbidden")
        << QStringLiteral("hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess") << 403 << QByteArray();
    QTest::newRow("a wrong mode is forbidden")
        << QStringLiteral("hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=test-verify-token") << 403
        << QByteArray();
    QTest::newRow("a missing token is forbidden")
        << QStringLiteral("hub.mode=subscribe&hub.challenge=1158201444") << 403 << QByteArray();
}

void TestWebhookEndpoint::handshake()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    QNetworkReply* reply = get(QStringLiteral("/webhook?") + query);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), status);
    if (status == 200) {
        QCOMPARE(reply->readAll(), body);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/plain")));
    }
    QVERIFY(m_sink->pending.empty());
}

void TestWebhookEndpoint::signedPostIsAnsweredOnlyAfterCommit()
{
    const QByteArray signature = cloudapi::WebhookSignature(kAppSecret).sign(kBody);
    QNetworkReply* reply = post(kBody, signature);
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(1));
    QCOMPARE(m_sink->pending[0].body, kBody); // the raw bytes, unchanged
    QCOMPARE(m_endpoint->pendingCount(), 1);

    // A full request/response on another connection completes while the POST still waits.
    QNetworkReply* health = get(QStringLiteral("/healthz"));
    QTRY_VERIFY(health->isFinished());
    QCOMPARE(statusOf(health), 200);
    QVERIFY(!reply->isFinished());

    m_sink->pending[0].done(WebhookSink::Outcome::Committed);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(m_endpoint->pendingCount(), 0);

    // The connection stays usable for the next delivery (keep-alive).
    QNetworkReply* second = post(kBody, signature);
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(2));
    m_sink->pending[1].done(WebhookSink::Outcome::Committed);
    QTRY_VERIFY(second->isFinished());
    QCOMPARE(statusOf(second), 200);
}

void TestWebhookEndpoint::concurrentPostsAreAnsweredEachByItsOwnOutcome()
{
    const cloudapi::WebhookSignature signer(kAppSecret);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 4; ++i) {
        const QByteArray body = kBody + QByteArray(i, ' ');
        replies << post(body, signer.sign(body));
    }
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(4));
    // Completed in reverse order of arrival; the odd ones fail.
    for (int i = 3; i >= 0; --i)
        m_sink->pending[i].done(i % 2 ? WebhookSink::Outcome::Unavailable : WebhookSink::Outcome::Committed);
    for (QNetworkReply* r : replies)
        QTRY_VERIFY(r->isFinished());
    for (const FakeSink::Pending& p : m_sink->pending) {
        const int i = int(p.body.size() - kBody.size());
        QNetworkReply* r = replies[i];
        QCOMPARE(statusOf(r), i % 2 ? 503 : 200);
    }
}

void TestWebhookEndpoint::refusedPostReachesNothing_data()
{
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("an unsigned post") << QByteArray();
    QTest::newRow("a signature made with another secret") << cloudapi::WebhookSignature("not-the-secret").sign(kBody);
    QTest::newRow("a signature over other bytes")
        << cloudapi::WebhookSignature(kAppSecret).sign(QByteArray(kBody + ' '));
    QTest::newRow("a signature without the sha256= prefix")
        << cloudapi::WebhookSignature(kAppSecret).sign(kBody).mid(int(sizeof("sha256=")) - 1);
    QTest::newRow("an empty signature header") << QByteArray("");
}

void TestWebhookEndpoint::refusedPostReachesNothing()
{
    QFETCH(QByteArray, signature);

    QNetworkReply* reply = post(kBody, signature);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 401);
    QVERIFY(m_sink->pending.empty());
    QCOMPARE(m_endpoint->pendingCount(), 0);
}

void TestWebhookEndpoint::bodyOverTheLimitIsRefused()
{
    QByteArray body = kBody;
    body.append(m_endpoint->maxBodyBytes() + 1 - body.size(), ' ');
    QNetworkReply* reply = post(body, cloudapi::WebhookSignature(kAppSecret).sign(body));
    QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(20000));
    QCOMPARE(statusOf(reply), 413);
    QVERIFY(m_sink->pending.empty());
}

void TestWebhookEndpoint::bodyAtTheLimitIsAccepted()
{
    QByteArray body = kBody;
    body.append(m_endpoint->maxBodyBytes() - body.size(), ' ');
    QNetworkReply* reply = post(body, cloudapi::WebhookSignature(kAppSecret).sign(body));
    QTRY_COMPARE_WITH_TIMEOUT(m_sink->pending.size(), std::size_t(1), 20000);
    QCOMPARE(m_sink->pending[0].body.size(), body.size());
    m_sink->pending[0].done(WebhookSink::Outcome::Committed);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
}

void TestWebhookEndpoint::unavailableStoreAnswers503()
{
    QNetworkReply* reply = post(kBody, cloudapi::WebhookSignature(kAppSecret).sign(kBody));
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(1));
    m_sink->pending[0].done(WebhookSink::Outcome::Unavailable);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 503);
}

void TestWebhookEndpoint::completionFromAnotherThreadIsSentFromTheServerThread()
{
    QNetworkReply* reply = post(kBody, cloudapi::WebhookSignature(kAppSecret).sign(kBody));
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(1));
    WebhookSink::Done done = m_sink->pending[0].done;
    std::unique_ptr<QThread> committer(QThread::create([done] {
        done(WebhookSink::Outcome::Committed);
        done(WebhookSink::Outcome::Unavailable); // a second call changes nothing
    }));
    committer->start();
    QVERIFY(committer->wait(10000));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
    QCOMPARE(m_endpoint->pendingCount(), 0);
}

void TestWebhookEndpoint::clientGoneBeforeCommitIsHarmless()
{
    QNetworkReply* reply = post(kBody, cloudapi::WebhookSignature(kAppSecret).sign(kBody));
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(1));
    reply->abort();
    // Let the server notice the closed connection before the commit completes.
    QNetworkReply* health = get(QStringLiteral("/healthz"));
    QTRY_VERIFY(health->isFinished());
    m_sink->pending[0].done(WebhookSink::Outcome::Committed);
    QCOMPARE(m_endpoint->pendingCount(), 0);

    QNetworkReply* next = get(QStringLiteral("/healthz"));
    QTRY_VERIFY(next->isFinished());
    QCOMPARE(statusOf(next), 200);
}

void TestWebhookEndpoint::healthz_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("a healthy sink says ok") << true << QString() << 200 << QByteArray("ok\n");
    QTest::newRow("a healthy sink adds its detail")
        << true << QStringLiteral("log head 42") << 200 << QByteArray("ok\nlog head 42\n");
    QTest::newRow("a sink without its database is unavailable")
        << false << QStringLiteral("database unreachable") << 503 << QByteArray("unavailable\ndatabase unreachable\n");
}

void TestWebhookEndpoint::healthz()
{
    QFETCH(bool, ok);
    QFETCH(QString, detail);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    m_sink->status = {ok, detail};
    QNetworkReply* reply = get(QStringLiteral("/healthz"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), status);
    QCOMPARE(reply->readAll(), body);
}

void TestWebhookEndpoint::metricsCountOutcomesAndCommitLatency()
{
    const cloudapi::WebhookSignature signer(kAppSecret);
    QNetworkReply* accepted = post(kBody, signer.sign(kBody));
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(1));
    m_clock->advanceMs(30);
    m_sink->pending[0].done(WebhookSink::Outcome::Committed);
    QTRY_VERIFY(accepted->isFinished());
    QNetworkReply* forged = post(kBody, cloudapi::WebhookSignature("other").sign(kBody));
    QTRY_VERIFY(forged->isFinished());
    m_metrics->setAgentsConnected(3);
    m_metrics->setLogHead(1234);

    QNetworkReply* reply = get(QStringLiteral("/metrics"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .startsWith(QLatin1String("text/plain; version=0.0.4")));
    const QByteArray text = reply->readAll();
    const QByteArrayList expected = {
        "# TYPE duet_webhooks_total counter\n",
        "duet_webhooks_total{result=\"accepted\"} 1\n",
        "duet_webhooks_total{result=\"unauthorized\"} 1\n",
        "duet_webhooks_total{result=\"too_large\"} 0\n",
        "duet_events_total{kind=\"message\"} 0\n",
        "duet_commit_seconds_bucket{le=\"0.025\"} 0\n",
        "duet_commit_seconds_bucket{le=\"0.05\"} 1\n",
        "duet_commit_seconds_bucket{le=\"+Inf\"} 1\n",
        "duet_commit_seconds_sum 0.03\n",
        "duet_commit_seconds_count 1\n",
        "duet_agents_connected 3\n",
        "duet_log_head 1234\n",
    };
    for (const QByteArray& line : expected)
        QVERIFY2(text.contains(line), line.constData());
}

void TestWebhookEndpoint::unknownPathsAndMethods_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("an unknown path is not found") << QByteArray("GET") << QStringLiteral("/nowhere") << 404;
    QTest::newRow("PUT on the webhook is not allowed") << QByteArray("PUT") << QStringLiteral("/webhook") << 405;
    QTest::newRow("DELETE on metrics is not allowed") << QByteArray("DELETE") << QStringLiteral("/metrics") << 405;
}

void TestWebhookEndpoint::unknownPathsAndMethods()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);

    QNetworkReply* reply = m_nam->sendCustomRequest(QNetworkRequest(url(path)), verb);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), status);
    QVERIFY(m_sink->pending.empty());
}

void TestWebhookEndpoint::agentsUpgradeReachesTheHandler()
{
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_port)));
    QVERIFY(connected.wait(10000));
    QTRY_COMPARE(m_agents->sockets.size(), std::size_t(1));

    client.sendTextMessage(QStringLiteral("{\"type\":\"hello\"}"));
    QVERIFY(received.wait(10000));
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("echo:{\"type\":\"hello\"}"));

    // The HTTP side keeps working beside the WebSocket.
    QNetworkReply* reply = get(QStringLiteral("/healthz"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 200);
    client.close();
}

void TestWebhookEndpoint::plainRequestToAgentsIsBadRequest()
{
    QNetworkReply* reply = get(QStringLiteral("/agents"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 400);
    QVERIFY(m_agents->sockets.empty());
}

void TestWebhookEndpoint::upgradeElsewhereIsDropped()
{
    QWebSocket client;
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/webhook").arg(m_port)));
    QVERIFY(disconnected.wait(10000));
    QVERIFY(m_agents->sockets.empty());
    QVERIFY(m_sink->pending.empty());
}

void TestWebhookEndpoint::sinkThatDropsTheCallbackYields500_data()
{
    QTest::addColumn<bool>("onAnotherThread");

    QTest::newRow("dropped on the server's thread") << false;
    QTest::newRow("dropped on a worker thread") << true;
}

void TestWebhookEndpoint::sinkThatDropsTheCallbackYields500()
{
    QFETCH(bool, onAnotherThread);

    QNetworkReply* reply = post(kBody, cloudapi::WebhookSignature(kAppSecret).sign(kBody));
    QTRY_COMPARE(m_sink->pending.size(), std::size_t(1));
    WebhookSink::Done done = std::move(m_sink->pending[0].done);
    m_sink->pending.clear();
    if (onAnotherThread) {
        // The worker holds the last copy and lets it go without calling it.
        std::unique_ptr<QThread> worker(QThread::create([d = std::move(done)]() mutable { d = nullptr; }));
        worker->start();
        QVERIFY(worker->wait(10000));
    } else {
        done = nullptr;
    }
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(statusOf(reply), 500); // Meta retries a 500 like a 503
    QCOMPARE(m_endpoint->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestWebhookEndpoint)
#include "TestWebhookEndpoint.moc"
