// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign sends end to end: recipients stay out of the queues until they answer, on the hub and the desktop.
#include "DesktopHarness.h"
#include "outbound/BulkJobs.h"
#include "store/ConversationQuery.h"
#include "store/TeamQuery.h"
#include "ui/ConversationListModel.h"

#include <QSqlDatabase>
#include <QTest>

using namespace duet;

namespace {

const QString kMaria = QStringLiteral("15551234567");
const QString kShown = QStringLiteral("Spring sale: 20% off everything this week.");

/// Maria is a customer with an open conversation before the campaign.
const QByteArray kScenario = R"({
  "name": "campaign-inbox",
  "templates": [ { "name": "hello_world", "language": "en_US", "category": "marketing" } ],
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" } ],
  "timeline": [ { "at": 0, "type": "text", "from": "15551234567", "text": "Is the shop open on Sunday?" } ]
})";

QStringList keysIn(QSqlDatabase db, const store::ConversationFilter& filter, qint64 nowSecs)
{
    store::ConversationQuery query(db);
    QList<store::ConversationSummary> rows;
    store::ConversationCursor next;
    QString error;
    QStringList keys;
    if (!query.page(filter, store::ConversationQuery::ByActivity, {}, 500, nowSecs, &rows, &next, &error))
        return {QStringLiteral("error: ") + error};
    for (const store::ConversationSummary& row : std::as_const(rows))
        keys << row.contactKey;
    keys.sort();
    return keys;
}

QString statusOf(QSqlDatabase db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM conversations WHERE contact_key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int countOf(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestCampaignInbox : public QObject
{
    Q_OBJECT

private slots:
    void campaignRecipientsJoinTheQueuesOnlyWhenTheyAnswer()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start(kScenario, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stack.isLive(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).size(), 1, 15'000);
        desktop::Workspace& ws = stack.workspace();
        QSqlDatabase desk = ws.store().connection();

        // The campaign: Maria and 29 people who never wrote.
        QStringList recipients{kMaria};
        for (int i = 0; recipients.size() < 30; ++i)
            recipients << QStringLiteral("1555014%1").arg(i, 4, 10, QLatin1Char('0'));
        outbound::BulkJobs bulk(ws.driver(), 1000);
        const qint64 job =
            bulk.create(QStringLiteral("Spring"), {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}},
                        recipients, ws.agent(), &error, kShown);
        QVERIFY2(job != 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(bulk.progress(job).isDone(), 30'000);
        QCOMPARE(bulk.progress(job).failed, 0);
        // Every send is in the hub's log and back in the desktop's store.
        QTRY_COMPARE_WITH_TIMEOUT(ws.outbox().unreportedRows().size(), 0, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.conversationCount(), 30, 30'000);

        const qint64 now = stack.clock().nowSecs();
        store::ConversationFilter all;
        store::ConversationFilter unassigned;
        unassigned.unassigned = true;
        // Only the conversation that existed before the campaign is in the queues.
        QCOMPARE(keysIn(desk, all, now), QStringList{kMaria});
        QCOMPARE(keysIn(desk, unassigned, now), QStringList{kMaria});
        QCOMPARE(statusOf(desk, kMaria), QStringLiteral("open"));
        const QString quiet = recipients.at(7);
        QCOMPARE(statusOf(desk, quiet), QStringLiteral("campaign"));
        // ... yet every recipient's thread shows the template, if someone opens it.
        QCOMPARE(stack.thread(quiet).size(), 1);
        QCOMPARE(stack.thread(quiet).at(0).body, kShown);
        store::ConversationQuery finder(desk);
        store::ConversationSummary found;
        bool exists = false;
        QVERIFY(finder.find(quiet, now, &found, &exists, &error));
        QVERIFY(exists);
        QCOMPARE(found.lastText, kShown);
        store::ConversationFilter campaignOnly;
        campaignOnly.status = QStringLiteral("campaign");
        QCOMPARE(keysIn(desk, campaignOnly, now).size(), 29);

        // The list models of the queues agree (Mine, Unassigned, All).
        ui::ConversationListModel model(desk, stack.clock());
        model.setCurrentAgent(ws.agent());
        model.setFilter(ui::ConversationListModel::Filter::Unassigned);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        model.setFilter(ui::ConversationListModel::Filter::All);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        model.refreshConversation(quiet); // a refresh does not bring a campaign-only row in
        QCOMPARE(model.rowCount(), 1);

        // The hub's store says the same.
        {
            QSqlDatabase hub = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hub-check"));
            hub.setDatabaseName(stack.path(QStringLiteral("hub.db")));
            QVERIFY(hub.open());
            QCOMPARE(keysIn(hub, unassigned, now), QStringList{kMaria});
            QCOMPARE(countOf(hub, QStringLiteral("SELECT count(*) FROM conversations WHERE status = 'campaign'")), 29);
            hub.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hub-check"));

        // One recipient answers: only that one joins Unassigned, its thread showing the template first.
        const QString answering = recipients.at(3);
        QVERIFY(stack.inbound(answering, QStringLiteral("Does it include shoes?")));
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(answering).size(), 2, 15'000);
        QCOMPARE(stack.thread(answering).at(0).body, kShown);
        QCOMPARE(stack.thread(answering).at(1).origin, QStringLiteral("customer"));
        QCOMPARE(statusOf(desk, answering), QStringLiteral("open"));
        QStringList expected{answering, kMaria};
        expected.sort();
        QCOMPARE(keysIn(desk, unassigned, stack.clock().nowSecs()), expected);
        QCOMPARE(statusOf(desk, quiet), QStringLiteral("campaign"));
        model.setFilter(ui::ConversationListModel::Filter::Unassigned);
        model.refreshConversation(answering);
        QCOMPARE(model.rowCount(), 2);

        // The owner writing to a recipient from the phone app makes it a conversation too.
        const QString owner = recipients.at(5);
        QVERIFY(stack.echo(owner, QStringLiteral("Hi! I saw you got our promo, any questions?")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(desk, owner), QStringLiteral("open"), 15'000);
        // So does an agent writing to one (a template: their window is closed).
        const QString picked = recipients.at(9);
        const outbound::SubmitResult sent = ws.sendTemplate(
            picked, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}}, QStringLiteral("Hello again"));
        QVERIFY2(sent.isQueued(), qPrintable(sent.error));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(desk, picked), QStringLiteral("open"), 15'000);
        QCOMPARE(keysIn(desk, campaignOnly, stack.clock().nowSecs()).size(), 26);

        // Supervisors' load figures count no campaign-only conversation.
        store::TeamQuery team(desk);
        QList<store::AgentLoad> loads;
        QVERIFY(team.agentLoads(&loads, &error));
        QVERIFY(loads.isEmpty());
    }
};

QTEST_MAIN(TestCampaignInbox)
#include "TestCampaignInbox.moc"
