// SPDX-License-Identifier: GPL-3.0-or-later
// Team actions without a hub, the sentences of every outcome, snooze presets and the assign order.
#include "core/Clock.h"
#include "ui/TeamActions.h"
#include "ui/TeamBar.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace duet;
using ui::TeamActions;
using Kind = ui::TeamActions::Kind;

Q_DECLARE_METATYPE(Kind)

class TestTeamActions : public QObject
{
    Q_OBJECT

private slots:
    void withoutAHubEveryActionIsRefusedAsOffline_data();
    void withoutAHubEveryActionIsRefusedAsOffline();
    void outcomesBecomeSentencesThatSayWhatToDo_data();
    void outcomesBecomeSentencesThatSayWhatToDo();
    void snoozePresets_data();
    void snoozePresets();
    void theAssignMenuListsOnlineAgentsFirst();
    void everyTeamBarControlHasAnAccessibleName();
};

void TestTeamActions::withoutAHubEveryActionIsRefusedAsOffline_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("claim") << Kind::Claim;
    QTest::newRow("release") << Kind::Release;
    QTest::newRow("assign") << Kind::Assign;
    QTest::newRow("set status") << Kind::SetStatus;
    QTest::newRow("add a label") << Kind::AddLabel;
    QTest::newRow("remove a label") << Kind::RemoveLabel;
    QTest::newRow("note") << Kind::Note;
    QTest::newRow("presence") << Kind::Presence;
    QTest::newRow("request the import") << Kind::RequestSync;
}

void TestTeamActions::withoutAHubEveryActionIsRefusedAsOffline()
{
    QFETCH(Kind, kind);
    TeamActions team(nullptr);
    QVERIFY(!team.isOnline());
    QVERIFY(team.roster().isEmpty());
    QSignalSpy finished(&team, &TeamActions::finished);
    int callbacks = 0;
    TeamActions::Result seen;
    const auto done = [&](const TeamActions::Result& r) {
        ++callbacks;
        seen = r;
    };
    const QString key = QStringLiteral("15551234567");
    switch (kind) {
    case Kind::Claim:
        team.claim(key, done);
        break;
    case Kind::Release:
        team.release(key, done);
        break;
    case Kind::Assign:
        team.assign(key, QStringLiteral("bo"), done);
        break;
    case Kind::SetStatus:
        team.setStatus(key, sync::ConversationStatus::Snoozed, 1750003600, done);
        break;
    case Kind::AddLabel:
        team.addLabel(key, QStringLiteral("vip"), done);
        break;
    case Kind::RemoveLabel:
        team.removeLabel(key, QStringLiteral("vip"), done);
        break;
    case Kind::Note:
        team.note(key, QStringLiteral("call back"), done);
        break;
    case Kind::Presence:
        team.presence(key, sync::PresenceState::Viewing, done);
        break;
    case Kind::RequestSync:
        team.requestSync(false, done);
        break;
    }
    QCOMPARE(callbacks, 0); // never from inside the call
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(callbacks, 1);
    QCOMPARE(seen.kind, kind);
    QCOMPARE(seen.conversation, kind == Kind::RequestSync ? QString() : key); // the import is about no conversation
    QVERIFY(!seen.ok);
    QCOMPARE(seen.reason, QStringLiteral("offline"));
    QVERIFY2(seen.message.contains(QStringLiteral("Duet is offline")), qPrintable(seen.message));
    QVERIFY2(seen.message.contains(QStringLiteral("Nothing was changed")), qPrintable(seen.message));
}

void TestTeamActions::outcomesBecomeSentencesThatSayWhatToDo_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a claim that worked") << Kind::Claim << true << QString() << QString()
                                         << QStringLiteral("You took this conversation.");
    QTest::newRow("an assignment that worked")
        << Kind::Assign << true << QString() << QStringLiteral("bo") << QStringLiteral("Assigned to bo.");
    QTest::newRow("an agent assigning to someone else")
        << Kind::Assign << false << QStringLiteral("forbidden") << QStringLiteral("cy")
        << QStringLiteral("Could not assign this conversation: only a supervisor can assign");
    QTest::newRow("an agent releasing someone else's conversation")
        << Kind::Release << false << QStringLiteral("forbidden") << QString()
        << QStringLiteral("only the assigned agent or a supervisor can release it");
    QTest::newRow("a claim someone else won") << Kind::Claim << false << QStringLiteral("conflict") << QString()
                                              << QStringLiteral("someone else has already taken it");
    QTest::newRow("an assignment to an unknown agent")
        << Kind::Assign << false << QStringLiteral("not_found") << QStringLiteral("zed")
        << QStringLiteral("the hub has no agent named zed");
    QTest::newRow("a conversation the hub does not know")
        << Kind::Claim << false << QStringLiteral("not_found") << QString()
        << QStringLiteral("does not know this conversation yet");
    QTest::newRow("no answer in time") << Kind::SetStatus << false << QStringLiteral("timeout") << QString()
                                       << QStringLiteral("did not answer in time");
    QTest::newRow("the connection dropped")
        << Kind::Note << false << QStringLiteral("disconnected") << QString() << QStringLiteral("Once Duet reconnects");
    QTest::newRow("too many actions") << Kind::AddLabel << false << QStringLiteral("rate_limited") << QString()
                                      << QStringLiteral("Wait a few seconds");
    QTest::newRow("the hub's database is down")
        << Kind::Claim << false << QStringLiteral("unavailable") << QString() << QStringLiteral("Nothing was changed");
    QTest::newRow("a label too long") << Kind::AddLabel << false << QStringLiteral("bad_command") << QString()
                                      << QStringLiteral("1 to 64 characters");
    QTest::newRow("a reason from a newer hub")
        << Kind::Claim << false << QStringLiteral("on_vacation") << QString() << QStringLiteral("(on_vacation)");
}

