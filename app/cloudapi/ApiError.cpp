// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud API responses and errors in one taxonomy, with retry hints and remedies for the agent.
#include "cloudapi/ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace duet::cloudapi {

namespace {

struct CodeRange
{
    int from;
    int to;
    ErrorCategory category;
};

// docs/CLOUDAPI-CONTRACT.md, "Responses and the error taxonomy" and "Where the codes come from"; the first matching
// range wins.
constexpr CodeRange kCodes[] = {
    {130429, 130429, ErrorCategory::Throttled}, // throughput reached
    {4, 4, ErrorCategory::Throttled},           // app-level call rate
    {80007, 80007, ErrorCategory::Throttled},   // WABA rate limit
    {133016, 133016, ErrorCategory::Throttled}, // register/deregister rate limit
    {131056, 131056, ErrorCategory::PairLimited},
    {131047, 131047, ErrorCategory::WindowClosed},
    {0, 0, ErrorCategory::Auth},                  // AuthException
    {3, 3, ErrorCategory::Auth},                  // capability
    {10, 10, ErrorCategory::Auth},                // permission denied
    {190, 190, ErrorCategory::Auth},              // access token expired
    {200, 299, ErrorCategory::Auth},              // API permission
    {131005, 131005, ErrorCategory::Auth},        // access denied
    {1, 2, ErrorCategory::Transient},             // unknown / service temporarily unavailable
    {131000, 131000, ErrorCategory::Transient},   // something went wrong
    {131016, 131016, ErrorCategory::Transient},   // service unavailable
    {131057, 131057, ErrorCategory::Transient},   // account in maintenance
    {100, 100, ErrorCategory::Permanent},         // invalid parameter
    {368, 368, ErrorCategory::Permanent},         // blocked for policy violations
    {130472, 130472, ErrorCategory::Permanent},   // experiment group
    {130497, 130497, ErrorCategory::Permanent},   // country restricted
    {131008, 131009, ErrorCategory::Permanent},   // parameter missing / invalid
    {131021, 131021, ErrorCategory::Permanent},   // recipient is the sender
    {131026, 131026, ErrorCategory::Permanent},   // undeliverable
    {131031, 131031, ErrorCategory::Permanent},   // account locked
    {131037, 131037, ErrorCategory::Permanent},   // display name not approved
    {131042, 131042, ErrorCategory::Permanent},   // payment issue
    {131045, 131045, ErrorCategory::Permanent},   // certificate
    {131048, 131053, ErrorCategory::Permanent},   // spam limit, ecosystem, opt-out, unsupported, media
    {131062, 131062, ErrorCategory::Permanent},   // not for business-scoped user ID recipients
    {131064, 131064, ErrorCategory::Permanent},   // messaging limit reached
    {132000, 132069, ErrorCategory::Permanent},   // template errors
    {133000, 133010, ErrorCategory::Permanent},   // registration
    {135000, 135000, ErrorCategory::Permanent},   // generic user error
    {2593109, 2593109, ErrorCategory::Permanent}, // history sharing turned off (webhook only)
};

struct RemedyEntry
{
    int from;
    int to;
    const char* text;
};

// Remedies for notable codes; categories fall back to kCategoryRemedies.
const RemedyEntry kCodeRemedies[] = {
    {190, 190, QT_TRANSLATE_NOOP("duet", "The Cloud API access token has expired. Ask an administrator to renew it.")},
    {100, 100,
     QT_TRANSLATE_NOOP("duet", "WhatsApp rejected a value in this message. Check the message and its attachments; "
                               "it will not be retried.")},
    {131026, 131026,
     QT_TRANSLATE_NOOP("duet", "The message could not be delivered: the number may not use WhatsApp, or the "
                               "customer needs to update WhatsApp or accept its terms.")},
    {131048, 131048,
     QT_TRANSLATE_NOOP("duet", "Sending from this number is limited because of spam reports or low quality. Pause "
                               "bulk sends and check the number's quality rating.")},
    {131049, 131049,
     QT_TRANSLATE_NOOP("duet", "WhatsApp held back this marketing message to keep engagement healthy. Wait at least a "
                               "day before sending this customer another one.")},
    {131050, 131050,
     QT_TRANSLATE_NOOP("duet", "The customer has stopped marketing messages from this business. Do not send them "
                               "marketing messages.")},
    {131051, 131051, QT_TRANSLATE_NOOP("duet", "WhatsApp does not support this kind of message.")},
    {131052, 131052,
     QT_TRANSLATE_NOOP("duet", "The customer's media could not be downloaded. Ask them to send it again, smaller "
                               "if possible.")},
    {131053, 131053, QT_TRANSLATE_NOOP("duet", "The attachment could not be uploaded. Check its file type and size.")},
    {131062, 131062,
     QT_TRANSLATE_NOOP("duet", "WhatsApp does not deliver this kind of message (such as an authentication code) to "
                               "a customer known only by their WhatsApp user ID. Ask the customer for their phone "
                               "number, then send it to the number.")},
    {131064, 131064,
     QT_TRANSLATE_NOOP("duet", "The business has reached its limit of new conversations for 24 hours. Wait until "
                               "it resets, or reply in open conversations.")},
    {368, 368,
     QT_TRANSLATE_NOOP("duet", "The business account is temporarily blocked for policy violations. Ask an "
                               "administrator to check WhatsApp Manager.")},
    {131031, 131031,
     QT_TRANSLATE_NOOP("duet", "The business account is locked. Ask an administrator to check WhatsApp Manager.")},
    {130472, 130472,
     QT_TRANSLATE_NOOP("duet", "The customer is part of a WhatsApp experiment and did not receive this marketing "
                               "message.")},
    {131057, 131057,
     QT_TRANSLATE_NOOP("duet", "The business number is in maintenance for a moment. Duet will retry shortly.")},
    {132000, 132069,
     QT_TRANSLATE_NOOP("duet", "The template was refused: it may not exist in this language, may be paused or "
                               "disabled, or its fields do not match. Check it in WhatsApp Manager.")},
    {2593109, 2593109,
     QT_TRANSLATE_NOOP("duet", "The business turned off chat history sharing; older chats will not be imported.")},
};

const char* const kNetworkRemedy =
    QT_TRANSLATE_NOOP("duet", "Duet could not reach WhatsApp. Check the network connection; Duet will retry.");

struct CategoryInfo
{
    ErrorCategory category;
    const char* name;
    const char* remedy;
};

const CategoryInfo kCategories[] = {
    {ErrorCategory::Throttled, "throttled",
     QT_TRANSLATE_NOOP("duet", "WhatsApp is limiting how fast this number can send. Duet will retry automatically.")},
    {ErrorCategory::PairLimited, "pair_limited",
     QT_TRANSLATE_NOOP("duet", "Too many messages went to this customer in a short time. Duet will retry after a "
                               "pause; avoid sending many messages in a row.")},
    {ErrorCategory::WindowClosed, "window_closed",
     QT_TRANSLATE_NOOP("duet", "The customer's 24-hour window is closed. Send an approved template instead.")},
    {ErrorCategory::Auth, "auth",
     QT_TRANSLATE_NOOP("duet", "The Cloud API access token was refused. Ask an administrator to renew it.")},
    {ErrorCategory::Permanent, "permanent",
     QT_TRANSLATE_NOOP("duet", "WhatsApp refused this message. It will not be retried; check it before sending "
                               "again.")},
    {ErrorCategory::Transient, "transient",
     QT_TRANSLATE_NOOP("duet", "WhatsApp had a temporary problem. Duet will retry automatically.")},
    {ErrorCategory::Unknown, "unknown",
     QT_TRANSLATE_NOOP("duet", "WhatsApp returned an unexpected answer. The message was not retried; check the "
                               "details before sending again.")},
};

const CategoryInfo& categoryInfo(ErrorCategory category)
{
    for (const CategoryInfo& info : kCategories) {
        if (info.category == category)
            return info;
    }
    return kCategories[std::size(kCategories) - 1];
}

/// A JSON value as an int when it is an integral number or a string of digits; else `fallback`.
int toInt(const QJsonValue& value, int fallback)
{
    double d = std::numeric_limits<double>::quiet_NaN();
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        const qlonglong n = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            d = double(n);
    }
    if (!std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max())
        return fallback;
    return int(d);
}

