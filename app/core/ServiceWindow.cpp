// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceWindow.h"

#include "EnumNames.h"

namespace duet {
namespace {
constexpr EnumName<ServiceWindow::State> kStateNames[] = {
    {ServiceWindow::State::None, "none"},
    {ServiceWindow::State::Open, "open"},
    {ServiceWindow::State::Closing, "closing"},
    {ServiceWindow::State::Closed, "closed"},
};
} // namespace

ServiceWindow ServiceWindow::at(qint64 lastCustomerAt, qint64 atSecs, qint64 closingMarginSecs)
{
    ServiceWindow w;
    if (lastCustomerAt <= 0)
        return w;
    w.lastCustomerAt = lastCustomerAt;
    w.closesAt = lastCustomerAt + kLengthSecs;
    if (atSecs >= w.closesAt)
        w.state = State::Closed;
    else if (w.closesAt - atSecs < closingMarginSecs)
        w.state = State::Closing;
    else
        w.state = State::Open;
    return w;
}

ServiceWindow ServiceWindow::now(qint64 lastCustomerAt, const Clock& clock, qint64 closingMarginSecs)
{
    return at(lastCustomerAt, clock.nowSecs(), closingMarginSecs);
}

qint64 ServiceWindow::secondsLeft(qint64 atSecs) const
{
    if (state == State::None || atSecs >= closesAt)
        return 0;
    return closesAt - atSecs;
}

QString serviceWindowStateName(ServiceWindow::State state)
{
    return toName(kStateNames, state);
}

bool serviceWindowStateFromName(QStringView name, ServiceWindow::State* state)
{
    return fromName(kStateNames, name, state);
}

} // namespace duet
