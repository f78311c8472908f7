// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon, its unread badge and the coalesced notifications.
#include "TrayNotifier.h"

#include "core/Clock.h"

#include <QApplication>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace duet::ui {

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
