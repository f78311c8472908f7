// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon with the unread count, and calm notifications for new messages and assignments.
#pragma once

#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace duet {
class Clock;
}

namespace duet::ui {

/// Decides which notifications to show, without a tray: testable on its own. Arrivals are
/// collected with add() and released by flush() (TrayNotifier calls it a moment after the first
/// arrival, so a burst such as a catch-up becomes one batch). A conversation is notified at most
/// once per `perConversationMs`; a batch touching more than `summaryAbove` conversations becomes
/// one summary; nothing is shown for the conversation the agent is looking at (setWatching()).
/// Usage: `NotificationCoalescer c(clock); c.add({key, name, text}); for (auto& n : c.flush()) show(n);`
class NotificationCoalescer
{
public:
    struct Settings
    {
        qint64 perConversationMs = 60'000; ///< at most one notification per conversation in this time
        int summaryAbove = 3;              ///< more conversations than this in one batch: one summary
    };
    /// Something that happened in a conversation.
    struct Arrival
    {
        QString conversation; ///< contact key
        QString title;        ///< who: the contact's name
        QString text;         ///< what: the message's text, or "Assigned to you"
        bool isAssignment = false;
    };
    /// What to show. A summary has an empty conversation and counts.
    struct Notification
    {
        QString conversation;
        QString title;
        QString text;
        int messages = 1;      ///< arrivals it stands for
        int conversations = 1; ///< conversations it stands for
        bool isSummary() const { return conversation.isEmpty(); }
    };

    explicit NotificationCoalescer(const Clock& clock);
    NotificationCoalescer(const Clock& clock, const Settings& settings);

    /// The conversation on screen in the active window; empty when the window is not active.
    void setWatching(const QString& conversation) { m_watching = conversation; }
    void add(const Arrival& arrival);
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// The notifications for what arrived since the last flush (possibly none).
    QList<Notification> flush();

private:
    const Clock& m_clock;
    Settings m_settings;
    QString m_watching;
    QList<Arrival> m_pending;
    QHash<QString, qint64> m_lastShownMs; ///< conversation -> when it was last notified
};

/// The tray icon: the Duet icon with the unread count painted on it (also in the window's
/// title), and the coalesced notifications (NotificationCoalescer) as tray messages; a click on
/// one asks to open its conversation. Without a system tray (offscreen, some desktops) the
/// title still shows the count and notifications are only counted (notificationsShown()).
/// Usage: `TrayNotifier tray(clock, &window); tray.setUnread(n); tray.notify({key, name, text});`
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(const Clock& clock, QWidget* window, QObject* parent = nullptr);
    ~TrayNotifier() override;

    /// The sum of unread messages: painted on the icon and put in the window title.
    void setUnread(int count);
    int unread() const { return m_unread; }
    /// Queues an arrival; shown (coalesced) a moment later.
    void notify(const NotificationCoalescer::Arrival& arrival);
    void setWatching(const QString& conversation) { m_coalescer.setWatching(conversation); }
    /// Shows what is pending now (the timer calls it; tests may too).
    void flush();
    bool hasTray() const { return m_tray != nullptr; }
    int notificationsShown() const { return m_shown; }
    QList<NotificationCoalescer::Notification> lastShown() const { return m_lastShown; }
    /// The window title for a base title and an unread count: "(3) Duet".
    static QString titleWithCount(const QString& title, int unread);
    /// The tray icon with `count` painted on it (none at 0).
    static QIcon badgeIcon(const QIcon& base, int count);

signals:
    /// The agent clicked a notification of one conversation.
    void openRequested(const QString& conversation);

private:
    void updateTitle();

    QWidget* m_window;
    NotificationCoalescer m_coalescer;
    QSystemTrayIcon* m_tray = nullptr;
    QIcon m_baseIcon;
    QString m_baseTitle;
    QString m_lastConversation;
    QTimer m_batch;
    int m_unread = 0;
    int m_shown = 0;
    QList<NotificationCoalescer::Notification> m_lastShown;
};

} // namespace duet::ui
