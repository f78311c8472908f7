// SPDX-License-Identifier: GPL-3.0-or-later
// Texts about time and the service window.
#include "TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace duet::ui::TimeText {
namespace {

/// The translation context of these texts.
class TimeTextTr
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
};

/// The locale's short time format without seconds ("HH:mm", "h:mm AP", "H:mm").
QString shortTimeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    format.remove(seconds);
    return format;
}

/// The locale's long date format without the weekday and, when `withYear` is false, without
/// the year where it comes last ("d 'de' MMMM", "MMMM d", "d. MMMM"); locales that put the year
/// elsewhere keep it.
QString dayFormat(const QLocale& locale, bool withYear)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("^dddd[,.]?\\s*|\\s*[,.]?\\s*dddd$"));
    static const QRegularExpression lastYear(QStringLiteral("[\\s,]*('[^']*'\\s*)?y+[.]?$"));
    format.remove(weekday);
    if (!withYear) {
        const QString shorter = QString(format).remove(lastYear);
        if (!shorter.contains(QLatin1Char('y')) && shorter.contains(QLatin1Char('d')))
            format = shorter;
    }
    return format;
}

} // namespace

QString chip(const ServiceWindow& window, qint64 nowSecs)
{
    switch (window.state) {
    case ServiceWindow::State::None:
        return QString();
    case ServiceWindow::State::Closed:
        return TimeTextTr::tr("Closed");
    case ServiceWindow::State::Open:
    case ServiceWindow::State::Closing:
        break;
    }
    const qint64 left = window.secondsLeft(nowSecs);
    if (left >= 3600)
        return TimeTextTr::tr("%n h left", nullptr, int(left / 3600));
    return TimeTextTr::tr("%n min left", nullptr, int(qMax<qint64>(1, (left + 59) / 60)));
}

QString countdown(const ServiceWindow& window, qint64 nowSecs)
{
    if (!window.isSendable())
        return QString();
    const qint64 left = window.secondsLeft(nowSecs);
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(left / 3600)
                            .arg((left / 60) % 60, 2, 10, QLatin1Char('0'))
                            .arg(left % 60, 2, 10, QLatin1Char('0'));
    return window.state == ServiceWindow::State::Closing ? TimeTextTr::tr("Window closing · %1 left").arg(hms)
                                                         : TimeTextTr::tr("Window open · %1 left").arg(hms);
}

QString closedReason(const ServiceWindow& window, qint64 nowSecs)
{
    Q_UNUSED(nowSecs)
    switch (window.state) {
    case ServiceWindow::State::Open:
    case ServiceWindow::State::Closing:
        return QString();
    case ServiceWindow::State::None:
        return TimeTextTr::tr("This customer has not written to you yet. Only approved templates can be sent.");
    case ServiceWindow::State::Closed:
        break;
    }
    const QDateTime closed = QDateTime::fromSecsSinceEpoch(window.closesAt);
    const bool today = closed.date() == QDateTime::fromSecsSinceEpoch(nowSecs).date();
    const QString when =
        today ? clockTime(window.closesAt)
              : QLocale().toString(closed.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clockTime(window.closesAt);
    return TimeTextTr::tr("The 24-hour window closed at %1. Only approved templates can be sent.").arg(when);
}

QString clockTime(qint64 secs)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromSecsSinceEpoch(secs).time(), shortTimeFormat(locale));
}

QString listStamp(qint64 secs, qint64 nowSecs)
{
    if (secs <= 0)
        return QString();
    const QDate day = localDay(secs);
    const QDate today = localDay(nowSecs);
    if (day == today)
        return clockTime(secs);
    if (day == today.addDays(-1))
        return TimeTextTr::tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString dayLabel(const QDate& day, const QDate& today)
{
    if (day == today)
        return TimeTextTr::tr("Today");
    if (day == today.addDays(-1))
        return TimeTextTr::tr("Yesterday");
    const QLocale locale;
    return locale.toString(day, dayFormat(locale, day.year() != today.year()));
}

QDate localDay(qint64 secs)
{
    // Neighbouring messages share a day, and the time-zone conversion dominated loading thread
    // pages: remember the bounds of the last few days seen (local midnight to midnight, so DST
    // days are right) and answer every time inside them without converting. A few, not one: the
    // grouping roles compare each row's day with the row before, which in a thread of sparse
    // messages alternates between two days at every row.
    struct Day
    {
        qint64 start = 1;
        qint64 end = 0;
        QDate day;
    };
    constexpr int kDays = 8;
    thread_local Day days[kDays];
    thread_local int next = 0;
    for (const Day& d : days) {
        if (secs >= d.start && secs < d.end)
            return d.day;
    }
    const QDate day = QDateTime::fromSecsSinceEpoch(secs).date();
    Day& slot = days[next];
    next = (next + 1) % kDays;
    slot.day = day;
    slot.start = day.startOfDay().toSecsSinceEpoch();
    slot.end = day.addDays(1).startOfDay().toSecsSinceEpoch();
    return day;
}

} // namespace duet::ui::TimeText
