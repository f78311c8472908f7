// SPDX-License-Identifier: GPL-3.0-or-later
// The agent roster: an in-process hub tells two desktops who is online as agents come, go and are revoked.
#include "DomainToString.h"
#include "InProcessHub.h"

using namespace duet;
using namespace duet::test;
using sync::RosterEntry;

namespace {

std::optional<RosterEntry> entryOf(const sync::SyncClient& client, const QString& name)
{
    for (const RosterEntry& e : client.roster()) {
        if (e.name == name)
            return e;
    }
    return std::nullopt;
}

bool isOnline(const sync::SyncClient& client, const QString& name)
{
    const auto e = entryOf(client, name);
    return e && e->online;
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private slots:
    void desktopsSeeWhoIsOnlineAsAgentsComeGoAndAreRevoked();
    void theRosterFrameRoundTripsAndRejectsBadEntries();
};

void TestRoster::desktopsSeeWhoIsOnlineAsAgentsComeGoAndAreRevoked()
{
    SystemClock clock;
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    const QString ana = hub.addAgent(QStringLiteral("ana"), sync::Role::Supervisor, &error);
    const QString bo = hub.addAgent(QStringLiteral("bo"), sync::Role::Agent, &error);
    QVERIFY2(!hub.addAgent(QStringLiteral("cy"), sync::Role::Agent, &error).isEmpty(), qPrintable(error));
    QVERIFY(!ana.isEmpty() && !bo.isEmpty());

    Desk supervisor;
    QVERIFY2(supervisor.open(clock, hub.path(QStringLiteral("ana.db")), &error), qPrintable(error));
    QSignalSpy changed(supervisor.client.get(), &sync::SyncClient::rosterChanged);
    supervisor.client->start(hub.url(), ana);
    QTRY_VERIFY_WITH_TIMEOUT(supervisor.isLive() && isOnline(*supervisor.client, QStringLiteral("ana")), 20000);
    // Once after welcome: every agent, sorted, with roles; only ana is online.
    QStringList names;
    for (const RosterEntry& e : supervisor.client->roster())
        names << e.name;
    QCOMPARE(names, (QStringList{QStringLiteral("ana"), QStringLiteral("bo"), QStringLiteral("cy")}));
    QCOMPARE(entryOf(*supervisor.client, QStringLiteral("ana"))->role, sync::Role::Supervisor);
    QCOMPARE(entryOf(*supervisor.client, QStringLiteral("bo"))->role, sync::Role::Agent);
    QVERIFY(!isOnline(*supervisor.client, QStringLiteral("bo")));
    QVERIFY(entryOf(*supervisor.client, QStringLiteral("ana"))->sinceMs > 0);

    // bo connects: both desktops see both online.
    Desk agent;
    QVERIFY2(agent.open(clock, hub.path(QStringLiteral("bo.db")), &error), qPrintable(error));
    agent.client->start(hub.url(), bo);
    QTRY_VERIFY_WITH_TIMEOUT(isOnline(*supervisor.client, QStringLiteral("bo")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(
        isOnline(*agent.client, QStringLiteral("ana")) && isOnline(*agent.client, QStringLiteral("bo")), 20000);
    QVERIFY(!isOnline(*agent.client, QStringLiteral("cy")));

    // bo leaves: the supervisor sees it, with when bo was last seen; bo's own roster is emptied.
    agent.client->stop();
    QVERIFY(agent.client->roster().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!isOnline(*supervisor.client, QStringLiteral("bo")), 20000);
    QVERIFY(entryOf(*supervisor.client, QStringLiteral("bo"))->sinceMs > 0);

    // cy is revoked: the next roster (bo comes back) leaves cy out.
    QVERIFY2(hub.revoke(QStringLiteral("cy"), &error), qPrintable(error));
    agent.client->start(hub.url(), bo);
    QTRY_VERIFY_WITH_TIMEOUT(isOnline(*supervisor.client, QStringLiteral("bo")), 20000);
    QVERIFY(!entryOf(*supervisor.client, QStringLiteral("cy")));
    QVERIFY(changed.count() >= 3);

    // The roster is not part of the log: no event was added for any of this.
    QCOMPARE(supervisor.client->lastSeq(), 0);
    agent.client->stop();
    supervisor.client->stop();
}

void TestRoster::theRosterFrameRoundTripsAndRejectsBadEntries()
{
    sync::Roster roster;
    roster.agents << RosterEntry{QStringLiteral("ana"), sync::Role::Supervisor, true, 1750000000123}
                  << RosterEntry{QStringLiteral("bo"), sync::Role::Agent, false, 0};
    const QByteArray frame = sync::encode(sync::HubMessage(roster));
    QCOMPARE(frame, QByteArrayLiteral(R"({"agents":[{"name":"ana","online":true,"role":"supervisor","since":)"
                                      R"(1750000000123},{"name":"bo","online":false,"role":"agent","since":0}],)"
                                      R"("type":"roster"})"));
    sync::HubMessage decoded;
    sync::ProtocolError error;
    QVERIFY2(sync::decodeHubMessage(frame, &decoded, &error), qPrintable(error.message));
    QCOMPARE(sync::encode(decoded), frame);

    QVERIFY(!sync::decodeHubMessage(R"({"type":"roster"})", &decoded, &error));
    QCOMPARE(error.reason(), QStringLiteral("missing_field"));
    QVERIFY(!sync::decodeHubMessage(R"({"type":"roster","agents":[{"name":"x","role":"boss","online":true}]})",
                                    &decoded, &error));
    QCOMPARE(error.reason(), QStringLiteral("bad_value"));
    QCOMPARE(error.field, QStringLiteral("agents[0].role"));
    QVERIFY(!sync::decodeHubMessage(R"({"type":"roster","agents":[{"name":"x","role":"agent"}]})", &decoded, &error));
    QCOMPARE(error.field, QStringLiteral("agents[0].online"));
}

QTEST_GUILESS_MAIN(TestRoster)
#include "TestRoster.moc"
