// SPDX-License-Identifier: GPL-3.0-or-later
// Checks a POST /{phone-number-id}/messages body the way the Cloud API does.
#include "MessageValidator.h"

#include "Scenario.h"
#include "core/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace duet::sim {

namespace {

constexpr int kMaxText = 4096;
constexpr int kMaxCaption = 1024;
constexpr int kMaxClientId = 512;

const QStringList kMediaTypes = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                                 QStringLiteral("document"), QStringLiteral("sticker")};
const QStringList kOtherTypes = {QStringLiteral("text"),     QStringLiteral("template"), QStringLiteral("reaction"),
                                 QStringLiteral("location"), QStringLiteral("contacts"), QStringLiteral("interactive")};

SimError invalid(const QString& details)
{
    return SimError::make(ErrorCode::InvalidParameter, details);
}

SimError required(const QString& param)
{
    return invalid(QStringLiteral("The parameter %1 is required.").arg(param));
}

bool isNonEmptyString(const QJsonValue& v)
{
    return v.isString() && !v.toString().trimmed().isEmpty();
}

bool isHttpUrl(const QString& link)
{
    const QUrl url(link, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

MessageValidator::MessageValidator(const Scenario& scenario, std::function<bool(const QString&)> isMediaKnown)
    : m_scenario(scenario)
    , m_isMediaKnown(std::move(isMediaKnown))
{}

SimError MessageValidator::validate(const QByteArray& body, ValidatedSend* out) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("The request body is not a JSON object."));
    return validate(doc.object(), out);
}

SimError MessageValidator::validate(const QJsonObject& body, ValidatedSend* out) const
{
    const QJsonValue product = body.value(QStringLiteral("messaging_product"));
    if (product.isUndefined())
        return required(QStringLiteral("messaging_product"));
    if (product.toString() != QLatin1String("whatsapp"))
        return invalid(QStringLiteral("Param messaging_product must be one of {WHATSAPP} - got \"%1\".")
                           .arg(product.toVariant().toString()));

    // Mark as read (optionally with the typing indicator): not a send.
    if (body.contains(QStringLiteral("status"))) {
        if (body.value(QStringLiteral("status")).toString() != QLatin1String("read"))
            return invalid(QStringLiteral("Param status must be one of {READ}."));
        const QJsonValue id = body.value(QStringLiteral("message_id"));
        if (!isNonEmptyString(id))
            return required(QStringLiteral("message_id"));
        if (!id.toString().startsWith(QLatin1String("wamid.")))
            return invalid(QStringLiteral("Param message_id is not a valid message id."));
        const QJsonValue typing = body.value(QStringLiteral("typing_indicator"));
        if (!typing.isUndefined() &&
            (!typing.isObject() || typing.toObject().value(QStringLiteral("type")).toString() != QLatin1String("text")))
            return invalid(QStringLiteral("Param typing_indicator['type'] must be one of {TEXT}."));
        out->kind = ValidatedSend::Kind::MarkRead;
        out->markReadId = id.toString();
        out->typing = !typing.isUndefined();
        return {};
    }

    const QJsonValue recipientType = body.value(QStringLiteral("recipient_type"));
    if (!recipientType.isUndefined() && recipientType.toString() != QLatin1String("individual"))
        return invalid(QStringLiteral("Param recipient_type must be one of {INDIVIDUAL}."));

    // A phone number in `to`, or a BSUID / parent BSUID in `recipient`; `to` wins when both are given.
    const QJsonValue to = body.value(QStringLiteral("to"));
    const QJsonValue recipient = body.value(QStringLiteral("recipient"));
    if (to.isUndefined() && recipient.isUndefined())
        return required(QStringLiteral("to"));
    static const QRegularExpression kPhoneChars(QStringLiteral("^\\+?[0-9][0-9 ().-]*$"));
    if (!to.isUndefined() &&
        (!to.isString() || !kPhoneChars.match(to.toString()).hasMatch() || PhoneNumber::toE164(to.toString()).isNull()))
        return invalid(QStringLiteral("Invalid parameter: the phone number in 'to' is not valid."));
    static const QRegularExpression kUserId(QStringLiteral("^[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}$"));
    if (!recipient.isUndefined() && (!recipient.isString() || !kUserId.match(recipient.toString()).hasMatch()))
        return invalid(QStringLiteral("Invalid parameter: 'recipient' is not a valid business-scoped user ID."));

    const QString type = body.value(QStringLiteral("type")).toString(QStringLiteral("text"));
    if (!kMediaTypes.contains(type) && !kOtherTypes.contains(type))
        return invalid(QStringLiteral("Param type must be one of {AUDIO, CONTACTS, DOCUMENT, IMAGE, INTERACTIVE, "
                                      "LOCATION, REACTION, STICKER, TEMPLATE, TEXT, VIDEO} - got \"%1\".")
                           .arg(type));
    const QJsonValue content = body.value(type);
    if (type == QLatin1String("contacts") ? !content.isArray() : !content.isObject())
        return required(type);

    const QJsonValue clientId = body.value(QStringLiteral("biz_opaque_callback_data"));
    if (!clientId.isUndefined() && (!clientId.isString() || clientId.toString().size() > kMaxClientId))
        return invalid(QStringLiteral("Param biz_opaque_callback_data must be a string of at most 512 characters."));

    const QJsonValue context = body.value(QStringLiteral("context"));
    if (!context.isUndefined()) {
        if (type == QLatin1String("reaction"))
            return invalid(QStringLiteral("Param context is not allowed with a reaction."));
        if (!context.isObject() || !isNonEmptyString(context.toObject().value(QStringLiteral("message_id"))))
            return required(QStringLiteral("context['message_id']"));
    }

    out->kind = ValidatedSend::Kind::Message;
    if (!to.isUndefined()) {
        out->toInput = to.toString();
        out->waId = PhoneNumber::digitsOnly(to.toString());
    } else {
        out->toInput = recipient.toString();
        out->userId = recipient.toString();
    }
    out->type = type;
    out->clientId = clientId.toString();

    if (type == QLatin1String("text"))
        return checkText(content.toObject());
    if (kMediaTypes.contains(type))
        return checkMedia(type, content.toObject());
    if (type == QLatin1String("template"))
        return checkTemplate(content.toObject(), out);
    if (type == QLatin1String("reaction"))
        return checkReaction(content.toObject());
    if (type == QLatin1String("location")) {
        const QJsonObject l = content.toObject();
        if (!l.value(QStringLiteral("latitude")).isDouble() || !l.value(QStringLiteral("longitude")).isDouble())
            return required(QStringLiteral("location['latitude'] and location['longitude']"));
    }
    if (type == QLatin1String("interactive"))
        return checkInteractive(content.toObject(), out);
    return {};
}

