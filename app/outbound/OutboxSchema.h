// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox file's tables (outbox, bulk_jobs) and their migration steps.
#pragma once

#include "store/MigrationRunner.h"

#include <QSqlDatabase>
#include <QString>

namespace duet::outbound {

/// The outbox file's schema (schema "outbox" of store::MigrationRunner, SQLite only): the outbox
/// rows and the bulk jobs they belong to. Older files kept the version in outbox_schema_version,
/// carried over once. An empty file runs every step in one transaction.
/// Usage: `if (!OutboxSchema::prepare(db, &error)) ...` once after opening the file.
class OutboxSchema
{
public:
    static int latestVersion();
    /// The steps and the legacy version table, for store::MigrationRunner.
    static store::SchemaDefinition definition();
    /// The file's version: 0 for an empty file, -1 (with *error) when it cannot be read.
    static int version(QSqlDatabase db, QString* error);
    /// Creates or upgrades the tables; refuses a file newer than the program.
    static bool prepare(QSqlDatabase db, QString* error);
};

} // namespace duet::outbound
