// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers of the simulator tests: scenario paths and request builders.
#pragma once

#include "GraphPaths.h"
#include "SimTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace duet::test {

/// A scenario file shipped in sim/scenarios/.
inline QString simScenarioPath(const QString& name)
{
    return QStringLiteral(DUET_SIM_SCENARIOS_DIR "/") + name;
}

inline const QByteArray kSimToken = "sim-test-token";
inline const QByteArray kSimSecret = "sim-test-app-secret";

/// A request with the test's bearer token (or `authorization` as given).
inline sim::SimRequest simRequest(const QByteArray& method, const QString& path, const QByteArray& body = {},
                                  const QByteArray& authorization = "Bearer " + kSimToken)
{
    sim::SimRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.authorization = authorization;
    r.contentType = "application/json";
    return r;
}

inline QByteArray jsonBytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// POST /{version}/<default number>/messages with `body`.
inline sim::SimRequest sendRequest(const QJsonObject& body)
{
    return simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/messages")), jsonBytes(body));
}

inline QJsonObject textBody(const QString& to, const QString& text, const QString& clientId = {})
{
    QJsonObject o{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                  {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("type"), QStringLiteral("text")},
                  {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    if (!clientId.isEmpty())
        o.insert(QStringLiteral("biz_opaque_callback_data"), clientId);
    return o;
}

inline QJsonObject templateBody(const QString& to, const QString& name, int bodyParams, const QString& clientId = {})
{
    QJsonArray params;
    for (int i = 0; i < bodyParams; ++i)
        params.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), QStringLiteral("v%1").arg(i)}});
    QJsonObject tmpl{{QStringLiteral("name"), name},
                     {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}};
    if (bodyParams > 0)
        tmpl.insert(QStringLiteral("components"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                           {QStringLiteral("parameters"), params}}});
    QJsonObject o{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("type"), QStringLiteral("template")},
                  {QStringLiteral("template"), tmpl}};
    if (!clientId.isEmpty())
        o.insert(QStringLiteral("biz_opaque_callback_data"), clientId);
    return o;
}

/// The error code of a refusal body, 0 when the body is not an error.
inline int simErrorCode(const sim::SimResponse& r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toInt(0);
}

} // namespace duet::test
