// SPDX-License-Identifier: GPL-3.0-or-later
// The right pane: the contact's header with the window countdown, the thread, the composer.
#pragma once

#include "Theme.h"
#include "store/ConversationQuery.h"
#include "store/ThreadQuery.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace duet {
class Clock;
}

namespace duet::ui {

class BubbleDelegate;
class CannedReplies;
class Composer;
struct ComposedMessage;
class DraftStore;
class TemplateCatalog;
class ThreadActions;
class MediaAutoDownload;
class ThreadHeader;
class ThreadModel;
class ThreadView;
class ThumbnailLoader;
class VideoPosters;
class VoicePlayer;

/// Shows one conversation: a header (name, number, window chip, refreshed every second from
/// the clock), the painted thread and the composer. It binds; the ThreadModel does the reading.
/// It turns what the agent does in the thread into signals the composition root wires to the
/// outbound pipeline and the sync client: retries, resends, discards, reactions, downloads,
/// notes and presence ("viewing" on open and again every 20 s while the window is active, since
/// the hub lets presence expire after 30 s; "composing" while typing, at most every 5 s; "left").
/// The header shows other agents' presence and takes extra widgets (addHeaderWidget()).
/// Usage: `ThreadPane pane(clock, theme, &threadModel, drafts, catalog); pane.showConversation(summary);`
class ThreadPane : public QWidget
{
    Q_OBJECT
public:
    ThreadPane(const Clock& clock, const Theme& theme, ThreadModel* model, DraftStore& drafts,
               const TemplateCatalog& templates, QWidget* parent = nullptr);

    void showConversation(const store::ConversationSummary& summary);
    /// The open conversation was merged into `summary`'s, or renamed to it: shows it, keeping
    /// what the composer holds (CustomerIdentity::currentKey() says where a key went).
    void followConversation(const store::ConversationSummary& summary);
    void clear();
    /// The conversation shown; a null key when none.
    const store::ConversationSummary& summary() const { return m_summary; }

    /// "Ask for the phone number", for a customer known by username: inside the window it emits
    /// contactRequestRequested() with contactRequestText(); outside it the composer offers the
    /// templates with a Share Contact Info button. Returns what to tell the agent.
    QString askForPhoneNumber();
    /// The question the interactive request carries above WhatsApp's Share Contact Info button.
    static QString contactRequestText();
    /// The action behind the header's "Ask for number" button (shown only while the open
    /// customer's number is unknown).
    void setAskAction(QAction* action);
    QToolButton* askButton() const { return m_askButton; }
    void setTheme(const Theme& theme);
    /// The chip text in the header ("18 h left", "Closed"); null without a window.
    QString headerChip() const;
    QString headerTitle() const;
    /// The line under the name: the number as people read it, or "@name · phone number not
    /// shared · country" for a customer known by username.
    QString headerIdentity() const;
    /// The header's count of the thread's scheduled sends ("2 scheduled"); null when none.
    QString scheduledText() const;
    Composer* composer() const { return m_composer; }
    ThreadView* threadView() const { return m_view; }
    BubbleDelegate* bubbleDelegate() const { return m_delegate; }
    /// The actions on the thread's rows (ThreadActions); the row functions below call it.
    ThreadActions* actions() const { return m_actions; }
    /// The open conversation's automatic media downloads (MediaAutoDownload).
    MediaAutoDownload* autoDownload() const { return m_autoDownload; }
    /// The largest media file the open conversation fetches without a click (the team's setting).
    void setAutoDownloadLimit(qint64 bytes);
    ThumbnailLoader* thumbnails() const { return m_thumbnails; }
    VoicePlayer* voicePlayer() const { return m_voice; }
    VideoPosters* videoPosters() const { return m_posters; }

    /// The header row (the painted title, then added widgets at its right end).
    QWidget* headerBar() const { return m_headerBar; }
    /// Adds a widget (a team bar, a button) to the right end of the header.
    void addHeaderWidget(QWidget* widget);
    /// The signed-in agent: left out of the presence shown, {agent} in canned replies.
    void setAgentName(const QString& agent);
    void setCannedReplies(CannedReplies* replies);
    /// "Ana is replying…", "Ana is viewing"; null when nobody else is here.
    QString presenceText() const { return m_presenceText; }
    /// "Stopped marketing messages on 3 Dec" under the name when the customer asked so; null otherwise.
    QString marketingText() const { return m_marketingText; }
    /// The header's text for a customer's latest marketing preference (null for none or "resume").
    static QString marketingTextFor(const QString& value, qint64 atSecs);
    /// Re-reads the other agents' presence from the store (on opening a thread and on
    /// conversationsChanged); tick() drops what expires in between without a query.
    void refreshPresence();
    /// Says "left" for the open conversation (the window closes); "viewing" follows again on the
    /// first tick() with the window shown and active.
    void leavePresence();
    /// What the 1 s timer does: repaints the header's countdown, re-reads the others' presence and
    /// re-sends our "viewing" before the hub expires it. Public so tests can drive it with a FakeClock.
    void tick();
    /// What the send guard says now (a recent phone-app message, another agent composing).
    QString sendWarning() const;

