// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's templates against duet-sim over real HTTP: every page fetched, stored, refreshed by
// Meta's status webhook and on a supervisor's command, and served to desktops as `templates` frames.
#include "AgentRegistry.h"
#include "Demo.h"
#include "HubSchema.h"
#include "HubServer.h"
#include "SimService.h"
#include "Simulator.h"
#include "TemplateService.h"
#include "cloudapi/GraphApiVersion.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;

namespace {

constexpr char kToken[] = "templates-test-token";
constexpr char kSecret[] = "templates-test-secret";

/// Seven templates of every category, one still pending review, one with buttons of each kind.
const QByteArray kScenario = R"({
  "templates": [
    { "name": "a_hello", "category": "utility", "body_text": "Hello!" },
    { "name": "b_order", "category": "utility", "body": 2, "body_text": "Hi {{1}}, order {{2}} is on its way.",
      "buttons": [1, 0] },
    { "name": "c_sale", "language": "en_US", "category": "marketing", "header": 1, "body": 1, "buttons": [1] },
    { "name": "c_sale", "language": "pt_BR", "category": "marketing", "header": 1, "body": 1, "buttons": [1] },
    { "name": "d_code", "category": "authentication", "body": 1, "buttons": [1] },
    { "name": "e_ask", "category": "utility", "body": 1, "request_contact_info": true },
    { "name": "f_preview", "category": "marketing", "body": 1, "status": "PENDING" }
  ]
})";

sim::SimOptions simOptions()
{
    sim::SimOptions options;
    QString error;
    sim::Scenario::load(kScenario, &options.scenario, &error);
    options.appSecret = kSecret;
    options.accessToken = kToken;
    return options;
}

