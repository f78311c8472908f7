// SPDX-License-Identifier: GPL-3.0-or-later
// One customer, two threads, then one: the real duet-hub merges them and two desktops replaying
// its log end with the same store as the hub's.
#include "HubHarness.h"
#include "store/CustomerIdentity.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace duet;
using namespace duet::test;
using sync::SyncClient;

namespace {

const QString kPhone = QStringLiteral("16505551234");
const QString kBsuid = QStringLiteral("US.13491208655302741918");

template <typename F> bool waitUntil(F done)
{
    return QTest::qWaitFor(done, 30000);
}

/// An inbound text as the 2026 webhooks carry it: the phone only when Meta shares it.
QByteArray message(const QString& wamid, qint64 ts, const QString& phone, const QString& bsuid, const QString& username)
{
    QJsonObject contact{{QStringLiteral("user_id"), bsuid}};
    QJsonObject profile{{QStringLiteral("name"), QStringLiteral("Pablo M.")}};
    if (!username.isEmpty())
        profile.insert(QStringLiteral("username"), username);
    contact.insert(QStringLiteral("profile"), profile);
    QJsonObject m{
        {QStringLiteral("id"), wamid},
        {QStringLiteral("timestamp"), QString::number(ts)},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString(QStringLiteral("hi ") + wamid)}}}};
    if (!bsuid.isEmpty())
        m.insert(QStringLiteral("from_user_id"), bsuid);
    else
        contact.remove(QStringLiteral("user_id"));
    if (!phone.isEmpty()) {
        m.insert(QStringLiteral("from"), phone);
        contact.insert(QStringLiteral("wa_id"), phone);
    }
    return webhookBody(messagesValue(QJsonArray{contact}, QJsonArray{m}));
}

/// The rows an agent sees, as sorted text: conversations, messages, contacts, labels, notes and
/// the identifier tables. Replicas and the hub must agree on every one.
QStringList snapshot(QSqlDatabase db)
{
    QStringList out;
    const QStringList tables = {QStringLiteral("conversations"), QStringLiteral("messages"),
                                QStringLiteral("contacts"),      QStringLiteral("conversation_labels"),
                                QStringLiteral("customer_ids"),  QStringLiteral("customer_merges"),
                                QStringLiteral("notes")};
    for (const QString& t : tables) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + t)) {
            out << QStringLiteral("cannot read ") + t;
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << t + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << rows;
    }
    return out;
}

/// A desktop's replica: its own store and sync client.
struct Replica
{
    store::Store store;
    std::unique_ptr<SyncClient> client;
    explicit Replica(const Clock& clock)
        : store(clock)
    {}
};

} // namespace

class TestIdentityHub : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    SystemClock m_clock;

    std::unique_ptr<Replica> replica(const QString& name, const QUrl& url, const QString& token, QString* error)
    {
        auto r = std::make_unique<Replica>(m_clock);
        if (!r->store.open(m_dir.filePath(name + QStringLiteral(".db")), error))
            return {};
        SyncClient::Settings s;
        s.backoff.initialMs = 100;
        s.backoff.maxMs = 400;
        r->client =
            std::make_unique<SyncClient>(r->store.connection(), r->store.backend(), r->store.applier(), m_clock, s);
        r->client->start(url, token);
        return r;
    }

    bool command(SyncClient& client, sync::Command c, QString* outcome)
    {
        bool done = false;
        client.sendCommand(std::move(c), [&](const sync::CommandResult& r) {
            *outcome = r.ok ? QStringLiteral("ok") : r.reason;
            done = true;
        });
        return waitUntil([&] { return done; });
    }

