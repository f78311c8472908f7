// SPDX-License-Identifier: GPL-3.0-or-later
// Small painted shapes shared by the delegates: pills, delivery ticks, avatars.
#pragma once

#include <QColor>
#include <QFont>
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
} // namespace duet::ui
