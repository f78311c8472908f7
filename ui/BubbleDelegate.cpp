// SPDX-License-Identifier: GPL-3.0-or-later
// Painting bubbles: separators, badges, quotes, media rows, text, footers, failures, reactions.
#include "BubbleDelegate.h"

#include "MediaKinds.h"
#include "MessageDetails.h"
#include "ThreadModel.h"
#include "ThumbnailLoader.h"
#include "TimeText.h"
#include "VideoPosters.h"
#include "VoicePlayer.h"
#include "core/Clock.h"

#include <QAbstractItemView>
#include <QFontInfo>
#include <QImageReader>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QToolTip>

namespace duet::ui {
namespace {

// Layouts; each costs 1 plus its text's size in kilobytes. A layout holds about 4 KB (measured:
// 7.7 MB for 2,050 rows), so 400 is about 1.6 MB: several screens of rows, enough to scroll back
// without laying out again; rows further away get their height from m_sizes.
constexpr int kCacheCost = 400;
constexpr int kMaxSizes = 50000; // row sizes (a few MB at most; the wamids are the model's)

} // namespace

BubbleDelegate::BubbleDelegate(const Clock& clock, const Theme& theme, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_theme(theme)
    , m_cache(kCacheCost)
{}

void BubbleDelegate::setTheme(const Theme& theme)
{
    m_theme = theme;
}

void BubbleDelegate::invalidate()
{
    ++m_generation;
    m_cache.clear();
    m_sizes.clear();
}

const BubbleLayout& BubbleDelegate::layoutFor(const BubbleContent& c, const QStyleOptionViewItem& option) const
{
    quint64 flags = (c.showAuthor ? 1u : 0u) | (c.showDaySeparator ? 2u : 0u);
    const Key key{c.wamid, option.rect.width(), m_generation, c.revision ^ (flags << 62)};
    if (BubbleLayout* cached = m_cache.object(key))
        return *cached;
    std::unique_ptr<BubbleLayout> built = BubbleLayout::build(c, option.rect.width(), BubbleFonts::from(option.font));
    ++m_built;
    BubbleLayout* raw = built.release();
    const int cost = raw->cost;
    m_cache.insert(key, raw, cost);
    return *raw;
}

QSize BubbleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Asked for every loaded row each time the view lays the thread out: the option (a font, a
    // palette, a locale) is copied only when a size is not known yet.
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    if (width <= 0)
        width = 400;
    // The same key as layoutFor(), from the four roles it needs rather than the whole content.
    const quint64 flags = (index.data(ThreadModel::ShowAuthorRole).toBool() ? 1u : 0u) |
                          (index.data(ThreadModel::ShowDaySeparatorRole).toBool() ? 2u : 0u);
    const Key key{index.data(ThreadModel::WamidRole).toString(), width, m_generation,
                  index.data(ThreadModel::LayoutRevisionRole).toULongLong() ^ (flags << 62)};
    if (const auto it = m_sizes.constFind(key); it != m_sizes.cend())
        return *it;
    QStyleOptionViewItem opt = option;
    opt.rect.setWidth(width);
    const QSize size = layoutFor(BubbleContent::fromIndex(index), opt).size;
    if (m_sizes.size() >= kMaxSizes)
        m_sizes.clear();
    m_sizes.insert(key, size);
    return size;
}

void BubbleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const BubbleContent c = BubbleContent::fromIndex(index);
    const BubbleLayout& l = layoutFor(c, option);
    const BubbleFonts fonts = BubbleFonts::from(option.font);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    if (!l.separator.isNull()) {
        const QString label = TimeText::dayLabel(c.day, TimeText::localDay(m_clock.nowSecs()));
        const int w = Paint::pillWidth(fonts.smallBold, label) + 8;
        const QRect pillRect(l.separator.center().x() - w / 2, l.separator.top(), w, l.separator.height());
        Paint::pill(painter, pillRect, label, fonts.smallBold, m_theme.datePill, m_theme.datePillText);
    }
    paintBubble(painter, l, c, fonts);
    painter->restore();
}

void BubbleDelegate::paintBubble(QPainter* p, const BubbleLayout& l, const BubbleContent& c,
                                 const BubbleFonts& fonts) const
{
    if (c.service) {
        m_corners.fill(p, l.bubble, 11, m_theme.datePill);
        p->setPen(m_theme.datePillText);
        if (l.text)
            l.text->draw(p, l.textOrigin);
        return;
    }
    const QColor fill = c.note ? m_theme.noteFill : c.outbound ? m_theme.bubbleOut : m_theme.bubbleIn;
    const QColor secondary = c.outbound && !c.note ? m_theme.bubbleOutSecondaryText : m_theme.secondaryText;
    m_corners.fill(p, l.bubble, 11, fill, m_theme.dark ? QColor() : QColor(0, 0, 0, 22));
    p->setPen(Qt::NoPen);

    if (!l.header.isNull()) {
        int x = l.header.left();
        const QString badge = BubbleLayout::badgeText(c);
        if (!badge.isEmpty()) {
            const QColor colour = c.note                                      ? m_theme.noteBadge
                                  : c.origin == int(ThreadModel::Origin::App) ? m_theme.echoBadge
                                                                              : m_theme.historyBadge;
            x += Paint::pill(p, QRect(x, l.header.top(), 0, l.header.height()), badge, fonts.smallBold, colour,
                             m_theme.badgeText) +
                 6;
        }
        const QString author = BubbleLayout::authorText(c);
        if (!author.isEmpty()) {
            p->setFont(fonts.smallBold);
            p->setPen(c.origin == int(ThreadModel::Origin::Agent) ? m_theme.accent : secondary);
            const QRect r(x, l.header.top(), l.header.right() - x + 1, l.header.height());
            p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetrics(fonts.smallBold).elidedText(author, Qt::ElideRight, r.width()));
        }
    }
    if (!l.quote.isNull()) {
        QColor back = m_theme.quoteBar;
        back.setAlpha(28);
        p->setPen(Qt::NoPen);
        p->setBrush(back);
        p->drawRoundedRect(QRectF(l.quote), 5, 5);
        p->setBrush(m_theme.quoteBar);
        p->drawRoundedRect(QRectF(l.quote.left(), l.quote.top(), 3, l.quote.height()), 1.5, 1.5);
        const QRect text = l.quote.adjusted(10, 4, -6, -4);
        const QFontMetrics fm(fonts.small);
        p->setFont(fonts.smallBold);
        p->setPen(m_theme.quoteBar);
        p->drawText(
            QRect(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(fonts.smallBold)
                .elidedText(c.replyAuthor.isEmpty() ? tr("Reply") : c.replyAuthor, Qt::ElideRight, text.width()));
        p->setFont(fonts.small);
        p->setPen(m_theme.bubbleText);
        p->drawText(QRect(text.left(), text.top() + fm.height(), text.width(), fm.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(c.replyText, Qt::ElideRight, text.width()));
    }
    if (!l.media.isNull())
        paintMedia(p, l, c, fonts);
    if (l.detailsHeader) {
        p->setPen(m_theme.accent);
        l.detailsHeader->draw(p, l.detailsHeaderOrigin);
    }
    if (l.text) {
        p->setPen(c.deleted || c.placeholder ? secondary : m_theme.bubbleText);
        l.text->draw(p, l.textOrigin);
    }
    if (l.detailsNote) {
        p->setPen(secondary);
        l.detailsNote->draw(p, l.detailsNoteOrigin);
    }
    if (l.supervisorText) {
        p->setPen(secondary);
        l.supervisorText->draw(p, l.supervisorOrigin);
    }
    if (!l.links.isEmpty()) {
        QFont link = fonts.small;
        link.setUnderline(true);
        p->setFont(link);
        p->setPen(m_theme.accent);
        const QFontMetrics fm(link);
        for (int i = 0; i < l.links.size() && i < c.links.size(); ++i) {
            const QRect r = l.links.at(i);
            p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(MessageDetails::linkLabel(c.links.at(i)), Qt::ElideRight, r.width()));
        }
    }
    // Footer: "edited", the time, the ticks.
    const QFontMetrics small(fonts.small);
    p->setFont(fonts.small);
    p->setPen(secondary);
    const int ticks = c.delivery == Delivery::None ? 0 : Paint::ticksWidth(c.delivery, small.ascent()) + 4;
    p->drawText(QRect(l.footer.left(), l.footer.top(), l.footer.width() - ticks, l.footer.height()),
                Qt::AlignRight | Qt::AlignVCenter, l.footerText);
    if (ticks > 0) {
        const int s = small.ascent();
        const QRect tickRect(l.footer.right() - Paint::ticksWidth(c.delivery, s) + 1,
                             l.footer.top() + (l.footer.height() - s) / 2, Paint::ticksWidth(c.delivery, s), s);
        Paint::ticks(p, tickRect, c.delivery, secondary, m_theme.tickRead, m_theme.failure);
    }
    if (!l.pricing.isNull()) {
        p->setPen(secondary);
        p->drawText(l.pricing, Qt::AlignRight | Qt::AlignVCenter,
                    small.elidedText(c.pricingText, Qt::ElideRight, l.pricing.width()));
    }
    if (l.failure) {
        // Red for a failure; amber for what may yet go (an uncertain send, a send held back).
        const bool pending = c.actions.contains(QLatin1String("resend")) || c.delivery == Delivery::Pending;
        p->setPen(pending ? m_theme.warningText : m_theme.failure);
        l.failure->draw(p, l.failureOrigin);
    }
    for (int i = 0; i < l.actions.size() && i < c.actions.size(); ++i) {
        const bool primary = i == 0;
        Paint::pill(p, l.actions.at(i), BubbleLayout::actionLabel(c.actions.at(i)), fonts.smallBold,
                    primary ? m_theme.accent : m_theme.actionFill, primary ? m_theme.accentText : m_theme.actionText);
    }
    if (!l.reactions.isNull()) {
        int x = l.reactions.left();
        const QColor back = m_theme.dark ? m_theme.base.lighter(130) : QColor(Qt::white);
        for (const QString& emoji : c.reactions) {
            const int w = Paint::pillWidth(fonts.body, emoji);
            p->setPen(QPen(m_theme.threadBackground, 2));
            p->setBrush(back);
            const QRectF r(x, l.reactions.top(), w, l.reactions.height());
            p->drawRoundedRect(r, r.height() / 2, r.height() / 2);
            p->setFont(fonts.body);
            p->setPen(m_theme.text);
            p->drawText(r, Qt::AlignCenter, emoji);
            x += w + 4;
        }
    }
}

void BubbleDelegate::paintPreview(QPainter* p, const BubbleLayout& l, const BubbleContent& c) const
{
    QImage image;
    QPixmap pixmap;
    bool failed = false;
    if (m_thumbs) {
        // Decoded on the loader's threads; until then a quiet placeholder (ready() repaints).
        image = m_thumbs->find(c.mediaPath, l.media.size());
        failed = image.isNull() && m_thumbs->failed(c.mediaPath, l.media.size());
    } else {
        // Without a loader: decoded here, once, at its shown size, and kept in the pixmap cache.
        const QString key =
            QStringLiteral("duet-thumb:%1:%2x%3").arg(c.mediaPath).arg(l.media.width()).arg(l.media.height());
        if (!QPixmapCache::find(key, &pixmap)) {
            QImageReader reader(c.mediaPath);
            reader.setScaledSize(l.media.size());
            pixmap = QPixmap::fromImage(reader.read());
            QPixmapCache::insert(key, pixmap);
        }
        failed = pixmap.isNull();
    }
    QPainterPath clip;
    clip.addRoundedRect(QRectF(l.media), 6, 6);
    p->save();
    p->setClipPath(clip);
    if (!image.isNull()) {
        p->drawImage(l.media, image);
    } else if (!pixmap.isNull()) {
        p->drawPixmap(l.media, pixmap);
    } else {
        QColor back = m_theme.secondaryText;
        back.setAlpha(failed ? 90 : 40);
        p->fillRect(l.media, back);
    }
    p->restore();
}

void BubbleDelegate::paintPoster(QPainter* p, const BubbleLayout& l, const BubbleContent& c,
                                 const BubbleFonts& fonts) const
{
    // The video's first frame (decoded by VideoPosters; a dark card until then, or when it
    // cannot be), a play mark and the file's size.
    QPainterPath clip;
    clip.addRoundedRect(QRectF(l.media), 6, 6);
    p->save();
    p->setClipPath(clip);
    const QImage frame = m_posters ? m_posters->find(c.mediaPath, l.media.size()) : QImage();
    if (frame.isNull()) {
        p->fillRect(l.media, QColor(0x20, 0x2c, 0x33));
    } else {
        p->drawImage(l.media, frame);
        // The size stays readable on a bright frame.
        QLinearGradient shade(QPointF(0, l.media.bottom() - 28), QPointF(0, l.media.bottom()));
        shade.setColorAt(0, QColor(0, 0, 0, 0));
        shade.setColorAt(1, QColor(0, 0, 0, 150));
        p->fillRect(QRect(l.media.left(), l.media.bottom() - 28, l.media.width(), 29), shade);
    }
    const QPointF m = QRectF(l.media).center();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0, 0, 0, 120));
    p->drawEllipse(m, 24, 24);
    p->setBrush(Qt::white);
    p->drawPolygon(
        QPolygonF({QPointF(m.x() - 8, m.y() - 12), QPointF(m.x() + 13, m.y()), QPointF(m.x() - 8, m.y() + 12)}));
    const QString size = MediaKinds::sizeText(c.mediaSize);
    if (!size.isEmpty()) {
        p->setFont(fonts.small);
        p->setPen(Qt::white);
        p->drawText(l.media.adjusted(8, 0, -8, -6), Qt::AlignLeft | Qt::AlignBottom, size);
    }
    p->restore();
}

