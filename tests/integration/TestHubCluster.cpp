// SPDX-License-Identifier: GPL-3.0-or-later
// Two duet-hub processes on one real PostgreSQL: every agent on either sees one gap-free log.
#include "HubHarness.h"
#include "PgServer.h"
#include "store/Database.h"

#include <QSqlQuery>

using namespace duet;
using namespace duet::test;

class TestHubCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoHubsServeOneGapFreeLog();

private:
    PgServer m_pg;
};

void TestHubCluster::initTestCase()
{
    if (!PgServer::isInstalled())
        QSKIP(PgServer::notInstalledReason());
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
}

void TestHubCluster::twoHubsServeOneGapFreeLog()
{
    QString error;
    const QString url = m_pg.createDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    HubProcess a(url, dir.path()), b(url, dir.path());
    QVERIFY(a.writeSecrets());
    QVERIFY2(a.start(&error), qPrintable(error));
    QVERIFY2(b.start(&error), qPrintable(error));
    const QString anaToken = a.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
    const QString boToken = a.addAgent(QStringLiteral("bo"), QStringLiteral("supervisor"));
    QVERIFY(!anaToken.isEmpty() && !boToken.isEmpty());

    AgentClient onA, onB;
    QVERIFY(onA.connectTo(a.port()));
    QVERIFY(onB.connectTo(b.port()));
    onA.sendHello(anaToken, 0);
    onB.sendHello(boToken, 0);
    QVERIFY(onA.waitFor<sync::CaughtUp>());
    QVERIFY(onB.waitFor<sync::CaughtUp>());

    // The two conversations the commands are about exist first.
    int ok = 0, answered = 0;
    QNetworkAccessManager nam; // after the counters: it and its replies go first
    for (int i = 0; i < 2; ++i) {
        const QByteArray body = textWebhook(QStringLiteral("155544400%1").arg(i, 2, 10, QLatin1Char('0')),
                                            QStringLiteral("wamid.F%1").arg(i), 1740000000, QStringLiteral("f"));
        QNetworkReply* r = nam.post(webhookRequest(i ? b.port() : a.port(), body), body);
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        r->deleteLater();
    }

    // Concurrent webhooks to both instances (Meta may reach either), so their commits interleave.
    constexpr int kPosts = 200;
    for (int i = 0; i < kPosts; ++i) {
        const QByteArray body = textWebhook(QStringLiteral("1555444%1").arg(i % 5, 4, 10, QLatin1Char('0')),
                                            QStringLiteral("wamid.P%1").arg(i), 1750000000 + i, QStringLiteral("p"));
        QNetworkReply* r = nam.post(webhookRequest(i % 2 ? b.port() : a.port(), body), body);
        // `nam`, the context, goes before the counters it captures (clazy cannot see that).
        connect(r, &QNetworkReply::finished, &nam, [&, r] {
            ++answered; // clazy:exclude=lambda-in-connect
            const bool accepted = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            ok += accepted ? 1 : 0; // clazy:exclude=lambda-in-connect
            r->deleteLater();
        });
    }
    // Commands on both instances meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(answered >= 10, 30000);
    sync::Command claim;
    claim.id = QStringLiteral("a1");
    claim.name = sync::CommandName::Claim;
    claim.conversation = QStringLiteral("15554440000");
    onA.sendCommand(claim);
    sync::Command note;
    note.id = QStringLiteral("b1");
    note.name = sync::CommandName::Note;
    note.conversation = QStringLiteral("15554440001");
    note.text = QStringLiteral("from the other instance");
    onB.sendCommand(note);
    QTRY_VERIFY_WITH_TIMEOUT(answered == kPosts, 60000);
    QCOMPARE(ok, kPosts);
    QVERIFY(onA.waitForAck(QStringLiteral("a1")));
    QVERIFY(onB.waitForAck(QStringLiteral("b1")));
    QVERIFY(onA.ackFor(QStringLiteral("a1"))->ok);
    QVERIFY(onB.ackFor(QStringLiteral("b1"))->ok);

    const qint64 total = kPosts + 4;
    QVERIFY(onA.waitForSeq(total));
    QVERIFY(onB.waitForSeq(total));
    QList<qint64> expected;
    for (qint64 s = 1; s <= total; ++s)
        expected << s;
    QCOMPARE(onA.seqs(), expected);
    QCOMPARE(onB.seqs(), expected);
    const QList<sync::EventFrame> fa = onA.all<sync::EventFrame>(), fb = onB.all<sync::EventFrame>();
    for (int i = 0; i < fa.size(); ++i)
        QCOMPARE(fa[i].event, fb[i].event);

    // A late joiner on either instance replays the same log.
    AgentClient late;
    QVERIFY(late.connectTo(b.port()));
    late.sendHello(anaToken, 0);
    QVERIFY(late.waitFor<sync::CaughtUp>());
    QCOMPARE(late.seqs(), expected);

    // The database drops every connection: Meta gets 503 (and retries), the hubs reconnect, the
    // agents' WebSockets stay up and the log goes on without a gap.
    store::DatabaseLocation location;
    store::Database admin;
    QVERIFY(store::DatabaseLocation::parse(url, &location, &error));
    QVERIFY2(admin.open(location, &error), qPrintable(error));
    {
        QSqlQuery kill(admin.connection());
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                         " WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    }
    const QByteArray retried =
        textWebhook(QStringLiteral("15554440000"), QStringLiteral("wamid.AFTER"), 1760000000, QStringLiteral("after"));
    const auto postToA = [&] {
        QNetworkReply* r = nam.post(webhookRequest(a.port(), retried), retried);
        QSignalSpy done(r, &QNetworkReply::finished);
        done.wait(20000);
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        return status;
    };
    QCOMPARE(postToA(), 503);
    QTRY_COMPARE_WITH_TIMEOUT(postToA(), 200, 30000);
    QVERIFY(onA.waitForSeq(total + 1));
    QVERIFY(onB.waitForSeq(total + 1));
    expected << total + 1;
    QCOMPARE(onA.seqs(), expected);
    QCOMPARE(onB.seqs(), expected);
    QVERIFY(!onA.closed && !onB.closed);

    QCOMPARE(a.terminate(), 0);
    QCOMPARE(b.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestHubCluster)
#include "TestHubCluster.moc"
