// SPDX-License-Identifier: GPL-3.0-or-later
// Graph API request builders: validation first, then the JSON bodies Meta expects (docs/CLOUDAPI-CONTRACT.md).
#include "cloudapi/GraphRequests.h"

#include "core/CustomerId.h"
#include "core/EnumNames.h"
#include "core/PhoneNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace duet::cloudapi {

namespace {

struct ProblemText
{
    RequestProblem problem;
    const char* text;
};

// Agent-facing reasons, translated at display time (context "duet").
const ProblemText kProblemTexts[] = {
    {RequestProblem::None, QT_TRANSLATE_NOOP("duet", "The request is valid.")},
    {RequestProblem::InvalidApiVersion,
     QT_TRANSLATE_NOOP("duet",
                       "The Graph API version is not valid (expected a v, then two numbers with a dot between them).")},
    {RequestProblem::InvalidPhoneNumberId,
     QT_TRANSLATE_NOOP("duet", "The sending number is not configured: its phone number ID is missing or invalid.")},
    {RequestProblem::InvalidRecipient,
     QT_TRANSLATE_NOOP("duet",
                       "The customer's phone number is not valid: it needs 7 to 15 digits with the country code.")},
    {RequestProblem::InvalidUserId,
     QT_TRANSLATE_NOOP("duet", "The customer's WhatsApp user ID is not valid. It must be sent exactly as WhatsApp "
                               "gave it, for example US.13491208655302741918.")},
    {RequestProblem::TemplateNeedsPhone,
     QT_TRANSLATE_NOOP("duet", "Authentication templates can only be sent to a phone number, and this customer has "
                               "not shared theirs. Ask the customer for their phone number first, then send the "
                               "code.")},
    {RequestProblem::MissingClientId, QT_TRANSLATE_NOOP("duet", "The message has no client ID to track it by.")},
    {RequestProblem::ClientIdTooLong,
     QT_TRANSLATE_NOOP("duet", "The message's client ID is longer than 512 characters.")},
    {RequestProblem::EmptyText, QT_TRANSLATE_NOOP("duet", "The message is empty.")},
    {RequestProblem::TextTooLong,
     QT_TRANSLATE_NOOP("duet", "The message is longer than 4096 characters. Shorten it or split it.")},
    {RequestProblem::InteractiveTextTooLong,
     QT_TRANSLATE_NOOP("duet", "The message is longer than 1024 characters, the most a message with a button can "
                               "have. Shorten it.")},
    {RequestProblem::MissingMedia,
     QT_TRANSLATE_NOOP("duet", "The attachment has neither an uploaded media ID nor a link.")},
    {RequestProblem::AmbiguousMedia,
     QT_TRANSLATE_NOOP("duet", "The attachment has both a media ID and a link; use one.")},
    {RequestProblem::InvalidMediaLink,
     QT_TRANSLATE_NOOP("duet", "The attachment link is not an http or https address.")},
    {RequestProblem::CaptionNotAllowed,
     QT_TRANSLATE_NOOP("duet", "Audio messages and stickers cannot have a caption.")},
    {RequestProblem::CaptionTooLong, QT_TRANSLATE_NOOP("duet", "The caption is longer than 1024 characters.")},
    {RequestProblem::FilenameNotAllowed, QT_TRANSLATE_NOOP("duet", "Only documents can carry a file name.")},
    {RequestProblem::VoiceNotAllowed, QT_TRANSLATE_NOOP("duet", "Only audio can be sent as a voice message.")},
    {RequestProblem::MissingTemplateName, QT_TRANSLATE_NOOP("duet", "The template has no name.")},
    {RequestProblem::MissingTemplateLanguage, QT_TRANSLATE_NOOP("duet", "The template has no language.")},
    {RequestProblem::MissingParameterValue,
     QT_TRANSLATE_NOOP("duet", "A template placeholder has no value. Fill in every field.")},
    {RequestProblem::ParameterNotAllowed,
     QT_TRANSLATE_NOOP("duet", "A template field has a kind of value that part of the template does not take.")},
    {RequestProblem::InvalidButton,
     QT_TRANSLATE_NOOP("duet", "A template button needs its kind and a position from 0 to 9.")},
    {RequestProblem::MissingTarget, QT_TRANSLATE_NOOP("duet", "No message was chosen to react to or to mark as read.")},
    {RequestProblem::ReplyNotAllowed, QT_TRANSLATE_NOOP("duet", "A reaction cannot be sent as a reply.")},
};

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isAlphanumeric(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

/// A BSUID as it may be sent: "CC." or "CC.ENT." then 1 to 128 letters and digits (docs/CLOUDAPI-CONTRACT.md, "The
/// identifiers").
bool isSendableUserId(QStringView id)
{
    const auto upper = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    if (id.size() < 4 || !upper(id.at(0)) || !upper(id.at(1)) || id.at(2) != QLatin1Char('.'))
        return false;
    const QStringView rest = id.mid(id.mid(2, 5) == QLatin1String(".ENT.") ? 7 : 3);
    return !rest.isEmpty() && rest.size() <= GraphRequestBuilder::kMaxUserIdLength && isAlphanumeric(rest);
}

bool isBlank(const QString& s)
{
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isHttpLink(const QString& link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

GraphRequest refused(RequestProblem problem, const QString& where)
{
    GraphRequest r;
    r.problem = problem;
    r.where = where;
    return r;
}

/// Checks a media source and writes {id} or {link} into `out`. Returns the problem, if any.
RequestProblem mediaObject(const MediaSource& source, QJsonObject* out)
{
    const bool hasId = !source.id.isEmpty();
    const bool hasLink = !source.link.isEmpty();
    if (!hasId && !hasLink)
        return RequestProblem::MissingMedia;
    if (hasId && hasLink)
        return RequestProblem::AmbiguousMedia;
    if (hasLink && !isHttpLink(source.link))
        return RequestProblem::InvalidMediaLink;
    if (hasId)
        out->insert(QStringLiteral("id"), source.id);
    else
        out->insert(QStringLiteral("link"), source.link);
    return RequestProblem::None;
}

QString mediaTypeName(MediaContent::Kind kind)
{
    switch (kind) {
    case MediaContent::Kind::Image:
        return QStringLiteral("image");
    case MediaContent::Kind::Video:
        return QStringLiteral("video");
    case MediaContent::Kind::Audio:
        return QStringLiteral("audio");
    case MediaContent::Kind::Document:
        return QStringLiteral("document");
    case MediaContent::Kind::Sticker:
        return QStringLiteral("sticker");
    }
    return {};
}

bool parameterAllowed(TemplateComponent::Type component, TemplateParameter::Type parameter)
{
    using P = TemplateParameter::Type;
    switch (component) {
    case TemplateComponent::Type::Header:
        return parameter == P::Text || parameter == P::Image || parameter == P::Video || parameter == P::Document;
    case TemplateComponent::Type::Body:
        return parameter == P::Text || parameter == P::Currency || parameter == P::DateTime;
    case TemplateComponent::Type::Button:
        return parameter == P::Text || parameter == P::Payload;
    }
    return false;
}

/// Checks one template parameter and builds its JSON. Returns the problem, if any.
RequestProblem templateParameter(const TemplateParameter& p, QJsonObject* out)
{
    using P = TemplateParameter::Type;
    switch (p.type) {
    case P::Text:
    case P::Payload: {
        if (p.text.isEmpty())
            return RequestProblem::MissingParameterValue;
        const QString key = p.type == P::Text ? QStringLiteral("text") : QStringLiteral("payload");
        out->insert(QStringLiteral("type"), key);
        out->insert(key, p.text);
        return RequestProblem::None;
    }
    case P::Currency:
        if (isBlank(p.fallbackValue) || p.currencyCode.size() != 3)
            return RequestProblem::MissingParameterValue;
        out->insert(QStringLiteral("type"), QStringLiteral("currency"));
        out->insert(QStringLiteral("currency"), QJsonObject{{QStringLiteral("fallback_value"), p.fallbackValue},
                                                            {QStringLiteral("code"), p.currencyCode},
                                                            {QStringLiteral("amount_1000"), p.amount1000}});
        return RequestProblem::None;
    case P::DateTime:
        if (isBlank(p.fallbackValue))
            return RequestProblem::MissingParameterValue;
        out->insert(QStringLiteral("type"), QStringLiteral("date_time"));
        out->insert(QStringLiteral("date_time"), QJsonObject{{QStringLiteral("fallback_value"), p.fallbackValue}});
        return RequestProblem::None;
    case P::Image:
    case P::Video:
    case P::Document: {
        QJsonObject media;
        const RequestProblem problem = mediaObject(p.media, &media);
        if (problem == RequestProblem::MissingMedia)
            return RequestProblem::MissingParameterValue;
        if (problem != RequestProblem::None)
            return problem;
        const QString key = p.type == P::Image   ? QStringLiteral("image")
                            : p.type == P::Video ? QStringLiteral("video")
                                                 : QStringLiteral("document");
        if (p.type == P::Document && !p.filename.isEmpty())
            media.insert(QStringLiteral("filename"), p.filename);
        else if (!p.filename.isEmpty())
            return RequestProblem::FilenameNotAllowed;
        out->insert(QStringLiteral("type"), key);
        out->insert(key, media);
        return RequestProblem::None;
    }
    }
    return RequestProblem::ParameterNotAllowed;
}

} // namespace

const char* requestProblemSource(RequestProblem problem)
{
    for (const ProblemText& entry : kProblemTexts) {
        if (entry.problem == problem)
            return entry.text;
    }
    return kProblemTexts[0].text;
}

QString requestProblemText(RequestProblem problem)
{
    return QCoreApplication::translate("duet", requestProblemSource(problem));
}

namespace {
constexpr EnumName<TemplateCategory> kTemplateCategoryNames[] = {
    {TemplateCategory::Marketing, "MARKETING"},
    {TemplateCategory::Utility, "UTILITY"},
    {TemplateCategory::Authentication, "AUTHENTICATION"},
};
} // namespace

TemplateCategory templateCategoryFromName(QStringView name)
{
    return fromName(kTemplateCategoryNames, name.trimmed(), Qt::CaseInsensitive)
        .value_or(TemplateCategory::Unspecified);
}

QString templateCategoryName(TemplateCategory category)
{
    return toName(kTemplateCategoryNames, category);
}

bool GraphRequestBuilder::isUserIdAddress(QStringView address)
{
    const QStringView a = address.trimmed();
    return CustomerId::isBsuid(a) || CustomerId::isParentBsuid(a);
}

GraphRequestBuilder::GraphRequestBuilder(const QString& apiVersion, const QString& phoneNumberId)
    : m_apiVersion(apiVersion)
    , m_phoneNumberId(phoneNumberId)
{}

QString GraphRequestBuilder::messagesPath() const
{
    return QLatin1Char('/') + m_apiVersion + QLatin1Char('/') + m_phoneNumberId + QStringLiteral("/messages");
}

QString GraphRequestBuilder::mediaUploadPath() const
{
    return QLatin1Char('/') + m_apiVersion + QLatin1Char('/') + m_phoneNumberId + QStringLiteral("/media");
}

QString GraphRequestBuilder::mediaPath(const QString& mediaId) const
{
    return QLatin1Char('/') + m_apiVersion + QLatin1Char('/') + mediaId;
}

RequestProblem GraphRequestBuilder::checkSender() const
{
    // "v" then major.minor digits, as kGraphApiVersion.
    const qsizetype dot = m_apiVersion.indexOf(QLatin1Char('.'));
    if (!m_apiVersion.startsWith(QLatin1Char('v')) || dot < 2 || !isDigits(m_apiVersion.mid(1, dot - 1)) ||
        !isDigits(m_apiVersion.mid(dot + 1)))
        return RequestProblem::InvalidApiVersion;
    if (!isDigits(m_phoneNumberId))
        return RequestProblem::InvalidPhoneNumberId;
    return RequestProblem::None;
}

GraphRequest GraphRequestBuilder::envelopeRequest(const Envelope& envelope, const QString& type,
                                                  const QJsonObject& content, bool allowReply) const
{
    if (const RequestProblem problem = checkSender(); problem != RequestProblem::None)
        return refused(problem, {});
    // A phone number goes in `to`; a business-scoped user ID in `recipient`, untouched (docs/CLOUDAPI-CONTRACT.md,
    // "Sending to a BSUID").
    const bool byUserId = isUserIdAddress(envelope.to);
    const QString address = byUserId ? envelope.to.trimmed() : PhoneNumber::toE164(envelope.to);
    if (byUserId && !isSendableUserId(address))
        return refused(RequestProblem::InvalidUserId, QStringLiteral("recipient"));
    if (address.isNull())
        return refused(RequestProblem::InvalidRecipient, QStringLiteral("to"));
    if (envelope.clientId.isEmpty())
        return refused(RequestProblem::MissingClientId, QStringLiteral("biz_opaque_callback_data"));
    if (envelope.clientId.size() > kMaxClientIdLength)
        return refused(RequestProblem::ClientIdTooLong, QStringLiteral("biz_opaque_callback_data"));
    if (!allowReply && !envelope.replyToWamid.isEmpty())
        return refused(RequestProblem::ReplyNotAllowed, QStringLiteral("context"));

    GraphRequest r;
    r.path = messagesPath();
    r.body.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    r.body.insert(QStringLiteral("recipient_type"), QStringLiteral("individual"));
    r.body.insert(byUserId ? QStringLiteral("recipient") : QStringLiteral("to"), address);
    r.body.insert(QStringLiteral("type"), type);
    r.body.insert(type, content);
    r.body.insert(QStringLiteral("biz_opaque_callback_data"), envelope.clientId);
    if (!envelope.replyToWamid.isEmpty())
        r.body.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("message_id"), envelope.replyToWamid}});
    return r;
}

