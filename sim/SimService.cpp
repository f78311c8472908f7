// SPDX-License-Identifier: GPL-3.0-or-later
// The running simulator: HTTP server, logic, webhook delivery and the timer that drives them.
#include "SimService.h"

#include "Simulator.h"
#include "WebhookDispatcher.h"
#include "net/HttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace duet::sim {

/// Posts webhooks with QNetworkAccessManager; a reply without an HTTP status counts as 0.
class HttpWebhookTransport : public WebhookTransport
{
public:
    explicit HttpWebhookTransport(const QUrl& url)
        : m_url(url)
    {}

    void post(const QByteArray& body, const QByteArray& signatureHeader, std::function<void(int)> done) override
    {
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Hub-Signature-256", signatureHeader);
        request.setRawHeader("User-Agent", "facebookexternalua");
        request.setTransferTimeout(10000);
        QNetworkReply* reply = m_network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
            reply->deleteLater();
            done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        });
    }

private:
    QUrl m_url;
    QNetworkAccessManager m_network;
};

SimService::SimService(const Clock& clock, SimOptions options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_simulator(std::make_unique<Simulator>(clock, m_options.scenario, m_options.accessToken, m_options.seed))
{
    m_simulator->setAppSecret(m_options.appSecret);
    m_server = std::make_unique<net::HttpServer>();
    m_server->setFallback([this](const net::HttpRequest& request, net::HttpReply reply) {
        SimRequest r;
        r.method = request.method;
        r.path = request.path;
        r.query = request.query;
        r.authorization = request.header("authorization");
        r.contentType = request.header("content-type");
        r.body = request.body;
        const SimResponse response = m_simulator->handle(r);
        pump();
        reply.send(response.status, response.body, response.contentType);
    });
    if (m_options.webhookUrl.isValid() && !m_options.webhookUrl.isEmpty()) {
        m_transport = std::make_unique<HttpWebhookTransport>(m_options.webhookUrl);
        m_dispatcher = std::make_unique<WebhookDispatcher>(clock, m_simulator->scenario(), m_options.appSecret,
                                                           *m_transport, m_simulator->stats(), m_options.seed);
    }
    m_simulator->setStallClock(&m_realClock);
    m_timer.setInterval(10);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_simulator->heartbeat(); // before pump(): requests read after a stall were judged against it
        pump();
    });
}

SimService::~SimService()
{
    m_timer.stop();
    m_dispatcher.reset(); // before the transport, whose replies it no longer wants
    m_transport.reset();
}

bool SimService::start(QString* error)
{
    m_port = m_server->listen(m_options.address, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.address.toString()).arg(m_options.port);
        return false;
    }
    m_simulator->setPublicBaseUrl(baseUrl());
    m_timer.start();
    return true;
}

QString SimService::baseUrl() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.address.toString() + QLatin1Char(']')
                             : m_options.address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

void SimService::pump()
{
    m_simulator->tick();
    const QList<WebhookChange> ready = m_simulator->takeReadyChanges();
    if (!m_dispatcher)
        return;
    m_dispatcher->enqueue(ready);
    m_dispatcher->pump();
}

} // namespace duet::sim
