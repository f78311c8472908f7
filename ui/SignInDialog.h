// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to a hub: its address, the agent's token, and whether to keep the token in the keychain.
#pragma once

#include "secrets/SecretStore.h"
#include "sync/SyncClient.h"

#include <QDialog>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace duet::ui {

/// Asks for the hub's address and the agent's token, starts the sync client with them and stays
/// open until the hub has welcomed the agent; then, if "Remember on this computer" is ticked, it
/// stores the token in the keychain and closes (accepted). Everything that goes wrong is shown in
/// the dialog with what to do: a malformed address, an empty token, an unreachable hub, a refused
/// or revoked token, a keychain that is missing or locked, a refused certificate in words. What
/// was typed is never cleared. A bare host means wss://; ws:// to another computer is refused
/// unless the person ticks "Allow an unencrypted connection" (remembered for that address). A
/// certificate that is only not trusted (self-signed, a private CA) may be trusted by its SHA-256
/// fingerprint after the person confirms it.
/// Usage: `SignInDialog d(client, secrets, window); d.setSettings(&settings); d.setHubAddress(url); d.open();`
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(sync::SyncClient& client, secrets::SecretStore& secrets, QWidget* parent = nullptr);

    void setHubAddress(const QString& address);
    QString hubAddress() const;
    QString token() const;
    bool remember() const;
    /// The inline message (empty when none).
    QString errorText() const;
    /// Shows a problem found before the dialog opened (a keychain error, a revoked token).
    void setError(const QString& text) { showError(text); }
    bool isBusy() const { return m_busy; }

    /// The keychain entry of a hub's token.
    static QString secretName(const QUrl& hub);

    /// Where the unencrypted-connection choice and trusted certificates are remembered; without
    /// settings they last as long as the dialog's client.
    void setSettings(QSettings* settings) { m_settings = settings; }
    /// Whether the person allowed ws:// to this (remote) hub before.
    static bool unencryptedAllowed(const QSettings& settings, const QUrl& hub);
    /// The fingerprints the person chose to trust (settings key hub/trusted_certificates).
    static QStringList trustedCertificates(const QSettings& settings);
    /// The certificate the client refused that the person may trust (null when none may be).
    QSslCertificate refusedCertificate() const;
    /// Trusts refusedCertificate() (after the person confirmed its fingerprint) and signs in again.
    void trustRefusedCertificate();

    /// Checks the fields; on success starts signing in. Also what the Sign in button does.
    void submit();

signals:
    /// Signed in (and the token stored when asked): the client is connected to `hub`.
    void signedIn(const QUrl& hub);

private:
    void onClientState();
    void onAddressEdited();
    void confirmTrust();
    void finishRemembering();
    void showError(const QString& text, QWidget* focus = nullptr);
    void fitContents();
    void setBusy(bool busy, const QString& status = {});

    sync::SyncClient& m_client;
    secrets::SecretStore& m_secrets;
    QLineEdit* m_hub;
    QLineEdit* m_token;
    QCheckBox* m_remember;
    QCheckBox* m_allowUnencrypted;
    QPushButton* m_trust;
    QSettings* m_settings = nullptr;
    QLabel* m_error;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QUrl m_url;
    bool m_busy = false;
    bool m_connected = false; ///< the hub welcomed this token; only the keychain step may remain
};

} // namespace duet::ui