void BubbleDelegate::paintMediaGlyph(QPainter* p, const QRect& icon, const BubbleContent& c,
                                     const BubbleFonts& fonts) const
{
    const bool document = c.mediaType == QLatin1String("document");
    const MediaKinds::Document kind = MediaKinds::documentKind(c.mimeType, c.filename);
    QColor circle = m_theme.accent;
    if (document) {
        switch (kind) {
        case MediaKinds::Document::Pdf:
            circle = QColor(0xd9, 0x3a, 0x2f);
            break;
        case MediaKinds::Document::Sheet:
            circle = QColor(0x1e, 0x8e, 0x3e);
            break;
        case MediaKinds::Document::Text:
            circle = QColor(0x2b, 0x6c, 0xd4);
            break;
        case MediaKinds::Document::Archive:
            circle = QColor(0xb0, 0x7a, 0x10);
            break;
        case MediaKinds::Document::Other:
            circle = QColor(0x6b, 0x77, 0x7d);
            break;
        }
    }
    p->setPen(Qt::NoPen);
    p->setBrush(circle);
    p->drawEllipse(icon.adjusted(2, 2, -2, -2));
    p->setPen(QPen(m_theme.accentText, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    const QPointF m = QRectF(icon).center();
    if (BubbleLayout::isPlayable(c)) {
        const bool playing = m_voice && m_voice->state(c.mediaId) == VoicePlayer::State::Playing;
        p->setBrush(m_theme.accentText);
        if (playing) {
            p->drawRect(QRectF(m.x() - 6, m.y() - 7, 3, 14));
            p->drawRect(QRectF(m.x() + 3, m.y() - 7, 3, 14));
        } else {
            p->drawPolygon(
                QPolygonF({QPointF(m.x() - 4, m.y() - 8), QPointF(m.x() + 8, m.y()), QPointF(m.x() - 4, m.y() + 8)}));
        }
    } else if (c.mediaType == QLatin1String("image") || c.mediaType == QLatin1String("sticker")) {
        p->drawRoundedRect(QRectF(m.x() - 9, m.y() - 7, 18, 14), 2, 2);
        p->drawPolyline(QPolygonF({QPointF(m.x() - 7, m.y() + 5), QPointF(m.x() - 2, m.y()),
                                   QPointF(m.x() + 2, m.y() + 3), QPointF(m.x() + 7, m.y() - 2)}));
    } else if (c.mediaType == QLatin1String("video")) {
        p->setBrush(m_theme.accentText);
        p->drawPolygon(
            QPolygonF({QPointF(m.x() - 4, m.y() - 7), QPointF(m.x() + 7, m.y()), QPointF(m.x() - 4, m.y() + 7)}));
    } else if (c.mediaType == QLatin1String("audio") || c.mediaType == QLatin1String("voice")) {
        for (int i = -2; i <= 2; ++i) {
            const qreal h = (i == 0 ? 7 : (i == -1 || i == 1) ? 5 : 3);
            p->drawLine(QPointF(m.x() + i * 4, m.y() - h), QPointF(m.x() + i * 4, m.y() + h));
        }
    } else {
        // A page with a folded corner and the kind's tag under it.
        p->drawPolyline(
            QPolygonF({QPointF(m.x() + 3, m.y() - 11), QPointF(m.x() - 7, m.y() - 11), QPointF(m.x() - 7, m.y() + 3),
                       QPointF(m.x() + 7, m.y() + 3), QPointF(m.x() + 7, m.y() - 7), QPointF(m.x() + 3, m.y() - 11)}));
        QFont tag = fonts.smallBold;
        tag.setPixelSize(qMax(7, QFontInfo(fonts.smallBold).pixelSize() * 7 / 10));
        p->setFont(tag);
        p->setPen(m_theme.accentText);
        p->drawText(QRectF(icon.left(), m.y() + 3, icon.width(), icon.bottom() - m.y() - 5), Qt::AlignCenter,
                    MediaKinds::documentTag(kind));
    }
}

void BubbleDelegate::paintMedia(QPainter* p, const BubbleLayout& l, const BubbleContent& c,
                                const BubbleFonts& fonts) const
{
    if (c.thumbnail.isValid()) {
        paintPreview(p, l, c);
        return;
    }
    if (BubbleLayout::isVideoPoster(c)) {
        paintPoster(p, l, c, fonts);
        return;
    }
    const QRect icon(l.media.left(), l.media.top(), l.media.height(), l.media.height());
    paintMediaGlyph(p, icon, c, fonts);
    const QFontMetrics fm(fonts.small);
    const int x = icon.right() + 10;
    const int w = l.media.right() - x;
    p->setFont(fonts.smallBold);
    p->setPen(m_theme.bubbleText);
    p->drawText(QRect(x, l.media.top() + l.media.height() / 2 - fm.height(), w, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(fonts.smallBold).elidedText(BubbleLayout::mediaLabel(c), Qt::ElideMiddle, w));
    p->setFont(fonts.small);
    const QRect line(x, l.media.top() + l.media.height() / 2, w, fm.height());
    if (BubbleLayout::isPlayable(c)) {
        // Progress and "0:04 / 0:12" (the duration alone while stopped); a playing error instead.
        const QString error = m_voice ? m_voice->error(c.mediaId) : QString();
        if (!error.isEmpty()) {
            p->setPen(m_theme.failure);
            p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(error, Qt::ElideRight, line.width()));
            return;
        }
        const qint64 duration = m_voice ? m_voice->durationMs(c.mediaId, c.mediaPath) : -1;
        const VoicePlayer::State state = m_voice ? m_voice->state(c.mediaId) : VoicePlayer::State::Stopped;
        const qint64 position = m_voice ? m_voice->positionMs(c.mediaId) : 0;
        QString time = duration >= 0 ? MediaKinds::durationText(duration) : MediaKinds::sizeText(c.mediaSize);
        if (state != VoicePlayer::State::Stopped)
            time = tr("%1 / %2").arg(MediaKinds::durationText(position), time);
        const int tw = fm.horizontalAdvance(time) + 8;
        const QRect bar(line.left(), line.center().y() - 2, qMax(20, line.width() - tw), 4);
        QColor track = m_theme.secondaryText;
        track.setAlpha(70);
        p->setPen(Qt::NoPen);
        p->setBrush(track);
        p->drawRoundedRect(QRectF(bar), 2, 2);
        if (duration > 0 && position > 0) {
            p->setBrush(m_theme.accent);
            const int done = int(qMin<qint64>(bar.width(), bar.width() * position / duration));
            p->drawRoundedRect(QRectF(bar.left(), bar.top(), done, bar.height()), 2, 2);
        }
        p->setPen(m_theme.secondaryText);
        p->drawText(QRect(bar.right() + 8, line.top(), tw, line.height()), Qt::AlignLeft | Qt::AlignVCenter, time);
        return;
    }
    const bool failed = c.mediaPath.isEmpty() && c.mediaTransfer == int(MediaFiles::Transfer::Failed);
    const bool loading = c.mediaPath.isEmpty() && c.mediaTransfer == int(MediaFiles::Transfer::Loading);
    p->setPen(loading ? m_theme.secondaryText : m_theme.accent);
    p->drawText(l.download, Qt::AlignLeft | Qt::AlignVCenter, BubbleLayout::mediaLinkText(c));
    const QString detail = BubbleLayout::mediaDetailText(c);
    if (!detail.isEmpty()) {
        const int dx = l.download.right() + 8;
        p->setPen(failed ? m_theme.failure : m_theme.secondaryText);
        p->drawText(QRect(dx, line.top(), l.media.right() - dx, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(detail, Qt::ElideRight, l.media.right() - dx));
    }
}

bool BubbleDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                 const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const BubbleContent c = BubbleContent::fromIndex(index);
        const BubbleLayout& l = layoutFor(c, option);
        const QPoint local = mouse->position().toPoint() - option.rect.topLeft();
        if (!l.download.isNull() && l.download.adjusted(-4, -4, 4, 4).contains(local)) {
            if (c.mediaPath.isEmpty()) {
                emit downloadRequested(c.wamid);
            } else if (c.thumbnail.isValid()) {
                emit viewRequested(c.mediaPath, BubbleLayout::mediaLabel(c));
            } else if (BubbleLayout::isPlayable(c)) {
                emit playRequested(c.mediaId, c.mediaPath);
            } else {
                emit openRequested(c.mediaPath);
            }
            return true;
        }
        for (int i = 0; i < l.actions.size() && i < c.actions.size(); ++i) {
            if (l.actions.at(i).contains(local)) {
                emit actionRequested(index.row(), c.actions.at(i));
                return true;
            }
        }
        for (int i = 0; i < l.links.size() && i < c.links.size(); ++i) {
            if (l.links.at(i).contains(local)) {
                emit linkActivated(index.row(), c.links.at(i));
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool BubbleDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                               const QModelIndex& index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const BubbleContent c = BubbleContent::fromIndex(index);
        if (!c.pricingToolTip.isEmpty()) {
            const BubbleLayout& l = layoutFor(c, option);
            if (l.pricing.contains(event->pos() - option.rect.topLeft())) {
                QToolTip::showText(event->globalPos(), c.pricingToolTip, view);
                return true;
            }
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QList<QRect> BubbleDelegate::linkRects(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layoutFor(BubbleContent::fromIndex(index), option).links;
}

QList<QRect> BubbleDelegate::actionRects(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layoutFor(BubbleContent::fromIndex(index), option).actions;
}

} // namespace duet::ui
