// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "core/ServiceWindow.h"

#include <QTest>

using namespace duet;

/// ServiceWindow: open, closing, closed and none, from the customer's last message and a clock.
class TestServiceWindow : public QObject
{
    Q_OBJECT
private slots:
    void state_data()
    {
        QTest::addColumn<qint64>("lastCustomerAt");
        QTest::addColumn<qint64>("elapsed"); // seconds after the customer's message
        QTest::addColumn<qint64>("margin");
        QTest::addColumn<QString>("state");
        const qint64 t = 1'750'000'000;
        const qint64 hour = 3600;
        QTest::newRow("the customer never wrote") << qint64(0) << qint64(0) << hour << "none";
        QTest::newRow("just after the customer's message") << t << qint64(0) << hour << "open";
        QTest::newRow("23 hours later, an hour left, still open") << t << 23 * hour << hour << "open";
        QTest::newRow("a second less than an hour left is closing") << t << 23 * hour + 1 << hour << "closing";
        QTest::newRow("the last second is closing") << t << 24 * hour - 1 << hour << "closing";
        QTest::newRow("exactly 24 hours later it is closed") << t << 24 * hour << hour << "closed";
        QTest::newRow("days later it is closed") << t << 72 * hour << hour << "closed";
        QTest::newRow("a 3-hour margin makes 21 hours and a minute closing")
            << t << 21 * hour + 60 << 3 * hour << "closing";
    }
    void state()
    {
        QFETCH(qint64, lastCustomerAt);
        QFETCH(qint64, elapsed);
        QFETCH(qint64, margin);
        QFETCH(QString, state);
        test::FakeClock clock;
        clock.setSecs((lastCustomerAt ? lastCustomerAt : 1'750'000'000) + elapsed);
        const ServiceWindow w = ServiceWindow::now(lastCustomerAt, clock, margin);
        QCOMPARE(serviceWindowStateName(w.state), state);
        QCOMPARE(w.closesAt, lastCustomerAt ? lastCustomerAt + 24 * 3600 : 0);
        QCOMPARE(w.isSendable(), state == QLatin1String("open") || state == QLatin1String("closing"));
        ServiceWindow::State parsed;
        QVERIFY(serviceWindowStateFromName(state, &parsed));
        QCOMPARE(parsed, w.state);
    }

    void secondsLeft()
    {
        test::FakeClock clock;
        const qint64 t = clock.nowSecs();
        clock.advanceSecs(3600);
        const ServiceWindow w = ServiceWindow::now(t, clock);
        QCOMPARE(w.secondsLeft(clock.nowSecs()), 23 * 3600);
        QCOMPARE(w.secondsLeft(t + 25 * 3600), 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceWindow)
#include "TestServiceWindow.moc"
