// SPDX-License-Identifier: GPL-3.0-or-later
// Bubble geometry: a pure function of the content, the width and the fonts.
#include "BubbleLayout.h"

#include "MediaKinds.h"
#include "MessageDetails.h"
#include "ThreadModel.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QTextOption>

#include <cmath>

namespace duet::ui {
namespace {

constexpr int kSide = 16; // between the view's edge and a bubble
constexpr int kPadH = 11; // inside a bubble, left and right
constexpr int kPadV = 7;  // inside a bubble, top and bottom
constexpr int kMediaHeight = 48;
constexpr int kPosterWidth = 240; // a downloaded video's placeholder, 16:9
constexpr int kPosterHeight = 135;
constexpr int kMaxBubble = 620;

/// "@Name" spans of a note, for highlighting.
QList<QTextLayout::FormatRange> mentionFormats(const QString& text, const QColor& colour)
{
    static const QRegularExpression re(QStringLiteral("(?:^|(?<=\\s))@[\\w.\\-]+"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QList<QTextLayout::FormatRange> formats;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QTextLayout::FormatRange range;
        range.start = int(m.capturedStart());
        range.length = int(m.capturedLength());
        range.format.setFontWeight(QFont::Bold);
        range.format.setForeground(colour);
        formats << range;
    }
    return formats;
}

std::unique_ptr<QTextLayout> layoutText(const QString& text, const QFont& font, int maxWidth, int* width,
                                        const QList<QTextLayout::FormatRange>& formats = {})
{
    auto layout = std::make_unique<QTextLayout>(text, font);
    if (!formats.isEmpty())
        layout->setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    // Two passes: wrap at the widest allowed, then again at the width the text really needs, so
    // right-to-left lines align inside the bubble instead of at the far edge.
    for (int pass = 0; pass < 2; ++pass) {
        const int lineWidth = pass == 0 ? maxWidth : *width;
        layout->beginLayout();
        qreal y = 0;
        qreal widest = 0;
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(lineWidth);
            line.setPosition(QPointF(0, y));
            y += line.height();
            widest = qMax(widest, line.naturalTextWidth());
        }
        layout->endLayout();
        *width = qMin(maxWidth, int(std::ceil(widest)));
    }
    return layout;
}

} // namespace

BubbleContent BubbleContent::fromIndex(const QModelIndex& index)
{
    BubbleContent c;
    c.wamid = index.data(ThreadModel::WamidRole).toString();
    c.text = index.data(ThreadModel::TextRole).toString();
    c.origin = index.data(ThreadModel::OriginRole).toInt();
    c.agentName = index.data(ThreadModel::AgentNameRole).toString();
    c.outbound = index.data(ThreadModel::OutboundRole).toBool();
    c.timeText = index.data(ThreadModel::TimeTextRole).toString();
    c.delivery = Delivery(index.data(ThreadModel::StatusRole).toInt());
    c.failureText = index.data(ThreadModel::FailureTextRole).toString();
    c.replyTo = index.data(ThreadModel::ReplyToRole).toString();
    c.replyText = index.data(ThreadModel::ReplyTextRole).toString();
    c.replyAuthor = index.data(ThreadModel::ReplyAuthorRole).toString();
    c.reactions = index.data(ThreadModel::ReactionsRole).toStringList();
    c.edited = index.data(ThreadModel::EditedRole).toBool();
    c.deleted = index.data(ThreadModel::DeletedRole).toBool();
    c.mediaType = index.data(ThreadModel::MediaTypeRole).toString();
    c.filename = index.data(ThreadModel::FilenameRole).toString();
    c.mimeType = index.data(ThreadModel::MimeTypeRole).toString();
    c.showDaySeparator = index.data(ThreadModel::ShowDaySeparatorRole).toBool();
    c.day = index.data(ThreadModel::DayRole).toDate();
    c.showAuthor = index.data(ThreadModel::ShowAuthorRole).toBool();
    c.revision = index.data(ThreadModel::LayoutRevisionRole).toULongLong();
    c.note = index.data(ThreadModel::KindRole).toInt() == int(ThreadModel::Kind::Note);
    c.actions = index.data(ThreadModel::ActionsRole).toStringList();
    c.mediaPath = index.data(ThreadModel::MediaPathRole).toString();
    c.thumbnail = index.data(ThreadModel::ThumbnailSizeRole).toSize();
    c.mediaId = index.data(ThreadModel::MediaIdRole).toString();
    c.mediaTransfer = index.data(ThreadModel::MediaTransferRole).toInt();
    c.mediaError = index.data(ThreadModel::MediaErrorRole).toString();
    c.mediaSize = index.data(ThreadModel::MediaSizeRole).toLongLong();
    c.pricingText = index.data(ThreadModel::PricingTextRole).toString();
    c.pricingToolTip = index.data(ThreadModel::PricingToolTipRole).toString();
    const QString type = index.data(ThreadModel::TypeRole).toString();
    c.supervisorText = index.data(ThreadModel::SupervisorTextRole).toString();
    const QString details = index.data(ThreadModel::DetailsRole).toString();
    if (!details.isEmpty() && !c.deleted) {
        const DetailsView view = MessageDetails::view(type, c.text, details);
        if (!view.body.isNull())
            c.text = view.body;
        c.detailsHeader = view.header;
        c.detailsNote = view.note;
        c.links = view.links;
    }
    c.service = index.data(ThreadModel::KindRole).toInt() == int(ThreadModel::Kind::Message) &&
                ThreadModel::isServiceType(type);
    if (c.service) {
        // A quiet line of the thread's own: nobody wrote it, so no author, badge, ticks or reactions.
        c.delivery = Delivery::None;
        c.failureText.clear();
        c.replyTo.clear();
        c.reactions.clear();
        c.actions.clear();
        c.mediaType.clear();
        c.edited = false;
        c.showAuthor = false;
    }
    if (c.text.isEmpty() && c.mediaType.isEmpty() && !c.deleted) {
        c.text = index.data(ThreadModel::HistoryMediaGoneRole).toBool()
                     ? BubbleLayout::tr("Media older than 14 days: WhatsApp does not transfer it with the chat "
                                        "history")
                     : BubbleLayout::placeholderFor(type, c.outbound);
        c.placeholder = true;
    }
    return c;
}

BubbleFonts BubbleFonts::from(const QFont& base)
{
    BubbleFonts f;
    f.body = base;
    f.small = base;
    f.small.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.84 : 8);
    f.smallBold = f.small;
    f.smallBold.setBold(true);
    f.italic = base;
    f.italic.setItalic(true);
    return f;
}