SimError MessageValidator::checkText(const QJsonObject& text) const
{
    const QJsonValue body = text.value(QStringLiteral("body"));
    if (!isNonEmptyString(body))
        return required(QStringLiteral("text['body']"));
    if (body.toString().size() > kMaxText)
        return invalid(QStringLiteral("Param text['body'] must be at most %1 characters long.").arg(kMaxText));
    const QJsonValue preview = text.value(QStringLiteral("preview_url"));
    if (!preview.isUndefined() && !preview.isBool())
        return invalid(QStringLiteral("Param text['preview_url'] must be a boolean."));
    return {};
}

SimError MessageValidator::checkMedia(const QString& type, const QJsonObject& media) const
{
    const bool hasId = media.contains(QStringLiteral("id"));
    const bool hasLink = media.contains(QStringLiteral("link"));
    if (hasId == hasLink)
        return invalid(QStringLiteral("Param %1 must have exactly one of 'id' or 'link'.").arg(type));
    if (hasId) {
        const QJsonValue id = media.value(QStringLiteral("id"));
        if (!isNonEmptyString(id) || !m_isMediaKnown(id.toString()))
            return invalid(
                QStringLiteral("Param %1['id'] is not a valid whatsapp business account media attachment ID.")
                    .arg(type));
    } else if (!isHttpUrl(media.value(QStringLiteral("link")).toString())) {
        return invalid(QStringLiteral("Param %1['link'] is not a valid URL.").arg(type));
    }
    if (media.contains(QStringLiteral("caption"))) {
        if (type == QLatin1String("audio") || type == QLatin1String("sticker"))
            return invalid(QStringLiteral("Param %1['caption'] is not allowed.").arg(type));
        if (!media.value(QStringLiteral("caption")).isString() ||
            media.value(QStringLiteral("caption")).toString().size() > kMaxCaption)
            return invalid(
                QStringLiteral("Param %1['caption'] must be at most %2 characters long.").arg(type).arg(kMaxCaption));
    }
    if (media.contains(QStringLiteral("filename")) && type != QLatin1String("document"))
        return invalid(QStringLiteral("Param %1['filename'] is not allowed.").arg(type));
    if (media.contains(QStringLiteral("voice")) && type != QLatin1String("audio"))
        return invalid(QStringLiteral("Param %1['voice'] is not allowed.").arg(type));
    return {};
}

