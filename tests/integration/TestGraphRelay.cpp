// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's Graph relay over loopback: an in-process hub in front of an in-process duet-sim.
#include "AgentRegistry.h"
#include "DomainToString.h"
#include "GraphRelay.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "SendAdmission.h"
#include "SimService.h"
#include "Simulator.h"
#include "cloudapi/ApiError.h"
#include "core/Clock.h"
#include "outbound/MediaTransfer.h"
#include "store/Database.h"
#include "sync/SyncClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;

namespace {

const QByteArray kMetaToken = "EAAG-relay-test-meta-token";
const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kVersion = cloudapi::graphApiVersion();

/// A budget that refuses every counted send with a fixed answer and records what it saw.
class RefusingAdmission final : public hub::SendAdmission
{
public:
    hub::Admission refusal;
    QList<hub::RelayedSend> admitted;
    QList<QPair<hub::RelayedSend, int>> answers; ///< send -> Meta's status

    void admit(const hub::RelayedSend& send, std::function<void(const hub::Admission&)> proceed) override
    {
        if (send.counted && !refusal.reason.isEmpty()) {
            proceed(refusal);
            return;
        }
        admitted.append(send);
        proceed(hub::Admission{});
    }
    void answered(const hub::RelayedSend& send, int httpStatus, int) override { answers.append({send, httpStatus}); }
};

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QJsonObject graphError() const
    {
        return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    }
};

} // namespace

