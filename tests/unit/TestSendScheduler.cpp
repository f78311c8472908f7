// SPDX-License-Identifier: GPL-3.0-or-later
// SendScheduler: lanes, the number's cap, the pair limit, back-off and pauses, on a fake clock.
#include "FakeClock.h"
#include "core/SendScheduler.h"

#include <QHash>
#include <QList>
#include <QTest>

#include <functional>

using namespace duet;
using duet::test::FakeClock;
using Lane = SendScheduler::Lane;
using PauseReason = SendScheduler::PauseReason;

Q_DECLARE_METATYPE(SendScheduler::PauseReason)

namespace {

struct Sent
{
    qint64 atMs = 0;
    SendItemId id = 0;
};

/// What the driver reports for a send; the default accepts everything.
using Outcome = std::function<void(SendScheduler&, SendItemId, int sendIndex)>;

void accept(SendScheduler& s, SendItemId id, int)
{
    s.onAccepted(id);
}

/// Runs the scheduler as the outbound driver does: one timer armed for nextWakeMs(), then
/// next() until it has nothing. Stops after maxSends sends, when nothing is left, or when the
/// clock passes untilMs. Fails the test if the driver would spin (woken for nothing, twice).
QList<Sent> drive(FakeClock& clock, SendScheduler& s, int maxSends, const Outcome& outcome = accept,
                  qint64 untilMs = -1)
{
    QList<Sent> sent;
    int idleWakes = 0;
    while (sent.size() < maxSends) {
        const qint64 wake = s.nextWakeMs();
        if (wake < 0 || (untilMs >= 0 && wake > untilMs))
            break;
        [&] { QVERIFY2(wake >= clock.nowMs(), "a wake-up time in the past"); }();
        clock.setMs(wake);
        bool any = false;
        while (sent.size() < maxSends) {
            const std::optional<SendItemId> id = s.next();
            if (!id)
                break;
            any = true;
            sent.append({clock.nowMs(), *id});
            outcome(s, *id, int(sent.size()) - 1);
        }
        idleWakes = any ? 0 : idleWakes + 1;
        if (idleWakes > 1) {
            [&] { QFAIL("woken twice in a row with nothing to send"); }();
            break;
        }
    }
    return sent;
}

/// The most sends in any window (t - windowMs, t].
int busiestWindow(const QList<qint64>& times, qint64 windowMs)
{
    int most = 0;
    int first = 0;
    for (int i = 0; i < times.size(); ++i) {
        while (times[first] <= times[i] - windowMs)
            ++first;
        most = std::max(most, i - first + 1);
    }
    return most;
}

QList<qint64> timesOf(const QList<Sent>& sent)
{
    QList<qint64> times;
    for (const Sent& s : sent)
        times.append(s.atMs);
    return times;
}

QString customer(int i)
{
    return QString::number(5511900000000LL + i);
}

/// A clock whose millisecond turns every few reads, as a real one does while thousands of
/// recipients are scanned.
class TickingClock final : public Clock
{
public:
    qint64 nowMs() const override
    {
        if (++m_reads % 7 == 0)
            ++m_nowMs;
        return m_nowMs;
    }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    mutable qint64 m_nowMs = 1'780'000'000'000;
    mutable qint64 m_reads = 0;
};

} // namespace

/// SendScheduler: every rule of the outbound limiter, on a fake clock, no sleeps.
class TestSendScheduler : public QObject
{
    Q_OBJECT
private slots:
    void emptySchedulerHasNothingToDo()
    {
        FakeClock clock;
        SendScheduler s(clock);
        QCOMPARE(s.nextWakeMs(), qint64(-1));
        QVERIFY(!s.next());
        QCOMPARE(s.rate(), 20.0);
    }

    void enqueueRefusesDuplicatesAndEmptyRecipients()
    {
        FakeClock clock;
        SendScheduler s(clock);
        QVERIFY(s.enqueue(1, customer(1), Lane::Live));
        QVERIFY(!s.enqueue(1, customer(2), Lane::Bulk)); // same id, queued
        QVERIFY(!s.enqueue(2, QString(), Lane::Live));
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
        QVERIFY(!s.enqueue(1, customer(1), Lane::Live)); // same id, in flight
        s.onAccepted(1);
        QVERIFY(s.enqueue(1, customer(1), Lane::Live)); // settled: the id is free again
    }

