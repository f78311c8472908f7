// SPDX-License-Identifier: GPL-3.0-or-later
// One message template of the business account as Meta lists it, shared by the hub and desktops.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace duet {

/// A message template as `GET /{waba-id}/message_templates` returns it: Meta's id, its name and
/// language (what a send names), its category (MARKETING, UTILITY, AUTHENTICATION: what a send
/// costs), its review status (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …) and its components
/// exactly as Meta wrote them (HEADER, BODY, FOOTER, BUTTONS with their buttons). The hub keeps
/// these and sends them to desktops in `templates` frames (docs/PROTOCOL.md).
/// Usage: `TemplateRecord t; TemplateRecord::fromJson(object, &t, &error); t.isApproved();`
struct TemplateRecord
{
    QString id;
    QString name;
    QString language; ///< e.g. en_US
    QString category; ///< upper case, as Meta writes it
    QString status;   ///< upper case, as Meta writes it
    QJsonArray components;

    /// Only an approved template can be sent.
    bool isApproved() const { return status == QLatin1String("APPROVED"); }
    /// The BODY component's text, with its {{1}}, {{2}} … placeholders; empty when there is none.
    QString bodyText() const;
    /// The HEADER component's text when its format is TEXT; empty otherwise.
    QString headerText() const;
    /// The HEADER component's format (TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION); empty without a header.
    QString headerFormat() const;
    QString footerText() const;
    /// The types of its buttons in order, upper case: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, …
    QStringList buttonTypes() const;

    /// {"id","name","language","category","status","components"}: Meta's own field names.
    QJsonObject toJson() const;
    /// Reads Meta's shape (one element of `data`): `name` and `language` are required non-empty
    /// strings; `id`, `category` and `status` strings when present (`id` may also be a number);
    /// `components` an array when present. Category and status are upper-cased.
    static bool fromJson(const QJsonObject& json, TemplateRecord* out, QString* error);

    bool operator==(const TemplateRecord& other) const
    {
        return id == other.id && name == other.name && language == other.language && category == other.category &&
               status == other.status && components == other.components;
    }
    bool operator!=(const TemplateRecord& other) const { return !(*this == other); }
};

} // namespace duet
