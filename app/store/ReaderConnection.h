// SPDX-License-Identifier: GPL-3.0-or-later
// A second, read-only connection to an open store, for a worker thread's queries.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace duet::store {

/// Another connection to the database an open connection is on, for reads on the calling
/// thread (a worker's: the copy is made by name, so it belongs to the thread that opens it),
/// closed and removed when destroyed. SQLite: `query_only`, a 1 MB page cache and no
/// memory-mapped reads (the pages stay in the OS's file cache); WAL lets it read while the
/// first connection writes. PostgreSQL: a second session. A SQLite database in memory has no
/// second connection: open() fails with an error.
/// Usage: `ReaderConnection r; if (r.open(db.connectionName(), &error)) ThreadQuery q(r.connection());`
class ReaderConnection
{
public:
    ReaderConnection() = default;
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection&) = delete;
    ReaderConnection& operator=(const ReaderConnection&) = delete;

    /// Whether a connection like `db` can have a second one (false for SQLite in memory).
    static bool canShare(const QSqlDatabase& db);
    bool open(const QString& original, QString* error);
    void close();
    QSqlDatabase connection() const;

private:
    QString m_name;
};

} // namespace duet::store
