// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the log in seq order for agents' backlogs and fan-out; on PostgreSQL, listens for new commits.
#pragma once

#include "LogWriter.h"
#include "store/Database.h"

#include <QObject>

namespace duet::hub {

/// A read connection to the log (one per thread; the agent server's). Readers only ever ask for
/// `seq > last` in seq order: since writers take seqs under the log_head lock and commit in that
/// order, whatever a reader sees is a gap-free prefix of the log. On PostgreSQL it LISTENs on
/// duet_log, so commits by any hub instance emit `notified`.
/// Usage: `LogReader r; r.open(location, &error); r.read(since, 500, &entries, &error);`
class LogReader : public QObject
{
    Q_OBJECT
public:
    explicit LogReader(QObject* parent = nullptr);
    ~LogReader() override;

    bool open(const store::DatabaseLocation& location, QString* error);
    QSqlDatabase connection() const { return m_db.connection(); }

    /// Up to `limit` entries with seq > after, in order. False with *error on a database failure
    /// (the connection is reopened on the next call).
    bool read(qint64 after, int limit, QList<LogEntry>* entries, QString* error);
    /// The newest committed seq; -1 on error.
    qint64 head(QString* error);

signals:
    /// Another transaction committed (any hub instance); read from your last seq.
    void notified();

private:
    bool ensureOpen(QString* error);

    store::DatabaseLocation m_location;
    store::Database m_db;
    bool m_broken = false;
};

} // namespace duet::hub
