// SPDX-License-Identifier: GPL-3.0-or-later
// A desktop's session at a hub, reduced to what sending through the hub's relay needs.
#pragma once

#include "outbound/OutboundDriver.h"
#include "sync/Protocol.h"

#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace duet::test {

/// Holds a WebSocket session at a hub's /agents endpoint for one OutboundDriver, as the desktop
/// does: hello with the agent's token, the welcome's session id on every relayed send, the
/// driver's demand as `demand` frames and the hub's `rate` as the driver's leased rate. It
/// reconnects when the hub goes away (the rate is 0 meanwhile).
/// Usage: `RelaySession session(hub.agentsUrl(), token, driver);` then wait for isWelcomed().
class RelaySession : public QObject
{
public:
    RelaySession(QUrl url, QString token, outbound::OutboundDriver& driver,
                 QString client = QStringLiteral("duet-test"))
        : m_url(std::move(url))
        , m_token(std::move(token))
        , m_client(std::move(client))
        , m_driver(driver)
    {
        m_retry.setSingleShot(true);
        m_retry.setInterval(500);
        connect(&m_retry, &QTimer::timeout, this, [this] { m_socket.open(m_url); });
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send(sync::Hello{sync::kProtocolVersion, m_token, 0, m_client, false});
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            m_welcomed = false;
            m_driver.setLeasedRate(0);
            m_retry.start();
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            sync::HubMessage message;
            sync::ProtocolError error;
            if (!sync::decodeHubMessage(text.toUtf8(), &message, &error))
                return;
            if (const auto* w = std::get_if<sync::Welcome>(&message)) {
                m_welcomed = true;
                m_driver.setSession(w->session.toUtf8());
                m_driver.setLeasedRate(w->sendShare);
                send(sync::Demand{m_live, m_bulk});
            } else if (const auto* r = std::get_if<sync::Rate>(&message)) {
                m_driver.setLeasedRate(r->sendShare);
            }
        });
        connect(&m_driver, &outbound::OutboundDriver::demandChanged, this, [this](int live, int bulk) {
            m_live = live;
            m_bulk = bulk;
            if (m_welcomed)
                send(sync::Demand{live, bulk});
        });
        m_driver.setLeasedRate(0); // nothing leaves before the hub leases a rate
        m_socket.open(m_url);
    }
    ~RelaySession() override
    {
        m_retry.stop();
        m_socket.disconnect(this);
        m_socket.close();
    }

    bool isWelcomed() const { return m_welcomed; }

private:
    void send(const sync::ClientMessage& message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(sync::encode(message)));
    }

    QUrl m_url;
    QString m_token;
    QString m_client;
    outbound::OutboundDriver& m_driver;
    QWebSocket m_socket;
    QTimer m_retry;
    bool m_welcomed = false;
    int m_live = 0;
    int m_bulk = 0;
};

} // namespace duet::test
