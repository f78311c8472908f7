// SPDX-License-Identifier: GPL-3.0-or-later
// The 24-hour customer-service window of one contact (docs/CLOUDAPI-CONTRACT.md, "The customer-service window").
#pragma once

#include "Clock.h"

#include <QString>

namespace duet {

/// The state of a contact's service window at one instant, computed from the time of the
/// customer's latest OWN message (live or inbound history; never echoes or business sends).
/// Usage: `ServiceWindow w = ServiceWindow::at(lastCustomerAt, clock.nowSecs());`
/// or `ServiceWindow::now(lastCustomerAt, clock)`.
struct ServiceWindow
{
    enum class State : quint8 {
        None,    ///< the customer never wrote
        Open,    ///< free-form messages may be sent
        Closing, ///< still open, with less than the closing margin left
        Closed,  ///< only templates may be sent
    };

    static constexpr qint64 kLengthSecs = 24 * 60 * 60;
    static constexpr qint64 kDefaultClosingMarginSecs = 60 * 60;

    State state = State::None;
    qint64 lastCustomerAt = 0; ///< seconds since the epoch; 0 when the customer never wrote
    qint64 closesAt = 0;       ///< lastCustomerAt + 24 h; 0 when there is no window

    /// The window at `atSecs` for a customer whose latest message was at `lastCustomerAt`
    /// (0: never). Closing when less than `closingMarginSecs` remain.
    static ServiceWindow at(qint64 lastCustomerAt, qint64 atSecs, qint64 closingMarginSecs = kDefaultClosingMarginSecs);
    /// The same at the clock's current time.
    static ServiceWindow now(qint64 lastCustomerAt, const Clock& clock,
                             qint64 closingMarginSecs = kDefaultClosingMarginSecs);

    bool isSendable() const { return state == State::Open || state == State::Closing; }
    /// Seconds until it closes at `atSecs` (0 when closed or none).
    qint64 secondsLeft(qint64 atSecs) const;
};

/// "none", "open", "closing", "closed": the wire and JSON names.
QString serviceWindowStateName(ServiceWindow::State state);
/// The state for a wire name; false when unknown.
bool serviceWindowStateFromName(QStringView name, ServiceWindow::State* state);

} // namespace duet
