// SPDX-License-Identifier: GPL-3.0-or-later
// The colours Duet paints with, light or dark after the system's palette.
#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

namespace duet::ui {

/// The painted parts' colours. Qt 6.4 has no colour-scheme hint, so dark mode is inferred from
/// the lightness of the system palette's window colour. Delegates take a Theme by value and are
/// given a new one when the system palette changes.
/// Usage: `Theme t = Theme::forPalette(app.palette()); app.setPalette(t.palette());`
struct Theme
{
    bool dark = false;
    QColor window, base, text, secondaryText, accent, accentText, selection, selectionText;
    QColor threadBackground, bubbleIn, bubbleOut, bubbleText, quoteBar;
    QColor chipOpen, chipClosing, chipClosed, chipText;
    QColor echoBadge, historyBadge, badgeText, unreadBadge, failure, tickRead, separatorPill, divider;
    // Every text colour is readable on the fills it is painted on (WCAG AA, 4.5:1: TestThemeContrast).
    QColor bubbleOutSecondaryText; ///< times, authors and notes on an outgoing bubble
    QColor noteFill, noteBadge;    ///< a private note's bubble and its badge (text: bubbleText, badgeText)
    QColor warningText;            ///< amber text: a send that may still go, a window about to close
    QColor datePill, datePillText; ///< the day separators' and service lines' pill
    QColor actionFill, actionText; ///< a bubble's other action buttons (the first is accent on accentText)

    static bool isDarkPalette(const QPalette& palette);
    static Theme light();
    static Theme dark_();
    /// The theme matching `system` (dark when its window colour is dark).
    static Theme forPalette(const QPalette& system);
    /// A full application palette in this theme's colours.
    QPalette palette() const;
    /// A slim, flat scroll bar style sheet in this theme (for the list and the thread).
    QString scrollBarStyle() const;
    /// Applies the Fusion style and this theme's palette to the application.
    void apply(QApplication& app) const;
};

} // namespace duet::ui
