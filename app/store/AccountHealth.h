// SPDX-License-Identifier: GPL-3.0-or-later
// The business number's health: is it connected to the Cloud API, and is the phone app in use.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace duet::store {

/// What the store knows of the number's link to the Cloud API (docs/STORE.md, "Account health"):
/// the latest `account_update` that changed the connection and the phone app's latest sign of
/// life (an echo, or an address-book sync). A Coexistence number is disconnected by Meta when the
/// WhatsApp Business app on the phone stays unused for about 14 days (PARTNER_REMOVED with reason
/// PRIMARY_INACTIVITY); Duet warns from day 10. Read it with read(); the rest is arithmetic on it.
/// Usage: `AccountHealth h; if (AccountHealth::read(db, &h, &error)) show(h.state, h.idleDays(now));`
struct AccountHealth
{
    enum class State {
        Connected,    ///< no disconnection known, or connected again (ACCOUNT_RECONNECTED, PARTNER_ADDED)
        Disconnected, ///< PARTNER_REMOVED: Meta cut the number off the Cloud API; `reason` says why
        Offboarded,   ///< ACCOUNT_OFFBOARDED: the phone or the number's registration changed
        Deleted,      ///< ACCOUNT_DELETED
    };

    /// Meta disconnects a Coexistence number after this many days without the phone app.
    static constexpr int kInactivityLimitDays = 14;
    /// Duet warns supervisors from this many days without the phone app.
    static constexpr int kWarningFromDays = 10;
    /// A reconnection is news for this long.
    static constexpr qint64 kReconnectedNoteSecs = 24 * 3600;

    State state = State::Connected;
    QString lastEvent;    ///< PARTNER_REMOVED, ACCOUNT_RECONNECTED, ...; null when none was seen
    QString reason;       ///< disconnection_info.reason (PRIMARY_INACTIVITY, ...); null when none
    qint64 sinceSecs = 0; ///< when the latest connection event happened; 0 when none or untimed
    /// The phone app's latest echo or address-book sync, or the reconnection made from it; 0 when never seen.
    qint64 appActiveAtSecs = 0;

    bool isConnected() const { return state == State::Connected; }
    /// Whole days since the phone app was last active; -1 when it was never seen.
    int idleDays(qint64 nowSecs) const;
    /// Days left before Meta's 14-day cut-off (0 once reached); -1 when the app was never seen.
    int daysLeft(qint64 nowSecs) const;
    /// Connected, and the phone app unused from day kWarningFromDays on.
    bool needsPhoneAppWarning(qint64 nowSecs) const;
    /// Connected again (ACCOUNT_RECONNECTED) less than kReconnectedNoteSecs ago.
    bool isRecentlyReconnected(qint64 nowSecs) const;

    /// The connection state's name as the store writes it: connected, partner_removed,
    /// offboarded, deleted.
    static QString stateName(State state);

    /// Reads the number's health from the store's `accounts` table (one hub serves one number,
    /// so every row is about it: account events name no number, echoes and syncs do). False with
    /// *error on a database failure.
    static bool read(QSqlDatabase db, AccountHealth* health, QString* error);
};

} // namespace duet::store
