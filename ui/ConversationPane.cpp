// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation pane's widgets and their bindings.
#include "ConversationPane.h"

#include "ConversationDelegate.h"
#include "SearchDelegate.h"
#include "SearchResultsModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace duet::ui {

using Filter = ConversationListModel::Filter;

QList<Filter> ConversationPane::filterOrder()
{
    return {Filter::Mine, Filter::Unassigned, Filter::All, Filter::ClosingSoon, Filter::Closed};
}

ConversationPane::ConversationPane(const Clock& clock, const Theme& theme, ConversationListModel* conversations,
                                   SearchResultsModel* search, QWidget* parent)
    : QWidget(parent)
    , m_conversations(conversations)
    , m_search(search)
    , m_delegate(new ConversationDelegate(theme, this))
    , m_searchDelegate(new SearchDelegate(clock, theme, this))
    , m_searchField(new QLineEdit(this))
    , m_filters(new QButtonGroup(this))
    , m_sort(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_results(new QListView(this))
    , m_empty(new QLabel(this))
{
    setAccessibleName(tr("Conversations"));
    m_searchField->setPlaceholderText(tr("Search  (Ctrl+K)"));
    m_searchField->setToolTip(
        tr("Messages by their words; customers by name, @username, any part of their number or their user ID."));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search messages"));

    const QStringList names = {tr("Mine"), tr("Unassigned"), tr("All"), tr("Closing"), tr("Closed")};
    const QStringList tips = {tr("Conversations assigned to you (Alt+1)"), tr("Nobody is assigned (Alt+2)"),
                              tr("Every conversation (Alt+3)"), tr("The 24-hour window closes within the hour (Alt+4)"),
                              tr("The 24-hour window is closed: templates only (Alt+5)")};
    auto* filterRow = new QHBoxLayout;
    filterRow->setSpacing(2);
    const QList<Filter> order = filterOrder();
    for (int i = 0; i < order.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setText(names.at(i));
        button->setToolTip(tips.at(i));
        button->setAccessibleName(tr("Filter: %1").arg(names.at(i)));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setProperty("segment", true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Never narrower than its words (plus the padding): short labels give way to long ones.
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(names.at(i)) + 14);
        m_filters->addButton(button, int(order.at(i)));
        filterRow->addWidget(button);
    }
    m_sort->setAutoRaise(true);
    m_sort->setProperty("segment", true);
    m_sort->setAccessibleName(tr("Sort order"));

    for (QListView* view : {m_list, m_results}) {
        view->setFrameShape(QFrame::NoFrame);
        view->setUniformItemSizes(true);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setMouseTracking(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_stack->addWidget(view);
    }
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    m_list->setModel(conversations);
    m_list->setItemDelegate(m_delegate);
    m_list->setAccessibleName(tr("Conversation list"));
    m_results->setModel(search);
    m_results->setItemDelegate(m_searchDelegate);
    m_results->setAccessibleName(tr("Search results"));

    auto* top = new QVBoxLayout;
    top->setContentsMargins(10, 10, 10, 4);
    top->setSpacing(6);
    auto* searchRow = new QHBoxLayout;
    searchRow->setSpacing(6);
    searchRow->addWidget(m_searchField, 1);
    searchRow->addWidget(m_sort);
    top->addLayout(searchRow);
    top->addLayout(filterRow);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(180);
    connect(m_searchField, &QLineEdit::textChanged, this, [this] {
        updateEmptyState();
        m_searchDelay.start();
    });
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(conversations), static_cast<QAbstractItemModel*>(search)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &ConversationPane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationPane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationPane::updateEmptyState);
    }
    connect(&m_searchDelay, &QTimer::timeout, this, &ConversationPane::searchNow);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });
    connect(m_sort, &QToolButton::clicked, this, &ConversationPane::toggleSort);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        // The open conversation leaving the list (claimed from Unassigned, snoozed) keeps the thread.
        if (index.isValid() && !m_conversations->isRemovingRows())
            emit conversationChosen(index.data(ConversationListModel::ContactKeyRole).toString(), QString());
    });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex& index) {
        emit conversationChosen(index.data(SearchResultsModel::ContactKeyRole).toString(),
                                index.data(SearchResultsModel::WamidRole).toString());
    });
    connect(m_results, &QListView::activated, m_results, &QListView::clicked);
    // Chips count down: repaint the visible rows now and then (nothing is re-read).
    m_repaint.setInterval(20 * 1000);
    connect(&m_repaint, &QTimer::timeout, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(&m_repaint, &QTimer::timeout, m_conversations, &ConversationListModel::checkSnoozes);
    m_repaint.start();
    m_filters->button(int(conversations->filter()))->setChecked(true);
    updateSortButton();
    setTheme(theme);
}