QString BubbleLayout::deletedText()
{
    return tr("This message was deleted");
}

QString BubbleLayout::placeholderFor(const QString& type, bool outbound)
{
    if (outbound && type == QLatin1String("interactive"))
        return tr("Interactive message");
    if (type == QLatin1String("location"))
        return tr("Location");
    if (type == QLatin1String("contacts"))
        return tr("Contact card");
    if (type == QLatin1String("unsupported"))
        return tr("A message type WhatsApp does not support here");
    if (type == QLatin1String("interactive") || type == QLatin1String("button"))
        return tr("Reply to an interactive message");
    if (type == QLatin1String("media_placeholder"))
        return tr("Media from the chat history, not received yet");
    if (type == QLatin1String("order"))
        return tr("Order");
    return tr("Message");
}

QString BubbleLayout::mediaLabel(const BubbleContent& c)
{
    if (!c.filename.isEmpty())
        return c.filename;
    if (c.mediaType == QLatin1String("image"))
        return tr("Photo");
    if (c.mediaType == QLatin1String("video"))
        return tr("Video");
    if (c.mediaType == QLatin1String("voice"))
        return tr("Voice message");
    if (c.mediaType == QLatin1String("audio"))
        return tr("Audio");
    if (c.mediaType == QLatin1String("sticker"))
        return tr("Sticker");
    return tr("Document");
}

QString BubbleLayout::actionLabel(const QString& action)
{
    if (action == QLatin1String("retry"))
        return tr("Retry");
    if (action == QLatin1String("resend"))
        return tr("Resend");
    if (action == QLatin1String("discard"))
        return tr("Discard");
    if (action == QLatin1String("send_now"))
        return tr("Send now");
    if (action == QLatin1String("reschedule"))
        return tr("Edit time…");
    if (action == QLatin1String("cancel_scheduled"))
        return tr("Cancel");
    return action;
}

