// SPDX-License-Identifier: GPL-3.0-or-later
// Which notifications to show for what arrived: at most one per conversation a minute, bursts summed up.
#include "NotificationCoalescer.h"

#include "core/Clock.h"

#include <QObject>

#include <utility>

namespace duet::ui {

NotificationCoalescer::NotificationCoalescer(const Clock& clock)
    : NotificationCoalescer(clock, Settings())
{}

NotificationCoalescer::NotificationCoalescer(const Clock& clock, const Settings& settings)
    : m_clock(clock)
    , m_settings(settings)
{}

void NotificationCoalescer::add(const Arrival& arrival)
{
    if (!arrival.conversation.isEmpty() && arrival.conversation == m_watching)
        return; // the agent is reading it
    m_pending << arrival;
}

QList<NotificationCoalescer::Notification> NotificationCoalescer::flush()
{
    QList<Notification> out;
    const QList<Arrival> batch = std::exchange(m_pending, {});
    if (batch.isEmpty())
        return out;
    const qint64 now = m_clock.nowMs();
    // One entry per conversation, in order of first arrival; the latest text wins.
    QList<QString> order;
    QHash<QString, Notification> byConversation;
    for (const Arrival& a : batch) {
        if (!a.conversation.isEmpty() && a.conversation == m_watching)
            continue;
        auto it = byConversation.find(a.conversation);
        if (it == byConversation.end()) {
            order << a.conversation;
            byConversation.insert(a.conversation, {a.conversation, a.title, a.text, 1, 1});
        } else {
            it->text = a.text;
            ++it->messages;
        }
    }
    if (order.size() > m_settings.summaryAbove) {
        Notification summary;
        summary.conversations = int(order.size());
        summary.messages = 0;
        for (const QString& key : std::as_const(order)) {
            summary.messages += byConversation.value(key).messages;
            m_lastShownMs.insert(key, now);
        }
        summary.title = QObject::tr("Duet");
        summary.text = QObject::tr("%n new message(s)", nullptr, summary.messages) + QStringLiteral(" · ") +
                       QObject::tr("%n conversation(s)", nullptr, summary.conversations);
        out << summary;
        return out;
    }
    for (const QString& key : std::as_const(order)) {
        const auto last = m_lastShownMs.constFind(key);
        if (last != m_lastShownMs.constEnd() && now - *last < m_settings.perConversationMs)
            continue; // notified a moment ago: the badge counts it
        m_lastShownMs.insert(key, now);
        out << byConversation.value(key);
    }
    return out;
}

} // namespace duet::ui