    // Actions on a thread row (context menu, painted buttons, shortcuts).
    void replyToRow(int row);
    void reactToRow(int row, const QString& emoji);
    void downloadRow(int row);
    /// Opens the row's context menu at `globalPos` (Reply, React, Copy, Retry, …).
    void showRowMenu(int row, const QPoint& globalPos);
    /// The emoji the React menu offers.
    static QStringList reactionEmoji();
    /// Quotes the message before (older than) the one being quoted, starting from the newest:
    /// Ctrl+Up, as in Telegram. replyToNext() goes back down and past the newest cancels.
    void replyToPrevious();
    void replyToNext();
    /// Follows a link of a row's details (MessageDetails): a map or web address opens with
    /// QDesktopServices; "chat:<digits>" asks for that number's conversation (conversationRequested()).
    void activateLink(const QString& link);

signals:
    void sendRequested(const duet::ui::ComposedMessage& message);
    void retryRequested(qint64 outboxId);
    void resendRequested(qint64 outboxId);
    void discardRequested(qint64 outboxId);
    /// A scheduled send's bubble actions: go now, cancel, or move to `dueAtMs`.
    void sendScheduledNowRequested(qint64 outboxId);
    void cancelScheduledRequested(qint64 outboxId);
    void rescheduleRequested(qint64 outboxId, qint64 dueAtMs);
    void reactRequested(const QString& contactKey, const QString& wamid, const QString& emoji);
    void mediaDownloadRequested(const QString& wamid, const QString& mediaId);
    /// Fetch `mediaId` when Meta states at most `maxBytes` (0: only learn its size): the open
    /// conversation's previews (MediaAutoDownload).
    void mediaAutoDownloadRequested(const QString& mediaId, qint64 maxBytes);
    void noteRequested(const QString& contactKey, const QString& text);
    /// "viewing", "composing" or "left" for `contactKey`.
    void presenceChanged(const QString& contactKey, const QString& state);
    /// Send the interactive request_contact_info message with `bodyText` to `contactKey`.
    void contactRequestRequested(const QString& contactKey, const QString& bodyText);
    /// Open (or start) the conversation with the number `digits` (a shared contact card's number).
    void conversationRequested(const QString& digits);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onTyping();
    /// Emits presenceChanged() and remembers when "viewing"/"composing" was last said.
    void announce(const QString& contactKey, const QString& state);
    void wireActions();
    /// The header's presence text from m_presence, leaving out what expired by now.
    QString presenceTextNow() const;
    /// Rebuilds m_presenceText from m_presence and shows it.
    void showPresence();

    const Clock& m_clock;
    ThreadModel* m_model;
    QWidget* m_headerBar;
    QHBoxLayout* m_headerLayout;
    ThreadHeader* m_header;
    QToolButton* m_askButton;
    QLabel* m_scheduled = nullptr; ///< the header's scheduled-sends count
    /// Shows scheduledText() in the header (on each model change and each second).
    void showScheduled();
    store::ConversationSummary m_summary;
    ThreadView* m_view;
    BubbleDelegate* m_delegate;
    Composer* m_composer;
    ThreadActions* m_actions;
    ThumbnailLoader* m_thumbnails;
    VoicePlayer* m_voice;
    VideoPosters* m_posters;
    MediaAutoDownload* m_autoDownload;
    QWidget* m_divider;
    QWidget* m_headerDivider; ///< the line under the header and whatever was added beside it
    QTimer m_ticker;
    QString m_agent;
    QString m_presenceText;
    QString m_marketingText;
    QList<store::PresenceItem> m_presence; ///< the open thread's presence as last read (refreshPresence())
    qint64 m_lastComposingMs = 0;
    qint64 m_presenceSentMs = 0; ///< when "viewing"/"composing" was last sent; 0 after "left"
};

} // namespace duet::ui
