// SPDX-License-Identifier: GPL-3.0-or-later
// Customers see their messages read when an agent opens them, and "typing…" while an agent answers.
#pragma once

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace duet {
class Clock;
}
namespace duet::outbound {
class OutboundDriver;
}

namespace duet::desktop {

/// Sends Meta's read receipts and typing indicators for the agent at this desk (docs/OUTBOUND.md
/// "Read receipts and typing"), when the team's setting (the welcome's `team.read_receipts`) is on:
/// - conversationViewed(): a conversation with unread customer messages was opened: its newest
///   customer message is marked read on WhatsApp once (a receipt marks the earlier ones too), and
///   the team's `mark_read` command clears the unread count on every desk, so no other desk and
///   no restart marks it again;
/// - replyTyped(): the agent types a reply: the typing indicator on the newest customer message,
///   at most once per 25 s per conversation (Meta shows it until the reply, or for 25 s).
/// Both go through the OutboundDriver's limiter like any request, are not messages and are never
/// retried. Messages older than 30 days are not marked (Meta's limit). Time is the injected clock.
/// Usage: `ReadReceipts r(clock, store.connection(), driver, {enabled, teamRead}); r.conversationViewed(key);`
class ReadReceipts : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kTypingIntervalMs = 25'000;
    static constexpr qint64 kMaxAgeSecs = 30 * 24 * 3600;

    /// What the sync layer tells and does (the Workspace wires a SyncClient in).
    struct Team
    {
        /// The hub welcomed this desk and the team's setting is on.
        std::function<bool()> enabled;
        /// The team's `mark_read` command for a conversation's newest customer message.
        std::function<void(const QString& conversation, const QString& wamid)> markRead;
    };

    ReadReceipts(const Clock& clock, QSqlDatabase store, outbound::OutboundDriver& driver, Team team,
                 QObject* parent = nullptr);

    bool isEnabled() const { return m_team.enabled && m_team.enabled(); }
    void conversationViewed(const QString& conversationKey);
    void replyTyped(const QString& conversationKey);

    int receiptsSubmitted() const { return m_receipts; }
    int typingSubmitted() const { return m_typing; }

private:
    /// The newest customer message of the conversation that Meta still lets mark read; empty when none.
    QString newestCustomerMessage(const QString& key, int* unread) const;

    const Clock& m_clock;
    QSqlDatabase m_store;
    outbound::OutboundDriver& m_driver;
    Team m_team;
    QHash<QString, QString> m_marked;    ///< conversation -> the newest message this desk marked read
    QHash<QString, qint64> m_typingAtMs; ///< conversation -> when the last typing indicator was submitted
    int m_receipts = 0;
    int m_typing = 0;
};

} // namespace duet::desktop
