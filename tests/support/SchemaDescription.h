// SPDX-License-Identifier: GPL-3.0-or-later
// A database's schema as comparable text, and databases built the way older Duet built them.
#pragma once

#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace duet::test {

/// Every row of `sql` as text, cells joined by '|'; one "FAILED: ..." row when the query fails.
inline QStringList schemaRows(QSqlDatabase db, const QString& sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("FAILED: ") + sql + QStringLiteral(": ") + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

/// The schema as comparable text: tables and their columns (in order, with types, nullability,
/// defaults and keys), foreign keys, indexes with their columns, triggers, views, virtual tables
/// and (PostgreSQL) constraints and sequences. Two databases with equal descriptions have the same
/// schema.
inline QStringList describeSchema(QSqlDatabase db, store::Backend backend)
{
    QStringList out;
    if (backend == store::Backend::Sqlite) {
        const QStringList tables =
            schemaRows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const QString& t : tables) {
            out << QStringLiteral("table ") + t;
            for (const QString& c : schemaRows(db, QStringLiteral("PRAGMA table_info(%1)").arg(t)))
                out << QStringLiteral("column ") + t + QLatin1Char('|') + c;
            for (const QString& f : schemaRows(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t)))
                out << QStringLiteral("foreign key ") + t + QLatin1Char('|') + f;
        }
        for (const QString& i : schemaRows(
                 db, QStringLiteral("SELECT name, tbl_name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index'"
                                    " ORDER BY name"))) {
            const QString name = i.section(QLatin1Char('|'), 0, 0);
            out << QStringLiteral("index ") + i + QLatin1Char('|') +
                       schemaRows(db, QStringLiteral("PRAGMA index_xinfo(%1)").arg(name)).join(QLatin1Char(';'));
        }
        out << schemaRows(db, QStringLiteral("SELECT 'sql ' || type || ' ' || name || ' ' || sql FROM sqlite_master"
                                             " WHERE type IN ('trigger', 'view') OR sql LIKE 'CREATE VIRTUAL%'"
                                             " ORDER BY name"));
    } else {
        out << schemaRows(db, QStringLiteral("SELECT 'table', table_name, table_type FROM information_schema.tables"
                                             " WHERE table_schema = 'public' ORDER BY table_name"));
        out << schemaRows(
            db, QStringLiteral("SELECT 'column', table_name, ordinal_position, column_name, data_type, is_nullable,"
                               " column_default, is_generated, generation_expression FROM information_schema.columns"
                               " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"));
        out << schemaRows(db, QStringLiteral("SELECT 'index', tablename, indexname, indexdef FROM pg_indexes"
                                             " WHERE schemaname = 'public' ORDER BY indexname"));
        out << schemaRows(
            db,
            QStringLiteral("SELECT 'constraint', c.table_name, c.constraint_name, c.constraint_type,"
                           " COALESCE(k.check_clause, '') FROM information_schema.table_constraints c"
                           " LEFT JOIN information_schema.check_constraints k ON k.constraint_name ="
                           " c.constraint_name WHERE c.table_schema = 'public'"
                           " AND c.constraint_name NOT LIKE '%_not_null' ORDER BY c.table_name, c.constraint_name"));
        out << schemaRows(db,
                          QStringLiteral("SELECT 'trigger', event_object_table, trigger_name, event_manipulation,"
                                         " action_statement FROM information_schema.triggers"
                                         " WHERE trigger_schema = 'public' ORDER BY trigger_name, event_manipulation"));
        out << schemaRows(db, QStringLiteral("SELECT 'sequence', sequence_name FROM information_schema.sequences"
                                             " WHERE sequence_schema = 'public' ORDER BY sequence_name"));
    }
    return out;
}

/// Empty when both descriptions are equal, else the first line that differs (or is missing).
inline QString schemaDifference(const QStringList& a, const QStringList& b)
{
    for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QString left = i < a.size() ? a.at(i) : QStringLiteral("(nothing)");
        const QString right = i < b.size() ? b.at(i) : QStringLiteral("(nothing)");
        if (left != right)
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i).arg(left, right);
    }
    return {};
}

/// Builds `definition` at `version` the way Duet did before schema_versions existed: each step's
/// statements run as they are, and the version is the one row of the schema's own legacy table.
inline bool buildLegacyDatabase(QSqlDatabase db, const store::SchemaDefinition& definition, int version, QString* error)
{
    QStringList statements = {QStringLiteral("CREATE TABLE %1 (version INTEGER NOT NULL)").arg(definition.legacyTable)};
    for (int n = 1; n <= version; ++n)
        statements << definition.steps.at(n - 1).statements;
    statements << QStringLiteral("INSERT INTO %1 (version) VALUES (%2)").arg(definition.legacyTable).arg(version);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = sql + QStringLiteral(": ") + q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace duet::test
