// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's own tables (journal, log, log_head, agents): ordered, numbered, forward-only migrations.
#pragma once

#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QStringList>

namespace duet::hub {

/// Creates and upgrades the hub's tables beside the store's, through MigrationRunner (schema "hub").
/// Migration N takes version N-1 to N, each in its own transaction; the version is the row "hub"
/// of schema_versions (older databases kept it in hub_schema_version, carried over once). A new
/// database is built from freshSchema() in one step, and a test keeps both paths equal.
///   journal   every signed webhook body, raw, with the SHA-256 of its bytes (duplicates are
///             recognised by it) and its state: applied, duplicate or undecodable
///   log       the team's one ordered log: seq, commit time (ms), kind, conversation, the event's
///             JSON, and where it came from (journal id or agent)
///   log_head  one row: the newest seq. Writers lock it (UPDATE) first in their transaction.
///   agents    names, roles, SHA-256 token hashes, revocation
///   templates the business account's message templates as last fetched from Meta (migration 2),
///             with template_sync: when they were fetched and the last fetch's error
///   send_budget_hubs  each hub instance's demand, grant and heartbeat, for hubs sharing the
///             number's send cap (migration 3, BudgetLedger)
/// Usage: `if (!HubSchema::prepare(db.connection(), db.backend(), &error)) ...` once after opening;
/// it also prepares the store's and the team tables.
class HubSchema
{
public:
    static int latestVersion();
    /// 0 when the database has no hub tables yet, -1 on error.
    static int version(QSqlDatabase db, QString* error);
    /// Store schema, team tables, then the hub tables, up to date. On PostgreSQL the runner's
    /// advisory lock keeps two hubs starting at once from migrating together.
    static bool prepare(QSqlDatabase db, store::Backend backend, QString* error);
    /// Migrations from the current version up to `target` (tests build old versions with it).
    static bool migrateTo(QSqlDatabase db, store::Backend backend, int target, QString* error);
    static bool createFresh(QSqlDatabase db, store::Backend backend, QString* error);

    static QStringList migration(int number, store::Backend backend);
    static QStringList freshSchema(store::Backend backend);
    /// The steps, the fresh form and the legacy version table, for store::MigrationRunner.
    static store::SchemaDefinition definition(store::Backend backend);
    static QStringList tables();
};

} // namespace duet::hub
