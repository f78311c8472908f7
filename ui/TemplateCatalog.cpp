// SPDX-License-Identifier: GPL-3.0-or-later
// Templates: parameters, rendering, and the JSON file catalogue.
#include "TemplateCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace duet::ui {
namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{(\\d{1,2})\\}\\}"));
    return re;
}

class CatalogTr
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCatalog)
};

} // namespace

bool MessageTemplate::requestsContactInfo() const
{
    return buttons.contains(QLatin1String("REQUEST_CONTACT_INFO"));
}

MessageTemplate MessageTemplate::fromRecord(const TemplateRecord& record)
{
    MessageTemplate t;
    t.name = record.name;
    t.language = record.language;
    t.category = record.category;
    t.status = record.status.isEmpty() ? QStringLiteral("APPROVED") : record.status;
    t.body = record.bodyText();
    t.header = record.headerText();
    t.buttons = record.buttonTypes();
    const QJsonArray components = record.components;
    for (const auto& c : components) {
        const QJsonObject component = c.toObject();
        if (component.value(QLatin1String("type")).toString().toUpper() != QLatin1String("BUTTONS"))
            continue;
        const QJsonArray buttons = component.value(QLatin1String("buttons")).toArray();
        for (qsizetype i = 0; i < buttons.size(); ++i) {
            const QJsonObject b = buttons.at(i).toObject();
            const QString type = b.value(QLatin1String("type")).toString().toUpper();
            // A URL with a variable suffix takes one value; so does an authentication template's
            // code button (OTP), whose code is sent as the button's parameter.
            if ((type == QLatin1String("URL") &&
                 b.value(QLatin1String("url")).toString().contains(QLatin1String("{{"))) ||
                type == QLatin1String("OTP"))
                t.buttonParameters << int(i);
        }
    }
    return t;
}

namespace {
int highestPlaceholder(const QString& text)
{
    int highest = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext())
        highest = qMax(highest, it.next().captured(1).toInt());
    return highest;
}
} // namespace

int MessageTemplate::headerParameterCount() const
{
    return qMin(highestPlaceholder(header), 1); // Meta allows one variable in a text header
}

int MessageTemplate::bodyParameterCount() const
{
    return highestPlaceholder(body);
}

int MessageTemplate::parameterCount() const
{
    return headerParameterCount() + bodyParameterCount() + int(buttonParameters.size());
}

QString MessageTemplate::parameterLabel(int index) const
{
    const int headerCount = headerParameterCount();
    const int bodyCount = bodyParameterCount();
    if (index < headerCount)
        return CatalogTr::tr("Header {{1}}");
    if (index < headerCount + bodyCount)
        return QStringLiteral("{{%1}}").arg(index - headerCount + 1);
    const int button = index - headerCount - bodyCount;
    if (button < buttonParameters.size()) {
        const int at = buttonParameters.at(button);
        return at < buttons.size() && buttons.at(at) == QLatin1String("OTP")
                   ? CatalogTr::tr("Code (button %1)").arg(at + 1)
                   : CatalogTr::tr("Button %1 {{1}}").arg(at + 1);
    }
    return {};
}

QStringList MessageTemplate::headerValues(const QStringList& values) const
{
    return values.mid(0, headerParameterCount());
}

QStringList MessageTemplate::bodyValues(const QStringList& values) const
{
    return values.mid(headerParameterCount(), bodyParameterCount());
}

QList<QPair<int, QString>> MessageTemplate::buttonValues(const QStringList& values) const
{
    QList<QPair<int, QString>> out;
    const int first = headerParameterCount() + bodyParameterCount();
    for (qsizetype i = 0; i < buttonParameters.size(); ++i)
        out.append({buttonParameters.at(i), values.value(first + int(i))});
    return out;
}

QString MessageTemplate::categoryText() const
{
    const QString c = category.toUpper();
    if (c == QLatin1String("MARKETING"))
        return CatalogTr::tr("Marketing");
    if (c == QLatin1String("UTILITY"))
        return CatalogTr::tr("Utility");
    if (c == QLatin1String("AUTHENTICATION"))
        return CatalogTr::tr("Authentication");
    return {};
}

