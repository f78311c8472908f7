// SPDX-License-Identifier: GPL-3.0-or-later
// Graph API URLs and signed requests for one endpoint.
#include "GraphEndpoint.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace duet::outbound {

QUrl GraphEndpoint::url(const QString& path) const
{
    QUrl url = baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QNetworkRequest GraphEndpoint::request(const QString& path) const
{
    QNetworkRequest request(url(path));
    request.setRawHeader("Authorization", "Bearer " + accessToken);
    if (!session.isEmpty())
        request.setRawHeader("X-Duet-Session", session);
    if (tls)
        request.setSslConfiguration(*tls);
    return request;
}

void GraphEndpoint::watch(QNetworkReply* reply) const
{
    acceptPinnedCertificates(reply, acceptTlsErrors);
}

void acceptPinnedCertificates(QNetworkReply* reply, const std::function<bool(const QList<QSslError>&)>& accept)
{
    if (!accept)
        return;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, accept](const QList<QSslError>& errors) {
        if (accept(errors))
            reply->ignoreSslErrors(errors);
    });
}

} // namespace duet::outbound
