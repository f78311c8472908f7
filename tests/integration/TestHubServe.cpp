// SPDX-License-Identifier: GPL-3.0-or-later
// The real duet-hub serve on a SQLite file: webhooks over HTTP, durability across SIGKILL, agents.
#include "DomainToString.h"
#include "HubHarness.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <csignal>

using namespace duet;
using namespace duet::test;

namespace {

/// Reads the hub's database file with a connection of its own.
class DbProbe
{
public:
    explicit DbProbe(const QString& path)
        : m_name(QStringLiteral("probe-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~DbProbe() { QSqlDatabase::removeDatabase(m_name); }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    /// How many log events and how many message rows carry this wamid.
    qint64 logCount(const QString& wamid) const
    {
        return scalar(
            QStringLiteral("SELECT count(*) FROM log WHERE kind = 'message' AND payload LIKE '%\"wamid\":\"%1\"%'")
                .arg(wamid));
    }
    qint64 messageCount(const QString& wamid) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = '%1'").arg(wamid));
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

int statusOf(QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

/// Posts and waits for the answer; returns the HTTP status (0 when the connection failed).
int post(QNetworkAccessManager& nam, const QNetworkRequest& request, const QByteArray& body)
{
    QNetworkReply* reply = nam.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    const int status = statusOf(reply);
    reply->deleteLater();
    return status;
}

sync::Command command(const QString& id, sync::CommandName name, const QString& conversation)
{
    sync::Command c;
    c.id = id;
    c.name = name;
    c.conversation = conversation;
    return c;
}

} // namespace

class TestHubServe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void webhookHandshake();
    void signedUnsignedAndForgedPosts();
    void duplicatePostsChangeNothing();
    void undecodableBodiesAreJournaledAndAcknowledged();
    void everyAcknowledgedEventSurvivesSigkill();
    void agentReceivesBacklogThenLiveEvents();
    void agentReconnectingWithSinceReceivesExactlyWhatItMissed();
    void commandsAreAcknowledgedAndBecomeEvents();
    void badFramesGetErrorsAndHurtNobody();
    void agentAddListRevoke();
    void failedLoginsAreThrottled();
    void aFloodOfBadLoginsThroughAProxyDoesNotLockOutValidAgents();
    void aForgedForwardedForFromAnUntrustedPeerIsIgnored();
    void aFloodOfCommandsIsRateLimited();
    void sigtermStopsCleanly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_db;
};

void TestHubServe::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("hub.db"));
    m_hub = std::make_unique<HubProcess>(m_db, m_dir->path());
    QVERIFY(m_hub->writeSecrets());
    QString error;
    QVERIFY2(m_hub->start(&error), qPrintable(error));
}

void TestHubServe::cleanup()
{
    m_hub.reset();
    m_dir.reset();
}

void TestHubServe::webhookHandshake()
{
    QNetworkAccessManager nam;
    const auto get = [&](const QString& token) {
        QNetworkReply* r = nam.get(QNetworkRequest(
            QUrl(QStringLiteral(
                     "http://127.0.0.1:%1/webhook?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=%2")
                     .arg(m_hub->port())
                     .arg(token))));
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(10000);
        auto result = qMakePair(statusOf(r), r->readAll());
        r->deleteLater();
        return result;
    };
    const auto good = get(QString::fromLatin1(kHubVerifyToken));
    QCOMPARE(good.first, 200);
    QCOMPARE(good.second, QByteArray("1158201444"));
    QCOMPARE(get(QStringLiteral("wrong")).first, 403);
}

void TestHubServe::signedUnsignedAndForgedPosts()
{
    QNetworkAccessManager nam;
    const QByteArray body =
        textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.S1"), 1750000000, QStringLiteral("hello"));
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body, false), body), 401);
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body, true, "not-the-secret"), body), 401);
    QByteArray tampered = body;
    tampered.replace("hello", "hellx");
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body), tampered), 401);
    DbProbe probe(m_db);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM journal")), 0);
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body), body), 200);
    // Acknowledged means committed: visible to another connection right away.
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM journal")), 1);
    QCOMPARE(probe.messageCount(QStringLiteral("wamid.S1")), 1);
    QCOMPARE(probe.logCount(QStringLiteral("wamid.S1")), 1);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT seq FROM log_head")), 1);
}

