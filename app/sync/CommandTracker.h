// SPDX-License-Identifier: GPL-3.0-or-later
// The commands a desktop sent to the hub and waits on: their ids, deadlines, acks and timeouts.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace duet::sync {

/// The outcome of one command: the hub's ack, or the client's own verdict ("offline",
/// "timeout", "disconnected").
struct CommandResult
{
    QString id;
    bool ok = false;
    QString reason;
    qint64 seq = 0;
};

/// The commands in flight on one connection. Each gets an id (unless it has one) and a deadline;
/// its result comes exactly once: the hub's ack (finish()), a timeout (expire()), or a refusal when
/// the connection goes (failAll()) or was never there (refuse()). A result decided at once, inside
/// the caller's own call (refuse(), failAll()), is delivered later from the event loop, never from
/// inside that call. Every result goes to the command's callback, then finished().
/// Times are the caller's clock readings (ms); it keeps no clock of its own.
/// Usage: `CommandTracker t; t.track(t.nextId(), now + 20000, done); t.finish(id, result);`
class CommandTracker : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CommandResult&)>;

    explicit CommandTracker(QObject* parent = nullptr);

    /// A new command id: "c-1", "c-2", ...
    QString nextId();
    /// Waits for the result of `id` until `deadlineMs`.
    void track(const QString& id, qint64 deadlineMs, Callback done);
    /// The hub's ack: delivers `result` to `id`'s callback now. False when `id` is not waiting
    /// (it timed out already, or it is not ours).
    bool finish(const QString& id, const CommandResult& result);
    /// A command that was never sent: `result` goes to `done` from the event loop.
    void refuse(const Callback& done, const CommandResult& result);
    /// The connection went: every waiting command fails with `reason`, from the event loop.
    void failAll(const QString& reason);
    /// Fails with "timeout" every command whose deadline is at or before `nowMs`; how many.
    int expire(qint64 nowMs);
    /// The earliest deadline of a waiting command; 0 when none waits.
    qint64 nextDeadlineMs() const;
    /// The clock was set back by `backMs`: every deadline moves back as much.
    void shiftBack(qint64 backMs);
    int pending() const { return int(m_pending.size()); }

signals:
    /// A command's result, after its callback.
    void finished(const duet::sync::CommandResult& result);

private:
    struct Pending
    {
        qint64 deadlineMs = 0;
        Callback done;
    };

    void post(const Callback& done, const CommandResult& result);

    QHash<QString, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace duet::sync

Q_DECLARE_METATYPE(duet::sync::CommandResult)
