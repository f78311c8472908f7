// SPDX-License-Identifier: GPL-3.0-or-later
// Where Graph API calls go and how they are signed: shared by sends (DriverSettings) and media (MediaEndpoint).
#pragma once

#include "cloudapi/GraphApiVersion.h"

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace duet::outbound {

/// The Graph API endpoint a desktop talks to: on a desktop the hub's Graph relay (`{hub}/graph`)
/// with the agent's own token; Meta's token stays on the hub. The token is a secret: it goes in
/// the Authorization header and nowhere else (never in a log, a signal or an error text).
struct GraphEndpoint
{
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString apiVersion = cloudapi::graphApiVersion();
    QString phoneNumberId;
    QByteArray accessToken; ///< the bearer: the agent's token for the relay (Meta's only when talking to Meta)
    QByteArray session;     ///< sent as `X-Duet-Session` (the hub's welcome names it); empty: not sent
    /// The TLS trust for https:// requests (e.g. net::TlsTrust::configuration() for a hub with a
    /// private CA); unset: Qt's default (the system's CA certificates).
    std::optional<QSslConfiguration> tls;
    /// Decides certificate problems of https:// requests (net::TlsTrust::accepts: certificates the
    /// person pinned); unset or false: the request fails as Qt refuses it.
    std::function<bool(const QList<QSslError>&)> acceptTlsErrors;

    /// `path` (from cloudapi::GraphRequestBuilder, starting with '/') under baseUrl.
    QUrl url(const QString& path) const;
    /// A request for `path` with the bearer token, the session header and the TLS trust.
    QNetworkRequest request(const QString& path) const;
    /// Lets `reply` go on past the certificate problems acceptTlsErrors forgives.
    void watch(QNetworkReply* reply) const;
};

/// Lets `reply` go on past certificate problems that `accept` forgives (a pinned hub certificate).
void acceptPinnedCertificates(QNetworkReply* reply, const std::function<bool(const QList<QSslError>&)>& accept);

} // namespace duet::outbound
