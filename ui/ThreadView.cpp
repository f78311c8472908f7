// SPDX-License-Identifier: GPL-3.0-or-later
// Upward paging for the thread view.
#include "ThreadView.h"

#include "ThreadModel.h"

#include <QIdentityProxyModel>
#include <QPainter>
#include <QScrollBar>

namespace duet::ui {
namespace {

constexpr int kPrefetchPixels = 600; // at least this close to the top, older messages are read ahead
constexpr int kPrefetchScreens = 3;  // and within this many viewport heights of it

/// Hides the thread's canFetchMore from the view, which would otherwise fetch whenever the
/// bottom row is visible.
class NoAutoFetchProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex&) const override { return false; }
    void fetchMore(const QModelIndex&) override {}
};

} // namespace

ThreadView::ThreadView(QWidget* parent)
    : QListView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::NoSelection);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    verticalScrollBar()->setSingleStep(24);
}

void ThreadView::setThreadModel(ThreadModel* model)
{
    m_thread = model;
    auto* proxy = new NoAutoFetchProxy(this);
    proxy->setSourceModel(model);
    setModel(proxy);
    // A new conversation: its first page arrives right after the reset; open it at the bottom.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_opening = !m_loading; });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex&, int first, int) {
        m_stickToBottom = first > 0 && isAtNewest(); // not for a page after a window short of the end
        // Older rows read ahead arrive above: the messages in view stay where they are.
        m_keepFromBottom = -1;
        if (first == 0 && !m_opening && !m_loading && m_thread->rowCount() > 0)
            m_keepFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
    });
    // A row that changed may have changed height (a failure line, a thumbnail, an outbox row
    // replaced by its store row): lay the rows out again, once, and stay at the newest if there.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                if (!roles.isEmpty() && !roles.contains(ThreadModel::LayoutRevisionRole))
                    return;
                if (isAtNewest())
                    m_stickToBottom = true;
                scheduleDelayedItemsLayout();
                if (!m_relayoutQueued) {
                    m_relayoutQueued = true;
                    QMetaObject::invokeMethod(
                        this,
                        [this] {
                            m_relayoutQueued = false;
                            executeDelayedItemsLayout();
                            if (m_stickToBottom)
                                scrollToBottom();
                            m_stickToBottom = false;
                        },
                        Qt::QueuedConnection);
                }
            });
    // Rows dropped above the screen: the messages in view stay where they are.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int) {
        m_keepFromBottom = -1;
        if (first == 0 && !m_loading) {
            executeDelayedItemsLayout();
            m_keepFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
        }
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int) {
        if (first == 0)
            keepPlace();
    });
    const auto pageIn = [this](bool above) {
        m_trimNewest = above;
        if (m_trimQueued || m_windowRows == 0)
            return;
        m_trimQueued = true;
        QMetaObject::invokeMethod(this, &ThreadView::trimWindow, Qt::QueuedConnection);
    };
    connect(model, &ThreadModel::olderPageLoaded, this, [pageIn] { pageIn(true); });
    connect(model, &ThreadModel::newerPageLoaded, this, [pageIn] { pageIn(false); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int) {
        if (m_opening) {
            m_opening = false;
            executeDelayedItemsLayout();
            scrollToBottom();
            // The model is still inside its fetch: fill the viewport with older pages afterwards.
            QMetaObject::invokeMethod(this, &ThreadView::scrollToNewest, Qt::QueuedConnection);
        } else if (first > 0 && m_stickToBottom) {
            executeDelayedItemsLayout();
            scrollToBottom();
        } else if (first == 0) {
            keepPlace();
        }
    });
}

void ThreadView::keepPlace()
{
    if (m_keepFromBottom < 0)
        return;
    const int fromBottom = m_keepFromBottom;
    m_keepFromBottom = -1;
    m_loading = true; // the scroll below is no reason to read further by itself
    executeDelayedItemsLayout();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum() - fromBottom);
    m_loading = false;
}

bool ThreadView::isAtNewest() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4 && (!m_thread || m_thread->isAtEnd());
}

