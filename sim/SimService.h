// SPDX-License-Identifier: GPL-3.0-or-later
// The running simulator: HTTP server, logic, webhook delivery and the timer that drives them.
#pragma once

#include "ScaledClock.h"
#include "Scenario.h"
#include "core/Clock.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace duet::net {
class HttpServer;
}

namespace duet::sim {

class Simulator;
class WebhookDispatcher;
class HttpWebhookTransport;

/// How a simulator is run (duet-sim's options; the desktop's --demo fills it in itself).
struct SimOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0: any free port
    QUrl webhookUrl;  ///< where webhooks go; empty: none are sent
    QByteArray appSecret;
    QByteArray accessToken;
    Scenario scenario = Scenario::defaults();
    quint64 seed = 1;
};

/// Wires Simulator, its HTTP server (net::HttpServer) and WebhookDispatcher together on one clock, and polls them
/// every 10 ms of real time. Embed it (tests, the desktop's demo) or run it from duet-sim's main.
///     ScaledClock clock(10); SimService sim(clock, options);
///     if (!sim.start(&error)) ...; qDebug() << sim.port();
class SimService : public QObject
{
    Q_OBJECT
public:
    SimService(const Clock& clock, SimOptions options, QObject* parent = nullptr);
    ~SimService() override;

    /// Starts listening. False with a one-line reason when the port cannot be bound.
    bool start(QString* error);
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT"
    QString baseUrl() const;

    Simulator& simulator() { return *m_simulator; }
    WebhookDispatcher* dispatcher() { return m_dispatcher.get(); }
    /// Runs what is due on the clock now (the timer calls it; tests may too).
    void pump();

private:
    const Clock& m_clock;
    SimOptions m_options;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<net::HttpServer> m_server;
    std::unique_ptr<HttpWebhookTransport> m_transport;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    QTimer m_timer;
    SystemClock m_realClock; ///< the simulator's own stalls are judged in real time, whatever the speed
    quint16 m_port = 0;
};

} // namespace duet::sim