SimError MessageValidator::checkTemplate(const QJsonObject& tmpl, ValidatedSend* out) const
{
    const QJsonValue name = tmpl.value(QStringLiteral("name"));
    if (!isNonEmptyString(name))
        return required(QStringLiteral("template['name']"));
    const QJsonValue language = tmpl.value(QStringLiteral("language"));
    if (!language.isObject() || !isNonEmptyString(language.toObject().value(QStringLiteral("code"))))
        return required(QStringLiteral("template['language']['code']"));
    const QString languageCode = language.toObject().value(QStringLiteral("code")).toString();
    const TemplateSpec* spec = m_scenario.findTemplate(name.toString(), languageCode);
    if (!spec) {
        return SimError::make(
            ErrorCode::TemplateMissing,
            QStringLiteral("template name (%1) does not exist in %2").arg(name.toString(), languageCode));
    }
    if (spec->status != QLatin1String("APPROVED")) {
        // Only approved templates can be sent; Meta names paused and disabled ones.
        const int code = spec->status == QLatin1String("PAUSED")     ? ErrorCode::TemplatePaused
                         : spec->status == QLatin1String("DISABLED") ? ErrorCode::TemplateDisabled
                                                                     : ErrorCode::TemplateMissing;
        return SimError::make(
            code,
            QStringLiteral("template %1 in %2 is %3, not APPROVED").arg(spec->name, spec->language, spec->status));
    }
    out->templateName = spec->name;
    out->templateLanguage = spec->language;
    out->templateCategory = spec->category;

    int header = 0, body = 0;
    QMap<int, int> buttons;
    const QJsonValue components = tmpl.value(QStringLiteral("components"));
    if (!components.isUndefined() && !components.isArray())
        return invalid(QStringLiteral("Param template['components'] must be an array."));
    const QJsonArray list = components.toArray();
    for (qsizetype c = 0; c < list.size(); ++c) {
        const QString where = QStringLiteral("template['components'][%1]").arg(c);
        if (!list.at(c).isObject())
            return invalid(QStringLiteral("Param %1 must be an object.").arg(where));
        const QJsonObject component = list.at(c).toObject();
        const QString kind = component.value(QStringLiteral("type")).toString().toLower();
        const QJsonValue parameters = component.value(QStringLiteral("parameters"));
        if (!parameters.isUndefined() && !parameters.isArray())
            return invalid(QStringLiteral("Param %1['parameters'] must be an array.").arg(where));
        const QJsonArray params = parameters.toArray();
        for (qsizetype p = 0; p < params.size(); ++p) {
            SimError e = checkParameter(params.at(p).toObject(), where + QStringLiteral("['parameters'][%1]").arg(p));
            if (e.isError())
                return e;
        }
        if (kind == QLatin1String("header")) {
            header += int(params.size());
        } else if (kind == QLatin1String("body")) {
            body += int(params.size());
        } else if (kind == QLatin1String("button")) {
            if (!isNonEmptyString(component.value(QStringLiteral("sub_type"))))
                return required(where + QStringLiteral("['sub_type']"));
            const QJsonValue index = component.value(QStringLiteral("index"));
            bool ok = false;
            const int i = index.isString() ? index.toString().toInt(&ok) : index.toInt(-1);
            ok = ok || (index.isDouble() && index.toDouble() == std::floor(index.toDouble()));
            if (!ok || i < 0 || i > 9)
                return invalid(QStringLiteral("Param %1['index'] must be a number from 0 to 9.").arg(where));
            if (component.value(QStringLiteral("sub_type")).toString().toLower() ==
                    QLatin1String("request_contact_info") &&
                !params.isEmpty())
                return invalid(QStringLiteral("Param %1['parameters'] is not allowed on a request_contact_info button.")
                                   .arg(where));
            buttons[i] += int(params.size());
        } else {
            return invalid(QStringLiteral("Param %1['type'] must be one of {HEADER, BODY, BUTTON}.").arg(where));
        }
    }
    auto mismatch = [](const QString& what, int got, int expected) {
        return SimError::make(ErrorCode::TemplateParamCount,
                              QStringLiteral("%1: number of localizable_params (%2) does not match the expected number "
                                             "of params (%3)")
                                  .arg(what)
                                  .arg(got)
                                  .arg(expected));
    };
    if (header != spec->headerParams)
        return mismatch(QStringLiteral("header"), header, spec->headerParams);
    if (body != spec->bodyParams)
        return mismatch(QStringLiteral("body"), body, spec->bodyParams);
    for (int i = 0; i < 10; ++i) {
        if (buttons.value(i) != spec->buttonParams.value(i))
            return mismatch(QStringLiteral("buttons[%1]").arg(i), buttons.value(i), spec->buttonParams.value(i));
    }
    return {};
}