GraphRequest GraphRequestBuilder::text(const Envelope& envelope, const QString& body, bool previewUrl) const
{
    if (isBlank(body))
        return refused(RequestProblem::EmptyText, QStringLiteral("text.body"));
    if (body.size() > kMaxTextLength)
        return refused(RequestProblem::TextTooLong, QStringLiteral("text.body"));
    return envelopeRequest(envelope, QStringLiteral("text"),
                           QJsonObject{{QStringLiteral("body"), body}, {QStringLiteral("preview_url"), previewUrl}},
                           true);
}

GraphRequest GraphRequestBuilder::media(const Envelope& envelope, const MediaContent& media) const
{
    const QString type = mediaTypeName(media.kind);
    QJsonObject content;
    if (const RequestProblem problem = mediaObject(media.source, &content); problem != RequestProblem::None)
        return refused(problem, type);
    const bool takesCaption = media.kind == MediaContent::Kind::Image || media.kind == MediaContent::Kind::Video ||
                              media.kind == MediaContent::Kind::Document;
    if (!media.caption.isEmpty()) {
        if (!takesCaption)
            return refused(RequestProblem::CaptionNotAllowed, type + QStringLiteral(".caption"));
        if (media.caption.size() > kMaxCaptionLength)
            return refused(RequestProblem::CaptionTooLong, type + QStringLiteral(".caption"));
        content.insert(QStringLiteral("caption"), media.caption);
    }
    if (!media.filename.isEmpty()) {
        if (media.kind != MediaContent::Kind::Document)
            return refused(RequestProblem::FilenameNotAllowed, type + QStringLiteral(".filename"));
        content.insert(QStringLiteral("filename"), media.filename);
    }
    if (media.voice) {
        if (media.kind != MediaContent::Kind::Audio)
            return refused(RequestProblem::VoiceNotAllowed, type + QStringLiteral(".voice"));
        content.insert(QStringLiteral("voice"), true);
    }
    return envelopeRequest(envelope, type, content, true);
}

