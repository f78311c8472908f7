// SPDX-License-Identifier: GPL-3.0-or-later
// The command tracker: ids, one result per command (ack, timeout, refusal), deadlines on a fake clock.
#include "FakeClock.h"
#include "sync/CommandTracker.h"

#include <QSignalSpy>
#include <QTest>

using duet::sync::CommandResult;
using duet::sync::CommandTracker;
using duet::test::FakeClock;

class TestCommandTracker : public QObject
{
    Q_OBJECT

private slots:
    void idsAreNumberedInOrder()
    {
        CommandTracker t;
        QCOMPARE(t.nextId(), QStringLiteral("c-1"));
        QCOMPARE(t.nextId(), QStringLiteral("c-2"));
    }

    // The ack goes to the callback, then to finished(), once; a second ack for it is not ours.
    void anAckFinishesItsCommandOnce()
    {
        FakeClock clock;
        CommandTracker t;
        QSignalSpy finished(&t, &CommandTracker::finished);
        QList<CommandResult> results;
        t.track(QStringLiteral("c-1"), clock.nowMs() + 20000, [&](const CommandResult& r) {
            results << r;
            QCOMPARE(finished.size(), 0); // the callback first
        });
        QCOMPARE(t.pending(), 1);
        QVERIFY(t.finish(QStringLiteral("c-1"), CommandResult{QStringLiteral("c-1"), true, {}, 42}));
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().ok);
        QCOMPARE(results.first().seq, 42);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(t.pending(), 0);
        QVERIFY(!t.finish(QStringLiteral("c-1"), CommandResult{QStringLiteral("c-1"), true, {}, 43}));
        QVERIFY(!t.finish(QStringLiteral("c-9"), CommandResult{QStringLiteral("c-9"), true, {}, 0}));
        QCOMPARE(results.size(), 1);
        QCOMPARE(finished.size(), 1);
    }

    // A command times out at its deadline, not before; its late ack is then ignored.
    void aCommandTimesOutAtItsDeadline()
    {
        FakeClock clock;
        CommandTracker t;
        QList<CommandResult> results;
        const auto collect = [&](const CommandResult& r) { results << r; };
        t.track(QStringLiteral("a"), clock.nowMs() + 20000, collect);
        t.track(QStringLiteral("b"), clock.nowMs() + 30000, collect);
        QCOMPARE(t.nextDeadlineMs(), clock.nowMs() + 20000);
        clock.advanceMs(19999);
        QCOMPARE(t.expire(clock.nowMs()), 0);
        clock.advanceMs(1);
        QCOMPARE(t.expire(clock.nowMs()), 1);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().id, QStringLiteral("a"));
        QVERIFY(!results.first().ok);
        QCOMPARE(results.first().reason, QStringLiteral("timeout"));
        QCOMPARE(t.nextDeadlineMs(), clock.nowMs() + 10000);
        QVERIFY(!t.finish(QStringLiteral("a"), CommandResult{QStringLiteral("a"), true, {}, 1}));
        QCOMPARE(t.pending(), 1);
    }

    // Refusals and the failures of a lost connection come from the event loop, never from inside
    // the call that decided them.
    void refusalsComeFromTheEventLoop()
    {
        FakeClock clock;
        CommandTracker t;
        QSignalSpy finished(&t, &CommandTracker::finished);
        QStringList reasons;
        const auto collect = [&](const CommandResult& r) { reasons << r.id + QLatin1Char(':') + r.reason; };
        t.refuse(collect, CommandResult{QStringLiteral("x"), false, QStringLiteral("offline"), 0});
        t.track(QStringLiteral("y"), clock.nowMs() + 20000, collect);
        t.failAll(QStringLiteral("disconnected"));
        QCOMPARE(t.pending(), 0);
        QCOMPARE(t.nextDeadlineMs(), 0);
        QVERIFY(reasons.isEmpty());
        QVERIFY(finished.isEmpty());
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(reasons, (QStringList{QStringLiteral("x:offline"), QStringLiteral("y:disconnected")}));
    }

    // The clock was set back: the deadlines move back as much, so a wait keeps what was left of it.
    void settingTheClockBackMovesTheDeadlines()
    {
        FakeClock clock;
        CommandTracker t;
        t.track(QStringLiteral("a"), clock.nowMs() + 20000, {});
        clock.advanceMs(5000);
        t.shiftBack(3600'000);
        clock.advanceMs(-3600'000);
        QCOMPARE(t.nextDeadlineMs(), clock.nowMs() + 15000);
        QCOMPARE(t.expire(clock.nowMs() + 14999), 0);
        QCOMPARE(t.expire(clock.nowMs() + 15000), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandTracker)
#include "TestCommandTracker.moc"
