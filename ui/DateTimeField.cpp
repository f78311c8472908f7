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
    // Watched however it opens (the keys here, a click on the arrow): its popup's show and hide,
    // and Esc in it.
    m_popup = calendarWidget()->window();
    m_popup->installEventFilter(this);
    calendarWidget()->installEventFilter(this);
}

void DateTimeField::showCalendar()
{
    // No calendar when the format shows no date (Qt's calendarWidget() is then null).
    if (!calendarPopup() || !calendarWidget() || isReadOnly() || !isEnabled())
        return;
    // Qt opens the calendar only from a press on the arrow, which it finds with the style's
    // combo-box geometry (the field draws itself as a combo box while its calendar is on): the
    // same press, at the arrow's centre (the option as Qt's own hit test builds it).
    QStyleOptionComboBox option;
    option.initFrom(this);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    const QRect arrow = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, this);
    if (!arrow.isValid())
        return;
    const QPointF at = QRectF(arrow).center();
    QMouseEvent press(QEvent::MouseButtonPress, at, mapToGlobal(at), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    mousePressEvent(&press);
}

void DateTimeField::keyPressEvent(QKeyEvent* event)
{
    const bool altDown = event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier;
    if (calendarPopup() && calendarWidget() &&
        (altDown || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier))) {
        event->accept();
        showCalendar();
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}

bool DateTimeField::eventFilter(QObject* watched, QEvent* event)
{
    // Qt's calendar changes the field as its arrows move and keeps the change when Esc closes it:
    // Esc puts back the date the field had when the calendar opened. Only an Esc that closes the
    // calendar counts (in the header's year field, Esc only ends the year's editing).
    const QEvent::Type type = event->type();
    if (watched == m_popup && type == QEvent::Show) {
        m_beforeCalendar = dateTime();
        m_escaped = false;
    } else if (watched == m_popup && type == QEvent::Hide) {
        if (m_escaped && m_beforeCalendar.isValid())
            setDateTime(m_beforeCalendar);
        m_beforeCalendar = QDateTime();
        m_escaped = false;
    } else if (watched == calendarWidget() && type == QEvent::KeyPress) {
        m_escaped = static_cast<QKeyEvent*>(event)->matches(QKeySequence::Cancel);
    }
    return QDateTimeEdit::eventFilter(watched, event);
}

} // namespace duet::ui