GraphRequest GraphRequestBuilder::templateMessage(const Envelope& envelope, const TemplateContent& content) const
{
    if (isBlank(content.name))
        return refused(RequestProblem::MissingTemplateName, QStringLiteral("template.name"));
    if (isBlank(content.languageCode))
        return refused(RequestProblem::MissingTemplateLanguage, QStringLiteral("template.language.code"));
    // One-tap, zero-tap and copy-code authentication templates need a phone number (docs/CLOUDAPI-CONTRACT.md, "Sending
    // to a BSUID"): Meta answers 131062, so the request is not even made.
    if (content.category == TemplateCategory::Authentication && isUserIdAddress(envelope.to))
        return refused(RequestProblem::TemplateNeedsPhone, QStringLiteral("recipient"));
    QJsonArray components;
    for (qsizetype c = 0; c < content.components.size(); ++c) {
        const TemplateComponent& component = content.components.at(c);
        const QString where = QStringLiteral("template.components[%1]").arg(c);
        QJsonObject json;
        switch (component.type) {
        case TemplateComponent::Type::Header:
            json.insert(QStringLiteral("type"), QStringLiteral("header"));
            break;
        case TemplateComponent::Type::Body:
            json.insert(QStringLiteral("type"), QStringLiteral("body"));
            break;
        case TemplateComponent::Type::Button:
            if (component.subType.compare(QLatin1String(kRequestContactInfoButton), Qt::CaseInsensitive) == 0) {
                // Meta fills this button itself: it takes no parameters and needs no component.
                if (!component.parameters.isEmpty())
                    return refused(RequestProblem::ParameterNotAllowed, where + QStringLiteral(".parameters[0]"));
                continue;
            }
            if (isBlank(component.subType) || component.index < 0 || component.index > 9)
                return refused(RequestProblem::InvalidButton, where);
            json.insert(QStringLiteral("type"), QStringLiteral("button"));
            json.insert(QStringLiteral("sub_type"), component.subType);
            // The OpenAPI schema declares index as a string ("0"); some of Meta's examples use a number.
            json.insert(QStringLiteral("index"), QString::number(component.index));
            break;
        }
        QJsonArray parameters;
        for (qsizetype p = 0; p < component.parameters.size(); ++p) {
            const TemplateParameter& parameter = component.parameters.at(p);
            const QString parameterWhere = where + QStringLiteral(".parameters[%1]").arg(p);
            if (!parameterAllowed(component.type, parameter.type))
                return refused(RequestProblem::ParameterNotAllowed, parameterWhere);
            QJsonObject parameterJson;
            if (const RequestProblem problem = templateParameter(parameter, &parameterJson);
                problem != RequestProblem::None)
                return refused(problem, parameterWhere);
            parameters.append(parameterJson);
        }
        if (parameters.isEmpty()) {
            // A header or body without placeholders needs no component; a button always has one.
            if (component.type == TemplateComponent::Type::Button)
                return refused(RequestProblem::MissingParameterValue, where + QStringLiteral(".parameters"));
            continue;
        }
        json.insert(QStringLiteral("parameters"), parameters);
        components.append(json);
    }
    QJsonObject templateJson{{QStringLiteral("name"), content.name},
                             {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), content.languageCode}}}};
    if (!components.isEmpty())
        templateJson.insert(QStringLiteral("components"), components);
    return envelopeRequest(envelope, QStringLiteral("template"), templateJson, true);
}

