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

int MessageTemplate::parameterCount() const
{
    int highest = 0;
    auto it = placeholder().globalMatch(body);
    while (it.hasNext())
        highest = qMax(highest, it.next().captured(1).toInt());
    return highest;
}

QString MessageTemplate::render(const QStringList& values) const
{
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(body).mid(last, m.capturedStart() - last);
        const int n = m.captured(1).toInt();
        out += n >= 1 && n <= values.size() && !values.at(n - 1).isEmpty() ? values.at(n - 1) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(body).mid(last);
    return out;
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
    for (const QJsonValue& v : std::as_const(list)) {
        const QJsonObject o = v.toObject();
        MessageTemplate t;
        t.name = o.value(QLatin1String("name")).toString();
        t.language = o.value(QLatin1String("language")).toString(QStringLiteral("en_US"));
        t.category = o.value(QLatin1String("category")).toString();
        t.body = o.value(QLatin1String("body")).toString();
        const auto addButtons = [&t](const QJsonArray& buttons) {
            for (const QJsonValue& b : buttons) {
                const QString type = b.isString() ? b.toString() : b.toObject().value(QLatin1String("type")).toString();
                if (!type.isEmpty())
                    t.buttons << type.toUpper();
            }
        };
        addButtons(o.value(QLatin1String("buttons")).toArray());
        for (const QJsonValue& c : o.value(QLatin1String("components")).toArray()) {
            const QJsonObject component = c.toObject();
            const QString type = component.value(QLatin1String("type")).toString().toUpper();
            if (type == QLatin1String("BODY") && t.body.isEmpty())
                t.body = component.value(QLatin1String("text")).toString();
            else if (type == QLatin1String("BUTTONS"))
                addButtons(component.value(QLatin1String("buttons")).toArray());
        }
        if (!t.name.isEmpty())
            m_templates << t;
    }
    return true;
}

} // namespace duet::ui
