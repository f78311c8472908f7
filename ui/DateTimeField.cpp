// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar of a date and time field, from the keyboard.
#include "DateTimeField.h"

#include "Theme.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTextCharFormat>

namespace duet::ui {

DateTimeField::DateTimeField(const QDateTime& value, QWidget* parent)
    : QDateTimeEdit(value, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat)); // to the minute, as people set a time
    setToolTip(tr("Alt+Down opens the calendar"));
    // Qt paints weekends in pure red, unreadable on the dark theme's field: the theme's failure
    // colour, which keeps 4.5:1 on the field in both themes (TestThemeContrast).
    QTextCharFormat weekend = calendarWidget()->weekdayTextFormat(Qt::Saturday);
    weekend.setForeground(Theme::forPalette(palette()).failure);
    for (const Qt::DayOfWeek day : {Qt::Saturday, Qt::Sunday})
        calendarWidget()->setWeekdayTextFormat(day, weekend);
}

void DateTimeField::showCalendar()
{
    if (!calendarPopup() || isReadOnly() || !isEnabled())
        return;
    // Qt opens the calendar only from a press on the arrow, which it finds with the style's
    // combo-box geometry (the field draws itself as a combo box while its calendar is on): the
    // same press, at the arrow's centre.
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    option.frame = hasFrame();
    option.subControls = QStyle::SC_All;
    const QRect arrow = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, this);
    if (!arrow.isValid())
        return;
    m_beforeCalendar = dateTime();
    calendarWidget()->installEventFilter(this);
    const QPointF at = QRectF(arrow).center();
    QMouseEvent press(QEvent::MouseButtonPress, at, mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    mousePressEvent(&press);
}

void DateTimeField::keyPressEvent(QKeyEvent* event)
{
    const bool altDown = event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier;
    if (calendarPopup() && (altDown || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier))) {
        event->accept();
        showCalendar();
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}

bool DateTimeField::eventFilter(QObject* watched, QEvent* event)
{
    // Qt's calendar changes the field as its arrows move and keeps the change on Esc: Esc puts
    // back the date the field had when the calendar opened (the popup then closes on it).
    if (watched == calendarWidget() && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && m_beforeCalendar.isValid())
        setDateTime(m_beforeCalendar);
    return QDateTimeEdit::eventFilter(watched, event);
}

} // namespace duet::ui
