// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's account endpoints: the number's details, the token, the app's webhook subscription.
#include "Simulator.h"
#include "cloudapi/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duet::sim {

std::optional<SimResponse> Simulator::checkAppSecretProof(const SimRequest& request)
{
    // Meta checks appsecret_proof whenever a call carries one: HMAC-SHA256 of the access token,
    // keyed with the app secret, in hex.
    const QString proof = request.query.queryItemValue(QStringLiteral("appsecret_proof"));
    if (proof.isEmpty() || m_appSecret.isEmpty())
        return std::nullopt;
    const QByteArray expected = cloudapi::WebhookSignature(m_appSecret).digest(m_accessToken).toHex();
    if (cloudapi::constantTimeEquals(proof.toLatin1().toLower(), expected))
        return std::nullopt;
    SimError e = SimError::make(ErrorCode::InvalidParameter, {});
    e.title = QStringLiteral("Invalid appsecret_proof provided in the API argument");
    return error(e);
}

SimResponse Simulator::numberInfo(const SimRequest& request)
{
    // Every field Duet asks for; Meta returns the default ones (id, display_phone_number,
    // verified_name, quality_rating) when `fields` is absent.
    QStringList fields = request.query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','));
    if (fields == QStringList{QString()})
        fields = {QStringLiteral("display_phone_number"), QStringLiteral("verified_name"),
                  QStringLiteral("quality_rating")};
    const QString digits = m_scenario.displayPhoneNumber;
    const QString display = digits.size() == 11 && digits.startsWith(QLatin1Char('1'))
                                ? QStringLiteral("+1 %1-%2-%3").arg(digits.mid(1, 3), digits.mid(4, 3), digits.mid(7))
                                : QLatin1Char('+') + digits;
    const QJsonObject all{
        {QStringLiteral("display_phone_number"), display},
        {QStringLiteral("verified_name"), m_scenario.verifiedName},
        {QStringLiteral("quality_rating"), m_scenario.qualityRating},
        // Coexistence numbers have a fixed 20 mps, which Meta reports as the standard level.
        {QStringLiteral("throughput"), QJsonObject{{QStringLiteral("level"), QStringLiteral("STANDARD")}}},
        {QStringLiteral("platform_type"), QStringLiteral("CLOUD_API")},
        {QStringLiteral("is_on_biz_app"), m_scenario.onBusinessApp},
        // Meta's starting business-initiated messaging limit.
        {QStringLiteral("whatsapp_business_manager_messaging_limit"), QStringLiteral("TIER_250")},
        {QStringLiteral("code_verification_status"), QStringLiteral("VERIFIED")},
        {QStringLiteral("name_status"), QStringLiteral("APPROVED")},
        {QStringLiteral("status"), QStringLiteral("CONNECTED")},
    };
    QJsonObject out{{QStringLiteral("id"), m_scenario.phoneNumberId}};
    for (const QString& f : std::as_const(fields)) {
        const QString field = f.trimmed();
        if (field.isEmpty() || field == QLatin1String("id"))
            continue;
        if (!all.contains(field)) {
            return error(SimError::make(ErrorCode::InvalidParameter,
                                        QStringLiteral("Tried accessing nonexisting field (%1) on node type "
                                                       "(WhatsAppBusinessPhoneNumber)")
                                            .arg(field)));
        }
        out.insert(field, all.value(field));
    }
    return json(out);
}

SimResponse Simulator::debugToken(const SimRequest& request)
{
    // The caller's own token is the only one the simulator knows; any other is not valid.
    const QByteArray input = request.query.queryItemValue(QStringLiteral("input_token")).toLatin1();
    if (input.isEmpty()) {
        return error(
            SimError::make(ErrorCode::InvalidParameter, QStringLiteral("The parameter input_token is required")));
    }
    const bool valid = cloudapi::constantTimeEquals(input, m_accessToken);
    QJsonObject data{{QStringLiteral("app_id"), m_scenario.appId},
                     {QStringLiteral("type"), QStringLiteral("SYSTEM_USER")},
                     {QStringLiteral("application"), m_scenario.appName},
                     {QStringLiteral("data_access_expires_at"), 0},
                     {QStringLiteral("expires_at"), 0},
                     {QStringLiteral("is_valid"), valid}};
    if (valid) {
        const QJsonArray scopes{QStringLiteral("whatsapp_business_management"),
                                QStringLiteral("whatsapp_business_messaging")};
        QJsonArray granular;
        for (const auto& scope : scopes)
            granular.append(QJsonObject{{QStringLiteral("scope"), scope},
                                        {QStringLiteral("target_ids"), QJsonArray{m_scenario.wabaId}}});
        data.insert(QStringLiteral("scopes"), scopes);
        data.insert(QStringLiteral("granular_scopes"), granular);
    }
    return json({{QStringLiteral("data"), data}});
}

SimResponse Simulator::subscribedApps(const SimRequest& request, const QString& wabaId)
{
    if (wabaId != m_scenario.wabaId) {
        return error(SimError::make(
            ErrorCode::InvalidParameter,
            QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot "
                           "be loaded due to missing permissions, or does not support this "
                           "operation.")
                .arg(request.method == "POST" ? QStringLiteral("post") : QStringLiteral("get"), wabaId)));
    }
    if (request.method == "POST") {
        m_appSubscribed = true; // subscribing again changes nothing
        return json({{QStringLiteral("success"), true}});
    }
    if (request.method != "GET") {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("Unknown path components: %1").arg(request.path)));
    }
    QJsonArray data;
    if (m_appSubscribed) {
        data.append(QJsonObject{
            {QStringLiteral("whatsapp_business_api_data"),
             QJsonObject{{QStringLiteral("id"), m_scenario.appId},
                         {QStringLiteral("name"), m_scenario.appName},
                         {QStringLiteral("link"),
                          QStringLiteral("https://www.facebook.com/games/?app_id=%1").arg(m_scenario.appId)}}}});
    }
    return json({{QStringLiteral("data"), data}});
}

} // namespace duet::sim
