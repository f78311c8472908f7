// SPDX-License-Identifier: GPL-3.0-or-later
// Reconnection back-off: doubling up to a cap, jitter within its bounds, reset, seeded.
#include "sync/Backoff.h"

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
