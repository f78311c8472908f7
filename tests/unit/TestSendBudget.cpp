// SPDX-License-Identifier: GPL-3.0-or-later
// SendBudget and BudgetLedger: leases, the relay's admission, the hub's pace, inbound, hubs sharing the cap.
#include "BudgetLedger.h"
#include "FakeClock.h"
#include "HubSchema.h"
#include "SendBudget.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>
#include <optional>

using namespace duet;
using namespace duet::hub;
using duet::test::FakeClock;

namespace {

RelayedSend send(const QString& session, const QString& agent, const QString& to, bool live = true)
{
    RelayedSend s;
    s.session = session;
    s.agent = agent;
    s.recipient = to;
    s.live = live;
    return s;
}

/// admit() whose answer came at once (nullopt: it waits in the hub's pace). A send that waits keeps
/// its callback and is answered later (at the latest "shutdown" when the budget goes), so the
/// answer lands in shared state, never in this function's returned-from frame.
std::optional<Admission> admitNow(SendBudget& budget, const RelayedSend& s)
{
    auto out = std::make_shared<std::optional<Admission>>();
    budget.admit(s, [out](const Admission& a) { *out = a; });
    return *out;
}

/// Options whose pace is the usable rate itself (no jitter margin), so the figures are round.
SendBudget::Options exact()
{
    SendBudget::Options o;
    o.jitterMs = 0;
    return o;
}

QString customer(int i)
{
    return QStringLiteral("1555%1").arg(3000000 + i);
}

} // namespace

/// The hub's send budget on a fake clock; the ledger on real SQLite files.
class TestSendBudget : public QObject
{
    Q_OBJECT
private slots:
    void anIdleSessionHoldsNothingAndABusyOneGetsTheWholeCap()
    {
        FakeClock clock;
        SendBudget budget(clock, exact());
        QSignalSpy leases(&budget, &SendBudget::leaseChanged);
        for (int i = 0; i < 5; ++i)
            budget.setDemand(QStringLiteral("s%1").arg(i), QStringLiteral("agent%1").arg(i), 0, 0);
        QCOMPARE(budget.lease(QStringLiteral("s0")), 0.0);
        budget.setDemand(QStringLiteral("s0"), QStringLiteral("agent0"), 0, 900);
        QCOMPARE(budget.lease(QStringLiteral("s0")), 20.0);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(budget.lease(QStringLiteral("s%1").arg(i)), 0.0);
        QVERIFY(!leases.isEmpty());
        QCOMPARE(leases.last().at(0).toString(), QStringLiteral("s0"));
        QCOMPARE(leases.last().at(1).toDouble(), 20.0);

        // A second agent's live replies come first; the campaign keeps what is left.
        budget.setDemand(QStringLiteral("s1"), QStringLiteral("agent1"), 2, 0);
        QVERIFY(budget.lease(QStringLiteral("s1")) >= 2.0);
        QVERIFY(budget.lease(QStringLiteral("s0")) + budget.lease(QStringLiteral("s1")) <= 20.0);
        // Going away gives it back.
        budget.removeSession(QStringLiteral("s1"));
        QCOMPARE(budget.lease(QStringLiteral("s0")), 20.0);
    }

