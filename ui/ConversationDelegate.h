// SPDX-License-Identifier: GPL-3.0-or-later
// Paints one row of the conversation list.
#pragma once

#include "Theme.h"

#include <QStyledItemDelegate>

namespace duet::ui {

/// A painted ConversationListModel row: avatar, name, time, last message preview, unread
/// badge, the window countdown chip, the status when not open, the assignee and labels. Every
/// row has the same height, computed once per font (the cached size hint); texts are elided to fit.
/// Usage: `view->setItemDelegate(new ConversationDelegate(theme, view));`
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(const Theme& theme, QObject* parent = nullptr);

    void setTheme(const Theme& theme) { m_theme = theme; }
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Theme m_theme;
    mutable QFont m_hintFont;
    mutable QSize m_hint;
};

} // namespace duet::ui
