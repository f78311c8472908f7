// SPDX-License-Identifier: GPL-3.0-or-later
// initdb, pg_ctl and CREATE DATABASE for the throwaway PostgreSQL of tests and benchmarks.
#include "PgServer.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace duet::test {
namespace {

QAtomicInt s_counter;

QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_ownCluster) {
        QString ignored;
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    }
}

bool PgServer::isInstalled()
{
    return !qEnvironmentVariableIsEmpty("DUET_TEST_PG_URL") || !findBinDir().isEmpty();
}

const char* PgServer::notInstalledReason()
{
    return "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb) and DUET_TEST_PG_URL is not "
           "set: install postgresql to run the PostgreSQL tests";
}

bool PgServer::run(const QString& program, const QStringList& args, QString* error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgServer::start(QString* error)
{
    const QString fromEnv = qEnvironmentVariable("DUET_TEST_PG_URL");
    if (!fromEnv.isEmpty()) {
        const QUrl url(fromEnv);
        m_host = url.host();
        m_port = url.port(5432);
        m_user = url.userName();
        m_adminDb = url.path().mid(1);
        return true;
    }
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = QString::fromLatin1(notInstalledReason());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/duet-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // initdb refuses to run as root: the cluster then belongs to the postgres user.
    if (geteuid() == 0) {
        if (!run(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir->path()}, error))
            return false;
        m_asPostgresUser = true;
    }
    const QString data = m_dir->path() + QStringLiteral("/data");
    // The postmaster outlives pg_ctl: adopted here, it can be reaped after kill().
    if (m_durable)
        prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8")},
             error))
        return false;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (startServer(error)) {
            m_ownCluster = true;
            m_host = QStringLiteral("127.0.0.1");
            m_user = QStringLiteral("postgres");
            m_adminDb = QStringLiteral("postgres");
            return true;
        }
    }
    return false;
}

bool PgServer::startServer(QString* error)
{
    // Durable: PostgreSQL's defaults, so that a crash of the server keeps every acknowledged
    // commit. Otherwise off, for speed (nothing here outlives the test).
    const QString durable = m_durable ? QStringLiteral("on") : QStringLiteral("off");
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=%3 "
                                           "-c synchronous_commit=%3 -c full_page_writes=%3")
                                .arg(m_port)
                                .arg(m_dir->path(), durable);
    return run(m_binDir + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-l"),
                m_dir->path() + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-o"), options,
                QStringLiteral("start")},
               error);
}

bool PgServer::stopFast(QString* error)
{
    if (!m_ownCluster) {
        *error = QStringLiteral("not a cluster of this test's");
        return false;
    }
    return run(m_binDir + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
               error);
}

bool PgServer::kill(QString* error)
{
    if (!m_ownCluster || !m_durable) {
        *error = QStringLiteral("kill() needs a cluster of this test's, started after setDurable(true)");
        return false;
    }
    QFile pidFile(m_dir->path() + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no postmaster.pid: %1").arg(pidFile.errorString());
        return false;
    }
    const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
    if (postmaster <= 0) {
        *error = QStringLiteral("postmaster.pid names no process");
        return false;
    }
    // Its children first found (they are the cluster's backends and helpers), then all at once.
    QList<pid_t> cluster{postmaster};
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' '); // state ppid ...
        if (fields.size() > 1 && pid_t(fields[1].toLongLong()) == postmaster)
            cluster << pid;
    }
    for (pid_t pid : cluster)
        ::kill(pid, SIGKILL);
    // Reaped, so that no zombie holds the cluster's lock file: the postmaster is this process's
    // child (setDurable() made it adopt it), and its children become this process's when it
    // dies; one that the postmaster reaped first is gone already (ECHILD).
    for (pid_t pid : cluster) {
        while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    for (pid_t pid : cluster) {
        if (QFile::exists(QStringLiteral("/proc/%1").arg(pid))) {
            *error = QStringLiteral("process %1 of the cluster outlived SIGKILL").arg(pid);
            return false;
        }
    }
    return true;
}

bool PgServer::restart(QString* error)
{
    if (!m_ownCluster) {
        *error = QStringLiteral("not a cluster of this test's");
        return false;
    }
    return startServer(error);
}

QString PgServer::createDatabase(QString* error)
{
    const QString name =
        QStringLiteral("duet_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(s_counter.fetchAndAddRelaxed(1));
    const QString connection = QStringLiteral("pgserver-admin-") + name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(m_adminDb);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(name);
}

} // namespace duet::test
