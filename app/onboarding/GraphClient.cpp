// SPDX-License-Identifier: GPL-3.0-or-later
// One Graph API call at a time for setup work: token, appsecret_proof, timeout, Meta's errors read.
#include "GraphClient.h"

#include "NumberFacts.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace duet::onboarding {

QUrl GraphEndpoint::url(const QString& path, const QUrlQuery& query) const
{
    QString base = baseUrl.isEmpty() ? QStringLiteral("https://graph.facebook.com") : baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QUrl u(base + QLatin1Char('/') + apiVersion + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

GraphClient::GraphClient(QNetworkAccessManager& network, GraphEndpoint endpoint, QByteArray accessToken,
                         QByteArray appSecret, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_token(std::move(accessToken))
    , m_secret(std::move(appSecret))
    , m_clock(clock)
{}

GraphClient::~GraphClient()
{
    // Replies still running belong to this client: abort them without answering.
    for (QNetworkReply* reply : findChildren<QNetworkReply*>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

QUrlQuery GraphClient::withProof(QUrlQuery query) const
{
    if (!m_secret.isEmpty())
        query.addQueryItem(QStringLiteral("appsecret_proof"), QString::fromLatin1(appSecretProof(m_token, m_secret)));
    return query;
}

void GraphClient::get(const QString& path, const QUrlQuery& query, Callback done)
{
    QNetworkRequest request(m_endpoint.url(path, withProof(query)));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(m_endpoint.timeoutMs);
    watch(m_network.get(request), std::move(done));
}

void GraphClient::post(const QString& path, const QJsonObject& body, Callback done)
{
    QNetworkRequest request(m_endpoint.url(path, withProof({})));
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(m_endpoint.timeoutMs);
    watch(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), std::move(done));
}

void GraphClient::watch(QNetworkReply* reply, Callback done)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        cloudapi::HeaderList headers;
        for (const auto& pair : reply->rawHeaderPairs())
            headers.append(pair);
        const GraphReply out = readGraphReply(status, reply->readAll(), headers, m_clock.nowSecs());
        if (done)
            done(out);
    });
}

GraphReply readGraphReply(int httpStatus, const QByteArray& body, const cloudapi::HeaderList& headers, qint64 nowSecs)
{
    GraphReply out;
    out.httpStatus = httpStatus;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (httpStatus >= 200 && httpStatus <= 299 && !json.contains(QLatin1String("error"))) {
        out.ok = true;
        out.json = json;
        return out;
    }
    const auto transport = httpStatus == 0 ? cloudapi::Transport::NetworkError : cloudapi::Transport::Completed;
    out.error = cloudapi::parseGraphResponse(transport, httpStatus, body, headers, nowSecs).error;
    return out;
}

} // namespace duet::onboarding
