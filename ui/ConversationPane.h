// SPDX-License-Identifier: GPL-3.0-or-later
// The left pane: search field, filter tabs, sort toggle, and the conversation list or search hits.
#pragma once

#include "ConversationListModel.h"
#include "Theme.h"

#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QToolButton;

namespace duet {
class Clock;
}

namespace duet::ui {

class ConversationDelegate;
class SearchDelegate;
class SearchResultsModel;

/// Binds the conversation list and the search results to their views. Typing in the search
/// field (Ctrl+K) shows matching messages with highlighted snippets in place of the list;
/// choosing a row of either emits conversationChosen(). Filters are segmented buttons in the
/// order Mine, Unassigned, All, Closing soon, Closed (Alt+1..5 in the window).
/// Usage: `ConversationPane pane(clock, theme, &listModel, &searchModel);`
class ConversationPane : public QWidget
{
    Q_OBJECT
public:
    ConversationPane(const Clock& clock, const Theme& theme, ConversationListModel* conversations,
                     SearchResultsModel* search, QWidget* parent = nullptr);

    /// The filters in button order.
    static QList<ConversationListModel::Filter> filterOrder();
    void setFilter(ConversationListModel::Filter filter);
    void setSort(store::ConversationQuery::Sort sort);
    void toggleSort();
    void setSearchText(const QString& text);
    /// Runs the pending search now instead of after the typing pause.
    void searchNow();
    bool isShowingSearch() const;
    void focusSearch();
    /// Moves the selection by `delta` rows and opens that conversation.
    void moveSelection(int delta);
    /// Selects the row of `contactKey` without emitting conversationChosen().
    void selectKey(const QString& contactKey);
    void setTheme(const Theme& theme);
    QListView* listView() const { return m_list; }

signals:
    void conversationChosen(const QString& contactKey, const QString& wamid);
    void filterChanged(duet::ui::ConversationListModel::Filter filter);
    void sortChanged(duet::store::ConversationQuery::Sort sort);

private:
    void updateSortButton();
    void updateEmptyState();

    ConversationListModel* m_conversations;
    SearchResultsModel* m_search;
    ConversationDelegate* m_delegate;
    SearchDelegate* m_searchDelegate;
    QLineEdit* m_searchField;
    QButtonGroup* m_filters;
    QToolButton* m_sort;
    QStackedWidget* m_stack;
    QListView* m_list;
    QListView* m_results;
    QLabel* m_empty;
    QTimer m_searchDelay;
    QTimer m_repaint;
};

} // namespace duet::ui
