// SPDX-License-Identifier: GPL-3.0-or-later
// A whole Duet on loopback for tests: an in-process simulator, hub and the desktop's Workspace.
#pragma once

#include "AgentRegistry.h"
#include "Demo.h"
#include "HubServer.h"
#include "SimPost.h"
#include "SimService.h"
#include "Simulator.h"
#include "Workspace.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace duet::test {

/// One message row of the desktop's store, in thread order.
struct StoredMessage
{
    QString wamid;
    QString origin;
    QString body;
    QString status;
    QString agent;
};

/// The simulator (real HTTP), the hub (real HTTP and WebSocket) and one desktop Workspace syncing
/// to it as `agent`, all on the real clock and temporary SQLite files. The scenario's timeline
/// plays from start(); customer messages can also be posted with inbound().
/// Usage: `DesktopStack s; QVERIFY2(s.start(scenarioJson, &error), ...); QTRY_VERIFY(s.isLive());`
class DesktopStack
{
public:
    static constexpr char kSecret[] = "desktop-test-app-secret";
    static constexpr char kAccessToken[] = "desktop-test-access-token";

    /// Connection: whether the workspace connects with the agent's token at once, or is left
    /// signed out (a sign-in test connects it through the dialog).
    enum class Connection { SignedIn, SignedOut };
    bool start(const QByteArray& scenarioJson, QString* error, const QString& agent = QStringLiteral("ana"),
               Connection connection = Connection::SignedIn)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        sim::SimOptions options;
        if (!scenarioJson.isEmpty() && !sim::Scenario::load(scenarioJson, &options.scenario, error))
            return false;
        options.appSecret = kSecret;
        options.accessToken = kAccessToken;
        options.seed = 3;
        options.scenario.delivery.sentMinMs = 50;
        options.scenario.delivery.sentMaxMs = 100;
        options.scenario.delivery.deliveredMinMs = 100;
        options.scenario.delivery.deliveredMaxMs = 200;
        options.scenario.delivery.readMinMs = 300;
        options.scenario.delivery.readMaxMs = 400;
        options.scenario.delivery.readRatio = 1;
        options.scenario.delivery.failureRatio = 0;
        options.scenario.delivery.duplicateRatio = 0;
        options.scenario.delivery.undeliverable.clear();
        // The simulator posts to the hub and the hub calls the simulator: the hub's port is chosen
        // first. Another process (or an outgoing connection) may take it meanwhile: then try again.
        hub::HubConfig config;
        config.db = m_dir.filePath(QStringLiteral("hub.db"));
        config.appSecret = kSecret;
        config.verifyToken = "verify";
        config.accessToken = kAccessToken;
        config.phoneNumberId = options.scenario.phoneNumberId;
        config.readReceipts = m_readReceipts;
        config.replyClaims = m_replyClaims;
        m_phoneNumberId = options.scenario.phoneNumberId;
        if (!desktop::startSimulatedNumber(m_clock, options, config, &m_sim, &m_hub, error))
            return false;
        store::Database db;
        store::DatabaseLocation location;
        location.path = config.db;
        if (!db.open(location, error) ||
            !hub::AgentRegistry(db.connection()).add(agent, sync::Role::Supervisor, 0, &m_token, error))
            return false;

