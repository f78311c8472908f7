// SPDX-License-Identifier: GPL-3.0-or-later
// The commands a desktop sent to the hub and waits on: their ids, deadlines, acks and timeouts.
#include "CommandTracker.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace duet::sync {

CommandTracker::CommandTracker(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<CommandResult>();
}

QString CommandTracker::nextId()
{
    return QStringLiteral("c-%1").arg(m_nextId++);
}

void CommandTracker::track(const QString& id, qint64 deadlineMs, Callback done)
{
    m_pending.insert(id, Pending{deadlineMs, std::move(done)});
}

bool CommandTracker::finish(const QString& id, const CommandResult& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return false; // timed out already, or not ours
    const Callback done = it->done;
    m_pending.erase(it);
    if (done)
        done(result);
    emit finished(result);
    return true;
}

void CommandTracker::refuse(const Callback& done, const CommandResult& result)
{
    post(done, result);
}

void CommandTracker::failAll(const QString& reason)
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        post(it->done, CommandResult{it.key(), false, reason, 0});
}

int CommandTracker::expire(qint64 nowMs)
{
    QStringList expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (nowMs >= it->deadlineMs)
            expired << it.key();
    }
    for (const QString& id : std::as_const(expired))
        finish(id, CommandResult{id, false, QStringLiteral("timeout"), 0});
    return int(expired.size());
}

qint64 CommandTracker::nextDeadlineMs() const
{
    qint64 next = 0;
    for (const Pending& p : m_pending) {
        if (p.deadlineMs > 0 && (next == 0 || p.deadlineMs < next))
            next = p.deadlineMs;
    }
    return next;
}

void CommandTracker::shiftBack(qint64 backMs)
{
    for (Pending& p : m_pending) {
        if (p.deadlineMs > 0)
            p.deadlineMs = std::max<qint64>(1, p.deadlineMs - backMs); // 0 means "none": a set time stays set
    }
}

void CommandTracker::post(const Callback& done, const CommandResult& result)
{
    QMetaObject::invokeMethod(
        this,
        [this, done, result] {
            if (done)
                done(result);
            emit finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace duet::sync
