// SPDX-License-Identifier: GPL-3.0-or-later
// The database thread: queue, group commit, callbacks after COMMIT, reconnection with back-off.
#include "WebhookJournal.h"

#include "HubMetrics.h"
#include "core/Clock.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcJournal, "duet.hub.journal")

namespace duet::hub {

/// Lives on the database thread: owns the LogWriter and its connection.
class JournalWorker : public QObject
{
public:
    JournalWorker(WebhookJournal& owner, const store::DatabaseLocation& location, const Clock& clock,
                  HubMetrics* metrics)
        : m_owner(owner)
        , m_location(location)
        , m_writer(clock, metrics)
        , m_metrics(metrics)
        , m_retry(this) // a child, so it moves to the database thread with the worker
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, [this] { reconnect(); });
    }

    void setPhoneNumberId(const QString& phoneNumberId) { m_writer.setPhoneNumberId(phoneNumberId); }

    bool open(QString* error)
    {
        if (!m_writer.open(m_location, error))
            return false;
        m_owner.m_head = m_writer.head();
        setAvailable(true);
        return true;
    }

    void close()
    {
        m_retry.stop();
        m_writer.close();
    }

    void drain()
    {
        for (;;) {
            QList<WebhookJournal::Pending> batch = m_owner.takeBatch();
            if (batch.isEmpty())
                return;
            process(batch);
        }
    }

private:
    void reconnect()
    {
        QString error;
        if (m_writer.open(m_location, &error)) {
            qCInfo(lcJournal) << "database connection restored";
            m_backoffMs = 0;
            setAvailable(true);
            return;
        }
        qCWarning(lcJournal).noquote() << "database still unavailable:" << error;
        scheduleReconnect();
    }

    void scheduleReconnect()
    {
        m_backoffMs = m_backoffMs == 0 ? 250 : qMin<qint64>(m_backoffMs * 2, 30'000);
        m_retry.start(int(m_backoffMs));
    }

    void setAvailable(bool available)
    {
        m_owner.m_available = available;
        if (m_metrics)
            m_metrics->setDatabaseAvailable(available && !m_owner.m_diskFull);
    }

    /// Enters or leaves the disk-full state, saying so once each way.
    void setDiskFull(bool full, const QString& error = {})
    {
        if (m_owner.m_diskFull == full)
            return;
        m_owner.m_diskFull = full;
        if (m_metrics) {
            m_metrics->setDatabaseDiskFull(full);
            m_metrics->setDatabaseAvailable(!full && m_owner.m_available);
        }
        if (full)
            qCCritical(lcJournal).noquote()
                << QStringLiteral("the disk holding the database is full (%1): webhooks are answered 503 and Meta "
                                  "retries them; free space and they are committed again (%2)")
                       .arg(m_location.displayName(), error);
        else
            qCInfo(lcJournal) << "the database has room again: webhooks are committed again";
    }

    /// Nothing of the batch was kept: webhooks get 503, commands `reason` (docs/PROTOCOL.md, `ack`).
    static void fail(const QList<WebhookJournal::Pending>& batch, const QString& reason = QStringLiteral("unavailable"))
    {
        for (const auto& p : batch) {
            if (p.done)
                p.done(WebhookSink::Outcome::Unavailable);
            else if (p.commandDone)
                p.commandDone(CommandResult{false, reason, 0});
        }
    }

    void deliver(const QList<WebhookJournal::Pending>& batch, const LogWriter::Outcome& out)
    {
        if (!out.entries.isEmpty()) {
            m_owner.m_head = out.head;
            emit m_owner.committed(out.entries);
        }
        int command = 0;
        for (const auto& p : batch) {
            if (p.done)
                p.done(WebhookSink::Outcome::Committed);
            else if (p.commandDone)
                p.commandDone(out.results.value(command++));
        }
    }

    void process(const QList<WebhookJournal::Pending>& batch)
    {
        if (!m_writer.isOpen()) {
            fail(batch);
            return;
        }
        QList<LogWriter::Item> items;
        items.reserve(batch.size());
        for (const auto& p : batch)
            items.append(p.item);
        const LogWriter::Outcome out = m_writer.commit(items);
        if (out.committed) {
            ++m_owner.m_transactions;
            setDiskFull(false);
            deliver(batch, out);
            return;
        }
        if (out.fault == LogWriter::Fault::DiskFull) {
            // Nothing is wrong with the items: each may be committed once there is room.
            setDiskFull(true, out.error);
            fail(batch, QStringLiteral("disk_full"));
            return;
        }
        if (!m_writer.ping()) {
            qCWarning(lcJournal).noquote() << "database connection lost:" << out.error;
            m_writer.close();
            if (m_metrics)
                m_metrics->countDatabaseLost();
            setAvailable(false);
            fail(batch);
            scheduleReconnect();
            return;
        }
        if (out.fault == LogWriter::Fault::Transient) {
            // Busy, an I/O error, the server shutting down: the same items may pass later.
            qCWarning(lcJournal).noquote() << "transaction failed, nothing kept; 503, Meta retries:" << out.error;
            fail(batch);
            return;
        }
        if (batch.size() == 1) {
            const auto* body = std::get_if<QByteArray>(&batch.first().item);
            QString error;
            if (body && batch.first().done && m_writer.journalUnapplied(*body, out.error, &error)) {
                // Kept with its error, not applied: Meta gets 200 (retrying would fail the same
                // way); `duet-hub redecode` applies it once the cause is fixed.
                qCWarning(lcJournal).noquote()
                    << "a webhook body could not be applied; journaled as not applied:" << out.error;
                batch.first().done(WebhookSink::Outcome::Committed);
                return;
            }
            qCWarning(lcJournal).noquote() << "transaction failed, nothing kept:" << out.error
                                           << (error.isEmpty() ? QString() : QStringLiteral("; ") + error);
            fail(batch);
            return;
        }
        // One item spoilt the group: commit each on its own so the others go through.
        for (const auto& p : batch)
            process({p});
    }

    WebhookJournal& m_owner;
    store::DatabaseLocation m_location;
    LogWriter m_writer;
    HubMetrics* m_metrics;
    QTimer m_retry;
    qint64 m_backoffMs = 0;
};