    void aLoweredLeaseIsEnforcedOnlyAfterTheDesktopCouldHearOfIt()
    {
        FakeClock clock;
        SendBudget::Options options = exact();
        options.sessionBurst = 1;
        options.sessionSlackMs = 0;
        SendBudget budget(clock, options);
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 100);
        QCOMPARE(budget.lease(QStringLiteral("a")), 20.0);
        // Another desktop gets busy: the lease drops to 10 msg/s at once, but sends paced at
        // 20 msg/s that were on their way are still let through for the grace.
        budget.setDemand(QStringLiteral("b"), QStringLiteral("bo"), 0, 100);
        QCOMPARE(budget.lease(QStringLiteral("a")), 10.0);
        int admitted = 0;
        for (int i = 0; i < 15; ++i) { // 750 ms at 20 msg/s
            clock.advanceMs(50);
            budget.round();
            const std::optional<Admission> a =
                admitNow(budget, send(QStringLiteral("a"), QStringLiteral("ana"), customer(i)));
            admitted += a && a->ok ? 1 : 0;
        }
        QCOMPARE(admitted, 15);
        // After the grace the lower lease holds: two sends 50 ms apart are one too many.
        clock.advanceMs(SendBudget::kLowerGraceMs);
        budget.round();
        QVERIFY(admitNow(budget, send(QStringLiteral("a"), QStringLiteral("ana"), customer(20)))->ok);
        clock.advanceMs(50);
        budget.round();
        const std::optional<Admission> refused =
            admitNow(budget, send(QStringLiteral("a"), QStringLiteral("ana"), customer(21)));
        QVERIFY(refused && !refused->ok);
        QCOMPARE(refused->reason, QStringLiteral("lease_exceeded"));
    }

    void aHubThatDidNotRunForAMomentStillAdmitsSendsPacedAtTheLease()
    {
        FakeClock clock;
        SendBudget::Options options = exact();
        options.sessionBurst = 3;
        options.sessionSlackMs = 1'000;
        options.maxWaitMs = 60'000; // the lease, not the hub's pace, is under test
        SendBudget budget(clock, options);
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 1000);
        QCOMPARE(budget.lease(QStringLiteral("a")), 20.0);
        int next = 0;
        // Not refused: admitted now, or waiting in the hub's pace (which answers later).
        const auto admitted = [&] {
            const std::optional<Admission> a =
                admitNow(budget, send(QStringLiteral("a"), QStringLiteral("ana"), customer(next++)));
            return !a || a->ok;
        };
        // A desktop paced at its lease, one send every 50 ms.
        for (int i = 0; i < 40; ++i) {
            clock.advanceMs(50);
            budget.round();
            QVERIFY(admitted());
        }
        // The hub's event loop stood still for 400 ms: the eight sends that arrived meanwhile
        // are read back to back, and none is refused (the pace spreads them out).
        clock.advanceMs(400);
        budget.round();
        for (int i = 0; i < 8; ++i)
            QVERIFY2(admitted(), qPrintable(QString::number(i)));
        // A desktop that sends at twice its lease is still refused within two seconds.
        QCOMPARE(budget.queued(), 7);
        bool refused = false;
        for (int i = 0; i < 80 && !refused; ++i) {
            clock.advanceMs(25);
            budget.round();
            refused = !admitted();
        }
        QVERIFY(refused);
    }

    void aSendBeyondTheLeaseIsRefusedWithAReason()
    {
        FakeClock clock;
        SendBudget::Options options = exact();
        options.sessionBurst = 3;
        options.sessionSlackMs = 0; // the burst alone
        SendBudget budget(clock, options);
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 100);
        budget.setDemand(QStringLiteral("b"), QStringLiteral("bo"), 0, 100);
        QCOMPARE(budget.lease(QStringLiteral("b")), 10.0);
        // The burst for network bunching, then a refusal that says when to come back.
        int ok = 0;
        std::optional<Admission> refused;
        for (int i = 0; i < 10 && !refused; ++i) {
            clock.advanceMs(50); // twice the lease
            budget.round();
            const std::optional<Admission> a =
                admitNow(budget, send(QStringLiteral("b"), QStringLiteral("bo"), customer(i)));
            if (a && a->ok)
                ++ok;
            else if (a)
                refused = a;
        }
        QVERIFY(refused.has_value());
        QVERIFY(ok >= 3);
        QCOMPARE(refused->httpStatus, 429);
        QCOMPARE(refused->graphCode, 130429);
        QCOMPARE(refused->reason, QStringLiteral("lease_exceeded"));
        QVERIFY(!refused->message.isEmpty());
        QVERIFY(refused->retryAfterMs > 0 && refused->retryAfterMs <= 100);

        // An idle session (lease 0) has only its burst.
        budget.setDemand(QStringLiteral("c"), QStringLiteral("cy"), 0, 0);
        for (int i = 0; i < options.sessionBurst; ++i) {
            clock.advanceMs(100);
            budget.round();
            QVERIFY(admitNow(budget, send(QStringLiteral("c"), QStringLiteral("cy"), customer(50 + i)))->ok);
        }
        clock.advanceMs(100);
        budget.round();
        const std::optional<Admission> idle =
            admitNow(budget, send(QStringLiteral("c"), QStringLiteral("cy"), customer(60)));
        QVERIFY(idle && !idle->ok);
        QCOMPARE(idle->reason, QStringLiteral("lease_exceeded"));

        // Receipts and typing indicators are not counted.
        RelayedSend receipt = send(QStringLiteral("c"), QStringLiteral("cy"), customer(61));
        receipt.counted = false;
        QVERIFY(admitNow(budget, receipt)->ok);
    }

    void thePairLimitIsHeldPerCustomerForTheWholeTeam()
    {
        FakeClock clock;
        SendBudget budget(clock, exact());
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 50, 0);
        budget.setDemand(QStringLiteral("b"), QStringLiteral("bo"), 50, 0);
        const QString to = customer(1);
        // Ana and Bo together: the customer's burst of 45 is shared, then the hub refuses.
        int accepted = 0;
        std::optional<Admission> refused;
        for (int i = 0; i < 60 && !refused; ++i) {
            clock.advanceMs(200);
            budget.round();
            const bool ana = i % 2 == 0;
            const std::optional<Admission> a =
                admitNow(budget, send(ana ? QStringLiteral("a") : QStringLiteral("b"),
                                      ana ? QStringLiteral("ana") : QStringLiteral("bo"), to));
            QVERIFY(a.has_value());
            if (a->ok)
                ++accepted;
            else
                refused = a;
        }
        QVERIFY(refused.has_value());
        QCOMPARE(refused->graphCode, 131056);
        QCOMPARE(refused->reason, QStringLiteral("pair_limited"));
        QCOMPARE(refused->httpStatus, 429);
        QVERIFY(refused->retryAfterMs > 0);
        QVERIFY2(accepted >= 45 && accepted <= 47, qPrintable(QString::number(accepted)));

        // Meta's own 131056 for another customer holds that customer back 4^0 s.
        const QString other = customer(2);
        QVERIFY(admitNow(budget, send(QStringLiteral("a"), QStringLiteral("ana"), other))->ok);
        budget.answered(send(QStringLiteral("a"), QStringLiteral("ana"), other), 400, 131056);
        clock.advanceMs(300);
        budget.round();
        const std::optional<Admission> held = admitNow(budget, send(QStringLiteral("b"), QStringLiteral("bo"), other));
        QVERIFY(held && !held->ok);
        QCOMPARE(held->reason, QStringLiteral("pair_limited"));
    }

    void theHubPacesWhatItForwardsLiveFirst()
    {
        FakeClock clock;
        SendBudget::Options options = exact();
        options.sessionBurst = 100; // the hub's pace, not the lease, is under test
        SendBudget budget(clock, options);
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 100);
        QList<QString> order;
        for (int i = 0; i < 4; ++i) {
            const bool live = i == 3;
            budget.admit(send(QStringLiteral("a"), QStringLiteral("ana"), customer(i), live),
                         [&order, i](const Admission& a) {
                             QVERIFY(a.ok);
                             order << QString::number(i);
                         });
        }
        QCOMPARE(order, QList<QString>{QStringLiteral("0")}); // one at once, the rest wait
        QCOMPARE(budget.queued(), 3);
        clock.advanceMs(50); // one interval at 20 msg/s
        budget.round();
        QCOMPARE(order.size(), 2);
        QCOMPARE(order.last(), QStringLiteral("3")); // the live reply jumped the campaign
        for (int i = 0; i < 2; ++i) {                // one at a time: the pace holds no more than one message
            clock.advanceMs(50);
            budget.round();
        }
        QCOMPARE(order.size(), 4);
        QCOMPARE(budget.queued(), 0);
    }

    void aSendThatWouldWaitTooLongIsRefused()
    {
        FakeClock clock;
        SendBudget::Options options = exact();
        options.sessionBurst = 1000;
        options.maxWaitMs = 500;
        SendBudget budget(clock, options);
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 1000);
        std::optional<Admission> refused;
        int waiting = 0;
        for (int i = 0; i < 40 && !refused; ++i) {
            const std::optional<Admission> a =
                admitNow(budget, send(QStringLiteral("a"), QStringLiteral("ana"), customer(i)));
            if (!a)
                ++waiting;
            else if (!a->ok)
                refused = a;
        }
        QVERIFY(refused.has_value());
        QCOMPARE(refused->reason, QStringLiteral("budget_exhausted"));
        QCOMPARE(refused->graphCode, 130429);
        QVERIFY(waiting >= 9 && waiting <= 11);
    }

    void customersMessagesTakeTheirPartOfTheCapUpToHalf()
    {
        FakeClock clock;
        SendBudget budget(clock, exact());
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 100);
        QCOMPARE(budget.usableRate(), 20.0);
        budget.noteInbound(4);
        budget.round();
        QCOMPARE(budget.usableRate(), 16.0);
        QCOMPARE(budget.lease(QStringLiteral("a")), 16.0);
        budget.noteInbound(100);
        budget.round();
        QCOMPARE(budget.usableRate(), 10.0); // inbound takes at most half
        clock.advanceMs(1000);
        budget.round();
        QCOMPARE(budget.usableRate(), 20.0); // counted over the last second only
        QCOMPARE(budget.lease(QStringLiteral("a")), 20.0);
    }

    void thePaceLeavesRoomForJitter()
    {
        FakeClock clock;
        SendBudget budget(clock, SendBudget::Options{}); // 10 ms of jitter
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 100);
        QCOMPARE(budget.usableRate(), 20.0);
        // 21 messages take 1010 ms: one 10 ms late and the next 10 ms early still fit a second.
        QVERIFY(qAbs(budget.paceRate() - 20.0 * 1000 / 1010) < 1e-9);
        QVERIFY(budget.lease(QStringLiteral("a")) <= budget.paceRate());
        QVERIFY(budget.lease(QStringLiteral("a")) >= 0.98 * 20);
    }

    void metasThrottlingHalvesThePaceForAWhile()
    {
        FakeClock clock;
        SendBudget budget(clock, exact());
        budget.setDemand(QStringLiteral("a"), QStringLiteral("ana"), 0, 100);
        budget.answered(send(QStringLiteral("a"), QStringLiteral("ana"), customer(1)), 429, 130429);
        QCOMPARE(budget.usableRate(), 10.0);
        QCOMPARE(budget.lease(QStringLiteral("a")), 10.0);
        clock.advanceMs(10'000);
        budget.round();
        QCOMPARE(budget.usableRate(), 20.0);
    }

    void theLedgerDividesWholeMessagesFairly()
    {
        const BudgetLedger::Options o;
        const qint64 now = 1'000'000;
        // Alone and busy: the whole cap.
        HubBudgetRow a = BudgetLedger::decide({}, QStringLiteral("a"), 5, 20, now, o);
        QCOMPARE(a.granted, 20);
        // Another busy hub: a gets its fair half once it gives up the rest...
        HubBudgetRow b{QStringLiteral("b"), 20, 0, 0, 0, now};
        a = BudgetLedger::decide({a, b}, QStringLiteral("a"), 20, 20, now + 250, o);
        QCOMPARE(a.granted, 10);
        QCOMPARE(BudgetLedger::held(a, now + 250), 20); // ... which still counts for the release time
        // b cannot take it before then.
        b = BudgetLedger::decide({a, b}, QStringLiteral("b"), 20, 20, now + 500, o);
        QCOMPARE(b.granted, 0);
        b = BudgetLedger::decide({a, b}, QStringLiteral("b"), 20, 20, now + 250 + o.releaseMs, o);
        QCOMPARE(b.granted, 10);
        // Odd caps stay whole and never sum above the cap.
        HubBudgetRow c{QStringLiteral("c"), 20, 0, 0, 0, now};
        const HubBudgetRow x = BudgetLedger::decide({c}, QStringLiteral("x"), 20, 7, now, o);
        QCOMPARE(x.granted, 3); // 3 each; the unit left goes to the other
        QVERIFY(x.granted + BudgetLedger::held(c, now) <= 7);
        // A stale row is a dead hub's: ignored.
        HubBudgetRow dead{QStringLiteral("d"), 20, 20, 0, 0, now - o.staleMs - 1};
        QCOMPARE(BudgetLedger::decide({dead}, QStringLiteral("a"), 20, 20, now, o).granted, 20);
        // Idle: nothing.
        QCOMPARE(BudgetLedger::decide({}, QStringLiteral("a"), 0, 20, now, o).granted, 0);
    }

    void twoHubsOnOneDatabaseNeverHoldMoreThanTheCap()
    {
        QTemporaryDir dir;
        store::DatabaseLocation location;
        location.backend = store::Backend::Sqlite;
        location.path = dir.filePath(QStringLiteral("hub.db"));
        {
            store::Database db;
            QString error;
            QVERIFY2(db.open(location, &error), qPrintable(error));
            QVERIFY2(HubSchema::prepare(db.connection(), db.backend(), &error), qPrintable(error));
        }
        BudgetLedger one(QStringLiteral("one")), two(QStringLiteral("two"));
        QString error;
        QVERIFY2(one.open(location, &error), qPrintable(error));
        QVERIFY2(two.open(location, &error), qPrintable(error));
        qint64 now = 1'750'000'000'000;
        int g1 = 0, g2 = 0;
        // Each hub's grant from the moment of its round on (what its pace sends at).
        QList<QPair<qint64, int>> history1, history2;
        auto inForce = [](const QList<QPair<qint64, int>>& history, qint64 from, qint64 to) {
            int most = 0;
            for (qsizetype i = 0; i < history.size(); ++i) {
                const qint64 start = history.at(i).first;
                const qint64 end =
                    i + 1 < history.size() ? history.at(i + 1).first : std::numeric_limits<qint64>::max();
                if (start <= to && end > from)
                    most = std::max(most, history.at(i).second);
            }
            return most;
        };
        auto check = [&] {
            // No sliding second sees more than the cap: the largest grant of each hub in the window.
            for (qint64 t = now - 3000; t <= now; t += 10) {
                if (inForce(history1, t, t + 1000) + inForce(history2, t, t + 1000) > 20)
                    return false;
            }
            return true;
        };
        const SendBudget::Options fence;
        // One busy hub alone, then both busy, then hub two dies while holding half.
        for (int step = 0; step < 80; ++step) {
            const int demand2 = step < 20 ? 0 : 20;
            QVERIFY2(one.round(20, 20, now, &g1, &error), qPrintable(error));
            history1 << qMakePair(now, g1);
            if (step < 50) {
                QVERIFY2(two.round(demand2, 20, now + 100, &g2, &error), qPrintable(error));
                history2 << qMakePair(now + 100, g2);
            } else if (step == 50) {
                history2 << qMakePair(now - 250 + 100 + fence.fenceMs, 0); // it stops itself (SendBudget's fence)
            }
            QVERIFY2(check(), qPrintable(QStringLiteral("step %1: %2 + %3").arg(step).arg(g1).arg(g2)));
            if (step == 19)
                QCOMPARE(g1, 20);
            if (step == 49) {
                QCOMPARE(g1, 10);
                QCOMPARE(g2, 10);
            }
            now += 250;
        }
        QCOMPARE(g1, 20); // the idle, then dead, hub's share came back
    }
};

QTEST_GUILESS_MAIN(TestSendBudget)
#include "TestSendBudget.moc"
