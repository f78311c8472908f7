// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's link to a hub: the token in the keychain, sign-in when needed.
#pragma once

#include "secrets/SecretStore.h"
#include "sync/SyncClient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QSettings;

namespace duet::ui {
class MainWindow;
class SignInDialog;
} // namespace duet::ui

namespace duet::desktop {

/// Signs one desktop in to a hub: reads the agent's token from the keychain and starts the
/// workspace's sync client, or asks with the sign-in dialog when there is none (or it was
/// refused or revoked, in which case the stored token is forgotten). The local store stays
/// readable throughout, so the window works offline (Workspace wires the views to the client).
/// A ws:// hub on another computer goes through the dialog unless the person allowed it there.
/// Usage: `HubSession session(url, workspace.sync(), window); session.start();`
class HubSession : public QObject
{
    Q_OBJECT
public:
    /// `settings` (may be null) remembers the sign-in dialog's unencrypted-connection choice and
    /// trusted certificates.
    HubSession(const QUrl& hub, sync::SyncClient& client, ui::MainWindow& window, QSettings* settings = nullptr,
               QObject* parent = nullptr);

    void start();
    sync::SyncClient& client() { return m_client; }
    /// The sign-in dialog while it is open; null otherwise.
    ui::SignInDialog* dialog() const;

private:
    void askToSignIn(const QString& problem = {});
    void onState();

    QUrl m_hub;
    sync::SyncClient& m_client;
    secrets::SecretStore m_secrets;
    ui::MainWindow& m_window;
    QSettings* m_settings;
    QPointer<ui::SignInDialog> m_dialog;
};

} // namespace duet::desktop
