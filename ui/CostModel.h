// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's cost table: the last days' business messages by pricing category, billable or free.
#pragma once

#include "store/CostQuery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace duet::ui {

/// One row per pricing category (PricingText::categoryName()) and a last "Total" row; columns
/// Category, Billable, Free, Total (messages whose billing no status stated count in Total only).
/// Usage: `CostModel m(db); m.reload(now - 7 * 86400, now + 1);`
class CostModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, BillableColumn, FreeColumn, TotalColumn, ColumnCount };
    enum Role {
        CategoryCodeRole = Qt::UserRole + 1, ///< Meta's category code; null on the total row
        CountRole,                           ///< int of the cell (count columns)
    };

    explicit CostModel(QSqlDatabase db, QObject* parent = nullptr);

    /// Re-reads the business messages sent in [fromSecs, toSecs); false (and lastError()) on failure.
    bool reload(qint64 fromSecs, qint64 toSecs);
    const store::CostSummary& summary() const { return m_summary; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QSqlDatabase m_db;
    store::CostSummary m_summary;
    QString m_error;
};

} // namespace duet::ui
