// SPDX-License-Identifier: GPL-3.0-or-later
// The number's health as the store reads it: every account_update path and the phone app's idle days.
#include "DomainToString.h"
#include "StoreHarness.h"
#include "store/AccountHealth.h"

#include <QTest>

using namespace duet;
using namespace duet::test;
using store::AccountHealth;

Q_DECLARE_METATYPE(AccountHealth::State)

namespace {

constexpr qint64 kDay = 24 * 3600;

Event accountEvent(const QString& name, qint64 ts, const QString& reason = {})
{
    Event e;
    e.kind = EventKind::Account;
    e.accountEvent = name;
    if (!reason.isEmpty())
        e.reason = reason;
    e.timestamp = ts;
    return e; // as Meta sends them: no metadata, so no phone_number_id
}

Event contactSync(const QString& number, qint64 ts)
{
    Event e;
    e.kind = EventKind::Contact;
    e.phoneNumberId = QStringLiteral("100");
    e.contact = number;
    e.action = QStringLiteral("add");
    e.name = QStringLiteral("Ana");
    e.timestamp = ts;
    return e;
}

} // namespace

class TestAccountHealth : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;
    std::unique_ptr<store::Store> m_store;

    AccountHealth health()
    {
        AccountHealth h;
        QString error;
        if (!AccountHealth::read(m_store->connection(), &h, &error))
            qWarning("%s", qPrintable(error));
        return h;
    }
    bool ingest(const QList<Event>& events)
    {
        QString error;
        const bool ok = m_store->ingest(events, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }
    void init()
    {
        QString error;
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void aNewStoreIsConnectedAndKnowsNothingOfThePhone()
    {
        const AccountHealth h = health();
        QCOMPARE(h.state, AccountHealth::State::Connected);
        QVERIFY(h.lastEvent.isNull());
        QCOMPARE(h.idleDays(kT0), -1);
        QCOMPARE(h.daysLeft(kT0), -1);
        QVERIFY(!h.needsPhoneAppWarning(kT0));
        QVERIFY(!h.isRecentlyReconnected(kT0));
    }

    void everyAccountUpdatePath_data()
    {
        QTest::addColumn<QStringList>("events"); // EVENT or EVENT:REASON, one a minute
        QTest::addColumn<AccountHealth::State>("state");
        QTest::addColumn<QString>("lastEvent");
        QTest::addColumn<QString>("reason");
        using S = AccountHealth::State;
        QTest::newRow("the phone app unused for 14 days")
            << QStringList{QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY")} << S::Disconnected << "PARTNER_REMOVED"
            << "PRIMARY_INACTIVITY";
        QTest::newRow("a companion device unused for 30 days")
            << QStringList{QStringLiteral("PARTNER_REMOVED:COMPANION_INACTIVITY")} << S::Disconnected
            << "PARTNER_REMOVED"
            << "COMPANION_INACTIVITY";
        QTest::newRow("removed without a reason")
            << QStringList{QStringLiteral("PARTNER_REMOVED")} << S::Disconnected << "PARTNER_REMOVED" << QString();
        QTest::newRow("offboarded") << QStringList{QStringLiteral("ACCOUNT_OFFBOARDED")} << S::Offboarded
                                    << "ACCOUNT_OFFBOARDED" << QString();
        QTest::newRow("removed, then reconnected")
            << QStringList{QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY"), QStringLiteral("ACCOUNT_RECONNECTED")}
            << S::Connected << "ACCOUNT_RECONNECTED" << QString();
        QTest::newRow("offboarded, then reconnected")
            << QStringList{QStringLiteral("ACCOUNT_OFFBOARDED"), QStringLiteral("ACCOUNT_RECONNECTED")} << S::Connected
            << "ACCOUNT_RECONNECTED" << QString();
        QTest::newRow("reconnected, then removed again")
            << QStringList{QStringLiteral("ACCOUNT_RECONNECTED"), QStringLiteral("PARTNER_REMOVED:USER_RE_REGISTERED")}
            << S::Disconnected << "PARTNER_REMOVED"
            << "USER_RE_REGISTERED";
        QTest::newRow("the partner added back")
            << QStringList{QStringLiteral("PARTNER_REMOVED"), QStringLiteral("PARTNER_ADDED")} << S::Connected
            << "PARTNER_ADDED" << QString();
        QTest::newRow("the account deleted")
            << QStringList{QStringLiteral("ACCOUNT_DELETED")} << S::Deleted << "ACCOUNT_DELETED" << QString();
        QTest::newRow("other account events change nothing")
            << QStringList{QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY"),
                           QStringLiteral("VOLUME_BASED_PRICING_TIER_UPDATE")}
            << S::Disconnected << "PARTNER_REMOVED"
            << "PRIMARY_INACTIVITY";
    }
    void everyAccountUpdatePath()
    {
        QFETCH(QStringList, events);
        QFETCH(AccountHealth::State, state);
        QFETCH(QString, lastEvent);
        QFETCH(QString, reason);
        QList<Event> list;
        for (int i = 0; i < events.size(); ++i)
            list << accountEvent(events[i].section(QLatin1Char(':'), 0, 0), kT0 + 60 * i,
                                 events[i].section(QLatin1Char(':'), 1));
        // Meta may deliver them late and out of order: the latest by time still wins.
        std::reverse(list.begin(), list.end());
        for (const Event& e : std::as_const(list))
            QVERIFY(ingest({e}));
        const AccountHealth h = health();
        QCOMPARE(h.state, state);
        QCOMPARE(h.lastEvent, lastEvent);
        QCOMPARE(h.reason, reason);
        // Since the latest event that changed the connection (pricing news does not).
        int changed = 0;
        for (int i = 0; i < events.size(); ++i) {
            if (!events[i].startsWith(QLatin1String("VOLUME_BASED")))
                changed = i;
        }
        QCOMPARE(h.sinceSecs, kT0 + 60 * changed);
        QCOMPARE(h.isConnected(), state == AccountHealth::State::Connected);
    }

    void withinOneSecondAReconnectionFollowsItsDisconnection_data()
    {
        QTest::addColumn<QStringList>("arrival"); // all at the same second, in this order
        QTest::addColumn<QString>("lastEvent");
        QTest::newRow("removed, reconnected")
            << QStringList{QStringLiteral("PARTNER_REMOVED"), QStringLiteral("ACCOUNT_RECONNECTED")}
            << "ACCOUNT_RECONNECTED";
        QTest::newRow("reconnected, removed (late delivery)")
            << QStringList{QStringLiteral("ACCOUNT_RECONNECTED"), QStringLiteral("PARTNER_REMOVED")}
            << "ACCOUNT_RECONNECTED";
        QTest::newRow("offboarded after the partner came back")
            << QStringList{QStringLiteral("PARTNER_ADDED"), QStringLiteral("ACCOUNT_OFFBOARDED")} << "PARTNER_ADDED";
        QTest::newRow("a deletion is final")
            << QStringList{QStringLiteral("ACCOUNT_DELETED"), QStringLiteral("ACCOUNT_RECONNECTED")}
            << "ACCOUNT_DELETED";
    }
    void withinOneSecondAReconnectionFollowsItsDisconnection()
    {
        QFETCH(QStringList, arrival);
        QFETCH(QString, lastEvent);
        for (const QString& name : std::as_const(arrival))
            QVERIFY(ingest({accountEvent(name, kT0, QStringLiteral("PRIMARY_INACTIVITY"))}));
        QCOMPARE(health().lastEvent, lastEvent);
    }

    void aReconnectionIsNewsForADay()
    {
        QVERIFY(ingest({accountEvent(QStringLiteral("PARTNER_REMOVED"), kT0, QStringLiteral("PRIMARY_INACTIVITY")),
                        accountEvent(QStringLiteral("ACCOUNT_RECONNECTED"), kT0 + 3600)}));
        const AccountHealth h = health();
        QVERIFY(h.isRecentlyReconnected(kT0 + 3600));
        QVERIFY(h.isRecentlyReconnected(kT0 + 3600 + kDay - 1));
        QVERIFY(!h.isRecentlyReconnected(kT0 + 3600 + kDay));
    }

    void idleDaysCountFromTheLatestEchoOrAddressBookSync()
    {
        QVERIFY(ingest({echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kT0, QStringLiteral("hi"))}));
        QCOMPARE(health().appActiveAtSecs, kT0);
        QVERIFY(ingest({contactSync(QStringLiteral("5511987654321"), kT0 + 2 * kDay)}));
        // Neither the customers nor the history say the phone was in use.
        QVERIFY(ingest({customerMessage(QStringLiteral("wamid.M"), QStringLiteral("16505551234"), kT0 + 5 * kDay,
                                        QStringLiteral("hello?")),
                        history(QStringLiteral("wamid.H"), QStringLiteral("16505551234"), kT0 + 6 * kDay,
                                QStringLiteral("old"), true)}));
        const AccountHealth h = health();
        QCOMPARE(h.appActiveAtSecs, kT0 + 2 * kDay);
        QCOMPARE(h.idleDays(kT0 + 2 * kDay), 0);
        QCOMPARE(h.idleDays(kT0 + 3 * kDay - 1), 0);
        QCOMPARE(h.idleDays(kT0 + 3 * kDay), 1);
        QCOMPARE(h.daysLeft(kT0 + 3 * kDay), 13);
    }

    void theWarningStartsOnDayTen_data()
    {
        QTest::addColumn<qint64>("idleSecs");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<int>("daysLeft");
        QTest::newRow("day 9, a second before day 10") << qint64(10 * kDay - 1) << false << 5;
        QTest::newRow("day 10") << qint64(10 * kDay) << true << 4;
        QTest::newRow("day 13") << qint64(13 * kDay + 3600) << true << 1;
        QTest::newRow("day 14: Meta's cut-off is due") << qint64(14 * kDay) << true << 0;
        QTest::newRow("day 20") << qint64(20 * kDay) << true << 0;
    }
    void theWarningStartsOnDayTen()
    {
        QFETCH(qint64, idleSecs);
        QFETCH(bool, warned);
        QFETCH(int, daysLeft);
        QVERIFY(ingest({echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kT0, QStringLiteral("hi"))}));
        m_harness.clock.setSecs(kT0 + idleSecs);
        const qint64 now = m_harness.clock.nowSecs();
        const AccountHealth h = health();
        QCOMPARE(h.needsPhoneAppWarning(now), warned);
        QCOMPARE(h.daysLeft(now), daysLeft);
    }

    void aReconnectionIsThePhoneAppInUse()
    {
        // The owner reconnects from the phone app after 14 idle days: the count starts again.
        QVERIFY(ingest(
            {echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kT0, QStringLiteral("hi")),
             accountEvent(QStringLiteral("PARTNER_REMOVED"), kT0 + 14 * kDay, QStringLiteral("PRIMARY_INACTIVITY")),
             accountEvent(QStringLiteral("ACCOUNT_RECONNECTED"), kT0 + 15 * kDay)}));
        const AccountHealth h = health();
        QCOMPARE(h.appActiveAtSecs, kT0 + 15 * kDay);
        QCOMPARE(h.idleDays(kT0 + 15 * kDay + 60), 0);
        QVERIFY(!h.needsPhoneAppWarning(kT0 + 15 * kDay + 60));
    }

    void aDisconnectedNumberIsNotWarnedAbout()
    {
        // Once Meta has cut the number off, the banner says so; counting days is no longer the news.
        QVERIFY(ingest(
            {echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kT0, QStringLiteral("hi")),
             accountEvent(QStringLiteral("PARTNER_REMOVED"), kT0 + 14 * kDay, QStringLiteral("PRIMARY_INACTIVITY"))}));
        const AccountHealth h = health();
        QCOMPARE(h.idleDays(kT0 + 15 * kDay), 15);
        QVERIFY(!h.needsPhoneAppWarning(kT0 + 15 * kDay));
    }
};

QTEST_GUILESS_MAIN(TestAccountHealth)
#include "TestAccountHealth.moc"
