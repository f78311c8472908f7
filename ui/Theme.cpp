// SPDX-License-Identifier: GPL-3.0-or-later
// Light and dark colour sets, and the inference of the system's choice.
#include "Theme.h"

#include <QApplication>
#include <QStyleFactory>

namespace duet::ui {

bool Theme::isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

Theme Theme::light()
{
    Theme t;
    t.dark = false;
    t.window = QColor(0xf4, 0xf5, 0xf7);
    t.base = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x1c, 0x1e, 0x21);
    t.secondaryText = QColor(0x64, 0x6a, 0x71);
    t.accent = QColor(0x24, 0x6c, 0xb9);
    t.accentText = Qt::white;
    t.selection = QColor(0x24, 0x6c, 0xb9);
    t.selectionText = Qt::white;
    t.threadBackground = QColor(0xe7, 0xeb, 0xe4);
    t.bubbleIn = QColor(0xff, 0xff, 0xff);
    t.bubbleOut = QColor(0xdc, 0xf7, 0xc5);
    t.bubbleText = t.text;
    t.quoteBar = QColor(0x20, 0x62, 0xa9);
    t.chipOpen = QColor(0x30, 0x84, 0x48);
    t.chipClosing = QColor(0xa6, 0x66, 0x16);
    t.chipClosed = QColor(0x6e, 0x76, 0x7d);
    t.chipText = Qt::white;
    t.echoBadge = QColor(0x8b, 0x58, 0xd8);
    t.historyBadge = QColor(0x67, 0x76, 0x86);
    t.badgeText = Qt::white;
    t.unreadBadge = QColor(0x30, 0x84, 0x48);
    t.failure = QColor(0xcd, 0x28, 0x28);
    t.tickRead = QColor(0x2b, 0x9c, 0xe6);
    t.separatorPill = QColor(0, 0, 0, 40);
    t.divider = QColor(0xe3, 0xe5, 0xe8);
    t.bubbleOutSecondaryText = QColor(0x50, 0x74, 0x47);
    t.noteFill = QColor(0xff, 0xf3, 0xc4);
    t.noteBadge = QColor(0x9b, 0x6a, 0x00);
    t.warningText = QColor(0x95, 0x5e, 0x00);
    t.datePill = QColor(0x68, 0x7a, 0x63);
    t.datePillText = Qt::white;
    t.actionFill = t.secondaryText;
    t.actionText = Qt::white;
    return t;
}

Theme Theme::dark_()
{
    Theme t;
    t.dark = true;
    t.window = QColor(0x17, 0x21, 0x2b);
    t.base = QColor(0x1e, 0x2c, 0x3a);
    t.text = QColor(0xe9, 0xed, 0xf0);
    t.secondaryText = QColor(0x95, 0xa3, 0xaf);
    t.accent = QColor(0x94, 0xc3, 0xf0);
    t.accentText = QColor(0x0e, 0x16, 0x21);
    t.selection = QColor(0x2f, 0x6e, 0xa5);
    t.selectionText = Qt::white;
    t.threadBackground = QColor(0x0e, 0x16, 0x21);
    t.bubbleIn = QColor(0x18, 0x25, 0x33);
    t.bubbleOut = QColor(0x1f, 0x42, 0x63);
    t.bubbleText = t.text;
    t.quoteBar = QColor(0x90, 0xc7, 0xf6);
    t.chipOpen = QColor(0x33, 0x84, 0x49);
    t.chipClosing = QColor(0xa5, 0x66, 0x17);
    t.chipClosed = QColor(0x5a, 0x66, 0x72);
    t.chipText = Qt::white;
    t.echoBadge = QColor(0x8b, 0x55, 0xde);
    t.historyBadge = QColor(0x5d, 0x6d, 0x7e);
    t.badgeText = Qt::white;
    t.unreadBadge = QColor(0x33, 0x84, 0x49);
    t.failure = QColor(0xf4, 0x93, 0x93);
    t.tickRead = QColor(0x6a, 0xc4, 0xff);
    t.separatorPill = QColor(0xff, 0xff, 0xff, 28);
    t.divider = QColor(0x10, 0x19, 0x22);
    t.bubbleOutSecondaryText = QColor(0xa2, 0xae, 0xb8);
    t.noteFill = QColor(0x3d, 0x37, 0x20);
    t.noteBadge = QColor(0x9b, 0x6a, 0x00);
    t.warningText = QColor(0xf3, 0x9a, 0x00);
    t.datePill = QColor(0x33, 0x42, 0x52);
    t.datePillText = Qt::white;
    t.actionFill = QColor(0x66, 0x77, 0x87);
    t.actionText = Qt::white;
    return t;
}

Theme Theme::forPalette(const QPalette& system)
{
    return isDarkPalette(system) ? dark_() : light();
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, dark ? base : QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, selection);
    p.setColor(QPalette::HighlightedText, selectionText);
    p.setColor(QPalette::PlaceholderText, secondaryText);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, divider);
    p.setColor(QPalette::Light, dark ? base.lighter(130) : Qt::white);
    p.setColor(QPalette::Midlight, dark ? base.lighter(115) : window);
    p.setColor(QPalette::Dark, dark ? window.darker(130) : QColor(0xc4, 0xc8, 0xcc));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0, 90));
    p.setColor(QPalette::Disabled, QPalette::Text, secondaryText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, secondaryText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, secondaryText);
    return p;
}

QString Theme::scrollBarStyle() const
{
    const QString handle = dark ? QStringLiteral("rgba(255, 255, 255, 70)") : QStringLiteral("rgba(0, 0, 0, 70)");
    return QStringLiteral("QScrollBar:vertical { background: transparent; width: 8px; margin: 2px 1px; }"
                          "QScrollBar::handle:vertical { background: %1; border-radius: 3px; min-height: 32px; }"
                          "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
                          "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }")
        .arg(handle);
}

void Theme::apply(QApplication& app) const
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    app.setPalette(palette());
}

} // namespace duet::ui
