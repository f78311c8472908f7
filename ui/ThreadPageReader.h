// SPDX-License-Identifier: GPL-3.0-or-later
// Reads older pages of a thread on a worker thread with its own connection to the store.
#pragma once

#include "store/ThreadQuery.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <mutex>

namespace duet::ui {

/// One page read by ThreadPageReader.
struct ThreadPageResult
{
    quint64 ticket = 0; ///< read()'s answer for this request
    QList<store::ThreadItem> items;
    bool ok = false;
    QString error;
    Qt::HANDLE readOn = nullptr; ///< the thread that ran the query (QThread::currentThreadId())
};

/// Keeps the store's queries for older pages off the UI thread: read() queues the query on a
/// worker thread that has its own read-only connection to the same store (a clone of the UI's:
/// SQLite in WAL mode lets it read while the UI's connection writes; a PostgreSQL store gets a
/// second session), and pageRead() delivers the page on the thread that owns the reader. Reads
/// run one at a time, in order. A SQLite store in memory cannot be shared between connections:
/// isAvailable() is false there and the caller reads on its own thread.
/// Usage: `ThreadPageReader r(db); connect(&r, &ThreadPageReader::pageRead, ...); r.read(key, cursor, 50);`
class ThreadPageReader : public QObject
{
    Q_OBJECT
public:
    explicit ThreadPageReader(QSqlDatabase db, QObject* parent = nullptr);
    ~ThreadPageReader() override;
    ThreadPageReader(const ThreadPageReader&) = delete;
    ThreadPageReader& operator=(const ThreadPageReader&) = delete;

    /// Whether another connection can see the store (false for a SQLite database in memory).
    bool isAvailable() const { return m_available; }
    /// Queues the read of up to `limit` items before `cursor` (after it, with Newer:
    /// store::ThreadQuery::page); returns the ticket its pageRead() carries. The worker thread
    /// starts on the first read.
    quint64 read(const QString& contactKey, const store::ThreadCursor& cursor, int limit,
                 store::ThreadQuery::Direction direction = store::ThreadQuery::Older);
    /// Run on the worker thread before and after each read's query (tests use them to hold a
    /// read back, or to know that it has read); either may be empty.
    void setReadHooks(std::function<void()> before, std::function<void()> after);

signals:
    void pageRead(const duet::ui::ThreadPageResult& result);

private:
    class Worker;
    QString m_source; ///< the UI connection's name, cloned by the worker
    bool m_available = false;
    quint64 m_lastTicket = 0;
    QThread m_thread;
    Worker* m_worker = nullptr; ///< lives on m_thread
    std::mutex m_hookMutex;
    std::function<void()> m_beforeRead;
    std::function<void()> m_afterRead;
};

} // namespace duet::ui

Q_DECLARE_METATYPE(duet::ui::ThreadPageResult)
