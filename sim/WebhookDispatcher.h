// SPDX-License-Identifier: GPL-3.0-or-later
// Delivers the simulator's webhook changes as Meta does: batched, signed, retried, sometimes twice.
#pragma once

#include "SimTypes.h"
#include "cloudapi/WebhookSignature.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

#include <deque>
#include <functional>
#include <memory>

namespace duet {
class Clock;
}

namespace duet::sim {

struct Scenario;

/// Where webhook POSTs go. post() must call `done` exactly once, later or at once, with the HTTP
/// status (0 when no response arrived: connection refused, reset, timeout).
class WebhookTransport
{
public:
    virtual ~WebhookTransport() = default;
    virtual void post(const QByteArray& body, const QByteArray& signatureHeader, std::function<void(int)> done) = 0;
};

/// Turns changes into webhook POST bodies written as Meta writes them (MetaJson: compact, \u
/// escapes in lower-case hex) inside {"object":"whatsapp_business_account","entry":[{"id":WABA,
/// "changes":[...]}]}, with X-Hub-Signature-256 over exactly those bytes. Up to the scenario's
/// batch_max changes share one POST (a random number each time). A POST not answered 200 is
/// retried after 1 s, 2 s, 4 s ... (at most 60 s) on the simulated clock, up to kMaxAttempts;
/// an acknowledged one is sometimes delivered again (duplicate_ratio). pump() does the work due
/// now; nothing runs by itself. Deterministic for a given seed.
class WebhookDispatcher
{
public:
    static constexpr int kMaxAttempts = 12;
    static constexpr qint64 kFirstRetryMs = 1000;
    static constexpr qint64 kMaxRetryMs = 60000;
    static constexpr int kMaxInFlight = 4;

    WebhookDispatcher(const Clock& clock, const Scenario& scenario, const QByteArray& appSecret,
                      WebhookTransport& transport, SimStats& stats, quint64 seed);
    ~WebhookDispatcher();

    void enqueue(const QList<WebhookChange>& changes);
    /// Builds due POSTs and sends what may go now.
    void pump();

    /// The body for a set of changes, exactly as it is sent.
    QByteArray serialize(const QList<WebhookChange>& changes) const;

    int queuedChanges() const { return int(m_changes.size()); }
    int pendingPosts() const { return int(m_posts.size()) + m_inFlight; }
    int inFlight() const { return m_inFlight; }
    /// When the next retry is due (-1: none waiting).
    qint64 nextRetryMs() const;

private:
    struct Post
    {
        QByteArray body;
        QByteArray signature;
        int attempts = 0;
        qint64 dueMs = 0;
        bool isDuplicate = false;
    };

    void send(Post post);
    void finished(Post post, int status);

    const Clock& m_clock;
    const Scenario& m_scenario;
    cloudapi::WebhookSignature m_signer;
    WebhookTransport& m_transport;
    SimStats& m_stats;
    QRandomGenerator m_random;
    std::deque<WebhookChange> m_changes;
    std::deque<Post> m_posts; // waiting, ordered by creation; each has its own due time
    int m_inFlight = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace duet::sim
