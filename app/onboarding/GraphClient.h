// SPDX-License-Identifier: GPL-3.0-or-later
// One Graph API call at a time for setup work: token, appsecret_proof, timeout, Meta's errors read.
#pragma once

#include "cloudapi/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace duet {
class Clock;
}

namespace duet::onboarding {

/// Where the Graph API is: Meta's, a proxy or a duet-sim; and which version every path names.
struct GraphEndpoint
{
    QString baseUrl;    ///< empty: https://graph.facebook.com
    QString apiVersion; ///< cloudapi::kGraphApiVersion, or the hub's [cloudapi] api_version
    int timeoutMs = 20'000;
    /// baseUrl + "/" + apiVersion + path (path starts with '/'), with `query`.
    QUrl url(const QString& path, const QUrlQuery& query = {}) const;
};

/// Meta's answer to one call: a JSON object, or the error as cloudapi::ApiError reads it.
struct GraphReply
{
    bool ok = false;
    int httpStatus = 0;
    QJsonObject json;
    cloudapi::ApiError error; ///< when !ok
};

/// Reads Meta's answer to one call: a 2xx JSON object without `error` is ok, anything else an error
/// as cloudapi::parseGraphResponse() reads it (httpStatus 0: no answer arrived). `nowSecs` (epoch
/// seconds) turns an HTTP-date Retry-After into a wait.
GraphReply readGraphReply(int httpStatus, const QByteArray& body, const cloudapi::HeaderList& headers, qint64 nowSecs);

/// Calls the Graph API as the business: `Authorization: Bearer <token>` and, with an app secret,
/// `appsecret_proof` on every call (Meta then refuses calls whose app secret is wrong). Every call
/// has a timeout and answers exactly once, later, on the caller's thread; calls still running
/// when the client is destroyed answer nothing. Nothing it sends or receives is logged.
/// Usage: `GraphClient g(nam, endpoint, token, secret, clock); g.get("/123", query, [](const GraphReply& r){...});`
class GraphClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const GraphReply&)>;

    GraphClient(QNetworkAccessManager& network, GraphEndpoint endpoint, QByteArray accessToken, QByteArray appSecret,
                const Clock& clock, QObject* parent = nullptr);
    ~GraphClient() override;

    void get(const QString& path, const QUrlQuery& query, Callback done);
    void post(const QString& path, const QJsonObject& body, Callback done);

private:
    QUrlQuery withProof(QUrlQuery query) const;
    void watch(QNetworkReply* reply, Callback done);

    QNetworkAccessManager& m_network;
    GraphEndpoint m_endpoint;
    QByteArray m_token;
    QByteArray m_secret;
    const Clock& m_clock;
};

} // namespace duet::onboarding
