// SPDX-License-Identifier: GPL-3.0-or-later
// Opening Duet's store: a SQLite file or a PostgreSQL server, set up the same way everywhere.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace duet::store {

/// Which SQL dialect a connection speaks. The store's SQL is shared; only full-text search and
/// auto-numbered keys differ.
enum class Backend : quint8 { Sqlite, Postgres };

/// Where a store lives: a SQLite path or a `postgresql://user[:password]@host[:port]/db` URL.
struct DatabaseLocation
{
    Backend backend = Backend::Sqlite;
    QString path; ///< SQLite file
    QString host, user, password, database;
    int port = 5432;
    /// SQLite: `synchronous=FULL`, so a commit is on disk when it returns (the hub answers 200 only
    /// then). Otherwise NORMAL: a power cut may lose the last commits, never corrupt the file.
    bool durable = false;

    /// Parses a --db argument. False with *error set when a postgresql:// URL is malformed.
    static bool parse(const QString& text, DatabaseLocation* location, QString* error);
    /// For messages: the file, or the URL without its password.
    QString displayName() const;
};

/// Prepares `sql` on `q`, binds `values` in order and runs it; false with *error (the driver's
/// text) when either step fails. For queries run once; hot paths keep their prepared statements.
bool runQuery(QSqlQuery& q, const QString& sql, const QVariantList& values, QString* error);

/// An open connection with a unique name, closed and removed when destroyed. Qt connections
/// belong to the thread that opened them: open one Database per thread.
/// Usage: `Database db; if (!db.open(location, &error)) ...; QSqlQuery q(db.connection());`
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens the connection. SQLite: WAL, foreign keys on, a busy timeout; a corrupt, unreadable
    /// or read-only file fails with an error naming the file. PostgreSQL: connects with a timeout.
    bool open(const DatabaseLocation& location, QString* error);
    void close();

    bool isOpen() const { return !m_name.isEmpty(); }
    QSqlDatabase connection() const;
    Backend backend() const { return m_location.backend; }
    const DatabaseLocation& location() const { return m_location; }

private:
    QString m_name;
    DatabaseLocation m_location;
};

} // namespace duet::store
