// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded hub of a single seat, connected through the Connect wizard.
#include "SingleSeat.h"

#include "AgentRegistry.h"
#include "HubServer.h"
#include "Workspace.h"
#include "cloudapi/GraphApiVersion.h"
#include "onboarding/AppDataRequest.h"
#include "store/Database.h"
#include "sync/SyncClient.h"
#include "ui/ConnectWizard.h"
#include "ui/MainWindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStatusBar>

namespace duet::desktop {

bool SeatCredentials::isComplete() const
{
    return onboarding::isGraphId(phoneNumberId) && !accessToken.isEmpty() && !appSecret.isEmpty() &&
           !verifyToken.isEmpty();
}

QString SeatCredentials::toJson() const
{
    const QJsonObject o{
        {QStringLiteral("phone_number_id"), phoneNumberId}, {QStringLiteral("waba_id"), wabaId},
        {QStringLiteral("access_token"), accessToken},      {QStringLiteral("app_secret"), appSecret},
        {QStringLiteral("verify_token"), verifyToken},      {QStringLiteral("agent_token"), agentToken}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool SeatCredentials::fromJson(const QString& json, SeatCredentials* out)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    out->phoneNumberId = o.value(QLatin1String("phone_number_id")).toString();
    out->wabaId = o.value(QLatin1String("waba_id")).toString();
    out->accessToken = o.value(QLatin1String("access_token")).toString();
    out->appSecret = o.value(QLatin1String("app_secret")).toString();
    out->verifyToken = o.value(QLatin1String("verify_token")).toString();
    out->agentToken = o.value(QLatin1String("agent_token")).toString();
    return out->isComplete();
}

SingleSeat::SingleSeat(Workspace& workspace, const QDir& dataDir, quint16 webhookPort, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_dataDir(dataDir)
    , m_port(webhookPort)
{
    connect(&workspace.sync(), &sync::SyncClient::stateChanged, this, &SingleSeat::onSyncState);
    connect(this, &SingleSeat::problem, this, [this](const QString& text) {
        if (ui::MainWindow* w = m_workspace.window())
            w->statusBar()->showMessage(text);
    });
}

SingleSeat::~SingleSeat()
{
    delete m_wizard.data();
    if (m_hub)
        m_hub->stop();
}

void SingleSeat::start()
{
    if (!m_keychainUsable) { // nothing to read: straight to the wizard
        ask({});
        return;
    }
    m_secrets.read(secretName(), [this](const secrets::SecretStore::Result& r) {
        SeatCredentials credentials;
        if (r.ok() && SeatCredentials::fromJson(r.value, &credentials)) {
            QString error;
            if (!startWith(credentials, &error))
                emit problem(error);
            return;
        }
        if (r.error != secrets::SecretStore::Error::None && r.error != secrets::SecretStore::Error::NotFound) {
            // No keychain, or a locked one: go on for this session, remembering nothing.
            m_keychainUsable = false;
            ask(secrets::SecretStore::errorText(r.error) + QLatin1Char(' ') +
                tr("The settings will not be remembered."));
            return;
        }
        ask({});
    });
}

void SingleSeat::ask(const QString& problemText)
{
    ui::ConnectHooks hooks;
    hooks.connectNumber = [this](const onboarding::Credentials& values, const onboarding::CheckReport& report,
                                 QUrl* webhook, QByteArray* verifyToken,
                                 QString* error) { return connectNumber(values, report, webhook, verifyToken, error); };
    hooks.requestImport = [this](const std::function<void(bool, const QString&)>& done) { requestImport(done); };
    const onboarding::GraphEndpoint endpoint{m_graphBaseUrl, cloudapi::graphApiVersion(), 20'000};
    m_wizard = new ui::ConnectWizard(m_network, endpoint, m_clock, hooks, m_workspace.window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setProblem(problemText);
    m_wizard->setValues(m_prefill);
    connect(m_wizard, &QDialog::finished, this, [this](int) {
        if (!m_hub)
            emit problem(tr("Not connected: Duet needs the number's Cloud API settings to run its hub. Start it again "
                            "with --single-seat to enter them."));
    });
    m_wizard->open();
    emit wizardShown();
}

bool SingleSeat::connectNumber(const onboarding::Credentials& values, const onboarding::CheckReport& report,
                               QUrl* webhook, QByteArray* verifyToken, QString* error)
{
    SeatCredentials credentials = m_credentials; // a token and verify token made before stay
    credentials.phoneNumberId = values.phoneNumberId;
    credentials.wabaId = values.wabaId;
    credentials.accessToken = QString::fromUtf8(values.accessToken);
    credentials.appSecret = QString::fromUtf8(values.appSecret);
    if (credentials.verifyToken.isEmpty())
        credentials.verifyToken = QString::fromLatin1(onboarding::newVerifyToken());
    if (m_hub) { // connecting again from the wizard: the new values replace the running hub's
        m_hub->stop();
        m_hub.reset();
    }
    if (!startWith(credentials, error))
        return false;
    m_hub->onboarding().recordConnected(values, report, QStringLiteral("me"), [](const hub::CommandResult&) {});
    *webhook = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_hub->port()));
    *verifyToken = m_credentials.verifyToken.toLatin1();
    return true;
}

void SingleSeat::requestImport(const std::function<void(bool ok, const QString& message)>& done)
{
    if (!m_hub) {
        done(false, tr("The hub is not running."));
        return;
    }
    m_hub->onboarding().requestSyncs(false, QStringLiteral("me"), [done](const QList<hub::Onboarding::SyncResult>& r) {
        QStringList lines;
        bool ok = !r.isEmpty();
        for (const hub::Onboarding::SyncResult& s : r) {
            const QString what = onboarding::syncTypeTitle(s.syncType);
            switch (s.outcome) {
            case hub::Onboarding::SyncResult::Outcome::Requested:
                lines << tr("Requested the %1.").arg(what);
                break;
            case hub::Onboarding::SyncResult::Outcome::AlreadyRequested:
                lines << tr("The %1 was requested before; Meta takes it once.").arg(what);
                break;
            case hub::Onboarding::SyncResult::Outcome::Refused:
                ok = false;
                lines << tr("Meta refused the %1. %2 %3")
                             .arg(what, onboarding::metaErrorText(s.answer.error),
                                  onboarding::appDataRemedy(s.answer.error));
                break;
            case hub::Onboarding::SyncResult::Outcome::Unavailable:
                ok = false;
                lines << tr("The %1 was not requested: the hub's database is unavailable.").arg(what);
                break;
            }
        }
        if (ok)
            lines << tr("Meta sends them over the next minutes to hours; the team overview (Ctrl+Shift+O) shows the "
                        "progress.");
        done(ok, lines.join(QLatin1Char('\n')));
    });
}

bool SingleSeat::startWith(SeatCredentials credentials, QString* error)
{
    hub::HubConfig config;
    config.db = m_dataDir.filePath(QStringLiteral("hub.db"));
    config.listenAddress = QHostAddress::LocalHost;
    config.listenPort = m_port;
    config.appSecret = credentials.appSecret.toUtf8();
    config.verifyToken = credentials.verifyToken.toUtf8();
    config.accessToken = credentials.accessToken.toUtf8();
    config.phoneNumberId = credentials.phoneNumberId;
    config.wabaId = credentials.wabaId;
    config.graphBaseUrl = m_graphBaseUrl;
    // A folder that cannot be made shows as the hub's own error: its database does not open.
    static_cast<void>(m_dataDir.mkpath(QStringLiteral(".")));
    auto hub = std::make_unique<hub::HubServer>(config, m_clock);
    QString detail;
    if (!hub->start(&detail)) {
        *error = tr("The hub could not start: %1").arg(detail);
        return false;
    }
    if (credentials.agentToken.isEmpty() && !createAgent(config.db, &credentials.agentToken, error))
        return false;
    m_hub = std::move(hub);
    m_credentials = credentials;
    remember(credentials);
    m_workspace.connectTo(m_hub->agentsUrl(), credentials.agentToken);
    emit started();
    return true;
}

bool SingleSeat::createAgent(const QString& db, QString* token, QString* error)
{
    // The desktop's own supervisor: a fresh name when an earlier token was lost.
    store::Database database;
    store::DatabaseLocation location;
    location.path = db;
    QString detail;
    if (!database.open(location, &detail)) {
        *error = tr("The hub could not start: %1").arg(detail);
        return false;
    }
    hub::AgentRegistry registry(database.connection());
    for (int i = 0; i < 50; ++i) {
        const QString name = i == 0 ? QStringLiteral("me") : QStringLiteral("me-%1").arg(i + 1);
        if (registry.add(name, sync::Role::Supervisor, m_clock.nowSecs(), token, &detail))
            return true;
    }
    *error = tr("The hub could not create its agent: %1").arg(detail);
    return false;
}

void SingleSeat::onSyncState()
{
    const sync::SyncClient& client = m_workspace.sync();
    if (!m_hub || client.state() != sync::SyncClient::State::Disconnected ||
        (client.lastError() != sync::SyncClient::Failure::TokenRefused &&
         client.lastError() != sync::SyncClient::Failure::TokenRevoked))
        return;
    // The hub no longer knows the stored token (its database was replaced): make a new agent.
    QString error;
    if (!createAgent(m_dataDir.filePath(QStringLiteral("hub.db")), &m_credentials.agentToken, &error)) {
        emit problem(error);
        return;
    }
    remember(m_credentials);
    m_workspace.connectTo(m_hub->agentsUrl(), m_credentials.agentToken);
}

void SingleSeat::remember(const SeatCredentials& credentials)
{
    if (!m_keychainUsable)
        return;
    m_secrets.write(secretName(), credentials.toJson(), [this](const secrets::SecretStore::Result& r) {
        if (!r.ok())
            emit problem(secrets::SecretStore::errorText(r.error) + QLatin1Char(' ') +
                         tr("The settings will be asked again next time."));
    });
}

} // namespace duet::desktop