class TestGraphRelay : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<hub::HubServer> m_hub;
    store::Database m_db;
    QNetworkAccessManager m_nam;
    QString m_token;
    RefusingAdmission m_admission;

    QUrl relay() const { return sync::SyncClient::relayUrl(m_hub->agentsUrl()); }

    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                const QByteArray& token = QByteArray(), const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QUrl url = relay();
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            url.setQuery(path.mid(q + 1), QUrl::StrictMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + (token.isNull() ? m_token.toUtf8() : token));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto& h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply* reply = method == "POST" ? m_nam.post(request, body) : m_nam.get(request);
        Answer a;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            return a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        a.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return a;
    }

    static QByteArray templateSend(const QString& to)
    {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                               {QStringLiteral("to"), to},
                               {QStringLiteral("type"), QStringLiteral("template")},
                               {QStringLiteral("template"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                            {QStringLiteral("language"),
                                             QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}})
            .toJson(QJsonDocument::Compact);
    }
    QString messagesPath(const QString& phone = kPhoneNumberId) const
    {
        return QStringLiteral("/%1/%2/messages").arg(kVersion, phone);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        sim::SimOptions options;
        options.accessToken = kMetaToken;
        options.seed = 5;
        options.scenario.tierLimit = 100000;
        m_sim = std::make_unique<sim::SimService>(m_clock, options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));

        hub::HubConfig config;
        config.db = m_dir->filePath(QStringLiteral("hub.db"));
        config.listenPort = 0;
        config.appSecret = test::kHubAppSecret;
        config.verifyToken = test::kHubVerifyToken;
        config.phoneNumberId = kPhoneNumberId;
        config.accessToken = kMetaToken;
        config.graphBaseUrl = m_sim->baseUrl();
        m_admission = RefusingAdmission();
        m_hub = std::make_unique<hub::HubServer>(config, m_clock);
        m_hub->setSendAdmission(&m_admission);
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        store::DatabaseLocation location;
        QVERIFY(store::DatabaseLocation::parse(config.db, &location, &error));
        QVERIFY2(m_db.open(location, &error), qPrintable(error));
        QVERIFY2(hub::AgentRegistry(m_db.connection())
                     .add(QStringLiteral("ana"), sync::Role::Agent, m_clock.nowSecs(), &m_token, &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_db.close();
        if (m_hub)
            m_hub->stop();
        m_hub.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void relayUrlSitsNextToAgents()
    {
        QCOMPARE(sync::SyncClient::relayUrl(QUrl(QStringLiteral("ws://127.0.0.1:8080/agents"))),
                 QUrl(QStringLiteral("http://127.0.0.1:8080/graph")));
        QCOMPARE(sync::SyncClient::relayUrl(QUrl(QStringLiteral("wss://duet.example.com/team/agents"))),
                 QUrl(QStringLiteral("https://duet.example.com/team/graph")));
        QVERIFY(!sync::SyncClient::relayUrl(QUrl(QStringLiteral("ftp://x/agents"))).isValid());
    }

    void aSendGoesThroughWithMetasTokenAndLaneAndSession()
    {
        const Answer a = call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321")), {},
                              {{"X-Duet-Lane", "bulk"}, {"X-Duet-Session", "s-42"}});
        QCOMPARE(a.status, 200); // the simulator accepts only Meta's token: the hub added it
        QVERIFY(a.body.contains("wamid."));
        QCOMPARE(m_sim->simulator().stats().accepted, 1);
        QCOMPARE(m_admission.admitted.size(), 1);
        const hub::RelayedSend s = m_admission.admitted.first();
        QCOMPARE(s.agent, QStringLiteral("ana"));
        QCOMPARE(s.session, QStringLiteral("s-42"));
        QCOMPARE(s.recipient, QStringLiteral("5511987654321"));
        QVERIFY(!s.live);
        QVERIFY(s.counted);
        QCOMPARE(m_admission.answers.size(), 1);
        QCOMPARE(m_admission.answers.first().second, 200);
    }

    void aReadReceiptIsNotCounted()
    {
        const QByteArray read = R"({"messaging_product":"whatsapp","status":"read","message_id":"wamid.X"})";
        call("POST", messagesPath(), read);
        QCOMPARE(m_admission.admitted.size(), 1);
        QVERIFY(!m_admission.admitted.first().counted);
        QVERIFY(m_admission.admitted.first().live); // no lane header: live
    }

    void aRefusalPassesItsStatusCodeAndRetryAfter()
    {
        m_admission.refusal.ok = false;
        m_admission.refusal.httpStatus = 429;
        m_admission.refusal.graphCode = 130429;
        m_admission.refusal.reason = QStringLiteral("lease_exceeded");
        m_admission.refusal.message = QStringLiteral("this desktop is over its lease");
        m_admission.refusal.retryAfterMs = 2500;
        const Answer a = call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321")));
        QCOMPARE(a.status, 429);
        QCOMPARE(a.retryAfter, QByteArray("3"));
        const QJsonObject e = a.graphError();
        QCOMPARE(e.value(QLatin1String("code")).toInt(), 130429);
        QCOMPARE(e.value(QLatin1String("duet_reason")).toString(), QStringLiteral("lease_exceeded"));
        QCOMPARE(e.value(QLatin1String("message")).toString(), QStringLiteral("this desktop is over its lease"));
        QVERIFY(e.value(QLatin1String("error_data")).toObject().contains(QLatin1String("details")));
        QCOMPARE(m_sim->simulator().stats().accepted, 0); // never forwarded
        QVERIFY(m_admission.answers.isEmpty());
    }

    void aBadTokenIsRefused()
    {
        const Answer a = call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321")), "dt_not-a-token");
        QCOMPARE(a.status, 401);
        QCOMPARE(a.graphError().value(QLatin1String("code")).toInt(), 190);
        const Answer none = call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321")), "");
        QCOMPARE(none.status, 401);
        // Meta's own token is not an agent's: it opens nothing.
        QCOMPARE(call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321")), kMetaToken).status, 401);
        QCOMPARE(m_sim->simulator().stats().accepted, 0);
    }

    void aRevokedAgentsNextSendIsRefused()
    {
        QCOMPARE(call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321"))).status, 200);
        QString error;
        QVERIFY2(hub::AgentRegistry(m_db.connection()).revoke(QStringLiteral("ana"), m_clock.nowSecs(), &error),
                 qPrintable(error));
        const Answer a = call("POST", messagesPath(), templateSend(QStringLiteral("5511987654321")));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.graphError().value(QLatin1String("duet_reason")).toString(), QStringLiteral("revoked"));
        QCOMPARE(m_sim->simulator().stats().accepted, 1);
    }

    void anotherPhoneNumberIdIsRefused()
    {
        const Answer a = call("POST", messagesPath(QStringLiteral("999999999999999")),
                              templateSend(QStringLiteral("5511987654321")));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.graphError().value(QLatin1String("duet_reason")).toString(),
                 QStringLiteral("wrong_phone_number_id"));
        QCOMPARE(m_sim->simulator().stats().accepted, 0);
    }

    void unknownPathsAreNotRelayed()
    {
        for (const auto& [method, path] :
             {std::pair<QByteArray, QString>{"GET",
                                             QStringLiteral("/%1/%2/message_templates").arg(kVersion, kPhoneNumberId)},
              {"POST", QStringLiteral("/%1/%2/register").arg(kVersion, kPhoneNumberId)},
              {"GET", QStringLiteral("/%1/me").arg(kVersion) + QStringLiteral("/accounts")},
              {"POST", QStringLiteral("/%1/12345").arg(kVersion)},
              {"GET", QStringLiteral("/%1/%2").arg(kVersion, kPhoneNumberId)},
              {"GET", QStringLiteral("/_sim/stats")}}) {
            const Answer a = call(method, path, "{}");
            QVERIFY2(a.status == 404, qPrintable(path));
            QCOMPARE(a.graphError().value(QLatin1String("duet_reason")).toString(), QStringLiteral("not_relayed"));
        }
    }

    void downloadsOnlyFromAllowedHosts()
    {
        const hub::GraphRelay& relay = m_hub->relay();
        QVERIFY(relay.isAllowedDownload(QUrl(QStringLiteral("https://lookaside.fbsbx.com/whatsapp_business/x?mid=1"))));
        QVERIFY(relay.isAllowedDownload(QUrl(m_sim->baseUrl() + QStringLiteral("/media/abc"))));
        QVERIFY(!relay.isAllowedDownload(QUrl(QStringLiteral("http://lookaside.fbsbx.com/x")))); // not https
        QVERIFY(!relay.isAllowedDownload(QUrl(QStringLiteral("https://fbsbx.com.evil.example/x"))));
        QVERIFY(!relay.isAllowedDownload(QUrl(QStringLiteral("http://127.0.0.1:1/x"))));
        QVERIFY(!relay.isAllowedDownload(QUrl(QStringLiteral("https://user:pw@graph.facebook.com/x"))));
        const Answer a =
            call("GET", QStringLiteral("/download?url=") + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral(
                                                               "http://169.254.169.254/latest/meta-data/"))));
        QCOMPARE(a.status, 403);
        QCOMPARE(a.graphError().value(QLatin1String("duet_reason")).toString(),
                 QStringLiteral("download_host_not_allowed"));
    }

    /// What the outbox makes of the relay's answers when Meta is not there: a request that left
    /// and got no answer is uncertain (no Graph error object); one that never left is a definite,
    /// retryable refusal (Graph code 2).
    void aLostMetaIsUncertainAndAnUnreachableOneIsNotSent()
    {
        net::HttpServer silent; // takes requests and never answers
        QList<net::HttpReply> held;
        silent.setFallback([&held](const net::HttpRequest&, net::HttpReply r) { held << std::move(r); });
        const quint16 silentPort = silent.listen(QHostAddress::LocalHost, 0);
        QVERIFY(silentPort != 0);
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        for (const auto& [port, lost] : {std::pair{silentPort, true}, std::pair{closedPort, false}}) {
            hub::GraphRelay::Settings settings;
            settings.phoneNumberId = kPhoneNumberId;
            settings.graphBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            settings.accessToken = kMetaToken;
            settings.requestTimeoutMs = 500;
            hub::GraphRelay relay(
                settings, m_nam,
                [](const QString& token, const QHostAddress&, const QByteArray&, hub::AgentInfo* agent) {
                    agent->name = QStringLiteral("ana");
                    return token == QLatin1String("dt_ok") ? hub::AgentServer::Login::Ok
                                                           : hub::AgentServer::Login::Unauthorized;
                });
            net::HttpServer front;
            relay.install(front);
            const quint16 frontPort = front.listen(QHostAddress::LocalHost, 0);
            QVERIFY(frontPort != 0);
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1/graph%2").arg(frontPort).arg(messagesPath())));
            request.setRawHeader("Authorization", "Bearer dt_ok");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply* reply = m_nam.post(request, templateSend(QStringLiteral("5511987654321")));
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000));
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const cloudapi::ApiResponse r = cloudapi::parseGraphResponse(cloudapi::Transport::Completed, status,
                                                                         reply->readAll(), reply->rawHeaderPairs(), 0);
            QVERIFY(!r.ok);
            QCOMPARE(r.error.category, cloudapi::ErrorCategory::Transient);
            if (lost) {
                QCOMPARE(status, 504);
                QVERIFY(r.error.code < 0); // OutboundDriver: a 5xx without Meta's body -> uncertain
                QCOMPARE(held.size(), 1);  // it did reach "Meta"
            } else {
                QCOMPARE(status, 503);
                QCOMPARE(r.error.code, 2); // OutboundDriver: queued, retried with back-off
            }
            QCOMPARE(relay.inFlight(), 0);
        }
    }

    void aLargeMediaGoesUpAndStreamsDown()
    {
        // 12 MB of a PDF: up through the relay as multipart, then down through it in pieces.
        QByteArray content("%PDF-1.4\n");
        QByteArray block(64 * 1024, '\0');
        for (int i = 0; content.size() < 12 * 1024 * 1024; ++i) {
            for (qsizetype j = 0; j < block.size(); ++j)
                block[j] = char((i * 131 + j * 7) & 0xff);
            content += block;
        }
        const QString file = m_dir->filePath(QStringLiteral("statement.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        outbound::MediaEndpoint endpoint;
        endpoint.baseUrl = relay();
        endpoint.apiVersion = kVersion;
        endpoint.phoneNumberId = kPhoneNumberId;
        endpoint.accessToken = m_token.toUtf8();
        endpoint.session = "s-1";
        outbound::MediaUploader uploader;
        uploader.setEndpoint(endpoint);
        QSignalSpy uploaded(&uploader, &outbound::MediaUploader::finished);
        QSignalSpy uploadFailed(&uploader, &outbound::MediaUploader::failed);
        QString error;
        QVERIFY2(uploader.upload(file, &error) != 0, qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return !uploaded.isEmpty() || !uploadFailed.isEmpty(); }, 60000));
        QVERIFY2(uploadFailed.isEmpty(), qPrintable(uploadFailed.value(0).value(1).toString()));
        const QString mediaId = uploaded.first().at(1).toString();

        outbound::MediaDownloader downloader(m_dir->filePath(QStringLiteral("cache")));
        downloader.setEndpoint(endpoint);
        QSignalSpy done(&downloader, &outbound::MediaDownloader::downloaded);
        QSignalSpy failed(&downloader, &outbound::MediaDownloader::failed);
        QSignalSpy progress(&downloader, &outbound::MediaDownloader::progress);
        downloader.download(mediaId);
        QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QFile got(done.first().at(1).toString());
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(got.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY2(progress.size() > 2, "the bytes came in pieces");
        QCOMPARE(m_hub->relay().inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphRelay)
#include "TestGraphRelay.moc"
