// SPDX-License-Identifier: GPL-3.0-or-later
// The wall clock set forward and back by hours under the window gate, snoozes, the hub's budget, the desktop's timers
// and the hub's agent timers.
#include "AgentRegistry.h"
#include "DomainToString.h"
#include "EventBuilders.h"
#include "FakeClock.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "InProcessHub.h"
#include "SendBudget.h"
#include "core/PairLimiter.h"
#include "core/ServiceWindow.h"
#include "outbound/WindowGate.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/ConversationListModel.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace duet;
using duet::test::FakeClock;

namespace {
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kHourSecs = 3'600;
} // namespace

class TestClockJumps : public QObject
{
    Q_OBJECT

private slots:
    /// The gate's window: closes on a forward jump, never reopens on a backward one, and its
    /// countdown is never negative.
    void theWindowClosesForwardAndNeverReopensBack()
    {
        FakeClock clock;
        outbound::MapWindowSource source;
        source.last.insert(QStringLiteral("5511987654321"), clock.nowSecs() - 23 * kHourSecs);
        outbound::WindowGate gate(clock, source);
        QVERIFY(gate.check(QStringLiteral("5511987654321"), true).isAllowed());
        QCOMPARE(gate.window(QStringLiteral("5511987654321")).secondsLeft(clock.nowSecs()), kHourSecs);

        clock.advanceMs(2 * kHourMs); // forward past the close
        const outbound::GateDecision closed = gate.check(QStringLiteral("5511987654321"), true);
        QCOMPARE(closed.reason, outbound::GateDecision::Reason::WindowClosed);
        QCOMPARE(closed.window.secondsLeft(clock.nowSecs()), 0);

        clock.advanceMs(-3 * kHourMs); // back to before the close: the gate saw it closed
        QCOMPARE(gate.check(QStringLiteral("5511987654321"), true).reason,
                 outbound::GateDecision::Reason::WindowClosed);
        QVERIFY(gate.window(QStringLiteral("5511987654321")).secondsLeft(clock.nowSecs()) >= 0);
        QVERIFY(gate.check(QStringLiteral("5511987654321"), false).isAllowed()); // templates always pass

        // A customer's new message opens it again, as ever.
        source.last.insert(QStringLiteral("5511987654321"), clock.nowSecs() + 2 * kHourSecs);
        QVERIFY(gate.check(QStringLiteral("5511987654321"), true).isAllowed());
    }

