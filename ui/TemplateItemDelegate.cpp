// SPDX-License-Identifier: GPL-3.0-or-later
// Painting a template row with its category badge.
#include "TemplateItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace duet::ui {
namespace {

constexpr int kBadgePadding = 6;
constexpr int kBadgeMargin = 4;

} // namespace

QColor TemplateItemDelegate::categoryColor(const QString& code)
{
    const QString c = code.toUpper();
    if (c == QLatin1String("MARKETING"))
        return QColor(0xa8, 0x50, 0x00); // the costliest: warm
    if (c == QLatin1String("AUTHENTICATION"))
        return QColor(0x6a, 0x4c, 0xb0);
    if (c == QLatin1String("UTILITY"))
        return QColor(0x1f, 0x6f, 0xb2);
    return QColor(0x70, 0x70, 0x70);
}

QColor TemplateItemDelegate::categoryTextColor(const QString& code, bool dark)
{
    // The badge colours are dark enough under white text; as text on a dark window they are lit up.
    const QColor color = categoryColor(code);
    return dark ? color.lighter(160) : color;
}

void TemplateItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString badge = index.data(CategoryRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics small(opt.font);
    const int badgeWidth = small.horizontalAdvance(badge) + 2 * kBadgePadding;
    const QRect badgeRect(opt.rect.right() - badgeWidth - kBadgeMargin, opt.rect.top() + 2, badgeWidth,
                          opt.rect.height() - 4);
    // The row as usual, its text kept clear of the badge.
    QStyleOptionViewItem textOpt = opt;
    textOpt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(0, 0, -(badgeWidth + kBadgeMargin), 0);
    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(QPalette::Normal, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    const QColor color = categoryColor(index.data(CategoryCodeRole).toString());
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badgeRect), badgeRect.height() / 2.0, badgeRect.height() / 2.0);
    painter->fillPath(path, selected ? QColor(Qt::white) : color);
    painter->setPen(selected ? color : QColor(Qt::white));
    painter->drawText(badgeRect, Qt::AlignCenter, badge);
    painter->restore();
}

QSize TemplateItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // As wide as the text alone: the row spans the list's width, the name is elided before the
    // badge, and the list never scrolls sideways to show a badge.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 6));
    return size;
}

} // namespace duet::ui