void TestHubServe::duplicatePostsChangeNothing()
{
    QNetworkAccessManager nam;
    const QByteArray body =
        textWebhook(QStringLiteral("15551230002"), QStringLiteral("wamid.D1"), 1750000000, QStringLiteral("twice"));
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body), body), 200);
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body), body), 200);
    // The same message in a different body (a retry re-serialised): the log gets it, the store keeps one row.
    const QByteArray other =
        textWebhook(QStringLiteral("15551230002"), QStringLiteral("wamid.D1"), 1750000000, QStringLiteral("twice")) +
        ' ';
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), other), other), 200);
    DbProbe probe(m_db);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM journal")), 2);
    QCOMPARE(probe.messageCount(QStringLiteral("wamid.D1")), 1);
    QCOMPARE(probe.logCount(QStringLiteral("wamid.D1")), 2);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT unread_count FROM conversations WHERE contact_key = '15551230002'")),
             1);
}

void TestHubServe::undecodableBodiesAreJournaledAndAcknowledged()
{
    QNetworkAccessManager nam;
    const QByteArray body = "{not json at all";
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), body), body), 200);
    DbProbe probe(m_db);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE state = 'undecodable'")), 1);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM log")), 0);
    QByteArray out;
    QCOMPARE(HubProcess::run({QStringLiteral("redecode"), QStringLiteral("--db"), m_db}, &out), 0);
    QVERIFY2(out.contains("still undecodable: 1"), out.constData());
}

void TestHubServe::everyAcknowledgedEventSurvivesSigkill()
{
    constexpr int kPosts = 600;
    QStringList acknowledged;
    int answered = 0;
    bool killed = false;
    QNetworkAccessManager nam; // after the counters: it and its replies go first
    QList<QByteArray> bodies;
    for (int i = 0; i < kPosts; ++i) {
        bodies << textWebhook(QStringLiteral("1555000%1").arg(i % 37, 4, 10, QLatin1Char('0')),
                              QStringLiteral("wamid.K%1").arg(i), 1750000000 + i, QStringLiteral("flood %1").arg(i));
    }
    for (int i = 0; i < kPosts; ++i) {
        QNetworkReply* r = nam.post(webhookRequest(m_hub->port(), bodies[i]), bodies[i]);
        // `nam`, the context, goes before the counters it captures (clazy cannot see that).
        connect(r, &QNetworkReply::finished, &nam, [&, r, i] {
            ++answered; // clazy:exclude=lambda-in-connect
            if (statusOf(r) == 200)
                acknowledged << QStringLiteral("wamid.K%1").arg(i); // clazy:exclude=lambda-in-connect
            r->deleteLater();
            if (!killed && acknowledged.size() >= kPosts / 3) { // clazy:exclude=lambda-in-connect
                killed = true;
                ::kill(pid_t(m_hub->process().processId()), SIGKILL);
            }
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(answered == kPosts, 60000);
    QVERIFY(killed);
    m_hub->process().waitForFinished(10000);
    QVERIFY(acknowledged.size() >= kPosts / 3);
    QVERIFY2(acknowledged.size() < kPosts, "the hub was killed after every post was answered");

    QString error;
    QVERIFY2(m_hub->start(&error), qPrintable(error));
    {
        DbProbe probe(m_db);
        for (const QString& wamid : std::as_const(acknowledged)) {
            QCOMPARE(probe.messageCount(wamid), 1);
            QCOMPARE(probe.logCount(wamid), 1);
        }
        const qint64 count = probe.scalar(QStringLiteral("SELECT count(*) FROM log"));
        QCOMPARE(probe.scalar(QStringLiteral("SELECT max(seq) FROM log")), count);
        QCOMPARE(probe.scalar(QStringLiteral("SELECT seq FROM log_head")), count);
    }
    // Meta retries what was not acknowledged: afterwards every message is there exactly once.
    for (int i = 0; i < kPosts; ++i)
        QCOMPARE(post(nam, webhookRequest(m_hub->port(), bodies[i]), bodies[i]), 200);
    DbProbe probe(m_db);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid LIKE 'wamid.K%'")), kPosts);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM log WHERE kind = 'message'")), kPosts);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(DISTINCT body_hash) FROM journal")), kPosts);
}