private slots:
    void twoDesktopsSeeTheSameMerge()
    {
        QVERIFY(m_dir.isValid());
        const QString hubDb = m_dir.filePath(QStringLiteral("hub.db"));
        HubProcess hub(hubDb, m_dir.path());
        QVERIFY(hub.writeSecrets());
        const QString anaToken = hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        const QString boToken = hub.addAgent(QStringLiteral("bo"), QStringLiteral("supervisor"));
        QVERIFY(!anaToken.isEmpty() && !boToken.isEmpty());
        QString error;
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/agents").arg(hub.port()));

        // The customer writes twice: once as a username customer whose phone Meta withholds, once
        // from the phone alone (a webhook from before BSUIDs, or one that lost the BSUID).
        QCOMPARE(
            postWebhook(m_nam, hub.port(),
                        message(QStringLiteral("wamid.B1"), 1750000100, {}, kBsuid, QStringLiteral("@pablomorales"))),
            200);
        QCOMPARE(postWebhook(m_nam, hub.port(), message(QStringLiteral("wamid.P1"), 1750000000, kPhone, {}, {})), 200);

        auto ana = replica(QStringLiteral("ana"), url, anaToken, &error);
        auto bo = replica(QStringLiteral("bo"), url, boToken, &error);
        QVERIFY2(ana && bo, qPrintable(error));
        QVERIFY(waitUntil([&] {
            return ana->client->state() == SyncClient::State::Live && bo->client->state() == SyncClient::State::Live;
        }));

        // Two threads for now; ana takes the username one, bo labels the phone one.
        sync::Command claim;
        claim.name = sync::CommandName::Claim;
        claim.conversation = kBsuid;
        QString outcome;
        QVERIFY(command(*ana->client, claim, &outcome));
        QCOMPARE(outcome, QStringLiteral("ok"));
        sync::Command label;
        label.name = sync::CommandName::AddLabel;
        label.conversation = kPhone;
        label.label = QStringLiteral("vip");
        QVERIFY(command(*bo->client, label, &outcome));
        QCOMPARE(outcome, QStringLiteral("ok"));

        // A message that carries both: they are one person. The desktops' views hear of both keys.
        QSet<QString> changed;
        connect(ana->client.get(), &SyncClient::conversationsChanged, this,
                [&changed](const QStringList& keys) { changed.unite(QSet<QString>(keys.begin(), keys.end())); });
        QCOMPARE(postWebhook(
                     m_nam, hub.port(),
                     message(QStringLiteral("wamid.BOTH"), 1750000200, kPhone, kBsuid, QStringLiteral("pablomorales"))),
                 200);

        store::Store hubStore(m_clock);
        QVERIFY2(hubStore.open(hubDb, &error), qPrintable(error));
        auto head = [&] {
            QSqlQuery q(hubStore.connection());
            return q.exec(QStringLiteral("SELECT max(seq) FROM log")) && q.next() ? q.value(0).toLongLong() : -1;
        };
        QVERIFY(waitUntil([&] { return ana->client->lastSeq() == head() && bo->client->lastSeq() == head(); }));

        QVERIFY2(changed.contains(kBsuid) && changed.contains(kPhone),
                 qPrintable(QStringList(changed.cbegin(), changed.cend()).join(u' ')));
        const QStringList expected = snapshot(hubStore.connection());
        QCOMPARE(snapshot(ana->store.connection()), expected);
        QCOMPARE(snapshot(bo->store.connection()), expected);
        QSqlQuery q(ana->store.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT contact_key, assignee, unread_count FROM conversations")) && q.next());
        QCOMPARE(q.value(0).toString(), kPhone);
        QCOMPARE(q.value(1).toString(), QStringLiteral("ana"));
        QCOMPARE(q.value(2).toInt(), 3);
        QVERIFY(!q.next());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM conversation_labels WHERE contact_key = '%1'").arg(kPhone)) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // A command for the old key, sent by a desktop that had not caught up, acts on the merged thread.
        sync::Command late;
        late.name = sync::CommandName::AddLabel;
        late.conversation = kBsuid;
        late.label = QStringLiteral("late");
        QVERIFY(command(*bo->client, late, &outcome));
        QCOMPARE(outcome, QStringLiteral("ok"));
        QVERIFY(waitUntil([&] { return ana->client->lastSeq() == head() && bo->client->lastSeq() == head(); }));
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM conversation_labels WHERE contact_key = '%1'").arg(kPhone)) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(snapshot(bo->store.connection()), snapshot(hubStore.connection()));

        // duet-hub timeline answers for the customer by any identifier.
        for (const QString& id : {QStringLiteral("+1 650-555-1234"), kBsuid, QStringLiteral("@PabloMorales")}) {
            QByteArray out;
            QCOMPARE(HubProcess::run({QStringLiteral("timeline"), QStringLiteral("--db"), hubDb, id}, &out), 0);
            QCOMPARE(out.count('\n'), 4); // three messages and the "merged" row
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityHub)
#include "TestIdentityHub.moc"
