// SPDX-License-Identifier: GPL-3.0-or-later
// The one-time contact and history requests: a real hub and duet-sim over loopback, once each, a
// restart between the request and Meta's webhooks, and a repeat Meta refuses.
#include "FakeClock.h"
#include "HubServer.h"
#include "SimService.h"
#include "Simulator.h"
#include "WebhookDispatcher.h"
#include "onboarding/AppDataRequest.h"
#include "store/Database.h"
#include "store/ImportStatus.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using Outcome = hub::Onboarding::SyncResult::Outcome;

namespace {

// Two customers in the phone app's history (one photo from yesterday, one from 20 days ago), two
// chunks listed out of order, and the address book.
const char* const kScenario = R"({
  "contacts": [ { "phone_number": "16505551234", "full_name": "Sheena Nelson", "first_name": "Sheena" } ],
  "customers": [ { "wa_id": "16505551234", "name": "Sheena" }, { "wa_id": "4915112345678", "name": "Jonas" } ],
  "history": { "chunks": [
    { "phase": 1, "chunk_order": 1, "progress": 100, "threads": [ { "id": "4915112345678", "messages": [
        { "from_me": false, "ago_s": 1728000, "type": "media_placeholder", "status": "READ",
          "media": { "type": "image", "mime_type": "image/jpeg" } } ] } ] },
    { "phase": 0, "chunk_order": 1, "progress": 50, "threads": [ { "id": "16505551234", "messages": [
        { "from_me": false, "ago_s": 80000, "type": "text", "text": "Is the shop open tomorrow?", "status": "READ" },
        { "from_me": true, "ago_s": 79000, "type": "media_placeholder", "status": "READ",
          "media": { "type": "image", "mime_type": "image/jpeg" } } ] } ] } ] }
})";

constexpr char kToken[] = "import-test-token";
constexpr char kSecret[] = "import-test-app-secret";

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestImportRequests : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestsContactsThenHistoryOnceAndImportsThem();
    void aRepeatIsNotSentUnlessAskedAndThenMetaRefusesIt();
    void aRestartBetweenTheRequestAndTheWebhooksLosesNothing();
    void withoutAnAccessTokenNothingIsAsked();

private:
    bool startHub(bool withToken = true)
    {
        hub::HubConfig config;
        config.db = m_dir->filePath(QStringLiteral("hub.db"));
        config.listenPort = m_hubPort;
        config.appSecret = kSecret;
        config.verifyToken = "verify";
        if (withToken) {
            config.accessToken = kToken;
            config.phoneNumberId = m_sim->simulator().scenario().phoneNumberId;
        }
        config.graphBaseUrl = m_sim->baseUrl();
        m_hub = std::make_unique<hub::HubServer>(config, m_realClock);
        QString error;
        const bool ok = m_hub->start(&error);
        if (!ok)
            qWarning("hub: %s", qPrintable(error));
        return ok;
    }

    QList<hub::Onboarding::SyncResult> request(bool again)
    {
        QList<hub::Onboarding::SyncResult> results;
        bool done = false;
        m_hub->onboarding().requestSyncs(again, QStringLiteral("ana"),
                                         [&](const QList<hub::Onboarding::SyncResult>& r) {
                                             results = r;
                                             done = true;
                                         });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("the requests did not finish");
        return results;
    }

    /// Moves the simulator's time on, so the webhooks it scheduled go out.
    void advanceSim(qint64 secs)
    {
        for (qint64 i = 0; i < secs * 10; ++i) {
            m_simClock.advanceMs(100);
            m_sim->pump();
        }
    }

    store::ImportStatus status()
    {
        store::DatabaseLocation location;
        location.path = m_dir->filePath(QStringLiteral("hub.db"));
        store::Database db;
        store::ImportStatus s;
        QString error;
        if (!db.open(location, &error) || !store::readImportStatus(db.connection(), {}, &s, &error))
            qWarning("status: %s", qPrintable(error));
        return s;
    }

    int simErrors(int code) { return int(m_sim->simulator().stats().errorsByCode.value(code)); }

    test::FakeClock m_simClock;
    SystemClock m_realClock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<hub::HubServer> m_hub;
    quint16 m_hubPort = 0;
};

