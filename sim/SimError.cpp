// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloud API's synchronous errors as the simulator returns them: code, HTTP status, Meta's body.
#include "SimError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace duet::sim {

namespace {

struct CodeInfo
{
    int code;
    int httpStatus;
    const char* title;
};

// Titles as Meta writes them in error.message; HTTP statuses per docs/CLOUDAPI-CONTRACT.md, "Where the codes come from"
// (where the sources conflict the simulator picks 429 for the two rate limits, as partners' copies of Meta's
// table show).
constexpr CodeInfo kCodes[] = {
    {ErrorCode::InvalidParameter, 400, "Invalid parameter"},
    {ErrorCode::AccessToken, 401, "Invalid OAuth access token - Cannot parse access token"},
    {ErrorCode::Throughput, 429, "Rate limit hit"},
    {ErrorCode::ExperimentGroup, 400, "User's number is part of an experiment"},
    {ErrorCode::Unknown, 500, "Something went wrong"},
    {ErrorCode::Undeliverable, 400, "Message undeliverable"},
    {ErrorCode::ReEngagement, 400, "Re-engagement message"},
    {ErrorCode::EcosystemEngagement, 400, "This message was not delivered to maintain healthy ecosystem engagement."},
    {ErrorCode::BsuidNotSupported, 400, "Business-scoped User ID (BSUID) recipients are not supported"},
    {ErrorCode::MediaUpload, 400, "Media upload error"},
    {ErrorCode::PairRate, 429, "(Business Account, Consumer Account) pair rate limit hit"},
    {ErrorCode::MessagingLimit, 400, "Reached limit of messaging to unique users"},
    {ErrorCode::TemplateParamCount, 400, "Number of parameters does not match the expected number of params"},
    {ErrorCode::TemplateMissing, 400, "Template name does not exist in the translation"},
    {ErrorCode::TemplatePaused, 400, "Template is Paused"},
    {ErrorCode::TemplateDisabled, 400, "Template is disabled"},
};

const CodeInfo* infoFor(int code)
{
    for (const CodeInfo& info : kCodes) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

} // namespace

QByteArray SimError::body(const QString& fbtraceId) const
{
    QJsonObject error{
        {QStringLiteral("message"), QStringLiteral("(#%1) %2").arg(code).arg(title)},
        {QStringLiteral("type"), QStringLiteral("OAuthException")},
        {QStringLiteral("code"), code},
        {QStringLiteral("fbtrace_id"), fbtraceId},
    };
    if (!details.isEmpty()) {
        error.insert(QStringLiteral("error_data"),
                     QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("details"), details}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

SimError SimError::make(int code, const QString& details)
{
    SimError e;
    e.code = code;
    e.httpStatus = httpStatusFor(code);
    e.title = titleFor(code);
    e.details = details;
    return e;
}

QString SimError::titleFor(int code)
{
    const CodeInfo* info = infoFor(code);
    return info ? QString::fromLatin1(info->title) : QStringLiteral("Unknown error");
}

int SimError::httpStatusFor(int code)
{
    const CodeInfo* info = infoFor(code);
    return info ? info->httpStatus : 400;
}

} // namespace duet::sim
