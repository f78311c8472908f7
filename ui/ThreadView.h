// SPDX-License-Identifier: GPL-3.0-or-later
// The thread's list view: opens at the newest message, loads older pages as it nears the top.
#pragma once

#include <QListView>

namespace duet::ui {

class ThreadModel;

/// A QListView for a ThreadModel that pages upwards. Qt's views fetch more when the LAST row is
/// visible, which for a thread means "always"; so the model is shown through a proxy that hides
/// canFetchMore, and this view asks ThreadModel::requestOlder() itself when the scroll position
/// comes within a few screens of the top (the page is read off the UI thread and goes in a slice
/// per event-loop turn), keeping the messages in view still while older ones are prepended.
/// A long thread is laid out again whenever rows go in, at a cost that grows with the rows
/// loaded; so the view keeps a window of them (setWindowRows()): once a page has gone in and the
/// rows are half as many again, those far from the screen are dropped, and scrolling back towards
/// them reads them again (ThreadModel::requestNewer() below, requestOlder() above).
/// Usage: `ThreadView v; v.setThreadModel(&model); model.setConversation(key); v.scrollToNewest();`
class ThreadView : public QListView
{
    Q_OBJECT
public:
    explicit ThreadView(QWidget* parent = nullptr);

    void setThreadModel(ThreadModel* model);
    /// The rows kept loaded around the screen (at least), 0 for all; 250 unless set.
    void setWindowRows(int rows) { m_windowRows = qMax(0, rows); }
    int windowRows() const { return m_windowRows; }
    /// Scrolls to the newest message, loading older pages until the viewport is full; when the
    /// newest messages were dropped, the thread is read again from its newest page.
    void scrollToNewest();
    /// Whether the newest message is loaded and scrolled to.
    bool isAtNewest() const;
    /// Loads one older page if there is one, keeping the visible messages where they are.
    bool loadOlder();
    /// Loads older pages until the message is in the model (a bounded number of pages; from the
    /// newest page again when the newest were dropped) and scrolls to it; false when the thread
    /// does not hold it.
    bool revealMessage(const QString& wamid);

protected:
    void verticalScrollbarValueChanged(int value) override;
    void resizeEvent(QResizeEvent* event) override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// Drops the rows far from the screen once they are half as many again as the window: the
    /// newest after a page above went in, the oldest after a page below.
    void trimWindow();
    /// Rows went in or out above the screen: lays out and scrolls back to the distance from the
    /// bottom kept before (m_keepFromBottom), so the messages in view stay still.
    void keepPlace();

    ThreadModel* m_thread = nullptr;
    int m_windowRows = 250;
    bool m_trimQueued = false;
    bool m_trimNewest = true; ///< the last page went in above: trimWindow() drops the newest
    bool m_loading = false;
    bool m_stickToBottom = false;
    bool m_opening = false;
    bool m_relayoutQueued = false;
    int m_keepFromBottom = -1; ///< while older rows go in: the distance to keep from the bottom
};

} // namespace duet::ui
