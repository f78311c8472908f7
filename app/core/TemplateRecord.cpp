// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a template in Meta's shape, and its components.
#include "TemplateRecord.h"

#include <cmath>

namespace duet {
namespace {

QJsonObject component(const QJsonArray& components, QLatin1String type)
{
    for (const auto& c : components) {
        QJsonObject o = c.toObject();
        if (o.value(QLatin1String("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            return o;
    }
    return {};
}

} // namespace

QString TemplateRecord::bodyText() const
{
    return component(components, QLatin1String("BODY")).value(QLatin1String("text")).toString();
}

QString TemplateRecord::headerFormat() const
{
    const QJsonObject header = component(components, QLatin1String("HEADER"));
    if (header.isEmpty())
        return {};
    return header.value(QLatin1String("format")).toString(QStringLiteral("TEXT")).toUpper();
}

QString TemplateRecord::headerText() const
{
    if (headerFormat() != QLatin1String("TEXT"))
        return {};
    return component(components, QLatin1String("HEADER")).value(QLatin1String("text")).toString();
}

QString TemplateRecord::footerText() const
{
    return component(components, QLatin1String("FOOTER")).value(QLatin1String("text")).toString();
}

QStringList TemplateRecord::buttonTypes() const
{
    QStringList types;
    const QJsonArray buttons =
        component(components, QLatin1String("BUTTONS")).value(QLatin1String("buttons")).toArray();
    for (const auto& b : buttons) {
        const QString type = b.toObject().value(QLatin1String("type")).toString().toUpper();
        if (!type.isEmpty())
            types << type;
    }
    return types;
}

QJsonObject TemplateRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("language"), language},
            {QStringLiteral("category"), category},
            {QStringLiteral("status"), status},
            {QStringLiteral("components"), components}};
}

bool TemplateRecord::fromJson(const QJsonObject& json, TemplateRecord* out, QString* error)
{
    TemplateRecord t;
    const auto text = [&json, error](const char* key, bool required, QString* value) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                *error = QStringLiteral("a template without \"%1\"").arg(QLatin1String(key));
            return !required;
        }
        if (!v.isString() || (required && v.toString().isEmpty())) {
            *error = QStringLiteral("a template whose \"%1\" is not a non-empty string").arg(QLatin1String(key));
            return false;
        }
        *value = v.toString();
        return true;
    };
    if (!text("name", true, &t.name) || !text("language", true, &t.language) || !text("category", false, &t.category) ||
        !text("status", false, &t.status))
        return false;
    const QJsonValue id = json.value(QLatin1String("id"));
    if (id.isDouble() && id.toDouble() >= 0 && id.toDouble() == std::floor(id.toDouble()) &&
        id.toDouble() <= 9007199254740991.0)
        t.id = QString::number(qint64(id.toDouble()));
    else if (!text("id", false, &t.id))
        return false;
    const QJsonValue components = json.value(QLatin1String("components"));
    if (!components.isUndefined() && !components.isArray()) {
        *error = QStringLiteral("template %1: \"components\" is not an array").arg(t.name);
        return false;
    }
    t.components = components.toArray();
    t.category = t.category.toUpper();
    t.status = t.status.toUpper();
    *out = t;
    return true;
}

} // namespace duet
