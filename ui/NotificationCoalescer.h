// SPDX-License-Identifier: GPL-3.0-or-later
// Which notifications to show for what arrived: at most one per conversation a minute, bursts summed up.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

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

} // namespace duet::ui
