// SPDX-License-Identifier: GPL-3.0-or-later
// Reconnection back-off: doubling up to a cap, jitter within its bounds, reset, seeded.
#include "sync/Backoff.h"

#include <QSet>
#include <QTest>

using duet::sync::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delaysDoubleUpToTheCapWithinTheJitter_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::newRow("no jitter gives the nominal delays") << 0.0;
        QTest::newRow("a quarter of jitter shortens each delay by at most a quarter") << 0.25;
        QTest::newRow("full jitter stays above zero") << 1.0;
    }
    void delaysDoubleUpToTheCapWithinTheJitter()
    {
        QFETCH(double, jitter);
        Backoff b({500, 8000, jitter, 7});
        const QList<qint64> nominal{500, 1000, 2000, 4000, 8000, 8000, 8000};
        for (qint64 n : nominal) {
            QCOMPARE(b.nominal(), n);
            const qint64 d = b.next();
            QVERIFY2(d >= 1 && d <= n && double(d) >= double(n) * (1.0 - jitter) - 1,
                     qPrintable(QStringLiteral("%1 of %2").arg(d).arg(n)));
            if (jitter == 0.0)
                QCOMPARE(d, n);
        }
        QCOMPARE(b.attempts(), nominal.size());
        b.reset();
        QCOMPARE(b.attempts(), 0);
        QCOMPARE(b.nominal(), 500);
    }

    // Jitter must actually spread the delays: over many draws at the cap they cover most of
    // [cap * (1 - jitter), cap], so a back-off that ignored the jitter (or only ever shortened a
    // little) fails here, not only the bounds above.
    void jitterSpreadsTheDelaysOverItsRange_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::newRow("a quarter of jitter") << 0.25;
        QTest::newRow("half") << 0.5;
        QTest::newRow("full jitter") << 1.0;
    }
    void jitterSpreadsTheDelaysOverItsRange()
    {
        QFETCH(double, jitter);
        const qint64 cap = 8000;
        Backoff b({cap, cap, jitter, 7});
        qint64 shortest = cap;
        qint64 longest = 0;
        QSet<qint64> distinct;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = b.next();
            shortest = qMin(shortest, d);
            longest = qMax(longest, d);
            distinct.insert(d);
        }
        const double width = double(cap) * jitter; // the range jitter may cut from a delay
        QVERIFY2(double(shortest) < double(cap) - 0.9 * width,
                 qPrintable(QStringLiteral("shortest %1 of %2").arg(shortest).arg(cap)));
        QVERIFY2(double(longest) > double(cap) - 0.1 * width,
                 qPrintable(QStringLiteral("longest %1 of %2").arg(longest).arg(cap)));
        QVERIFY2(distinct.size() > 150, qPrintable(QStringLiteral("%1 distinct delays").arg(distinct.size())));
    }

    // Desktops that lost the hub together come back at different times.
    void differentSeedsGiveDifferentDelays()
    {
        Backoff a({8000, 8000, 0.25, 1});
        Backoff b({8000, 8000, 0.25, 2});
        int differing = 0;
        for (int i = 0; i < 10; ++i)
            differing += a.next() != b.next() ? 1 : 0;
        QVERIFY2(differing >= 9, qPrintable(QStringLiteral("%1 of 10 delays differ").arg(differing)));
    }

    void theSameSeedGivesTheSameDelays()
    {
        Backoff a({1000, 60000, 0.5, 99});
        Backoff b({1000, 60000, 0.5, 99});
        for (int i = 0; i < 10; ++i)
            QCOMPARE(a.next(), b.next());
    }

    void nonsenseSettingsAreMadeSafe()
    {
        Backoff b({0, -5, 3.0, 1});
        QCOMPARE(b.nominal(), 1);
        QVERIFY(b.next() >= 1);
        QCOMPARE(b.settings().jitter, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
