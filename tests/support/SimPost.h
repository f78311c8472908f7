// SPDX-License-Identifier: GPL-3.0-or-later
// Tells the simulator that something happened outside Duet: a customer writes, the owner answers from the phone.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUrl>

namespace duet::test {

/// POSTs `body` to the simulator at `baseUrl` + `path` (/_sim/inbound, /_sim/echo, …); true when
/// it answered 200 within 10 s.
/// Usage: `postToSimulator(nam, sim.baseUrl(), "/_sim/inbound", {{"from", "15551234567"}, {"text", "Hi"}});`
inline bool postToSimulator(QNetworkAccessManager& nam, const QString& baseUrl, const QString& path,
                            const QJsonObject& body)
{
    QNetworkRequest request(QUrl(baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000);
    reply->deleteLater();
    return finished && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

} // namespace duet::test
