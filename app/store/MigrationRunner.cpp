// SPDX-License-Identifier: GPL-3.0-or-later
// The one migration runner: numbered steps, one version table, one transaction per step.
#include "MigrationRunner.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace duet::store {

MigrationRunner::MigrationRunner(QSqlDatabase db, Backend backend, SchemaDefinition definition)
    : m_db(db)
    , m_backend(backend)
    , m_definition(std::move(definition))
{}

QString MigrationRunner::versionTable()
{
    return QStringLiteral("schema_versions");
}

qint64 MigrationRunner::lockKey()
{
    return 72817401;
}

QString MigrationRunner::failure(const QString& what, const QString& text) const
{
    return QStringLiteral("schema %1, %2: %3").arg(m_definition.name, what, text);
}

bool MigrationRunner::readVersion(const QString& sql, const QVariant& bound, int* version, QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    if (bound.isValid())
        q.addBindValue(bound);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        *version = -1; // no row
        return true;
    }
    bool ok = false;
    const int v = q.value(0).toInt(&ok);
    if (!ok || v < 0) {
        *error = QStringLiteral("the version %1 is not a version number").arg(q.value(0).toString());
        return false;
    }
    if (q.next()) {
        *error = QStringLiteral("more than one version row");
        return false;
    }
    *version = v;
    return true;
}

int MigrationRunner::version(QString* error) const
{
    if (!m_db.isOpen()) {
        *error = failure(QStringLiteral("version"), QStringLiteral("the database is not open"));
        return -1;
    }
    const QStringList tables = m_db.tables();
    QString why;
    if (tables.contains(versionTable())) {
        int v = -1;
        if (!readVersion(QStringLiteral("SELECT version FROM %1 WHERE name = ?").arg(versionTable()), m_definition.name,
                         &v, &why)) {
            *error = failure(QStringLiteral("version"),
                             QStringLiteral("cannot read it from %1: %2").arg(versionTable(), why));
            return -1;
        }
        if (v >= 0)
            return v;
    }
    if (m_definition.legacyTable.isEmpty() || !tables.contains(m_definition.legacyTable))
        return 0;
    int v = -1;
    if (!readVersion(QStringLiteral("SELECT version FROM %1").arg(m_definition.legacyTable), QVariant(), &v, &why)) {
        *error = failure(QStringLiteral("version"),
                         QStringLiteral("cannot read it from %1: %2").arg(m_definition.legacyTable, why));
        return -1;
    }
    if (v < 0) {
        *error = failure(QStringLiteral("version"), QStringLiteral("%1 has no row").arg(m_definition.legacyTable));
        return -1;
    }
    return v;
}

bool MigrationRunner::lock(QString* error)
{
    if (m_backend != Backend::Postgres)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(lockKey()))) {
        *error = failure(QStringLiteral("lock"), q.lastError().text());
        return false;
    }
    return true;
}

void MigrationRunner::unlock()
{
    if (m_backend != Backend::Postgres)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(lockKey()));
}

bool MigrationRunner::writeVersion(int version, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (name TEXT PRIMARY KEY, version INTEGER NOT NULL)")
                    .arg(versionTable()))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (name, version) VALUES (?, ?)"
                                  " ON CONFLICT (name) DO UPDATE SET version = excluded.version")
                       .arg(versionTable()))) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(m_definition.name);
    q.addBindValue(version);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool MigrationRunner::inTransaction(const QString& what, const QList<MigrationStep>& steps, int newVersion,
                                    QString* error)
{
    if (!m_db.transaction()) {
        *error = failure(what, QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()));
        return false;
    }
    QString why;
    bool ok = true;
    QSqlQuery q(m_db);
    for (const MigrationStep& step : steps) {
        for (const QString& sql : step.statements) {
            if (!q.exec(sql)) {
                why = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.left(80));
                ok = false;
                break;
            }
        }
        if (ok && step.apply && !step.apply(m_db, &why))
            ok = false;
        if (!ok)
            break;
    }
    q.finish();
    if (ok && !writeVersion(newVersion, &why))
        ok = false;
    if (ok && !m_db.commit()) {
        why = QStringLiteral("cannot commit: %1").arg(m_db.lastError().text());
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        *error = failure(what, why);
    }
    return ok;
}

bool MigrationRunner::carryLegacyVersion(QString* error)
{
    const QString legacy = m_definition.legacyTable;
    if (legacy.isEmpty() || !m_db.tables().contains(legacy))
        return true;
    const int v = version(error);
    if (v < 0)
        return false;
    MigrationStep drop;
    drop.statements << QStringLiteral("DROP TABLE %1").arg(legacy);
    return inTransaction(QStringLiteral("carrying version %1 from %2").arg(v).arg(legacy), {drop}, v, error);
}

bool MigrationRunner::migrateLocked(int target, QString* error)
{
    if (!carryLegacyVersion(error))
        return false;
    const int current = version(error);
    if (current < 0)
        return false;
    if (target > m_definition.latestVersion()) {
        *error = failure(QStringLiteral("version"),
                         QStringLiteral("no step %1 (the latest is %2)").arg(target).arg(m_definition.latestVersion()));
        return false;
    }
    for (int n = current + 1; n <= target; ++n) {
        if (!inTransaction(QStringLiteral("step %1").arg(n), {m_definition.steps.at(n - 1)}, n, error))
            return false;
    }
    return true;
}

bool MigrationRunner::prepareLocked(QString* error)
{
    const int current = version(error);
    if (current < 0)
        return false;
    if (current > m_definition.latestVersion()) {
        *error = failure(QStringLiteral("version"),
                         QStringLiteral("the database is at version %1, newer than this program's %2")
                             .arg(current)
                             .arg(m_definition.latestVersion()));
        return false;
    }
    if (current == 0) {
        QList<MigrationStep> all;
        if (m_definition.fresh.isEmpty())
            all = m_definition.steps;
        else
            all << MigrationStep{m_definition.fresh, {}};
        return inTransaction(QStringLiteral("fresh build"), all, m_definition.latestVersion(), error);
    }
    return migrateLocked(m_definition.latestVersion(), error);
}

bool MigrationRunner::prepare(QString* error)
{
    if (!lock(error))
        return false;
    const bool ok = prepareLocked(error);
    unlock();
    return ok;
}

bool MigrationRunner::migrateTo(int target, QString* error)
{
    if (!lock(error))
        return false;
    const bool ok = migrateLocked(target, error);
    unlock();
    return ok;
}

bool MigrationRunner::createFresh(QString* error)
{
    if (!lock(error))
        return false;
    bool ok = false;
    const int current = version(error);
    if (current == 0) {
        ok = prepareLocked(error);
    } else if (current > 0) {
        *error =
            failure(QStringLiteral("fresh build"), QStringLiteral("the database already has version %1").arg(current));
    }
    unlock();
    return ok;
}

} // namespace duet::store