    void liveGoesBeforeBulk()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Bulk);
        s.enqueue(2, customer(2), Lane::Bulk);
        s.enqueue(3, customer(3), Lane::Live);
        s.enqueue(4, customer(4), Lane::Live);
        const QList<Sent> sent = drive(clock, s, 4);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent[0].id, SendItemId(3));
        QCOMPARE(sent[1].id, SendItemId(4));
        QCOMPARE(sent[2].id, SendItemId(1));
        QCOMPARE(sent[3].id, SendItemId(2));
    }

    void aLiveReplyTakesTheNextSlotWhileBulkSaturatesTheCap()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 1000; ++i)
            s.enqueue(1000 + i, customer(i), Lane::Bulk);
        drive(clock, s, 101);
        const qint64 typedAt = clock.nowMs() + 17; // an agent presses Send between two slots
        clock.setMs(typedAt);
        s.enqueue(1, customer(5000), Lane::Live);
        const QList<Sent> sent = drive(clock, s, 1);
        QCOMPARE(sent.value(0).id, SendItemId(1));
        QVERIFY(sent.value(0).atMs - typedAt <= 50); // at most one 50 ms slot at 20 msg/s
    }

    void bulkIsNotStarved_data()
    {
        QTest::addColumn<int>("bulkEvery");
        QTest::newRow("one slot in two for bulk") << 2;
        QTest::newRow("one slot in five for bulk (the default)") << 5;
        QTest::newRow("one slot in ten for bulk") << 10;
    }
    void bulkIsNotStarved()
    {
        QFETCH(int, bulkEvery);
        FakeClock clock;
        SendScheduler::Options options;
        options.bulkEvery = bulkEvery;
        SendScheduler s(clock, options);
        for (int i = 0; i < 200; ++i) {
            s.enqueue(i, customer(i), Lane::Live);
            s.enqueue(10'000 + i, customer(1000 + i), Lane::Bulk);
        }
        const QList<Sent> sent = drive(clock, s, 100);
        QCOMPARE(sent.size(), 100);
        for (int i = 0; i < sent.size(); ++i) {
            const bool isBulk = sent[i].id >= 10'000;
            QVERIFY2(isBulk == ((i + 1) % bulkEvery == 0), qPrintable(QStringLiteral("slot %1").arg(i + 1)));
        }
    }

    void aPairBlockedRecipientDoesNotBlockOthers()
    {
        FakeClock clock;
        SendScheduler s(clock);
        const qint64 start = clock.nowMs();
        for (int i = 0; i < 50; ++i)
            s.enqueue(i, customer(1), Lane::Live); // 50 messages to one customer
        s.enqueue(100, customer(2), Lane::Live);   // then one to another customer
        const QList<Sent> sent = drive(clock, s, 47);
        QCOMPARE(sent.size(), 47);
        for (int i = 0; i < 45; ++i) {
            QCOMPARE(sent[i].id, SendItemId(i)); // the burst of 45, one per 50 ms slot
            QCOMPARE(sent[i].atMs, start + i * 50);
        }
        // The first customer's 46th message must wait 6 s; the other customer goes right away.
        QCOMPARE(sent[45].id, SendItemId(100));
        QCOMPARE(sent[45].atMs, start + 45 * 50);
        QCOMPARE(sent[46].id, SendItemId(45));
        QCOMPARE(sent[46].atMs, start + 6000);
    }

    void thePairLimitCountsBothLanes()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 45; ++i)
            s.enqueue(i, customer(1), Lane::Bulk); // a campaign used the customer's whole burst
        QCOMPARE(drive(clock, s, 45).size(), 45);
        s.enqueue(100, customer(1), Lane::Live); // an agent's reply to the same customer
        s.enqueue(101, customer(2), Lane::Live);
        const QList<Sent> sent = drive(clock, s, 2);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].id, SendItemId(101));
        QCOMPARE(sent[1].id, SendItemId(100));
        QCOMPARE(sent[1].atMs - sent[0].atMs, qint64(6000 - 45 * 50));
    }

    void aCustomersMessagesLeaveInOrder()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(7, customer(1), Lane::Live);
        s.enqueue(3, customer(1), Lane::Live);
        s.enqueue(5, customer(1), Lane::Live);
        QCOMPARE(s.next(), std::optional<SendItemId>(7));
        s.onRetryLater(7); // back to its place, ahead of 3 and 5
        const QList<Sent> sent = drive(clock, s, 3);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent[0].id, SendItemId(7));
        QCOMPARE(sent[1].id, SendItemId(3));
        QCOMPARE(sent[2].id, SendItemId(5));
    }

    void longRunKeepsEveryLimit_data()
    {
        QTest::addColumn<bool>("withTrouble");
        QTest::newRow("10,000 sends at the full lease") << false;
        QTest::newRow("10,000 sends through 130429s, 131056s and re-shares") << true;
    }
    void longRunKeepsEveryLimit()
    {
        QFETCH(bool, withTrouble);
        FakeClock clock;
        SendScheduler s(clock);
        QHash<SendItemId, QString> recipientOf;
        // 10,000 sends to 500 customers, every fifth a live reply; five chatty customers get
        // one message in seven, far beyond their pair limit.
        for (int i = 0; i < 10'000; ++i) {
            const QString to = i % 7 == 0 ? customer(900 + i % 5) : customer(i % 500);
            recipientOf.insert(i, to);
            QVERIFY(s.enqueue(i, to, i % 5 == 0 ? Lane::Live : Lane::Bulk));
        }
        int throttles = 0;
        int pairErrors = 0;
        const Outcome outcome = [&](SendScheduler& sch, SendItemId id, int n) {
            if (withTrouble && n % 997 == 500) {
                sch.onThrottled(id);
                ++throttles;
            } else if (withTrouble && n % 1499 == 700) {
                sch.onPairLimited(id);
                ++pairErrors;
            } else {
                sch.onAccepted(id);
            }
            if (withTrouble && n == 3000)
                sch.setLeasedRate(10); // a second desktop joined
            if (withTrouble && n == 4000)
                sch.setLeasedRate(20); // and left
            QVERIFY(sch.stats().trackedRecipients <= 1100);
        };
        const QList<Sent> sent = drive(clock, s, 20'000, outcome);
        QCOMPARE(sent.size(), 10'000 + throttles + pairErrors);
        QCOMPARE(s.stats().queuedLive + s.stats().queuedBulk + s.stats().inFlight, 0);

        // Nothing lost, nothing twice (a throttled or pair-limited attempt is tried again).
        QHash<SendItemId, int> attempts;
        for (const Sent& x : sent)
            ++attempts[x.id];
        QCOMPARE(attempts.size(), 10'000);

        // The number's cap holds in every 1 s window.
        const QList<qint64> times = timesOf(sent);
        QVERIFY2(busiestWindow(times, 1000) <= 20, qPrintable(QString::number(busiestWindow(times, 1000))));

        // The pair limit holds for every customer: at most 45 + one per 6 s in any stretch.
        QHash<QString, QList<qint64>> perCustomer;
        for (const Sent& x : sent)
            perCustomer[recipientOf.value(x.id)].append(x.atMs);
        for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it) {
            const QList<qint64>& t = it.value();
            for (int i = 0; i < t.size(); ++i) {
                for (int j = i + 45; j < t.size(); ++j) {
                    if (j - i + 1 > 45 + (t[j] - t[i]) / 6000)
                        QFAIL(qPrintable(QStringLiteral("%1 messages to one customer within %2 ms")
                                             .arg(j - i + 1)
                                             .arg(t[j] - t[i])));
                }
            }
        }

        if (!withTrouble) {
            // Every send but the chatty customers' tail goes at the full 20 msg/s.
            int firstSlow = 0;
            while (firstSlow + 1 < times.size() && times[firstSlow + 1] - times[firstSlow] == 50)
                ++firstSlow;
            QVERIFY2(firstSlow > 9000, qPrintable(QStringLiteral("paced at 50 ms for %1 sends").arg(firstSlow)));
        }
    }

    void throttlingCutsTheRateThenItRecoversGradually_data()
    {
        QTest::addColumn<qint64>("afterMs");
        QTest::addColumn<double>("rate");
        QTest::newRow("the 130429 halves the rate") << qint64(0) << 10.0;
        QTest::newRow("it stays halved through the quiet period") << qint64(9999) << 10.0;
        QTest::newRow("the first step comes when the quiet period ends") << qint64(10'000) << 11.0;
        QTest::newRow("one step per 2 s") << qint64(11'999) << 11.0;
        QTest::newRow("the second step") << qint64(12'000) << 12.0;
        QTest::newRow("one step short of the lease") << qint64(26'000) << 19.0;
        QTest::newRow("back at the lease") << qint64(28'000) << 20.0;
        QTest::newRow("never above the lease") << qint64(3'600'000) << 20.0;
    }
    void throttlingCutsTheRateThenItRecoversGradually()
    {
        QFETCH(qint64, afterMs);
        QFETCH(double, rate);
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Live);
        QVERIFY(s.next());
        s.onThrottled(1);
        QCOMPARE(s.stats().throttleCuts, 1);
        clock.advanceMs(afterMs);
        QCOMPARE(s.rate(), rate);
        QCOMPARE(s.stats().ratePerSec, rate);
    }

    void aCutRateIsTheRateSendsGoAt()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 100; ++i)
            s.enqueue(i, customer(i), Lane::Bulk);
        const Outcome throttleFirst = [](SendScheduler& sch, SendItemId id, int n) {
            if (n == 0)
                sch.onThrottled(id);
            else
                sch.onAccepted(id);
        };
        const QList<Sent> sent = drive(clock, s, 41, throttleFirst);
        QCOMPARE(sent.size(), 41);
        QCOMPARE(sent[1].id, SendItemId(0)); // the throttled item goes again first
        const QList<qint64> times = timesOf(sent);
        // 10 msg/s during the 10 s quiet period: 100 ms apart, 10 in any second.
        for (int i = 1; i < times.size(); ++i)
            QVERIFY(times[i] - times[i - 1] >= 100);
        QCOMPARE(busiestWindow(times, 1000), 10);
    }

    void errorsFromSendsBeforeTheCutDoNotCutAgain()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 10; ++i)
            s.enqueue(i, customer(i), Lane::Bulk);
        QList<SendItemId> inFlight;
        for (int i = 0; i < 3; ++i) {
            inFlight.append(*s.next());
            clock.advanceMs(50);
        }
        // Three sends were in flight when the server started answering 130429.
        for (SendItemId id : inFlight)
            s.onThrottled(id);
        QCOMPARE(s.rate(), 10.0);
        QCOMPARE(s.stats().throttleCuts, 1);
        // A send made after the cut and throttled again cuts again; the floor is 1 msg/s.
        for (double expected : {5.0, 2.5, 1.25, 1.0}) {
            clock.setMs(s.nextWakeMs());
            const std::optional<SendItemId> id = s.next();
            QVERIFY(id);
            clock.advanceMs(10);
            s.onThrottled(*id);
            QCOMPARE(s.rate(), expected);
        }
        QCOMPARE(s.stats().throttleCuts, 5);
    }

    void retryAfterIsHonoured()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Live);
        s.enqueue(2, customer(2), Lane::Live);
        const qint64 start = clock.nowMs();
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
        s.onThrottled(1, 3000);
        QVERIFY(s.isPaused());
        QCOMPARE(s.stats().pauseReason, PauseReason::RetryAfter);
        QCOMPARE(s.stats().pausedUntilMs, start + 3000);
        QCOMPARE(s.nextWakeMs(), start + 3000);
        clock.setMs(start + 2999);
        QVERIFY(!s.next());
        clock.setMs(start + 3000);
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
        QVERIFY(!s.isPaused());
        QCOMPARE(s.stats().pauseReason, PauseReason::None);
    }

    void pausesHoldEverySendUntilTheStatedTime_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<qint64>("regainInMs");
        QTest::addColumn<qint64>("pausedForMs");
        QTest::addColumn<PauseReason>("reason");
        QTest::newRow("80007 pauses until access is regained")
            << 80007 << qint64(-1) << qint64(120'000) << qint64(120'000) << PauseReason::WabaRateLimit;
        QTest::newRow("code 4 pauses until access is regained")
            << 4 << qint64(-1) << qint64(300'000) << qint64(300'000) << PauseReason::AppRateLimit;
        QTest::newRow("code 4 with only a Retry-After pauses that long")
            << 4 << qint64(5000) << qint64(-1) << qint64(5000) << PauseReason::AppRateLimit;
        QTest::newRow("80007 with no stated time pauses a minute")
            << 80007 << qint64(-1) << qint64(-1) << qint64(60'000) << PauseReason::WabaRateLimit;
        QTest::newRow("131057 maintenance pauses 30 s")
            << 131057 << qint64(-1) << qint64(-1) << qint64(30'000) << PauseReason::Maintenance;
        QTest::newRow("130429 with a regain time pauses until then")
            << 130429 << qint64(-1) << qint64(45'000) << qint64(45'000) << PauseReason::UsageLimit;
    }
    void pausesHoldEverySendUntilTheStatedTime()
    {
        QFETCH(int, code);
        QFETCH(qint64, retryAfterMs);
        QFETCH(qint64, regainInMs);
        QFETCH(qint64, pausedForMs);
        QFETCH(PauseReason, reason);
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Bulk);
        s.enqueue(2, customer(2), Lane::Live);
        s.enqueue(3, customer(3), Lane::Bulk);
        QCOMPARE(s.next(), std::optional<SendItemId>(2));
        const qint64 at = clock.nowMs();
        QVERIFY(s.onError(2, code, retryAfterMs, regainInMs < 0 ? -1 : at + regainInMs));
        QCOMPARE(s.stats().pauseReason, reason);
        QCOMPARE(s.stats().pausedUntilMs, at + pausedForMs);
        QCOMPARE(s.nextWakeMs(), at + pausedForMs);
        clock.setMs(at + pausedForMs - 1);
        QVERIFY(!s.next()); // nothing goes, in either lane, to anyone
        s.enqueue(4, customer(4), Lane::Live);
        QVERIFY(!s.next());
        clock.setMs(at + pausedForMs);
        QCOMPARE(s.next(), std::optional<SendItemId>(2)); // the paused item first, in its place
        QVERIFY(QByteArray(SendScheduler::pauseReasonText(reason)).size() > 10);
    }

    void aLaterPauseWinsAndAnEarlierOneDoesNotShorten()
    {
        FakeClock clock;
        SendScheduler s(clock);
        const qint64 now = clock.nowMs();
        s.pauseUntil(now + 10'000, PauseReason::AppRateLimit);
        s.pauseUntil(now + 5000, PauseReason::Maintenance);
        QCOMPARE(s.stats().pausedUntilMs, now + 10'000);
        QCOMPARE(s.stats().pauseReason, PauseReason::AppRateLimit);
        s.pauseUntil(now + 20'000, PauseReason::WabaRateLimit);
        QCOMPARE(s.stats().pausedUntilMs, now + 20'000);
        s.resume();
        QVERIFY(!s.isPaused());
    }

    void otherErrorsAreLeftToTheCaller()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Live);
        QVERIFY(s.next());
        QVERIFY(!s.onError(1, 131026)); // undeliverable: not about rates
        QVERIFY(s.isInFlight(1));
        QVERIFY(!s.isPaused());
        QCOMPARE(s.rate(), 20.0);
        s.onFinished(1);
        QVERIFY(!s.isInFlight(1));
        QCOMPARE(s.stats().inFlight, 0);
    }

    void pairErrorsBackOffTheRecipientOnly()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Live);
        s.enqueue(2, customer(1), Lane::Live);
        QList<qint64> holds;
        for (int round = 0; round < 4; ++round) {
            clock.setMs(s.nextWakeMs());
            QCOMPARE(s.next(), std::optional<SendItemId>(1));
            const qint64 failedAt = clock.nowMs();
            QVERIFY(s.onError(1, 131056));
            s.enqueue(100 + round, customer(50 + round), Lane::Live); // someone else
            QVERIFY(!s.next());                                       // the 50 ms slot is not free yet
            clock.setMs(s.nextWakeMs());
            QCOMPARE(s.next(), std::optional<SendItemId>(100 + round)); // goes while customer 1 waits
            s.onAccepted(100 + round);
            holds.append(s.nextWakeMs() - failedAt);
        }
        QCOMPARE(holds, (QList<qint64>{1000, 4000, 16'000, 64'000}));
        clock.setMs(s.nextWakeMs());
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
        s.onAccepted(1); // a success resets the back-off
        clock.setMs(s.nextWakeMs());
        QCOMPARE(s.next(), std::optional<SendItemId>(2));
        const qint64 failedAt = clock.nowMs();
        s.onPairLimited(2);
        QCOMPARE(s.nextWakeMs() - failedAt, qint64(1000));
    }

    void theLeaseCanChangeAtRunTime_data()
    {
        QTest::addColumn<double>("lease");
        QTest::addColumn<qint64>("gapMs");
        QTest::addColumn<int>("perSecond");
        QTest::newRow("two desktops share 20 msg/s") << 10.0 << qint64(100) << 10;
        QTest::newRow("three desktops share 20 msg/s") << 20.0 / 3 << qint64(150) << 7;
        QTest::newRow("the last desktop gets it all back") << 20.0 << qint64(50) << 20;
    }
    void theLeaseCanChangeAtRunTime()
    {
        QFETCH(double, lease);
        QFETCH(qint64, gapMs);
        QFETCH(int, perSecond);
        FakeClock clock;
        SendScheduler::Options options;
        options.leasedRatePerSec = 5;
        SendScheduler s(clock, options);
        for (int i = 0; i < 200; ++i)
            s.enqueue(i, customer(i), Lane::Bulk);
        drive(clock, s, 10);
        s.setLeasedRate(lease);
        QCOMPARE(s.leasedRate(), lease);
        QCOMPARE(s.rate(), lease);
        const QList<Sent> sent = drive(clock, s, 60);
        const QList<qint64> times = timesOf(sent);
        for (int i = 2; i < times.size(); ++i)
            QCOMPARE(times[i] - times[i - 1], gapMs);
        QCOMPARE(busiestWindow(times, 1000), perSecond);
    }

    void aCutNeverExceedsTheLease()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Live);
        s.next();
        s.onThrottled(1); // 20 -> 10
        s.setLeasedRate(4);
        QCOMPARE(s.rate(), 4.0);
        clock.advanceSecs(12);
        QCOMPARE(s.rate(), 4.0); // the recovery (10 -> 12 by now) is capped by the lease
        s.setLeasedRate(20);
        QCOMPARE(s.rate(), 12.0); // a bigger lease does not skip the rest of the recovery
        clock.advanceSecs(16);
        QCOMPARE(s.rate(), 20.0);
        clock.advanceSecs(600);
        QCOMPARE(s.rate(), 20.0);
    }

    void aRefusalThatArrivesWhileTheLeaseIsZeroDoesNotStopSendingForGood()
    {
        // The last sends of a queue are out, so the hub sees the desktop idle and leases it 0;
        // then the hub's relay refuses one of them (130429, Retry-After 1 s); then the desktop
        // queues it again and the hub gives the lease back.
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Bulk);
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
        s.setLeasedRate(0);
        s.onThrottled(1, 1000);
        s.setLeasedRate(20);
        // Half the rate it left at, not half of nothing: it goes when the pause ends.
        QCOMPARE(s.rate(), 10.0);
        QCOMPARE(s.nextWakeMs(), clock.nowMs() + 1000);
        const QList<Sent> sent = drive(clock, s, 1);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().id, SendItemId(1));
    }

    void aLeaseOfZeroStopsSending()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.setLeasedRate(0);
        s.enqueue(1, customer(1), Lane::Live);
        QVERIFY(!s.next());
        QCOMPARE(s.nextWakeMs(), qint64(-1));
        clock.advanceSecs(60);
        QVERIFY(!s.next());
        s.setLeasedRate(20);
        QCOMPARE(s.nextWakeMs(), clock.nowMs());
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
    }

    void cancelRemovesAQueuedSendOnly()
    {
        FakeClock clock;
        SendScheduler s(clock);
        s.enqueue(1, customer(1), Lane::Live);
        s.enqueue(2, customer(1), Lane::Live);
        s.enqueue(3, customer(2), Lane::Bulk);
        QCOMPARE(s.next(), std::optional<SendItemId>(1));
        QVERIFY(!s.cancel(1)); // in flight: its outcome settles it
        QVERIFY(s.cancel(2));
        QVERIFY(!s.cancel(2));
        QVERIFY(!s.cancel(99));
        QCOMPARE(s.queuedCount(Lane::Live), 0);
        QVERIFY(s.cancel(3));
        QCOMPARE(s.nextWakeMs(), qint64(-1));
        clock.advanceSecs(1);
        QVERIFY(!s.next());
        s.onAccepted(1);
        QCOMPARE(s.stats().inFlight, 0);
    }

    void cancelInsideAParkedRecipient()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 47; ++i)
            s.enqueue(i, customer(1), Lane::Bulk);
        s.enqueue(100, customer(2), Lane::Bulk);
        drive(clock, s, 45); // customer 1 is now waiting for its pair limit
        QCOMPARE(s.nextWakeMs(), clock.nowMs() + 50);
        QVERIFY(s.cancel(45));
        QVERIFY(s.cancel(100));
        QVERIFY(s.cancel(46));
        QCOMPARE(s.nextWakeMs(), qint64(-1));
        QCOMPARE(s.stats().queuedBulk, 0);
    }

    void aClockSetBackDoesNotStallSending()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 46; ++i)
            s.enqueue(i, customer(1), Lane::Bulk);
        drive(clock, s, 45); // the 46th waits for the pair limit
        clock.advanceSecs(-3600);
        // At worst the customer's bucket is taken as empty from now: one message per 6 s.
        QCOMPARE(s.nextWakeMs(), clock.nowMs() + 6000);
    }

    void statsCountQueuedPerLane()
    {
        FakeClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 3; ++i)
            s.enqueue(i, customer(i), Lane::Live);
        for (int i = 0; i < 5; ++i)
            s.enqueue(10 + i, customer(10 + i), Lane::Bulk);
        QVERIFY(s.next());
        const SendScheduler::Stats stats = s.stats();
        QCOMPARE(stats.queuedLive, 2);
        QCOMPARE(stats.queuedBulk, 5);
        QCOMPARE(stats.inFlight, 1);
        QCOMPARE(stats.ratePerSec, 20.0);
        QCOMPARE(stats.leasedRatePerSec, 20.0);
        QCOMPARE(stats.trackedRecipients, 1);
    }

    /// A campaign to 10,000 distinct customers keeps going while the clock's millisecond turns in
    /// the middle of a scan: a ready customer is never parked "one millisecond ahead".
    void aLargeCampaignKeepsGoingWhileTheClockTicks()
    {
        TickingClock clock;
        SendScheduler s(clock);
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(s.enqueue(i, customer(i), Lane::Bulk));
        int sent = 0;
        for (int step = 0; step < 400 && sent < 100; ++step) {
            while (const std::optional<SendItemId> id = s.next()) {
                QCOMPARE(*id, SendItemId(sent)); // in order
                s.onAccepted(*id);
                ++sent;
            }
            const qint64 wake = s.nextWakeMs();
            QVERIFY(wake >= 0);
            clock.advanceMs(std::max<qint64>(1, wake - clock.nowMs()));
        }
        QCOMPARE(sent, 100);
    }
};

QTEST_GUILESS_MAIN(TestSendScheduler)
#include "TestSendScheduler.moc"
