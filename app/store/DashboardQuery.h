// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor dashboard's figures over a period: volume, reply and resolution times, load, costs.
#pragma once

#include "CostQuery.h"
#include "TeamQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>

namespace duet {
class Clock;
}

namespace duet::store {

/// The periods the dashboard offers.
enum class DashboardPeriod : quint8 { Today, Week, Month };

/// A period [from, to) cut into buckets: hours for Today, local days for the others.
struct DashboardRange
{
    qint64 from = 0;
    qint64 to = 0;
    QList<qint64> bucketStarts; ///< ascending; bucket i is [bucketStarts[i], bucketStarts[i + 1] or to)
    bool hourly = false;
    int bucketOf(qint64 secs) const; ///< -1 outside [from, to)
    qint64 bucketEnd(int bucket) const;
    /// The period as the dashboard shows it, on the injected clock's time in local time: Today runs
    /// from local midnight to the next; 7 and 30 days end with today.
    static DashboardRange of(DashboardPeriod period, const Clock& clock);
    /// Any period with buckets of `bucketSecs` (tests and other views).
    static DashboardRange fixed(qint64 from, qint64 to, qint64 bucketSecs);
};

/// What a volume bucket counts.
enum class VolumeSeries : quint8 {
    Opened,   ///< customer turns that began: a customer wrote while not already waiting for a reply
    Customer, ///< messages from customers
    Agent,    ///< messages agents sent through Duet
    PhoneApp, ///< messages sent from the WhatsApp Business app (echoes)
};
inline constexpr int kVolumeSeriesCount = 4;

/// Conversations opened and messages per bucket, by series.
struct VolumeFigures
{
    std::array<QList<qint64>, kVolumeSeriesCount> counts; ///< one list per VolumeSeries, one count per bucket
    qint64 total(VolumeSeries series) const;
};

/// The histogram bins of waiting times: under 1 min, 5 min, 15 min, 1 h, 4 h, 24 h, and longer.
inline constexpr int kDurationBins = 7;
/// The lower bound of bin `bin` in seconds; binUpper() is the next bin's (-1 for the last).
qint64 binLower(int bin);
qint64 binUpper(int bin);
int binOf(qint64 secs);

/// A histogram of durations.
struct DurationHistogram
{
    QList<qint64> bins = QList<qint64>(kDurationBins, 0);
    qint64 count() const;
    /// The share of durations under `secs` (a bin bound), 0..1; 0 when there are none.
    double shareUnder(qint64 secs) const;
};

/// First replies to the customer turns that began in the period, and turns still waiting.
struct FirstResponseFigures
{
    DurationHistogram replied;
    qint64 waiting = 0; ///< turns of the period with no reply yet
};

/// One conversation behind a figure, as the drill-down list shows it.
struct DashboardConversation
{
    QString contactKey;
    QString displayName;
    QString assignee;
    qint64 lastActivityAt = 0;
};

/// The dashboard's queries. Each figure is one query over the store's running totals
/// (`activity_hours`, `customer_turns`: docs/STORE.md, "Dashboard totals") or over indexed
/// columns, so a figure costs the same whatever the store's size; the conversations behind a bar
/// or tile are a second query, run when it is clicked. Every time comes from the period (and so
/// from the injected clock); nothing reads the system time.
/// Usage: `DashboardQuery q(db); const auto r = DashboardRange::of(DashboardPeriod::Week, clock);
///         VolumeFigures v; if (!q.volume(r, &v, &error)) ...`
class DashboardQuery
{
public:
    explicit DashboardQuery(QSqlDatabase db);

    /// Conversations opened and messages by series and bucket.
    bool volume(const DashboardRange& range, VolumeFigures* out, QString* error);
    /// The first-reply wait of turns that began in the period, by bin, and the turns still waiting.
    bool firstResponses(const DashboardRange& range, FirstResponseFigures* out, QString* error);
    /// Resolutions in the period by how long they took (TeamQuery::resolutionTimes' rule), with the
    /// conversations of each bin in `keysByBin` (may be null).
    bool resolutions(const DashboardRange& range, DurationHistogram* out, QList<QStringList>* keysByBin,
                     QString* error);
    /// Unresolved assigned conversations per agent (now, whatever the period).
    bool agentLoads(QList<AgentLoad>* out, QString* error);
    /// Windows closing within `withinSecs` of `nowSecs` with no reply (TeamQuery::closingWithoutReply).
    bool closing(qint64 nowSecs, qint64 withinSecs, QList<ClosingConversation>* out, QString* error);
    /// The agents' API sends of the period by pricing category, billable or free (CostQuery's rule).
    bool costs(const DashboardRange& range, CostSummary* out, QString* error);

    // The conversations behind a figure, most recently active first, at most `limit`.
    /// Those with a message of `series` (or a turn that began, for Opened) in [from, to).
    bool volumeConversations(VolumeSeries series, qint64 from, qint64 to, int limit, QStringList* keys, QString* error);
    /// Those whose turn began in [from, to) and got its first reply within bin `bin`; bin -1: still waiting.
    bool firstResponseConversations(qint64 from, qint64 to, int bin, int limit, QStringList* keys, QString* error);
    /// Those an agent holds unresolved.
    bool agentConversations(const QString& agent, int limit, QStringList* keys, QString* error);
    /// Those with an API send of pricing `category` ("" for none) in [from, to).
    bool costConversations(const QString& category, qint64 from, qint64 to, int limit, QStringList* keys,
                           QString* error);
    /// Names and assignees for a list of conversations, in the list's order (unknown keys left out).
    bool describe(const QStringList& keys, QList<DashboardConversation>* out, QString* error);

private:
    QSqlDatabase m_db;
    TeamQuery m_team;
};

} // namespace duet::store
