// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's send budget: leases by demand, relayed sends paced and checked, the pair limit per customer.
#pragma once

#include "SendAdmission.h"
#include "core/PairLimiter.h"
#include "core/SendAllocator.h"
#include "core/TokenBucket.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace duet {
class Clock;
}

namespace duet::hub {

class BudgetLedger;

/// The team's one send budget (docs/RATE-LIMITS.md). It keeps what each desktop session has
/// queued (its `demand` frames), divides this hub's rate among them with SendAllocator and says
/// leaseChanged() when a session's lease changes (the session sends a `rate` frame). As the
/// relay's SendAdmission it also:
/// - refuses a relayed message beyond the session's lease (a token bucket at the lease with a
///   small burst for network bunching): 429, Graph code 130429, reason `lease_exceeded`;
/// - holds the pair limit per customer for the whole team (one PairLimiter): 429, code 131056,
///   reason `pair_limited`, with the wait; Meta's 131056 answers hold the customer back 4^X s;
/// - paces everything this hub forwards at its usable rate (a token bucket of burst 1: at most
///   that many messages in any sliding second), live before bulk, calling `proceed` later when a
///   message must wait, or refusing with `budget_exhausted` when it would wait over maxWaitMs;
/// - counts customers' messages (Meta counts them against the cap) over the last second and
///   leaves them up to inboundMaxShare of the rate;
/// - halves the pace for cutMs after Meta answers 130429.
/// With a BudgetLedger (several hubs on one PostgreSQL) this hub's rate is the whole messages per
/// second the ledger grants it, renewed every roundMs; without one, the whole cap.
class SendBudget : public QObject, public SendAdmission
{
    Q_OBJECT
public:
    /// How long a lowered lease is not enforced yet (the hub's own pacing holds the cap meanwhile).
    static constexpr qint64 kLowerGraceMs = 1'000;
    struct Options
    {
        double cap = 20;      ///< the number's messages per second
        int sessionBurst = 3; ///< relayed messages a session may send back to back beyond its lease
        /// ... or this long at its lease, when that is more: a hub that did not run for a moment
        /// (a loaded machine, a pause in its event loop) then reads the requests that arrived
        /// meanwhile back to back, and a desktop paced at its lease must not be refused for that.
        /// What reaches Meta is still paced by the hub (below).
        qint64 sessionSlackMs = 1'000;
        qint64 maxWaitMs = 5'000;     ///< a message that would wait longer in the hub's pace is refused
        double inboundMaxShare = 0.5; ///< customers' messages take at most this share of the rate
        qint64 cutMs = 10'000;        ///< after Meta's 130429, the pace is halved this long
        qint64 roundMs = 250;         ///< ledger rounds (several hubs)
        qint64 fenceMs = 1'750;       ///< no ledger round for this long: this hub stops sending
        /// The pace spreads grant + 1 messages over 1 s plus this much, so that messages that reach
        /// Meta up to this late or early still fit the grant in every sliding second.
        qint64 jitterMs = 10;
        PairLimiter::Options pair;
    };

    SendBudget(const Clock& clock, Options options, QObject* parent = nullptr);
    ~SendBudget() override;

    /// Shares the cap with other hubs through the ledger (taken, not owned; may be null). Call
    /// start() after.
    void setLedger(BudgetLedger* ledger) { m_ledger = ledger; }
    /// Starts the ledger rounds (with a ledger) and the inbound accounting.
    void start();
    /// Runs one ledger round now (tests; the timer calls it every roundMs).
    void round();

    /// A session's queue, from its `demand` frame (a new session starts idle).
    void setDemand(const QString& session, const QString& agent, int live, int bulk);
    /// A session went away: its lease returns to the others.
    void removeSession(const QString& session);
    double lease(const QString& session) const { return m_leases.value(session, 0.0); }
    /// One customer message reached the log (Meta counted it against the cap).
    void noteInbound(int count = 1);

    /// The whole messages per second this hub may forward now: the grant less inbound's part,
    /// halved after 130429 (0 when fenced). Leases divide it.
    double usableRate() const;
    /// The pace of what it forwards: usableRate() spread over 1 s + jitterMs.
    double paceRate() const;
    int queued() const { return int(m_waiting[0].size() + m_waiting[1].size()); }

    void admit(const RelayedSend& send, std::function<void(const Admission&)> proceed) override;
    void answered(const RelayedSend& send, int httpStatus, int graphCode) override;

signals:
    void leaseChanged(const QString& session, double lease);
    void grantChanged(int grant);

private:
    struct Session
    {
        SessionDemand demand;
        std::shared_ptr<TokenBucket> bucket; ///< the lease, with its burst (setLeaseRate())
        /// A lower lease is enforced only from lowerAtMs on: the desktop hears of it a round trip
        /// later and must not be refused for sends it paced at the lease it had (-1: none pending).
        double pendingRate = -1;
        qint64 lowerAtMs = 0;
    };
    struct Waiting
    {
        RelayedSend send;
        std::function<void(const Admission&)> proceed;
    };

    void reallocate();
    /// A lease bucket's new rate, and its capacity with it (Options::sessionSlackMs).
    void setLeaseRate(TokenBucket& bucket, double rate) const;
    void refreshPace();
    void drain();
    int demandTotal() const;
    int inboundLastSecond() const;
    TokenBucket* bucketFor(const RelayedSend& send);
    static Admission refusal(int graphCode, const QString& reason, const QString& message, qint64 retryAfterMs);

    const Clock& m_clock;
    Options m_options;
    BudgetLedger* m_ledger = nullptr;
    int m_grant = 0;
    qint64 m_lastRoundMs = 0;
    QHash<QString, Session> m_sessions;
    QHash<QString, double> m_leases;
    QHash<QString, std::shared_ptr<TokenBucket>> m_agentBuckets; ///< sends that name no known session
    PairLimiter m_pair;
    TokenBucket m_pace;
    std::deque<Waiting> m_waiting[2];     ///< live, bulk
    mutable std::deque<qint64> m_inbound; ///< when customers' messages were counted (ms), last second
    qint64 m_cutUntilMs = 0;
    QTimer m_roundTimer;
    QTimer m_drainTimer;
};

} // namespace duet::hub
