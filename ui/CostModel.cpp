// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's cost table: the last days' business messages by pricing category, billable or free.
#include "CostModel.h"

#include "PricingText.h"

#include <QFont>

namespace duet::ui {

CostModel::CostModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

bool CostModel::reload(qint64 fromSecs, qint64 toSecs)
{
    store::CostSummary summary;
    QString error;
    const bool ok = store::CostQuery::summary(m_db, fromSecs, toSecs, &summary, &error);
    beginResetModel();
    m_summary = ok ? summary : store::CostSummary();
    m_error = ok ? QString() : error;
    endResetModel();
    return ok;
}

int CostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_summary.categories.size()) + 1;
}

int CostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = index.row() == m_summary.categories.size();
    const store::CostFigures& f = totalRow ? m_summary.total : m_summary.categories.at(index.row());
    const int column = index.column();
    int count = 0;
    switch (column) {
    case BillableColumn:
        count = f.billable;
        break;
    case FreeColumn:
        count = f.free;
        break;
    case TotalColumn:
        count = f.total();
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == CategoryColumn) {
            if (totalRow)
                return tr("Total");
            return f.category.isEmpty() ? tr("Not stated") : PricingText::categoryName(f.category);
        }
        return QString::number(count);
    case CountRole:
        return column == CategoryColumn ? QVariant() : QVariant(count);
    case CategoryCodeRole:
        return totalRow ? QString() : f.category;
    case Qt::TextAlignmentRole:
        return column == CategoryColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totalRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TotalColumn && f.unknown > 0)
            return tr("%n message(s) whose billing Meta has not stated yet", nullptr, f.unknown);
        return {};
    default:
        return {};
    }
}

QVariant CostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case BillableColumn:
        return tr("Billable");
    case FreeColumn:
        return tr("Free");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace duet::ui
