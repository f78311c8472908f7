// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what on the hub: the login throttle's bounds, sessions per agent, outbound reports, assign.
#include "AgentRegistry.h"
#include "FakeClock.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "store/Database.h"

#include <QSqlQuery>

using namespace duet;
using namespace duet::test;

namespace {

/// A HubServer on a free loopback port with a FakeClock and its SQLite log in a temporary
/// directory; agents go straight into its registry, customers' messages come as webhooks.
class AuthHub
{
public:
    explicit AuthHub(int maxSessionsPerAgent = 4)
    {
        m_config.db = m_dir.filePath(QStringLiteral("hub.db"));
        m_config.listenPort = 0;
        m_config.appSecret = kHubAppSecret;
        m_config.verifyToken = kHubVerifyToken;
        m_config.phoneNumberId = QStringLiteral("106540352242922");
        m_config.maxSessionsPerAgent = maxSessionsPerAgent;
    }
    ~AuthHub()
    {
        if (m_hub)
            m_hub->stop();
    }

    bool start(QString* error)
    {
        m_hub = std::make_unique<hub::HubServer>(m_config, clock);
        if (!m_hub->start(error))
            return false;
        store::DatabaseLocation location;
        return store::DatabaseLocation::parse(m_config.db, &location, error) && m_db.open(location, error);
    }
    QString addAgent(const QString& name, sync::Role role)
    {
        QString token, error;
        if (!hub::AgentRegistry(m_db.connection()).add(name, role, clock.nowSecs(), &token, &error))
            qWarning().noquote() << error;
        return token;
    }
    bool postText(const QString& contact, const QString& wamid, const QString& text)
    {
        return postWebhook(m_nam, m_hub->port(), textWebhook(contact, wamid, clock.nowSecs(), text)) == 200;
    }
    /// A welcomed connection of the agent with this token (null when the hub said bye).
    std::unique_ptr<AgentClient> connect(const QString& token)
    {
        auto client = std::make_unique<AgentClient>();
        if (!client->connectTo(m_hub->port()))
            return nullptr;
        client->sendHello(token, 0);
        if (!client->waitFor<sync::CaughtUp>())
            return nullptr;
        return client;
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("(none)");
        return q.value(0).toString();
    }

