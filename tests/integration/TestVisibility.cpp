// SPDX-License-Identifier: GPL-3.0-or-later
// `[team] visibility = own`: agents' replicas hold only their own and unassigned conversations, over real WebSockets.
#include "InProcessHub.h"

#include <QSqlQuery>

using namespace duet;
using namespace duet::test;
using sync::CommandName;
using sync::CommandResult;

namespace {

const QString kOne = QStringLiteral("15551110001");
const QString kTwo = QStringLiteral("15551110002");
const QString kThree = QStringLiteral("15551110003");

/// The conversations a desktop holds, each with its messages' wamids: "key: wamid wamid".
QStringList replica(const Desk& desk)
{
    QStringList out;
    QSqlQuery c(desk.store->connection());
    c.exec(QStringLiteral("SELECT contact_key FROM conversations ORDER BY contact_key"));
    while (c.next()) {
        const QString key = c.value(0).toString();
        QSqlQuery m(desk.store->connection());
        m.prepare(QStringLiteral("SELECT wamid FROM messages WHERE contact_key = ? ORDER BY wamid"));
        m.addBindValue(key);
        m.exec();
        QStringList wamids;
        while (m.next())
            wamids << m.value(0).toString();
        out << key + QStringLiteral(": ") + wamids.join(QLatin1Char(' '));
    }
    return out;
}

/// Rows about `key` in a desktop's store outside the conversation list (notes, identifiers, contact).
int leftovers(const Desk& desk, const QString& key)
{
    int n = 0;
    for (const char* table : {"notes", "contacts", "customer_ids", "conversation_labels", "messages"}) {
        QSqlQuery q(desk.store->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE contact_key = ?").arg(QLatin1String(table)));
        q.addBindValue(key);
        if (q.exec() && q.next())
            n += q.value(0).toInt();
    }
    return n;
}

QString line(const QString& key, const QStringList& wamids)
{
    return key + QStringLiteral(": ") + wamids.join(QLatin1Char(' '));
}

/// Sends a command and waits for its result.
CommandResult run(Desk& desk, sync::Command command)
{
    CommandResult result;
    bool done = false;
    desk.client->sendCommand(std::move(command), [&](const CommandResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        result.reason = QStringLiteral("no result in time");
    return result;
}

sync::Command assign(const QString& conversation, const QString& agent)
{
    sync::Command c;
    c.name = CommandName::Assign;
    c.conversation = conversation;
    c.agent = agent;
    return c;
}

sync::Command note(const QString& conversation, const QString& text)
{
    sync::Command c;
    c.name = CommandName::Note;
    c.conversation = conversation;
    c.text = text;
    return c;
}

/// Waits until the desktop caught up: its backlog is applied (a filtered stream skips seqs, so
/// its last seq need not reach the hub's head).
bool caughtUp(const Desk& desk)
{
    return QTest::qWaitFor([&] { return desk.isLive(); }, 20000);
}

} // namespace

class TestVisibility : public QObject
{
    Q_OBJECT

private slots:
    void agentsSeeTheirOwnAndUnassignedThroughBacklogLiveAndReconnects();
    void underAllEveryoneSeesEverything();
    void anOlderAgentClientIsRefusedAndTheWireSkipsSeqs();
    void aReplicaBuiltUnfilteredIsRebuiltWhenTheTeamTurnsOwnOn();
    void theNewFramesRoundTrip();
};

void TestVisibility::agentsSeeTheirOwnAndUnassignedThroughBacklogLiveAndReconnects()
{
    SystemClock clock;
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error, true), qPrintable(error));
    const QString anaToken = hub.addAgent(QStringLiteral("ana"), sync::Role::Supervisor, &error);
    const QString boToken = hub.addAgent(QStringLiteral("bo"), sync::Role::Agent, &error);
    const QString cyToken = hub.addAgent(QStringLiteral("cy"), sync::Role::Agent, &error);
    QVERIFY2(!anaToken.isEmpty() && !boToken.isEmpty() && !cyToken.isEmpty(), qPrintable(error));

    // Three customers write before anyone is connected.
    QVERIFY(hub.postText(kOne, QStringLiteral("wamid.a1"), 1750000001, QStringLiteral("one")));
    QVERIFY(hub.postText(kTwo, QStringLiteral("wamid.b1"), 1750000002, QStringLiteral("two")));
    QVERIFY(hub.postText(kThree, QStringLiteral("wamid.c1"), 1750000003, QStringLiteral("three")));

    // The supervisor sees everything (an unfiltered stream) and assigns: one to bo, two to cy.
    Desk ana;
    QVERIFY2(ana.open(clock, hub.path(QStringLiteral("ana.db")), &error), qPrintable(error));
    ana.client->start(hub.url(), anaToken);
    QTRY_VERIFY_WITH_TIMEOUT(ana.isLive(), 20000);
    QVERIFY(!ana.client->isFiltered());
    QVERIFY(run(ana, assign(kOne, QStringLiteral("bo"))).ok);
    QVERIFY(run(ana, assign(kTwo, QStringLiteral("cy"))).ok);
    CommandResult noted = run(ana, note(kTwo, QStringLiteral("cy's customer, private")));
    QVERIFY(noted.ok);

    // Backlog: each agent's fresh replica holds exactly their own and the unassigned conversation.
    Desk bo;
    Desk cy;
    QVERIFY2(bo.open(clock, hub.path(QStringLiteral("bo.db")), &error), qPrintable(error));
    QVERIFY2(cy.open(clock, hub.path(QStringLiteral("cy.db")), &error), qPrintable(error));
    bo.client->start(hub.url(), boToken);
    cy.client->start(hub.url(), cyToken);
    QVERIFY(caughtUp(bo));
    QVERIFY(caughtUp(cy));
    QVERIFY(bo.client->isFiltered() && cy.client->isFiltered());
    // Caught up, a filtered replica's position is the head, though its last events were left out.
    QCOMPARE(bo.client->lastSeq(), noted.seq);
    QCOMPARE(replica(bo),
             (QStringList{line(kOne, {QStringLiteral("wamid.a1")}), line(kThree, {QStringLiteral("wamid.c1")})}));
    QCOMPARE(replica(cy),
             (QStringList{line(kTwo, {QStringLiteral("wamid.b1")}), line(kThree, {QStringLiteral("wamid.c1")})}));
    QCOMPARE(leftovers(bo, kTwo), 0);

    // Live: a message in cy's conversation reaches cy and ana, not bo; one in the unassigned
    // conversation reaches all three.
    QVERIFY(hub.postText(kTwo, QStringLiteral("wamid.b2"), 1750000010, QStringLiteral("two again")));
    QVERIFY(hub.postText(kThree, QStringLiteral("wamid.c2"), 1750000011, QStringLiteral("three again")));
    const QString c2 = line(kThree, {QStringLiteral("wamid.c1"), QStringLiteral("wamid.c2")});
    QTRY_VERIFY_WITH_TIMEOUT(replica(bo).contains(c2) && replica(cy).contains(c2) && replica(ana).contains(c2), 20000);
    QCOMPARE(replica(bo), (QStringList{line(kOne, {QStringLiteral("wamid.a1")}), c2}));
    QCOMPARE(replica(cy), (QStringList{line(kTwo, {QStringLiteral("wamid.b1"), QStringLiteral("wamid.b2")}), c2}));
    QCOMPARE(replica(ana).size(), 3);

    // Commands on a conversation the agent cannot see are refused as if it did not exist.
    QCOMPARE(run(bo, note(kTwo, QStringLiteral("peek"))).reason, QStringLiteral("not_found"));
    sync::Command claim;
    claim.name = CommandName::Claim;
    claim.conversation = kTwo;
    QCOMPARE(run(bo, claim).reason, QStringLiteral("not_found"));
    QVERIFY(run(bo, note(kThree, QStringLiteral("mine to see"))).ok);

    // Two is reassigned to bo: bo gets its whole thread (messages received before, the note), cy
    // drops it.
    const CommandResult moved = run(ana, assign(kTwo, QStringLiteral("bo")));
    QVERIFY(moved.ok);
    const QString two = line(kTwo, {QStringLiteral("wamid.b1"), QStringLiteral("wamid.b2")});
    QTRY_COMPARE_WITH_TIMEOUT(replica(bo), (QStringList{line(kOne, {QStringLiteral("wamid.a1")}), two, c2}), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(replica(cy), (QStringList{c2}), 20000);
    QCOMPARE(bo.client->lastSeq(), moved.seq);
    QCOMPARE(cy.client->lastSeq(), moved.seq); // the forget counts as applied
    QCOMPARE(leftovers(cy, kTwo), 0);
    {
        QSqlQuery q(bo.store->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT text FROM notes WHERE contact_key = '%1'").arg(kTwo)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("cy's customer, private"));
        QVERIFY(q.exec(QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = '%1'").arg(kTwo)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("bo"));
    }

    // cy is away while one is moved from bo to cy and its customer writes; cy reconnects with its
    // `since` and converges; bo, away too, reconnects and has lost one.
    cy.client->stop();
    bo.client->stop();
    QVERIFY(run(ana, assign(kOne, QStringLiteral("cy"))).ok);
    QVERIFY(hub.postText(kOne, QStringLiteral("wamid.a2"), 1750000020, QStringLiteral("one again")));
    const CommandResult toBo = run(ana, assign(kThree, QStringLiteral("bo")));
    QVERIFY(toBo.ok);
    cy.client->start(hub.url(), cyToken);
    bo.client->start(hub.url(), boToken);
    QVERIFY(caughtUp(cy));
    QVERIFY(caughtUp(bo));
    QCOMPARE(replica(cy), (QStringList{line(kOne, {QStringLiteral("wamid.a1"), QStringLiteral("wamid.a2")})}));
    QCOMPARE(replica(bo), (QStringList{two, c2}));
    QCOMPARE(leftovers(bo, kOne), 0);

    // A fresh replica of bo from seq 0 ends where the reconnected one is: nothing lost, nothing twice.
    Desk fresh;
    QVERIFY2(fresh.open(clock, hub.path(QStringLiteral("bo2.db")), &error), qPrintable(error));
    fresh.client->start(hub.url(), boToken);
    QVERIFY(caughtUp(fresh));
    QCOMPARE(replica(fresh), replica(bo));
    QSqlQuery notes(fresh.store->connection());
    QVERIFY(notes.exec(QStringLiteral("SELECT count(*) FROM notes")) && notes.next());
    QCOMPARE(notes.value(0).toInt(), 2); // the note on two, bo's own note on three
}

void TestVisibility::underAllEveryoneSeesEverything()
{
    SystemClock clock;
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    const QString anaToken = hub.addAgent(QStringLiteral("ana"), sync::Role::Supervisor, &error);
    const QString boToken = hub.addAgent(QStringLiteral("bo"), sync::Role::Agent, &error);
    QVERIFY(hub.postText(kOne, QStringLiteral("wamid.a1"), 1750000001, QStringLiteral("one")));
    QVERIFY(hub.postText(kTwo, QStringLiteral("wamid.b1"), 1750000002, QStringLiteral("two")));
    Desk ana;
    QVERIFY2(ana.open(clock, hub.path(QStringLiteral("ana.db")), &error), qPrintable(error));
    ana.client->start(hub.url(), anaToken);
    QTRY_VERIFY_WITH_TIMEOUT(ana.isLive(), 20000);
    const CommandResult assigned = run(ana, assign(kTwo, QStringLiteral("ana")));
    QVERIFY(assigned.ok);

    Desk bo;
    QVERIFY2(bo.open(clock, hub.path(QStringLiteral("bo.db")), &error), qPrintable(error));
    bo.client->start(hub.url(), boToken);
    QVERIFY(caughtUp(bo));
    QCOMPARE(bo.client->lastSeq(), assigned.seq);
    QVERIFY(!bo.client->isFiltered());
    QCOMPARE(replica(bo),
             (QStringList{line(kOne, {QStringLiteral("wamid.a1")}), line(kTwo, {QStringLiteral("wamid.b1")})}));
    QVERIFY(run(bo, note(kTwo, QStringLiteral("allowed"))).ok);
}

void TestVisibility::anOlderAgentClientIsRefusedAndTheWireSkipsSeqs()
{
    SystemClock clock;
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error, true), qPrintable(error));
    const QString anaToken = hub.addAgent(QStringLiteral("ana"), sync::Role::Supervisor, &error);
    const QString boToken = hub.addAgent(QStringLiteral("bo"), sync::Role::Agent, &error);
    QVERIFY(hub.postText(kOne, QStringLiteral("wamid.a1"), 1750000001, QStringLiteral("one")));
    QVERIFY(hub.postText(kTwo, QStringLiteral("wamid.b1"), 1750000002, QStringLiteral("two")));
    Desk ana;
    QVERIFY2(ana.open(clock, hub.path(QStringLiteral("ana.db")), &error), qPrintable(error));
    ana.client->start(hub.url(), anaToken);
    QVERIFY(caughtUp(ana));
    const CommandResult toAna = run(ana, assign(kOne, QStringLiteral("ana")));
    QVERIFY(toAna.ok);

    // A client that does not say it applies filtered streams: bo is refused, ana (a supervisor) is not.
    AgentClient old;
    QVERIFY(old.connectTo(quint16(hub.url().port())));
    old.sendHello(boToken, 0);
    QVERIFY(old.waitFor<sync::Bye>());
    QCOMPARE(old.all<sync::Bye>().constFirst().reason, QStringLiteral("unsupported_version"));
    AgentClient supervisor;
    QVERIFY(supervisor.connectTo(quint16(hub.url().port())));
    supervisor.sendHello(anaToken, 0);
    QVERIFY(supervisor.waitFor<sync::CaughtUp>());
    QVERIFY(!supervisor.all<sync::Welcome>().constFirst().filtered);
    QCOMPARE(supervisor.seqs(), (QList<qint64>{1, 2, toAna.seq}));

    // On the wire, bo's stream holds one's message (one was unassigned then), a forget at its
    // assignment to ana, and two's message; seqs increase and skip the forget's own event.
    AgentClient current;
    QVERIFY(current.connectTo(quint16(hub.url().port())));
    sync::Hello hello;
    hello.token = boToken;
    hello.filtered = true;
    current.sendRaw(QString::fromUtf8(sync::encode(sync::ClientMessage(hello))));
    QVERIFY(current.waitFor<sync::CaughtUp>());
    QVERIFY(current.all<sync::Welcome>().constFirst().filtered);
    QVERIFY(current.all<sync::Welcome>().constFirst().ownOnly);
    QCOMPARE(current.seqs(), (QList<qint64>{1, 2}));
    QCOMPARE(current.all<sync::Forget>().size(), 1);
    QCOMPARE(current.all<sync::Forget>().constFirst().conversation, kOne);
    QCOMPARE(current.all<sync::Forget>().constFirst().seq, toAna.seq);
    QCOMPARE(current.all<sync::CaughtUp>().constFirst().head, toAna.seq);

    // Released to nobody: a backfill, then its history, then the assignment itself.
    sync::Command release;
    release.name = CommandName::Release;
    release.conversation = kOne;
    const CommandResult released = run(ana, release);
    QVERIFY(released.ok);
    QVERIFY(current.waitForSeq(released.seq));
    QCOMPARE(current.all<sync::Backfill>().size(), 1);
    QCOMPARE(current.all<sync::Backfill>().constFirst().conversation, kOne);
    const QList<sync::EventFrame> events = current.all<sync::EventFrame>();
    QCOMPARE(events.size(), 5);
    QVERIFY(events.at(2).backfill && events.at(2).seq == 1); // one's message again, after the drop
    QVERIFY(events.at(3).backfill && events.at(3).seq == toAna.seq);
    QVERIFY(!events.at(4).backfill && events.at(4).seq == released.seq);
}

void TestVisibility::aReplicaBuiltUnfilteredIsRebuiltWhenTheTeamTurnsOwnOn()
{
    SystemClock clock;
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    const QString anaToken = hub.addAgent(QStringLiteral("ana"), sync::Role::Supervisor, &error);
    const QString boToken = hub.addAgent(QStringLiteral("bo"), sync::Role::Agent, &error);
    QVERIFY(hub.postText(kOne, QStringLiteral("wamid.a1"), 1750000001, QStringLiteral("one")));
    QVERIFY(hub.postText(kTwo, QStringLiteral("wamid.b1"), 1750000002, QStringLiteral("two")));
    Desk ana;
    QVERIFY2(ana.open(clock, hub.path(QStringLiteral("ana.db")), &error), qPrintable(error));
    ana.client->start(hub.url(), anaToken);
    QVERIFY(caughtUp(ana));
    QVERIFY(run(ana, assign(kTwo, QStringLiteral("ana"))).ok);
    Desk bo;
    QVERIFY2(bo.open(clock, hub.path(QStringLiteral("bo.db")), &error), qPrintable(error));
    bo.client->start(hub.url(), boToken);
    QVERIFY(caughtUp(bo));
    QCOMPARE(replica(bo).size(), 2);
    bo.client->stop();
    ana.client->stop();

    QVERIFY2(hub.restart(&error, true), qPrintable(error));
    QSignalSpy reset(bo.client.get(), &sync::SyncClient::replicaReset);
    bo.client->start(hub.url(), boToken);
    QTRY_VERIFY_WITH_TIMEOUT(reset.size() == 1 && bo.isLive(), 20000);
    QVERIFY(bo.client->isFiltered());
    QCOMPARE(replica(bo), (QStringList{line(kOne, {QStringLiteral("wamid.a1")})}));
    QCOMPARE(leftovers(bo, kTwo), 0);
    // The next connection keeps the replica: it was built filtered.
    bo.client->stop();
    bo.client->start(hub.url(), boToken);
    QVERIFY(caughtUp(bo));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(replica(bo), (QStringList{line(kOne, {QStringLiteral("wamid.a1")})}));
}

void TestVisibility::theNewFramesRoundTrip()
{
    sync::HubMessage decoded;
    sync::ProtocolError error;
    QVERIFY(sync::decodeHubMessage(sync::encode(sync::HubMessage(sync::Forget{kOne, 12})), &decoded, &error));
    QCOMPARE(std::get<sync::Forget>(decoded).conversation, kOne);
    QCOMPARE(std::get<sync::Forget>(decoded).seq, 12);
    QVERIFY(sync::decodeHubMessage(sync::encode(sync::HubMessage(sync::Backfill{kTwo, 7})), &decoded, &error));
    QCOMPARE(std::get<sync::Backfill>(decoded).conversation, kTwo);
    sync::EventFrame history{3, 5, QJsonObject{{QStringLiteral("kind"), QStringLiteral("note")}}, true};
    QVERIFY(sync::decodeHubMessage(sync::encode(sync::HubMessage(history)), &decoded, &error));
    QVERIFY(std::get<sync::EventFrame>(decoded).backfill);
    // Bad input: a forget without a conversation is an error, not a crash.
    QVERIFY(!sync::decodeHubMessage(QByteArrayLiteral(R"({"type":"forget","seq":3})"), &decoded, &error));
    QCOMPARE(error.reason(), QStringLiteral("missing_field"));
    // Welcome: `filtered` and `team.visibility`; absent means an unfiltered stream.
    sync::Welcome w;
    w.agent = QStringLiteral("bo");
    w.filtered = true;
    w.ownOnly = true;
    QVERIFY(sync::decodeHubMessage(sync::encode(sync::HubMessage(w)), &decoded, &error));
    QVERIFY(std::get<sync::Welcome>(decoded).filtered);
    QVERIFY(std::get<sync::Welcome>(decoded).ownOnly);
    sync::Hello h;
    h.token = QStringLiteral("t");
    h.filtered = true;
    sync::ClientMessage hello;
    QVERIFY(sync::decodeClientMessage(sync::encode(sync::ClientMessage(h)), &hello, &error));
    QVERIFY(std::get<sync::Hello>(hello).filtered);
}

QTEST_MAIN(TestVisibility)
#include "TestVisibility.moc"