WebhookJournal::WebhookJournal(const store::DatabaseLocation& location, const Clock& clock, HubMetrics* metrics,
                               QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<duet::hub::LogEntry>>();
    m_thread.setObjectName(QStringLiteral("duet-hub-db"));
    m_worker = new JournalWorker(*this, location, clock, metrics);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

WebhookJournal::~WebhookJournal()
{
    stop();
}

void WebhookJournal::setPhoneNumberId(const QString& phoneNumberId)
{
    Q_ASSERT(!m_thread.isRunning()); // the worker is not in use yet
    m_worker->setPhoneNumberId(phoneNumberId);
}

bool WebhookJournal::start(QString* error)
{
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->open(error); }, Qt::BlockingQueuedConnection);
    return ok;
}

void WebhookJournal::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_worker->drain();
            m_worker->close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WebhookJournal::enqueue(Pending p)
{
    if (!m_available) {
        if (p.done)
            p.done(Outcome::Unavailable);
        else if (p.commandDone)
            p.commandDone(CommandResult{false, QStringLiteral("unavailable"), 0});
        return;
    }
    QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(p));
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->drain(); }, Qt::QueuedConnection);
    }
}

QList<WebhookJournal::Pending> WebhookJournal::takeBatch()
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.isEmpty()) {
        m_scheduled = false;
        return {};
    }
    if (m_queue.size() <= kMaxBatchItems)
        return std::exchange(m_queue, {});
    QList<Pending> batch = m_queue.mid(0, kMaxBatchItems);
    m_queue.remove(0, kMaxBatchItems);
    return batch;
}

int WebhookJournal::queuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

void WebhookJournal::accept(const QByteArray& rawBody, Done done)
{
    enqueue(Pending{rawBody, std::move(done), {}});
}

void WebhookJournal::submit(const CommandRequest& request, CommandDone done)
{
    enqueue(Pending{request, {}, std::move(done)});
}

void WebhookJournal::record(const HubEvent& event, CommandDone done)
{
    enqueue(Pending{event, {}, std::move(done)});
}

WebhookSink::Health WebhookJournal::health() const
{
    if (!m_available)
        return {false, QStringLiteral("database unavailable; reconnecting")};
    if (m_diskFull)
        return {false, QStringLiteral("database disk full; webhooks get 503 until space is freed")};
    return {true, QStringLiteral("log head %1").arg(m_head.load())};
}

} // namespace duet::hub
