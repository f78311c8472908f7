// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures: sums over the running totals, and the conversations behind each figure.
#include "DashboardQuery.h"

#include "ConversationQuery.h"
#include "Database.h"
#include "Schema.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace duet::store {

namespace {

constexpr qint64 kBinLower[kDurationBins] = {0, 60, 300, 900, 3600, 14400, 86400};

const char* const kSeriesKind[kVolumeSeriesCount] = {"opened", "customer", "agent", "app"};

bool keysOf(QSqlQuery& q, QStringList* keys)
{
    keys->clear();
    while (q.next())
        keys->append(q.value(0).toString());
    return true;
}

} // namespace

qint64 binLower(int bin)
{
    return bin >= 0 && bin < kDurationBins ? kBinLower[bin] : 0;
}

qint64 binUpper(int bin)
{
    return bin >= 0 && bin + 1 < kDurationBins ? kBinLower[bin + 1] : -1;
}

int binOf(qint64 secs)
{
    int bin = 0;
    while (bin + 1 < kDurationBins && secs >= kBinLower[bin + 1])
        ++bin;
    return bin;
}

int DashboardRange::bucketOf(qint64 secs) const
{
    if (secs < from || secs >= to || bucketStarts.isEmpty())
        return -1;
    const auto it = std::upper_bound(bucketStarts.cbegin(), bucketStarts.cend(), secs);
    return int(it - bucketStarts.cbegin()) - 1;
}

qint64 DashboardRange::bucketEnd(int bucket) const
{
    return bucket + 1 < bucketStarts.size() ? bucketStarts.at(bucket + 1) : to;
}

DashboardRange DashboardRange::of(DashboardPeriod period, const Clock& clock)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(clock.nowSecs()).date();
    auto midnight = [](const QDate& d) { return d.startOfDay().toSecsSinceEpoch(); };
    DashboardRange r;
    if (period == DashboardPeriod::Today) {
        r.from = midnight(today);
        r.to = midnight(today.addDays(1));
        r.hourly = true;
        for (qint64 t = r.from; t < r.to; t += 3600) // a day of 23 or 25 hours has as many buckets
            r.bucketStarts << t;
        return r;
    }
    const int days = period == DashboardPeriod::Week ? 7 : 30;
    for (int i = days - 1; i >= 0; --i)
        r.bucketStarts << midnight(today.addDays(-i));
    r.from = r.bucketStarts.first();
    r.to = midnight(today.addDays(1));
    return r;
}

DashboardRange DashboardRange::fixed(qint64 from, qint64 to, qint64 bucketSecs)
{
    DashboardRange r;
    r.from = from;
    r.to = to;
    r.hourly = bucketSecs <= 3600;
    for (qint64 t = from; t < to; t += qMax<qint64>(1, bucketSecs))
        r.bucketStarts << t;
    return r;
}

qint64 VolumeFigures::total(VolumeSeries series) const
{
    qint64 sum = 0;
    for (qint64 n : counts[int(series)])
        sum += n;
    return sum;
}

qint64 DurationHistogram::count() const
{
    qint64 sum = 0;
    for (qint64 n : bins)
        sum += n;
    return sum;
}

double DurationHistogram::shareUnder(qint64 secs) const
{
    const qint64 all = count();
    if (all == 0)
        return 0;
    qint64 under = 0;
    for (int b = 0; b < kDurationBins; ++b) {
        if (binUpper(b) >= 0 && binUpper(b) <= secs)
            under += bins.at(b);
    }
    return double(under) / double(all);
}

DashboardQuery::DashboardQuery(QSqlDatabase db)
    : m_db(db)
    , m_team(db)
{}

