// SPDX-License-Identifier: GPL-3.0-or-later
// The approved message templates the composer offers when the service window is closed.
#pragma once

#include "core/TemplateRecord.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace duet::ui {

/// One template: its name and language as Meta knows them, its category (what a send costs), its
/// text header and body with {{1}}, {{2}}, ... placeholders, and the types of its buttons.
/// The values an agent fills in form one list, in this order: the header's parameter, the body's,
/// then one per button that takes one (a URL's suffix, an authentication code), by button index.
struct MessageTemplate
{
    QString name;
    QString language;
    QString category; ///< MARKETING, UTILITY, AUTHENTICATION
    QString body;
    QStringList buttons = {};         ///< button types in upper case: QUICK_REPLY, URL, REQUEST_CONTACT_INFO, ...
    QString status = {};              ///< Meta's review status; empty (a file's templates) counts as approved
    QString header = {};              ///< a text header, with at most one {{1}}; empty when none or not text
    QList<int> buttonParameters = {}; ///< indexes of the buttons that take a parameter (URL with {{1}}, OTP)

    /// From Meta's list as the hub serves it.
    static MessageTemplate fromRecord(const TemplateRecord& record);

    /// Only approved templates can be sent.
    bool isApproved() const { return status.isEmpty() || status == QLatin1String("APPROVED"); }
    /// Whether the template carries WhatsApp's "Share Contact Info" button (REQUEST_CONTACT_INFO):
    /// the way to ask for a phone number outside the service window.
    bool requestsContactInfo() const;

    /// How many values the agent fills in: the header's, the body's and the buttons'.
    int parameterCount() const;
    int headerParameterCount() const;
    /// How many {{n}} parameters the body has (the highest n).
    int bodyParameterCount() const;
    /// What the field for value `index` is called: "{{1}}" for the body, "Header {{1}}", "Button 1 {{1}}".
    QString parameterLabel(int index) const;
    /// The body with {{n}} replaced by the body's values (after the header's in `values`); missing
    /// values stay as {{n}}.
    QString render(const QStringList& values) const;
    /// The text header with its value; empty when there is none.
    QString renderHeader(const QStringList& values) const;
    /// The parts of `values` (the list above): the header's, the body's, and button index -> value.
    QStringList headerValues(const QStringList& values) const;
    QStringList bodyValues(const QStringList& values) const;
    QList<QPair<int, QString>> buttonValues(const QStringList& values) const;

    /// The category for people: "Marketing", "Utility", "Authentication" (translated); empty when unknown.
    QString categoryText() const;
    /// What a send of it costs, in one sentence (translated); empty when the category is unknown.
    /// `windowOpen`: the customer's 24-hour window is open (a utility template is then free);
    /// `freeEntryPoint`: the customer came from an ad within the last 72 hours (every message may be free).
    QString costText(bool windowOpen = false, bool freeEntryPoint = false) const;
};

/// Where templates come from. The composer only reads; a catalog that changes says so through
/// whatever owns it (HubTemplateCatalog::changed), and the picker is told to reload.
class TemplateCatalog
{
public:
    virtual ~TemplateCatalog() = default;
    virtual QList<MessageTemplate> templates() const = 0;
};

/// The hub's templates (the `templates` frames the sync client receives) once the hub has sent
/// some; until then, the fallback (the `--templates` file or the demo's list), so an offline desktop
/// still offers what it was given. Every status is kept (the picker offers the approved ones).
/// The composition root feeds it: `catalog.setHubTemplates(sync.templates())` on templatesChanged.
/// Usage: `HubTemplateCatalog c(&fileCatalog); connect(&c, &HubTemplateCatalog::changed, ...);`
class HubTemplateCatalog final : public QObject, public TemplateCatalog
{
    Q_OBJECT
public:
    explicit HubTemplateCatalog(const TemplateCatalog* fallback = nullptr, QObject* parent = nullptr);

    void setHubTemplates(const QList<TemplateRecord>& records);
    /// The hub has sent its list: the fallback is no longer used.
    bool isFromHub() const { return m_fromHub; }
    QList<MessageTemplate> templates() const override;

signals:
    void changed();

private:
    const TemplateCatalog* m_fallback;
    QList<MessageTemplate> m_hub;
    bool m_fromHub = false;
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
