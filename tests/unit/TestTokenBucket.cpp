// SPDX-License-Identifier: GPL-3.0-or-later
// TokenBucket: capacity, refill, "when may I ask again", rate changes.
#include "FakeClock.h"
#include "core/TokenBucket.h"

#include <QList>
#include <QTest>

using namespace duet;
using duet::test::FakeClock;

namespace {
/// A clock one millisecond later at every reading, as a busy machine's clock can be.
class TickingClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_nowMs++; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    mutable qint64 m_nowMs = 1'750'000'000'000;
};
} // namespace

/// TokenBucket on a fake clock: every rule in integer milliseconds, no sleeps.
class TestTokenBucket : public QObject
{
    Q_OBJECT
private slots:
    void startsFullAndEmptiesAfterCapacityTakes_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<qint64>("firstRefillMs");
        QTest::newRow("the number's cap paces one send per 50 ms") << 20.0 << 1 << qint64(50);
        QTest::newRow("a pair bucket holds 45 and refills every 6 s") << 1.0 / 6 << 45 << qint64(6000);
        QTest::newRow("a third of the cap refills every 150 ms") << 20.0 / 3 << 1 << qint64(150);
        QTest::newRow("a rate that does not divide a second rounds the wait up") << 7.0 << 3 << qint64(143);
    }
    void startsFullAndEmptiesAfterCapacityTakes()
    {
        QFETCH(double, rate);
        QFETCH(int, capacity);
        QFETCH(qint64, firstRefillMs);
        FakeClock clock;
        TokenBucket bucket(clock, rate, capacity);
        QVERIFY(bucket.isFull());
        QCOMPARE(bucket.available(), double(capacity));
        for (int i = 0; i < capacity; ++i) {
            QCOMPARE(bucket.timeUntilAvailable(), qint64(0));
            QVERIFY2(bucket.take(), qPrintable(QStringLiteral("take %1").arg(i)));
        }
        QVERIFY(!bucket.take());
        QVERIFY(!bucket.isFull());
        QCOMPARE(bucket.timeUntilAvailable(), firstRefillMs);
        QCOMPARE(bucket.availableAtMs(), clock.nowMs() + firstRefillMs);
        clock.advanceMs(firstRefillMs - 1);
        QVERIFY(!bucket.take());
        clock.advanceMs(1);
        QVERIFY(bucket.take());
        QVERIFY(!bucket.take());
    }

    void refillsOverTimeUpToCapacity()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 10, 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(bucket.take());
        QCOMPARE(bucket.available(), 0.0);
        clock.advanceMs(250);
        QCOMPARE(bucket.available(), 2.5);
        clock.advanceMs(10'000);
        QCOMPARE(bucket.available(), 5.0);
        QVERIFY(bucket.isFull());
        for (int i = 0; i < 5; ++i)
            QVERIFY(bucket.take());
        QVERIFY(!bucket.take());
    }

    void neverExceedsTheRateInAnyWindow_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("maxPerSecond");
        QTest::newRow("20 per second") << 20.0 << 20;
        QTest::newRow("7 per second") << 7.0 << 7;
        QTest::newRow("a third of 20 per second") << 20.0 / 3 << 7;
    }
    void neverExceedsTheRateInAnyWindow()
    {
        QFETCH(double, rate);
        QFETCH(int, maxPerSecond);
        FakeClock clock;
        TokenBucket bucket(clock, rate, 1);
        QList<qint64> sends;
        // Ask every millisecond for 30 s: the greediest possible caller.
        for (int ms = 0; ms < 30'000; ++ms, clock.advanceMs(1)) {
            while (bucket.take())
                sends.append(clock.nowMs());
        }
        int first = 0;
        for (int i = 0; i < sends.size(); ++i) {
            while (sends[first] <= sends[i] - 1000)
                ++first;
            QVERIFY2(i - first + 1 <= maxPerSecond, qPrintable(QStringLiteral("%1 sends in 1 s").arg(i - first + 1)));
        }
        // ... and it is not timid either: it keeps up with the rate.
        QVERIFY(sends.size() >= int(30 * rate));
    }

    void rateChangeKeepsTheTokensHeld()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 10, 4);
        QVERIFY(bucket.take());
        QVERIFY(bucket.take()); // 2 of 4 left
        bucket.setRate(1);
        QCOMPARE(bucket.rate(), 1.0);
        QCOMPARE(bucket.available(), 2.0);
        QVERIFY(bucket.take());
        QVERIFY(bucket.take());
        QVERIFY(!bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(1000)); // the new rate governs the refill
        clock.advanceMs(500);
        bucket.setRate(4); // 3.5 tokens owed: the missing half token takes 125 ms at 4/s
        QCOMPARE(bucket.available(), 0.5);
        QCOMPARE(bucket.timeUntilAvailable(), qint64(125));
    }

    void rateZeroStopsTheRefill()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 0, 2);
        QCOMPARE(bucket.rate(), 0.0);
        QVERIFY(bucket.take());
        QVERIFY(bucket.take());
        QVERIFY(!bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(-1));
        QCOMPARE(bucket.availableAtMs(), qint64(-1));
        clock.advanceSecs(3600);
        QVERIFY(!bucket.take());
        bucket.setRate(2);
        QCOMPARE(bucket.timeUntilAvailable(), qint64(500));
    }

    void badRatesCountAsZero_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("a negative rate") << -5.0;
        QTest::newRow("not a number") << qQNaN();
        QTest::newRow("infinity") << qInf();
    }
    void badRatesCountAsZero()
    {
        QFETCH(double, rate);
        FakeClock clock;
        TokenBucket bucket(clock, rate, 1);
        QCOMPARE(bucket.rate(), 0.0);
        QVERIFY(bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(-1));
    }

    void capacityChangeKeepsWhatWasSpent()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 1, 10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(bucket.take());
        bucket.setCapacity(5);
        QCOMPARE(bucket.capacity(), 5);
        QCOMPARE(bucket.available(), 2.0);
        bucket.setCapacity(2); // spent more than the new capacity: empty, not negative
        QCOMPARE(bucket.available(), 0.0);
        QCOMPARE(bucket.timeUntilAvailable(), qint64(1000));
        bucket.setCapacity(0);
        QCOMPARE(bucket.capacity(), 1);
    }

    void aClockSetBackDoesNotFreezeTheBucket()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 1, 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(bucket.take());
        clock.advanceSecs(-3600); // the wall clock was corrected by an hour
        QCOMPARE(bucket.available(), 0.0);
        QCOMPARE(bucket.timeUntilAvailable(), qint64(1000));
        clock.advanceSecs(3);
        QVERIFY(bucket.isFull());
    }

    /// A clock that moves on between two readings (a millisecond boundary, a preempted thread)
    /// must not make a bucket with tokens answer "never" (-1) or "later": 20 sends a second paced
    /// a little slower than that were refused by duet-sim now and then as over Meta's throughput.
    void aClockThatMovesWhileAskedStillSaysNow_data()
    {
        QTest::addColumn<bool>("catchUp");
        QTest::newRow("plain") << false;
        QTest::newRow("catch-up") << true;
    }
    void aClockThatMovesWhileAskedStillSaysNow()
    {
        QFETCH(bool, catchUp);
        TickingClock clock; // 1 ms later at every reading
        TokenBucket bucket(clock, 20, 20);
        bucket.setCatchUp(catchUp);
        for (int i = 0; i < 100; ++i) {
            QCOMPARE(bucket.timeUntilAvailable(), qint64(0));
            QVERIFY(bucket.availableAtMs() >= 0);
            QVERIFY(bucket.take());
            clock.advanceMs(50); // 20 a second, and each reading adds its millisecond on top
        }
        // Empty, the answer is still "later", never -1.
        bucket.drain();
        const qint64 wait = bucket.timeUntilAvailable();
        QVERIFY2(wait > 0 && wait <= 50, qPrintable(QString::number(wait)));
    }

    void drainEmptiesTheBucket()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 20, 3);
        bucket.drain();
        QCOMPARE(bucket.available(), 0.0);
        QVERIFY(!bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(50));
    }

    /// Catch-up: a take that comes late (a timer that fired late) keeps the schedule, so the next
    /// one is allowed where it would have been, and the late one costs no rate.
    void catchUpKeepsTheScheduleAfterALateTake()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 20, 1);
        bucket.setCatchUp(true);
        QVERIFY(bucket.take());  // t = 0
        clock.advanceMs(50 + 7); // 7 ms late
        QVERIFY(bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(43)); // the slot at 100 ms, not 107
        clock.advanceMs(43);
        QVERIFY(bucket.take());

        // Without catch-up the same late take moves every later slot.
        FakeClock clock2;
        TokenBucket plain(clock2, 20, 1);
        QVERIFY(plain.take());
        clock2.advanceMs(57);
        QVERIFY(plain.take());
        QCOMPARE(plain.timeUntilAvailable(), qint64(50));
    }

    /// After idle time the bucket starts afresh: no burst, one take per interval.
    void catchUpGivesNoBurstAfterIdleTime()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 20, 1);
        bucket.setCatchUp(true);
        QVERIFY(bucket.take());
        clock.advanceMs(5000);
        QVERIFY(bucket.take());
        QVERIFY(!bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(50));
    }

    /// Late takes never put more than the rate into any sliding second, and a late take costs at
    /// most its lateness once per window (the take a window later may not come sooner), not once
    /// per take: 2,000 takes at 20 a second, every one of them 0-30 ms late, take at most 100 s
    /// plus 30 ms a second (without catch-up: plus 30 ms a take, 160 s).
    void catchUpNeverExceedsTheRateInAnySecond()
    {
        FakeClock clock;
        const qint64 start = clock.nowMs();
        TokenBucket bucket(clock, 20, 1);
        bucket.setCatchUp(true);
        QCOMPARE(bucket.windowLimit(), 20);
        QCOMPARE(bucket.windowUs(), qint64(1'000'000));
        QList<qint64> takes;
        quint32 lcg = 12345;
        while (takes.size() < 2000) {
            const qint64 wait = bucket.timeUntilAvailable();
            QVERIFY(wait >= 0);
            lcg = lcg * 1103515245u + 12345u;
            clock.advanceMs(wait + qint64((lcg >> 16) % 31)); // a timer 0-30 ms late
            QVERIFY(bucket.take());
            takes << clock.nowMs() - start;
        }
        for (qsizetype i = 20; i < takes.size(); ++i)
            QVERIFY2(takes[i] - takes[i - 20] >= 1000, qPrintable(QStringLiteral("take %1").arg(i)));
        // 1,999 intervals of 50 ms, plus at most 30 ms for each of the 100 windows.
        QVERIFY2(takes.last() <= 1999 * 50 + 100 * 30 + 50, qPrintable(QString::number(takes.last())));
    }

    /// A rate that does not divide a second: 20 takes at 19.8 a second span at least 20 intervals
    /// (1,010 ms), so no second holds 21, as at burst 1 without catch-up.
    void catchUpWindowForAFractionalRate()
    {
        FakeClock clock;
        TokenBucket bucket(clock, 19.8, 1);
        bucket.setCatchUp(true);
        QCOMPARE(bucket.windowLimit(), 20);
        QCOMPARE(bucket.windowUs(), qint64(20 * 50506));
        bucket.setRate(0.5);
        QCOMPARE(bucket.windowLimit(), 1);
        QVERIFY(bucket.take());
        QCOMPARE(bucket.timeUntilAvailable(), qint64(2000));
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "TestTokenBucket.moc"