    /// A snooze is a time on the wall clock: a forward jump past it brings the conversation back
    /// at the next check; a backward jump neither wakes a sleeping one early nor hides one that
    /// already came back.
    void snoozesFollowTheWallClockAndStayWokenOnABackwardJump()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Store store(clock);
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("store.db")), &error), qPrintable(error));
        sync::SyncClient sync(store.connection(), store.backend(), store.applier(), clock);
        QVERIFY2(sync.prepareStore(&error), qPrintable(error));
        QVERIFY2(store.ingest({test::customerMessage(QStringLiteral("wamid.A"), QStringLiteral("5511987654321"),
                                                     clock.nowSecs() - 60, QStringLiteral("oi")),
                               test::customerMessage(QStringLiteral("wamid.B"), QStringLiteral("5511900000002"),
                                                     clock.nowSecs() - 60, QStringLiteral("olá"))},
                              &error),
                 qPrintable(error));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT contact_key FROM conversations ORDER BY contact_key")));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        QCOMPARE(keys.size(), 2);
        const qint64 in30min = clock.nowSecs() + 1800;
        const qint64 in3h = clock.nowSecs() + 3 * kHourSecs;
        for (const auto& [key, until] : {std::pair{keys[0], in30min}, std::pair{keys[1], in3h}}) {
            q.prepare(QStringLiteral("UPDATE conversations SET status = 'snoozed' WHERE contact_key = ?"));
            q.addBindValue(key);
            QVERIFY(q.exec());
            q.prepare(QStringLiteral("INSERT INTO conversation_snoozes (contact_key, until) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(until);
            QVERIFY(q.exec());
        }
        ui::ConversationListModel model(store.connection(), clock);
        model.setFilter(ui::ConversationListModel::Filter::All);
        model.reload();
        QCOMPARE(model.rowOfKey(keys[0]), -1);
        QCOMPARE(model.rowOfKey(keys[1]), -1);

        clock.advanceMs(kHourMs); // forward past the first snooze only
        QVERIFY(model.checkSnoozes());
        QVERIFY(model.rowOfKey(keys[0]) >= 0);
        QCOMPARE(model.rowOfKey(keys[1]), -1);
        QCOMPARE(model.snoozedUntil(keys[1]), in3h);

        clock.advanceMs(-2 * kHourMs); // back an hour before the first snooze's time
        QVERIFY(!model.checkSnoozes());
        model.reload();
        QVERIFY2(model.rowOfKey(keys[0]) >= 0, "a conversation that came back is hidden again");
        QCOMPARE(model.rowOfKey(keys[1]), -1); // not woken early
        QCOMPARE(model.snoozedUntil(keys[1]), in3h);

        clock.setSecs(in3h); // the wall clock reads the second one's time
        QVERIFY(model.checkSnoozes());
        QVERIFY(model.rowOfKey(keys[1]) >= 0);
    }

    /// The hub's budget: a forward jump gives no burst beyond the buckets' capacity; a backward
    /// jump does not stretch the cut after Meta's 130429 or the pair limiter's hold by hours.
    void theHubsBudgetNeitherBurstsNorStalls()
    {
        FakeClock clock;
        int proceededAtOnce = 0, refused = 0; // outlive the budget: it answers what waits when it goes
        hub::SendBudget::Options options;
        options.cap = 20;
        hub::SendBudget budget(clock, options);
        budget.start();
        budget.setDemand(QStringLiteral("s1"), QStringLiteral("ana"), 50, 0);
        QCOMPARE(budget.usableRate(), 20.0);

        // Forward by three hours: the buckets hold what they can hold, no more. The session's
        // lease holds its burst or sessionSlackMs at its rate, whichever is more (20 here).
        const int leaseCapacity =
            std::max(options.sessionBurst, int(std::ceil(20.0 * double(options.sessionSlackMs) / 1000.0)));
        clock.advanceMs(3 * kHourMs);
        budget.round();
        for (int i = 0; i < 2 * leaseCapacity; ++i) {
            budget.admit(hub::RelayedSend{QStringLiteral("ana"), QStringLiteral("s1"),
                                          QStringLiteral("55119%1").arg(1000000 + i), true, true},
                         [&proceededAtOnce, &refused](const hub::Admission& a) {
                             if (a.ok)
                                 ++proceededAtOnce;
                             else
                                 ++refused;
                         });
        }
        // The hub's pace has a burst of one; what the lease's bucket cannot hold is refused.
        QVERIFY2(proceededAtOnce <= 1, qPrintable(QString::number(proceededAtOnce)));
        QVERIFY2(refused >= leaseCapacity, qPrintable(QString::number(refused)));

        // Meta answers 130429: the pace is halved for cutMs; the clock goes back two hours.
        budget.answered(
            hub::RelayedSend{QStringLiteral("ana"), QStringLiteral("s1"), QStringLiteral("5511900000001"), true, true},
            429, 130429);
        QCOMPARE(budget.usableRate(), 10.0);
        clock.advanceMs(-2 * kHourMs);
        budget.round();
        clock.advanceMs(options.cutMs + 1);
        budget.round();
        QCOMPARE(budget.usableRate(), 20.0); // the cut lasted its 10 s, not two hours more

        // The pair limiter holds a customer for its back-off, not for the jump.
        PairLimiter pair(clock);
        const QString customer = QStringLiteral("5511987654321");
        const qint64 hold = pair.onPairRateError(customer);
        QVERIFY(!pair.isReady(customer));
        clock.advanceMs(-2 * kHourMs);
        // At most the hold or the pair interval (a token bucket set back counts itself empty).
        const qint64 wait = pair.readyAtMs(customer) - clock.nowMs();
        QVERIFY2(wait <= std::max(hold, PairLimiter::Options().intervalMs), qPrintable(QString::number(wait)));
        clock.advanceMs(wait);
        QVERIFY(pair.isReady(customer));
        QVERIFY(pair.take(customer));
    }

    /// The desktop's sync client after its clock went back two hours: it still reconnects after its
    /// back-off (measured on the clock, so the test moves it), not two hours later.
    void theDesktopReconnectsAfterABackwardJump()
    {
        test::InProcessHub hub;
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString token = hub.addAgent(QStringLiteral("ana"), sync::Role::Agent, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        FakeClock clock;
        test::Desk desk;
        QVERIFY2(desk.open(clock, dir.filePath(QStringLiteral("desk.db")), &error), qPrintable(error));
        desk.client->start(hub.url(), token);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLive(), 20000);

        QVERIFY2(hub.restart(&error, false), qPrintable(error)); // the connection drops
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isLive(), 20000);
        clock.advanceMs(-2 * kHourMs);
        // Time moves on (the clock goes forward in small steps); the back-off is at most 400 ms.
        QTRY_VERIFY_WITH_TIMEOUT((clock.advanceMs(50), desk.isLive()), 30000);
        QVERIFY(desk.client->nextAttemptAtMs() == 0 || desk.client->nextAttemptAtMs() <= clock.nowMs() + 400);

        // And the same a second time, the clock set forward this time: it reconnects too.
        QVERIFY2(hub.restart(&error, false), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isLive(), 20000);
        clock.advanceMs(5 * kHourMs);
        QTRY_VERIFY_WITH_TIMEOUT((clock.advanceMs(50), desk.isLive()), 30000);
        desk.client->stop();
    }

    /// The hub's per-connection frame budget and presence spacing after its clock went back two
    /// hours: an agent's next commands are answered, and a presence is written again.
    void theHubsAgentTimersSurviveABackwardJump()
    {
        QTemporaryDir dir;
        FakeClock clock;
        hub::HubConfig config;
        config.db = dir.filePath(QStringLiteral("hub.db"));
        config.listenPort = 0;
        config.appSecret = test::kHubAppSecret;
        config.verifyToken = test::kHubVerifyToken;
        config.phoneNumberId = QStringLiteral("106540352242922");
        hub::HubServer hub(config, clock);
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        store::Database db;
        store::DatabaseLocation location;
        QVERIFY(store::DatabaseLocation::parse(config.db, &location, &error) && db.open(location, &error));
        QString token;
        QVERIFY2(hub::AgentRegistry(db.connection())
                     .add(QStringLiteral("ana"), sync::Role::Agent, clock.nowSecs(), &token, &error),
                 qPrintable(error));
        QNetworkAccessManager nam;
        QCOMPARE(test::postWebhook(nam, hub.port(),
                                   test::textWebhook(QStringLiteral("5511987654321"), QStringLiteral("wamid.J1"),
                                                     clock.nowSecs(), QStringLiteral("oi"))),
                 200);

        test::AgentClient agent;
        QVERIFY(agent.connectTo(hub.port()));
        agent.sendHello(token, 0);
        QVERIFY(agent.waitFor<sync::Welcome>());
        const auto presence = [&agent](const QString& id) {
            sync::Command c;
            c.id = id;
            c.name = sync::CommandName::Presence;
            c.conversation = QStringLiteral("5511987654321");
            c.presence = sync::PresenceState::Viewing;
            agent.sendCommand(c);
            return agent.waitForAck(id) ? agent.ackFor(id) : std::nullopt;
        };
        const auto first = presence(QStringLiteral("p1"));
        QVERIFY(first && first->ok && first->seq > 0);

        clock.advanceMs(-2 * kHourMs);
        // The same presence again, right after the jump: written (the spacing counts from now).
        const auto again = presence(QStringLiteral("p2"));
        QVERIFY(again && again->ok);
        QVERIFY2(again->seq > first->seq, "a presence after the clock went back was swallowed");
        // Many more frames over the next seconds: none is refused for the frame budget.
        for (int i = 0; i < 40; ++i) {
            clock.advanceMs(100);
            sync::Command c;
            c.id = QStringLiteral("c%1").arg(i);
            c.name = sync::CommandName::Claim;
            c.conversation = QStringLiteral("5511987654321");
            agent.sendCommand(c);
            QVERIFY(agent.waitForAck(c.id));
            QVERIFY2(agent.ackFor(c.id)->reason != QLatin1String("rate_limited"),
                     qPrintable(QStringLiteral("frame %1 refused after the clock went back").arg(i)));
        }
        QVERIFY(!agent.closed);
        hub.stop();
    }
};

QTEST_MAIN(TestClockJumps)
#include "TestClockJumps.moc"