void ConversationPane::setFilter(Filter filter)
{
    if (QAbstractButton* b = m_filters->button(int(filter)))
        b->setChecked(true);
    if (filter == m_conversations->filter() && m_conversations->rowCount() > 0)
        return;
    m_conversations->setFilter(filter);
    m_conversations->reload();
    emit filterChanged(filter);
}

void ConversationPane::setSort(store::ConversationQuery::Sort sort)
{
    if (sort != m_conversations->sort()) {
        m_conversations->setSort(sort);
        m_conversations->reload();
        emit sortChanged(sort);
    }
    updateSortButton();
}

void ConversationPane::toggleSort()
{
    setSort(m_conversations->sort() == store::ConversationQuery::ByActivity ? store::ConversationQuery::ByWindowClosing
                                                                            : store::ConversationQuery::ByActivity);
}

void ConversationPane::updateSortButton()
{
    const bool byActivity = m_conversations->sort() == store::ConversationQuery::ByActivity;
    m_sort->setText(byActivity ? tr("Recent") : tr("Closing"));
    m_sort->setToolTip(byActivity ? tr("Sorted by last activity. Click to sort by window closing time.")
                                  : tr("Sorted by window closing time. Click to sort by last activity."));
}

void ConversationPane::setSearchText(const QString& text)
{
    m_searchField->setText(text);
}

void ConversationPane::searchNow()
{
    m_searchDelay.stop();
    m_search->search(m_searchField->text());
    updateEmptyState();
}

bool ConversationPane::isShowingSearch() const
{
    return !m_searchField->text().trimmed().isEmpty();
}

void ConversationPane::updateEmptyState()
{
    // The list, the search hits, or a line saying why there is nothing to show.
    const bool searching = isShowingSearch();
    QListView* view = searching ? m_results : m_list;
    if (view->model()->rowCount() > 0) {
        m_stack->setCurrentWidget(view);
        return;
    }
    if (searching)
        m_empty->setText(m_searchDelay.isActive() || m_search->text() != m_searchField->text().trimmed()
                             ? tr("Searching…")
                             : tr("No customer or message matches “%1”.").arg(m_searchField->text().trimmed()));
    else
        m_empty->setText(tr("No conversations here."));
    m_stack->setCurrentWidget(m_empty);
}

void ConversationPane::focusSearch()
{
    m_searchField->setFocus();
    m_searchField->selectAll();
}

void ConversationPane::moveSelection(int delta)
{
    QListView* view = isShowingSearch() ? m_results : m_list;
    const int rows = view->model()->rowCount();
    if (rows == 0)
        return;
    const int current = view->currentIndex().isValid() ? view->currentIndex().row() : (delta > 0 ? -1 : rows);
    const int next = qBound(0, current + delta, rows - 1);
    view->setCurrentIndex(view->model()->index(next, 0));
    if (view == m_results)
        emit m_results->clicked(view->currentIndex());
}

void ConversationPane::selectKey(const QString& contactKey)
{
    const int row = m_conversations->rowOfKey(contactKey);
    const QSignalBlocker block(m_list->selectionModel());
    if (row >= 0)
        m_list->setCurrentIndex(m_conversations->index(row));
    else
        m_list->clearSelection();
    m_list->viewport()->update();
}

void ConversationPane::setTheme(const Theme& theme)
{
    // Segmented filter buttons: flat, the chosen one filled with the accent; a rounded search field.
    const QString hover = (theme.dark ? theme.base.lighter(130) : theme.window).name();
    setStyleSheet(QStringLiteral("QToolButton[segment=\"true\"] { border: none; border-radius: 11px; padding: 3px 7px;"
                                 " color: %1; }"
                                 "QToolButton[segment=\"true\"]:hover { background: %2; color: %3; }"
                                 "QToolButton[segment=\"true\"]:checked { background: %4; color: %5; }"
                                 "QLineEdit { border: 1px solid %6; border-radius: 12px; padding: 4px 10px;"
                                 " background: %7; color: %3; }"
                                 "QLineEdit:focus { border: 1px solid %4; background: %8; }")
                      .arg(theme.secondaryText.name(), hover, theme.text.name(), theme.accent.name(),
                           theme.accentText.name(), theme.divider.name(), theme.window.name(), theme.base.name()));
    m_delegate->setTheme(theme);
    m_searchDelegate->setTheme(theme);
    m_list->verticalScrollBar()->setStyleSheet(theme.scrollBarStyle());
    m_results->verticalScrollBar()->setStyleSheet(theme.scrollBarStyle());
    m_list->viewport()->update();
    m_results->viewport()->update();
}

} // namespace duet::ui
