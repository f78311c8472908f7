// SPDX-License-Identifier: GPL-3.0-or-later
// What connecting a number learns from the Graph API, and how each answer is read and worded.
#include "NumberFacts.h"

#include "cloudapi/WebhookSignature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace duet::onboarding {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("duet::onboarding", text); // the context lupdate gives these calls
}

bool isPermission(int code)
{
    return code == 3 || code == 10 || (code >= 200 && code <= 299);
}

/// "does not exist", "Unsupported get request", GraphMethodException 803: Meta knows no such object
/// (or not for this token).
bool isMissingObject(const cloudapi::ApiError& e)
{
    return e.code == 803 || (e.code == 100 && (e.message.contains(QLatin1String("does not exist")) ||
                                               e.message.contains(QLatin1String("Unsupported")) ||
                                               e.details.contains(QLatin1String("does not exist"))));
}

bool isAppSecretProof(const cloudapi::ApiError& e)
{
    return e.message.contains(QLatin1String("appsecret_proof"), Qt::CaseInsensitive) ||
           e.details.contains(QLatin1String("appsecret_proof"), Qt::CaseInsensitive);
}

} // namespace

bool CheckReport::ok() const
{
    if (steps.isEmpty())
        return false;
    for (const StepResult& s : steps) {
        if (s.failed())
            return false;
    }
    return true;
}

const StepResult* CheckReport::step(Step step) const
{
    for (const StepResult& s : steps) {
        if (s.step == step)
            return &s;
    }
    return nullptr;
}

QStringList webhookFields()
{
    return {QStringLiteral("messages"),           QStringLiteral("smb_message_echoes"),
            QStringLiteral("smb_app_state_sync"), QStringLiteral("history"),
            QStringLiteral("account_update"),     QStringLiteral("message_template_status_update")};
}

QStringList syncTypes()
{
    // Contacts first: the history's threads then arrive with the address-book names known.
    return {QStringLiteral("smb_app_state_sync"), QStringLiteral("history")};
}

