// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's running totals, kept by the write path: counted in memory, written once per batch.
#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <tuple>

namespace duet::store {

/// Keeps `activity_hours` and `customer_turns` (docs/STORE.md, "Dashboard totals") equal to what
/// Schema::dashboardBackfill() computes from the messages, without triggers: the code that writes
/// a message row tells it what the row was and what it became (noteRow()), it adds the changes up
/// in memory, and flush() writes one upsert per touched (hour, kind, bin) and per touched turn.
/// A conversation whose new live messages all come after the ones it held (the usual case) is
/// carried forward from what it remembers of the conversation's last message and turn; any other
/// change (a message moved, merged conversations, a late message in the middle) recomputes that
/// conversation's turns from the turn before the change.
/// Like EventApplier it never begins or commits; call flush() before the transaction commits.
/// Usage: `totals.prepare(key); <write the row>; totals.noteRow(key, &before, &after); ... totals.flush(&error);`
class ActivityTotals
{
public:
    /// The columns of a message row the totals read.
    struct Row
    {
        qint64 ts = 0;
        bool outbound = false;
        QString origin; ///< customer, agent, app or history
        QString pricingCategory;
        int billable = -1; ///< -1: not said
        QString pricingType;
    };

    explicit ActivityTotals(QSqlDatabase db);
    ~ActivityTotals();
    ActivityTotals(const ActivityTotals&) = delete;
    ActivityTotals& operator=(const ActivityTotals&) = delete;

    /// Remembers each conversation's last message and turn between batches (on SQLite, where one
    /// connection writes; on PostgreSQL only when the caller discards() after others may have
    /// written). Off: each batch reads them once per conversation it touches.
    void setCacheStates(bool cache);
    /// Call before writing a live message of conversation `key`: reads what the totals need of
    /// the conversation as it was, once per batch. False with *error on a database failure.
    bool prepare(const QString& key, QString* error);
    /// A message row of `key` changed: `before` null for a new row, `after` null for a removed one.
    void noteRow(const QString& key, const Row* before, const Row* after);
    /// `from`'s messages now belong to `into` (CustomerIdentity merges): both are recomputed.
    void noteMerge(const QString& from, const QString& into);
    /// Call before deleting every message of `key`: takes their counts out and recomputes its turns.
    bool noteForget(const QString& key, QString* error);
    /// Writes what the rows noted since the last flush changed. False with *error on a database
    /// failure (the caller rolls back; the pending changes are dropped).
    bool flush(QString* error);
    /// Forgets the pending changes and what it remembers of conversations (after a rollback, or
    /// when another connection may have written).
    void discard();
    /// How many conversations it remembers before it forgets them all.
    void setCacheLimit(qsizetype limit) { m_cacheLimit = limit; }

    /// The UTC hour a time falls in, and the histogram bin of a wait (DashboardQuery's binOf()).
    static qint64 hourOf(qint64 secs) { return secs - secs % 3600; }
    static int waitBin(qint64 secs);

private:
    /// Where a conversation's live messages end: the direction of the last one and its turn.
    struct State
    {
        qint64 lastTs = 0;
        int lastDir = -1; ///< -1 no live message, 0 inbound, 1 outbound
        bool hasStart = false;
        qint64 lastStart = 0;  ///< the latest turn start (a turn folded into the one before included)
        bool recorded = false; ///< the open turn (lastDir 0) is a row waiting for its reply
    };
    struct Position
    {
        qint64 ts = 0;
        bool outbound = false;
    };
    /// One conversation's changes in this batch.
    struct Pending
    {
        State state; ///< as it was before the batch (when known)
        bool known = false;
        bool recompute = false; ///< not a plain append: recompute its turns
        bool fromStart = false; ///< recompute every turn
        bool touched = false;   ///< a live message changed: `earliest` holds
        qint64 earliest = 0;    ///< the earliest time of a live message that changed
        QList<Position> added;
    };
    using HourKey = std::tuple<qint64, QString, int>;

    void count(const Row& row, int sign);
    void step(State& st, const QString& key, const Position& p);
    bool load(const QString& key, State* st);
    bool recompute(const QString& key, const Pending& p, State* st);
    bool writeTurns();
    bool writeHours();
    QSqlQuery& prepared(const QString& sql);
    bool exec(QSqlQuery& q);

    QSqlDatabase m_db;
    bool m_cacheStates = false;
    qsizetype m_cacheLimit = 100'000;
    QHash<QString, State> m_cache;
    QHash<QString, Pending> m_pending;
    std::map<HourKey, qint64> m_hours;
    std::map<std::pair<QString, qint64>, qint64> m_turns; ///< (key, start) -> reply time, -1 none
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    QString m_error;
};

} // namespace duet::store