void TestHubServe::agentReceivesBacklogThenLiveEvents()
{
    const QString token = m_hub->addAgent(QStringLiteral("ana"), QStringLiteral("supervisor"));
    QVERIFY(!token.isEmpty());
    QNetworkAccessManager nam;
    for (int i = 0; i < 3; ++i) {
        const QByteArray b = textWebhook(QStringLiteral("15551239999"), QStringLiteral("wamid.B%1").arg(i),
                                         1750000000 + i, QStringLiteral("b"));
        QCOMPARE(post(nam, webhookRequest(m_hub->port(), b), b), 200);
    }
    AgentClient ana;
    QVERIFY(ana.connectTo(m_hub->port()));
    ana.sendHello(token, 0);
    QVERIFY(ana.waitFor<sync::CaughtUp>());
    const sync::Welcome w = ana.all<sync::Welcome>().value(0);
    QCOMPARE(w.agent, QStringLiteral("ana"));
    QCOMPARE(w.role, sync::Role::Supervisor);
    QCOMPARE(w.head, 3);
    QCOMPARE(w.phoneNumberId, QStringLiteral("106540352242922"));
    QVERIFY(!w.session.isEmpty()); // Meta's token stays on the hub: no access_token in the welcome
    QCOMPARE(w.sendShare, 0.0);    // nothing queued yet: no lease
    QCOMPARE(ana.seqs(), (QList<qint64>{1, 2, 3}));
    QCOMPARE(ana.all<sync::CaughtUp>().value(0).head, 3);
    QCOMPARE(ana.all<sync::EventFrame>().value(1).event.value(QStringLiteral("wamid")).toString(),
             QStringLiteral("wamid.B1"));

    const QByteArray live =
        textWebhook(QStringLiteral("15551239999"), QStringLiteral("wamid.L"), 1750000100, QStringLiteral("live"));
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), live), live), 200);
    QVERIFY(ana.waitForSeq(4));
    QCOMPARE(ana.seqs(), (QList<qint64>{1, 2, 3, 4}));

    // A campaign queued: the lone busy desktop is leased the whole cap (paced at 19.8 msg/s, the
    // jitter margin of docs/RATE-LIMITS.md), once the customers' messages of the last second are
    // behind it.
    const auto lastRate = [](const AgentClient& c) {
        const QList<sync::Rate> rates = c.all<sync::Rate>();
        return rates.isEmpty() ? -1.0 : rates.last().sendShare;
    };
    const QString campaign = QStringLiteral(R"({"type":"demand","live":0,"bulk":100})");
    ana.sendRaw(campaign);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(lastRate(ana) - 19.8) < 0.01, 20000);

    // A second desktop of the same agent, idle, changes nothing; busy, it halves the agent's lease.
    AgentClient second;
    QVERIFY(second.connectTo(m_hub->port()));
    second.sendHello(token, 4);
    QVERIFY(second.waitFor<sync::CaughtUp>());
    QCOMPARE(second.all<sync::Welcome>().value(0).sendShare, 0.0);
    QVERIFY(second.seqs().isEmpty());
    QVERIFY(qAbs(lastRate(ana) - 19.8) < 0.01);
    second.sendRaw(campaign);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(lastRate(ana) - 9.9) < 0.01, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(lastRate(second) - 9.9) < 0.01, 20000);
    // Idle again: the other gets it all back.
    second.sendRaw(QStringLiteral(R"({"type":"demand","live":0,"bulk":0})"));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(lastRate(ana) - 19.8) < 0.01, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(lastRate(second), 0.0, 20000);
}