QByteArray headerValue(const HeaderList& headers, const char* name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// Reads x-business-use-case-usage: the longest estimated_time_to_regain_access (minutes, as
/// seconds) and the highest usage figure over every account and type. -1 where absent.
void readBusinessUsage(const QByteArray& header, qint64* regainSecs, int* usage)
{
    const QJsonObject accounts = QJsonDocument::fromJson(header).object();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonArray entries = it.value().toArray();
        for (const auto& entry : entries) {
            const QJsonObject o = entry.toObject();
            const int minutes = toInt(o.value(QStringLiteral("estimated_time_to_regain_access")), -1);
            if (minutes > 0)
                *regainSecs = std::max(*regainSecs, qint64(minutes) * 60);
            for (const char* key : {"call_count", "total_cputime", "total_time"})
                *usage = std::max(*usage, toInt(o.value(QLatin1String(key)), -1));
        }
    }
}

int readAppUsage(const QByteArray& header)
{
    const QJsonObject o = QJsonDocument::fromJson(header).object();
    int usage = -1;
    for (const char* key : {"call_count", "total_cputime", "total_time"})
        usage = std::max(usage, toInt(o.value(QLatin1String(key)), -1));
    return usage;
}

AcceptedStatus acceptedStatus(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return AcceptedStatus::Unspecified;
    const QString s = value.toString();
    if (s == QLatin1String("accepted"))
        return AcceptedStatus::Accepted;
    if (s == QLatin1String("held_for_quality_assessment"))
        return AcceptedStatus::HeldForQualityAssessment;
    if (s == QLatin1String("paused"))
        return AcceptedStatus::Paused;
    return AcceptedStatus::Other;
}

