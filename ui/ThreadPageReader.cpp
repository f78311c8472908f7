// SPDX-License-Identifier: GPL-3.0-or-later
// The worker thread and its connection for reading older thread pages.
#include "ThreadPageReader.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace duet::ui {
namespace {

std::atomic<quint64> g_connections{0}; // names the workers' connections apart

bool inMemory(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return false;
    const QString name = db.databaseName();
    return name.isEmpty() || name == QLatin1String(":memory:") || name.contains(QLatin1String("mode=memory"));
}

} // namespace

/// Owns the worker's connection and query; every member runs on the worker thread.
class ThreadPageReader::Worker : public QObject
{
public:
    explicit Worker(QString source)
        : m_source(std::move(source))
        , m_name(QStringLiteral("duet-thread-pages-%1").arg(++g_connections))
    {}

    ThreadPageResult read(quint64 ticket, const QString& contactKey, const store::ThreadCursor& cursor, int limit)
    {
        ThreadPageResult result;
        result.ticket = ticket;
        result.readOn = QThread::currentThreadId();
        if (!open(&result.error))
            return result;
        result.ok = m_query->page(contactKey, cursor, store::ThreadQuery::Older, limit, &result.items, &result.error);
        return result;
    }

    /// Closes and forgets the connection (before the thread ends).
    void close()
    {
        m_query.reset();
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    bool open(QString* error)
    {
        if (m_query)
            return true;
        // The QString overload clones by name, so the copy belongs to this thread.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_source, m_name);
        if (!db.open()) {
            *error = db.lastError().text();
            close();
            return false;
        }
        if (db.driverName() == QLatin1String("QSQLITE")) {
            // Reads only, and little memory of its own: the pages live in the OS's file cache.
            for (const char* pragma : {"PRAGMA query_only=1", "PRAGMA cache_size=-1000", "PRAGMA mmap_size=0"}) {
                QSqlQuery q(db);
                if (!q.exec(QString::fromLatin1(pragma))) {
                    *error = q.lastError().text();
                    close();
                    return false;
                }
            }
        }
        m_query = std::make_unique<store::ThreadQuery>(db);
        return true;
    }

    QString m_source;
    QString m_name;
    std::unique_ptr<store::ThreadQuery> m_query;
};

ThreadPageReader::ThreadPageReader(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_source(db.connectionName())
    , m_available(db.isValid() && !inMemory(db))
{
    qRegisterMetaType<ThreadPageResult>();
    m_thread.setObjectName(QStringLiteral("duet-thread-pages"));
}

ThreadPageReader::~ThreadPageReader()
{
    if (m_thread.isRunning()) {
        // Queued after any read still waiting, so the connection closes on its own thread.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

quint64 ThreadPageReader::read(const QString& contactKey, const store::ThreadCursor& cursor, int limit)
{
    if (!m_worker) {
        m_worker = new Worker(m_source);
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }
    const quint64 ticket = ++m_lastTicket;
    QPointer<ThreadPageReader> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [this, self, worker = m_worker, ticket, contactKey, cursor, limit] {
            std::function<void()> before;
            std::function<void()> after;
            {
                const std::lock_guard<std::mutex> lock(m_hookMutex);
                before = m_beforeRead;
                after = m_afterRead;
            }
            if (before)
                before();
            ThreadPageResult result = worker->read(ticket, contactKey, cursor, limit);
            if (after)
                after();
            // Delivered on the reader's thread; dropped if the reader is gone by then.
            QMetaObject::invokeMethod(
                this,
                [self, result = std::move(result)] {
                    if (self)
                        emit self->pageRead(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

void ThreadPageReader::setReadHooks(std::function<void()> before, std::function<void()> after)
{
    const std::lock_guard<std::mutex> lock(m_hookMutex);
    m_beforeRead = std::move(before);
    m_afterRead = std::move(after);
}

} // namespace duet::ui
