// SPDX-License-Identifier: GPL-3.0-or-later
// A date and time field's calendar from the keyboard: Alt+Down and F4 open it, Enter takes a day, Esc keeps the date.
#include "ui/DateTimeField.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QTest>
#include <QTextCharFormat>

#include <memory>

using duet::ui::DateTimeField;

class TestDateTimeField : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_start{QDate(2026, 12, 7), QTime(10, 30)};

    /// The calendar popup that is open, or null.
    static QCalendarWidget* openCalendar()
    {
        QWidget* popup = QApplication::activePopupWidget();
        return popup ? popup->findChild<QCalendarWidget*>() : nullptr;
    }

    /// A field in a window of its own, shown, with the keyboard; the window is `m_window`.
    DateTimeField* shownField(const QString& format = {})
    {
        m_window = std::make_unique<QWidget>();
        auto* field = new DateTimeField(m_start, m_window.get());
        if (!format.isEmpty())
            field->setDisplayFormat(format);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        field->setFocus();
        return field;
    }
    std::unique_ptr<QWidget> m_window;

    static void closePopups()
    {
        while (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
    }

private slots:
    void cleanup()
    {
        closePopups();
        m_window.reset();
    }

    void altDownOpensTheCalendarAndEnterTakesTheDay()
    {
        DateTimeField* field = shownField();
        QVERIFY(field);
        QVERIFY(!openCalendar());
        QTest::keyClick(field, Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget* calendar = openCalendar();
        QVERIFY2(calendar, "Alt+Down did not open the calendar");
        QCOMPARE(calendar->selectedDate(), m_start.date());
        // Right moves a day; Enter takes it, the time kept, and closes the calendar.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(!openCalendar());
        QCOMPARE(field->dateTime(), m_start.addDays(1));
    }

    void f4OpensItAndEscapeKeepsTheDate()
    {
        DateTimeField* field = shownField();
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_F4);
        QVERIFY2(openCalendar(), "F4 did not open the calendar");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!openCalendar());
        QCOMPARE(field->dateTime(), m_start);
    }

    void escapeRestoresTheDateOfThisOpeningHoweverItOpened()
    {
        DateTimeField* field = shownField();
        QVERIFY(field);
        // F4, a day on, Enter: the field has the next day.
        QTest::keyClick(field, Qt::Key_F4);
        QVERIFY(openCalendar());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(field->dateTime(), m_start.addDays(1));
        // A click on the arrow (at the field's right end), a day on, Esc: back to that next day.
        QTest::mouseClick(field, Qt::LeftButton, Qt::NoModifier, QPoint(field->width() - 6, field->height() / 2));
        QVERIFY2(openCalendar(), "a click on the arrow did not open the calendar");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(field->dateTime(), m_start.addDays(2)); // the field follows the calendar
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!openCalendar());
        QCOMPARE(field->dateTime(), m_start.addDays(1));
    }

    void aFieldWithoutADateHasNoCalendarToOpen()
    {
        DateTimeField* field = shownField(QStringLiteral("HH:mm"));
        QVERIFY(field);
        QTest::keyClick(field, Qt::Key_F4);
        field->showCalendar();
        QVERIFY(!openCalendar());
        QCOMPARE(field->dateTime(), m_start);
        QTest::keyClick(field, Qt::Key_Down, Qt::AltModifier); // a step, as in Qt's own field
        QVERIFY(!openCalendar());
    }

    void plainDownStillStepsTheField()
    {
        DateTimeField* field = shownField(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(field);
        field->setCurrentSection(QDateTimeEdit::DaySection);
        QTest::keyClick(field, Qt::Key_Down);
        QVERIFY(!openCalendar());
        QCOMPARE(field->dateTime(), m_start.addDays(-1));
    }

    void weekendsUseTheThemesReadableColour()
    {
        // Qt's pure red is not readable on the dark field; the theme's failure colour is checked at
        // 4.5:1 on it (TestThemeContrast).
        for (const duet::ui::Theme& theme : {duet::ui::Theme::light(), duet::ui::Theme::dark_()}) {
            QWidget window;
            window.setPalette(theme.palette());
            DateTimeField field(m_start, &window);
            for (const Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday})
                QCOMPARE(field.calendarWidget()->weekdayTextFormat(day).foreground().color(), theme.failure);
        }
    }

    void aReadOnlyOrDisabledFieldOpensNothing()
    {
        DateTimeField* field = shownField();
        QVERIFY(field);
        field->setReadOnly(true);
        field->showCalendar();
        QVERIFY(!openCalendar());
        field->setReadOnly(false);
        field->setEnabled(false);
        field->showCalendar();
        QVERIFY(!openCalendar());
        field->setEnabled(true);
        field->showCalendar();
        QVERIFY(openCalendar());
    }
};

QTEST_MAIN(TestDateTimeField)
#include "TestDateTimeField.moc"