/// Fills the hint fields of `error` from the response headers.
void applyRetryHints(ApiError& error, const HeaderList& headers, qint64 nowSecs)
{
    qint64 regainSecs = -1;
    int usage = -1;
    readBusinessUsage(headerValue(headers, "x-business-use-case-usage"), &regainSecs, &usage);
    const int appUsage = readAppUsage(headerValue(headers, "x-app-usage"));
    error.usagePercent = std::max(usage, appUsage);

    const qint64 retryAfter = parseRetryAfter(headerValue(headers, "retry-after"), nowSecs);
    if (retryAfter >= 0) {
        error.retryAfterSecs = retryAfter;
        error.retryHintSource = RetryHintSource::RetryAfterHeader;
    } else if (error.category == ErrorCategory::Throttled && regainSecs > 0) {
        error.retryAfterSecs = std::min(regainSecs, kMaxRetryWaitSecs);
        error.retryHintSource = RetryHintSource::BusinessUseCase;
    } else if (error.category == ErrorCategory::Throttled && appUsage >= 100) {
        error.retryAfterSecs = kAppUsageBackoffSecs;
        error.retryHintSource = RetryHintSource::AppUsage;
    }
}

/// The error object of a Graph error body, or an empty object.
ApiError errorFrom(const QJsonObject& e, int httpStatus)
{
    ApiError error;
    error.httpStatus = httpStatus;
    error.code = toInt(e.value(QStringLiteral("code")), -1);
    error.subcode = toInt(e.value(QStringLiteral("error_subcode")), -1);
    error.message = e.value(QStringLiteral("message")).toString();
    error.title = e.value(QStringLiteral("title")).toString();
    if (error.title.isEmpty())
        error.title = e.value(QStringLiteral("error_user_title")).toString();
    error.details = e.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
    if (error.details.isEmpty())
        error.details = e.value(QStringLiteral("error_user_msg")).toString();
    error.type = e.value(QStringLiteral("type")).toString();
    error.fbtraceId = e.value(QStringLiteral("fbtrace_id")).toString();
    error.category = error.code >= 0 ? classify(error.code, httpStatus) : classify(-1, httpStatus);
    return error;
}

} // namespace

bool ApiError::isRetryable() const
{
    return category == ErrorCategory::Throttled || category == ErrorCategory::PairLimited ||
           category == ErrorCategory::Transient;
}

