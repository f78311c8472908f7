// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's link to a hub: the sync client, the token in the keychain, sign-in when needed.
#pragma once

#include "secrets/SecretStore.h"
#include "sync/SyncClient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace duet::ui {
class ConnectionIndicator;
class MainWindow;
class SignInDialog;
} // namespace duet::ui

namespace duet::desktop {

/// Wires one hub to the main window: reads the agent's token from the keychain and starts the
/// sync client, or asks with the sign-in dialog when there is none (or it was refused or
/// revoked, in which case the stored token is forgotten); applied events reach the window's
/// conversationsChanged(); the status bar shows the connection. The local store stays readable
/// throughout, so the window works offline.
/// Usage: `HubSession session(url, store, clock, window); session.start();`
class HubSession : public QObject
{
    Q_OBJECT
public:
    HubSession(const QUrl& hub, QSqlDatabase db, store::Backend backend, store::EventApplier& events,
               const Clock& clock, ui::MainWindow& window, QObject* parent = nullptr);
    ~HubSession() override;

    void start();
    sync::SyncClient& client() { return m_client; }

private:
    void askToSignIn(const QString& problem = {});
    void onState();

    QUrl m_hub;
    sync::SyncClient m_client;
    secrets::SecretStore m_secrets;
    ui::MainWindow& m_window;
    ui::ConnectionIndicator* m_indicator;
    QPointer<ui::SignInDialog> m_dialog;
};

} // namespace duet::desktop
