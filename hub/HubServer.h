// SPDX-License-Identifier: GPL-3.0-or-later
// A whole hub in one object: journal thread, log reader, agent server and HTTP endpoint.
#pragma once

#include "AgentServer.h"
#include "BudgetLedger.h"
#include "HubConfig.h"
#include "HubMetrics.h"
#include "LogReader.h"
#include "Metrics.h"
#include "Onboarding.h"
#include "TemplateService.h"
#include "WebhookEndpoint.h"
#include "WebhookJournal.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace duet::hub {

/// What `duet-hub serve` runs, as a library piece (the desktop's demo and the benchmark embed it).
/// Usage: `HubServer hub(config, clock); if (!hub.start(&error)) ...; hub.port();` then stop().
class HubServer : public QObject
{
    Q_OBJECT
public:
    HubServer(const HubConfig& config, const Clock& clock, QObject* parent = nullptr);
    ~HubServer() override;

    /// Overrides the agent server's timers (tests, embedding); call before start().
    void setAgentTimings(int helloTimeoutMs, int pingMs, int revocationCheckMs);

    /// Opens the database (schema up to date), starts the database thread and listens.
    bool start(QString* error);
    /// Says bye to agents, finishes queued commits, stops the thread.
    void stop();

    quint16 port() const { return m_port; }
    /// Where a desktop on this machine reaches the agent endpoint: ws://127.0.0.1:PORT/agents.
    QUrl agentsUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(m_port)); }
    Metrics& metrics() { return m_registry; }
    /// The number's health for /healthz (two lines), refreshing its gauges in /metrics
    /// (store::AccountHealth, read on the reader's connection).
    QStringList accountStatus();
    AgentServer& agents() { return *m_agents; }
    WebhookJournal& journal() { return *m_journal; }
    /// The number's onboarding steps and its one-time contact and history requests.
    Onboarding& onboarding() { return *m_onboarding; }
    /// The business account's templates (fetched at start when [cloudapi] waba_id is set).
    TemplateService& templates() { return *m_templates; }

private:
    HubConfig m_config;
    const Clock& m_clock;
    Metrics m_registry;
    HubMetrics m_metrics;
    std::unique_ptr<WebhookJournal> m_journal;
    std::unique_ptr<LogReader> m_reader;
    std::unique_ptr<BudgetLedger> m_ledger; ///< several hubs on PostgreSQL share the send cap through it
    std::unique_ptr<TemplateService> m_templates;
    std::unique_ptr<AgentServer> m_agents;
    QNetworkAccessManager m_network;
    std::unique_ptr<Onboarding> m_onboarding;
    std::unique_ptr<WebhookEndpoint> m_endpoint;
    quint16 m_port = 0;
    AgentServer::Settings m_agentSettings;
};

} // namespace duet::hub