ErrorCategory classify(int code, int httpStatus)
{
    if (code >= 0) {
        for (const CodeRange& range : kCodes) {
            if (code >= range.from && code <= range.to)
                return range.category;
        }
    }
    if (httpStatus >= 500 && httpStatus <= 599)
        return ErrorCategory::Transient;
    if (httpStatus == 429)
        return ErrorCategory::Throttled;
    return ErrorCategory::Unknown;
}

qint64 pairBackoffSecs(int attempt)
{
    const int x = std::clamp(attempt, 0, 10);
    return qint64(1) << (2 * x); // 4^x
}

qint64 parseRetryAfter(const QByteArray& value, qint64 nowSecs)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = true;
    for (char c : v)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        bool ok = false;
        const qint64 secs = v.toLongLong(&ok);
        return ok ? std::min(secs, kMaxRetryWaitSecs) : -1; // more digits than fit: unreadable
    }
    // IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"; Qt 6.4's RFC 2822 parser wants a numeric zone.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::clamp<qint64>(when.toSecsSinceEpoch() - nowSecs, 0, kMaxRetryWaitSecs);
}

ApiResponse parseGraphResponse(Transport transport, int httpStatus, const QByteArray& body, const HeaderList& headers,
                               qint64 nowSecs)
{
    ApiResponse response;
    if (transport == Transport::NetworkError) {
        response.error.category = ErrorCategory::Transient;
        response.error.httpStatus = 0;
        return response;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object(); // empty when not JSON or not an object
    const QJsonValue errorValue = root.value(QStringLiteral("error"));
    const bool success2xx = httpStatus >= 200 && httpStatus <= 299;

    if (success2xx && !errorValue.isObject()) {
        const QJsonObject message = root.value(QStringLiteral("messages")).toArray().at(0).toObject();
        const QString wamid = message.value(QStringLiteral("id")).toString();
        if (!wamid.isEmpty()) {
            const QJsonObject contact = root.value(QStringLiteral("contacts")).toArray().at(0).toObject();
            response.ok = true;
            response.wamid = wamid;
            response.waId = contact.value(QStringLiteral("wa_id")).toString();
            response.input = contact.value(QStringLiteral("input")).toString();
            response.userId = contact.value(QStringLiteral("user_id")).toString();
            response.acceptedStatus = acceptedStatus(message.value(QStringLiteral("message_status")));
            return response;
        }
        if (root.value(QStringLiteral("success")).toBool(false)) {
            response.ok = true;
            response.success = true;
            return response;
        }
        // A 2xx that says neither: the request may have been carried out, so do not retry it.
        response.error.category = ErrorCategory::Unknown;
        response.error.httpStatus = httpStatus;
        response.error.details =
            doc.isNull() ? parseError.errorString() : QStringLiteral("no message id in the response");
        response.error.fbtraceId = QString::fromLatin1(headerValue(headers, "x-fb-trace-id"));
        return response;
    }

    if (errorValue.isObject()) {
        response.error = errorFrom(errorValue.toObject(), httpStatus);
    } else {
        response.error.httpStatus = httpStatus;
        response.error.category = classify(-1, httpStatus);
        response.error.details =
            doc.isNull() ? parseError.errorString() : QStringLiteral("no error object in the response");
    }
    if (response.error.fbtraceId.isEmpty())
        response.error.fbtraceId = QString::fromLatin1(headerValue(headers, "x-fb-trace-id"));
    applyRetryHints(response.error, headers, nowSecs);
    return response;
}

const char* remedySource(const ApiError& error)
{
    if (error.code < 0 && error.httpStatus == 0 && error.category == ErrorCategory::Transient)
        return kNetworkRemedy;
    if (error.code >= 0) {
        for (const RemedyEntry& entry : kCodeRemedies) {
            if (error.code >= entry.from && error.code <= entry.to)
                return entry.text;
        }
    }
    return categoryInfo(error.category).remedy;
}

QString remedyText(const ApiError& error)
{
    return QCoreApplication::translate("duet", remedySource(error));
}

QString categoryName(ErrorCategory category)
{
    return QString::fromLatin1(categoryInfo(category).name);
}

} // namespace duet::cloudapi
