// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon, its unread badge and the coalesced notifications.
#include "TrayNotifier.h"

#include "core/Clock.h"

#include <QApplication>
#include <QPainter>
#include <QSet>
#include <QSystemTrayIcon>
#include <QWidget>

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

TrayNotifier::TrayNotifier(const Clock& clock, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_coalescer(clock)
    , m_baseIcon(QApplication::windowIcon())
    , m_baseTitle(window ? window->windowTitle() : QString())
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(1500);
    connect(&m_batch, &QTimer::timeout, this, &TrayNotifier::flush);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(badgeIcon(m_baseIcon, 0), this);
        m_tray->setToolTip(tr("Duet"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastConversation.isEmpty())
                emit openRequested(m_lastConversation);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason) {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
}

TrayNotifier::~TrayNotifier() = default;

QString TrayNotifier::titleWithCount(const QString& title, int unread)
{
    return unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(title) : title;
}

QIcon TrayNotifier::badgeIcon(const QIcon& base, int count)
{
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (!base.isNull()) {
        base.paint(&p, pixmap.rect());
    } else {
        p.setBrush(QColor(0x25, 0xd3, 0x66));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(4, 4, 56, 56));
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(34);
        f.setBold(true);
        p.setFont(f);
        p.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("D"));
    }
    if (count > 0) {
        const QString text = count > 99 ? QStringLiteral("99+") : QString::number(count);
        const QRectF badge(28, 0, 36, 28);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xe5, 0x39, 0x35));
        p.drawRoundedRect(badge, 14, 14);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(text.size() > 2 ? 15 : 20);
        f.setBold(true);
        p.setFont(f);
        p.drawText(badge, Qt::AlignCenter, text);
    }
    p.end();
    return QIcon(pixmap);
}

void TrayNotifier::setUnread(int count)
{
    if (count == m_unread)
        return;
    m_unread = count;
    if (m_tray) {
        m_tray->setIcon(badgeIcon(m_baseIcon, count));
        m_tray->setToolTip(count > 0 ? tr("Duet: %n unread", nullptr, count) : tr("Duet"));
    }
    updateTitle();
}

void TrayNotifier::updateTitle()
{
    if (!m_window)
        return;
    // The title may have been changed by someone else (the demo): keep its base.
    const QString current = m_window->windowTitle();
    const QString expected = titleWithCount(m_baseTitle, m_unread);
    if (current != expected && !current.startsWith(QLatin1Char('(')))
        m_baseTitle = current;
    m_window->setWindowTitle(titleWithCount(m_baseTitle, m_unread));
}

void TrayNotifier::notify(const NotificationCoalescer::Arrival& arrival)
{
    m_coalescer.add(arrival);
    if (m_coalescer.hasPending() && !m_batch.isActive())
        m_batch.start();
}

void TrayNotifier::flush()
{
    m_batch.stop();
    const QList<NotificationCoalescer::Notification> shown = m_coalescer.flush();
    if (shown.isEmpty())
        return;
    m_lastShown = shown;
    m_shown += int(shown.size());
    // At most one tray message per batch (the system queues them otherwise): the newest.
    const NotificationCoalescer::Notification& n = shown.last();
    m_lastConversation = n.conversation;
    if (m_tray) {
        const QString text = shown.size() > 1 ? n.text + QLatin1Char('\n') +
                                                    tr("and %n more conversation(s)", nullptr, int(shown.size()) - 1)
                                              : n.text;
        m_tray->showMessage(n.title, text, QSystemTrayIcon::Information, 8'000);
    }
}

} // namespace duet::ui
