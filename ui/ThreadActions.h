// SPDX-License-Identifier: GPL-3.0-or-later
// What the agent does to one row of the thread: reply, react, copy, download, the outbox buttons.
#pragma once

#include <QObject>
#include <QStringList>

class QPoint;
class QWidget;

namespace duet {
class Clock;
}

namespace duet::ui {

class BubbleDelegate;
class Composer;
class ThreadModel;
class ThreadView;
class VoicePlayer;

/// The actions on the rows of one thread, reached from the row's context menu, the bubble's
/// painted buttons and links, the keyboard (Ctrl+Up/Ctrl+Down quote the previous/next message)
/// and files dropped on the thread (they go to the composer). Quoting and attaching act on the
/// Composer; everything else becomes a signal that ThreadPane passes on to the composition root.
/// It owns no widget: ThreadPane builds the view, the delegate and the composer, and the actions'
/// menus and dialogs open over `pane`.
/// Usage: `ThreadActions actions(clock, model, view, delegate, composer, pane);`
class ThreadActions : public QObject
{
    Q_OBJECT
public:
    ThreadActions(const Clock& clock, ThreadModel* model, ThreadView* view, BubbleDelegate* delegate,
                  Composer* composer, QWidget* pane);

    /// Quotes `row` in the composer (a message only: not a note, an outbox row or a service row).
    void replyToRow(int row);
    void reactToRow(int row, const QString& emoji);
    /// Opens the row's downloaded file (an image in the viewer, a voice note or audio file plays
    /// in its bubble, other files with the desktop's application), or asks for its download.
    void downloadRow(int row);
    /// The player voice notes play in; without one they open with the desktop's application.
    void setVoicePlayer(VoicePlayer* player) { m_voice = player; }
    /// Shows a downloaded image full size (MediaViewer) over the pane; returns the viewer.
    QWidget* viewImage(const QString& path, const QString& title);
    /// Plays or pauses a downloaded voice note or audio file in its bubble; when it cannot play
    /// here, the desktop's own player opens it.
    void play(const QString& mediaId, const QString& path);
    /// Opens the row's context menu at `globalPos` (Reply, React, Copy, Retry, …).
    void showRowMenu(int row, const QPoint& globalPos);
    /// One of the row's ActionsRole actions ("retry", "resend", "discard", "send_now",
    /// "reschedule", "cancel_scheduled").
    void perform(int row, const QString& action);
    /// The emoji the React menu offers.
    static QStringList reactionEmoji();
    /// Quotes the message before (older than) the one being quoted, starting from the newest.
    void replyToPrevious();
    /// Quotes the message after the one being quoted; past the newest it cancels the quote.
    void replyToNext();
    /// Follows a link of a row's details (MessageDetails): a map or web address opens with
    /// QDesktopServices; "chat:<digits>" emits conversationRequested().
    void activateLink(const QString& link);

signals:
    void retryRequested(qint64 outboxId);
    void resendRequested(qint64 outboxId);
    void discardRequested(qint64 outboxId);
    void sendScheduledNowRequested(qint64 outboxId);
    void cancelScheduledRequested(qint64 outboxId);
    void rescheduleRequested(qint64 outboxId, qint64 dueAtMs);
    void reactRequested(const QString& contactKey, const QString& wamid, const QString& emoji);
    void mediaDownloadRequested(const QString& wamid, const QString& mediaId);
    void conversationRequested(const QString& digits);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int rowAt(const QPoint& viewportPos) const;

    const Clock& m_clock;
    ThreadModel* m_model;
    ThreadView* m_view;
    const QObject* m_viewport = nullptr; ///< m_view's viewport, the drop target (compared, never called)
    Composer* m_composer;
    QWidget* m_pane;
    VoicePlayer* m_voice = nullptr;
};

} // namespace duet::ui
