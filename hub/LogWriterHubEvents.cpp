// SPDX-License-Identifier: GPL-3.0-or-later
// Events the hub appends on its own account, inside the writer's transaction: the onboarding steps.
#include "LogWriter.h"
#include "LogWriterPrivate.h"

#include <QVariant>

namespace duet::hub {

bool LogWriter::processHubEvent(Tx& tx, const HubEvent& hubEvent, CommandResult* result)
{
    const QJsonObject& e = hubEvent.event;
    const bool requesting = e.value(QLatin1String("kind")).toString() == QLatin1String("onboarding") &&
                            e.value(QLatin1String("step")).toString() == QLatin1String("sync_requesting");
    if (requesting && !e.value(QLatin1String("again")).toBool(false)) {
        // Meta takes each sync once per onboarding: under the log's lock, so no two hubs, desktops
        // or `duet-hub setup` runs ask twice by accident. Only a repeat asked for goes through.
        QSqlQuery& q = prepared(SelectSyncRequest, QStringLiteral("SELECT state FROM sync_requests"
                                                                  " WHERE phone_number_id = ? AND sync_type = ?"));
        q.bindValue(0, e.value(QLatin1String("phone_number_id")).toString());
        q.bindValue(1, e.value(QLatin1String("sync_type")).toString());
        if (!exec(q, &tx.error))
            return false;
        const bool asked = q.next();
        q.finish();
        if (asked) {
            *result = CommandResult{false, QStringLiteral("already_requested"), 0};
            return true;
        }
    }
    qint64 seq = 0;
    if (!append(tx, e, {}, 0, hubEvent.agent, &seq))
        return false;
    if (!m_team->apply(seq, tx.atMs, e, &tx.error))
        return false;
    *result = CommandResult{true, {}, seq};
    return true;
}

} // namespace duet::hub
