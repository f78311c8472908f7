// SPDX-License-Identifier: GPL-3.0-or-later
// SQL for the hub's templates: load, replace after a fetch, one status change.
#include "TemplateStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::hub {
namespace {

bool fail(const QSqlQuery& q, QString* error)
{
    *error = q.lastError().text();
    return false;
}

/// A column value that is never SQL NULL: an absent field (a webhook without a category) is "".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString componentsText(const TemplateRecord& t)
{
    return QString::fromUtf8(QJsonDocument(t.components).toJson(QJsonDocument::Compact));
}

/// Runs `body` in a transaction on `db`; rolls back when it returns false.
template <typename Body> bool transaction(QSqlDatabase db, QString* error, Body&& body)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

bool TemplateStore::load(QList<TemplateRecord>* templates, qint64* fetchedAtMs, QString* error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, language, template_id, category, status, components FROM templates"
                               " ORDER BY name, language")))
        return fail(q, error);
    templates->clear();
    while (q.next()) {
        TemplateRecord t;
        t.name = q.value(0).toString();
        t.language = q.value(1).toString();
        t.id = q.value(2).toString();
        t.category = q.value(3).toString();
        t.status = q.value(4).toString();
        t.components = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        templates->append(t);
    }
    if (!q.exec(QStringLiteral("SELECT fetched_at FROM template_sync WHERE id = 1")))
        return fail(q, error);
    *fetchedAtMs = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool TemplateStore::replaceAll(const QList<TemplateRecord>& templates, qint64 nowMs, QString* error)
{
    return transaction(m_db, error, [&] {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("DELETE FROM templates")))
            return fail(q, error);
        q.prepare(QStringLiteral("INSERT INTO templates (name, language, template_id, category, status, components,"
                                 " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (name, language) DO NOTHING"));
        for (const TemplateRecord& t : templates) {
            q.bindValue(0, notNull(t.name));
            q.bindValue(1, notNull(t.language));
            q.bindValue(2, notNull(t.id));
            q.bindValue(3, notNull(t.category));
            q.bindValue(4, notNull(t.status));
            q.bindValue(5, componentsText(t));
            q.bindValue(6, qlonglong(nowMs));
            if (!q.exec())
                return fail(q, error);
        }
        q.prepare(QStringLiteral("UPDATE template_sync SET fetched_at = ?, last_error = NULL WHERE id = 1"));
        q.bindValue(0, qlonglong(nowMs));
        return q.exec() || fail(q, error);
    });
}

bool TemplateStore::updateStatus(const TemplateRecord& changed, qint64 nowMs, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO templates (name, language, template_id, category, status, components, updated_at)"
        " VALUES (?, ?, ?, ?, ?, '[]', ?) ON CONFLICT (name, language) DO UPDATE SET status = excluded.status,"
        " template_id = excluded.template_id, updated_at = excluded.updated_at,"
        " category = CASE WHEN excluded.category = '' THEN templates.category ELSE excluded.category END"));
    q.bindValue(0, notNull(changed.name));
    q.bindValue(1, notNull(changed.language));
    q.bindValue(2, notNull(changed.id));
    q.bindValue(3, notNull(changed.category));
    q.bindValue(4, notNull(changed.status));
    q.bindValue(5, qlonglong(nowMs));
    return q.exec() || fail(q, error);
}

bool TemplateStore::recordFetchError(const QString& fetchError, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE template_sync SET last_error = ? WHERE id = 1"));
    q.bindValue(0, fetchError.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(fetchError));
    return q.exec() || fail(q, error);
}

} // namespace duet::hub