void TestImportRequests::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_hubPort = freePort();
    QVERIFY(m_hubPort != 0);
    sim::SimOptions options;
    QString error;
    QVERIFY2(sim::Scenario::load(kScenario, &options.scenario, &error), qPrintable(error));
    options.accessToken = kToken;
    options.appSecret = kSecret;
    options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_hubPort));
    m_sim = std::make_unique<sim::SimService>(m_simClock, options);
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void TestImportRequests::cleanup()
{
    m_hub.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestImportRequests::requestsContactsThenHistoryOnceAndImportsThem()
{
    QVERIFY(startHub());
    const QList<hub::Onboarding::SyncResult> results = request(false);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).syncType, QStringLiteral("smb_app_state_sync"));
    QCOMPARE(results.at(1).syncType, QStringLiteral("history"));
    for (const auto& r : results) {
        QCOMPARE(r.outcome, Outcome::Requested);
        QVERIFY(!r.answer.requestId.isEmpty());
        QVERIFY(r.seq > 0);
    }
    QCOMPARE(hub::Onboarding::ackReason(results), QString());

    advanceSim(5); // the contact sync, both chunks and the follow-up with yesterday's photo
    QTRY_COMPARE_WITH_TIMEOUT(status().chunks, 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(status().contactsImported, 1, 10'000);
    const store::ImportStatus s = status();
    QVERIFY(s.contacts && s.contacts->state == QLatin1String("requested"));
    QVERIFY(s.history && s.history->state == QLatin1String("requested"));
    QCOMPARE(s.history->agent, QStringLiteral("ana"));
    QCOMPARE(s.progress, 100);
    QCOMPARE(s.historyConversations, 2); // nobody's work until someone writes live
    QCOMPARE(simErrors(100), 0);
}

void TestImportRequests::aRepeatIsNotSentUnlessAskedAndThenMetaRefusesIt()
{
    QVERIFY(startHub());
    QCOMPARE(request(false).size(), 2);
    // Asked again by accident (a second supervisor, a second run of setup): nothing reaches Meta.
    const QList<hub::Onboarding::SyncResult> accident = request(false);
    QCOMPARE(accident.size(), 2);
    for (const auto& r : accident)
        QCOMPARE(r.outcome, Outcome::AlreadyRequested);
    QCOMPARE(hub::Onboarding::ackReason(accident), QStringLiteral("already_requested"));
    QCOMPARE(simErrors(100), 0);
    // Asked again on purpose: Meta refuses, and the log says why and what to do.
    const QList<hub::Onboarding::SyncResult> again = request(true);
    QCOMPARE(again.size(), 2);
    for (const auto& r : again) {
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.answer.error.code, 100);
        QVERIFY2(onboarding::appDataRemedy(r.answer.error).contains(QLatin1String("once per onboarding")),
                 qPrintable(onboarding::appDataRemedy(r.answer.error)));
    }
    QCOMPARE(hub::Onboarding::ackReason(again), QStringLiteral("refused"));
    QCOMPARE(simErrors(100), 2);
    const store::ImportStatus s = status();
    QCOMPARE(s.history->state, QStringLiteral("failed"));
    QCOMPARE(s.history->attempts, 2);
    QCOMPARE(s.history->errorCode, 100);
    QVERIFY(s.history->wasAccepted()); // the first request still stands
}

void TestImportRequests::aRestartBetweenTheRequestAndTheWebhooksLosesNothing()
{
    QVERIFY(startHub());
    QCOMPARE(request(false).size(), 2);
    m_hub.reset(); // the hub stops before Meta sends anything
    advanceSim(3);
    // Meta found nobody there: its deliveries wait for a retry.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->dispatcher()->nextRetryMs() > 0, 10'000);
    QCOMPARE(status().chunks, 0);

    QVERIFY(startHub()); // the same database and port
    const QList<hub::Onboarding::SyncResult> afterRestart = request(false);
    for (const auto& r : afterRestart)
        QCOMPARE(r.outcome, Outcome::AlreadyRequested); // the log remembers: not asked twice
    advanceSim(70);                                     // Meta retries with back-off
    QTRY_COMPARE_WITH_TIMEOUT(status().chunks, 2, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(status().contactsImported, 1, 10'000);
    QCOMPARE(simErrors(100), 0);
}

void TestImportRequests::withoutAnAccessTokenNothingIsAsked()
{
    QVERIFY(startHub(false));
    QVERIFY(!m_hub->onboarding().isConfigured());
    bool done = false;
    bool ok = true;
    QString reason;
    m_hub->agents().requestSync(false, QStringLiteral("ana"), [&](bool o, const QString& r, qint64) {
        ok = o;
        reason = r;
        done = true;
    });
    QVERIFY(done);
    QVERIFY(!ok);
    QCOMPARE(reason, QStringLiteral("not_configured"));
}

QTEST_GUILESS_MAIN(TestImportRequests)
#include "TestImportRequests.moc"
