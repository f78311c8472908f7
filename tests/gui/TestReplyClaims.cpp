// SPDX-License-Identifier: GPL-3.0-or-later
// Reply takes the conversation: the main window against duet-sim and the hub over loopback. A reply
// to an unassigned conversation claims it for the agent first; a colleague who took it a moment
// before keeps it and the reply is held back (its text back in the composer) until the agent sends
// again; with the team's setting off a reply leaves it unassigned.
#include "AgentRegistry.h"
#include "DesktopHarness.h"
#include "InProcessHub.h"
#include "Simulator.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadPane.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace duet;

namespace {

const QString kMaria = QStringLiteral("15551234567");

const QByteArray kScenario = R"({
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" } ],
  "timeline": [ { "at": 0.2, "type": "text", "from": "15551234567", "text": "Hello, is the shop open?" } ]
})";

/// A window on a DesktopStack signed in as the supervisor `ana`, Maria's message in the store.
struct Desk : test::DesktopWindow
{
    bool start(bool replyClaims, QString* error)
    {
        stack.setReplyClaims(replyClaims);
        return DesktopWindow::start(kScenario, error);
    }
    QString assignee(const QString& key)
    {
        QSqlQuery q(stack.workspace().store().connection());
        q.prepare(QStringLiteral("SELECT COALESCE(assignee, '') FROM conversations WHERE contact_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    QPlainTextEdit* editor() { return window->threadPane()->composer()->findChild<QPlainTextEdit*>(); }
    void reply(const QString& text)
    {
        QPlainTextEdit* e = editor();
        e->setFocus();
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Return, Qt::ControlModifier);
    }
    QString statusMessage() const { return window->statusBar()->currentMessage(); }
};

} // namespace

class TestReplyClaims : public QObject
{
    Q_OBJECT

private slots:
    void aReplyToAnUnassignedConversationTakesIt();
    void aColleagueWhoTookItFirstKeepsItAndTheReplyWaits();
    void theTeamSettingOffLeavesItUnassigned();
};

void TestReplyClaims::aReplyToAnUnassignedConversationTakesIt()
{
    Desk desk;
    QString error;
    QVERIFY2(desk.start(true, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.isLive() && desk.stack.thread(kMaria).size() == 1, 15'000);
    QVERIFY(desk.stack.workspace().sync().replyClaims());
    QCOMPARE(desk.assignee(kMaria), QString());
    QTRY_VERIFY(desk.window->openConversation(kMaria));
    desk.reply(QStringLiteral("Yes, from ten"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().accepted, qint64(1), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(desk.assignee(kMaria), QStringLiteral("ana"), 10'000);
    // Once it is the agent's, the next reply sends without asking the hub again.
    desk.reply(QStringLiteral("And on Sunday from noon"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().accepted, qint64(2), 10'000);
    QCOMPARE(desk.assignee(kMaria), QStringLiteral("ana"));
}

void TestReplyClaims::aColleagueWhoTookItFirstKeepsItAndTheReplyWaits()
{
    Desk desk;
    QString error;
    QVERIFY2(desk.start(true, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.isLive() && desk.stack.thread(kMaria).size() == 1, 15'000);

    // Bo, on another desk, takes the conversation.
    QString boToken;
    {
        store::Database db;
        store::DatabaseLocation location;
        location.path = desk.stack.path(QStringLiteral("hub.db"));
        QVERIFY2(db.open(location, &error), qPrintable(error));
        QVERIFY2(hub::AgentRegistry(db.connection()).add(QStringLiteral("bo"), sync::Role::Agent, 0, &boToken, &error),
                 qPrintable(error));
    }
    test::Desk bo;
    QVERIFY2(bo.open(desk.stack.clock(), desk.stack.path(QStringLiteral("bo.db")), &error), qPrintable(error));
    bo.client->start(desk.stack.hub().agentsUrl(), boToken);
    QTRY_VERIFY_WITH_TIMEOUT(bo.isLive(), 15'000);
    sync::Command claim;
    claim.name = sync::CommandName::Claim;
    claim.conversation = kMaria;
    std::optional<sync::CommandResult> claimed;
    bo.client->sendCommand(claim, [&claimed](const sync::CommandResult& r) { claimed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(claimed.has_value(), 10'000);
    QVERIFY(claimed->ok);
    QTRY_COMPARE_WITH_TIMEOUT(desk.assignee(kMaria), QStringLiteral("bo"), 10'000);

    // Ana's desk has not heard yet: its replica still says unassigned when she answers.
    {
        QSqlQuery q(desk.stack.workspace().store().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET assignee = NULL WHERE contact_key = '15551234567'")));
    }
    QTRY_VERIFY(desk.window->openConversation(kMaria));
    desk.reply(QStringLiteral("Yes, from ten"));
    QTRY_VERIFY2_WITH_TIMEOUT(desk.statusMessage().contains(QStringLiteral("took this conversation a moment ago")),
                              qPrintable(desk.statusMessage()), 10'000);
    QCOMPARE(desk.stats().accepted, qint64(0)); // held back: the customer does not get two answers
    QCOMPARE(desk.editor()->toPlainText(), QStringLiteral("Yes, from ten")); // nothing lost
    QVERIFY(desk.stack.workspace().outbox().queuedRows().isEmpty());

    // Sending again answers anyway, and the conversation stays Bo's.
    QTest::keyClick(desk.editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().accepted, qint64(1), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(bo.client->lastSeq() >= desk.stack.workspace().sync().lastSeq(), 10'000);
    QSqlQuery q(bo.store->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = '15551234567'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("bo"));
    bo.client->stop();
}

void TestReplyClaims::theTeamSettingOffLeavesItUnassigned()
{
    Desk desk;
    QString error;
    QVERIFY2(desk.start(false, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.isLive() && desk.stack.thread(kMaria).size() == 1, 15'000);
    QVERIFY(!desk.stack.workspace().sync().replyClaims());
    QTRY_VERIFY(desk.window->openConversation(kMaria));
    desk.reply(QStringLiteral("Yes, from ten"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().accepted, qint64(1), 10'000);
    // The agent's own send is in the log (its report) and still nobody holds the conversation.
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.thread(kMaria).size() == 2, 10'000);
    QCOMPARE(desk.assignee(kMaria), QString());
}

QTEST_MAIN(TestReplyClaims)
#include "TestReplyClaims.moc"
