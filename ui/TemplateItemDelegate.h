// SPDX-License-Identifier: GPL-3.0-or-later
// One row of the template picker: the template's name and language, and its category as a badge.
#pragma once

#include <QStyledItemDelegate>

namespace duet::ui {

/// Paints a picker row as the item's text on the left and, on the right, a rounded badge with
/// the category (the CategoryRole text: "Marketing", "Utility", "Authentication"), coloured by
/// CategoryCodeRole, so an agent sees what a send costs before choosing. Rows without a category
/// are painted as plain text.
/// Usage: `list->setItemDelegate(new TemplateItemDelegate(list));`
class TemplateItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        CategoryRole = Qt::UserRole + 1, ///< the translated category, shown in the badge
        CategoryCodeRole,                ///< MARKETING, UTILITY, AUTHENTICATION: the badge's colour
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The badge's colour for a category code (also used by tests and the cost line).
    static QColor categoryColor(const QString& code);
    /// The category's colour for text on the window: readable on the light and the dark theme.
    static QColor categoryTextColor(const QString& code, bool dark);
};

} // namespace duet::ui
