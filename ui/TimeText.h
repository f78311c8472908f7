// SPDX-License-Identifier: GPL-3.0-or-later
// How times and the service window read to an agent: countdowns, reasons, day names.
#pragma once

#include "core/ServiceWindow.h"

#include <QDate>
#include <QString>

namespace duet::ui {

/// Short, translated texts about time, shared by the list, the thread header and the composer.
/// Pure functions of their arguments (the caller passes "now"), so tests need no clock tricks.
namespace TimeText {

/// The window chip: "18 h left", "42 min left", "Closed", or null for no window.
QString chip(const ServiceWindow& window, qint64 nowSecs);
/// The composer's live countdown with seconds: "Window open · 23:41:07 left".
QString countdown(const ServiceWindow& window, qint64 nowSecs);
/// Why only templates can be sent ("The 24-hour window closed at 14:32. ..."); null when open.
QString closedReason(const ServiceWindow& window, qint64 nowSecs);
/// "14:32" in local time.
QString clockTime(qint64 secs);
/// The list's time column: the time today, "Yesterday", the weekday this week, else a short date.
QString listStamp(qint64 secs, qint64 nowSecs);
/// A day separator's text: "Today", "Yesterday" or the long date.
QString dayLabel(const QDate& day, const QDate& today);
/// The local calendar day of an instant.
QDate localDay(qint64 secs);

} // namespace TimeText
} // namespace duet::ui
