// SPDX-License-Identifier: GPL-3.0-or-later
// Painting a conversation row.
#include "ConversationDelegate.h"

#include "ConversationListModel.h"
#include "PaintHelpers.h"

#include <QPainter>

namespace duet::ui {
namespace {

constexpr int kPad = 10;
constexpr int kAvatar = 50;

QFont smallOf(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.84 : 8);
    return f;
}

} // namespace

ConversationDelegate::ConversationDelegate(const Theme& theme, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_theme(theme)
{}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    if (m_hint.isEmpty() || m_hintFont != option.font) {
        const QFontMetrics fm(option.font);
        const QFontMetrics small(smallOf(option.font));
        m_hintFont = option.font;
        m_hint = QSize(280, qMax(kAvatar, 2 * fm.height() + small.height() + 10) + 2 * kPad);
    }
    return m_hint;
}

void ConversationDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRect r = option.rect;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(r, selected  ? m_theme.selection
                   : hovered ? (m_theme.dark ? m_theme.base.lighter(115) : m_theme.window)
                             : m_theme.base);
    const QColor text = selected ? m_theme.selectionText : m_theme.text;
    const QColor secondary = selected ? m_theme.selectionText : m_theme.secondaryText;

    const QString name = index.data(ConversationListModel::DisplayNameRole).toString();
    const QString key = index.data(ConversationListModel::ContactKeyRole).toString();
    const QRect avatar(r.left() + kPad, r.top() + (r.height() - kAvatar) / 2, kAvatar, kAvatar);
    Paint::avatar(p, avatar, index.data(ConversationListModel::AvatarNameRole).toString(), key, option.font);

    const int left = avatar.right() + 12;
    const int right = r.right() - kPad - 2;
    QFont bold = option.font;
    bold.setBold(true);
    const QFont small = smallOf(option.font);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetrics fm(option.font);
    const QFontMetrics sm(small);
    const int line1 = r.top() + kPad + 1;
    const int line2 = line1 + fm.height() + 2;
    const int line3 = line2 + fm.height() + 5;

    // Line 1: the name and the time.
    const QString time = index.data(ConversationListModel::TimeTextRole).toString();
    const int timeWidth = sm.horizontalAdvance(time);
    p->setFont(small);
    p->setPen(secondary);
    p->drawText(QRect(right - timeWidth, line1, timeWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter, time);
    p->setFont(bold);
    p->setPen(text);
    const int nameWidth = right - timeWidth - 8 - left;
    const QString shownName = QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameWidth);
    p->drawText(QRect(left, line1, nameWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, shownName);
    // A customer known by username: the @username after the name, as far as it fits.
    const QString handle = index.data(ConversationListModel::HandleRole).toString();
    const int used = QFontMetrics(bold).horizontalAdvance(shownName) + 6;
    if (!handle.isEmpty() && handle != name && shownName == name &&
        nameWidth - used > sm.horizontalAdvance(QStringLiteral("@ab…"))) {
        p->setFont(small);
        p->setPen(secondary);
        p->drawText(QRect(left + used, line1, nameWidth - used, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    sm.elidedText(handle, Qt::ElideRight, nameWidth - used));
    }

    // Line 2: the preview and the unread badge.
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    int previewRight = right;
    if (unread > 0) {
        const QString count = unread > 999 ? QStringLiteral("999+") : QString::number(unread);
        const int w = qMax(Paint::pillWidth(smallBold, count), QFontMetrics(smallBold).height() + 2);
        const QColor badge = selected ? m_theme.selectionText : m_theme.unreadBadge;
        const QColor badgeText = selected ? m_theme.selection : m_theme.badgeText;
        const int h = QFontMetrics(smallBold).height() + 2;
        p->setPen(Qt::NoPen);
        p->setBrush(badge);
        const QRectF b(right - w + 1, line2 + (fm.height() - h) / 2.0, w, h);
        p->drawRoundedRect(b, h / 2.0, h / 2.0);
        p->setFont(smallBold);
        p->setPen(badgeText);
        p->drawText(b, Qt::AlignCenter, count);
        previewRight = right - w - 8;
    }
    p->setFont(option.font);
    p->setPen(secondary);
    const QString preview = index.data(ConversationListModel::PreviewRole).toString();
    p->drawText(QRect(left, line2, previewRight - left, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(preview, Qt::ElideRight, previewRight - left));

    // Line 3: the window chip, the assignee, the labels, as far as they fit.
    int x = left;
    const QRect chipLine(left, line3, right - left, sm.height() + 2);
    const QString chip = index.data(ConversationListModel::WindowChipRole).toString();
    if (!chip.isEmpty()) {
        const auto state = ServiceWindow::State(index.data(ConversationListModel::WindowStateRole).toInt());
        const QColor colour = state == ServiceWindow::State::Closing  ? m_theme.chipClosing
                              : state == ServiceWindow::State::Closed ? m_theme.chipClosed
                                                                      : m_theme.chipOpen;
        x += Paint::pill(p, QRect(x, chipLine.top(), 0, chipLine.height()), chip, smallBold, colour, m_theme.chipText) +
             6;
    }
    const QString assignee = index.data(ConversationListModel::AssigneeRole).toString();
    QStringList tags;
    const QString status = index.data(ConversationListModel::StatusTextRole).toString();
    if (!status.isEmpty())
        tags << status; // pending, snoozed until…, resolved: before the rest, so it fits
    if (!assignee.isEmpty())
        tags << QStringLiteral("@") + assignee;
    tags << index.data(ConversationListModel::LabelsRole).toStringList();
    const QColor tagBack = selected ? m_theme.selection.lighter(120)
                                    : (m_theme.dark ? m_theme.base.lighter(140) : QColor(0xe9, 0xee, 0xf3));
    for (const QString& tag : std::as_const(tags)) {
        const QString shown = sm.elidedText(tag, Qt::ElideRight, 120);
        if (x + Paint::pillWidth(small, shown) > right)
            break;
        x += Paint::pill(p, QRect(x, chipLine.top(), 0, chipLine.height()), shown, small, tagBack,
                         selected ? m_theme.selectionText : m_theme.secondaryText) +
             5;
    }
    p->restore();
}

} // namespace duet::ui
