// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the number's connection state and the phone app's last activity from `accounts`.
#include "AccountHealth.h"

#include "core/EnumNames.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::store {

namespace {

constexpr qint64 kDaySecs = 24 * 3600;

/// The stored `connection_state` of each state.
constexpr EnumName<AccountHealth::State> kStateNames[] = {
    {AccountHealth::State::Connected, "connected"},
    {AccountHealth::State::Disconnected, "partner_removed"},
    {AccountHealth::State::Offboarded, "offboarded"},
    {AccountHealth::State::Deleted, "deleted"},
};

AccountHealth::State stateOf(const QString& name)
{
    return fromName(kStateNames, name).value_or(AccountHealth::State::Connected);
}

} // namespace

int AccountHealth::idleDays(qint64 nowSecs) const
{
    if (appActiveAtSecs <= 0)
        return -1;
    return int(qMax<qint64>(0, nowSecs - appActiveAtSecs) / kDaySecs);
}

int AccountHealth::daysLeft(qint64 nowSecs) const
{
    const int idle = idleDays(nowSecs);
    return idle < 0 ? -1 : qMax(0, kInactivityLimitDays - idle);
}

bool AccountHealth::needsPhoneAppWarning(qint64 nowSecs) const
{
    return isConnected() && idleDays(nowSecs) >= kWarningFromDays;
}

bool AccountHealth::isRecentlyReconnected(qint64 nowSecs) const
{
    return isConnected() && lastEvent == QLatin1String("ACCOUNT_RECONNECTED") && sinceSecs > 0 &&
           nowSecs - sinceSecs < kReconnectedNoteSecs;
}

QString AccountHealth::stateName(State state)
{
    return toName(kStateNames, state);
}

bool AccountHealth::read(QSqlDatabase db, AccountHealth* health, QString* error)
{
    *health = AccountHealth();
    QSqlQuery q(db);
    // The latest connection event wins, as EventApplier's UpsertAccount decides between rows' events.
    if (!q.exec(QStringLiteral(
            "SELECT connection_state, last_event, reason, event_at FROM accounts"
            " WHERE last_event IS NOT NULL ORDER BY event_at DESC, CASE last_event WHEN 'ACCOUNT_DELETED' THEN 3"
            " WHEN 'ACCOUNT_RECONNECTED' THEN 2 WHEN 'PARTNER_ADDED' THEN 2 ELSE 1 END DESC,"
            " last_event DESC LIMIT 1"))) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next()) {
        health->state = stateOf(q.value(0).toString());
        health->lastEvent = q.value(1).toString();
        health->reason = q.value(2).toString();
        health->sinceSecs = q.value(3).toLongLong();
    }
    if (!q.exec(QStringLiteral("SELECT MAX(app_active_at) FROM accounts"))) {
        *error = q.lastError().text();
        return false;
    }
    if (q.next())
        health->appActiveAtSecs = q.value(0).toLongLong();
    // A Coexistence number is reconnected from the WhatsApp Business app on the phone: that is
    // the phone app in use too, even when nothing was sent from it.
    if (health->lastEvent == QLatin1String("ACCOUNT_RECONNECTED"))
        health->appActiveAtSecs = qMax(health->appActiveAtSecs, health->sinceSecs);
    return true;
}

} // namespace duet::store