    hub::HubServer& server() { return *m_hub; }
    FakeClock clock;

private:
    QTemporaryDir m_dir;
    hub::HubConfig m_config;
    std::unique_ptr<hub::HubServer> m_hub;
    store::Database m_db;
    QNetworkAccessManager m_nam;
};

sync::Command outbound(const QString& id, const QString& conversation, const QString& wamid, const QString& clientId,
                       const QJsonObject& content)
{
    sync::Command c;
    c.id = id;
    c.name = sync::CommandName::Outbound;
    c.conversation = conversation;
    c.wamid = wamid;
    c.clientId = clientId;
    c.content = content;
    return c;
}

QJsonObject textContent(const QString& body)
{
    return {{QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

/// Sends a command and waits for its ack: "ok" or the reason.
QString run(AgentClient& client, const sync::Command& command)
{
    client.sendCommand(command);
    if (!client.waitForAck(command.id))
        return QStringLiteral("no ack");
    const sync::Ack a = *client.ackFor(command.id);
    return a.ok ? QStringLiteral("ok") : a.reason;
}

sync::Command assign(const QString& id, const QString& conversation, const QString& agent)
{
    sync::Command c;
    c.id = id;
    c.name = sync::CommandName::Assign;
    c.conversation = conversation;
    c.agent = agent;
    return c;
}

} // namespace

class TestHubAuth : public QObject
{
    Q_OBJECT

private slots:
    void theThrottleTableStaysBoundedAndIsPruned();
    void anAgentHasAtMostMaxSessions();
    void outboundReportsAreValidated();
    void agentsCannotAssignThemselvesAConversationSomeoneHolds();
};

void TestHubAuth::theThrottleTableStaysBoundedAndIsPruned()
{
    AuthHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    const QString token = hub.addAgent(QStringLiteral("ana"), sync::Role::Agent);
    hub::AgentServer& agents = hub.server().agents();
    const int cap = agents.settings().maxThrottledAddresses;
    QVERIFY(cap > 0);

    // One attacker is throttled after 5 failures; a valid token from the same address is not.
    const QHostAddress attacker(QStringLiteral("203.0.113.7"));
    hub::AgentInfo who;
    using Login = hub::AgentServer::Login;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), attacker, &who), Login::Unauthorized);
    QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), attacker, &who), Login::Throttled);
    QCOMPARE(agents.authenticate(token, attacker, &who), Login::Ok);
    QCOMPARE(who.name, QStringLiteral("ana"));

    // Failures from more addresses than the table holds: it never grows past its cap, and the
    // attacker who keeps trying stays throttled (the oldest quiet addresses go first).
    for (int i = 0; i < cap + 500; ++i) {
        const QHostAddress address(quint32(0xC6120000u + quint32(i))); // 198.18.0.0/15, a test range
        QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), address, &who), Login::Unauthorized);
        QVERIFY(agents.throttleEntries() <= cap);
        if (i % 1000 == 0)
            QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), attacker, &who), Login::Throttled);
    }
    QCOMPARE(agents.throttleEntries(), cap);
    QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), attacker, &who), Login::Throttled);

    // Pruning (the timer's work) keeps what is under a minute old, then forgets it all; the
    // attacker's minute is over and its failures count afresh.
    hub.clock.advanceMs(59'000);
    agents.pruneThrottle();
    QCOMPARE(agents.throttleEntries(), cap);
    QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), attacker, &who), Login::Throttled);
    hub.clock.advanceMs(2'000);
    agents.pruneThrottle();
    QCOMPARE(agents.throttleEntries(), 0);
    QCOMPARE(agents.authenticate(QStringLiteral("dt_bad"), attacker, &who), Login::Unauthorized);
    QCOMPARE(agents.throttleEntries(), 1);
}

