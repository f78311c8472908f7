// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring of the hub's parts, in dependency order.
#include "HubServer.h"

#include "store/AccountHealth.h"

#include <QDateTime>
#include <QPointer>
#include <QUuid>

namespace duet::hub {

HubServer::HubServer(const HubConfig& config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_metrics(m_registry)
{}

HubServer::~HubServer()
{
    stop();
}

void HubServer::setAgentTimings(int helloTimeoutMs, int pingMs, int revocationCheckMs)
{
    m_agentSettings.helloTimeoutMs = helloTimeoutMs;
    m_agentSettings.pingMs = pingMs;
    m_agentSettings.revocationCheckMs = revocationCheckMs;
}

bool HubServer::start(QString* error)
{
    store::DatabaseLocation location;
    if (!store::DatabaseLocation::parse(m_config.db, &location, error))
        return false;
    m_journal = std::make_unique<WebhookJournal>(location, m_clock, &m_metrics);
    // One number per hub: bodies for another are journaled, not applied (docs/OPERATIONS.md).
    m_journal->setPhoneNumberId(m_config.phoneNumberId);
    if (!m_journal->start(error)) // opens the writer's connection and prepares the schema
        return false;
    m_reader = std::make_unique<LogReader>();
    if (!m_reader->open(location, error))
        return false;
    AgentServer::Settings settings = m_agentSettings;
    settings.phoneNumberId = m_config.phoneNumberId;
    settings.apiVersion = m_config.apiVersion;
    settings.sendCap = m_config.sendCap;
    settings.readReceipts = m_config.readReceipts;
    settings.replyClaims = m_config.replyClaims;
    settings.mediaAutoDownloadBytes = m_config.mediaAutoDownloadBytes;
    settings.ownOnly = m_config.ownOnly;
    settings.trustedProxies = m_config.trustedProxies;
    settings.maxSessionsPerAgent = m_config.maxSessionsPerAgent;
    m_agents = std::make_unique<AgentServer>(*m_reader, *m_journal, m_metrics, m_clock, settings);
    if (location.backend == store::Backend::Postgres) {
        // Other hubs may serve the same number from this database: the cap is shared through it.
        m_ledger = std::make_unique<BudgetLedger>(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!m_ledger->open(location, error))
            return false;
        m_agents->sendBudget().setLedger(m_ledger.get());
    }
    if (!m_agents->start(error))
        return false;
    TemplateService::Settings templates;
    if (!m_config.graphBaseUrl.isEmpty())
        templates.graphBaseUrl = QUrl(m_config.graphBaseUrl);
    templates.apiVersion = m_config.apiVersion;
    templates.wabaId = m_config.wabaId;
    templates.accessToken = m_config.accessToken;
    m_templates = std::make_unique<TemplateService>(m_reader->connection(), m_clock, templates);
    if (!m_templates->load(error))
        return false;
    m_agents->setTemplates(m_templates.get());
    if (m_templates->canFetch())
        m_templates->refresh(); // what Meta lists now; the stored list is served meanwhile
    // Onboarding events go through the journal like commands; their results come back here.
    Onboarding::Settings onboarding{m_config.phoneNumberId,
                                    {m_config.graphBaseUrl, m_config.apiVersion, 20'000},
                                    m_config.accessToken,
                                    m_config.appSecret};
    m_onboarding = std::make_unique<Onboarding>(
        [this](const HubEvent& event, const std::function<void(const CommandResult&)>& done) {
            QPointer<Onboarding> context(m_onboarding.get());
            m_journal->record(event, [context, done](const CommandResult& result) {
                QMetaObject::invokeMethod(
                    context,
                    [done, result] {
                        if (done)
                            done(result);
                    },
                    Qt::QueuedConnection);
            });
        },
        onboarding, m_network, m_clock);
    m_agents->setOnboarding(m_onboarding.get());
    m_endpoint = std::make_unique<WebhookEndpoint>(WebhookEndpoint::Secrets{m_config.appSecret, m_config.verifyToken},
                                                   *m_journal, *m_agents, m_metrics, m_clock);
    m_endpoint->setStatusProbe([this] { return accountStatus(); });
    GraphRelay::Settings relay;
    relay.phoneNumberId = m_config.phoneNumberId;
    relay.graphBaseUrl = QUrl(m_config.graphBaseUrl);
    relay.accessToken = m_config.accessToken;
    m_relay = std::make_unique<GraphRelay>(
        relay, m_network,
        [this](const QString& token, const QHostAddress& peer, const QByteArray& forwardedFor, AgentInfo* agent) {
            return m_agents->authenticateRelay(token, peer, forwardedFor, agent);
        },
        m_admission ? m_admission : &m_agents->sendBudget()); // the team's leased budget
    m_relay->install(m_endpoint->http());
    if (m_config.hasTls())
        m_endpoint->setTls(m_config.tlsConfiguration(), m_tlsHandshakeTimeoutMs);
    m_port = m_endpoint->listen(m_config.listenAddress, m_config.listenPort);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.listenAddress.toString())
                     .arg(m_config.listenPort)
                     .arg(m_endpoint->errorString());
        return false;
    }
    return true;
}

void HubServer::setSendAdmission(SendAdmission* admission)
{
    m_admission = admission;
    if (m_relay)
        m_relay->setAdmission(admission ? admission : &m_agents->sendBudget());
}

QStringList HubServer::accountStatus()
{
    store::AccountHealth health;
    QString error;
    if (!m_reader || !store::AccountHealth::read(m_reader->connection(), &health, &error))
        return {QStringLiteral("account unknown: %1").arg(error.isEmpty() ? QStringLiteral("no database") : error)};
    const qint64 now = m_clock.nowSecs();
    const int idle = health.idleDays(now);
    m_metrics.setAccountHealth(health.isConnected(), idle);
    QString line = QStringLiteral("account ") + store::AccountHealth::stateName(health.state);
    if (!health.isConnected()) {
        line += QStringLiteral(" (%1%2)").arg(health.lastEvent,
                                              health.reason.isEmpty() ? QString() : QLatin1Char(' ') + health.reason);
        if (health.sinceSecs > 0)
            line += QStringLiteral(" since ") +
                    QDateTime::fromSecsSinceEpoch(health.sinceSecs, Qt::UTC).toString(Qt::ISODate);
    }
    const QString phone =
        idle < 0 ? QStringLiteral("phone app not seen yet")
                 : QStringLiteral("phone app idle %1 day(s), last active %2")
                       .arg(idle)
                       .arg(QDateTime::fromSecsSinceEpoch(health.appActiveAtSecs, Qt::UTC).toString(Qt::ISODate));
    return {line, phone};
}

void HubServer::stop()
{
    if (m_endpoint)
        m_endpoint->stopAccepting(); // no new connections; new POSTs get 503
    if (m_agents)
        m_agents->shutdown();
    if (m_journal)
        m_journal->stop(); // commits what is queued; the answers are queued to this thread
    if (m_endpoint)
        m_endpoint->flushAndClose(); // answers them, then closes the connections
    m_endpoint.reset();
    m_relay.reset(); // relayed requests still waiting for Meta lost their connections with the endpoint
    if (m_agents)
        m_agents->setOnboarding(nullptr);
    m_onboarding.reset();
    m_agents.reset();
    if (m_ledger)
        m_ledger->leave(m_clock.nowMs()); // its grant reaches the other hubs after the release second
    m_ledger.reset();
    m_templates.reset();
    m_reader.reset();
    m_journal.reset();
}

} // namespace duet::hub
