// SPDX-License-Identifier: GPL-3.0-or-later
// A filterable list of the window's actions, opened with Ctrl+Shift+P.
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>

class QAction;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace duet::ui {

/// Every frequent action in one searchable list with its shortcut: type a few letters, Enter
/// runs the highlighted action. The actions stay owned by the window that registers them; the
/// palette asks `commands` for them each time it opens, so commands registered later are listed.
/// Usage: `CommandPalette palette([&] { return window.commands(); }, &window); palette.popup();`
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    using Source = std::function<QList<QAction*>()>;
    explicit CommandPalette(Source commands, QWidget* parent = nullptr);

    /// Re-reads the commands and shows the palette near the top of its parent with an empty filter.
    void popup();
    /// Re-reads the commands (popup() does); the filter stays.
    void reload();
    void setFilterText(const QString& text);
    int visibleCount() const;
    /// The action's text of each visible row, in order.
    QStringList visibleActions() const;
    /// The shortcut shown on each visible row ("" for none), in the same order.
    QStringList visibleShortcuts() const;
    /// Runs the highlighted action and closes; false when nothing matches.
    bool triggerCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Source m_source;
    QList<QPointer<QAction>> m_actions;
    QLineEdit* m_filter;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QListView* m_list;
};

} // namespace duet::ui
