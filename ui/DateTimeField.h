// SPDX-License-Identifier: GPL-3.0-or-later
// A date and time field whose calendar opens from the keyboard as well as with the mouse.
#pragma once

#include <QDateTimeEdit>
#include <QPointer>

namespace duet::ui {

/// A QDateTimeEdit with its calendar popup on, which Alt+Down and F4 open as they open a combo
/// box's list (Qt's own field opens it only with a click on its arrow): in the calendar, the
/// arrows move by day (the field follows), Enter takes the day, and Esc closes it with the date
/// it had when it opened. It shows the locale's short date and time, to the minute.
/// Usage: `auto* when = new DateTimeField(QDateTime::currentDateTime().addSecs(3600), dialog);`
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT
public:
    explicit DateTimeField(const QDateTime& value, QWidget* parent = nullptr);

    /// Opens the calendar under the field, as a click on its arrow does.
    void showCalendar();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> m_popup;  ///< the calendar's popup window
    QDateTime m_beforeCalendar; ///< the value when the calendar opened, which Esc restores
    bool m_escaped = false;     ///< the calendar's last key was Esc
};

} // namespace duet::ui