void TestHubAuth::anAgentHasAtMostMaxSessions()
{
    AuthHub hub(2);
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    const QString ana = hub.addAgent(QStringLiteral("ana"), sync::Role::Agent);
    const QString bob = hub.addAgent(QStringLiteral("bob"), sync::Role::Agent);
    auto first = hub.connect(ana);
    auto second = hub.connect(ana);
    QVERIFY(first && second);

    AgentClient third;
    QVERIFY(third.connectTo(hub.server().port()));
    third.sendHello(ana, 0);
    QVERIFY(third.waitFor<sync::Bye>());
    QCOMPARE(third.all<sync::Bye>().value(0).reason, QStringLiteral("too_many_sessions"));
    QVERIFY(third.all<sync::Welcome>().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(third.closed, 10000);
    QCOMPARE(int(third.socket().closeCode()), 4011);
    // Not a failed login: the address is not throttled, and the others are untouched.
    QCOMPARE(hub.server().agents().throttleEntries(), 0);
    QVERIFY(!first->closed && !second->closed);
    auto other = hub.connect(bob);
    QVERIFY(other);

    // When one connection goes, the agent may open another.
    first.reset();
    QTRY_COMPARE_WITH_TIMEOUT(hub.server().agents().welcomedCount(), 2, 10000);
    auto again = hub.connect(ana);
    QVERIFY(again);
}

void TestHubAuth::outboundReportsAreValidated()
{
    AuthHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    auto ana = hub.connect(hub.addAgent(QStringLiteral("ana"), sync::Role::Agent));
    auto bob = hub.connect(hub.addAgent(QStringLiteral("bob"), sync::Role::Supervisor));
    QVERIFY(ana && bob);
    const QString customer = QStringLiteral("15551230001");
    QVERIFY(hub.postText(customer, QStringLiteral("wamid.IN1"), QStringLiteral("hello")));

    // Ana's send, reported twice (the desktop crashed before the ack): one event, one seq.
    const sync::Command report = outbound(QStringLiteral("r1"), customer, QStringLiteral("wamid.OUT1"),
                                          QStringLiteral("ana-c1"), textContent(QStringLiteral("hi")));
    QCOMPARE(run(*ana, report), QStringLiteral("ok"));
    sync::Command again = report;
    again.id = QStringLiteral("r1-again");
    QCOMPARE(run(*ana, again), QStringLiteral("ok"));
    QCOMPARE(ana->ackFor(QStringLiteral("r1-again"))->seq, ana->ackFor(QStringLiteral("r1"))->seq);

    // Nobody takes it over: not by its wamid, not by its client id, not even a supervisor.
    QCOMPARE(run(*bob, outbound(QStringLiteral("b1"), customer, QStringLiteral("wamid.OUT1"), QStringLiteral("bob-c1"),
                                textContent(QStringLiteral("mine")))),
             QStringLiteral("conflict"));
    QCOMPARE(run(*bob, outbound(QStringLiteral("b2"), customer, QStringLiteral("wamid.OUT2"), QStringLiteral("ana-c1"),
                                textContent(QStringLiteral("mine")))),
             QStringLiteral("conflict"));
    // Nor does Ana reuse a client id for another wamid, or claim the customer's message as a send.
    QCOMPARE(run(*ana, outbound(QStringLiteral("r2"), customer, QStringLiteral("wamid.OUT9"), QStringLiteral("ana-c1"),
                                textContent(QStringLiteral("hi")))),
             QStringLiteral("conflict"));
    QCOMPARE(run(*ana, outbound(QStringLiteral("r3"), customer, QStringLiteral("wamid.IN1"), QStringLiteral("ana-c3"),
                                textContent(QStringLiteral("hello")))),
             QStringLiteral("conflict"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT agent FROM messages WHERE wamid = 'wamid.OUT1'")),
             QStringLiteral("ana"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT client_id FROM messages WHERE wamid = 'wamid.OUT1'")),
             QStringLiteral("ana-c1"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.IN1' AND agent IS NULL")),
             QStringLiteral("1"));

    // Bounded content: an encoded body over 64 KiB is refused (the frame itself is under 256 KiB).
    QJsonObject huge = textContent(QString(70 * 1024, QLatin1Char('x')));
    QCOMPARE(run(*ana, outbound(QStringLiteral("r4"), customer, QStringLiteral("wamid.OUT4"), QStringLiteral("ana-c4"),
                                huge)),
             QStringLiteral("bad_command"));
    QCOMPARE(run(*ana, outbound(QStringLiteral("r5"), customer, QStringLiteral("wamid.OUT5"), QStringLiteral("ana-c5"),
                                textContent(QString(60 * 1024, QLatin1Char('y'))))),
             QStringLiteral("ok"));
    // An oversized display text is dropped, the report kept (the documented rule).
    sync::Command longText = outbound(QStringLiteral("r6"), customer, QStringLiteral("wamid.OUT6"),
                                      QStringLiteral("ana-c6"), textContent(QStringLiteral("short")));
    longText.text = QString(5000, QLatin1Char('z'));
    QCOMPARE(run(*ana, longText), QStringLiteral("ok"));

    // A conversation that does not exist: only a template may open one.
    const QString stranger = QStringLiteral("15559990000");
    QCOMPARE(run(*ana, outbound(QStringLiteral("r7"), stranger, QStringLiteral("wamid.OUT7"), QStringLiteral("ana-c7"),
                                textContent(QStringLiteral("hi")))),
             QStringLiteral("not_found"));
    const QJsonObject hello{
        {QStringLiteral("type"), QStringLiteral("template")},
        {QStringLiteral("template"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                     {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}};
    QCOMPARE(run(*ana, outbound(QStringLiteral("r8"), stranger, QStringLiteral("wamid.OUT8"), QStringLiteral("ana-c8"),
                                hello)),
             QStringLiteral("ok"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE contact_key = '%1'").arg(stranger)),
             QStringLiteral("1"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT status FROM conversations WHERE contact_key = '%1'").arg(stranger)),
             QStringLiteral("open"));

    // A campaign's template to a new customer makes a conversation out of the queues; `campaign`
    // goes only with a template, and not oversized.
    const QString recipient = QStringLiteral("15559990001");
    sync::Command campaign = outbound(QStringLiteral("r9"), recipient, QStringLiteral("wamid.OUT9C"),
                                      QStringLiteral("ana-c9"), textContent(QStringLiteral("hi")));
    campaign.campaign = QStringLiteral("7");
    QCOMPARE(run(*ana, campaign), QStringLiteral("bad_command"));
    campaign.id = QStringLiteral("r10");
    campaign.content = hello;
    campaign.campaign = QString(129, QLatin1Char('c'));
    QCOMPARE(run(*ana, campaign), QStringLiteral("bad_command"));
    campaign.id = QStringLiteral("r11");
    campaign.campaign = QStringLiteral("7");
    QCOMPARE(run(*ana, campaign), QStringLiteral("ok"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT status FROM conversations WHERE contact_key = '%1'").arg(recipient)),
             QStringLiteral("campaign"));
    // To a conversation that exists, it changes nothing.
    sync::Command toCustomer =
        outbound(QStringLiteral("r12"), customer, QStringLiteral("wamid.OUT12"), QStringLiteral("ana-c12"), hello);
    toCustomer.campaign = QStringLiteral("7");
    QCOMPARE(run(*ana, toCustomer), QStringLiteral("ok"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT status FROM conversations WHERE contact_key = '%1'").arg(customer)),
             QStringLiteral("open"));
    // Claiming it makes it work: it joins the queues.
    sync::Command claim;
    claim.id = QStringLiteral("r13");
    claim.name = sync::CommandName::Claim;
    claim.conversation = recipient;
    QCOMPARE(run(*ana, claim), QStringLiteral("ok"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT status FROM conversations WHERE contact_key = '%1'").arg(recipient)),
             QStringLiteral("open"));
}

void TestHubAuth::agentsCannotAssignThemselvesAConversationSomeoneHolds()
{
    AuthHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    auto ana = hub.connect(hub.addAgent(QStringLiteral("ana"), sync::Role::Agent));
    auto bob = hub.connect(hub.addAgent(QStringLiteral("bob"), sync::Role::Agent));
    auto sue = hub.connect(hub.addAgent(QStringLiteral("sue"), sync::Role::Supervisor));
    QVERIFY(ana && bob && sue);
    const QString customer = QStringLiteral("15551230002");
    QVERIFY(hub.postText(customer, QStringLiteral("wamid.IN2"), QStringLiteral("help")));

    sync::Command claim;
    claim.id = QStringLiteral("a1");
    claim.name = sync::CommandName::Claim;
    claim.conversation = customer;
    QCOMPARE(run(*ana, claim), QStringLiteral("ok"));
    // Bob may not take it by assigning it to himself: claim's rule.
    QCOMPARE(run(*bob, assign(QStringLiteral("b1"), customer, QStringLiteral("bob"))), QStringLiteral("conflict"));
    QCOMPARE(run(*bob, assign(QStringLiteral("b2"), customer, QString())), QStringLiteral("forbidden"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = '%1'").arg(customer)),
             QStringLiteral("ana"));
    // Ana may assign it to herself again; a supervisor may hand it to Bob.
    QCOMPARE(run(*ana, assign(QStringLiteral("a2"), customer, QStringLiteral("ana"))), QStringLiteral("ok"));
    QCOMPARE(run(*sue, assign(QStringLiteral("s1"), customer, QStringLiteral("bob"))), QStringLiteral("ok"));
    QCOMPARE(hub.scalar(QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = '%1'").arg(customer)),
             QStringLiteral("bob"));
    // Once it is free, an agent may assign it to themself.
    QCOMPARE(run(*sue, assign(QStringLiteral("s2"), customer, QString())), QStringLiteral("ok"));
    QCOMPARE(run(*ana, assign(QStringLiteral("a3"), customer, QStringLiteral("ana"))), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestHubAuth)
#include "TestHubAuth.moc"
