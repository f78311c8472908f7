// SPDX-License-Identifier: GPL-3.0-or-later
// The team tables' migration steps (snoozes, notes, presence, reports, status history, imports).
#pragma once

#include "Database.h"
#include "MigrationRunner.h"

#include <QStringList>

namespace duet::store {

/// The team tables beside the store's (schema "team" of MigrationRunner): conversation_snoozes,
/// notes, presence, outbound_reports (step 1), status_history (step 2), number_connections and
/// sync_requests (step 3). Needs the store's schema (Schema::prepare) first. Older files kept the
/// version in team_schema_version, carried over once.
/// Usage: `if (!TeamSchema::prepare(db, backend, &error)) ...` after Schema::prepare.
class TeamSchema
{
public:
    static int latestVersion();
    /// The statements of step `number` (1..latestVersion()).
    static QStringList migration(int number, Backend backend);
    /// The steps and the legacy version table, for MigrationRunner (an empty database runs every
    /// step in one transaction).
    static SchemaDefinition definition(Backend backend);
    /// The team tables' version: 0 when the database has none, -1 (with *error) when unreadable.
    static int version(QSqlDatabase db, QString* error);
    /// Creates or upgrades the team tables.
    static bool prepare(QSqlDatabase db, Backend backend, QString* error);
};

} // namespace duet::store
