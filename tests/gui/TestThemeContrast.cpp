// SPDX-License-Identifier: GPL-3.0-or-later
// Every text colour of both themes against the fills it is painted on: WCAG 2.x contrast of at least 4.5:1.
#include "ui/TemplateItemDelegate.h"
#include "ui/Theme.h"

#include <QTest>

#include <cmath>

using duet::ui::Theme;

namespace {

/// WCAG 2.x relative luminance of an opaque colour.
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// `over` painted with its alpha on the opaque `under`.
QColor composite(const QColor& over, const QColor& under)
{
    const double a = over.alphaF();
    return QColor::fromRgbF(float(over.redF() * a + under.redF() * (1 - a)),
                            float(over.greenF() * a + under.greenF() * (1 - a)),
                            float(over.blueF() * a + under.blueF() * (1 - a)));
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Pair
{
    QString what;
    QColor text, background;
};

/// Every pair of text and fill the delegates, the header, the list and the composer paint with
/// this theme (ui/BubbleDelegate.cpp, ConversationDelegate.cpp, ThreadHeader.cpp, Composer.cpp).
QList<Pair> pairsOf(const Theme& t)
{
    QList<Pair> pairs;
    const QList<std::pair<QString, QColor>> bubbles = {{QStringLiteral("incoming bubble"), t.bubbleIn},
                                                       {QStringLiteral("outgoing bubble"), t.bubbleOut},
                                                       {QStringLiteral("private note"), t.noteFill}};
    for (const auto& [name, fill] : bubbles) {
        const QColor secondary = fill == t.bubbleOut ? t.bubbleOutSecondaryText : t.secondaryText;
        pairs << Pair{QStringLiteral("text on the %1").arg(name), t.bubbleText, fill}
              << Pair{QStringLiteral("time, author, deleted text on the %1").arg(name), secondary, fill}
              << Pair{QStringLiteral("agent's name and links on the %1").arg(name), t.accent, fill}
              << Pair{QStringLiteral("a failure on the %1").arg(name), t.failure, fill}
              << Pair{QStringLiteral("a send held back on the %1").arg(name), t.warningText, fill};
        // A quote: its author in the quote bar's colour and its text on the bar's tint.
        QColor tint = t.quoteBar;
        tint.setAlpha(28);
        const QColor quote = composite(tint, fill);
        pairs << Pair{QStringLiteral("the quoted author on the %1").arg(name), t.quoteBar, quote}
              << Pair{QStringLiteral("the quoted text on the %1").arg(name), t.bubbleText, quote};
    }
    pairs << Pair{QStringLiteral("weekend days in a date field's calendar (ui/DateTimeField.cpp)"), t.failure, t.base}
          << Pair{QStringLiteral("the Echo badge"), t.badgeText, t.echoBadge}
          << Pair{QStringLiteral("the History badge"), t.badgeText, t.historyBadge}
          << Pair{QStringLiteral("the Note badge"), t.badgeText, t.noteBadge}
          << Pair{QStringLiteral("the unread badge"), t.badgeText, t.unreadBadge}
          << Pair{QStringLiteral("the unread badge of the selected row"), t.selection, t.selectionText}
          << Pair{QStringLiteral("the day separator and service lines"), t.datePillText,
                  composite(t.datePill, t.threadBackground)}
          << Pair{QStringLiteral("a bubble's first action"), t.accentText, t.accent}
          << Pair{QStringLiteral("a bubble's other actions"), t.actionText, t.actionFill}
          << Pair{QStringLiteral("the Open chip"), t.chipText, t.chipOpen}
          << Pair{QStringLiteral("the Closing chip"), t.chipText, t.chipClosing}
          << Pair{QStringLiteral("the Closed chip"), t.chipText, t.chipClosed}
          << Pair{QStringLiteral("list and header text"), t.text, t.base}
          << Pair{QStringLiteral("list and header secondary text"), t.secondaryText, t.base}
          << Pair{QStringLiteral("a selected row"), t.selectionText, t.selection}
          << Pair{QStringLiteral("links"), t.accent, t.base}
          << Pair{QStringLiteral("text on the window"), t.text, t.window}
          << Pair{QStringLiteral("the composer's text"), t.text, t.base}
          << Pair{QStringLiteral("the composer's placeholder and countdown"), t.secondaryText, t.base}
          << Pair{QStringLiteral("the composer's countdown on the window"), t.secondaryText, t.window}
          << Pair{QStringLiteral("the composer's closing countdown"), t.warningText, t.base}
          << Pair{QStringLiteral("the composer's closing countdown on the window"), t.warningText, t.window};
    // The template categories: white on their badge, and their colour as text on the window
    // (the picker's cost line).
    for (const char* category : {"MARKETING", "UTILITY", "AUTHENTICATION", "OTHER"}) {
        const QString code = QLatin1String(category);
        const QColor badge = duet::ui::TemplateItemDelegate::categoryColor(code);
        pairs << Pair{QStringLiteral("the %1 badge").arg(code), Qt::white, badge}
              << Pair{QStringLiteral("the %1 cost line").arg(code),
                      duet::ui::TemplateItemDelegate::categoryTextColor(code, t.dark), t.window};
    }
    return pairs;
}

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private slots:
    void theFormulaMatchesWcag()
    {
        QCOMPARE(std::round(contrast(Qt::black, Qt::white) * 100) / 100, 21.0);
        QCOMPARE(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5, true); // the classic #777 on white: 4.48
        QCOMPARE(std::round(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100) / 100, 4.54);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
    }

    void everyTextIsReadableOnItsFill_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("background");
        for (const auto& [name, theme] :
             {std::pair{QStringLiteral("light"), Theme::light()}, std::pair{QStringLiteral("dark"), Theme::dark_()}}) {
            for (const Pair& p : pairsOf(theme))
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(name, p.what))) << p.text << p.background;
        }
    }

    void everyTextIsReadableOnItsFill()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, background);
        QCOMPARE(text.alpha(), 255);
        QCOMPARE(background.alpha(), 255);
        const double ratio = contrast(text, background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1, WCAG AA asks for 4.5:1")
                                              .arg(text.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)));
    }
};

QTEST_GUILESS_MAIN(TestThemeContrast)
#include "TestThemeContrast.moc"
