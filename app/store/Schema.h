// SPDX-License-Identifier: GPL-3.0-or-later
// The store's schema: ordered, numbered, forward-only migrations, and the current schema built fresh.
#pragma once

#include "Database.h"
#include "MigrationRunner.h"

#include <QStringList>

namespace duet::store {

/// Creates and upgrades the store's tables through MigrationRunner (schema "store"). Migration N
/// takes a database at version N-1 to N; a new database is built from the current schema in one
/// step (freshSchema()) and a test keeps both paths equal. The version is the row "store" of
/// schema_versions (older files kept it in the table schema_version, carried over once).
/// Usage: `if (!Schema::prepare(db, backend, &error)) ...` once after opening.
class Schema
{
public:
    /// The version the code expects.
    static int latestVersion();
    /// The steps, the fresh form and the legacy version table, for MigrationRunner.
    static SchemaDefinition definition(Backend backend);
    /// The database's version: 0 when it has no schema yet, -1 on error.
    static int version(QSqlDatabase db, QString* error);
    /// Brings the database to latestVersion(): fresh when empty, else migration by migration,
    /// each in its own transaction. Fails when the database is newer than the code.
    static bool prepare(QSqlDatabase db, Backend backend, QString* error);
    /// Runs migrations from the current version up to `target` (tests build old versions with it).
    static bool migrateTo(QSqlDatabase db, Backend backend, int target, QString* error);
    /// Builds the latest schema on an empty database in one step.
    static bool createFresh(QSqlDatabase db, Backend backend, QString* error);

    /// The statements of migration `number` (1..latestVersion()) for a backend.
    static QStringList migration(int number, Backend backend);
    /// The statements of the current schema, built fresh.
    static QStringList freshSchema(Backend backend);
    /// The statements that fill the dashboard's running totals (activity_hours, customer_turns)
    /// from the messages held, on empty tables: migration 10 runs them; a store whose messages
    /// were written around the write path (a generated benchmark store, a test) may run them too.
    static QStringList dashboardBackfill();
    /// The tables every version has (for resets and comparisons).
    static QStringList tables();
    /// Whether the database has the table (any letter case). Tables are never dropped, so a caller
    /// may keep a true answer. A store built before the team tables has no notes, presence, ...
    static bool hasTable(QSqlDatabase db, const QString& table);
};

} // namespace duet::store