QString BubbleLayout::mediaLinkText(const BubbleContent& c)
{
    if (!c.mediaPath.isEmpty())
        return c.mediaType == QLatin1String("video") ? tr("Play") : tr("Open");
    if (c.mediaTransfer == int(MediaFiles::Transfer::Loading))
        return tr("Downloading…");
    if (c.mediaTransfer == int(MediaFiles::Transfer::Failed))
        return tr("Retry");
    return tr("Download");
}

QString BubbleLayout::mediaDetailText(const BubbleContent& c)
{
    if (c.mediaPath.isEmpty() && c.mediaTransfer == int(MediaFiles::Transfer::Failed))
        return c.mediaError.isEmpty() ? tr("The download failed.") : c.mediaError;
    QString size = MediaKinds::sizeText(c.mediaSize);
    if (c.mediaType == QLatin1String("document")) {
        const QString kind = MediaKinds::documentName(MediaKinds::documentKind(c.mimeType, c.filename));
        return size.isEmpty() ? kind : tr("%1 · %2").arg(kind, size);
    }
    return size;
}

bool BubbleLayout::isPlayable(const BubbleContent& c)
{
    return !c.mediaPath.isEmpty() && (c.mediaType == QLatin1String("voice") || c.mediaType == QLatin1String("audio"));
}

bool BubbleLayout::isVideoPoster(const BubbleContent& c)
{
    return !c.mediaPath.isEmpty() && c.mediaType == QLatin1String("video");
}

QString BubbleLayout::badgeText(const BubbleContent& c)
{
    if (c.service)
        return QString();
    if (c.note)
        return tr("Private note");
    switch (ThreadModel::Origin(c.origin)) {
    case ThreadModel::Origin::App:
        return tr("Echo");
    case ThreadModel::Origin::History:
        return tr("History");
    case ThreadModel::Origin::Customer:
    case ThreadModel::Origin::Agent:
        break;
    }
    return QString();
}

QString BubbleLayout::authorText(const BubbleContent& c)
{
    if (c.service)
        return QString();
    if (c.note)
        return c.agentName;
    switch (ThreadModel::Origin(c.origin)) {
    case ThreadModel::Origin::App:
        return c.showAuthor ? tr("Sent from the phone app") : QString(); // the badge stays on every one
    case ThreadModel::Origin::Agent:
        return c.showAuthor ? (c.agentName.isEmpty() ? tr("Agent") : c.agentName) : QString();
    case ThreadModel::Origin::History:
        return c.showAuthor ? (c.outbound ? tr("Business, imported") : tr("Customer, imported")) : QString();
    case ThreadModel::Origin::Customer:
        break;
    }
    return QString();
}

QString BubbleLayout::footerFor(const BubbleContent& c)
{
    return c.edited && !c.deleted ? tr("edited") + QStringLiteral("  ") + c.timeText : c.timeText;
}

