// SPDX-License-Identifier: GPL-3.0-or-later
// The one migration runner: numbered steps, one version table, one transaction per step.
#pragma once

#include "Database.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace duet::store {

/// One migration: statements run in order, then an optional function for data moves that SQL
/// alone cannot express. Both run inside the step's transaction, with the version row's update.
struct MigrationStep
{
    QStringList statements;
    std::function<bool(QSqlDatabase db, QString* error)> apply;
};

/// A schema the runner keeps up to date: its name (its row in schema_versions), its steps (step N
/// takes version N-1 to N; the latest version is the number of steps), its current form in one
/// piece for an empty database, and the table its version lived in before schema_versions.
struct SchemaDefinition
{
    QString name;
    QList<MigrationStep> steps;
    /// The latest schema built in one step. Empty: an empty database runs every step instead (in
    /// one transaction).
    QStringList fresh;
    /// The one-row table older Duet kept this schema's version in; empty when there never was one.
    QString legacyTable;

    int latestVersion() const { return int(steps.size()); }
};

/// Brings one schema of one database to its latest version (docs/STORE.md, "Migrations").
/// Every schema of a database keeps its version as a row (name, version) of the table
/// schema_versions; the row changes in the same transaction as the step it records, so a step is
/// either applied and counted or neither. A failed read, a failed step or a database newer than
/// the program fails with an error naming the schema, the step and the database's text, and
/// changes nothing: the caller refuses to open the database. On PostgreSQL the whole upgrade holds
/// a session advisory lock (lockKey()), so two processes starting at once migrate once.
///     MigrationRunner runner(db, backend, Schema::definition(backend));
///     if (!runner.prepare(&error)) ...
class MigrationRunner
{
public:
    MigrationRunner(QSqlDatabase db, Backend backend, SchemaDefinition definition);

    /// The table every schema keeps its version in.
    static QString versionTable();
    /// The PostgreSQL advisory lock every Duet migration holds.
    static qint64 lockKey();

    const SchemaDefinition& definition() const { return m_definition; }

    /// The schema's version: 0 when the database does not have it yet, -1 (with *error) when it
    /// cannot be read. A version still in the legacy table counts, without being moved.
    int version(QString* error) const;
    /// Brings the schema to its latest version: built fresh on a database without it, else step by
    /// step. A legacy version is carried into schema_versions first. Refuses a newer database.
    bool prepare(QString* error);
    /// Runs the steps from the current version up to `target` (tests build old versions with it).
    bool migrateTo(int target, QString* error);
    /// Builds the latest schema on a database that does not have it, in one transaction.
    bool createFresh(QString* error);

private:
    bool prepareLocked(QString* error);
    bool migrateLocked(int target, QString* error);
    bool carryLegacyVersion(QString* error);
    bool readVersion(const QString& sql, const QVariant& bound, int* version, QString* error) const;
    bool inTransaction(const QString& what, const QList<MigrationStep>& steps, int newVersion, QString* error);
    bool writeVersion(int version, QString* error);
    bool lock(QString* error);
    void unlock();
    QString failure(const QString& what, const QString& text) const;

    QSqlDatabase m_db;
    Backend m_backend;
    SchemaDefinition m_definition;
};

} // namespace duet::store
