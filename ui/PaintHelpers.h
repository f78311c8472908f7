// SPDX-License-Identifier: GPL-3.0-or-later
// Small painted shapes shared by the delegates: pills, delivery ticks, avatars.
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QRect>
#include <QString>

class QPainter;

namespace duet::ui {

/// Delivery state of an outbound message, as the ticks show it.
enum class Delivery { None, Pending, Sent, Delivered, Read, Played, Failed };

/// The Delivery for a store status string (pending, sent, delivered, read, played, failed).
Delivery deliveryFromStatus(const QString& status);

/// Stateless painting routines. Each takes the rectangle to paint in and leaves the painter's
/// state as it found it.
namespace Paint {

/// The width a pill with `text` in `font` needs.
int pillWidth(const QFont& font, const QString& text);
/// A rounded pill with centred text, vertically centred in `rect`'s height (rect.width() ignored).
/// Returns the width used.
int pill(QPainter* p, const QRect& rect, const QString& text, const QFont& font, const QColor& background,
         const QColor& foreground);
/// The width the ticks for `state` take at `height`.
int ticksWidth(Delivery state, int height);
/// Delivery ticks right-aligned in `rect`: one for sent, two for delivered, two coloured for read.
void ticks(QPainter* p, const QRect& rect, Delivery state, const QColor& colour, const QColor& readColour,
           const QColor& failureColour);
/// What an avatar shows for `name`: up to two initials ("Ana Souza" -> "AS"), the first letter of
/// an @username ("@pablomorales" -> "P"), the first character of a name without letters ("😀");
/// null for no name and for a number ("+1 650-555-1234"), which have no initials.
QString initials(const QString& name);
/// A circle coloured by `seed` with the initials of `name`, or a person's silhouette when it has
/// none (a customer known only by a number or a BSUID).
void avatar(QPainter* p, const QRect& rect, const QString& name, const QString& seed, const QFont& font);

} // namespace Paint

/// Rounded rectangles for the bubbles, painted fast: an antialiased rounded rectangle costs its
/// whole area in the raster engine, twice with a shadow, and a screen of bubbles took most of a
/// frame. The corners are drawn once per colour, radius and pixel ratio into a pixmap, and each
/// bubble is its four corners plus solid rectangles, the same pixels as QPainter::drawRoundedRect.
/// Translucent fills and painters that rotate or scale are painted the plain way.
/// Usage: `RoundedCorners corners; corners.fill(p, bubble, 11, fillColour, shadowColour);`
class RoundedCorners
{
public:
    /// `rect` filled with `fill`, its corners rounded by `radius`; a valid `shadow` is painted
    /// under it one pixel lower (a line below the bubble, darker at its lower corners).
    void fill(QPainter* p, const QRect& rect, int radius, const QColor& fill, const QColor& shadow = QColor());
    /// How many corner pixmaps were drawn (one per colour, shadow, radius and pixel ratio).
    int pixmapsDrawn() const { return m_drawn; }

private:
    const QPixmap& corners(int radius, const QColor& fill, const QColor& shadow, qreal dpr);

    struct Key
    {
        QRgb fill, shadow;
        int radius;
        qreal dpr;
        bool operator==(const Key& o) const
        {
            return fill == o.fill && shadow == o.shadow && radius == o.radius && dpr == o.dpr;
        }
    };
    friend size_t qHash(const Key& k, size_t seed = 0) { return qHashMulti(seed, k.fill, k.shadow, k.radius, k.dpr); }
    QHash<Key, QPixmap> m_pixmaps;
    int m_drawn = 0;
};

} // namespace duet::ui
