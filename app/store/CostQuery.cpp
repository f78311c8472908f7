// SPDX-License-Identifier: GPL-3.0-or-later
// What the business's API sends cost: messages by Meta's pricing category, billable or free.
#include "CostQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace duet::store {

CostFigures& CostSummary::categoryRow(const QString& category)
{
    const auto it = std::find_if(categories.begin(), categories.end(),
                                 [&category](const CostFigures& f) { return f.category == category; });
    if (it != categories.end())
        return *it;
    CostFigures f;
    f.category = category;
    categories.append(f);
    return categories.last();
}

namespace {

// billed: 1, 0, or NULL when nothing says. pricing.billable decides when present; otherwise the
// type does (statuses before webhook v24 carry no type, later ones may lack billable).
const char kSummary[] =
    "SELECT COALESCE(LOWER(pricing_category), ''), billed, COUNT(*) FROM ("
    " SELECT pricing_category, CASE WHEN pricing_billable IS NOT NULL THEN pricing_billable"
    "  WHEN pricing_type IN ('free_customer_service', 'free_entry_point') THEN 0"
    "  WHEN pricing_type = 'regular' THEN 1 ELSE NULL END AS billed"
    " FROM messages WHERE origin = 'agent' AND ts >= ? AND ts < ?"
    " AND (pricing_category IS NOT NULL OR pricing_billable IS NOT NULL OR pricing_type IS NOT NULL)) priced"
    " GROUP BY COALESCE(LOWER(pricing_category), ''), billed";

void add(CostFigures* f, const QVariant& billed, int count)
{
    if (billed.isNull())
        f->unknown += count;
    else if (billed.toInt() != 0)
        f->billable += count;
    else
        f->free += count;
}

} // namespace

bool CostQuery::summary(QSqlDatabase db, qint64 fromSecs, qint64 toSecs, CostSummary* out, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QString::fromLatin1(kSummary))) {
        *error = q.lastError().text();
        return false;
    }
    q.addBindValue(qlonglong(fromSecs));
    q.addBindValue(qlonglong(toSecs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    CostSummary s;
    while (q.next()) {
        const QString category = q.value(0).toString();
        const int count = q.value(2).toInt();
        add(&s.categoryRow(category), q.value(1), count);
        add(&s.total, q.value(1), count);
    }
    std::sort(s.categories.begin(), s.categories.end(), [](const CostFigures& a, const CostFigures& b) {
        if (a.total() != b.total())
            return a.total() > b.total();
        return a.category < b.category;
    });
    *out = s;
    return true;
}

} // namespace duet::store
