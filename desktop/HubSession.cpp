// SPDX-License-Identifier: GPL-3.0-or-later
// Token from the keychain, else the sign-in dialog.
#include "HubSession.h"

#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

namespace duet::desktop {

using Failure = sync::SyncClient::Failure;

HubSession::HubSession(const QUrl& hub, sync::SyncClient& client, ui::MainWindow& window, QSettings* settings,
                       QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_client(client)
    , m_window(window)
    , m_settings(settings)
{
    connect(&m_client, &sync::SyncClient::stateChanged, this, &HubSession::onState);
}

void HubSession::start()
{
    // Never in clear to another computer unless the person chose so in the dialog.
    if (sync::SyncClient::isUnencryptedRemote(m_hub) &&
        !(m_settings && ui::SignInDialog::unencryptedAllowed(*m_settings, m_hub))) {
        askToSignIn();
        return;
    }
    m_secrets.read(ui::SignInDialog::secretName(m_hub), [this](const secrets::SecretStore::Result& r) {
        if (r.ok() && !r.value.isEmpty()) {
            m_client.start(m_hub, r.value);
            return;
        }
        askToSignIn(r.error == secrets::SecretStore::Error::NotFound ? QString()
                                                                     : secrets::SecretStore::errorText(r.error));
    });
}

ui::SignInDialog* HubSession::dialog() const
{
    return m_dialog;
}

void HubSession::onState()
{
    if (m_dialog || m_client.state() != sync::SyncClient::State::Disconnected)
        return;
    const Failure failure = m_client.lastError();
    if (failure != Failure::TokenRefused && failure != Failure::TokenRevoked)
        return;
    // The stored token is no good any more: forget it and ask for a new one.
    m_secrets.remove(ui::SignInDialog::secretName(m_hub), [](const secrets::SecretStore::Result&) {});
    askToSignIn(m_client.lastFailureText());
}

void HubSession::askToSignIn(const QString& problem)
{
    if (m_dialog)
        return;
    m_dialog = new ui::SignInDialog(m_client, m_secrets, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSettings(m_settings);
    m_dialog->setHubAddress(m_hub.toString());
    if (!problem.isEmpty())
        m_dialog->setError(problem);
    m_dialog->open();
}

} // namespace duet::desktop
