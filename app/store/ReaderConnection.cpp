// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a read-only copy of a store connection on the calling thread.
#include "ReaderConnection.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace duet::store {
namespace {

QAtomicInt s_readers; // names the readers' connections apart

} // namespace

ReaderConnection::~ReaderConnection()
{
    close();
}

bool ReaderConnection::canShare(const QSqlDatabase& db)
{
    if (!db.isValid())
        return false;
    if (db.driverName() != QLatin1String("QSQLITE"))
        return true;
    const QString file = db.databaseName();
    return !file.isEmpty() && file != QLatin1String(":memory:") && !file.contains(QLatin1String("mode=memory"));
}

bool ReaderConnection::open(const QString& original, QString* error)
{
    close();
    const QString copy = QStringLiteral("duet-reader-%1").arg(s_readers.fetchAndAddRelaxed(1));
    QString why;
    QString where;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(original, copy);
        where = db.databaseName();
        if (!canShare(db)) {
            why = db.isValid() ? QStringLiteral("a database in memory has no second connection")
                               : QStringLiteral("no connection named %1").arg(original);
        } else if (!db.open()) {
            why = db.lastError().text();
        } else {
            ok = true;
            if (db.driverName() == QLatin1String("QSQLITE")) {
                for (const char* pragma : {"PRAGMA query_only=1", "PRAGMA cache_size=-1000", "PRAGMA mmap_size=0"}) {
                    QSqlQuery q(db);
                    if (!q.exec(QString::fromLatin1(pragma))) {
                        why = q.lastError().text();
                        ok = false;
                        break;
                    }
                }
            }
            if (!ok)
                db.close();
        }
    }
    if (!ok) {
        QSqlDatabase::removeDatabase(copy);
        *error = QStringLiteral("cannot open a reader of %1: %2").arg(where, why);
        return false;
    }
    m_name = copy;
    return true;
}

void ReaderConnection::close()
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

QSqlDatabase ReaderConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace duet::store
