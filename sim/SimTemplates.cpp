// SPDX-License-Identifier: GPL-3.0-or-later
// The business account's templates: GET /{waba-id}/message_templates in pages, and Meta's reviews.
#include "Simulator.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace duet::sim {
namespace {

constexpr int kDefaultPageSize = 25; // Meta's default page
constexpr int kMaxPageSize = 100;

/// Meta's cursors are opaque; the simulator's are the base64 of the position they stand for.
QString cursorFor(int position)
{
    return QString::fromLatin1(
        QByteArray::number(position).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int positionOf(const QString& cursor)
{
    bool ok = false;
    const int position = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toInt(&ok);
    return ok ? position : -1;
}

/// The status a template has after a review event; empty when the event leaves the status alone.
QString statusAfter(const QString& event)
{
    static const QStringList states = {QStringLiteral("APPROVED"),         QStringLiteral("REJECTED"),
                                       QStringLiteral("PENDING"),          QStringLiteral("PAUSED"),
                                       QStringLiteral("DISABLED"),         QStringLiteral("IN_APPEAL"),
                                       QStringLiteral("PENDING_DELETION"), QStringLiteral("ARCHIVED")};
    if (states.contains(event))
        return event;
    if (event == QLatin1String("REINSTATED") || event == QLatin1String("UNARCHIVED") ||
        event == QLatin1String("UNPAUSED"))
        return QStringLiteral("APPROVED");
    return {}; // FLAGGED, LOCKED, LIMIT_EXCEEDED, DELETED (handled apart): the status stays
}

} // namespace

SimResponse Simulator::listTemplates(const SimRequest& request, const QString& wabaId)
{
    if (wabaId != m_scenario.wabaId) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("Unsupported get request. Object with ID '%1' does not exist, "
                                                   "cannot be loaded due to missing permissions, or does not "
                                                   "support this operation.")
                                        .arg(wabaId)));
    }
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    int limit = kDefaultPageSize;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1)
            return error(
                SimError::make(ErrorCode::InvalidParameter, QStringLiteral("Param limit must be a positive integer.")));
        limit = qMin(limit, kMaxPageSize);
    }
    const QString after = request.query.queryItemValue(QStringLiteral("after"));
    const int start = after.isEmpty() ? 0 : positionOf(after);
    if (start < 0)
        return error(SimError::make(ErrorCode::InvalidParameter, QStringLiteral("Invalid cursor: %1").arg(after)));

    // Only the fields asked for (id always), as the Graph API does; all of them without `fields`.
    QStringList fields =
        request.query.queryItemValue(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (fields.isEmpty())
        fields = {QStringLiteral("name"), QStringLiteral("language"), QStringLiteral("category"),
                  QStringLiteral("status"), QStringLiteral("components")};
    const QString nameFilter = request.query.queryItemValue(QStringLiteral("name"));
    QList<const TemplateSpec*> listed;
    for (const TemplateSpec& t : m_scenario.templates) {
        if (nameFilter.isEmpty() || t.name == nameFilter)
            listed.append(&t);
    }
    QJsonArray data;
    const int end = qMin(int(listed.size()), start + limit);
    for (int i = start; i < end; ++i) {
        const TemplateSpec& t = *listed.at(i);
        QJsonObject o{{QStringLiteral("id"), t.id}};
        for (const QString& f : std::as_const(fields)) {
            if (f == QLatin1String("name"))
                o.insert(f, t.name);
            else if (f == QLatin1String("language"))
                o.insert(f, t.language);
            else if (f == QLatin1String("category"))
                o.insert(f, t.category.toUpper());
            else if (f == QLatin1String("status"))
                o.insert(f, t.status);
            else if (f == QLatin1String("components"))
                o.insert(f, t.components());
        }
        data.append(o);
    }
    QJsonObject paging;
    if (end > start) {
        paging.insert(QStringLiteral("cursors"), QJsonObject{{QStringLiteral("before"), cursorFor(start)},
                                                             {QStringLiteral("after"), cursorFor(end)}});
    }
    if (end < listed.size()) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("after"));
        next.addQueryItem(QStringLiteral("after"), cursorFor(end));
        paging.insert(QStringLiteral("next"),
                      QString(m_baseUrl + request.path + QLatin1Char('?') + next.toString(QUrl::FullyEncoded)));
    }
    QJsonObject body{{QStringLiteral("data"), data}};
    if (!paging.isEmpty())
        body.insert(QStringLiteral("paging"), paging);
    return json(body);
}

bool Simulator::changeTemplateStatus(const QString& name, const QString& language, const QString& event,
                                     const QString& reason)
{
    bool found = false;
    for (qsizetype i = 0; i < m_scenario.templates.size(); ++i) {
        TemplateSpec& t = m_scenario.templates[i];
        if (t.name != name || (!language.isEmpty() && t.language != language))
            continue;
        found = true;
        QJsonObject value{
            {QStringLiteral("event"), event},
            {QStringLiteral("message_template_id"), t.id.toLongLong()},
            {QStringLiteral("message_template_name"), t.name},
            {QStringLiteral("message_template_language"), t.language},
            {QStringLiteral("message_template_category"), t.category.toUpper()},
            {QStringLiteral("reason"), reason.isEmpty() ? QJsonValue(QStringLiteral("NONE")) : QJsonValue(reason)}};
        if (event == QLatin1String("DISABLED"))
            value.insert(QStringLiteral("disable_info"),
                         QJsonObject{{QStringLiteral("disable_date"), m_clock.nowSecs()}});
        emitChange(QStringLiteral("message_template_status_update"), value);
        const QString status = statusAfter(event);
        if (!status.isEmpty())
            t.status = status;
    }
    if (event == QLatin1String("DELETED")) {
        m_scenario.templates.removeIf(
            [&](const TemplateSpec& t) { return t.name == name && (language.isEmpty() || t.language == language); });
    }
    return found;
}

SimResponse Simulator::templateStatus(const SimRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString();
    const QString event = body.value(QStringLiteral("event")).toString().toUpper();
    if (name.isEmpty() || event.isEmpty() ||
        !changeTemplateStatus(name, body.value(QStringLiteral("language")).toString(), event,
                              body.value(QStringLiteral("reason")).toString())) {
        return error(
            SimError::make(ErrorCode::InvalidParameter,
                           QStringLiteral("POST /_sim/template_status needs {\"name\": a template of the "
                                          "scenario, \"event\": e.g. PAUSED[, \"language\"][, \"reason\"]}.")));
    }
    return json({{QStringLiteral("success"), true}});
}

} // namespace duet::sim
