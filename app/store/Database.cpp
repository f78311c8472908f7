// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace duet::store {
namespace {

QAtomicInt s_connectionCounter;

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool DatabaseLocation::parse(const QString& text, DatabaseLocation* location, QString* error)
{
    DatabaseLocation loc;
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        const QString db = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || db.isEmpty() || db.contains(QLatin1Char('/'))) {
            *error = QStringLiteral("not a postgresql://user@host:port/database URL: %1")
                         .arg(url.toString(QUrl::RemovePassword));
            return false;
        }
        loc.backend = Backend::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.database = db;
    } else {
        if (text.isEmpty()) {
            *error = QStringLiteral("no database given");
            return false;
        }
        loc.path = text;
    }
    *location = loc;
    return true;
}

QString DatabaseLocation::displayName() const
{
    if (backend == Backend::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

void Database::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool Database::open(const DatabaseLocation& location, QString* error)
{
    close();
    const QString name = QStringLiteral("duet-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    const QString where = location.displayName();
    QString why;
    bool ok = false;
    {
        QSqlDatabase db;
        if (location.backend == Backend::Sqlite) {
            const QFileInfo info(location.path);
            if (info.exists()) {
                // Permission bits, not access(): an administrator's read-only file stays read-only.
                const QFile::Permissions p = info.permissions();
                if (!(p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)) || !info.isWritable()) {
                    *error = QStringLiteral("database file %1 is read-only").arg(where);
                    return false;
                }
                if (!info.isReadable()) {
                    *error = QStringLiteral("database file %1 cannot be read").arg(where);
                    return false;
                }
            }
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            ok = db.open();
            if (!ok)
                why = db.lastError().text();
            // The first statements read the file: a corrupt file fails here.
            ok = ok && exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &why) &&
                 exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &why) &&
                 exec(db,
                      location.durable ? QStringLiteral("PRAGMA synchronous=FULL")
                                       : QStringLiteral("PRAGMA synchronous=NORMAL"),
                      &why) &&
                 // A 32 MB page cache and memory-mapped reads: threads and lookups of older
                 // messages (statuses, reactions) stay off the read() path.
                 exec(db, QStringLiteral("PRAGMA cache_size=-32000"), &why) &&
                 exec(db, QStringLiteral("PRAGMA mmap_size=268435456"), &why) &&
                 exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &why);
            if (!ok)
                *error = QStringLiteral("cannot open database file %1: %2").arg(where, why);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(location.host);
            db.setPort(location.port);
            db.setUserName(location.user);
            db.setPassword(location.password);
            db.setDatabaseName(location.database);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
            ok = db.open();
            if (!ok)
                why = db.lastError().text().simplified();
            ok = ok && exec(db, QStringLiteral("SET client_min_messages TO WARNING"), &why);
            if (!ok)
                *error = QStringLiteral("cannot open database %1: %2").arg(where, why);
        }
        if (!ok)
            db.close();
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    m_name = name;
    m_location = location;
    return true;
}

bool runQuery(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace duet::store