void TestHubServe::agentReconnectingWithSinceReceivesExactlyWhatItMissed()
{
    const QString token = m_hub->addAgent(QStringLiteral("bo"), QStringLiteral("agent"));
    QNetworkAccessManager nam;
    const auto postMessage = [&](int i) {
        const QByteArray b = textWebhook(QStringLiteral("15551238888"), QStringLiteral("wamid.R%1").arg(i),
                                         1750000000 + i, QStringLiteral("r"));
        return post(nam, webhookRequest(m_hub->port(), b), b);
    };
    QCOMPARE(postMessage(0), 200);
    qint64 last = 0;
    {
        AgentClient bo;
        QVERIFY(bo.connectTo(m_hub->port()));
        bo.sendHello(token, 0);
        QVERIFY(bo.waitFor<sync::CaughtUp>());
        for (int i = 1; i <= 2; ++i)
            QCOMPARE(postMessage(i), 200);
        QVERIFY(bo.waitForSeq(3));
        last = bo.seqs().constLast();
        QCOMPARE(bo.seqs(), (QList<qint64>{1, 2, 3}));
        bo.socket().close();
    }
    // Missed while away: webhooks and another agent's commands.
    for (int i = 3; i <= 7; ++i)
        QCOMPARE(postMessage(i), 200);
    const QString other = m_hub->addAgent(QStringLiteral("cy"), QStringLiteral("agent"));
    {
        AgentClient cy;
        QVERIFY(cy.connectTo(m_hub->port()));
        cy.sendHello(other, 8);
        QVERIFY(cy.waitFor<sync::CaughtUp>());
        cy.sendCommand(command(QStringLiteral("c1"), sync::CommandName::Claim, QStringLiteral("15551238888")));
        QVERIFY(cy.waitForAck(QStringLiteral("c1")));
        QVERIFY(cy.ackFor(QStringLiteral("c1"))->ok);
        QCOMPARE(cy.ackFor(QStringLiteral("c1"))->seq, 9);
    }
    AgentClient bo;
    QVERIFY(bo.connectTo(m_hub->port()));
    bo.sendHello(token, last);
    QVERIFY(bo.waitFor<sync::CaughtUp>());
    QCOMPARE(bo.seqs(), (QList<qint64>{4, 5, 6, 7, 8, 9}));
    QCOMPARE(bo.all<sync::CaughtUp>().value(0).head, 9);
    const QJsonObject claim = bo.all<sync::EventFrame>().constLast().event;
    QCOMPARE(claim.value(QStringLiteral("kind")).toString(), QStringLiteral("assignment"));
    QCOMPARE(claim.value(QStringLiteral("assignee")).toString(), QStringLiteral("cy"));
    QCOMPARE(bo.all<sync::EventFrame>().constFirst().event.value(QStringLiteral("wamid")).toString(),
             QStringLiteral("wamid.R3"));

    // since past the head: another log.
    AgentClient ahead;
    QVERIFY(ahead.connectTo(m_hub->port()));
    ahead.sendHello(token, 1000);
    QVERIFY(ahead.waitFor<sync::Bye>());
    QCOMPARE(ahead.all<sync::Bye>().value(0).reason, QStringLiteral("since_ahead"));
}

