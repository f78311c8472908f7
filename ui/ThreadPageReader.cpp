// SPDX-License-Identifier: GPL-3.0-or-later
// The worker thread and its connection for reading older thread pages.
#include "ThreadPageReader.h"

#include "store/ReaderConnection.h"

#include <QPointer>

#include <memory>

namespace duet::ui {

/// Owns the worker's connection and query; every member runs on the worker thread.
class ThreadPageReader::Worker : public QObject
{
public:
    explicit Worker(QString source)
        : m_source(std::move(source))
    {}

    ThreadPageResult read(quint64 ticket, const QString& contactKey, const store::ThreadCursor& cursor, int limit,
                          store::ThreadQuery::Direction direction)
    {
        ThreadPageResult result;
        result.ticket = ticket;
        result.readOn = QThread::currentThreadId();
        if (!m_query) {
            if (!m_db.open(m_source, &result.error))
                return result;
            m_query = std::make_unique<store::ThreadQuery>(m_db.connection());
        }
        result.ok = m_query->page(contactKey, cursor, direction, limit, &result.items, &result.error);
        return result;
    }

    /// Closes the connection (on the worker thread, before it ends).
    void close()
    {
        m_query.reset();
        m_db.close();
    }

private:
    QString m_source;
    store::ReaderConnection m_db;
    std::unique_ptr<store::ThreadQuery> m_query;
};

ThreadPageReader::ThreadPageReader(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_source(db.connectionName())
    , m_available(store::ReaderConnection::canShare(db))
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

quint64 ThreadPageReader::read(const QString& contactKey, const store::ThreadCursor& cursor, int limit,
                               store::ThreadQuery::Direction direction)
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
        [this, self, worker = m_worker, ticket, contactKey, cursor, limit, direction] {
            std::function<void()> before;
            std::function<void()> after;
            {
                const std::lock_guard<std::mutex> lock(m_hookMutex);
                before = m_beforeRead;
                after = m_afterRead;
            }
            if (before)
                before();
            ThreadPageResult result = worker->read(ticket, contactKey, cursor, limit, direction);
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
