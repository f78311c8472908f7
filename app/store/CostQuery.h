// SPDX-License-Identifier: GPL-3.0-or-later
// What the business's API sends cost: messages by Meta's pricing category, billable or free.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace duet::store {

/// The business messages of one pricing category (or all of them, for the total).
struct CostFigures
{
    QString category; ///< Meta's pricing.category in lower case ("marketing", "service", ...); "" for unknown
    int billable = 0; ///< statuses said Meta bills them
    int free = 0;     ///< statuses said they were free (service window, ad entry point, billable false)
    int unknown = 0;  ///< a category arrived but nothing said whether it was billed
    int total() const { return billable + free + unknown; }
};

/// The sums over a period: one row per category (most messages first, then by name) and the total.
struct CostSummary
{
    QList<CostFigures> categories;
    CostFigures total;

    /// The row of `category`, added (all counts 0) when there is none yet.
    CostFigures& categoryRow(const QString& category);
};

/// Sums the business's API sends (agents' replies and templates: origin `agent`; never echoes,
/// which Meta does not bill, nor customers' messages) by pricing category, from what their status
/// webhooks said (docs/STORE.md, "Pricing"). Each message is one row of `messages`, so it counts
/// once however many statuses it had; a message counts in the period holding its send time.
/// Messages no status has priced yet are left out.
/// Usage: `CostSummary s; CostQuery::summary(db, now - 7 * 86400, now + 1, &s, &error);`
class CostQuery
{
public:
    /// The messages sent in [fromSecs, toSecs). False with *error on a database failure.
    static bool summary(QSqlDatabase db, qint64 fromSecs, qint64 toSecs, CostSummary* out, QString* error);
};

} // namespace duet::store