void TestHubServe::commandsAreAcknowledgedAndBecomeEvents()
{
    const QString anaToken = m_hub->addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
    const QString boToken = m_hub->addAgent(QStringLiteral("bo"), QStringLiteral("agent"));
    const QString supToken = m_hub->addAgent(QStringLiteral("sue"), QStringLiteral("supervisor"));
    QNetworkAccessManager nam;
    const QString key = QStringLiteral("15551237777");
    const QByteArray b = textWebhook(key, QStringLiteral("wamid.C1"), 1750000000, QStringLiteral("help"));
    QCOMPARE(post(nam, webhookRequest(m_hub->port(), b), b), 200);

    AgentClient ana, bo, sue;
    for (const auto& [client, token] :
         {std::pair{&ana, anaToken}, std::pair{&bo, boToken}, std::pair{&sue, supToken}}) {
        QVERIFY(client->connectTo(m_hub->port()));
        client->sendHello(token, 0);
        QVERIFY(client->waitFor<sync::CaughtUp>());
    }
    ana.sendCommand(command(QStringLiteral("a1"), sync::CommandName::Claim, key));
    QVERIFY(ana.waitForAck(QStringLiteral("a1")));
    QVERIFY(ana.ackFor(QStringLiteral("a1"))->ok);
    const qint64 claimSeq = ana.ackFor(QStringLiteral("a1"))->seq;
    QCOMPARE(claimSeq, 2);
    QCOMPARE(ana.seqs().constLast(), 2); // the event came before its ack
    QVERIFY(bo.waitForSeq(2));

    bo.sendCommand(command(QStringLiteral("b1"), sync::CommandName::Claim, key));
    QVERIFY(bo.waitForAck(QStringLiteral("b1")));
    QCOMPARE(bo.ackFor(QStringLiteral("b1"))->reason, QStringLiteral("conflict"));

    sync::Command assign = command(QStringLiteral("b2"), sync::CommandName::Assign, key);
    assign.agent = QStringLiteral("ana");
    bo.sendCommand(assign);
    QVERIFY(bo.waitForAck(QStringLiteral("b2")));
    QCOMPARE(bo.ackFor(QStringLiteral("b2"))->reason, QStringLiteral("forbidden"));

    assign.id = QStringLiteral("s1");
    assign.agent = QStringLiteral("bo");
    sue.sendCommand(assign);
    QVERIFY(sue.waitForAck(QStringLiteral("s1")));
    QVERIFY(sue.ackFor(QStringLiteral("s1"))->ok);

    sync::Command missing = command(QStringLiteral("b3"), sync::CommandName::AddLabel, QStringLiteral("19999999999"));
    missing.label = QStringLiteral("vip");
    bo.sendCommand(missing);
    QVERIFY(bo.waitForAck(QStringLiteral("b3")));
    QCOMPARE(bo.ackFor(QStringLiteral("b3"))->reason, QStringLiteral("not_found"));

    sync::Command status = command(QStringLiteral("b4"), sync::CommandName::SetStatus, key);
    status.status = sync::ConversationStatus::Snoozed;
    status.until = 1750003600;
    bo.sendCommand(status);
    sync::Command note = command(QStringLiteral("b5"), sync::CommandName::Note, key);
    note.text = QStringLiteral("@ana called back");
    bo.sendCommand(note);
    sync::Command label = command(QStringLiteral("b6"), sync::CommandName::AddLabel, key);
    label.label = QStringLiteral("vip");
    bo.sendCommand(label);
    sync::Command out = command(QStringLiteral("b7"), sync::CommandName::Outbound, key);
    out.wamid = QStringLiteral("wamid.OUT1");
    out.clientId = QStringLiteral("client-1");
    out.content = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}};
    bo.sendCommand(out);
    QVERIFY(bo.waitForAck(QStringLiteral("b7")));
    const qint64 outSeq = bo.ackFor(QStringLiteral("b7"))->seq;
    out.id = QStringLiteral("b8"); // the desktop crashed before the ack: same report again
    bo.sendCommand(out);
    QVERIFY(bo.waitForAck(QStringLiteral("b8")));
    QCOMPARE(bo.ackFor(QStringLiteral("b8"))->seq, outSeq);
    for (const char* id : {"b4", "b5", "b6"})
        QVERIFY2(bo.ackFor(QString::fromLatin1(id)) && bo.ackFor(QString::fromLatin1(id))->ok, id);

    // Every agent sees the same events in the same order.
    QVERIFY(ana.waitForSeq(outSeq));
    QVERIFY(sue.waitForSeq(outSeq));
    QCOMPARE(ana.seqs(), bo.seqs());
    QCOMPARE(sue.seqs(), bo.seqs());

    DbProbe probe(m_db);
    QCOMPARE(
        probe.scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE assignee = 'bo' AND status = 'snoozed'")),
        1);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT until FROM conversation_snoozes")), 1750003600);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM notes WHERE text = '@ana called back'")), 1);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM conversation_labels WHERE label = 'vip'")), 1);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.OUT1' AND origin = 'agent'"
                                         " AND client_id = 'client-1' AND agent = 'bo'")),
             1);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM log WHERE kind = 'outbound'")), 1);
}

