// SPDX-License-Identifier: GPL-3.0-or-later
// Pills, ticks and avatars drawn with QPainter paths, so no glyph is missing on any system font.
#include "PaintHelpers.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace duet::ui {

Delivery deliveryFromStatus(const QString& status)
{
    if (status == QLatin1String("pending"))
        return Delivery::Pending;
    if (status == QLatin1String("sent"))
        return Delivery::Sent;
    if (status == QLatin1String("delivered"))
        return Delivery::Delivered;
    if (status == QLatin1String("read"))
        return Delivery::Read;
    if (status == QLatin1String("played"))
        return Delivery::Played;
    if (status == QLatin1String("failed"))
        return Delivery::Failed;
    return Delivery::None;
}

namespace Paint {

int pillWidth(const QFont& font, const QString& text)
{
    const QFontMetrics fm(font);
    return fm.horizontalAdvance(text) + fm.height();
}

int pill(QPainter* p, const QRect& rect, const QString& text, const QFont& font, const QColor& background,
         const QColor& foreground)
{
    const QFontMetrics fm(font);
    const int h = fm.height() + 2;
    const int w = pillWidth(font, text);
    const QRectF r(rect.left(), rect.top() + (rect.height() - h) / 2.0, w, h);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(background);
    p->drawRoundedRect(r, h / 2.0, h / 2.0);
    p->setFont(font);
    p->setPen(foreground);
    p->drawText(r, Qt::AlignCenter, text);
    p->restore();
    return w;
}

int ticksWidth(Delivery state, int height)
{
    switch (state) {
    case Delivery::None:
        return 0;
    case Delivery::Pending:
    case Delivery::Sent:
    case Delivery::Failed:
        return height;
    case Delivery::Delivered:
    case Delivery::Read:
    case Delivery::Played:
        return height * 3 / 2;
    }
    return 0;
}

namespace {

void check(QPainter* p, qreal x, qreal y, qreal s)
{
    QPainterPath path;
    path.moveTo(x, y + s * 0.55);
    path.lineTo(x + s * 0.33, y + s * 0.85);
    path.lineTo(x + s * 0.95, y + s * 0.2);
    p->drawPath(path);
}

} // namespace

void ticks(QPainter* p, const QRect& rect, Delivery state, const QColor& colour, const QColor& readColour,
           const QColor& failureColour)
{
    if (state == Delivery::None)
        return;
    const int s = rect.height();
    const int w = ticksWidth(state, s);
    const qreal x = rect.right() - w + 1;
    const qreal y = rect.top();
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setBrush(Qt::NoBrush);
    const bool read = state == Delivery::Read || state == Delivery::Played;
    QPen pen(read ? readColour : colour, qMax(1.3, s / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case Delivery::Pending: {
        p->setPen(pen);
        const QRectF c(x + s * 0.1, y + s * 0.1, s * 0.8, s * 0.8);
        p->drawEllipse(c);
        p->drawLine(QPointF(c.center().x(), c.center().y()), QPointF(c.center().x(), c.top() + s * 0.18));
        p->drawLine(QPointF(c.center().x(), c.center().y()), QPointF(c.center().x() + s * 0.2, c.center().y()));
        break;
    }
    case Delivery::Failed: {
        p->setPen(Qt::NoPen);
        p->setBrush(failureColour);
        p->drawEllipse(QRectF(x + s * 0.05, y + s * 0.05, s * 0.9, s * 0.9));
        p->setPen(QPen(Qt::white, qMax(1.5, s / 8.0), Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(x + s * 0.5, y + s * 0.25), QPointF(x + s * 0.5, y + s * 0.55));
        p->drawPoint(QPointF(x + s * 0.5, y + s * 0.74));
        break;
    }
    case Delivery::Sent:
        p->setPen(pen);
        check(p, x, y, s);
        break;
    case Delivery::Delivered:
    case Delivery::Read:
    case Delivery::Played:
        p->setPen(pen);
        check(p, x, y, s);
        check(p, x + s * 0.45, y, s);
        break;
    case Delivery::None:
        break;
    }
    p->restore();
}

QString initials(const QString& name)
{
    QString out;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool number = std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.isDigit() || c.isSpace() || QStringLiteral("+-().").contains(c);
    });
    if (words.isEmpty() || number)
        return {}; // a number has no initials
    for (const QString& w : words) {
        if (out.size() >= 2)
            break;
        // "@pablomorales": the name after the '@'.
        const QString word = w.startsWith(QLatin1Char('@')) ? w.mid(1) : w;
        if (!word.isEmpty() && word.at(0).isLetterOrNumber())
            out += word.at(0).toUpper();
    }
    if (out.isEmpty()) {
        // No letter or digit starts a word ("😀 🎉"): the first whole character.
        const QString& first = words.constFirst();
        out = first.left(first.at(0).isHighSurrogate() && first.size() > 1 ? 2 : 1);
    }
    return out;
}

void avatar(QPainter* p, const QRect& rect, const QString& name, const QString& seed, const QFont& font)
{
    static const QColor kColours[] = {QColor(0xe1, 0x71, 0x76), QColor(0xf0, 0xa0, 0x4b), QColor(0x8e, 0x85, 0xee),
                                      QColor(0x5c, 0xaf, 0xfa), QColor(0x4f, 0xbe, 0x7d), QColor(0x4d, 0xb2, 0xbd),
                                      QColor(0xe6, 0x6f, 0xb0)};
    const QColor bg = kColours[qHash(seed) % (sizeof(kColours) / sizeof(kColours[0]))];
    const QString shown = initials(name);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(bg);
    p->drawEllipse(rect);
    if (shown.isEmpty()) {
        // A person: a head and shoulders, clipped to the circle.
        QPainterPath circle;
        circle.addEllipse(rect);
        p->setClipPath(circle);
        p->setBrush(QColor(255, 255, 255, 225));
        const QRectF r(rect);
        const qreal head = r.width() * 0.36;
        p->drawEllipse(QRectF(r.center().x() - head / 2, r.top() + r.height() * 0.2, head, head));
        const qreal body = r.width() * 0.72;
        p->drawEllipse(QRectF(r.center().x() - body / 2, r.top() + r.height() * 0.62, body, r.height() * 0.6));
    } else {
        QFont f = font;
        f.setBold(true);
        f.setPixelSize(rect.height() * 2 / 5);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(rect, Qt::AlignCenter, shown);
    }
    p->restore();
}

} // namespace Paint
const QPixmap& RoundedCorners::corners(int radius, const QColor& fill, const QColor& shadow, qreal dpr)
{
    const Key key{fill.rgba(), shadow.isValid() ? shadow.rgba() : 0u, radius, dpr};
    auto it = m_pixmaps.find(key);
    if (it != m_pixmaps.end())
        return *it;
    // The whole shape at its smallest: 2r + 1 square, one row more for the shadow; the middle
    // row and column are the straight edges.
    const int side = 2 * radius + 1;
    QPixmap pixmap(QSize(side, side + 1) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    if (shadow.isValid()) {
        p.setBrush(shadow);
        p.drawRoundedRect(QRectF(0, 1, side, side), radius, radius);
    }
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(0, 0, side, side), radius, radius);
    p.end();
    ++m_drawn;
    return *m_pixmaps.insert(key, pixmap);
}

