// SPDX-License-Identifier: GPL-3.0-or-later
// Which log events one agent's filtered session carries: their own and unassigned conversations.
#pragma once

#include "LogWriter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace duet::hub {

/// The visibility rule of docs/PROTOCOL.md ("Visibility") for one agent under `[team] visibility =
/// own`. A conversation is visible at seq N when its assignee as of N (after the assignments up to
/// and including N) is the agent or nobody. The filter follows the session's position in the log:
/// it knows every conversation's assignee as of the last event it decided, so a backlog replay and
/// live fan-out decide the same way, and a reconnect with any `since` yields the same replica.
/// Conversations are named by their key as it stands now (merged keys resolve to the survivor;
/// webhook events through the customer's phone or BSUID).
/// Usage: `ConversationFilter f(db, "bo"); f.start(since, &error);` then decide() per event in seq order.
class ConversationFilter
{
public:
    enum class Decision {
        Send,     ///< visible (or about no conversation): the event goes as it is
        Skip,     ///< invisible before and after: nothing goes
        Forget,   ///< an assignment hid the conversation: a `forget` frame instead of the event
        Backfill, ///< an assignment showed it: `backfill`, the conversation's history, then the event
    };

    ConversationFilter(QSqlDatabase db, QString agent);

    /// Learns every conversation's assignee as of `since` from the log. False with *error on a
    /// database failure.
    bool start(qint64 since, QString* error);
    /// The decision for the next event in seq order; *conversation is the key it is about (empty
    /// for none). False with *error on a database failure (the event is not consumed).
    bool decide(const LogEntry& entry, Decision* decision, QString* conversation, QString* error);
    /// The events about `conversation` before `before`, in seq order (presence left out: it has
    /// expired). False with *error on a database failure.
    bool history(const QString& conversation, qint64 before, QList<LogEntry>* entries, QString* error);

private:
    bool keyOf(const QJsonObject& event, QString* key, QString* error);
    bool visible(const QString& assignee) const { return assignee.isEmpty() || assignee == m_agent; }

    QSqlDatabase m_db;
    QString m_agent;
    QHash<QString, QString> m_assignee; ///< conversation key -> assignee as of the position (absent: nobody)
};

} // namespace duet::hub