void TestHubServe::badFramesGetErrorsAndHurtNobody()
{
    const QString token = m_hub->addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
    AgentClient early;
    QVERIFY(early.connectTo(m_hub->port()));
    early.sendRaw(QStringLiteral("{\"type\":\"command\",\"id\":\"x\",\"name\":\"claim\",\"conversation\":\"1\"}"));
    QVERIFY(early.waitFor<sync::ErrorFrame>());
    QCOMPARE(early.all<sync::ErrorFrame>().value(0).reason, QStringLiteral("not_welcomed"));

    AgentClient bad, good;
    for (AgentClient* c : {&bad, &good}) {
        QVERIFY(c->connectTo(m_hub->port()));
        c->sendHello(token, 0);
        QVERIFY(c->waitFor<sync::CaughtUp>());
    }
    bad.sendRaw(QStringLiteral("not json"));
    bad.sendRaw(QStringLiteral("[1,2]"));
    bad.sendRaw(QStringLiteral("{\"type\":\"command\",\"id\":\"x\",\"name\":\"fly\",\"conversation\":\"1\"}"));
    bad.socket().sendBinaryMessage(QByteArray("\x01\x02", 2));
    QVERIFY(bad.waitFor<sync::ErrorFrame>(4));
    const QList<sync::ErrorFrame> errors = bad.all<sync::ErrorFrame>();
    QCOMPARE(errors.value(0).reason, QStringLiteral("not_json"));
    QCOMPARE(errors.value(1).reason, QStringLiteral("not_object"));
    QCOMPARE(errors.value(2).reason, QStringLiteral("bad_value"));
    QCOMPARE(errors.value(3).reason, QStringLiteral("bad_frame"));
    QVERIFY(!bad.closed);

    // Malformed frames in a row close the connection; the other agent goes on.
    for (int i = 0; i < 120; ++i)
        bad.sendRaw(QStringLiteral("x"));
    QVERIFY(bad.waitFor<sync::Bye>());
    QCOMPARE(bad.all<sync::Bye>().value(0).reason, QStringLiteral("flood"));
    QTRY_VERIFY_WITH_TIMEOUT(bad.closed, 10000);
    QVERIFY(good.all<sync::ErrorFrame>().isEmpty());
    sync::Command c = command(QStringLiteral("g1"), sync::CommandName::Claim, QStringLiteral("19999999999"));
    good.sendCommand(c);
    QVERIFY(good.waitForAck(QStringLiteral("g1")));
    QCOMPARE(good.ackFor(QStringLiteral("g1"))->reason, QStringLiteral("not_found"));
    QVERIFY(!good.closed);
}