GraphRequest GraphRequestBuilder::contactRequest(const Envelope& envelope, const QString& bodyText) const
{
    if (isBlank(bodyText))
        return refused(RequestProblem::EmptyText, QStringLiteral("interactive.body.text"));
    if (bodyText.size() > kMaxInteractiveTextLength)
        return refused(RequestProblem::InteractiveTextTooLong, QStringLiteral("interactive.body.text"));
    const QString kind = QString::fromLatin1(kRequestContactInfoButton);
    return envelopeRequest(envelope, QStringLiteral("interactive"),
                           QJsonObject{{QStringLiteral("type"), kind},
                                       {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), bodyText}}},
                                       {QStringLiteral("action"), QJsonObject{{QStringLiteral("name"), kind}}}},
                           true);
}

GraphRequest GraphRequestBuilder::reaction(const Envelope& envelope, const QString& targetWamid,
                                           const QString& emoji) const
{
    if (isBlank(targetWamid))
        return refused(RequestProblem::MissingTarget, QStringLiteral("reaction.message_id"));
    return envelopeRequest(envelope, QStringLiteral("reaction"),
                           QJsonObject{{QStringLiteral("message_id"), targetWamid}, {QStringLiteral("emoji"), emoji}},
                           false);
}

GraphRequest GraphRequestBuilder::markRead(const QString& inboundWamid, bool showTyping) const
{
    if (const RequestProblem problem = checkSender(); problem != RequestProblem::None)
        return refused(problem, {});
    if (isBlank(inboundWamid))
        return refused(RequestProblem::MissingTarget, QStringLiteral("message_id"));
    GraphRequest r;
    r.path = messagesPath();
    r.body.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    r.body.insert(QStringLiteral("status"), QStringLiteral("read"));
    r.body.insert(QStringLiteral("message_id"), inboundWamid);
    if (showTyping)
        r.body.insert(QStringLiteral("typing_indicator"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    return r;
}

} // namespace duet::cloudapi
