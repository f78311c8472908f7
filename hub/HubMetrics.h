// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's named metrics (docs/OPERATIONS.md explains each), registered on a Metrics registry.
#pragma once

#include "Metrics.h"
#include "core/Event.h"

#include <array>

namespace duet::hub {

/// Every series the hub exports, created up front so GET /metrics shows zeros before traffic.
/// Construct one per hub on its Metrics registry and pass it to the parts that count.
class HubMetrics
{
public:
    /// The outcome of one POST /webhook, the `result` label of duet_webhooks_total.
    enum class WebhookResult { Accepted, Unauthorized, TooLarge, BadRequest, Unavailable };

    explicit HubMetrics(Metrics& registry);

    Metrics& registry() const { return m_registry; }

    void countWebhook(WebhookResult result);
    void countEvent(EventKind kind, double n = 1);
    /// Seconds from a signed body's hand-over to its commit (or refusal).
    void observeCommitSeconds(double seconds);
    /// One log transaction: how long its writer waited for the log_head row lock, and how long it
    /// held it (from taking it to the end of COMMIT). Every hub on one database takes turns on it.
    void observeLogLock(double waitSeconds, double heldSeconds);
    void setAgentsConnected(int n);
    void setLogHead(qint64 seq);
    /// A webhook body with events for another business number than the hub's (docs/OPERATIONS.md,
    /// "One number per hub"): journaled, those events not applied.
    void countForeignNumberBody();
    /// The number's health (store::AccountHealth), set when /healthz or /metrics is read.
    /// `idleDays` is -1 while the phone app was never seen.
    void setAccountHealth(bool connected, int idleDays);
    /// Whether the hub can commit webhooks now: connected to its database with room to write.
    void setDatabaseAvailable(bool available);
    /// Whether the last transaction failed because the database's disk is full.
    void setDatabaseDiskFull(bool full);
    /// The database connection was lost (the hub reconnects with back-off).
    void countDatabaseLost();

private:
    Metrics& m_registry;
    std::array<Metrics::Counter*, 5> m_webhooks{};
    std::array<Metrics::Counter*, int(EventKind::Invalid) + 1> m_events{};
    Metrics::Histogram* m_commitSeconds;
    Metrics::Histogram* m_lockWaitSeconds;
    Metrics::Histogram* m_lockHeldSeconds;
    Metrics::Gauge* m_agentsConnected;
    Metrics::Gauge* m_logHead;
    Metrics::Counter* m_foreignNumber;
    Metrics::Gauge* m_accountConnected;
    Metrics::Gauge* m_phoneAppIdleDays;
    Metrics::Gauge* m_databaseAvailable;
    Metrics::Gauge* m_databaseDiskFull;
    Metrics::Counter* m_databaseLost;
};

} // namespace duet::hub