void TestHubServe::agentAddListRevoke()
{
    const QString token = m_hub->addAgent(QStringLiteral("dee"), QStringLiteral("agent"));
    QVERIFY(token.startsWith(QLatin1String("dt_")));
    QVERIFY(m_hub->addAgent(QStringLiteral("dee"), QStringLiteral("agent")).isEmpty()); // taken
    QByteArray out, err;
    QCOMPARE(HubProcess::run({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("x"),
                              QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--db"), m_db},
                             &out, &err),
             2);
    QCOMPARE(HubProcess::run({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, &out), 0);
    QVERIFY(out.startsWith("dee\tagent\t"));
    QVERIFY(out.contains("active"));
    QVERIFY(!out.contains(token.toLatin1()));
    DbProbe probe(m_db);
    QCOMPARE(probe.scalar(QStringLiteral("SELECT count(*) FROM agents WHERE token_hash LIKE 'dt_%'")), 0);

    AgentClient connected;
    QVERIFY(connected.connectTo(m_hub->port()));
    connected.sendHello(token, 0);
    QVERIFY(connected.waitFor<sync::CaughtUp>());

    QCOMPARE(HubProcess::run({QStringLiteral("agent"), QStringLiteral("revoke"), QStringLiteral("dee"),
                              QStringLiteral("--db"), m_db},
                             &out),
             0);
    QCOMPARE(HubProcess::run({QStringLiteral("agent"), QStringLiteral("list"), QStringLiteral("--db"), m_db}, &out), 0);
    QVERIFY(out.contains("revoked"));
    // Revoked while connected: the hub notices within its check interval.
    QVERIFY(connected.waitFor<sync::Bye>());
    QCOMPARE(connected.all<sync::Bye>().value(0).reason, QStringLiteral("revoked"));

    AgentClient again;
    QVERIFY(again.connectTo(m_hub->port()));
    again.sendHello(token, 0);
    QVERIFY(again.waitFor<sync::Bye>());
    QCOMPARE(again.all<sync::Bye>().value(0).reason, QStringLiteral("revoked"));
    QTRY_VERIFY_WITH_TIMEOUT(again.closed, 10000);
    QCOMPARE(int(again.socket().closeCode()), 4003);

    AgentClient wrong;
    QVERIFY(wrong.connectTo(m_hub->port()));
    wrong.sendHello(QStringLiteral("dt_not-a-token"), 0);
    QVERIFY(wrong.waitFor<sync::Bye>());
    QCOMPARE(wrong.all<sync::Bye>().value(0).reason, QStringLiteral("unauthorized"));
}

namespace {

/// One hello on a new connection (with X-Forwarded-For when given); the bye's reason, or
/// "welcome" when the hub let it in.
QString helloOutcome(quint16 port, const QString& token, const QByteArray& forwardedFor = {})
{
    AgentClient client;
    if (!client.connectTo(port, forwardedFor))
        return QStringLiteral("no connection");
    client.sendHello(token, 0);
    for (int i = 0; i < 400; ++i) {
        if (!client.all<sync::Welcome>().isEmpty())
            return QStringLiteral("welcome");
        if (!client.all<sync::Bye>().isEmpty())
            return client.all<sync::Bye>().constFirst().reason;
        if (client.closed)
            return QStringLiteral("closed without bye");
        QSignalSpy spy(&client.socket(), &QWebSocket::textMessageReceived);
        spy.wait(50);
    }
    return QStringLiteral("no answer");
}

} // namespace

void TestHubServe::failedLoginsAreThrottled()
{
    const QString token = m_hub->addAgent(QStringLiteral("eve"), QStringLiteral("agent"));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_wrong-%1").arg(i)), QStringLiteral("unauthorized"));
    // Further failures from this address are refused for a minute, with their own close code...
    AgentClient wrong;
    QVERIFY(wrong.connectTo(m_hub->port()));
    wrong.sendHello(QStringLiteral("dt_wrong-again"), 0);
    QVERIFY(wrong.waitFor<sync::Bye>());
    QCOMPARE(wrong.all<sync::Bye>().value(0).reason, QStringLiteral("throttled"));
    QTRY_VERIFY_WITH_TIMEOUT(wrong.closed, 10000);
    QCOMPARE(int(wrong.socket().closeCode()), 4029);
    // ...but the token is checked first: a valid one is let in all the same.
    QCOMPARE(helloOutcome(m_hub->port(), token), QStringLiteral("welcome"));
    QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_wrong-later")), QStringLiteral("throttled"));
}

void TestHubServe::aFloodOfBadLoginsThroughAProxyDoesNotLockOutValidAgents()
{
    // The hub behind a reverse proxy on this machine: every connection comes from 127.0.0.1.
    m_hub->kill();
    m_hub->extraArgs = {QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1, 10.0.0.0/8")};
    QString error;
    QVERIFY2(m_hub->start(&error), qPrintable(error));
    const QString ana = m_hub->addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
    const QString bob = m_hub->addAgent(QStringLiteral("bob"), QStringLiteral("agent"));
    QVERIFY(!ana.isEmpty() && !bob.isEmpty());

    // One bad actor behind the proxy floods the hub with wrong tokens.
    const QByteArray attacker = "203.0.113.7";
    QStringList outcomes;
    for (int i = 0; i < 30; ++i)
        outcomes << helloOutcome(m_hub->port(), QStringLiteral("dt_guess-%1").arg(i), attacker);
    QCOMPARE(outcomes.count(QStringLiteral("unauthorized")), 5);
    QCOMPARE(outcomes.count(QStringLiteral("throttled")), 25);
    // Through another trusted proxy in the chain, and with a forged entry on the left, the
    // attacker is still the same client.
    QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_guess-x"), "198.51.100.99, 203.0.113.7, 10.2.3.4"),
             QStringLiteral("throttled"));

    // A valid agent through the same proxy is welcomed, from another address or even the same one.
    QCOMPARE(helloOutcome(m_hub->port(), ana, "198.51.100.20"), QStringLiteral("welcome"));
    QCOMPARE(helloOutcome(m_hub->port(), bob, attacker), QStringLiteral("welcome"));
    // The proxy itself and the other clients behind it are not throttled.
    QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_typo"), "198.51.100.20"), QStringLiteral("unauthorized"));
    QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_typo")), QStringLiteral("unauthorized"));
}

void TestHubServe::aForgedForwardedForFromAnUntrustedPeerIsIgnored()
{
    // This hub trusts no proxy (the default): X-Forwarded-For is the client's own claim.
    const QString token = m_hub->addAgent(QStringLiteral("cy"), QStringLiteral("agent"));
    for (int i = 0; i < 5; ++i) {
        const QByteArray forged = QByteArray("203.0.113.") + QByteArray::number(10 + i);
        QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_guess-%1").arg(i), forged),
                 QStringLiteral("unauthorized"));
    }
    // A new forged address does not buy new attempts: the peer address is what counts.
    QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_guess-5"), "192.0.2.200"), QStringLiteral("throttled"));
    QCOMPARE(helloOutcome(m_hub->port(), token, "192.0.2.200"), QStringLiteral("welcome"));

    // Trusting another network changes nothing for a peer outside it.
    m_hub->kill();
    m_hub->extraArgs = {QStringLiteral("--trusted-proxies"), QStringLiteral("10.0.0.0/8")};
    QString error;
    QVERIFY2(m_hub->start(&error), qPrintable(error));
    for (int i = 0; i < 5; ++i) {
        const QByteArray forged = QByteArray("198.51.100.") + QByteArray::number(10 + i);
        QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_again-%1").arg(i), forged),
                 QStringLiteral("unauthorized"));
    }
    QCOMPARE(helloOutcome(m_hub->port(), QStringLiteral("dt_again-5"), "198.51.100.77"), QStringLiteral("throttled"));
}