void TestTeamActions::outcomesBecomeSentencesThatSayWhatToDo()
{
    QFETCH(Kind, kind);
    QFETCH(bool, ok);
    QFETCH(QString, reason);
    QFETCH(QString, detail);
    QFETCH(QString, expected);
    const QString message = TeamActions::messageFor(kind, ok, reason, detail);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestTeamActions::snoozePresets_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("tomorrow");
    QTest::addColumn<QDateTime>("monday");
    const QTime nine(9, 0);
    // 2026-11-18 is a Wednesday; 2026-11-23 a Monday.
    QTest::newRow("on a Wednesday afternoon")
        << QDateTime(QDate(2026, 11, 18), QTime(15, 30)) << QDateTime(QDate(2026, 11, 19), nine)
        << QDateTime(QDate(2026, 11, 23), nine);
    QTest::newRow("on a Monday morning, next Monday is a week away")
        << QDateTime(QDate(2026, 11, 23), QTime(8, 0)) << QDateTime(QDate(2026, 11, 24), nine)
        << QDateTime(QDate(2026, 11, 30), nine);
    QTest::newRow("on a Sunday night, tomorrow is next Monday")
        << QDateTime(QDate(2026, 11, 22), QTime(23, 0)) << QDateTime(QDate(2026, 11, 23), nine)
        << QDateTime(QDate(2026, 11, 23), nine);
}

void TestTeamActions::snoozePresets()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, tomorrow);
    QFETCH(QDateTime, monday);
    const QList<QDateTime> presets = ui::TeamBar::snoozePresets(now);
    QCOMPARE(presets.size(), 3);
    QCOMPARE(presets.at(0), now.addSecs(3600));
    QCOMPARE(presets.at(1), tomorrow);
    QCOMPARE(presets.at(2), monday);
}

void TestTeamActions::theAssignMenuListsOnlineAgentsFirst()
{
    const QList<sync::RosterEntry> roster = {{QStringLiteral("ana"), sync::Role::Supervisor, false, 0},
                                             {QStringLiteral("bo"), sync::Role::Agent, true, 1},
                                             {QStringLiteral("cy"), sync::Role::Agent, false, 0},
                                             {QStringLiteral("di"), sync::Role::Agent, true, 2}};
    QStringList names;
    for (const sync::RosterEntry& e : ui::TeamBar::assignOrder(roster))
        names << e.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("bo"), QStringLiteral("di"), QStringLiteral("ana"), QStringLiteral("cy")}));
}

void TestTeamActions::everyTeamBarControlHasAnAccessibleName()
{
    SystemClock clock;
    TeamActions team(nullptr);
    ui::TeamBar bar(&team, clock);
    store::ConversationSummary summary;
    summary.contactKey = QStringLiteral("15551234567");
    summary.assignee = QStringLiteral("bo");
    summary.status = QStringLiteral("snoozed");
    summary.labels = QStringList{QStringLiteral("vip"), QStringLiteral("billing")};
    bar.setConversation(summary);
    QCOMPARE(bar.assigneeText(), QStringLiteral("bo"));
    QCOMPARE(bar.statusText(), QStringLiteral("Snoozed"));
    int controls = 0;
    for (QWidget* w : bar.findChildren<QWidget*>()) {
        if (!qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w) && !qobject_cast<QLabel*>(w))
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QVERIFY(controls >= 9); // review label, assignee, claim, release, assign, status, two chips, label field
    // Without a conversation the bar offers nothing to press.
    bar.clear();
    QVERIFY(!bar.claimButton()->isVisibleTo(&bar));
    QVERIFY(!bar.labelField()->isVisibleTo(&bar));
}

QTEST_MAIN(TestTeamActions)
#include "TestTeamActions.moc"