bool DashboardQuery::volume(const DashboardRange& range, VolumeFigures* out, QString* error)
{
    VolumeFigures v;
    for (auto& list : v.counts)
        list = QList<qint64>(range.bucketStarts.size(), 0);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!runQuery(q,
                  QStringLiteral("SELECT hour, kind, n FROM activity_hours WHERE hour >= ? AND hour < ?"
                                 " AND kind IN ('opened', 'customer', 'agent', 'app') AND bin = 0"),
                  {range.from, range.to}, error))
        return false;
    while (q.next()) {
        const int bucket = range.bucketOf(q.value(0).toLongLong());
        const QString kind = q.value(1).toString();
        if (bucket < 0)
            continue;
        for (int s = 0; s < kVolumeSeriesCount; ++s) {
            if (kind == QLatin1String(kSeriesKind[s]))
                v.counts[s][bucket] += q.value(2).toLongLong();
        }
    }
    *out = v;
    return true;
}

bool DashboardQuery::firstResponses(const DashboardRange& range, FirstResponseFigures* out, QString* error)
{
    FirstResponseFigures f;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!runQuery(q,
                  QStringLiteral("SELECT bin, SUM(n) FROM activity_hours WHERE hour >= ? AND hour < ?"
                                 " AND kind = 'first_response' GROUP BY bin"),
                  {range.from, range.to}, error))
        return false;
    while (q.next()) {
        const int bin = q.value(0).toInt();
        if (bin >= 0 && bin < kDurationBins)
            f.replied.bins[bin] += q.value(1).toLongLong();
    }
    if (!runQuery(q,
                  QStringLiteral("SELECT COUNT(*) FROM customer_turns WHERE replied_at IS NULL"
                                 " AND started_at >= ? AND started_at < ?"),
                  {range.from, range.to}, error))
        return false;
    if (q.next())
        f.waiting = q.value(0).toLongLong();
    *out = f;
    return true;
}

bool DashboardQuery::resolutions(const DashboardRange& range, DurationHistogram* out, QList<QStringList>* keysByBin,
                                 QString* error)
{
    *out = DurationHistogram();
    if (keysByBin)
        *keysByBin = QList<QStringList>(kDurationBins);
    // TeamQuery::resolutionTimes' rule, each resolution put in its bin.
    return m_team.resolutions(
        range.from, range.to,
        [out, keysByBin](const QString& key, qint64 secs) {
            const int bin = binOf(secs);
            ++out->bins[bin];
            if (keysByBin && !(*keysByBin)[bin].contains(key))
                (*keysByBin)[bin].append(key);
        },
        error);
}

bool DashboardQuery::agentLoads(QList<AgentLoad>* out, QString* error)
{
    return m_team.agentLoads(out, error);
}

bool DashboardQuery::closing(qint64 nowSecs, qint64 withinSecs, QList<ClosingConversation>* out, QString* error)
{
    return m_team.closingWithoutReply(nowSecs, withinSecs, out, error);
}

bool DashboardQuery::costs(const DashboardRange& range, CostSummary* out, QString* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!runQuery(q,
                  QStringLiteral("SELECT SUBSTR(kind, 6), bin, SUM(n) FROM activity_hours WHERE hour >= ? AND hour < ?"
                                 " AND kind LIKE 'cost:%' GROUP BY kind, bin"),
                  {range.from, range.to}, error))
        return false;
    CostSummary s;
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        if (n <= 0)
            continue;
        const QString category = q.value(0).toString();
        for (CostFigures* f : {&s.categoryRow(category), &s.total}) {
            switch (q.value(1).toInt()) {
            case 0:
                f->free += int(n);
                break;
            case 1:
                f->billable += int(n);
                break;
            default:
                f->unknown += int(n);
                break;
            }
        }
    }
    std::sort(s.categories.begin(), s.categories.end(), [](const CostFigures& a, const CostFigures& b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        return a.category < b.category;
    });
    *out = s;
    return true;
}

// The conversations behind a figure are found the same way: conversations active since the
// period's start, most recent first, each probed through an index on its own rows (its thread, its
// turns), until `limit` match. A click reads a few hundred conversations, not the period's rows.
namespace {

bool probe(QSqlDatabase db, const QString& condition, QVariantList values, qint64 from, int limit, QStringList* keys,
           QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    values.prepend(from);
    values.append(limit);
    if (!runQuery(
            q,
            QStringLiteral("SELECT c.contact_key FROM conversations c WHERE c.last_activity_at >= ? AND EXISTS (") +
                condition + QStringLiteral(") ORDER BY c.last_activity_at DESC, c.contact_key DESC LIMIT ?"),
            values, error))
        return false;
    return keysOf(q, keys);
}

} // namespace

