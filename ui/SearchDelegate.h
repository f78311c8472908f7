// SPDX-License-Identifier: GPL-3.0-or-later
// Paints a search hit: the conversation's name, the time and the snippet with its matches lit.
#pragma once

#include "Theme.h"

#include <QStyledItemDelegate>

namespace duet {
class Clock;
}

namespace duet::ui {

/// A painted SearchResultsModel row; the matched words are drawn bold on a highlight.
/// Usage: `view->setItemDelegate(new SearchDelegate(clock, theme, view));`
class SearchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SearchDelegate(const Clock& clock, const Theme& theme, QObject* parent = nullptr);
    void setTheme(const Theme& theme) { m_theme = theme; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const Clock& m_clock;
    Theme m_theme;
};

} // namespace duet::ui
