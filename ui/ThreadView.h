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
/// Usage: `ThreadView v; v.setThreadModel(&model); model.setConversation(key); v.scrollToNewest();`
class ThreadView : public QListView
{
    Q_OBJECT
public:
    explicit ThreadView(QWidget* parent = nullptr);

    void setThreadModel(ThreadModel* model);
    /// Scrolls to the newest message, loading older pages until the viewport is full.
    void scrollToNewest();
    bool isAtNewest() const;
    /// Loads one older page if there is one, keeping the visible messages where they are.
    bool loadOlder();
    /// Loads older pages until the message is in the model (a bounded number of pages) and
    /// scrolls to it; false when the thread does not hold it.
    bool revealMessage(const QString& wamid);

protected:
    void verticalScrollbarValueChanged(int value) override;
    void resizeEvent(QResizeEvent* event) override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent* event) override;

private:
    ThreadModel* m_thread = nullptr;
    bool m_loading = false;
    bool m_stickToBottom = false;
    bool m_opening = false;
    bool m_relayoutQueued = false;
    int m_keepFromBottom = -1; ///< while older rows go in: the distance to keep from the bottom
};

} // namespace duet::ui