void ThreadView::trimWindow()
{
    m_trimQueued = false;
    const int rows = m_thread ? m_thread->rowCount() : 0;
    if (m_windowRows == 0 || rows <= m_windowRows + m_windowRows / 2)
        return;
    executeDelayedItemsLayout();
    const QModelIndex top = indexAt(QPoint(1, 1));
    const QModelIndex bottom = indexAt(QPoint(1, viewport()->height() - 2));
    const int topRow = top.isValid() ? top.row() : 0;
    const int bottomRow = bottom.isValid() ? bottom.row() : rows - 1;
    const int margin = m_windowRows / 4; // rows kept beyond the screen on the side that goes
    if (m_trimNewest)
        m_thread->dropNewest(qMax(bottomRow + 1 + margin, m_windowRows));
    else
        m_thread->dropOldest(qMin(topRow - margin, rows - m_windowRows));
}

void ThreadView::scrollToNewest()
{
    if (m_thread && !m_thread->isAtEnd()) {
        // The newest rows were dropped: read the thread again from its newest page, which opens
        // at the bottom (the reset's rows) and fills the viewport.
        const QString key = m_thread->conversation();
        m_thread->setConversation(key);
        return;
    }
    executeDelayedItemsLayout();
    scrollToBottom();
    // Fill the viewport: a short newest page leaves no scroll bar to pull on.
    for (int guard = 0; guard < 20 && verticalScrollBar()->maximum() == 0 && m_thread && m_thread->canFetchMore({});
         ++guard) {
        m_thread->fetchMore({});
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

bool ThreadView::loadOlder()
{
    if (!m_thread || m_loading || !m_thread->canFetchMore({}))
        return false;
    m_loading = true;
    QScrollBar* bar = verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    m_thread->fetchMore({});
    executeDelayedItemsLayout();
    bar->setValue(bar->maximum() - fromBottom);
    m_loading = false;
    return true;
}

bool ThreadView::revealMessage(const QString& wamid)
{
    if (!m_thread)
        return false;
    constexpr int kMaxPages = 200;
    m_loading = true; // one layout at the end, not one per page
    if (!m_thread->isAtEnd() && m_thread->placeOf(wamid) > 0) {
        // It is among the newest rows, which were dropped: from the newest page again.
        const QString key = m_thread->conversation();
        m_thread->setConversation(key);
    }
    for (int page = 0; page < kMaxPages && m_thread->rowOfWamid(wamid) < 0 && m_thread->canFetchMore({}); ++page)
        m_thread->fetchMore({});
    m_loading = false;
    const int row = m_thread->rowOfWamid(wamid);
    if (row < 0)
        return false;
    executeDelayedItemsLayout();
    scrollTo(model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    return true;
}

void ThreadView::verticalScrollbarValueChanged(int value)
{
    // Not the base class: it fetches more at the bottom, where a thread has nothing more. The
    // page before the loaded ones is read off the UI thread well before the top is reached.
    if (m_loading || !m_thread)
        return;
    const int ahead = qMax(kPrefetchPixels, kPrefetchScreens * viewport()->height());
    if (value < ahead)
        m_thread->requestOlder();
    if (!m_thread->isAtEnd() && value > verticalScrollBar()->maximum() - ahead)
        m_thread->requestNewer();
}

void ThreadView::updateGeometries()
{
    QListView::updateGeometries();
    // A short thread sits at the bottom, above the composer, as chats do: pad the top.
    const int available = height() - 2 * frameWidth();
    const int content = contentsSize().height();
    const int top = model() && model()->rowCount() > 0 ? qMax(0, available - content) : 0;
    if (top != viewportMargins().top())
        setViewportMargins(0, top, 0, 0);
}

void ThreadView::paintEvent(QPaintEvent* event)
{
    QListView::paintEvent(event);
    if (!m_thread || !m_thread->conversation().isEmpty())
        return;
    // No conversation open: say what to do, in a pill like the day separators.
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QString text = tr("Choose a conversation to start messaging");
    const QFontMetrics fm(font());
    const QRect pill(0, 0, fm.horizontalAdvance(text) + 2 * fm.height(), fm.height() + 12);
    const QRect centred = pill.translated(viewport()->rect().center() - pill.center());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawRoundedRect(centred, centred.height() / 2.0, centred.height() / 2.0);
    p.setPen(Qt::white);
    p.drawText(centred, Qt::AlignCenter, text);
}

void ThreadView::resizeEvent(QResizeEvent* event)
{
    const bool atNewest = isAtNewest();
    QListView::resizeEvent(event);
    if (atNewest) {
        executeDelayedItemsLayout();
        scrollToBottom();
    }
}

} // namespace duet::ui
