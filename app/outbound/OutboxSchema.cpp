// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox file's migration steps.
#include "OutboxSchema.h"

namespace duet::outbound {
namespace {

/// Step N takes the file from version N-1 to N. Append only; never edit a released one.
const QList<QStringList>& steps()
{
    static const QList<QStringList> all = {
        // 1: the outbox and its bulk jobs.
        {QStringLiteral("CREATE TABLE bulk_jobs ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " name TEXT NOT NULL,"
                        " template TEXT NOT NULL,"
                        " agent TEXT NOT NULL DEFAULT '',"
                        " state TEXT NOT NULL DEFAULT 'running',"
                        " created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE outbox ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " client_id TEXT NOT NULL UNIQUE,"
                        " contact TEXT NOT NULL,"
                        " conversation TEXT NOT NULL DEFAULT '',"
                        " lane TEXT NOT NULL CHECK (lane IN ('live', 'bulk')),"
                        " kind TEXT NOT NULL,"
                        " body TEXT NOT NULL,"
                        " state TEXT NOT NULL,"
                        " wamid TEXT,"
                        " error_code INTEGER NOT NULL DEFAULT 0,"
                        " error_reason TEXT NOT NULL DEFAULT '',"
                        " remedy TEXT NOT NULL DEFAULT '',"
                        " attempts INTEGER NOT NULL DEFAULT 0,"
                        " created_at INTEGER NOT NULL,"
                        " updated_at INTEGER NOT NULL,"
                        " last_attempt_at INTEGER NOT NULL DEFAULT 0,"
                        " uncertain_since INTEGER NOT NULL DEFAULT 0,"
                        " bulk_job INTEGER REFERENCES bulk_jobs(id),"
                        " agent TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, id)"),
         QStringLiteral("CREATE INDEX outbox_by_wamid ON outbox (wamid)"),
         QStringLiteral("CREATE INDEX outbox_by_job ON outbox (bulk_job, state)")},
        // 2: whether the hub has the send in its log (the desktop's `outbound` report). Sends
        // from before the column existed count as reported.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN reported INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE outbox SET reported = 1 WHERE wamid IS NOT NULL AND wamid <> ''")},
        // 3: the text a template send shows (its rendered body), for the thread and the report.
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN shown_text TEXT NOT NULL DEFAULT ''")},
        // 4: one contact's live sends, for the open thread, without reading every failed send.
        {QStringLiteral("CREATE INDEX outbox_by_contact ON outbox (contact, lane, state)")},
        // 5: the few sends the hub has not acknowledged yet, read after every accepted send.
        {QStringLiteral("CREATE INDEX outbox_unreported ON outbox (id) WHERE reported = 0")},
        // 6: campaigns: what a bulk job was created with, its schedule and run, and each row's
        // template parameters.
        {QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN language TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN category TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN shown_text TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN parameter_names TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN scheduled_at INTEGER"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN finished_at INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN started_late INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN left_out INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE bulk_jobs SET started_at = created_at"),
         QStringLiteral("CREATE INDEX bulk_jobs_scheduled ON bulk_jobs (scheduled_at) WHERE state = 'scheduled'"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN parameters TEXT NOT NULL DEFAULT ''")},
        // 7: scheduled sends: a queued row is not handed to the limiter before due_at (ms; 0: at once).
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN due_at INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("CREATE INDEX outbox_scheduled ON outbox (contact, due_at) WHERE due_at > 0")},
    };
    return all;
}

} // namespace

int OutboxSchema::latestVersion()
{
    return int(steps().size());
}

store::SchemaDefinition OutboxSchema::definition()
{
    store::SchemaDefinition d;
    d.name = QStringLiteral("outbox");
    d.legacyTable = QStringLiteral("outbox_schema_version");
    for (const QStringList& statements : steps())
        d.steps << store::MigrationStep{statements, {}};
    return d;
}

int OutboxSchema::version(QSqlDatabase db, QString* error)
{
    return store::MigrationRunner(db, store::Backend::Sqlite, definition()).version(error);
}

bool OutboxSchema::prepare(QSqlDatabase db, QString* error)
{
    return store::MigrationRunner(db, store::Backend::Sqlite, definition()).prepare(error);
}

} // namespace duet::outbound