std::unique_ptr<BubbleLayout> BubbleLayout::build(const BubbleContent& c, int width, const BubbleFonts& fonts)
{
    auto l = std::make_unique<BubbleLayout>();
    const QFontMetrics small(fonts.small);
    const QFontMetrics smallBold(fonts.smallBold);
    const int maxBubble = qMax(120, qMin(kMaxBubble, qMin(width * 3 / 4, width - 2 * kSide)));
    const int innerMax = maxBubble - 2 * kPadH;

    int y = 0;
    if (c.showDaySeparator) {
        l->separator = QRect(0, 4, width, small.height() + 20);
        y = l->separator.bottom() + 1;
    }
    y += c.showAuthor ? 8 : 2;

    int inner = 0;
    int cy = kPadV;
    const QString badge = badgeText(c);
    const QString author = authorText(c);
    if (!badge.isEmpty() || !author.isEmpty()) {
        int w = badge.isEmpty() ? 0 : Paint::pillWidth(fonts.smallBold, badge) + (author.isEmpty() ? 0 : 6);
        w += author.isEmpty() ? 0 : smallBold.horizontalAdvance(author);
        l->header = QRect(0, cy, qMin(w, innerMax), small.height() + 4);
        inner = qMax(inner, l->header.width());
        cy += l->header.height() + 3;
    }
    if (!c.replyTo.isEmpty() && !c.deleted) {
        const int w = qMax(smallBold.horizontalAdvance(c.replyAuthor), small.horizontalAdvance(c.replyText)) + 16;
        l->quote = QRect(0, cy, qMin(innerMax, qMax(w, 120)), 2 * small.height() + 10);
        inner = qMax(inner, l->quote.width());
        cy += l->quote.height() + 5;
    }
    if (!c.mediaType.isEmpty() && !c.deleted && c.thumbnail.isValid()) {
        // A cached image: its thumbnail, clicked to open.
        const QSize t =
            c.thumbnail.width() > innerMax ? c.thumbnail.scaled(innerMax, innerMax, Qt::KeepAspectRatio) : c.thumbnail;
        l->media = QRect(0, cy, t.width(), t.height());
        l->download = l->media;
        inner = qMax(inner, l->media.width());
        cy += t.height() + 5;
    } else if (!c.mediaType.isEmpty() && !c.deleted && isVideoPoster(c)) {
        // A downloaded video: a poster-sized placeholder with a play mark (no frame is decoded).
        const QSize t = QSize(kPosterWidth, kPosterHeight).boundedTo(QSize(innerMax, innerMax));
        l->media = QRect(0, cy, t.width(), t.height());
        l->download = l->media;
        inner = qMax(inner, l->media.width());
        cy += t.height() + 5;
    } else if (!c.mediaType.isEmpty() && !c.deleted) {
        const QString link = isPlayable(c) ? QStringLiteral("0:00 / 0:00") : mediaLinkText(c);
        const QString detail = mediaDetailText(c);
        const int linkLine =
            small.horizontalAdvance(link) + (detail.isEmpty() ? 0 : 12 + small.horizontalAdvance(detail));
        const int w = 48 + 10 + qMax(small.horizontalAdvance(mediaLabel(c)), linkLine);
        l->media = QRect(0, cy, qMin(innerMax, qMax(w + 8, isPlayable(c) ? 260 : 220)), kMediaHeight);
        if (isPlayable(c))
            l->download = QRect(0, cy, kMediaHeight, kMediaHeight); // the play button
        else
            l->download = QRect(58, cy + kMediaHeight / 2, small.horizontalAdvance(link) + 4, small.height());
        inner = qMax(inner, l->media.width());
        cy += kMediaHeight + 5;
    }
    if (!c.detailsHeader.isEmpty() && !c.deleted) {
        int w = 0;
        l->detailsHeader = layoutText(c.detailsHeader, fonts.smallBold, innerMax, &w);
        l->detailsHeaderOrigin = QPointF(0, cy);
        inner = qMax(inner, w);
        cy += int(std::ceil(l->detailsHeader->boundingRect().height())) + 3;
    }
    const QString body = c.deleted ? deletedText() : c.text;
    int lastLineWidth = 0;
    if (!body.isEmpty()) {
        int textWidth = 0;
        l->text =
            layoutText(body,
                       c.deleted || c.placeholder ? fonts.italic
                       : c.service                ? fonts.small
                                                  : fonts.body,
                       innerMax, &textWidth,
                       c.note ? mentionFormats(body, QColor(0x1f, 0x6f, 0xd1)) : QList<QTextLayout::FormatRange>());
        l->textOrigin = QPointF(0, cy);
        const QTextLine last = l->text->lineAt(l->text->lineCount() - 1);
        lastLineWidth = int(std::ceil(last.naturalTextWidth()));
        inner = qMax(inner, textWidth);
        cy += int(std::ceil(l->text->boundingRect().height()));
        l->cost += int(body.size() / 1024);
    }
    // The details' note, what supervisors see, and the links: smaller lines under the body.
    const bool extras = !c.detailsNote.isEmpty() || !c.supervisorText.isEmpty() || !c.links.isEmpty();
    if (!c.detailsNote.isEmpty()) {
        int w = 0;
        cy += 3;
        l->detailsNote = layoutText(c.detailsNote, fonts.small, innerMax, &w);
        l->detailsNoteOrigin = QPointF(0, cy);
        inner = qMax(inner, w);
        cy += int(std::ceil(l->detailsNote->boundingRect().height()));
    }
    if (!c.supervisorText.isEmpty()) {
        int w = 0;
        cy += 3;
        QFont italicSmall = fonts.small;
        italicSmall.setItalic(true);
        l->supervisorText = layoutText(c.supervisorText, italicSmall, innerMax, &w);
        l->supervisorOrigin = QPointF(0, cy);
        inner = qMax(inner, w);
        cy += int(std::ceil(l->supervisorText->boundingRect().height()));
    }
    for (const QString& link : c.links) {
        const QString label = MessageDetails::linkLabel(link);
        cy += 3;
        const int w = qMin(innerMax, small.horizontalAdvance(label) + 2);
        l->links << QRect(0, cy, w, small.height());
        inner = qMax(inner, w);
        cy += small.height();
    }
    l->footerText = c.service ? QString() : footerFor(c);
    const int footerWidth = small.horizontalAdvance(l->footerText) +
                            (c.delivery == Delivery::None ? 0 : 4 + Paint::ticksWidth(c.delivery, small.ascent()));
    if (c.service) {
        l->footer = QRect();
    } else if (l->text && !extras && !body.isRightToLeft() && lastLineWidth + 14 + footerWidth <= innerMax) {
        inner = qMax(inner, lastLineWidth + 14 + footerWidth);
        l->footer = QRect(0, cy - small.height() + 2, footerWidth, small.height());
    } else {
        inner = qMax(inner, footerWidth);
        cy += 2;
        l->footer = QRect(0, cy, footerWidth, small.height());
        cy += small.height();
    }
    if (!c.pricingText.isEmpty() && !c.service) {
        const int pricingWidth = small.horizontalAdvance(c.pricingText) + 2; // elidedText() measures a little wider
        inner = qMax(inner, qMin(pricingWidth, innerMax));
        cy += 2;
        l->pricing = QRect(0, cy, qMin(pricingWidth, innerMax), small.height());
        cy += small.height();
    }
    if (!c.failureText.isEmpty()) {
        int failureWidth = 0;
        cy += 6;
        l->failure = layoutText(c.failureText, fonts.small, qMax(innerMax, 200), &failureWidth);
        l->failureOrigin = QPointF(0, cy);
        inner = qMax(inner, failureWidth);
        cy += int(std::ceil(l->failure->boundingRect().height()));
    }
    if (!c.actions.isEmpty()) {
        cy += 6;
        int x = 0;
        const int h = smallBold.height() + 8;
        for (const QString& action : c.actions) {
            const int w = Paint::pillWidth(fonts.smallBold, actionLabel(action)) + 12;
            l->actions << QRect(x, cy, w, h);
            x += w + 8;
        }
        inner = qMax(inner, x - 8);
        cy += h;
    }
    cy += kPadV;

    const int bubbleWidth = inner + 2 * kPadH;
    const int x = c.service ? (width - bubbleWidth) / 2 : c.outbound ? width - kSide - bubbleWidth : kSide;
    l->bubble = QRect(x, y, bubbleWidth, cy);
    const QPoint shift(x + kPadH, y);
    if (!l->header.isNull())
        l->header.translate(shift);
    if (!l->quote.isNull()) {
        l->quote.setWidth(inner);
        l->quote.translate(shift);
    }
    if (!l->media.isNull()) {
        if (!c.thumbnail.isValid() && !isVideoPoster(c))
            l->media.setWidth(inner);
        l->media.translate(shift);
        l->download.translate(shift);
    }
    l->textOrigin += shift;
    l->detailsHeaderOrigin += shift;
    l->detailsNoteOrigin += shift;
    l->supervisorOrigin += shift;
    for (QRect& r : l->links)
        r.translate(shift);
    l->failureOrigin += shift;
    for (QRect& r : l->actions)
        r.translate(shift);
    if (!l->pricing.isNull()) {
        l->pricing.moveRight(x + bubbleWidth - kPadH);
        l->pricing.translate(0, y);
    }
    l->footer.moveRight(x + bubbleWidth - kPadH);
    l->footer.translate(0, y);
    y = l->bubble.bottom() + 1;

    if (!c.reactions.isEmpty()) {
        int w = 0;
        for (const QString& emoji : c.reactions)
            w += Paint::pillWidth(fonts.body, emoji) + 4;
        const int h = QFontMetrics(fonts.body).height() + 4;
        l->reactions = QRect(c.outbound ? l->bubble.right() - w + 4 : l->bubble.left() + 6, y - 6, w, h);
        y = l->reactions.bottom() + 1;
    }
    l->size = QSize(width, y + 2);
    return l;
}

} // namespace duet::ui
