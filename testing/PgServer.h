// SPDX-License-Identifier: GPL-3.0-or-later
// A PostgreSQL server for tests and benchmarks: $DUET_TEST_PG_URL, or a throwaway cluster started on demand.
#pragma once

#include <QString>

#include <memory>

class QTemporaryDir;

namespace duet::test {

/// Gives tests (and duet-bench) a real PostgreSQL. When $DUET_TEST_PG_URL (postgresql://user@host:port/db) is set,
/// that server is used; otherwise start() runs initdb into a temporary directory (as the
/// `postgres` user through runuser when running as root), starts it on a free 127.0.0.1 port with
/// fsync off, and the destructor stops it. Each test asks for its own database with
/// createDatabase(), so test binaries can run in parallel.
/// Usage: in initTestCase, `if (!PgServer::isInstalled()) QSKIP(PgServer::notInstalledReason());
/// QVERIFY2(m_pg.start(&error), qPrintable(error));` then `QString url = m_pg.createDatabase(&error);`
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    /// True when $DUET_TEST_PG_URL is set or /usr/lib/postgresql/*/bin/initdb exists.
    static bool isInstalled();
    static const char* notInstalledReason();

    /// The server keeps what it acknowledged across a crash: `fsync`, `synchronous_commit` and
    /// `full_page_writes` on (PostgreSQL's defaults; off here otherwise, for speed). This process
    /// also adopts the server's processes (PR_SET_CHILD_SUBREAPER) so that kill() can reap them.
    /// Call before start().
    void setDurable(bool on) { m_durable = on; }

    bool start(QString* error);
    /// A new, empty database; returns its postgresql:// URL (null on failure, with *error).
    QString createDatabase(QString* error);

    // Faults, on a cluster this object started (not on $DUET_TEST_PG_URL) ----------------------------
    /// True when stop(), kill() and restart() can work.
    bool ownsCluster() const { return m_ownCluster; }
    /// `pg_ctl stop -m fast`: clients are disconnected, open transactions roll back, then it exits.
    bool stopFast(QString* error);
    /// The server crashes: SIGKILL to the postmaster and every process of the cluster at once;
    /// returns once they are all reaped. Needs setDurable(true).
    bool kill(QString* error);
    /// Starts it again on the same port and data (after a crash: crash recovery first).
    bool restart(QString* error);

private:
    bool run(const QString& program, const QStringList& args, QString* error);
    bool startServer(QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_adminDb;
    bool m_ownCluster = false;
    bool m_asPostgresUser = false;
    bool m_durable = false;
};

} // namespace duet::test
