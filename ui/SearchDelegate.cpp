// SPDX-License-Identifier: GPL-3.0-or-later
// Painting a search hit with highlighted matches.
#include "SearchDelegate.h"

#include "PaintHelpers.h"
#include "SearchResultsModel.h"
#include "TimeText.h"
#include "core/Clock.h"

#include <QPainter>
#include <QTextLayout>

namespace duet::ui {

SearchDelegate::SearchDelegate(const Clock& clock, const Theme& theme, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_theme(theme)
{}

QSize SearchDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    return QSize(260, 2 * QFontMetrics(option.font).height() + 20);
}

void SearchDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    QRect r = option.rect.adjusted(14, 8, -12, -8);
    const QFontMetrics fm(option.font);
    p->save();
    p->fillRect(option.rect, selected ? m_theme.selection : m_theme.base);
    if (index.data(SearchResultsModel::IsCustomerRole).toBool()) {
        // A customer, not a message: their avatar before the name.
        const int size = qMin(r.height(), 2 * fm.height());
        Paint::avatar(p, QRect(r.left(), r.top() + (r.height() - size) / 2, size, size),
                      index.data(SearchResultsModel::NameRole).toString(),
                      index.data(SearchResultsModel::ContactKeyRole).toString(), option.font);
        r.setLeft(r.left() + size + 10);
    }
    const QColor text = selected ? m_theme.selectionText : m_theme.text;
    const QColor secondary = selected ? m_theme.selectionText : m_theme.secondaryText;

    const QString time =
        TimeText::listStamp(index.data(SearchResultsModel::TimestampRole).toLongLong(), m_clock.nowSecs());
    QFont bold = option.font;
    bold.setBold(true);
    const int timeWidth = fm.horizontalAdvance(time);
    p->setPen(secondary);
    p->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, fm.height()), Qt::AlignRight, time);
    p->setFont(bold);
    p->setPen(text);
    p->drawText(QRect(r.left(), r.top(), r.width() - timeWidth - 8, fm.height()), Qt::AlignLeft,
                QFontMetrics(bold).elidedText(index.data(SearchResultsModel::NameRole).toString(), Qt::ElideRight,
                                              r.width() - timeWidth - 8));

    // The snippet, one line, with the matches bold on a highlight.
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QTextLayout layout(snippet, option.font);
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant& v : index.data(SearchResultsModel::SnippetRangesRole).toList()) {
        const QPoint range = v.toPoint();
        QTextLayout::FormatRange f;
        f.start = range.x();
        f.length = range.y();
        f.format.setFontWeight(QFont::Bold);
        f.format.setForeground(selected ? m_theme.selection : m_theme.text);
        QColor lit = selected ? m_theme.selectionText : m_theme.chipClosing;
        lit.setAlpha(selected ? 255 : 90);
        f.format.setBackground(lit);
        formats << f;
    }
    layout.setFormats(formats);
    QTextOption noWrap;
    noWrap.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(noWrap);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(r.width());
    layout.endLayout();
    p->setPen(secondary);
    p->setClipRect(QRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height() + 2));
    layout.draw(p, QPointF(r.left(), r.top() + fm.height() + 3));
    p->restore();
}

} // namespace duet::ui
