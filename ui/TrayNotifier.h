// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon with the unread count, and calm notifications for new messages and assignments.
#pragma once

#include "NotificationCoalescer.h"

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
