// SPDX-License-Identifier: GPL-3.0-or-later
// The texts about time and the service window that the list, header and composer show.
#include "ui/TimeText.h"

#include <QDateTime>
#include <QTest>

using namespace duet;
namespace TimeText = duet::ui::TimeText;

class TestTimeText : public QObject
{
    Q_OBJECT

private slots:
    void chip_data();
    void chip();
    void countdown_data();
    void countdown();
    void closedReasonNamesTheTime();
    void dayLabels();
    void localDayAgreesWithQDateTimeInAnyOrder();

private:
    static constexpr qint64 kNow = 1'750'000'000;
};

void TestTimeText::chip_data()
{
    QTest::addColumn<qint64>("lastCustomerAt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no window has no chip") << qint64(0) << QString();
    QTest::newRow("a fresh window shows whole hours") << kNow << QStringLiteral("24 h left");
    QTest::newRow("hours are rounded down") << kNow - 3601 << QStringLiteral("22 h left");
    QTest::newRow("under an hour shows minutes") << kNow - 86400 + 1500 << QStringLiteral("25 min left");
    QTest::newRow("the last seconds still show a minute") << kNow - 86400 + 5 << QStringLiteral("1 min left");
    QTest::newRow("a closed window says so") << kNow - 86400 << QStringLiteral("Closed");
}

void TestTimeText::chip()
{
    QFETCH(qint64, lastCustomerAt);
    QFETCH(QString, expected);
    QCOMPARE(TimeText::chip(ServiceWindow::at(lastCustomerAt, kNow), kNow), expected);
}

void TestTimeText::countdown_data()
{
    QTest::addColumn<qint64>("lastCustomerAt");
    QTest::addColumn<QString>("expected");
    QTest::newRow("open counts hours, minutes, seconds")
        << kNow - 3725 << QStringLiteral("Window open · 22:57:55 left");
    QTest::newRow("closing says so") << kNow - 86400 + 59 << QStringLiteral("Window closing · 0:00:59 left");
    QTest::newRow("closed has no countdown") << kNow - 90000 << QString();
    QTest::newRow("no window has no countdown") << qint64(0) << QString();
}

void TestTimeText::countdown()
{
    QFETCH(qint64, lastCustomerAt);
    QFETCH(QString, expected);
    QCOMPARE(TimeText::countdown(ServiceWindow::at(lastCustomerAt, kNow), kNow), expected);
}

void TestTimeText::closedReasonNamesTheTime()
{
    const qint64 last = kNow - 86400 - 60; // closed a minute ago
    const ServiceWindow closed = ServiceWindow::at(last, kNow);
    const QString reason = TimeText::closedReason(closed, kNow);
    QVERIFY2(reason.contains(TimeText::clockTime(last + 86400)), qPrintable(reason));
    QVERIFY(reason.endsWith(QStringLiteral("Only approved templates can be sent.")));
    QVERIFY(TimeText::closedReason(ServiceWindow::at(kNow, kNow), kNow).isEmpty());
    QVERIFY(TimeText::closedReason(ServiceWindow::at(0, kNow), kNow).contains(QStringLiteral("not written")));
    // Closed on an earlier day: the date is named too.
    const QString old = TimeText::closedReason(ServiceWindow::at(kNow - 10 * 86400, kNow), kNow);
    QVERIFY2(old.contains(TimeText::clockTime(kNow - 9 * 86400)), qPrintable(old));
    QVERIFY(old.size() > reason.size());
}

void TestTimeText::dayLabels()
{
    const QDate today(2026, 3, 10);
    QCOMPARE(TimeText::dayLabel(today, today), QStringLiteral("Today"));
    QCOMPARE(TimeText::dayLabel(today.addDays(-1), today), QStringLiteral("Yesterday"));
    QVERIFY(!TimeText::dayLabel(QDate(2025, 12, 24), today).isEmpty());
    QVERIFY(TimeText::dayLabel(QDate(2025, 12, 24), today).contains(QStringLiteral("2025")));
    QVERIFY(!TimeText::dayLabel(QDate(2026, 1, 2), today).contains(QStringLiteral("2026")));
    const qint64 noon = QDateTime(today, QTime(12, 0)).toSecsSinceEpoch();
    QCOMPARE(TimeText::listStamp(noon - 3600, noon), QStringLiteral("11:00"));
    QCOMPARE(TimeText::listStamp(noon - 86400, noon), QStringLiteral("Yesterday"));
    QCOMPARE(TimeText::listStamp(0, noon), QString());
}

// localDay() remembers the last day's bounds; walking forwards, backwards and jumping across
// midnights must still give QDateTime's own answer every time.
void TestTimeText::localDayAgreesWithQDateTimeInAnyOrder()
{
    const qint64 start = 1'750'000'000;
    QList<qint64> times;
    for (qint64 t = start; t < start + 3 * 86400; t += 37 * 60)
        times << t;
    for (qint64 t = start + 3 * 86400; t > start; t -= 53 * 60)
        times << t;
    times << start + 86400 << start - 1 << start + 2 * 86400 + 1 << start;
    for (qint64 t : std::as_const(times))
        QCOMPARE(TimeText::localDay(t), QDateTime::fromSecsSinceEpoch(t).date());
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "TestTimeText.moc"
