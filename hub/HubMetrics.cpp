// SPDX-License-Identifier: GPL-3.0-or-later
// Registration of the hub's metrics with their help texts.
#include "HubMetrics.h"

#include "core/EnumNames.h"

namespace duet::hub {

namespace {

constexpr EnumName<HubMetrics::WebhookResult> kResultNames[] = {
    {HubMetrics::WebhookResult::Accepted, "accepted"},       {HubMetrics::WebhookResult::Unauthorized, "unauthorized"},
    {HubMetrics::WebhookResult::TooLarge, "too_large"},      {HubMetrics::WebhookResult::BadRequest, "bad_request"},
    {HubMetrics::WebhookResult::Unavailable, "unavailable"},
};

const char* resultName(HubMetrics::WebhookResult r)
{
    const char* name = nameOf(kResultNames, r);
    return name ? name : "unknown";
}

} // namespace

HubMetrics::HubMetrics(Metrics& registry)
    : m_registry(registry)
{
    const QByteArray webhooksHelp = "Webhook POSTs by outcome: accepted (committed, 200), unauthorized (401), "
                                    "too_large (413), bad_request (400), unavailable (503, Meta retries).";
    for (int r = 0; r < int(m_webhooks.size()); ++r) {
        m_webhooks[r] =
            &registry.counter("duet_webhooks_total", webhooksHelp, {{"result", resultName(WebhookResult(r))}});
    }
    for (int k = 0; k < int(m_events.size()); ++k) {
        m_events[k] = &registry.counter("duet_events_total", "Webhook events committed to the log, by kind.",
                                        {{"kind", eventKindName(EventKind(k)).toLatin1()}});
    }
    m_commitSeconds = &registry.histogram("duet_commit_seconds",
                                          "Seconds from a signed webhook's arrival to its commit (or refusal).",
                                          Metrics::latencyBuckets());
    m_lockWaitSeconds = &registry.histogram("duet_log_lock_wait_seconds",
                                            "Seconds each log transaction waited for the log_head row lock (the "
                                            "hubs sharing the database write one at a time).",
                                            Metrics::latencyBuckets());
    m_lockHeldSeconds = &registry.histogram("duet_log_lock_held_seconds",
                                            "Seconds each log transaction held the log_head row lock, from taking it "
                                            "to the end of COMMIT; the count is the transactions.",
                                            Metrics::latencyBuckets());
    m_agentsConnected = &registry.gauge("duet_agents_connected", "Agents connected over WebSocket now.");
    m_logHead = &registry.gauge("duet_log_head", "The seq of the newest committed log event.");
    m_foreignNumber = &registry.counter("duet_webhooks_foreign_number_total",
                                        "Webhook bodies with events for another business number than the hub's: "
                                        "journaled, those events not applied.");
    m_accountConnected = &registry.gauge("duet_account_connected",
                                         "1 while the number is connected to the Cloud API, 0 once Meta disconnected, "
                                         "offboarded or deleted it (account_update).");
    m_phoneAppIdleDays =
        &registry.gauge("duet_phone_app_idle_days",
                        "Whole days since the WhatsApp Business app on the phone was last used (an echo, an "
                        "address-book sync or a reconnection); -1 while never seen. Meta disconnects the number "
                        "after 14.");
    m_databaseAvailable = &registry.gauge("duet_database_available",
                                          "1 while the hub can commit webhooks (its database connected, with room to "
                                          "write), 0 while they are answered 503.");
    m_databaseDiskFull = &registry.gauge("duet_database_disk_full",
                                         "1 while commits fail because the database's disk is full (webhooks get 503 "
                                         "and Meta retries them), else 0.");
    m_databaseLost = &registry.counter("duet_database_connection_lost_total",
                                       "Times the hub lost its database connection (it reconnects with back-off).");
    m_accountConnected->set(1);
    m_phoneAppIdleDays->set(-1);
}

void HubMetrics::countForeignNumberBody()
{
    m_foreignNumber->inc();
}

void HubMetrics::setAccountHealth(bool connected, int idleDays)
{
    m_accountConnected->set(connected ? 1 : 0);
    m_phoneAppIdleDays->set(idleDays);
}

void HubMetrics::setDatabaseAvailable(bool available)
{
    m_databaseAvailable->set(available ? 1 : 0);
}

void HubMetrics::setDatabaseDiskFull(bool full)
{
    m_databaseDiskFull->set(full ? 1 : 0);
}

void HubMetrics::countDatabaseLost()
{
    m_databaseLost->inc();
}

void HubMetrics::countWebhook(WebhookResult result)
{
    m_webhooks[int(result)]->inc();
}

void HubMetrics::countEvent(EventKind kind, double n)
{
    const auto i = std::size_t(kind);
    if (i < m_events.size())
        m_events[i]->inc(n);
}

void HubMetrics::observeCommitSeconds(double seconds)
{
    m_commitSeconds->observe(seconds);
}

void HubMetrics::observeLogLock(double waitSeconds, double heldSeconds)
{
    m_lockWaitSeconds->observe(waitSeconds);
    m_lockHeldSeconds->observe(heldSeconds);
}

void HubMetrics::setAgentsConnected(int n)
{
    m_agentsConnected->set(n);
}

void HubMetrics::setLogHead(qint64 seq)
{
    m_logHead->set(double(seq));
}

} // namespace duet::hub
