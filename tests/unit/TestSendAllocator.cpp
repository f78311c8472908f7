// SPDX-License-Identifier: GPL-3.0-or-later
// SendAllocator: idle sessions hold nothing, live before bulk, agents not sockets, never above the capacity.
#include "core/SendAllocator.h"

#include <QTest>

#include <limits>

using namespace duet;

namespace {

double sum(const QHash<QString, double>& leases)
{
    double s = 0;
    for (double v : leases)
        s += v;
    return s;
}

} // namespace

/// The lease rules on plain numbers.
class TestSendAllocator : public QObject
{
    Q_OBJECT
private slots:
    void aLoneBusySessionGetsTheWholeCapacityWhileIdleOnesHoldNothing()
    {
        QList<SessionDemand> d;
        d << SessionDemand{QStringLiteral("s1"), QStringLiteral("ana"), 0, 500};
        for (int i = 2; i <= 5; ++i)
            d << SessionDemand{QStringLiteral("s%1").arg(i), QStringLiteral("agent%1").arg(i), 0, 0};
        const QHash<QString, double> leases = SendAllocator::allocate(20, d);
        QCOMPARE(leases.size(), 5);
        QCOMPARE(leases.value(QStringLiteral("s1")), 20.0);
        for (int i = 2; i <= 5; ++i)
            QCOMPARE(leases.value(QStringLiteral("s%1").arg(i)), 0.0);
    }

    void nobodyBusyMeansNoLeases()
    {
        const QList<SessionDemand> d{{QStringLiteral("a"), QStringLiteral("ana"), 0, 0}};
        QCOMPARE(SendAllocator::allocate(20, d).value(QStringLiteral("a")), 0.0);
        QCOMPARE(SendAllocator::allocate(20, {}).size(), 0);
    }

    void liveAcrossTheTeamComesBeforeBulk()
    {
        // Bo's 3 live replies get their 3/s first; Ana's campaign gets what is left, and the rest
        // of the capacity is split between the two busy agents.
        const QList<SessionDemand> d{{QStringLiteral("ana-1"), QStringLiteral("ana"), 0, 1000},
                                     {QStringLiteral("bo-1"), QStringLiteral("bo"), 3, 0}};
        const QHash<QString, double> leases = SendAllocator::allocate(20, d);
        QVERIFY(leases.value(QStringLiteral("bo-1")) >= 3.0);
        QCOMPARE(leases.value(QStringLiteral("ana-1")), 17.0);
        QVERIFY(sum(leases) <= 20.0);

        // Live demand larger than the capacity starves bulk, fairly among the live agents.
        const QList<SessionDemand> heavy{{QStringLiteral("ana-1"), QStringLiteral("ana"), 0, 1000},
                                         {QStringLiteral("bo-1"), QStringLiteral("bo"), 30, 0},
                                         {QStringLiteral("cy-1"), QStringLiteral("cy"), 4, 0}};
        const QHash<QString, double> h = SendAllocator::allocate(20, heavy);
        QCOMPARE(h.value(QStringLiteral("ana-1")), 0.0);
        QCOMPARE(h.value(QStringLiteral("cy-1")), 4.0);
        QCOMPARE(h.value(QStringLiteral("bo-1")), 16.0);
    }

    void sharesCountAgentsNotSockets()
    {
        // Ana has four busy desktops, Bo one: each agent gets half, Ana's half split four ways.
        QList<SessionDemand> d;
        for (int i = 0; i < 4; ++i)
            d << SessionDemand{QStringLiteral("ana-%1").arg(i), QStringLiteral("ana"), 0, 1000};
        d << SessionDemand{QStringLiteral("bo-1"), QStringLiteral("bo"), 0, 1000};
        const QHash<QString, double> leases = SendAllocator::allocate(20, d);
        QCOMPARE(leases.value(QStringLiteral("bo-1")), 10.0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(leases.value(QStringLiteral("ana-%1").arg(i)), 2.5);
    }

    void leasesNeverSumAboveTheCapacity_data()
    {
        QTest::addColumn<double>("capacity");
        QTest::addColumn<int>("sessions");
        QTest::newRow("20 among 3") << 20.0 << 3;
        QTest::newRow("20 among 7") << 20.0 << 7;
        QTest::newRow("19 among 11") << 19.0 << 11;
        QTest::newRow("a fraction among 6") << 13.7 << 6;
    }
    void leasesNeverSumAboveTheCapacity()
    {
        QFETCH(double, capacity);
        QFETCH(int, sessions);
        QList<SessionDemand> d;
        for (int i = 0; i < sessions; ++i)
            d << SessionDemand{QStringLiteral("s%1").arg(i), QStringLiteral("a%1").arg(i % 3), i % 2, 7 * i};
        const QHash<QString, double> leases = SendAllocator::allocate(capacity, d);
        QVERIFY2(sum(leases) <= capacity, qPrintable(QString::number(sum(leases))));
        QVERIFY(sum(leases) > capacity - 0.01 * sessions);
        for (double v : leases)
            QVERIFY(v >= 0);
    }

    void badCapacitiesGiveNothing()
    {
        const QList<SessionDemand> d{{QStringLiteral("a"), QStringLiteral("ana"), 5, 5}};
        QCOMPARE(SendAllocator::allocate(0, d).value(QStringLiteral("a")), 0.0);
        QCOMPARE(SendAllocator::allocate(-3, d).value(QStringLiteral("a")), 0.0);
        QCOMPARE(SendAllocator::allocate(std::numeric_limits<double>::quiet_NaN(), d).value(QStringLiteral("a")), 0.0);
        QCOMPARE(SendAllocator::allocate(std::numeric_limits<double>::infinity(), d).value(QStringLiteral("a")), 0.0);
    }

    void waterFillIsMaxMinFair()
    {
        const std::vector<double> g = SendAllocator::waterFill(10, {1, 8, 8, -2});
        QCOMPARE(g[0], 1.0);
        QCOMPARE(g[1], 4.5);
        QCOMPARE(g[2], 4.5);
        QCOMPARE(g[3], 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSendAllocator)
#include "TestSendAllocator.moc"
