// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's view of the connection to the hub: a coloured dot and a few words.
#pragma once

#include "sync/SyncClient.h"

#include <QColor>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace duet::ui {

/// Shows where the sync client stands (offline, connecting, signing in, catching up, live) and,
/// when it is disconnected, why and what to do (its tooltip). The text, the dot's colour and the
/// accessible name follow the client's stateChanged(); it works without a client ("Offline").
/// Usage: `statusBar()->addPermanentWidget(new ConnectionIndicator(&client));`
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(sync::SyncClient* client = nullptr, QWidget* parent = nullptr);

    void setClient(sync::SyncClient* client);

    /// What the indicator says for a state and the last failure (translated).
    static QString text(sync::SyncClient::State state, sync::SyncClient::Failure failure);
    /// Its colour: green when live, amber while connecting or catching up, red for a failure that
    /// needs the person (a refused token, an old version), grey offline.
    static QColor colour(sync::SyncClient::State state, sync::SyncClient::Failure failure);

    QString currentText() const;
    QColor currentColour() const { return m_colour; }

private:
    void update(sync::SyncClient::State state, sync::SyncClient::Failure failure);

    QPointer<sync::SyncClient> m_client;
    QLabel* m_dot;
    QLabel* m_text;
    QColor m_colour;
    QMetaObject::Connection m_connection;
};

} // namespace duet::ui
