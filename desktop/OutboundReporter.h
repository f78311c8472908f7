// SPDX-License-Identifier: GPL-3.0-or-later
// Tells the hub about the desktop's accepted sends (the `outbound` command), durably.
#pragma once

#include <QObject>
#include <QSet>

namespace duet::outbound {
class OutboxStore;
}
namespace duet::sync {
class SyncClient;
}

namespace duet::desktop {

/// Reports every send Meta accepted to the hub, so that the hub logs it with the agent's name
/// and every desktop's store shows it (docs/PROTOCOL.md, `outbound`). The outbox's `reported`
/// column is the durable marker: a send is reported until the hub acknowledges it, so a report
/// refused `offline`, answered `disconnected` or lost with a crash is sent again after the next
/// catch-up (the hub deduplicates by client_id). Call reportPending() when a row gets its wamid;
/// it runs by itself after each catch-up.
/// Usage: `OutboundReporter reporter(outbox, client); connect(driver, rowChanged, reporter, reportPending);`
class OutboundReporter : public QObject
{
    Q_OBJECT
public:
    OutboundReporter(outbound::OutboxStore& outbox, sync::SyncClient& client, QObject* parent = nullptr);

    /// Sends a report for each accepted send the hub does not have yet (when connected).
    void reportPending();
    /// Reports sent and not answered yet.

signals:
    /// The hub acknowledged the report of this outbox row.
    void reported(qint64 id);

private:
    outbound::OutboxStore& m_outbox;
    sync::SyncClient& m_client;
    QSet<qint64> m_inFlight;
};

} // namespace duet::desktop
