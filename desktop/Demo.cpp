// SPDX-License-Identifier: GPL-3.0-or-later
// `duet --demo`: the in-process hub and simulator, the agent, the history import and the campaign.
#include "Demo.h"

#include "AgentRegistry.h"
#include "HubServer.h"
#include "SimService.h"
#include "Simulator.h"
#include "Workspace.h"
#include "cloudapi/GraphApiVersion.h"
#include "outbound/Campaigns.h"
#include "store/Database.h"
#include "sync/SyncClient.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

namespace duet::desktop {
namespace {

/// The demo's Sheena: her thread has an image, an echo and a reaction within the first minute.
const char kFirstConversation[] = "16505551234";

QByteArray randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

/// A free loopback port for the hub, which the simulator must know before either starts.
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

bool startSimulatedNumber(const Clock& clock, sim::SimOptions options, hub::HubConfig config,
                          std::unique_ptr<sim::SimService>* sim, std::unique_ptr<hub::HubServer>* hub, QString* error)
{
    // The simulator posts to the hub and the hub tells desktops where the simulator is: the
    // hub's port is chosen first.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const quint16 hubPort = freePort();
        if (hubPort == 0) {
            *error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(hubPort));
        auto simulator = std::make_unique<sim::SimService>(clock, options);
        if (!simulator->start(error))
            return false;
        config.listenAddress = QHostAddress::LocalHost;
        config.listenPort = hubPort;
        config.graphBaseUrl = simulator->baseUrl();
        if (config.wabaId.isEmpty()) // the hub fetches the simulated account's templates
            config.wabaId = options.scenario.wabaId;
        auto server = std::make_unique<hub::HubServer>(config, clock);
        if (server->start(error)) {
            *sim = std::move(simulator);
            *hub = std::move(server);
            return true;
        }
    }
    return false;
}

Demo::Demo(QObject* parent)
    : Demo(Settings(), parent)
{}

Demo::Demo(const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{}

Demo::~Demo()
{
    stop();
}

const Clock& Demo::clock() const
{
    return *m_clock;
}

QUrl Demo::agentsUrl() const
{
    return (m_hub ? m_hub->agentsUrl() : QUrl());
}

bool Demo::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary folder for the demo: %1").arg(m_dir.errorString());
        return false;
    }
    m_clock = std::make_unique<sim::ScaledClock>(m_settings.speed);

    sim::SimOptions options;
    QString scenarioPath = m_settings.scenario;
    if (scenarioPath.isEmpty())
        scenarioPath = QStringLiteral(":/demo/demo-day.json");
    if (!sim::Scenario::loadFile(scenarioPath, &options.scenario, error))
        return false;
    m_phoneNumberId = options.scenario.phoneNumberId;
    m_accessToken = m_settings.accessToken.isEmpty() ? randomSecret() : m_settings.accessToken;
    const QByteArray appSecret = randomSecret();
    options.appSecret = appSecret;
    options.accessToken = m_accessToken;
    options.seed = 7;

    hub::HubConfig config;
    config.db = m_dir.filePath(QStringLiteral("hub.db"));
    config.appSecret = appSecret;
    config.verifyToken = randomSecret();
    config.accessToken = m_accessToken;
    config.phoneNumberId = m_phoneNumberId;
    if (!startSimulatedNumber(*m_clock, options, config, &m_sim, &m_hub, error))
        return false;

    // The supervisor the desktop signs in as: its token stays in this process's memory.
    store::Database db;
    store::DatabaseLocation location;
    if (!store::DatabaseLocation::parse(config.db, &location, error) || !db.open(location, error) ||
        !hub::AgentRegistry(db.connection())
             .add(m_settings.agent, sync::Role::Supervisor, m_clock->nowSecs(), &m_token, error))
        return false;

