// SPDX-License-Identifier: GPL-3.0-or-later
// The connection indicator's words and colours.
#include "ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace duet::ui {

using State = sync::SyncClient::State;
using Failure = sync::SyncClient::Failure;

ConnectionIndicator::ConnectionIndicator(sync::SyncClient* client, QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    m_dot->setText(QStringLiteral("●"));
    m_dot->setAccessibleName(QString());
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setClient(client);
}

void ConnectionIndicator::setClient(sync::SyncClient* client)
{
    disconnect(m_connection);
    m_client = client;
    if (client) {
        m_connection = connect(client, &sync::SyncClient::stateChanged, this,
                               [this] { update(m_client->state(), m_client->lastError()); });
        update(client->state(), client->lastError());
    } else {
        update(State::Disconnected, Failure::None);
    }
}

QString ConnectionIndicator::text(State state, Failure failure)
{
    switch (state) {
    case State::Live:
        return tr("Connected");
    case State::CatchingUp:
        return tr("Catching up…");
    case State::Authenticating:
        return tr("Signing in…");
    case State::Connecting:
        return failure == Failure::None ? tr("Connecting…") : tr("Reconnecting…");
    case State::Disconnected:
        break;
    }
    switch (failure) {
    case Failure::None:
        return tr("Offline");
    case Failure::HubUnreachable:
    case Failure::ProtocolError:
    case Failure::LocalStoreFailed:
        return tr("Offline, retrying");
    case Failure::Throttled:
        return tr("Offline, retrying in a minute");
    case Failure::TooManySessions:
        return tr("Too many connections, retrying in a minute");
    case Failure::TokenRefused:
        return tr("Sign-in refused");
    case Failure::TokenRevoked:
        return tr("Access revoked");
    case Failure::UnsupportedVersion:
        return tr("Update Duet to connect");
    case Failure::CertificateRefused:
        return tr("Hub certificate refused");
    }
    return tr("Offline");
}

QColor ConnectionIndicator::colour(State state, Failure failure)
{
    switch (state) {
    case State::Live:
        return QColor(0x2e, 0x9d, 0x4f); // green
    case State::CatchingUp:
    case State::Authenticating:
    case State::Connecting:
        return QColor(0xd9, 0x8e, 0x04); // amber
    case State::Disconnected:
        break;
    }
    switch (failure) {
    case Failure::TokenRefused:
    case Failure::TokenRevoked:
    case Failure::UnsupportedVersion:
    case Failure::CertificateRefused:
        return QColor(0xc6, 0x28, 0x28); // red: the person has to act
    case Failure::None:
        return QColor(0x8a, 0x8a, 0x8a); // grey: offline by choice
    default:
        return QColor(0xd9, 0x8e, 0x04); // amber: retrying on its own
    }
}

QString ConnectionIndicator::currentText() const
{
    return m_text->text();
}

void ConnectionIndicator::update(State state, Failure failure)
{
    m_colour = colour(state, failure);
    const QString words = text(state, failure);
    m_text->setText(words);
    m_dot->setStyleSheet(QStringLiteral("color: %1;").arg(m_colour.name()));
    // The client's own text says which certificate problem it met; the static one is generic.
    const QString why = state != State::Disconnected                   ? QString()
                        : m_client && m_client->lastError() == failure ? m_client->lastFailureText()
                                                                       : sync::SyncClient::failureText(failure);
    setToolTip(why.isEmpty() ? words : why);
    setAccessibleName(tr("Connection to the hub: %1").arg(words));
    setAccessibleDescription(why);
}

} // namespace duet::ui