        m_workspace = std::make_unique<desktop::Workspace>(m_clock);
        desktop::WorkspaceConfig wc;
        wc.storePath = m_dir.filePath(QStringLiteral("store.db"));
        wc.outboxPath = m_dir.filePath(QStringLiteral("outbox.db"));
        if (!m_workspace->open(wc, error))
            return false;
        if (connection == Connection::SignedIn)
            m_workspace->connectTo(m_hub->agentsUrl(), m_token);
        return true;
    }

    /// The team's read-receipt setting the hub starts with (before start(); on by default).
    void setReadReceipts(bool on) { m_readReceipts = on; }
    /// The team's reply-claims setting the hub starts with (before start(); on by default).
    void setReplyClaims(bool on) { m_replyClaims = on; }
    bool isLive() const { return m_workspace && m_workspace->sync().state() == sync::SyncClient::State::Live; }
    desktop::Workspace& workspace() { return *m_workspace; }
    sim::SimService& sim() { return *m_sim; }
    hub::HubServer& hub() { return *m_hub; }
    QString token() const { return m_token; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    const Clock& clock() const { return m_clock; }

    /// A customer message through the simulator (it opens the window); true when accepted.
    bool inbound(const QString& from, const QString& text)
    {
        return simPost(QStringLiteral("/_sim/inbound"),
                       {{QStringLiteral("from"), from}, {QStringLiteral("text"), text}});
    }
    /// The owner answers from the WhatsApp Business app (an echo); true when accepted.
    bool echo(const QString& to, const QString& text)
    {
        return simPost(QStringLiteral("/_sim/echo"), {{QStringLiteral("to"), to}, {QStringLiteral("text"), text}});
    }

    /// Meta changes the number's connection (POST /_sim/account_update): PARTNER_REMOVED with
    /// `reason`, ACCOUNT_OFFBOARDED, ACCOUNT_RECONNECTED, ...; true when the simulator took it.
    bool accountUpdate(const QString& event, const QString& reason = QStringLiteral("PRIMARY_INACTIVITY"))
    {
        return simPost(QStringLiteral("/_sim/account_update"),
                       {{QStringLiteral("event"), event}, {QStringLiteral("reason"), reason}});
    }
    /// The thread of `contactKey` in the desktop's store, oldest first.
    QList<StoredMessage> thread(const QString& contactKey)
    {
        QList<StoredMessage> out;
        QSqlQuery q(m_workspace->store().connection());
        q.prepare(QStringLiteral("SELECT wamid, origin, COALESCE(body, ''), COALESCE(status, ''), COALESCE(agent, '') "
                                 "FROM messages WHERE contact_key = ? ORDER BY ts, rowid"));
        q.addBindValue(contactKey);
        if (!q.exec())
            return out;
        while (q.next())
            out << StoredMessage{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString()};
        return out;
    }

    int conversationCount()
    {
        QSqlQuery q(m_workspace->store().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM conversations")) && q.next() ? q.value(0).toInt() : -1;
    }

private:
    bool simPost(const QString& path, const QJsonObject& body)
    {
        return postToSimulator(m_network, m_sim->baseUrl(), path, body);
    }

    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<hub::HubServer> m_hub;
    std::unique_ptr<desktop::Workspace> m_workspace;
    QNetworkAccessManager m_network;
    QString m_phoneNumberId;
    QString m_token;
    bool m_readReceipts = true;
    bool m_replyClaims = true;
};

/// The main window on a DesktopStack signed in as its supervisor `ana`: shown, exposed and
/// loaded. Set the stack's team settings before start().
/// Usage: `DesktopWindow desk; desk.stack.setReadReceipts(false); desk.start(scenario, &error);`
struct DesktopWindow
{
    DesktopStack stack;
    std::unique_ptr<QSettings> settings;
    ui::DraftStore drafts{QString()};
    ui::JsonTemplateCatalog templates;
    ui::MainWindow* window = nullptr;

    bool start(const QByteArray& scenarioJson, QString* error)
    {
        if (!stack.start(scenarioJson, error))
            return false;
        settings = std::make_unique<QSettings>(stack.path(QStringLiteral("duet.ini")), QSettings::IniFormat);
        window = &stack.workspace().createWindow(drafts, templates, *settings, QStringLiteral("ana"));
        window->resize(1100, 700);
        window->show();
        window->loadInitial();
        if (!QTest::qWaitForWindowExposed(window)) {
            *error = QStringLiteral("the window was not exposed");
            return false;
        }
        return true;
    }
    /// The simulator's counters (sends accepted, read receipts, ...).
    const sim::SimStats& stats() { return stack.sim().simulator().stats(); }
};

} // namespace duet::test
