// SPDX-License-Identifier: GPL-3.0-or-later
// PairLimiter: Meta's per-recipient pair rate limit and the 131056 back-off.
#include "FakeClock.h"
#include "core/PairLimiter.h"

#include <QHash>
#include <QList>
#include <QTest>

using namespace duet;
using duet::test::FakeClock;

namespace {
const QString kAna = QStringLiteral("5511987654321");
const QString kBen = QStringLiteral("16505551234");
} // namespace

/// PairLimiter on a fake clock: burst 45, then one per 6 s; 4^X s holds after 131056.
class TestPairLimiter : public QObject
{
    Q_OBJECT
private slots:
    void burstOf45ThenOneEverySixSeconds()
    {
        FakeClock clock;
        PairLimiter pair(clock);
        const qint64 start = clock.nowMs();
        for (int i = 0; i < 45; ++i)
            QVERIFY2(pair.take(kAna), qPrintable(QStringLiteral("burst message %1").arg(i + 1)));
        QVERIFY(!pair.isReady(kAna));
        QVERIFY(!pair.take(kAna));
        QCOMPARE(pair.readyAtMs(kAna), start + 6000);
        clock.advanceMs(5999);
        QVERIFY(!pair.take(kAna));
        clock.advanceMs(1);
        QVERIFY(pair.take(kAna));
        QVERIFY(!pair.take(kAna));
        QCOMPARE(pair.readyAtMs(kAna), start + 12'000);
    }

    void aBurstIsPaidBackAtTheSustainedPace_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("fullAfterMs");
        QTest::newRow("one message is paid back in 6 s") << 1 << qint64(6000);
        QTest::newRow("a burst of 20 is paid back in 2 minutes, as Meta's example says") << 20 << qint64(120'000);
        QTest::newRow("a full burst of 45 is paid back in 4.5 minutes") << 45 << qint64(270'000);
    }
    void aBurstIsPaidBackAtTheSustainedPace()
    {
        QFETCH(int, burst);
        QFETCH(qint64, fullAfterMs);
        FakeClock clock;
        PairLimiter pair(clock);
        for (int i = 0; i < burst; ++i)
            QVERIFY(pair.take(kAna));
        clock.advanceMs(fullAfterMs - 1);
        pair.prune();
        QCOMPARE(pair.trackedCount(), 1); // still owes a little
        clock.advanceMs(1);
        pair.prune();
        QCOMPARE(pair.trackedCount(), 0); // back to a full bucket: forgotten
        for (int i = 0; i < 45; ++i)
            QVERIFY(pair.take(kAna));
        QVERIFY(!pair.take(kAna));
    }

    void recipientsAreIndependent()
    {
        FakeClock clock;
        PairLimiter pair(clock);
        for (int i = 0; i < 45; ++i)
            QVERIFY(pair.take(kAna));
        QVERIFY(!pair.isReady(kAna));
        QVERIFY(pair.isReady(kBen));
        QCOMPARE(pair.readyAtMs(kBen), clock.nowMs());
        QVERIFY(pair.take(kBen));
        pair.onPairRateError(kBen);
        QVERIFY(!pair.isReady(kBen));
        QCOMPARE(pair.consecutiveErrors(kAna), 0);
    }

    void greedySenderNeverExceedsThePairLimit()
    {
        FakeClock clock;
        PairLimiter pair(clock);
        const QList<QString> recipients{kAna, kBen, QStringLiteral("447700900123")};
        QHash<QString, QList<qint64>> sends;
        // Ask every 10 ms for 20 minutes, for three customers at once.
        for (int step = 0; step < 120'000; ++step, clock.advanceMs(10)) {
            for (const QString& r : recipients) {
                while (pair.take(r))
                    sends[r].append(clock.nowMs());
            }
        }
        for (const QString& r : recipients) {
            const QList<qint64>& s = sends[r];
            // Every stretch [s_i, s_j] holds at most 45 plus one per 6 s elapsed.
            for (int i = 0; i < s.size(); ++i) {
                for (int j = i; j < s.size(); ++j) {
                    const qint64 allowed = 45 + (s[j] - s[i]) / 6000;
                    if (j - i + 1 > allowed)
                        QFAIL(qPrintable(QStringLiteral("%1 messages to one customer within %2 ms")
                                             .arg(j - i + 1)
                                             .arg(s[j] - s[i])));
                }
            }
            // ... and it uses what it is allowed: the burst plus one per 6 s.
            QCOMPARE(s.size(), 45 + 1'200'000 / 6000 - 1);
        }
    }

    void pairErrorsBackOffFourToTheX_data()
    {
        QTest::addColumn<int>("earlierErrors");
        QTest::addColumn<qint64>("holdMs");
        QTest::newRow("the first 131056 holds 1 s") << 0 << qint64(1000);
        QTest::newRow("the second in a row holds 4 s") << 1 << qint64(4000);
        QTest::newRow("the third in a row holds 16 s") << 2 << qint64(16'000);
        QTest::newRow("the fourth in a row holds 64 s") << 3 << qint64(64'000);
        QTest::newRow("the hold stops growing at 4^6 s") << 9 << qint64(4'096'000);
    }
    void pairErrorsBackOffFourToTheX()
    {
        QFETCH(int, earlierErrors);
        QFETCH(qint64, holdMs);
        FakeClock clock;
        PairLimiter pair(clock);
        for (int i = 0; i < earlierErrors; ++i) {
            pair.onPairRateError(kAna);
            clock.setMs(pair.readyAtMs(kAna));
        }
        QCOMPARE(pair.consecutiveErrors(kAna), earlierErrors);
        const qint64 at = clock.nowMs();
        QCOMPARE(pair.onPairRateError(kAna), holdMs);
        QCOMPARE(pair.readyAtMs(kAna), at + holdMs);
        clock.setMs(at + holdMs - 1);
        QVERIFY(!pair.isReady(kAna));
        QVERIFY(!pair.take(kAna));
        clock.setMs(at + holdMs);
        QVERIFY(pair.take(kAna));
    }

    void aSuccessResetsTheBackOff()
    {
        FakeClock clock;
        PairLimiter pair(clock);
        QList<qint64> holds;
        for (int i = 0; i < 4; ++i) {
            holds.append(pair.onPairRateError(kAna));
            clock.setMs(pair.readyAtMs(kAna));
        }
        QCOMPARE(holds, (QList<qint64>{1000, 4000, 16'000, 64'000}));
        QVERIFY(pair.take(kAna));
        pair.onSuccess(kAna);
        QCOMPARE(pair.consecutiveErrors(kAna), 0);
        QCOMPARE(pair.onPairRateError(kAna), qint64(1000));
    }

    void aLongerRetryAfterWins()
    {
        FakeClock clock;
        PairLimiter pair(clock);
        QCOMPARE(pair.onPairRateError(kAna, 30'000), qint64(30'000));
        QCOMPARE(pair.readyAtMs(kAna), clock.nowMs() + 30'000);
        clock.advanceSecs(30);
        QCOMPARE(pair.onPairRateError(kAna, 500), qint64(4000)); // shorter than 4^1 s: ignored
    }

    void memoryStaysBoundedAsRecipientsComeAndGo()
    {
        FakeClock clock;
        PairLimiter::Options options;
        options.pruneThreshold = 256;
        PairLimiter pair(clock, options);
        int peak = 0;
        // 100,000 different customers, one message each, 100 per second.
        for (int i = 0; i < 100'000; ++i, clock.advanceMs(10)) {
            QVERIFY(pair.take(QString::number(5511900000000LL + i)));
            peak = std::max(peak, pair.trackedCount());
        }
        // At 100/s a bucket is full again 6 s later: about 600 customers are remembered at a time.
        QVERIFY2(peak <= 1300, qPrintable(QStringLiteral("peak %1 recipients remembered").arg(peak)));
        clock.advanceMs(6000);
        pair.prune();
        QCOMPARE(pair.trackedCount(), 0);
    }

    void anErrorStreakIsRememberedForAWhile()
    {
        FakeClock clock;
        PairLimiter pair(clock);
        pair.onPairRateError(kAna);
        pair.onPairRateError(kAna);
        clock.setMs(pair.readyAtMs(kAna));
        pair.prune();
        QCOMPARE(pair.consecutiveErrors(kAna), 2); // hold over, but the streak still matters
        clock.advanceMs(pair.options().errorMemoryMs);
        pair.prune();
        QCOMPARE(pair.trackedCount(), 0);
        QCOMPARE(pair.consecutiveErrors(kAna), 0);
    }
};

QTEST_GUILESS_MAIN(TestPairLimiter)
#include "TestPairLimiter.moc"
