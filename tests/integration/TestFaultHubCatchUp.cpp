// SPDX-License-Identifier: GPL-3.0-or-later
// A real duet-hub is SIGKILLed while 200 desktops catch up on a large log; restarted, every desktop converges to it.
#include "AgentRegistry.h"
#include "FaultHarness.h"
#include "InProcessHub.h"
#include "Sanitizers.h"
#include "ui/ConnectionIndicator.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace duet;
using namespace duet::test;
using sync::SyncClient;

namespace {

constexpr int kDesktops = 200;
constexpr int kBodies = 20;          ///< webhooks making the backlog
constexpr int kMessagesPerBody = 50; ///< messages in each: kBodies * kMessagesPerBody log events
constexpr int kLate = 5;             ///< webhooks after the restart, one message each

/// One webhook body with `count` inbound text messages from a few contacts.
QByteArray manyMessages(int first, int count)
{
    QJsonArray contacts, messages;
    for (int c = 0; c < 5; ++c) {
        contacts.append(QJsonObject{
            {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Customer %1").arg(c)}}},
            {QStringLiteral("wa_id"), QStringLiteral("155599900%1").arg(c, 2, 10, QLatin1Char('0'))}});
    }
    for (int i = first; i < first + count; ++i) {
        messages.append(
            QJsonObject{{QStringLiteral("from"), QStringLiteral("155599900%1").arg(i % 5, 2, 10, QLatin1Char('0'))},
                        {QStringLiteral("id"), QStringLiteral("wamid.CU%1").arg(i, 6, 10, QLatin1Char('0'))},
                        {QStringLiteral("timestamp"), QString::number(1750000000 + i)},
                        {QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("body"), QStringLiteral("backlog message %1").arg(i)}}}});
    }
    return webhookBody(messagesValue(contacts, messages));
}

/// What one desktop went through: the seqs it applied, in order, and its states after the kill.
struct Trace
{
    qint64 next = 1;      ///< the seq the next applied range must start at
    QStringList problems; ///< ranges that skipped or repeated seqs
    bool recording = false;
    QStringList shown; ///< the connection indicator's words after the kill
};

} // namespace

class TestFaultHubCatchUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Each desktop holds a socket and its store's three files open.
        rlimit files{};
        if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
            files.rlim_cur = files.rlim_max;
            setrlimit(RLIMIT_NOFILE, &files);
        }
        QVERIFY(getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur >= 4 * kDesktops + 200);
    }

    void killedWhileTwoHundredDesktopsCatchUp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
        HubProcess hub(db, dir.path());
        QVERIFY(hub.writeSecrets());
        // The first agent through the command line (which also creates the database), the others
        // straight into its registry: one agent per desktop.
        QStringList tokens{hub.addAgent(QStringLiteral("agent000"), QStringLiteral("agent"))};
        QVERIFY(!tokens.first().isEmpty());
        {
            store::DatabaseLocation location;
            store::Database registry;
            QVERIFY(store::DatabaseLocation::parse(db, &location, &error));
            QVERIFY2(registry.open(location, &error), qPrintable(error));
            SystemClock now;
            for (int i = 1; i < kDesktops; ++i) {
                QString token;
                QVERIFY2(hub::AgentRegistry(registry.connection())
                             .add(QStringLiteral("agent%1").arg(i, 3, 10, QLatin1Char('0')), sync::Role::Agent,
                                  now.nowSecs(), &token, &error),
                         qPrintable(error));
                tokens << token;
            }
        }
        QVERIFY2(hub.start(&error), qPrintable(error));
        const quint16 port = hub.port();
        hub.listen = QStringLiteral("127.0.0.1:%1").arg(port); // the restart keeps the desktops' address

        // The backlog: kBodies webhooks of kMessagesPerBody messages each.
        QNetworkAccessManager nam;
        for (int b = 0; b < kBodies; ++b)
            QCOMPARE(postWebhook(nam, port, manyMessages(b * kMessagesPerBody, kMessagesPerBody)), 200);
        const qint64 backlog = qint64(kBodies) * kMessagesPerBody;

        // 200 desktops, each with its own store, start catching up at once.
        SystemClock clock;
        std::vector<std::unique_ptr<Desk>> desks;
        std::vector<Trace> traces(kDesktops);
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/agents").arg(port));
        for (int i = 0; i < kDesktops; ++i) {
            auto desk = std::make_unique<Desk>();
            QVERIFY2(desk->open(clock, dir.filePath(QStringLiteral("desk%1.sqlite").arg(i)), &error),
                     qPrintable(error));
            Trace* trace = &traces[size_t(i)];
            SyncClient* client = desk->client.get();
            connect(client, &SyncClient::eventsApplied, this,
                    [trace](qint64 first, qint64 last) {
                        if (first != trace->next)
                            trace->problems
                                << QStringLiteral("applied %1..%2 after %3").arg(first).arg(last).arg(trace->next - 1);
                        trace->next = last + 1;
                    });
            connect(client, &SyncClient::stateChanged, this, [trace, client](SyncClient::State state) {
                if (trace->recording)
                    trace->shown << ui::ConnectionIndicator::text(state, client->lastError());
            });
            desks.push_back(std::move(desk));
        }
        for (int i = 0; i < kDesktops; ++i)
            desks[size_t(i)]->client->start(url, tokens[i]);

        // SIGKILL the hub once the desktops have applied a quarter of what they need.
        const auto applied = [&] {
            qint64 sum = 0;
            for (const auto& d : desks)
                sum += d->client->lastSeq();
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(applied() >= backlog * kDesktops / 4, slowTimeoutMs(120000));
        for (Trace& t : traces)
            t.recording = true;
        hub.kill();
        int midway = 0;
        for (const auto& d : desks)
            midway += d->client->lastSeq() < backlog ? 1 : 0;
        QVERIFY2(midway > 0, "every desktop had caught up before the kill");
        qInfo("killed with %d of %d desktops still catching up", midway, kDesktops);

        // Every desktop notices and says it is reconnecting; none loses what it applied.
        const QString reconnecting =
            ui::ConnectionIndicator::text(SyncClient::State::Connecting, SyncClient::Failure::HubUnreachable);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(traces.begin(), traces.end(), [&](const Trace& t) { return t.shown.contains(reconnecting); }),
            30000);
        for (const auto& d : desks)
            QVERIFY(!d->client->isConnected());

        // The hub comes back on the same database and address; a few more webhooks arrive.
        QVERIFY2(hub.start(&error), qPrintable(error));
        QCOMPARE(hub.port(), port);
        for (int i = 0; i < kLate; ++i) {
            QCOMPARE(postWebhook(nam, port,
                                 textWebhook(QStringLiteral("15559990001"), QStringLiteral("wamid.CULATE%1").arg(i),
                                             1760000000 + i, QStringLiteral("after the restart"))),
                     200);
        }

        // Every desktop converges to exactly the hub's log: each seq once, in order, no gap.
        QHash<QString, int> counts;
        qint64 head = 0;
        QVERIFY2(logWamids(db, &counts, &head, &error), qPrintable(error));
        QCOMPARE(head, backlog + kLate);
        const auto behind = [&] {
            return std::count_if(desks.begin(), desks.end(),
                                 [&](const auto& d) { return d->client->lastSeq() != head || !d->isLive(); });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(behind() == 0, qPrintable(QStringLiteral("%1 desktops behind").arg(behind())),
                                  slowTimeoutMs(120000));
        for (int i = 0; i < kDesktops; ++i) {
            const Trace& t = traces[size_t(i)];
            QVERIFY2(t.problems.isEmpty(), qPrintable(t.problems.join(QStringLiteral("; "))));
            QCOMPARE(t.next, head + 1);
            QCOMPARE(t.shown.last(), ui::ConnectionIndicator::text(SyncClient::State::Live, SyncClient::Failure::None));
            QSqlQuery q(desks[size_t(i)]->store->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE wamid LIKE 'wamid.CU%'")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), head);
        }
        for (auto& d : desks)
            d->client->stop();
        QCOMPARE(hub.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultHubCatchUp)
#include "TestFaultHubCatchUp.moc"
