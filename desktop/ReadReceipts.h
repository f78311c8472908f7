// SPDX-License-Identifier: GPL-3.0-or-later
// Customers see their messages read when an agent opens them, and "typing…" while an agent answers.
#pragma once

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace duet {
class Clock;
}
namespace duet::outbound {
class OutboundDriver;
}
namespace duet::sync {
class SyncClient;
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
/// Usage: `ReadReceipts r(clock, store.connection(), sync, driver); r.conversationViewed(key);`
class ReadReceipts : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kTypingIntervalMs = 25'000;
    static constexpr qint64 kMaxAgeSecs = 30 * 24 * 3600;

    ReadReceipts(const Clock& clock, QSqlDatabase store, sync::SyncClient& sync, outbound::OutboundDriver& driver,
                 QObject* parent = nullptr);

    /// Whether receipts and typing indicators are sent: the hub welcomed this desk and its team
    /// setting is on.
    bool isEnabled() const;
    void conversationViewed(const QString& conversationKey);
    void replyTyped(const QString& conversationKey);

    int receiptsSubmitted() const { return m_receipts; }
    int typingSubmitted() const { return m_typing; }

private:
    /// The newest customer message of the conversation that Meta still lets mark read; empty when none.
    QString newestCustomerMessage(const QString& key, int* unread) const;

    const Clock& m_clock;
    QSqlDatabase m_store;
    sync::SyncClient& m_sync;
    outbound::OutboundDriver& m_driver;
    QHash<QString, QString> m_marked;    ///< conversation -> the newest message this desk marked read
    QHash<QString, qint64> m_typingAtMs; ///< conversation -> when the last typing indicator was submitted
    int m_receipts = 0;
    int m_typing = 0;
};

} // namespace duet::desktop
