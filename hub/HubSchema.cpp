// SPDX-License-Identifier: GPL-3.0-or-later
// The hub tables' migrations and their fresh form (TestHubSchema keeps the two equal).
#include "HubSchema.h"

#include "store/Schema.h"
#include "store/TeamSchema.h"

namespace duet::hub {
namespace {

using store::Backend;
using store::MigrationRunner;
using store::SchemaDefinition;

// ---- migration 1 ----------------------------------------------------------------------------
const char* const kV1[] = {
    "CREATE TABLE journal ("
    " id %ID%,"
    " received_at BIGINT NOT NULL,"
    " body %BLOB% NOT NULL,"
    " body_hash TEXT NOT NULL UNIQUE,"
    " state TEXT NOT NULL CHECK (state IN ('applied', 'undecodable')),"
    " events INTEGER NOT NULL DEFAULT 0,"
    " reason TEXT)",
    "CREATE INDEX journal_state ON journal (state, id)",
    "CREATE TABLE log ("
    " seq BIGINT PRIMARY KEY,"
    " at BIGINT NOT NULL,"
    " kind TEXT NOT NULL,"
    " conversation TEXT,"
    " payload TEXT NOT NULL,"
    " journal_id BIGINT,"
    " agent TEXT)",
    "CREATE TABLE log_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL)",
    "INSERT INTO log_head (id, seq) VALUES (1, 0)",
    "CREATE TABLE agents ("
    " name TEXT PRIMARY KEY,"
    " role TEXT NOT NULL CHECK (role IN ('agent', 'supervisor')),"
    " token_hash TEXT NOT NULL UNIQUE,"
    " created_at BIGINT NOT NULL,"
    " revoked_at BIGINT)",
};

// ---- migration 2: the business account's message templates, as last fetched from Meta ---------
const char* const kV2[] = {
    "CREATE TABLE templates ("
    " name TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " template_id TEXT NOT NULL,"
    " category TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " components TEXT NOT NULL,"
    " updated_at BIGINT NOT NULL,"
    " PRIMARY KEY (name, language))",
    "CREATE TABLE template_sync (id INTEGER PRIMARY KEY CHECK (id = 1), fetched_at BIGINT NOT NULL, last_error TEXT)",
    "INSERT INTO template_sync (id, fetched_at) VALUES (1, 0)",
};

// ---- migration 3: hubs sharing the number's send cap (BudgetLedger) ---------------------------
const char* const kV3[] = {
    "CREATE TABLE send_budget_hubs ("
    " instance TEXT PRIMARY KEY,"
    " demand INTEGER NOT NULL,"
    " granted INTEGER NOT NULL,"
    " released INTEGER NOT NULL DEFAULT 0,"
    " released_until BIGINT NOT NULL DEFAULT 0,"
    " heartbeat_at BIGINT NOT NULL)",
};

QString dialect(const char* text, Backend backend)
{
    QString sql = QString::fromLatin1(text);
    const bool sqlite = backend == Backend::Sqlite;
    sql.replace(QLatin1String("%ID%"),
                sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    sql.replace(QLatin1String("%BLOB%"), sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    return sql;
}

} // namespace

int HubSchema::latestVersion()
{
    return 3;
}

QStringList HubSchema::tables()
{
    return {QStringLiteral("journal"),         QStringLiteral("log"),       QStringLiteral("log_head"),
            QStringLiteral("agents"),          QStringLiteral("templates"), QStringLiteral("template_sync"),
            QStringLiteral("send_budget_hubs")};
}

QStringList HubSchema::migration(int number, Backend backend)
{
    QStringList out;
    if (number == 1) {
        for (const char* s : kV1)
            out << dialect(s, backend);
    } else if (number == 2) {
        for (const char* s : kV2)
            out << dialect(s, backend);
    } else if (number == 3) {
        for (const char* s : kV3)
            out << dialect(s, backend);
    }
    return out;
}

QStringList HubSchema::freshSchema(Backend backend)
{
    // Migrations 2 and 3 only add tables, so the fresh schema is the migrations in order. A migration
    // that alters a table must write the resulting schema here in one piece.
    return migration(1, backend) + migration(2, backend) + migration(3, backend);
}

SchemaDefinition HubSchema::definition(Backend backend)
{
    SchemaDefinition d;
    d.name = QStringLiteral("hub");
    d.legacyTable = QStringLiteral("hub_schema_version");
    for (int n = 1; n <= latestVersion(); ++n)
        d.steps << store::MigrationStep{migration(n, backend), {}};
    d.fresh = freshSchema(backend);
    return d;
}

int HubSchema::version(QSqlDatabase db, QString* error)
{
    return MigrationRunner(db, Backend::Sqlite, definition(Backend::Sqlite)).version(error);
}

bool HubSchema::createFresh(QSqlDatabase db, Backend backend, QString* error)
{
    return MigrationRunner(db, backend, definition(backend)).createFresh(error);
}

bool HubSchema::migrateTo(QSqlDatabase db, Backend backend, int target, QString* error)
{
    return MigrationRunner(db, backend, definition(backend)).migrateTo(target, error);
}

bool HubSchema::prepare(QSqlDatabase db, Backend backend, QString* error)
{
    // Each runner holds the advisory lock on PostgreSQL while it works: two hubs starting at once
    // migrate each schema once.
    return store::Schema::prepare(db, backend, error) && store::TeamSchema::prepare(db, backend, error) &&
           MigrationRunner(db, backend, definition(backend)).prepare(error);
}

} // namespace duet::hub
