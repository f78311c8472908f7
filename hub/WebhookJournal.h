// SPDX-License-Identifier: GPL-3.0-or-later
// The durable webhook path: a database thread that group-commits webhook bodies and agents' commands.
#pragma once

#include "LogWriter.h"
#include "WebhookEndpoint.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace duet::hub {

class JournalWorker;

/// The WebhookSink of duet-hub serve, and the way agents' commands reach the log. Every body or
/// command handed over (from any thread) waits in a queue; a dedicated database thread with its
/// own connection takes everything queued into ONE LogWriter transaction, and while it commits,
/// new arrivals queue up for the next one (group commit). Only after COMMIT are the callbacks
/// called (`done(Committed)` for bodies, the CommandResult for commands), and `committed` is
/// emitted with the new log entries before them. When the database is lost, callbacks get
/// Unavailable / "unavailable" at once, and the thread reconnects with back-off. When its disk is
/// full (or it is busy, or an I/O error occurs), the batch gets Unavailable too and nothing is
/// kept; every later batch tries again, and health() says so while the disk is full.
/// Usage: `WebhookJournal j(location, clock, &metrics); if (!j.start(&error)) ...; endpoint(..., j, ...)`.
class WebhookJournal : public QObject, public WebhookSink
{
    Q_OBJECT
public:
    using CommandDone = std::function<void(const CommandResult&)>;

    WebhookJournal(const store::DatabaseLocation& location, const Clock& clock, HubMetrics* metrics,
                   QObject* parent = nullptr);
    ~WebhookJournal() override;

    /// The business number the hub serves: events for another are journaled, not applied
    /// (LogWriter::setPhoneNumberId). Call it before start().
    void setPhoneNumberId(const QString& phoneNumberId);
    /// Starts the thread and opens its connection (waits for it); false with *error when the
    /// database cannot be opened.
    bool start(QString* error);
    /// Finishes what is queued, then stops the thread.
    void stop();

    void accept(const QByteArray& rawBody, Done done) override;
    Health health() const override;
    /// Runs an agent's command in the next transaction; `done` is called on the database thread.
    void submit(const CommandRequest& request, CommandDone done);
    /// Appends a hub event in the next transaction; `done` is called on the database thread.
    void record(const HubEvent& event, CommandDone done);

    /// Transactions committed so far (group commit makes it far fewer than the items).
    qint64 transactions() const { return m_transactions; }
    /// Items waiting for the database thread to take them.
    int queuedCount() const;

    /// Items per transaction at most (the rest wait for the next one).
    static constexpr int kMaxBatchItems = 2000;

signals:
    /// New log entries, right after their COMMIT (emitted on the database thread).
    void committed(const QList<duet::hub::LogEntry>& entries);

private:
    friend class JournalWorker;
    struct Pending
    {
        LogWriter::Item item;
        Done done;               ///< for bodies
        CommandDone commandDone; ///< for commands
    };
    void enqueue(Pending p);
    QList<Pending> takeBatch();

    QThread m_thread;
    JournalWorker* m_worker = nullptr;
    mutable QMutex m_mutex;
    QList<Pending> m_queue;
    bool m_scheduled = false;
    std::atomic_bool m_available{false};
    std::atomic_bool m_diskFull{false}; ///< the last transaction failed for want of space
    std::atomic<qint64> m_head{0};
    std::atomic<qint64> m_transactions{0};
};

} // namespace duet::hub

Q_DECLARE_METATYPE(QList<duet::hub::LogEntry>)
