// SPDX-License-Identifier: GPL-3.0-or-later
// A filterable list of the window's actions, opened with Ctrl+Shift+P.
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace duet::ui {

/// Every frequent action in one searchable list with its shortcut: type a few letters, Enter
/// runs the highlighted action. The actions stay owned by the window that registers them.
/// Usage: `CommandPalette palette(actions, window); palette.popup();`
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(const QList<QAction*>& actions, QWidget* parent = nullptr);

    /// Shows the palette near the top of its parent with an empty filter.
    void popup();
    void setFilterText(const QString& text);
    int visibleCount() const;
    /// The action's text of each visible row, in order.
    QStringList visibleActions() const;
    /// Runs the highlighted action and closes; false when nothing matches.
    bool triggerCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<QAction*> m_actions;
    QLineEdit* m_filter;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QListView* m_list;
};

} // namespace duet::ui
