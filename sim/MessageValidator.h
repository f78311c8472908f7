// SPDX-License-Identifier: GPL-3.0-or-later
// Checks a POST /{phone-number-id}/messages body the way the Cloud API does.
#pragma once

#include "SimError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace duet::sim {

struct Scenario;

/// What a valid messages body asks for.
struct ValidatedSend
{
    enum class Kind { Message, MarkRead };
    Kind kind = Kind::Message;
    QString toInput;          ///< `to` or, without it, `recipient` exactly as sent (contacts[].input)
    QString waId;             ///< `to`'s digits (contacts[].wa_id); empty for a send to a BSUID
    QString userId;           ///< `recipient` (a BSUID or parent BSUID) when there is no `to`
    QString interactiveType;  ///< for interactive messages: interactive.type, e.g. request_contact_info
    QString type;             ///< text, image, template, reaction, ...
    QString clientId;         ///< biz_opaque_callback_data, may be empty
    QString templateName;     ///< for templates: template.name
    QString templateLanguage; ///< for templates: template.language.code
    QString templateCategory; ///< for templates: the scenario's category
    QString markReadId;       ///< for mark-as-read: the message id
    bool typing = false;      ///< for mark-as-read: typing_indicator {type: text} was asked for
    bool isTemplate() const { return type == QLatin1String("template"); }
    /// Sent to a business-scoped user ID (`recipient`) rather than a phone number (`to` wins).
    bool isToUserId() const { return waId.isEmpty(); }
};

/// Validates messages bodies against docs/CLOUDAPI-CONTRACT.md, "Sending: what Meta expects" and the scenario's
/// templates: the envelope (messaging_product, recipient_type, `to` or `recipient` (docs/CLOUDAPI-CONTRACT.md, "Sending
/// to a BSUID": `to` wins when both are given), type), each type's object (text length, media id or link, captions,
/// reply context, reactions, the request_contact_info interactive), template names, languages and parameter counts, and
/// mark-as-read with the typing indicator. Refusals carry Meta's code (100, 132000, 132001) and a details text like
/// Meta's. `isMediaKnown` says whether a media id was uploaded and not deleted.
class MessageValidator
{
public:
    MessageValidator(const Scenario& scenario, std::function<bool(const QString&)> isMediaKnown);

    /// Parses and checks a raw body. On success returns an empty SimError and fills *out.
    SimError validate(const QByteArray& body, ValidatedSend* out) const;
    SimError validate(const QJsonObject& body, ValidatedSend* out) const;

private:
    SimError checkText(const QJsonObject& text) const;
    SimError checkMedia(const QString& type, const QJsonObject& media) const;
    SimError checkTemplate(const QJsonObject& tmpl, ValidatedSend* out) const;
    SimError checkParameter(const QJsonObject& parameter, const QString& where) const;
    SimError checkReaction(const QJsonObject& reaction) const;
    SimError checkInteractive(const QJsonObject& interactive, ValidatedSend* out) const;

    const Scenario& m_scenario;
    std::function<bool(const QString&)> m_isMediaKnown;
};

} // namespace duet::sim
