// SPDX-License-Identifier: GPL-3.0-or-later
// Token from the keychain, else the sign-in dialog; the sync client wired to the window.
#include "HubSession.h"

#include "ui/ConnectionIndicator.h"
#include "ui/ConversationListModel.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"

#include <QStatusBar>

namespace duet::desktop {

using Failure = sync::SyncClient::Failure;

HubSession::HubSession(const QUrl& hub, QSqlDatabase db, store::Backend backend, store::EventApplier& events,
                       const Clock& clock, ui::MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_client(std::move(db), backend, events, clock)
    , m_window(window)
    , m_indicator(new ui::ConnectionIndicator(&m_client))
{
    window.statusBar()->addPermanentWidget(m_indicator);
    connect(&m_client, &sync::SyncClient::conversationsChanged, &window, &ui::MainWindow::conversationsChanged);
    connect(&m_client, &sync::SyncClient::replicaReset, &window, &ui::MainWindow::loadInitial);
    connect(&m_client, &sync::SyncClient::welcomed, this,
            [this] { m_window.conversationModel()->setCurrentAgent(m_client.agent()); });
    connect(&m_client, &sync::SyncClient::stateChanged, this, &HubSession::onState);
}

HubSession::~HubSession()
{
    m_indicator->setClient(nullptr);
}

void HubSession::start()
{
    m_secrets.read(ui::SignInDialog::secretName(m_hub), [this](const secrets::SecretStore::Result& r) {
        if (r.ok() && !r.value.isEmpty()) {
            m_client.start(m_hub, r.value);
            return;
        }
        askToSignIn(r.error == secrets::SecretStore::Error::NotFound ? QString()
                                                                     : secrets::SecretStore::errorText(r.error));
    });
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
    askToSignIn(sync::SyncClient::failureText(failure));
}

void HubSession::askToSignIn(const QString& problem)
{
    if (m_dialog)
        return;
    m_dialog = new ui::SignInDialog(m_client, m_secrets, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setHubAddress(m_hub.toString());
    if (!problem.isEmpty())
        m_dialog->setError(problem);
    m_dialog->open();
}

} // namespace duet::desktop
