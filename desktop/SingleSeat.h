// SPDX-License-Identifier: GPL-3.0-or-later
// `duet --single-seat`: the hub inside the desktop, its credentials in the OS keychain.
#pragma once

#include "core/Clock.h"
#include "secrets/SecretStore.h"

#include <QDir>
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
/// like with any hub. The Cloud API credentials are asked once (a dialog) and kept in the OS
/// keychain with the agent token the desktop creates for itself. Without a usable keychain Duet
/// says so and asks each time: nothing is written in clear.
/// Usage: `SingleSeat seat(workspace, dataDir, 8080); seat.start();`
class SingleSeat : public QObject
{
    Q_OBJECT
public:
    SingleSeat(Workspace& workspace, const QDir& dataDir, quint16 webhookPort, QObject* parent = nullptr);
    ~SingleSeat() override;

    static QString secretName() { return QStringLiteral("single-seat"); }
    /// Reads the credentials (or asks for them), starts the hub and connects the desktop.
    void start();
    /// Starts with these credentials; a missing agent token is created. False with *error.
    bool startWith(SeatCredentials credentials, QString* error);
    hub::HubServer* hub() const { return m_hub.get(); }
    /// False: nothing is written to the keychain (tests, and after the keychain failed).
    void setKeychainEnabled(bool enabled) { m_keychainUsable = enabled; }

signals:
    /// Something the person must know (the keychain is locked, the port is taken).
    void problem(const QString& text);

private:
    void ask(const QString& problem);
    void remember(const SeatCredentials& credentials);
    bool createAgent(const QString& db, QString* token, QString* error);
    void onSyncState();

    Workspace& m_workspace;
    QDir m_dataDir;
    quint16 m_port;
    SystemClock m_clock;
    secrets::SecretStore m_secrets;
    std::unique_ptr<hub::HubServer> m_hub;
    SeatCredentials m_credentials;
    bool m_keychainUsable = true;
};

} // namespace duet::desktop