    m_templates = std::make_unique<ui::JsonTemplateCatalog>();
    m_templates->setTemplates({
        {QStringLiteral("hello_world"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
         QStringLiteral("Hello from the Succulent Shop! Reply to this message to talk to us.")},
        {QStringLiteral("order_update"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
         QStringLiteral("Hi {{1}}, your order {{2}} is on its way.")},
        // Asking a customer known by username for their number once the window has closed.
        {QStringLiteral("ask_phone_number"),
         QStringLiteral("en_US"),
         QStringLiteral("UTILITY"),
         QStringLiteral("Hi {{1}}, so our courier can reach you, could you share your phone number? "
                        "Tap the button below."),
         {QStringLiteral("REQUEST_CONTACT_INFO")}},
    });
    return true;
}

void Demo::stop()
{
    if (m_hub)
        m_hub->stop();
    m_hub.reset();
    m_sim.reset();
}

void Demo::attach(Workspace& workspace)
{
    m_workspace = &workspace;
    sync::SyncClient& client = workspace.sync();
    connect(&client, &sync::SyncClient::caughtUp, this, [this] {
        if (m_synced)
            return;
        m_synced = true;
        // What a Coexistence onboarding does: the number connected, then the WhatsApp Business app's
        // contacts and history requested once, through the hub as a supervisor's button does.
        importHistory();
        if (m_settings.campaignSize > 0) {
            const qint64 realMs = qint64(double(m_settings.campaignAtMs) / m_settings.speed);
            QTimer::singleShot(int(realMs), this, &Demo::startCampaign);
        }
    });
    connect(&client, &sync::SyncClient::conversationsChanged, this, [this](const QStringList& keys) {
        ui::MainWindow* window = m_workspace->window();
        const QString first = QLatin1String(kFirstConversation);
        if (window && window->currentConversation().isEmpty() && keys.contains(first))
            window->openConversation(first);
    });
    connect(&workspace.driver(), &outbound::OutboundDriver::rowChanged, this, [this] {
        if (m_campaignJob != 0 && !m_campaignDone)
            reportCampaign();
    });
}

void Demo::importHistory()
{
    const sim::Scenario& scenario = m_sim->simulator().scenario();
    onboarding::Credentials number;
    number.phoneNumberId = m_phoneNumberId;
    number.wabaId = scenario.wabaId;
    onboarding::CheckReport report; // what the checks would have found: the simulated Coexistence number
    report.number.onBusinessApp = true;
    report.number.verifiedName = scenario.verifiedName;
    report.number.displayPhoneNumber = QLatin1Char('+') + scenario.displayPhoneNumber;
    m_hub->onboarding().recordConnected(number, report, m_settings.agent, [](const hub::CommandResult&) {});
    m_hub->onboarding().requestSyncs(false, m_settings.agent, {});
}

void Demo::startCampaign()
{
    if (!m_workspace)
        return;
    // A spring campaign to the demo's customers and a list of subscribers: the limiter paces it
    // behind the agents' replies, and the status bar shows how far it got.
    QStringList contacts = {QStringLiteral("16505551234"), QStringLiteral("12125557890"),
                            QStringLiteral("447700900123"), QStringLiteral("5511987654321"),
                            QStringLiteral("919812345678")};
    for (int i = 0; contacts.size() < m_settings.campaignSize; ++i)
        contacts << QStringLiteral("1555014%1").arg(i, 4, 10, QLatin1Char('0'));
    // Through the workspace's campaigns, as the Campaigns page creates them: it lists this one with
    // its live progress.
    outbound::CampaignDraft draft;
    draft.name = tr("Spring campaign");
    draft.content.name = QStringLiteral("hello_world");
    draft.content.languageCode = QStringLiteral("en_US");
    for (const ui::MessageTemplate& t : m_templates->templates()) {
        if (t.name == draft.content.name && t.language == draft.content.languageCode) {
            draft.content.category = cloudapi::templateCategoryFromName(t.category);
            draft.text = t.body; // what the customers read, for the threads and the list
        }
    }
    draft.recipients = outbound::CampaignDraft::fromContacts(contacts);
    draft.createdBy = m_workspace->agent();
    QString error;
    m_campaignJob = m_workspace->campaigns().create(draft, nullptr, &error);
    if (m_campaignJob == 0)
        emit m_workspace->notice(tr("The demo campaign could not start: %1").arg(error));
    else
        reportCampaign();
}

void Demo::reportCampaign()
{
    const outbound::BulkProgress p = m_workspace->campaigns().progress(m_campaignJob);
    const int done = p.total - p.queued - p.sending;
    if (done == m_campaignShown)
        return;
    m_campaignShown = done;
    m_campaignDone = p.isDone(); // later statuses need no more progress reads
    emit m_workspace->notice(p.isDone() ? tr("Spring campaign: all %n template message(s) went out.", nullptr, p.total)
                                        : tr("Spring campaign: %1 of %2 template messages out, paced by the rate "
                                             "limiter.")
                                              .arg(done)
                                              .arg(p.total));
}

} // namespace duet::desktop
