// SPDX-License-Identifier: GPL-3.0-or-later
// What connecting a number learns from the Graph API, and how each answer is read and worded.
#pragma once

#include "cloudapi/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duet::onboarding {

/// The four values a number is connected with. The secrets stay in memory: the caller keeps them
/// in the keychain or the hub's protected config, never in a log.
struct Credentials
{
    QString phoneNumberId; ///< the Cloud API phone number id (digits), not the phone number
    QString wabaId;        ///< the WhatsApp Business Account id (digits)
    QByteArray accessToken;
    QByteArray appSecret;
};

/// Meta's access token as GET /debug_token describes it.
struct TokenInfo
{
    bool valid = false;
    QString appId;        ///< the app the token belongs to: the one that must be subscribed to the account
    QString appName;      ///< "application"
    QString type;         ///< SYSTEM_USER, USER, ...
    qint64 expiresAt = 0; ///< unix seconds; 0: never
    QStringList scopes;
};

/// The number as GET /{phone-number-id}?fields=... describes it.
struct NumberInfo
{
    QString id;
    QString displayPhoneNumber;        ///< e.g. "+1 555-078-3881"
    QString verifiedName;              ///< the business name Meta approved
    QString qualityRating;             ///< GREEN, YELLOW, RED, NA or UNKNOWN
    QString throughputLevel;           ///< throughput.level: STANDARD, HIGH, NOT_APPLICABLE
    QString platformType;              ///< CLOUD_API, ON_PREMISE, NOT_APPLICABLE
    std::optional<bool> onBusinessApp; ///< is_on_biz_app; absent when Meta did not say
    /// The business-initiated messaging limit as Meta names it: whatsapp_business_manager_messaging_limit,
    /// else the deprecated messaging_limit_tier ("TIER_250", "TIER_2K", "TIER_UNLIMITED"); empty when absent.
    QString messagingLimitTier;
    /// messagingLimitTier as unique recipients per moving 24 hours: 0 unlimited, -1 unknown.
    int messagingLimit() const { return messagingLimitFromTier(messagingLimitTier); }
    /// "TIER_250" -> 250, "TIER_2K" -> 2000, "TIER_100K" -> 100000, "TIER_UNLIMITED" -> 0; -1 otherwise.
    static int messagingLimitFromTier(QStringView tier);
    /// Live on the WhatsApp Business app and on the Cloud API at once (Coexistence).
    bool isCoexistence() const { return onBusinessApp.value_or(false); }
};

/// An app subscribed to a WhatsApp Business Account's webhooks (GET /{waba-id}/subscribed_apps).
struct SubscribedApp
{
    QString id;
    QString name;
};

/// The checks, in the order they run.
enum class Step {
    Token,        ///< the access token is valid, has the permissions, and the app secret is its app's
    Number,       ///< the phone number id names a number this token may use; what Meta says about it
    Subscription, ///< the app is subscribed to the account's webhooks (subscribed when it was not)
};

/// How one step ended.
struct StepResult
{
    enum class Outcome { Passed, Warning, Failed };
    Step step = Step::Token;
    Outcome outcome = Outcome::Passed;
    QString summary;          ///< what was found, for people (translated)
    QString problem;          ///< Failed or Warning: Meta's error or what is amiss (translated, names the code)
    QString remedy;           ///< Failed or Warning: what to do (translated)
    cloudapi::ApiError error; ///< Failed because of Meta's answer: the error as it came
    bool failed() const { return outcome == Outcome::Failed; }
};

/// Everything the checks learned.
struct CheckReport
{
    TokenInfo token;
    NumberInfo number;
    QList<SubscribedApp> apps;  ///< before subscribing
    bool subscribedNow = false; ///< Duet subscribed the app because it was missing
    QList<StepResult> steps;
    bool ok() const;
    /// The step's result; null when it did not run.
    const StepResult* step(Step step) const;
};

/// The webhook fields a Coexistence number needs, in the order the dashboard should tick them.
QStringList webhookFields();
/// The `sync_type`s of POST /{phone-number-id}/smb_app_data, in the order Duet requests them.
QStringList syncTypes();
/// A new webhook verify token: 32 random hexadecimal characters.
QByteArray newVerifyToken();
/// "^[0-9]{1,32}$": what Meta's object ids look like.
bool isGraphId(const QString& id);

/// HMAC-SHA256 of the access token keyed with the app secret, in lower-case hex: the
/// appsecret_proof Meta checks on every call that carries it (a wrong app secret is refused).
QByteArray appSecretProof(const QByteArray& accessToken, const QByteArray& appSecret);

/// The query of GET /{phone-number-id}: the fields Duet shows.
QString numberFields();
TokenInfo parseTokenInfo(const QJsonObject& root);
NumberInfo parseNumberInfo(const QJsonObject& root);
QList<SubscribedApp> parseSubscribedApps(const QJsonObject& root);

/// Meta's error as people read it: "(#190) Invalid OAuth access token" plus its details, or the
/// network failure (translated).
QString metaErrorText(const cloudapi::ApiError& error);
/// What to do about an error at `step` (translated): the step's own advice for the codes it knows,
/// else cloudapi::remedyText().
QString remedyFor(Step step, const cloudapi::ApiError& error, const Credentials& credentials);
/// The step's name for people: "Access token and app secret", "Phone number", "Webhook subscription".
QString stepTitle(Step step);
/// One line about the number: display number, name, quality, throughput, Business app (translated).
QString describeNumber(const NumberInfo& number);
/// The quality rating in words: "High (GREEN)", "Medium (YELLOW)", ... (translated).
QString qualityText(const QString& rating);

} // namespace duet::onboarding