QByteArray newVerifyToken()
{
    QByteArray raw(16, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

bool isGraphId(const QString& id)
{
    static const QRegularExpression kId(QStringLiteral("^[0-9]{1,32}$"));
    return kId.match(id).hasMatch();
}

QByteArray appSecretProof(const QByteArray& accessToken, const QByteArray& appSecret)
{
    return cloudapi::WebhookSignature(appSecret).digest(accessToken).toHex();
}

QString numberFields()
{
    return QStringLiteral("id,display_phone_number,verified_name,quality_rating,throughput,platform_type,is_on_biz_app,"
                          "whatsapp_business_manager_messaging_limit");
}

TokenInfo parseTokenInfo(const QJsonObject& root)
{
    const QJsonObject d = root.value(QLatin1String("data")).toObject();
    TokenInfo t;
    t.valid = d.value(QLatin1String("is_valid")).toBool(false);
    t.appId = d.value(QLatin1String("app_id")).toVariant().toString();
    t.appName = d.value(QLatin1String("application")).toString();
    t.type = d.value(QLatin1String("type")).toString();
    t.expiresAt = qint64(d.value(QLatin1String("expires_at")).toDouble(0));
    const QJsonArray sList = d.value(QLatin1String("scopes")).toArray();
    for (const auto& s : sList)
        t.scopes << s.toString();
    return t;
}

NumberInfo parseNumberInfo(const QJsonObject& root)
{
    NumberInfo n;
    n.id = root.value(QLatin1String("id")).toVariant().toString();
    n.displayPhoneNumber = root.value(QLatin1String("display_phone_number")).toString();
    n.verifiedName = root.value(QLatin1String("verified_name")).toString();
    n.qualityRating = root.value(QLatin1String("quality_rating")).toString();
    const QJsonValue throughput = root.value(QLatin1String("throughput"));
    n.throughputLevel =
        throughput.isObject() ? throughput.toObject().value(QLatin1String("level")).toString() : throughput.toString();
    n.platformType = root.value(QLatin1String("platform_type")).toString();
    const QJsonValue biz = root.value(QLatin1String("is_on_biz_app"));
    if (biz.isBool())
        n.onBusinessApp = biz.toBool();
    n.messagingLimitTier = root.value(QLatin1String("whatsapp_business_manager_messaging_limit")).toString();
    if (n.messagingLimitTier.isEmpty())
        n.messagingLimitTier = root.value(QLatin1String("messaging_limit_tier")).toString();
    return n;
}

int NumberInfo::messagingLimitFromTier(QStringView tier)
{
    if (!tier.startsWith(QLatin1String("TIER_"), Qt::CaseInsensitive))
        return -1;
    QStringView value = tier.mid(5);
    if (value.compare(QLatin1String("UNLIMITED"), Qt::CaseInsensitive) == 0)
        return 0;
    int factor = 1;
    if (value.endsWith(QLatin1Char('K'), Qt::CaseInsensitive)) {
        factor = 1000;
        value.chop(1);
    }
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok && n > 0 ? n * factor : -1;
}

QList<SubscribedApp> parseSubscribedApps(const QJsonObject& root)
{
    QList<SubscribedApp> apps;
    const QJsonArray vList = root.value(QLatin1String("data")).toArray();
    for (const auto& v : vList) {
        const QJsonObject row = v.toObject();
        const QJsonObject app = row.value(QLatin1String("whatsapp_business_api_data")).toObject();
        SubscribedApp a;
        a.id = app.value(QLatin1String("id")).toVariant().toString();
        a.name = app.value(QLatin1String("name")).toString();
        if (!a.id.isEmpty())
            apps << a;
    }
    return apps;
}

QString metaErrorText(const cloudapi::ApiError& error)
{
    if (error.code < 0 && error.httpStatus == 0)
        return tr("No answer from Meta's Graph API (network error or timeout).");
    QString text = error.message;
    const QString code = QStringLiteral("(#%1)").arg(error.code);
    if (error.code >= 0 && !text.startsWith(code))
        text = code + QLatin1Char(' ') + text;
    if (error.code < 0)
        text = tr("HTTP %1: %2").arg(error.httpStatus).arg(error.details.isEmpty() ? error.message : error.details);
    else if (!error.details.isEmpty() && !text.contains(error.details))
        text += QStringLiteral(" — ") + error.details;
    return tr("Meta answered: %1").arg(text.trimmed());
}

QString remedyFor(Step step, const cloudapi::ApiError& e, const Credentials& c)
{
    if (e.code < 0 && e.httpStatus == 0)
        return tr("Check this computer's network connection (and any proxy), then try again.");
    if (e.code == 190 || e.code == 0 || e.code == 102)
        return tr("The access token is expired, revoked or mistyped. In Meta Business Settings, under System "
                  "users, generate a new token for your app with the permissions whatsapp_business_management and "
                  "whatsapp_business_messaging, and use that one.");
    if (isAppSecretProof(e))
        return tr("The app secret does not belong to the app that issued this access token. Copy the App secret "
                  "from App settings > Basic of that app in Meta's App Dashboard.");
    if (isPermission(e.code)) {
        return step == Step::Subscription
                   ? tr("The token may not manage WhatsApp Business Account %1. In Business Settings, give the "
                        "system user full control of that account and generate the token again with "
                        "whatsapp_business_management.")
                         .arg(c.wabaId)
                   : tr("The token lacks a permission. Generate it again with whatsapp_business_management and "
                        "whatsapp_business_messaging, for a system user that has this WhatsApp account.");
    }
    if (isMissingObject(e)) {
        if (step == Step::Number)
            return tr("Meta knows no phone number with the id %1 that this token may use. Copy the Phone number ID "
                      "(a long number, not the phone number itself) from WhatsApp > API Setup in the App Dashboard.")
                .arg(c.phoneNumberId);
        if (step == Step::Subscription)
            return tr("Meta knows no WhatsApp Business Account with the id %1 that this token may use. Copy the "
                      "WhatsApp Business Account ID from WhatsApp > API Setup in the App Dashboard.")
                .arg(c.wabaId);
    }
    return cloudapi::remedyText(e);
}

QString stepTitle(Step step)
{
    switch (step) {
    case Step::Token:
        return tr("Access token and app secret");
    case Step::Number:
        return tr("Phone number");
    case Step::Subscription:
        return tr("Webhook subscription");
    }
    return {};
}

QString qualityText(const QString& rating)
{
    const QString r = rating.toUpper();
    if (r == QLatin1String("GREEN"))
        return tr("high (GREEN)");
    if (r == QLatin1String("YELLOW"))
        return tr("medium (YELLOW)");
    if (r == QLatin1String("RED"))
        return tr("low (RED)");
    if (r.isEmpty() || r == QLatin1String("NA") || r == QLatin1String("UNKNOWN"))
        return tr("not rated yet");
    return rating;
}

QString describeNumber(const NumberInfo& n)
{
    QStringList parts;
    parts << (n.displayPhoneNumber.isEmpty() ? n.id : n.displayPhoneNumber);
    if (!n.verifiedName.isEmpty())
        parts << n.verifiedName;
    parts << tr("quality %1").arg(qualityText(n.qualityRating));
    if (!n.throughputLevel.isEmpty())
        parts << tr("throughput %1").arg(n.throughputLevel);
    if (n.onBusinessApp.has_value())
        parts << (*n.onBusinessApp ? tr("on the WhatsApp Business app (Coexistence)")
                                   : tr("not on the WhatsApp Business app"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace duet::onboarding
