// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded hub of a single seat, and its credentials dialog.
#include "SingleSeat.h"

#include "AgentRegistry.h"
#include "HubServer.h"
#include "Workspace.h"
#include "store/Database.h"
#include "sync/SyncClient.h"
#include "ui/MainWindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>

namespace duet::desktop {
namespace {

/// Asks for the four Cloud API values once; returns false when cancelled.
bool askCredentials(QWidget* parent, const QString& problem, SeatCredentials* out)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Connect your WhatsApp number"));
    auto* form = new QFormLayout(&dialog);
    auto* intro = new QLabel(QObject::tr("Duet runs its own hub on this computer. Enter the Cloud API settings of your "
                                         "app in Meta's developer dashboard; they are kept in the system keychain."));
    intro->setWordWrap(true);
    form->addRow(intro);
    if (!problem.isEmpty()) {
        auto* error = new QLabel(problem);
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #c62828"));
        form->addRow(error);
    }
    auto* phone = new QLineEdit(out->phoneNumberId);
    auto* token = new QLineEdit(out->accessToken);
    auto* secret = new QLineEdit(out->appSecret);
    auto* verify = new QLineEdit(out->verifyToken);
    token->setEchoMode(QLineEdit::Password);
    secret->setEchoMode(QLineEdit::Password);
    verify->setEchoMode(QLineEdit::Password);
    form->addRow(QObject::tr("Phone number ID"), phone);
    form->addRow(QObject::tr("Access token"), token);
    form->addRow(QObject::tr("App secret"), secret);
    form->addRow(QObject::tr("Webhook verify token"), verify);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    out->phoneNumberId = phone->text().trimmed();
    out->accessToken = token->text().trimmed();
    out->appSecret = secret->text().trimmed();
    out->verifyToken = verify->text().trimmed();
    return true;
}

} // namespace

bool SeatCredentials::isComplete() const
{
    return QRegularExpression(QStringLiteral("^[0-9]{1,32}$")).match(phoneNumberId).hasMatch() &&
           !accessToken.isEmpty() && !appSecret.isEmpty() && !verifyToken.isEmpty();
}

QString SeatCredentials::toJson() const
{
    const QJsonObject o{{QStringLiteral("phone_number_id"), phoneNumberId},
                        {QStringLiteral("access_token"), accessToken},
                        {QStringLiteral("app_secret"), appSecret},
                        {QStringLiteral("verify_token"), verifyToken},
                        {QStringLiteral("agent_token"), agentToken}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool SeatCredentials::fromJson(const QString& json, SeatCredentials* out)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    out->phoneNumberId = o.value(QLatin1String("phone_number_id")).toString();
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
    if (m_hub)
        m_hub->stop();
}

void SingleSeat::start()
{
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
    SeatCredentials credentials;
    QString shown = problemText;
    for (;;) {
        if (!askCredentials(m_workspace.window(), shown, &credentials)) {
            emit problem(tr("Not connected: Duet needs the Cloud API settings to run its hub. Start it again with "
                            "--single-seat to enter them."));
            return;
        }
        if (!credentials.isComplete()) {
            shown = tr("Fill in all four fields; the phone number ID is digits only.");
            continue;
        }
        QString error;
        if (startWith(credentials, &error))
            return;
        shown = error;
    }
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
    m_dataDir.mkpath(QStringLiteral("."));
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
