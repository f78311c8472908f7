// SPDX-License-Identifier: GPL-3.0-or-later
// The approved message templates the composer offers when the service window is closed.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace duet::ui {

/// One approved template: its name and language as Meta knows them, its body with {{1}},
/// {{2}}, ... placeholders, and the types of its buttons.
struct MessageTemplate
{
    QString name;
    QString language;
    QString category; ///< MARKETING, UTILITY, AUTHENTICATION
    QString body;
    QStringList buttons = {}; ///< button types in upper case: QUICK_REPLY, URL, REQUEST_CONTACT_INFO, ...

    /// Whether the template carries WhatsApp's "Share Contact Info" button (REQUEST_CONTACT_INFO):
    /// the way to ask for a phone number outside the service window.
    bool requestsContactInfo() const;

    /// How many {{n}} parameters the body has (the highest n).
    int parameterCount() const;
    /// The body with {{n}} replaced by values[n-1]; missing values stay as {{n}}.
    QString render(const QStringList& values) const;
};

/// Where templates come from. The composer only reads; the sync layer will later supply the
/// hub's list.
class TemplateCatalog
{
public:
    virtual ~TemplateCatalog() = default;
    virtual QList<MessageTemplate> templates() const = 0;
};

/// Templates from a JSON file: `[{"name": ..., "language": ..., "category": ..., "body": ...,
/// "buttons": [{"type": "REQUEST_CONTACT_INFO"}]}]` (or `{"templates": [...]}`). Meta's own shape
/// is read too: `"components": [{"type": "BODY", "text": ...}, {"type": "BUTTONS", "buttons": [...]}]`.
/// A missing or unreadable file gives an empty list and an error.
/// Usage: `JsonTemplateCatalog c; if (!c.load(path, &error)) ...;`
class JsonTemplateCatalog final : public TemplateCatalog
{
public:
    bool load(const QString& path, QString* error);
    bool loadJson(const QByteArray& json, QString* error);
    void setTemplates(const QList<MessageTemplate>& templates) { m_templates = templates; }
    QList<MessageTemplate> templates() const override { return m_templates; }

private:
    QList<MessageTemplate> m_templates;
};

} // namespace duet::ui
