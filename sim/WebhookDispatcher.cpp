// SPDX-License-Identifier: GPL-3.0-or-later
// Delivers the simulator's webhook changes as Meta does: batched, signed, retried, sometimes twice.
#include "WebhookDispatcher.h"

#include "MetaJson.h"
#include "Scenario.h"
#include "core/Clock.h"

#include <QJsonArray>

#include <algorithm>

namespace duet::sim {

WebhookDispatcher::WebhookDispatcher(const Clock& clock, const Scenario& scenario, const QByteArray& appSecret,
                                     WebhookTransport& transport, SimStats& stats, quint64 seed)
    : m_clock(clock)
    , m_scenario(scenario)
    , m_signer(appSecret)
    , m_transport(transport)
    , m_stats(stats)
    , m_random(quint32((seed * 2654435761u) ^ 0x5eed))
{}

WebhookDispatcher::~WebhookDispatcher()
{
    *m_alive = false;
}

void WebhookDispatcher::enqueue(const QList<WebhookChange>& changes)
{
    m_changes.insert(m_changes.end(), changes.begin(), changes.end());
}

QByteArray WebhookDispatcher::serialize(const QList<WebhookChange>& changes) const
{
    QJsonArray list;
    bool hasAccountUpdate = false;
    for (const WebhookChange& c : changes) {
        list.append(QJsonObject{{QStringLiteral("value"), c.value}, {QStringLiteral("field"), c.field}});
        hasAccountUpdate = hasAccountUpdate || c.field == QLatin1String("account_update") ||
                           c.field == QLatin1String("message_template_status_update");
    }
    QJsonObject entry{{QStringLiteral("id"), m_scenario.wabaId}, {QStringLiteral("changes"), list}};
    if (hasAccountUpdate) // Meta's account_update and template status examples carry the entry time
        entry.insert(QStringLiteral("time"), m_clock.nowSecs());
    return MetaJson::write(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                       {QStringLiteral("entry"), QJsonArray{entry}}});
}

void WebhookDispatcher::pump()
{
    const qint64 now = m_clock.nowMs();
    while (!m_changes.empty()) {
        const int batchMax = qMax(1, m_scenario.delivery.batchMax);
        const int size = qMin(int(m_changes.size()), 1 + int(m_random.bounded(batchMax)));
        QList<WebhookChange> batch(m_changes.begin(), m_changes.begin() + size);
        m_changes.erase(m_changes.begin(), m_changes.begin() + size);
        Post post;
        post.body = serialize(batch);
        post.signature = m_signer.sign(post.body);
        post.dueMs = now;
        m_posts.push_back(post);
    }
    // A transport may answer synchronously and push a retry: take one post at a time.
    while (m_inFlight < kMaxInFlight) {
        const auto it = std::find_if(m_posts.begin(), m_posts.end(), [now](const Post& p) { return p.dueMs <= now; });
        if (it == m_posts.end())
            break;
        Post post = *it;
        m_posts.erase(it);
        send(post);
    }
}

qint64 WebhookDispatcher::nextRetryMs() const
{
    qint64 next = -1;
    for (const Post& p : m_posts)
        next = next < 0 ? p.dueMs : qMin(next, p.dueMs);
    return next;
}

void WebhookDispatcher::send(Post post)
{
    ++m_inFlight;
    ++m_stats.webhookPosts;
    if (post.attempts > 0)
        ++m_stats.webhookRetries;
    ++post.attempts;
    std::weak_ptr<bool> alive = m_alive;
    const QByteArray body = post.body;
    const QByteArray signature = post.signature;
    m_transport.post(body, signature, [this, alive, post](int status) {
        if (alive.expired() || !*alive.lock())
            return;
        finished(post, status);
    });
}

void WebhookDispatcher::finished(Post post, int status)
{
    --m_inFlight;
    const qint64 now = m_clock.nowMs();
    if (status == 200) {
        ++m_stats.webhookAcknowledged;
        if (!post.isDuplicate && m_random.generateDouble() < m_scenario.delivery.duplicateRatio) {
            Post duplicate = post;
            duplicate.attempts = 0;
            duplicate.isDuplicate = true;
            duplicate.dueMs = now + 200 + qint64(m_random.bounded(2000));
            ++m_stats.webhookDuplicates;
            m_posts.push_back(duplicate);
        }
        return;
    }
    if (post.attempts >= kMaxAttempts) {
        ++m_stats.webhookDropped;
        return;
    }
    qint64 backoff = kFirstRetryMs;
    for (int i = 1; i < post.attempts && backoff < kMaxRetryMs; ++i)
        backoff *= 2;
    post.dueMs = now + qMin(backoff, kMaxRetryMs);
    m_posts.push_back(post);
}

} // namespace duet::sim
