// SPDX-License-Identifier: GPL-3.0-or-later
// Read receipts on opening a conversation, typing indicators while replying, both through the limiter.
#include "ReadReceipts.h"

#include "core/Clock.h"
#include "outbound/OutboundDriver.h"
#include "store/CustomerIdentity.h"

#include <QSqlQuery>
#include <QVariant>

namespace duet::desktop {

ReadReceipts::ReadReceipts(const Clock& clock, QSqlDatabase store, outbound::OutboundDriver& driver, Team team,
                           QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_store(store)
    , m_driver(driver)
    , m_team(std::move(team))
{}

QString ReadReceipts::newestCustomerMessage(const QString& key, int* unread) const
{
    QSqlQuery q(m_store);
    q.prepare(QStringLiteral("SELECT unread_count FROM conversations WHERE contact_key = ?"));
    q.addBindValue(key);
    *unread = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("SELECT wamid FROM messages WHERE contact_key = ? AND origin = 'customer' AND ts >= ?"
                             " ORDER BY ts DESC, rowid DESC LIMIT 1"));
    q.addBindValue(key);
    q.addBindValue(m_clock.nowSecs() - kMaxAgeSecs);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void ReadReceipts::conversationViewed(const QString& conversationKey)
{
    if (!isEnabled() || conversationKey.isEmpty())
        return;
    QString key = conversationKey;
    store::CustomerIdentity::currentKey(m_store, conversationKey, &key, nullptr);
    int unread = 0;
    const QString wamid = newestCustomerMessage(key, &unread);
    if (wamid.isEmpty() || unread <= 0 || m_marked.value(key) == wamid)
        return;
    if (m_driver.submitReadReceipt(key, wamid) == 0)
        return; // no endpoint yet, or sends are on hold: the next opening tries again
    m_marked.insert(key, wamid);
    ++m_receipts;
    if (m_team.markRead)
        m_team.markRead(key, wamid); // the team's unread count; refused offline, and then simply not cleared
}

void ReadReceipts::replyTyped(const QString& conversationKey)
{
    if (!isEnabled() || conversationKey.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    const auto recent = [&](const QString& k) {
        const auto last = m_typingAtMs.constFind(k);
        return last != m_typingAtMs.constEnd() && now - *last < kTypingIntervalMs;
    };
    // Every keystroke comes here: the throttle answers before the store is asked anything.
    if (recent(conversationKey))
        return;
    QString key = conversationKey;
    store::CustomerIdentity::currentKey(m_store, conversationKey, &key, nullptr);
    if (key != conversationKey && recent(key))
        return;
    int unread = 0;
    const QString wamid = newestCustomerMessage(key, &unread);
    if (wamid.isEmpty() || m_driver.submitReadReceipt(key, wamid, true) == 0)
        return;
    m_typingAtMs.insert(key, now);
    m_marked.insert(key, wamid); // the indicator marks the message read too
    ++m_typing;
}

} // namespace duet::desktop
