// SPDX-License-Identifier: GPL-3.0-or-later
// Leases from demand, the relay's admission (lease, pair limit, the hub's pace), inbound, ledger rounds.
#include "SendBudget.h"

#include "BudgetLedger.h"
#include "core/Clock.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcBudget, "duet.hub.budget")

namespace duet::hub {
namespace {

constexpr int kLive = 0;
constexpr int kBulk = 1;
constexpr qint64 kSecondMs = 1'000;

} // namespace

SendBudget::SendBudget(const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_grant(std::max(0, int(std::floor(options.cap))))
    , m_pair(clock, options.pair)
    , m_pace(clock, 0, 1)
{
    // The drain timer fires a little late now and then: the pace keeps its schedule instead of
    // losing that time on every message (its sliding window still bounds every second).
    m_pace.setRate(paceRate());
    if (m_pace.rate() <= 0)
        m_pace.drain();
    m_roundTimer.setInterval(int(m_options.roundMs));
    connect(&m_roundTimer, &QTimer::timeout, this, &SendBudget::round);
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late (2.5 ms of a 50 ms slot)
    connect(&m_drainTimer, &QTimer::timeout, this, &SendBudget::drain);
}

SendBudget::~SendBudget()
{
    for (auto& lane : m_waiting) {
        std::deque<Waiting> left;
        left.swap(lane);
        for (Waiting& w : left) {
            Admission a = refusal(0, QStringLiteral("shutdown"), QStringLiteral("The hub is stopping."), -1);
            a.httpStatus = 503;
            w.proceed(a);
        }
    }
}

void SendBudget::start()
{
    if (m_ledger) {
        m_grant = 0; // nothing until the ledger granted it
        m_pace.setRate(0);
        m_pace.drain();
    }
    round();
    m_roundTimer.start();
}

void SendBudget::round()
{
    const qint64 now = m_clock.nowMs();
    // A wall clock set back must not stretch a grace or a cut by as much: neither lasts longer
    // than its own length from now.
    m_cutUntilMs = std::min(m_cutUntilMs, now + m_options.cutMs);
    for (Session& s : m_sessions) {
        s.lowerAtMs = std::min(s.lowerAtMs, now + kLowerGraceMs);
        if (s.pendingRate >= 0 && now >= s.lowerAtMs) {
            setLeaseRate(*s.bucket, s.pendingRate);
            s.pendingRate = -1;
        }
    }
    const int cap = std::max(0, int(std::floor(m_options.cap)));
    const int before = m_grant;
    if (m_ledger) {
        int granted = 0;
        QString error;
        if (m_ledger->round(demandTotal(), cap, now, &granted, &error)) {
            m_grant = granted;
            m_lastRoundMs = now;
        } else {
            qCWarning(lcBudget).noquote() << "the send budget round failed:" << error;
        }
    } else {
        m_grant = cap;
        m_lastRoundMs = now;
    }
    if (m_grant != before)
        emit grantChanged(m_grant);
    refreshPace();
}

double SendBudget::usableRate() const
{
    const qint64 now = m_clock.nowMs();
    if (m_ledger && now - m_lastRoundMs > m_options.fenceMs)
        return 0; // the others will reclaim this hub's grant soon: stop before they do
    int rate = m_grant;
    const double cap = std::max(1.0, m_options.cap);
    const double inbound = std::min(double(inboundLastSecond()), m_options.cap * m_options.inboundMaxShare);
    // Inbound's part of this hub's grant, in whole messages, so every hub's pace stays a whole
    // number and the sliding-second bound holds.
    rate -= int(std::ceil(inbound * double(m_grant) / cap));
    if (now < m_cutUntilMs)
        rate = rate / 2;
    return std::max(0, rate);
}

double SendBudget::paceRate() const
{
    const double rate = usableRate();
    return rate * 1000.0 / double(1000 + std::max<qint64>(0, m_options.jitterMs));
}

int SendBudget::inboundLastSecond() const
{
    const qint64 now = m_clock.nowMs();
    while (!m_inbound.empty() && m_inbound.front() <= now - kSecondMs)
        m_inbound.pop_front();
    // Counted "in the future": the clock was set back since; they count as counted now.
    if (!m_inbound.empty() && m_inbound.back() > now) {
        for (qint64& at : m_inbound)
            at = std::min(at, now);
    }
    return int(m_inbound.size());
}

void SendBudget::noteInbound(int count)
{
    const qint64 now = m_clock.nowMs();
    for (int i = 0; i < count && m_inbound.size() < 100'000; ++i)
        m_inbound.push_back(now);
}

int SendBudget::demandTotal() const
{
    const int cap = std::max(0, int(std::floor(m_options.cap)));
    qint64 total = queued();
    for (const Session& s : m_sessions)
        total += std::min<qint64>(cap, qint64(s.demand.live) + s.demand.bulk);
    return int(std::min<qint64>(total, cap));
}

void SendBudget::setDemand(const QString& session, const QString& agent, int live, int bulk)
{
    auto it = m_sessions.find(session);
    if (it == m_sessions.end()) {
        Session s;
        s.bucket = std::make_shared<TokenBucket>(m_clock, 0, std::max(1, m_options.sessionBurst));
        // The desktop's own bucket catches up after a late send; the lease must not count the
        // time it lost against it.
        it = m_sessions.insert(session, s);
    }
    const bool wasBusy = it->demand.isBusy();
    it->demand = SessionDemand{session, agent, std::max(0, live), std::max(0, bulk)};
    if (it->demand.isBusy() != wasBusy || wasBusy)
        reallocate();
}

void SendBudget::removeSession(const QString& session)
{
    if (m_sessions.remove(session) == 0)
        return;
    m_leases.remove(session);
    reallocate();
}

void SendBudget::refreshPace()
{
    const double rate = paceRate();
    if (rate != m_pace.rate()) {
        m_pace.setRate(rate);
        if (rate <= 0)
            m_pace.drain(); // a stopped hub sends nothing, not even the token it had
    }
    reallocate();
    drain();
}

void SendBudget::reallocate()
{
    QList<SessionDemand> demands;
    demands.reserve(m_sessions.size());
    for (const Session& s : std::as_const(m_sessions))
        demands.append(s.demand);
    const QHash<QString, double> leases = SendAllocator::allocate(m_pace.rate(), demands);
    QHash<QString, double> byAgent;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        const double lease = leases.value(it.key(), 0.0);
        byAgent[it->demand.agent] += lease;
        const double old = m_leases.value(it.key(), 0.0); // a new session was told 0 in its welcome
        if (std::fabs(lease - old) < 0.0005)
            continue;
        m_leases.insert(it.key(), lease);
        if (lease < old) { // told at once, enforced after the grace
            it->pendingRate = lease;
            it->lowerAtMs = m_clock.nowMs() + kLowerGraceMs;
        } else {
            it->pendingRate = -1;
            setLeaseRate(*it->bucket, lease);
        }
        emit leaseChanged(it.key(), lease);
    }
    for (auto it = m_agentBuckets.begin(); it != m_agentBuckets.end(); ++it)
        setLeaseRate(**it, byAgent.value(it.key(), 0.0));
}

TokenBucket* SendBudget::bucketFor(const RelayedSend& send)
{
    auto it = m_sessions.find(send.session);
    if (it != m_sessions.end() && it->demand.agent == send.agent)
        return it->bucket.get();
    // No session named (or not this agent's): the agent's leases together.
    std::shared_ptr<TokenBucket>& bucket = m_agentBuckets[send.agent];
    if (!bucket) {
        double rate = 0;
        for (const Session& s : std::as_const(m_sessions)) {
            if (s.demand.agent == send.agent)
                rate += m_leases.value(s.demand.session, 0.0);
        }
        bucket = std::make_shared<TokenBucket>(m_clock, 0, std::max(1, m_options.sessionBurst));
        setLeaseRate(*bucket, rate);
    }
    return bucket.get();
}

void SendBudget::setLeaseRate(TokenBucket& bucket, double rate) const
{
    // The tokens spent are kept (TokenBucket::setCapacity): a lease that grows lets its session
    // run ahead by the new slack at once, which the hub's pace still spreads out.
    const double slack = std::max(0.0, rate) * double(std::max<qint64>(0, m_options.sessionSlackMs)) / 1000.0;
    bucket.setCapacity(std::max({1, m_options.sessionBurst, int(std::ceil(slack))}));
    bucket.setRate(rate);
}

Admission SendBudget::refusal(int graphCode, const QString& reason, const QString& message, qint64 retryAfterMs)
{
    Admission a;
    a.ok = false;
    a.httpStatus = 429;
    a.graphCode = graphCode;
    a.reason = reason;
    a.message = message;
    a.retryAfterMs = retryAfterMs;
    return a;
}

void SendBudget::admit(const RelayedSend& send, std::function<void(const Admission&)> proceed)
{
    if (!send.counted) { // receipts and typing indicators are not messages Meta counts
        proceed(Admission{});
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (!send.recipient.isEmpty() && !m_pair.isReady(send.recipient)) {
        proceed(refusal(131056, QStringLiteral("pair_limited"),
                        QStringLiteral("This customer was sent too many messages in a short time; wait before "
                                       "sending another."),
                        std::max<qint64>(0, m_pair.readyAtMs(send.recipient) - now)));
        return;
    }
    TokenBucket* lease = bucketFor(send);
    if (!lease->take()) {
        const qint64 wait = lease->timeUntilAvailable();
        proceed(refusal(130429, QStringLiteral("lease_exceeded"),
                        QStringLiteral("This desktop sent faster than its share of the number's send rate."),
                        wait < 0 ? kSecondMs : wait));
        return;
    }
    if (!send.recipient.isEmpty())
        m_pair.take(send.recipient);
    if (m_pace.rate() > 0 && m_waiting[kLive].empty() && m_waiting[kBulk].empty() && m_pace.take()) {
        proceed(Admission{});
        return;
    }
    const double rate = m_pace.rate();
    const qint64 first = m_pace.timeUntilAvailable();
    const qint64 wait = rate > 0 && first >= 0 ? first + qint64(double(queued()) * 1000.0 / rate) : -1;
    if (wait < 0 || wait > m_options.maxWaitMs) {
        proceed(refusal(130429, QStringLiteral("budget_exhausted"),
                        QStringLiteral("The team is sending at the number's full rate; try again shortly."),
                        wait < 0 ? kSecondMs : std::min<qint64>(wait, 60'000)));
        return;
    }
    m_waiting[send.live ? kLive : kBulk].push_back(Waiting{send, std::move(proceed)});
    drain();
}

void SendBudget::drain()
{
    while (!m_waiting[kLive].empty() || !m_waiting[kBulk].empty()) {
        if (m_pace.rate() <= 0 || !m_pace.take())
            break;
        std::deque<Waiting>& lane = m_waiting[kLive].empty() ? m_waiting[kBulk] : m_waiting[kLive];
        Waiting w = std::move(lane.front());
        lane.pop_front();
        w.proceed(Admission{});
    }
    if (m_waiting[kLive].empty() && m_waiting[kBulk].empty()) {
        m_drainTimer.stop();
        return;
    }
    const qint64 wait = m_pace.timeUntilAvailable();
    m_drainTimer.start(int(std::clamp<qint64>(wait < 0 ? m_options.roundMs : wait, 1, m_options.roundMs)));
}

void SendBudget::answered(const RelayedSend& send, int httpStatus, int graphCode)
{
    if (!send.counted)
        return;
    if (graphCode == 131056) {
        m_pair.onPairRateError(send.recipient);
    } else if (graphCode == 130429) {
        const bool wasCut = m_clock.nowMs() < m_cutUntilMs;
        m_cutUntilMs = m_clock.nowMs() + m_options.cutMs;
        if (!wasCut) {
            m_pace.drain();
            refreshPace();
        }
    } else if (httpStatus >= 200 && httpStatus < 300) {
        m_pair.onSuccess(send.recipient);
    }
}

} // namespace duet::hub
