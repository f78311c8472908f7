// SPDX-License-Identifier: GPL-3.0-or-later
// `duet --single-seat`: the hub inside the desktop, its credentials in the OS keychain.
#pragma once

#include "core/Clock.h"
#include "onboarding/NumberFacts.h"
#include "secrets/SecretStore.h"
#include "ui/ConnectWizard.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace duet::hub {
class HubServer;
}

namespace duet::desktop {

class Workspace;

/// What a single seat needs to know, kept as one keychain secret (JSON), never in a file.
struct SeatCredentials
{
    QString phoneNumberId;
    QString wabaId; ///< empty for seats connected before Duet asked for it
    QString accessToken;
    QString appSecret;
    QString verifyToken;
    QString agentToken; ///< the desktop's own supervisor token for the embedded hub; made by Duet
    bool isComplete() const;
    QString toJson() const;
    static bool fromJson(const QString& json, SeatCredentials* out);
};

/// One person on one computer, no server: the hub (hub::HubServer) runs in the process on the
/// data directory's hub.db and listens on 127.0.0.1:`webhookPort` for Meta's webhooks (put a
/// tunnel or reverse proxy in front, as for duet-hub); the desktop syncs with it as a supervisor
/// like with any hub. The first run shows ui::ConnectWizard: the number's values are checked with
/// Meta, then kept in the OS keychain with the agent token the desktop creates for itself, the hub
/// starts, the connection is recorded in its log, and the wizard offers the one-time import of the
/// phone app's history and contacts. Later runs start at once from the keychain. Without a usable
/// keychain Duet says so and asks each time: nothing is written in clear.
/// Usage: `SingleSeat seat(workspace, dataDir, 8080); seat.start();`
class SingleSeat : public QObject
{
    Q_OBJECT
public:
    SingleSeat(Workspace& workspace, const QDir& dataDir, quint16 webhookPort, QObject* parent = nullptr);
    ~SingleSeat() override;

    static QString secretName() { return QStringLiteral("single-seat"); }
    /// Where the hub calls the Graph API (a duet-sim); empty: Meta's. Call before start().
    void setGraphBaseUrl(const QString& url) { m_graphBaseUrl = url; }
    /// What the wizard starts with (the command line's values). Call before start().
    void setPrefill(const onboarding::Credentials& values) { m_prefill = values; }
    /// Reads the credentials and starts, or shows the wizard to connect the number.
    void start();
    /// Starts with these credentials; a missing agent token is created. False with *error.
    bool startWith(SeatCredentials credentials, QString* error);
    hub::HubServer* hub() const { return m_hub.get(); }
    /// The Connect wizard while it is shown; null otherwise.
    ui::ConnectWizard* wizard() const { return m_wizard; }
    /// False: nothing is written to the keychain (tests, screenshots, and after the keychain failed).
    void setKeychainEnabled(bool enabled) { m_keychainUsable = enabled; }

signals:
    /// Something the person must know (the keychain is locked, the port is taken).
    void problem(const QString& text);
    /// The wizard is up (wizard() is set).
    void wizardShown();
    /// The hub runs and the desktop is connecting to it.
    void started();

private:
    void ask(const QString& problem);
    bool connectNumber(const onboarding::Credentials& values, const onboarding::CheckReport& report, QUrl* webhook,
                       QByteArray* verifyToken, QString* error);
    void requestImport(const std::function<void(bool ok, const QString& message)>& done);
    void remember(const SeatCredentials& credentials);
    bool createAgent(const QString& db, QString* token, QString* error);
    void onSyncState();

    Workspace& m_workspace;
    QDir m_dataDir;
    quint16 m_port;
    SystemClock m_clock;
    secrets::SecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<hub::HubServer> m_hub;
    SeatCredentials m_credentials;
    QString m_graphBaseUrl;
    onboarding::Credentials m_prefill;
    QPointer<ui::ConnectWizard> m_wizard;
    bool m_keychainUsable = true;
};

} // namespace duet::desktop
