// SPDX-License-Identifier: GPL-3.0-or-later
// A whole hub in the test process (HubServer on loopback) and desktops (store + SyncClient) that sync with it.
#pragma once

#include "AgentRegistry.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace duet::test {

/// A HubServer on a free loopback port with its SQLite log in a temporary directory; agents are
/// added straight into its registry and webhooks posted to it over HTTP.
/// Usage: `InProcessHub hub; QVERIFY(hub.start(&e)); auto token = hub.addAgent("ana", Role::Agent, &e);`
class InProcessHub
{
public:
    InProcessHub() = default;
    ~InProcessHub()
    {
        if (m_hub)
            m_hub->stop();
    }

    /// `ownOnly`: `[team] visibility = own`; `configure` (optional) may change the HubServer's
    /// settings before it starts.
    bool start(QString* error, bool ownOnly = false, const std::function<void(hub::HubServer&)>& configure = {})
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        hub::HubConfig config;
        config.db = m_dir.filePath(QStringLiteral("hub.db"));
        config.listenPort = 0;
        config.appSecret = kHubAppSecret;
        config.verifyToken = kHubVerifyToken;
        config.phoneNumberId = QStringLiteral("106540352242922");
        config.ownOnly = ownOnly;
        m_config = config;
        m_hub = std::make_unique<hub::HubServer>(config, m_clock);
        if (configure)
            configure(*m_hub);
        if (!m_hub->start(error))
            return false;
        store::DatabaseLocation location;
        return store::DatabaseLocation::parse(config.db, &location, error) && m_db.open(location, error);
    }
    /// Stops the hub and starts it again on the same port and log, with `[team] visibility` set anew.
    bool restart(QString* error, bool ownOnly)
    {
        m_config.listenPort = m_hub->port();
        m_config.ownOnly = ownOnly;
        m_hub->stop();
        m_hub = std::make_unique<hub::HubServer>(m_config, m_clock);
        return m_hub->start(error);
    }

    /// A new agent's token; empty with *error when it cannot be added.
    QString addAgent(const QString& name, sync::Role role, QString* error)
    {
        QString token;
        if (!hub::AgentRegistry(m_db.connection()).add(name, role, m_clock.nowSecs(), &token, error))
            return {};
        return token;
    }
    bool revoke(const QString& name, QString* error)
    {
        return hub::AgentRegistry(m_db.connection()).revoke(name, m_clock.nowSecs(), error);
    }

    /// Posts one inbound text message as Meta would; true when the hub answered 200.
    bool postText(const QString& contact, const QString& wamid, qint64 ts, const QString& text)
    {
        const QByteArray body = textWebhook(contact, wamid, ts, text);
        QNetworkReply* reply = m_nam.post(webhookRequest(m_hub->port(), body), body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200;
    }

    QUrl url() const { return m_hub->agentsUrl(); }
    hub::HubServer& server() { return *m_hub; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<hub::HubServer> m_hub;
    hub::HubConfig m_config;
    store::Database m_db;
    QNetworkAccessManager m_nam;
};

/// One desktop: its own local store and a SyncClient to the hub.
struct Desk
{
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncClient> client;

    bool open(const Clock& clock, const QString& path, QString* error)
    {
        store = std::make_unique<store::Store>(clock);
        if (!store->open(path, error))
            return false;
        sync::SyncClient::Settings s;
        s.backoff.initialMs = 100;
        s.backoff.maxMs = 400;
        client = std::make_unique<sync::SyncClient>(store->connection(), store->backend(), store->applier(), clock, s);
        return true;
    }
    bool isLive() const { return client && client->state() == sync::SyncClient::State::Live; }
};

} // namespace duet::test