void RoundedCorners::fill(QPainter* p, const QRect& rect, int radius, const QColor& fill, const QColor& shadow)
{
    const QTransform::TransformationType type = p->transform().type();
    const int r = radius;
    if (fill.alpha() < 255 || type > QTransform::TxTranslate || rect.width() < 2 * r + 1 || rect.height() < 2 * r + 1 ||
        r <= 0) {
        // Translucent (the shadow shows through the middle), scaled, or too small for corners.
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        if (shadow.isValid()) {
            p->setBrush(shadow);
            p->drawRoundedRect(QRectF(rect).translated(0, 1), r, r);
        }
        p->setBrush(fill);
        p->drawRoundedRect(QRectF(rect), r, r);
        p->restore();
        return;
    }
    const qreal dpr = p->device() ? p->device()->devicePixelRatio() : 1.0;
    const QPixmap& c = corners(r, fill, shadow, dpr);
    const int side = 2 * r + 1;
    const int x = rect.x(), y = rect.y(), w = rect.width(), h = rect.height();
    // Source rectangles are in the pixmap's device pixels.
    const auto src = [dpr](int sx, int sy, int sw, int sh) { return QRectF(sx * dpr, sy * dpr, sw * dpr, sh * dpr); };
    p->drawPixmap(QRectF(x, y, r, r), c, src(0, 0, r, r));
    p->drawPixmap(QRectF(x + w - r, y, r, r), c, src(side - r, 0, r, r));
    p->drawPixmap(QRectF(x, y + h - r, r, r + 1), c, src(0, side - r, r, r + 1));
    p->drawPixmap(QRectF(x + w - r, y + h - r, r, r + 1), c, src(side - r, side - r, r, r + 1));
    p->fillRect(QRect(x + r, y, w - 2 * r, h), fill);
    p->fillRect(QRect(x, y + r, r, h - 2 * r), fill);
    p->fillRect(QRect(x + w - r, y + r, r, h - 2 * r), fill);
    if (shadow.isValid())
        p->fillRect(QRect(x + r, y + h, w - 2 * r, 1), shadow);
}

} // namespace duet::ui