SimError MessageValidator::checkParameter(const QJsonObject& parameter, const QString& where) const
{
    const QString type = parameter.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text") || type == QLatin1String("payload")) {
        if (!isNonEmptyString(parameter.value(type)))
            return required(where + QStringLiteral("['%1']").arg(type));
        return {};
    }
    if (type == QLatin1String("currency") || type == QLatin1String("date_time")) {
        if (!isNonEmptyString(parameter.value(type).toObject().value(QStringLiteral("fallback_value"))))
            return required(where + QStringLiteral("['%1']['fallback_value']").arg(type));
        return {};
    }
    if (type == QLatin1String("image") || type == QLatin1String("video") || type == QLatin1String("document")) {
        if (!parameter.value(type).isObject())
            return required(where + QStringLiteral("['%1']").arg(type));
        return checkMedia(type, parameter.value(type).toObject());
    }
    if (type == QLatin1String("coupon_code") || type == QLatin1String("action"))
        return {};
    return invalid(QStringLiteral("Param %1['type'] must be one of {TEXT, CURRENCY, DATE_TIME, IMAGE, VIDEO, DOCUMENT, "
                                  "PAYLOAD}.")
                       .arg(where));
}

SimError MessageValidator::checkInteractive(const QJsonObject& interactive, ValidatedSend* out) const
{
    const QJsonValue kind = interactive.value(QStringLiteral("type"));
    if (!isNonEmptyString(kind))
        return required(QStringLiteral("interactive['type']"));
    out->interactiveType = kind.toString();
    if (out->interactiveType != QLatin1String("request_contact_info"))
        return {};
    // docs/CLOUDAPI-CONTRACT.md, "Requesting the phone number": a body text, and the action that shows WhatsApp's
    // "Share Contact Info" button.
    const QJsonValue text = interactive.value(QStringLiteral("body")).toObject().value(QStringLiteral("text"));
    if (!isNonEmptyString(text))
        return required(QStringLiteral("interactive['body']['text']"));
    if (text.toString().size() > kMaxCaption)
        return invalid(
            QStringLiteral("Param interactive['body']['text'] must be at most %1 characters long.").arg(kMaxCaption));
    if (interactive.value(QStringLiteral("action")).toObject().value(QStringLiteral("name")).toString() !=
        QLatin1String("request_contact_info"))
        return invalid(QStringLiteral("Param interactive['action']['name'] must be request_contact_info."));
    return {};
}

SimError MessageValidator::checkReaction(const QJsonObject& reaction) const
{
    if (!isNonEmptyString(reaction.value(QStringLiteral("message_id"))))
        return required(QStringLiteral("reaction['message_id']"));
    const QJsonValue emoji = reaction.value(QStringLiteral("emoji"));
    if (!emoji.isUndefined() && !emoji.isString())
        return invalid(QStringLiteral("Param reaction['emoji'] must be a string."));
    return {};
}

} // namespace duet::sim
