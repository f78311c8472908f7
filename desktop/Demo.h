// SPDX-License-Identifier: GPL-3.0-or-later
// `duet --demo`: a hub and a simulated WhatsApp in the process, a scripted day, nothing real touched.
#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace duet::hub {
class HubServer;
struct HubConfig;
} // namespace duet::hub
namespace duet::sim {
class ScaledClock;
class SimService;
struct SimOptions;
} // namespace duet::sim
namespace duet::ui {
class JsonTemplateCatalog;
}

namespace duet::desktop {

class Workspace;

/// Starts a simulated number: a simulator whose webhooks go to a hub on a free loopback port, and
/// that hub pointed at the simulator (`graphBaseUrl`), both on `clock` (the demo and the tests run
/// this). The hub's port is picked before either starts; when another program takes it meanwhile,
/// it tries again with another, up to five times. `options.webhookUrl`, `config.listenPort` and
/// `config.graphBaseUrl` are filled in here. False with *error when either cannot start.
bool startSimulatedNumber(const Clock& clock, sim::SimOptions options, hub::HubConfig config,
                          std::unique_ptr<sim::SimService>* sim, std::unique_ptr<hub::HubServer>* hub, QString* error);

/// Everything `duet --demo` needs besides the workspace: a temporary directory (the hub's
/// database, the desktop's store, outbox, settings and drafts), an in-process hub
/// (hub::HubServer) pointed at an in-process simulator (sim::SimService) playing
/// sim/scenarios/demo-day.json, and a supervisor agent whose token lives in memory only. Time
/// runs `speed` times faster for the hub, the simulator and the desktop (sim::ScaledClock), so
/// the scripted day shows customers, echoes, the history import and a window closing within a
/// minute; the desktop's connection deadlines stay on real time. attach() then drives the
/// workspace: it asks for the history import once the desktop is welcomed, opens a lively
/// conversation and, a little later, starts a 30-message template campaign (listed on the
/// supervisors' Campaigns page with its live progress) whose pacing shows in
/// the status bar. Secrets are generated per run and never printed.
/// Usage: `Demo demo; demo.start(&error); Workspace w(demo.clock());` then open `w` on
///        demo.filePath("store.db") and "outbox.db" with syncClock = &demo.realClock(), and
///        `demo.attach(w); w.connectTo(demo.agentsUrl(), demo.token());`
class Demo : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        double speed = 20;             ///< simulated seconds per real second
        QString scenario;              ///< a scenario file; empty: the built-in demo day
        int campaignSize = 30;         ///< template sends in the campaign; 0: none
        qint64 campaignAtMs = 200'000; ///< when it starts, simulated ms after the start
        QString agent = QStringLiteral("ana");
        /// The simulated number's Cloud API token (the simulator's and the hub's, never the
        /// desktop's); empty: a random one per run.
        QByteArray accessToken;
    };

    explicit Demo(QObject* parent = nullptr);
    explicit Demo(const Settings& settings, QObject* parent = nullptr);
    ~Demo() override;

    /// Creates the directory, starts the simulator and the hub, creates the agent.
    bool start(QString* error);
    void stop();

    const Clock& clock() const;
    const Clock& realClock() const { return m_realClock; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QUrl agentsUrl() const;
    QString token() const { return m_token; }
    /// The templates the simulated business has approved, for the composer's picker.
    const ui::JsonTemplateCatalog& templates() const { return *m_templates; }

    /// Drives `workspace` through the demo (see the class comment). Call before connectTo().
    void attach(Workspace& workspace);
    /// The campaign's bulk job id once it started, else 0.
    qint64 campaignJob() const { return m_campaignJob; }

private:
    void importHistory();
    void startCampaign();
    void reportCampaign();

    Settings m_settings;
    QTemporaryDir m_dir;
    SystemClock m_realClock;
    std::unique_ptr<sim::ScaledClock> m_clock;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<hub::HubServer> m_hub;
    std::unique_ptr<ui::JsonTemplateCatalog> m_templates;
    QNetworkAccessManager* m_network;
    Workspace* m_workspace = nullptr;
    QByteArray m_accessToken;
    QString m_phoneNumberId;
    QString m_token;
    qint64 m_campaignJob = 0;
    int m_campaignShown = -1;
    bool m_campaignDone = false;
    bool m_synced = false;
};

} // namespace duet::desktop
