// SPDX-License-Identifier: GPL-3.0-or-later
// Log reads and LISTEN duet_log.
#include "LogReader.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::hub {

LogReader::LogReader(QObject* parent)
    : QObject(parent)
{}

LogReader::~LogReader() = default;

bool LogReader::open(const store::DatabaseLocation& location, QString* error)
{
    m_location = location;
    m_location.durable = true; // the hub's connections: synchronous=FULL on SQLite
    if (!m_db.open(m_location, error))
        return false;
    m_broken = false;
    if (location.backend == store::Backend::Postgres) {
        QSqlDriver* driver = m_db.connection().driver();
        if (!driver->subscribeToNotification(QStringLiteral("duet_log"))) {
            *error = QStringLiteral("cannot LISTEN duet_log: %1").arg(driver->lastError().text());
            return false;
        }
        connect(driver, &QSqlDriver::notification, this, [this] { emit notified(); });
    }
    return true;
}

bool LogReader::ensureOpen(QString* error)
{
    if (!m_broken && m_db.isOpen())
        return true;
    if (!open(m_location, error))
        return false;
    emit notified(); // commits may have been missed while the connection was down
    return true;
}

bool LogReader::read(qint64 after, int limit, QList<LogEntry>* entries, QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, payload FROM log WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.bindValue(0, qlonglong(after));
    q.bindValue(1, limit);
    if (!q.exec()) {
        *error = q.lastError().text().simplified();
        m_broken = true;
        return false;
    }
    while (q.next()) {
        LogEntry e;
        e.seq = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.event = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        entries->append(e);
    }
    return true;
}

qint64 LogReader::head(QString* error)
{
    if (!ensureOpen(error))
        return -1;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq FROM log_head WHERE id = 1")) || !q.next()) {
        *error = q.lastError().text().simplified();
        m_broken = true;
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace duet::hub
