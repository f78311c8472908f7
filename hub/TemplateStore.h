// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's copy of the business account's message templates (hub tables `templates`, `template_sync`).
#pragma once

#include "core/TemplateRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace duet::hub {

/// Reads and writes the templates the hub last fetched from Meta (HubSchema migration 2), so a
/// restarted hub serves them before its first fetch and several hub instances share one list.
/// Each write is one transaction. Use it from the thread that owns the connection.
/// Usage: `TemplateStore s(reader.connection()); s.replaceAll(fetched, now, &error);`
class TemplateStore
{
public:
    explicit TemplateStore(QSqlDatabase db)
        : m_db(db)
    {}

    /// Every stored template, sorted by name then language, and when they were fetched (ms; 0: never).
    bool load(QList<TemplateRecord>* templates, qint64* fetchedAtMs, QString* error) const;
    /// The whole list after a complete fetch: what Meta no longer lists is removed.
    bool replaceAll(const QList<TemplateRecord>& templates, qint64 nowMs, QString* error);
    /// One template's new status (a status webhook): its category too when `changed` has one. A
    /// template the hub has not fetched yet is added with the components it does not know empty.
    bool updateStatus(const TemplateRecord& changed, qint64 nowMs, QString* error);
    /// Remembers why the last fetch failed (empty: it did not).
    bool recordFetchError(const QString& fetchError, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace duet::hub