bool DashboardQuery::volumeConversations(VolumeSeries series, qint64 from, qint64 to, int limit, QStringList* keys,
                                         QString* error)
{
    if (series == VolumeSeries::Opened)
        return probe(m_db,
                     QStringLiteral("SELECT 1 FROM customer_turns t WHERE t.contact_key = c.contact_key"
                                    " AND t.started_at >= ? AND t.started_at < ?"),
                     {from, to}, from, limit, keys, error);
    return probe(m_db,
                 QStringLiteral("SELECT 1 FROM messages m WHERE m.contact_key = c.contact_key"
                                " AND m.ts >= ? AND m.ts < ? AND m.origin = ?"),
                 {from, to, QString::fromLatin1(kSeriesKind[int(series)])}, from, limit, keys, error);
}

bool DashboardQuery::firstResponseConversations(qint64 from, qint64 to, int bin, int limit, QStringList* keys,
                                                QString* error)
{
    if (bin < 0) // few: the partial index of waiting turns
        return probe(m_db,
                     QStringLiteral("SELECT 1 FROM customer_turns t WHERE t.contact_key = c.contact_key"
                                    " AND t.replied_at IS NULL AND t.started_at >= ? AND t.started_at < ?"),
                     {from, to}, from, limit, keys, error);
    const qint64 upper = binUpper(bin) < 0 ? std::numeric_limits<qint64>::max() : binUpper(bin);
    return probe(m_db,
                 QStringLiteral("SELECT 1 FROM customer_turns t WHERE t.contact_key = c.contact_key"
                                " AND t.started_at >= ? AND t.started_at < ? AND t.replied_at IS NOT NULL"
                                " AND t.replied_at - t.started_at >= ? AND t.replied_at - t.started_at < ?"),
                 {from, to, binLower(bin), upper}, from, limit, keys, error);
}

bool DashboardQuery::agentConversations(const QString& agent, int limit, QStringList* keys, QString* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!runQuery(q,
                  QStringLiteral("SELECT contact_key FROM conversations WHERE assignee = ?"
                                 " AND status NOT IN ('resolved', 'campaign')"
                                 " ORDER BY last_activity_at DESC, contact_key LIMIT ?"),
                  {agent, limit}, error))
        return false;
    return keysOf(q, keys);
}

bool DashboardQuery::costConversations(const QString& category, qint64 from, qint64 to, int limit, QStringList* keys,
                                       QString* error)
{
    return probe(m_db,
                 QStringLiteral("SELECT 1 FROM messages m WHERE m.contact_key = c.contact_key AND m.ts >= ?"
                                " AND m.ts < ? AND m.origin = 'agent' AND (m.pricing_category IS NOT NULL"
                                " OR m.pricing_billable IS NOT NULL OR m.pricing_type IS NOT NULL)"
                                " AND COALESCE(LOWER(m.pricing_category), '') = ?"),
                 {from, to, category}, from, limit, keys, error);
}

bool DashboardQuery::describe(const QStringList& keys, QList<DashboardConversation>* out, QString* error)
{
    out->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT k.book_name, k.profile_name, k.username, c.assignee, c.last_activity_at"
                                  " FROM conversations c LEFT JOIN contacts k ON k.contact_key = c.contact_key"
                                  " WHERE c.contact_key = ?"))) {
        *error = q.lastError().text();
        return false;
    }
    for (const QString& key : keys) {
        q.addBindValue(key);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (!q.next())
            continue;
        DashboardConversation c;
        c.contactKey = key;
        c.displayName = customerDisplayName(key, q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        c.assignee = q.value(3).toString();
        c.lastActivityAt = q.value(4).toLongLong();
        out->append(c);
        q.finish();
    }
    return true;
}

} // namespace duet::store
