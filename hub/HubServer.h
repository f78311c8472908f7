// SPDX-License-Identifier: GPL-3.0-or-later
// A whole hub in one object: journal thread, log reader, agent server and HTTP endpoint.
#pragma once

#include "AgentServer.h"
#include "BudgetLedger.h"
#include "GraphRelay.h"
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
    /// The agent server's settings before start(): tests and embedding may change the limits
    /// (pending hellos, outgoing high-water mark and hard limit); the rest comes from the config.
    AgentServer::Settings& agentSettings() { return m_agentSettings; }
    /// How long a client may take over its TLS handshake ([tls] configured); call before start().
    void setTlsHandshakeTimeout(int ms) { m_tlsHandshakeTimeoutMs = ms; }

    /// Opens the database (schema up to date), starts the database thread and listens.
    bool start(QString* error);
    /// Stops accepting requests, says bye to agents, commits what is queued and answers those
    /// webhooks, then closes the connections and stops the thread.
    void stop();

    quint16 port() const { return m_port; }
    /// Where a desktop on this machine reaches the agent endpoint: ws://127.0.0.1:PORT/agents
    /// (wss:// when the hub serves TLS itself).
    QUrl agentsUrl() const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/agents")
                        .arg(m_config.hasTls() ? QStringLiteral("wss") : QStringLiteral("ws"))
                        .arg(m_port));
    }
    /// The number's health for /healthz (two lines), refreshing its gauges in /metrics
    /// (store::AccountHealth, read on the reader's connection).
    QStringList accountStatus();
    AgentServer& agents() { return *m_agents; }
    WebhookJournal& journal() { return *m_journal; }
    /// The number's onboarding steps and its one-time contact and history requests.
    Onboarding& onboarding() { return *m_onboarding; }
    /// The business account's templates (fetched at start when [cloudapi] waba_id is set).
    TemplateService& templates() { return *m_templates; }
    /// The Graph relay desktops send through (`/graph/` on the same port).
    GraphRelay& relay() { return *m_relay; }
    /// Replaces the send budget the relay asks before each message (by default the agent server's
    /// SendBudget, the leases; null goes back to it). Call before or after start(); it must outlive
    /// the hub.
    void setSendAdmission(SendAdmission* admission);

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
    std::unique_ptr<GraphRelay> m_relay;
    SendAdmission* m_admission = nullptr;
    quint16 m_port = 0;
    AgentServer::Settings m_agentSettings;
    int m_tlsHandshakeTimeoutMs = 10'000;
};

} // namespace duet::hub
