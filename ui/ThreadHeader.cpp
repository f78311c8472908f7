// SPDX-License-Identifier: GPL-3.0-or-later
// The painted header above the thread: avatar, name, identity line, presence and window chip.
#include "ThreadHeader.h"

#include "CustomerText.h"
#include "PaintHelpers.h"
#include "TimeText.h"
#include "core/Clock.h"
#include "core/ServiceWindow.h"

#include <QCoreApplication>
#include <QPainter>

namespace duet::ui {

ThreadHeader::ThreadHeader(const Clock& clock, const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_theme(theme)
{
    setAccessibleName(QCoreApplication::translate("duet::ui::ThreadPane", "Conversation header"));
    setFixedHeight(60);
}

void ThreadHeader::setSummary(const store::ConversationSummary& summary, bool shown)
{
    m_summary = summary;
    m_shown = shown;
    setAccessibleDescription(shown ? CustomerText::fullLine(summary) : QString());
    setToolTip(shown ? plainToolTip(CustomerText::fullLine(summary)) : QString());
    // Room for "@name · phone number not shared" before the widgets beside the header take it.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const int line =
        shown ? QFontMetrics(small).horizontalAdvance(CustomerText::identityLine(CustomerFacts::of(summary), false))
              : 0;
    setMinimumWidth(qMin(66 + line + 16, 400));
    update();
}

void ThreadHeader::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

QString ThreadHeader::chip() const
{
    const qint64 now = m_clock.nowSecs();
    return m_shown ? TimeText::chip(ServiceWindow::at(m_summary.lastCustomerAt, now), now) : QString();
}

QString ThreadHeader::title() const
{
    return m_shown ? CustomerText::name(m_summary) : QString();
}

QString ThreadHeader::identity() const
{
    return m_shown ? CustomerText::identityLine(CustomerFacts::of(m_summary)) : QString();
}

void ThreadHeader::setMarketing(const QString& text)
{
    if (text == m_marketing)
        return;
    m_marketing = text;
    update();
}

void ThreadHeader::setPresence(const QString& presence)
{
    if (presence == m_presence)
        return;
    m_presence = presence;
    update();
}

void ThreadHeader::paintEvent(QPaintEvent* /*event*/)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.base); // the line below is the pane's, under the whole header bar
    if (!m_shown)
        return;
    const QRect avatar(14, 10, 40, 40);
    Paint::avatar(&p, avatar, CustomerText::avatarName(CustomerFacts::of(m_summary)), m_summary.contactKey, font());
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.1);
    const QFontMetrics fm(bold);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    QFont smallBold = small;
    smallBold.setBold(true);
    const qint64 now = m_clock.nowSecs();
    const ServiceWindow w = ServiceWindow::at(m_summary.lastCustomerAt, now);
    const QString chipText = TimeText::chip(w, now);
    const int chipWidth = chipText.isEmpty() ? 0 : Paint::pillWidth(smallBold, chipText);
    const int left = avatar.right() + 12;
    const int right = width() - 16 - (chipWidth ? chipWidth + 12 : 0);
    p.setFont(bold);
    p.setPen(m_theme.text);
    p.drawText(QRect(left, 11, right - left, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(title(), Qt::ElideRight, right - left));
    p.setFont(small);
    p.setPen(m_theme.secondaryText);
    const QFontMetrics sfm(small);
    // The chip sits on the name's line: the line below has the whole width.
    const QRect subRect(left, 13 + fm.height(), width() - 16 - left, sfm.height());
    const auto subLine = [this](bool withCountry) {
        QString line = CustomerText::identityLine(CustomerFacts::of(m_summary), withCountry);
        if (!m_summary.assignee.isEmpty())
            line += (line.isEmpty() ? QString() : QStringLiteral("  ·  ")) +
                    QCoreApplication::translate("duet::ui::ThreadPane", "assigned to %1").arg(m_summary.assignee);
        if (!m_marketing.isEmpty())
            line += (line.isEmpty() ? QString() : QStringLiteral("  ·  ")) + m_marketing;
        return line;
    };
    // Narrow: the country goes first, so "phone number not shared" stays readable.
    const int presenceWidth =
        m_presence.isEmpty() ? 0 : sfm.horizontalAdvance(m_presence) + sfm.horizontalAdvance(QStringLiteral("  ·  "));
    QString sub = subLine(true);
    if (sfm.horizontalAdvance(sub) > subRect.width() - presenceWidth)
        sub = subLine(false);
    if (!m_presence.isEmpty()) {
        // Who else is here comes first: it is what the agent must not miss.
        const QString presence = sfm.elidedText(m_presence, Qt::ElideRight, subRect.width());
        p.setPen(m_theme.accent);
        p.drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, presence);
        const int used = sfm.horizontalAdvance(presence) + sfm.horizontalAdvance(QStringLiteral("  "));
        p.setPen(m_theme.secondaryText);
        if (used < subRect.width())
            p.drawText(subRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       sfm.elidedText(QStringLiteral("·  ") + sub, Qt::ElideRight, subRect.width() - used));
    } else {
        p.drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(sub, Qt::ElideRight, subRect.width()));
    }
    if (chipWidth) {
        const QColor colour = w.state == ServiceWindow::State::Closing  ? m_theme.chipClosing
                              : w.state == ServiceWindow::State::Closed ? m_theme.chipClosed
                                                                        : m_theme.chipOpen;
        Paint::pill(&p, QRect(width() - 16 - chipWidth, 11, chipWidth, fm.height()), chipText, smallBold, colour,
                    m_theme.chipText);
    }
}

} // namespace duet::ui
