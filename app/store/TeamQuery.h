// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's figures: load per agent, first-response and resolution times, windows about to close.
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace duet::store {

/// Conversations assigned to one agent that are not resolved.
struct AgentLoad
{
    QString agent;
    int open = 0;    ///< open or pending
    int snoozed = 0; ///< snoozed (still theirs, not waiting on them now)
};

/// Median and 90th percentile of a set of durations, in seconds.
struct DurationFigures
{
    int count = 0;
    qint64 medianSecs = 0;
    qint64 p90Secs = 0;
    /// Nearest-rank percentile `p` (0..100) of `secs`; 0 when empty.
    static qint64 percentile(QList<qint64> secs, int p);
    static DurationFigures of(const QList<qint64>& secs);
};

/// First responses: how long customers waited for a reply, overall and per agent.
struct ResponseFigures
{
    DurationFigures all;                     ///< every first reply, agents' and the phone app's
    DurationFigures phoneApp;                ///< replies from the WhatsApp Business app
    QHash<QString, DurationFigures> byAgent; ///< replies an agent sent through Duet
    int unanswered = 0;                      ///< customer turns in the period with no reply yet
};

/// A conversation whose service window closes soon while the customer waits for a reply.
struct ClosingConversation
{
    QString contactKey;
    QString displayName; ///< customerDisplayName() (ConversationQuery.h)
    QString bookName;
    QString profileName;
    QString username;          ///< lower case, without '@'; null when none
    QString userId;            ///< the BSUID; null when never seen
    QString parentUserId;      ///< the parent BSUID; null when never seen
    QString assignee;          ///< empty when unassigned
    qint64 windowClosesAt = 0; ///< unix seconds
    qint64 lastCustomerAt = 0;
};

/// Read-only queries for the supervisor view and the team bar, on the desktop's replica (or the
/// hub's database). Status history (team migration 2) is needed for resolution times; a store
/// without the team tables answers empty figures, not errors.
/// Usage: `TeamQuery q(db); QList<AgentLoad> load; q.agentLoads(&load, &error);`
class TeamQuery
{
public:
    explicit TeamQuery(QSqlDatabase db);

    /// Unresolved assigned conversations per agent, by agent name.
    bool agentLoads(QList<AgentLoad>* loads, QString* error);
    /// Every label on some conversation, sorted (the label field's completions).
    bool labelsInUse(QStringList* labels, QString* error);
    /// First-response times for customer turns that began in [fromSecs, toSecs): from the turn's
    /// first customer message to the first reply after it by an agent (through Duet) or the phone
    /// app. Imported history is left out.
    bool responseTimes(qint64 fromSecs, qint64 toSecs, ResponseFigures* figures, QString* error);
    /// Resolution times of resolutions in [fromSecs, toSecs): from the first customer message
    /// after the previous resolution (or the first ever) to the resolution.
    bool resolutionTimes(qint64 fromSecs, qint64 toSecs, DurationFigures* figures, QString* error);
    /// Each resolution in [fromSecs, toSecs), by the same rule, with its conversation and how long
    /// it took in seconds: what resolutionTimes() and the dashboard's histogram add up.
    bool resolutions(qint64 fromSecs, qint64 toSecs, const std::function<void(const QString& key, qint64 secs)>& each,
                     QString* error);
    /// Unresolved conversations whose window closes in (nowSecs, nowSecs + withinSecs] with no
    /// reply since the customer's last message, soonest first.
    bool closingWithoutReply(qint64 nowSecs, qint64 withinSecs, QList<ClosingConversation>* rows, QString* error);

private:
    QSqlDatabase m_db;
    bool m_hasStatusHistory = false; ///< the table `status_history` was seen (tables are never dropped)
};

} // namespace duet::store
