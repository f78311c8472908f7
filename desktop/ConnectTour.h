// SPDX-License-Identifier: GPL-3.0-or-later
// `duet --single-seat --screenshot FILE`: the Connect wizard walked page by page, one picture per page.
#pragma once

#include <QObject>
#include <QString>

namespace duet::desktop {

class SingleSeat;

/// Walks the single seat's Connect wizard as a person would, with the values the command line
/// filled in: each page is saved as FILE-1.png, FILE-2.png, … (FILE without its .png) once it has
/// settled (the checks with Meta answered), then Next; on the webhook page it ticks that Meta
/// verified the webhook. The import page is pictured, not requested; then Duet quits with 0, or
/// with 1 when a page cannot go on (a failed check is pictured first) or a file cannot be written.
/// Usage: `ConnectTour tour(seat, options.screenshot);` before `seat.start()`.
class ConnectTour : public QObject
{
    Q_OBJECT
public:
    ConnectTour(SingleSeat& seat, const QString& file, QObject* parent = nullptr);

private:
    void settle();
    void capture();
    QString pathFor(int page) const;

    SingleSeat& m_seat;
    QString m_base;
    int m_shot = 0;
};

} // namespace duet::desktop
