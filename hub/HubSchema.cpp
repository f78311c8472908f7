// SPDX-License-Identifier: GPL-3.0-or-later
// The hub tables' migrations and their fresh form (TestHubSchema keeps the two equal).
#include "HubSchema.h"

#include "store/Schema.h"
#include "store/TeamApplier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::hub {
namespace {

using store::Backend;

// ---- migration 1 ----------------------------------------------------------------------------
const char* const kV1[] = {
    "CREATE TABLE hub_schema_version (version INTEGER NOT NULL)",
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

bool run(QSqlDatabase db, const QStringList& statements, QString* error)
{
    QSqlQuery q(db);
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.left(60));
            return false;
        }
    }
    return true;
}

bool inTransaction(QSqlDatabase db, const QStringList& statements, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!run(db, statements, error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

int HubSchema::latestVersion()
{
    return 3;
}

QStringList HubSchema::tables()
{
    return {QStringLiteral("hub_schema_version"), QStringLiteral("journal"),         QStringLiteral("log"),
            QStringLiteral("log_head"),           QStringLiteral("agents"),          QStringLiteral("templates"),
            QStringLiteral("template_sync"),      QStringLiteral("send_budget_hubs")};
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

int HubSchema::version(QSqlDatabase db, QString* error)
{
    if (!db.tables().contains(QStringLiteral("hub_schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM hub_schema_version"))) {
        *error = q.lastError().text();
        return -1;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

bool HubSchema::createFresh(QSqlDatabase db, Backend backend, QString* error)
{
    QStringList statements = freshSchema(backend);
    statements << QStringLiteral("INSERT INTO hub_schema_version (version) VALUES (%1)").arg(latestVersion());
    return inTransaction(db, statements, error);
}

bool HubSchema::migrateTo(QSqlDatabase db, Backend backend, int target, QString* error)
{
    const int current = version(db, error);
    if (current < 0)
        return false;
    for (int n = current + 1; n <= target; ++n) {
        QStringList statements = migration(n, backend);
        statements << (n == 1 ? QStringLiteral("INSERT INTO hub_schema_version (version) VALUES (1)")
                              : QStringLiteral("UPDATE hub_schema_version SET version = %1").arg(n));
        if (!inTransaction(db, statements, error)) {
            *error = QStringLiteral("hub migration %1: %2").arg(n).arg(*error);
            return false;
        }
    }
    return true;
}

bool HubSchema::prepare(QSqlDatabase db, Backend backend, QString* error)
{
    const bool pg = backend == Backend::Postgres;
    QSqlQuery lock(db);
    if (pg && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(72817401)"))) {
        *error = lock.lastError().text();
        return false;
    }
    bool ok = store::Schema::prepare(db, backend, error) && store::TeamApplier::prepareSchema(db, backend, error);
    if (ok) {
        const int current = version(db, error);
        if (current < 0) {
            ok = false;
        } else if (current > latestVersion()) {
            *error = QStringLiteral("the hub tables are at version %1, newer than this program's %2")
                         .arg(current)
                         .arg(latestVersion());
            ok = false;
        } else if (current == 0) {
            ok = createFresh(db, backend, error);
        } else {
            ok = migrateTo(db, backend, latestVersion(), error);
        }
    }
    if (pg)
        lock.exec(QStringLiteral("SELECT pg_advisory_unlock(72817401)"));
    return ok;
}

} // namespace duet::hub
