// SPDX-License-Identifier: GPL-3.0-or-later
// Template list pages: the URL Duet asks and Meta's `data` + `paging` answer.
#include "TemplateList.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace duet::cloudapi {

QUrl templatePageUrl(const QUrl& base, const QString& version, const QString& wabaId, const QString& after, int limit)
{
    QUrl url = base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + version + QLatin1Char('/') + wabaId + QStringLiteral("/message_templates"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), QLatin1String(kTemplateFields));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    url.setQuery(query);
    return url;
}

bool parseTemplatePage(const QByteArray& body, TemplatePage* page, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the template list is not JSON: %1").arg(parse.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("the template list is not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray()) {
        *error = QStringLiteral("the template list has no data array");
        return false;
    }
    TemplatePage out;
    const QJsonArray itemList = data.toArray();
    for (const auto& item : itemList) {
        TemplateRecord record;
        QString problem;
        if (item.isObject() && TemplateRecord::fromJson(item.toObject(), &record, &problem))
            out.templates.append(record);
        else
            ++out.skipped;
    }
    const QJsonObject paging = root.value(QLatin1String("paging")).toObject();
    out.after = paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
    const QJsonValue next = paging.value(QLatin1String("next"));
    out.hasMore = next.isString() && !next.toString().isEmpty();
    *page = out;
    return true;
}

} // namespace duet::cloudapi