QString MessageTemplate::costText(bool windowOpen, bool freeEntryPoint) const
{
    // Per-message pricing (Meta, since July 2025): templates are charged per delivered message by
    // category; a utility template is free only inside an open window, and every message is free
    // in the 72 hours that follow the business's first reply to a customer who came from an ad.
    // A change announced for October 2026 (bill utility templates inside the window too) is not
    // confirmed: the hint for an open window says so.
    const QString c = category.toUpper();
    if (c.isEmpty() ||
        (c != QLatin1String("MARKETING") && c != QLatin1String("UTILITY") && c != QLatin1String("AUTHENTICATION")))
        return {};
    if (freeEntryPoint)
        return CatalogTr::tr("Free if sent within 72 hours of the first reply to this customer's ad click; "
                             "otherwise billed by its category.");
    if (c == QLatin1String("UTILITY") && windowOpen)
        return CatalogTr::tr("Utility template: free while the customer's 24-hour window is open (Meta may bill "
                             "it from October 2026).");
    if (c == QLatin1String("MARKETING"))
        return CatalogTr::tr("Marketing template: Meta charges each delivered message at the marketing rate.");
    if (c == QLatin1String("UTILITY"))
        return CatalogTr::tr("Utility template: Meta charges each delivered message at the utility rate while the "
                             "customer's 24-hour window is closed.");
    if (c == QLatin1String("AUTHENTICATION"))
        return CatalogTr::tr("Authentication template: Meta charges each delivered message at the authentication "
                             "rate.");
    return {};
}

HubTemplateCatalog::HubTemplateCatalog(const TemplateCatalog* fallback, QObject* parent)
    : QObject(parent)
    , m_fallback(fallback)
{}

void HubTemplateCatalog::setHubTemplates(const QList<TemplateRecord>& records)
{
    QList<MessageTemplate> list;
    list.reserve(records.size());
    for (const TemplateRecord& r : records)
        list << MessageTemplate::fromRecord(r);
    m_hub = list;
    m_fromHub = true;
    emit changed();
}

QList<MessageTemplate> HubTemplateCatalog::templates() const
{
    if (m_fromHub)
        return m_hub;
    return m_fallback ? m_fallback->templates() : QList<MessageTemplate>();
}

namespace {
/// `text` with {{n}} replaced by values[n-1]; missing values stay as {{n}}.
QString fill(const QString& text, const QStringList& values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const int n = m.captured(1).toInt();
        out += n >= 1 && n <= values.size() && !values.at(n - 1).isEmpty() ? values.at(n - 1) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

QString MessageTemplate::render(const QStringList& values) const
{
    return fill(body, bodyValues(values));
}

QString MessageTemplate::renderHeader(const QStringList& values) const
{
    return fill(header, headerValues(values));
}

bool JsonTemplateCatalog::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CatalogTr::tr("Cannot read the templates file %1: %2").arg(path, file.errorString());
        m_templates.clear();
        return false;
    }
    return loadJson(file.readAll(), error);
}

bool JsonTemplateCatalog::loadJson(const QByteArray& json, QString* error)
{
    m_templates.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.isObject())
        list = doc.object().value(QLatin1String("templates")).toArray();
    if (doc.isNull() || (!doc.isArray() && !doc.object().value(QLatin1String("templates")).isArray())) {
        *error = CatalogTr::tr("The templates file is not a JSON list of templates.");
        return false;
    }
    for (const auto& v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        MessageTemplate t;
        t.name = o.value(QLatin1String("name")).toString();
        t.language = o.value(QLatin1String("language")).toString(QStringLiteral("en_US"));
        t.category = o.value(QLatin1String("category")).toString();
        t.body = o.value(QLatin1String("body")).toString();
        t.status = o.value(QLatin1String("status")).toString().toUpper();
        t.header = o.value(QLatin1String("header")).toString();
        const auto addButtons = [&t](const QJsonArray& buttons) {
            for (const auto& b : buttons) {
                const QString type = b.isString() ? b.toString() : b.toObject().value(QLatin1String("type")).toString();
                if (!type.isEmpty())
                    t.buttons << type.toUpper();
            }
        };
        addButtons(o.value(QLatin1String("buttons")).toArray());
        if (o.value(QLatin1String("components")).isArray()) { // Meta's own shape
            TemplateRecord record;
            record.components = o.value(QLatin1String("components")).toArray();
            const MessageTemplate meta = MessageTemplate::fromRecord(record);
            if (t.body.isEmpty())
                t.body = meta.body;
            if (t.header.isEmpty())
                t.header = meta.header;
            t.buttons += meta.buttons;
            t.buttonParameters = meta.buttonParameters;
        }
        if (!t.name.isEmpty())
            m_templates << t;
    }
    return true;
}

} // namespace duet::ui