const TemplateRecord* find(const QList<TemplateRecord>& list, const QString& name, const QString& language)
{
    for (const TemplateRecord& t : list) {
        if (t.name == name && t.language == language)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestHubTemplates : public QObject
{
    Q_OBJECT

private slots:
    void everyPageIsFetchedAndStored();
    void aRefusedTokenKeepsTheStoredListAndSaysWhy();
    void statusWebhookAndRefreshReachEveryDesktop();
    void aHubWithoutAnAccountSendsNoTemplates();
};

/// Two templates a page: four GETs with Meta's `after` cursor; the list is what the simulator
/// lists (categories, statuses, components with their buttons) and survives a restart.
void TestHubTemplates::everyPageIsFetchedAndStored()
{
    SystemClock clock;
    sim::SimService sim(clock, simOptions());
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    QTemporaryDir dir;
    store::Database db;
    store::DatabaseLocation location;
    location.path = dir.filePath(QStringLiteral("hub.db"));
    QVERIFY2(db.open(location, &error) && hub::HubSchema::prepare(db.connection(), db.backend(), &error),
             qPrintable(error));

    hub::TemplateService::Settings settings;
    settings.graphBaseUrl = QUrl(sim.baseUrl());
    settings.apiVersion = cloudapi::graphApiVersion();
    settings.wabaId = sim.simulator().scenario().wabaId;
    settings.accessToken = kToken;
    settings.pageSize = 2;
    hub::TemplateService templates(db.connection(), clock, settings);
    QVERIFY(templates.load(&error));
    QVERIFY(templates.templates().templates.isEmpty());
    QSignalSpy changed(&templates, &hub::TemplateService::changed);
    bool done = false, ok = false;
    templates.refresh([&](bool good, const QString&, const QString&) {
        done = true;
        ok = good;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QVERIFY2(ok, qPrintable(templates.lastError()));
    QCOMPARE(changed.count(), 1);

    const QList<TemplateRecord> list = templates.templates().templates;
    QCOMPARE(list.size(), 7);
    QVERIFY(templates.templates().updatedAtMs > 0);
    const TemplateRecord* order = find(list, QStringLiteral("b_order"), QStringLiteral("en_US"));
    QVERIFY(order);
    QCOMPARE(order->category, QStringLiteral("UTILITY"));
    QCOMPARE(order->status, QStringLiteral("APPROVED"));
    QCOMPARE(order->bodyText(), QStringLiteral("Hi {{1}}, order {{2}} is on its way."));
    QCOMPARE(order->buttonTypes(), (QStringList{QStringLiteral("URL"), QStringLiteral("QUICK_REPLY")}));
    QCOMPARE(order->id,
             sim.simulator().scenario().findTemplate(QStringLiteral("b_order"), QStringLiteral("en_US"))->id);
    QCOMPARE(find(list, QStringLiteral("c_sale"), QStringLiteral("pt_BR"))->category, QStringLiteral("MARKETING"));
    QCOMPARE(find(list, QStringLiteral("c_sale"), QStringLiteral("pt_BR"))->headerText(), QStringLiteral("{{1}}"));
    QCOMPARE(find(list, QStringLiteral("d_code"), QStringLiteral("en_US"))->category, QStringLiteral("AUTHENTICATION"));
    QCOMPARE(find(list, QStringLiteral("d_code"), QStringLiteral("en_US"))->buttonTypes(),
             QStringList{QStringLiteral("OTP")});
    QCOMPARE(find(list, QStringLiteral("e_ask"), QStringLiteral("en_US"))->buttonTypes(),
             QStringList{QStringLiteral("REQUEST_CONTACT_INFO")});
    QCOMPARE(find(list, QStringLiteral("f_preview"), QStringLiteral("en_US"))->status, QStringLiteral("PENDING"));

    // A hub started later serves what was stored before it fetches anything.
    hub::TemplateService restarted(db.connection(), clock, settings);
    QVERIFY(restarted.load(&error));
    QCOMPARE(restarted.templates().templates, list);

    // Meta no longer lists a deleted template: the next fetch drops it.
    QVERIFY(sim.simulator().changeTemplateStatus(QStringLiteral("a_hello"), {}, QStringLiteral("DELETED")));
    done = false;
    restarted.refresh([&](bool good, const QString&, const QString&) { done = good; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QCOMPARE(restarted.templates().templates.size(), 6);
    QVERIFY(!find(restarted.templates().templates, QStringLiteral("a_hello"), QStringLiteral("en_US")));
}

void TestHubTemplates::aRefusedTokenKeepsTheStoredListAndSaysWhy()
{
    SystemClock clock;
    sim::SimService sim(clock, simOptions());
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    QTemporaryDir dir;
    store::Database db;
    store::DatabaseLocation location;
    location.path = dir.filePath(QStringLiteral("hub.db"));
    QVERIFY2(db.open(location, &error) && hub::HubSchema::prepare(db.connection(), db.backend(), &error),
             qPrintable(error));
    hub::TemplateService::Settings settings;
    settings.graphBaseUrl = QUrl(sim.baseUrl());
    settings.apiVersion = cloudapi::graphApiVersion();
    settings.wabaId = sim.simulator().scenario().wabaId;
    settings.accessToken = kToken;
    {
        hub::TemplateService good(db.connection(), clock, settings);
        bool done = false;
        good.refresh([&](bool ok, const QString&, const QString&) { done = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    }
    settings.accessToken = "expired-token";
    hub::TemplateService refused(db.connection(), clock, settings);
    QVERIFY(refused.load(&error));
    QString reason, detail;
    bool done = false;
    refused.refresh([&](bool ok, const QString& r, const QString& d) {
        done = !ok;
        reason = r;
        detail = d;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
    QCOMPARE(reason, QStringLiteral("unavailable"));
    QVERIFY2(detail.contains(QLatin1String("190")), qPrintable(detail));
    QVERIFY(!detail.contains(QLatin1String("expired-token")));
    QCOMPARE(refused.templates().templates.size(), 7); // the stored list stays

    settings.wabaId.clear();
    hub::TemplateService unconfigured(db.connection(), clock, settings);
    unconfigured.refresh([&](bool ok, const QString& r, const QString&) {
        QVERIFY(!ok);
        reason = r;
    });
    QCOMPARE(reason, QStringLiteral("not_configured"));
}

/// A whole hub on the simulated number: a desktop gets the list after welcome; Meta pausing a
/// template (its webhook through the hub's log) changes every desktop's list at once, and the
/// fetch that follows agrees; refresh_templates is for supervisors.
void TestHubTemplates::statusWebhookAndRefreshReachEveryDesktop()
{
    SystemClock clock;
    QTemporaryDir dir;
    QString error;
    sim::SimOptions options = simOptions();
    options.scenario.delivery.duplicateRatio = 0;
    hub::HubConfig config;
    config.db = dir.filePath(QStringLiteral("hub.db"));
    config.appSecret = kSecret;
    config.verifyToken = "verify";
    config.accessToken = kToken;
    config.phoneNumberId = options.scenario.phoneNumberId;
    config.readReceipts = false;
    std::unique_ptr<sim::SimService> sim;
    std::unique_ptr<hub::HubServer> hub;
    QVERIFY2(desktop::startSimulatedNumber(clock, options, config, &sim, &hub, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(hub->templates().fetchCount() == 1 && !hub->templates().isFetching(), 10'000);
    QCOMPARE(hub->templates().templates().templates.size(), 7);

    store::Database registryDb;
    store::DatabaseLocation location;
    location.path = config.db;
    QString supervisorToken, agentToken;
    QVERIFY(registryDb.open(location, &error));
    QVERIFY(hub::AgentRegistry(registryDb.connection())
                .add(QStringLiteral("ana"), sync::Role::Supervisor, 0, &supervisorToken, &error));
    QVERIFY(hub::AgentRegistry(registryDb.connection())
                .add(QStringLiteral("bo"), sync::Role::Agent, 0, &agentToken, &error));
    auto desk = [&](const QString& name, const QString& token) {
        auto s = std::make_unique<store::Store>(clock);
        QString e;
        s->open(dir.filePath(name + QStringLiteral(".db")), &e);
        auto c = std::make_unique<sync::SyncClient>(s->connection(), s->backend(), s->applier(), clock);
        c->start(hub->agentsUrl(), token);
        return std::make_pair(std::move(s), std::move(c));
    };
    auto [anaStore, ana] = desk(QStringLiteral("ana"), supervisorToken);
    auto [boStore, bo] = desk(QStringLiteral("bo"), agentToken);
    QTRY_VERIFY_WITH_TIMEOUT(ana->hasTemplates() && bo->hasTemplates(), 10'000);
    QCOMPARE(ana->templates(), hub->templates().templates().templates);
    QVERIFY(!ana->readReceipts()); // the team's setting, from the welcome

    QSignalSpy boChanged(bo.get(), &sync::SyncClient::templatesChanged);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(sim->baseUrl() + QStringLiteral("/_sim/template_status")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply =
        network.post(request, R"({"name":"c_sale","language":"pt_BR","event":"PAUSED","reason":"NONE"})");
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    const auto saleStatus = [](const sync::SyncClient& c) {
        const TemplateRecord* t = find(c.templates(), QStringLiteral("c_sale"), QStringLiteral("pt_BR"));
        return t ? t->status : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(saleStatus(*bo), QStringLiteral("PAUSED"), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(saleStatus(*ana), QStringLiteral("PAUSED"), 10'000);
    QVERIFY(boChanged.count() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(hub->templates().fetchCount() == 2 && !hub->templates().isFetching(), 10'000);
    QCOMPARE(saleStatus(*bo), QStringLiteral("PAUSED")); // Meta's list says the same

    // A supervisor asks for a fresh list; an agent may not.
    sync::Command refresh;
    refresh.name = sync::CommandName::RefreshTemplates;
    std::optional<sync::CommandResult> supervisorResult, agentResult;
    ana->sendCommand(refresh, [&](const sync::CommandResult& r) { supervisorResult = r; });
    bo->sendCommand(refresh, [&](const sync::CommandResult& r) { agentResult = r; });
    QTRY_VERIFY_WITH_TIMEOUT(supervisorResult && agentResult, 10'000);
    QVERIFY2(supervisorResult->ok, qPrintable(supervisorResult->reason));
    QCOMPARE(agentResult->reason, QStringLiteral("forbidden"));
    QCOMPARE(hub->templates().fetchCount(), 3);
    ana->stop();
    bo->stop();
}

/// No `[cloudapi] waba_id` and nothing stored: no `templates` frame, so desktops keep their own list.
void TestHubTemplates::aHubWithoutAnAccountSendsNoTemplates()
{
    SystemClock clock;
    QTemporaryDir dir;
    QString error;
    hub::HubConfig config;
    config.db = dir.filePath(QStringLiteral("hub.db"));
    config.listenPort = 0;
    config.appSecret = kSecret;
    config.verifyToken = "verify";
    hub::HubServer hub(config, clock);
    QVERIFY2(hub.start(&error), qPrintable(error));
    store::Database registryDb;
    store::DatabaseLocation location;
    location.path = config.db;
    QString token;
    QVERIFY(registryDb.open(location, &error));
    QVERIFY(hub::AgentRegistry(registryDb.connection())
                .add(QStringLiteral("ana"), sync::Role::Supervisor, 0, &token, &error));
    store::Store store(clock);
    QVERIFY(store.open(dir.filePath(QStringLiteral("desk.db")), &error));
    sync::SyncClient client(store.connection(), store.backend(), store.applier(), clock);
    client.start(hub.agentsUrl(), token);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), sync::SyncClient::State::Live, 10'000);
    std::optional<sync::CommandResult> refreshed;
    sync::Command refresh;
    refresh.name = sync::CommandName::RefreshTemplates;
    client.sendCommand(refresh, [&](const sync::CommandResult& r) { refreshed = r; });
    QTRY_VERIFY(refreshed); // frames arrive in order: had the hub sent templates, they would be here by now
    QCOMPARE(refreshed->reason, QStringLiteral("not_configured"));
    QVERIFY(!client.hasTemplates());
    client.stop();
    hub.stop();
}

QTEST_GUILESS_MAIN(TestHubTemplates)
#include "TestHubTemplates.moc"