void TestHubServe::aFloodOfCommandsIsRateLimited()
{
    const QString token = m_hub->addAgent(QStringLiteral("fay"), QStringLiteral("agent"));
    AgentClient fay;
    QVERIFY(fay.connectTo(m_hub->port()));
    fay.sendHello(token, 0);
    QVERIFY(fay.waitFor<sync::CaughtUp>());
    constexpr int kCommands = 200; // far over the burst of 100, sent at once
    for (int i = 0; i < kCommands; ++i)
        fay.sendCommand(command(QStringLiteral("f%1").arg(i), sync::CommandName::Claim, QStringLiteral("19999999999")));
    QVERIFY(fay.waitFor<sync::Ack>(kCommands));
    int limited = 0, notFound = 0;
    for (const sync::Ack& a : fay.all<sync::Ack>()) {
        limited += a.reason == QLatin1String("rate_limited") ? 1 : 0;
        notFound += a.reason == QLatin1String("not_found") ? 1 : 0;
    }
    QCOMPARE(limited + notFound, kCommands);
    QVERIFY2(limited >= 50, qPrintable(QString::number(limited)));
    QVERIFY2(notFound >= 90, qPrintable(QString::number(notFound))); // the burst (less the hello) went through
    QVERIFY(!fay.closed);
}

void TestHubServe::sigtermStopsCleanly()
{
    QCOMPARE(m_hub->terminate(), 0);
}

QTEST_GUILESS_MAIN(TestHubServe)
#include "TestHubServe.moc"
