// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainToString.h"
#include "StoreHarness.h"
#include "store/ConversationQuery.h"
#include "store/CustomerIdentity.h"
#include "store/TeamApplier.h"
#include "store/ThreadQuery.h"

#include <QJsonObject>
#include <QSqlError>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

namespace {
const QString kPhone = QStringLiteral("16505551234");
const QString kBsuid = QStringLiteral("US.13491208655302741918");
const QString kParent = QStringLiteral("US.ENT.11815799212886844830");

/// A customer's message as the 2026 webhooks carry it: any of phone, BSUID, parent BSUID, username.
Event said(const QString& wamid, qint64 ts, const QString& phone, const QString& bsuid,
           const QString& username = QString(), const QString& parent = QString())
{
    Event e = customerMessage(wamid, phone, ts, QStringLiteral("text of ") + wamid);
    if (phone.isEmpty())
        e.contact = QString();
    e.userId = bsuid;
    e.parentUserId = parent;
    e.username = username;
    return e;
}
} // namespace

/// One customer, several identifiers (docs/IDENTITY.md): linking, renaming to the phone key,
/// merging two conversations with everything in them, number changes, usernames that move,
/// duplicates after a merge, lookups by any identifier, and the upgrade of an older store.
class TestCustomerIdentity : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TeamApplier> m_team;
    qint64 m_seq = 0;

    bool ingest(const QList<Event>& events)
    {
        QString error;
        const bool ok = m_store->ingest(events, &error);
        if (!ok)
            qWarning("ingest failed: %s", qPrintable(error));
        return ok;
    }

    bool team(const QJsonObject& event)
    {
        QString error;
        QSqlDatabase db = m_store->connection();
        db.transaction();
        const bool ok = m_team->apply(++m_seq, kT0 * 1000, event, &error);
        db.commit();
        if (!ok)
            qWarning("team event failed: %s", qPrintable(error));
        return ok;
    }

    QString keyOf(const QString& identifier)
    {
        QString key;
        QString error;
        if (!CustomerIdentity::lookup(m_store->connection(), identifier, &key, &error))
            qWarning("lookup failed: %s", qPrintable(error));
        return key;
    }

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_store->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    int count(const QString& table, const QString& where = QString())
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                      (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
            .toInt();
    }

    ConversationSummary conversation(const QString& key)
    {
        ConversationSummary s;
        bool found = false;
        QString error;
        ConversationQuery(m_store->connection()).find(key, kT0, &s, &found, &error);
        return s;
    }

    QStringList threadTypes(const QString& key)
    {
        QList<ThreadItem> items;
        QString error;
        ThreadQuery(m_store->connection()).all(key, &items, &error);
        QStringList out;
        for (const ThreadItem& i : items)
            out << i.wamid + QLatin1Char(':') + i.type;
        return out;
    }

    /// What a person sees: conversations, messages, contacts and labels. How they came to be one
    /// may differ by arrival order (a rename is recorded only when the BSUID came first, a "merged"
    /// row only when two threads existed), so the alias table and merge rows are left out.
    QStringList visible()
    {
        QStringList out;
        for (const QString& line : StoreHarness::snapshot(*m_store)) {
            if (!line.startsWith(QLatin1String("customer_merges|")) && !line.contains(QLatin1String("|merge|")))
                out << line;
        }
        return out;
    }

    bool reset()
    {
        QSqlQuery q(m_store->connection());
        for (const QString& t : {QStringLiteral("notes"), QStringLiteral("presence"),
                                 QStringLiteral("conversation_snoozes"), QStringLiteral("status_history")})
            q.exec(QStringLiteral("DELETE FROM ") + t);
        return StoreHarness::reset(*m_store);
    }

private slots:
    void initTestCase()
    {
        DUET_INIT_STORE_HARNESS(m_harness);
        QString error;
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
        m_team = std::make_unique<TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
    }
    void init() { QVERIFY(reset()); }
    void cleanupTestCase()
    {
        m_team.reset();
        m_store.reset();
    }

    void aCustomerWithoutAPhoneIsKeyedByTheirBsuid()
    {
        QVERIFY(ingest({said(QStringLiteral("wamid.1"), kT0, {}, kBsuid, QStringLiteral("@PabloMorales"))}));
        QCOMPARE(keyOf(kBsuid), kBsuid);
        QCOMPARE(keyOf(QStringLiteral("@pablomorales")), kBsuid);
        QCOMPARE(keyOf(QStringLiteral("PabloMorales")), kBsuid);
        QCOMPARE(count(QStringLiteral("conversations")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT wa_id FROM contacts")).isNull(), true);
        QCOMPARE(scalar(QStringLiteral("SELECT username FROM contacts")).toString(), QStringLiteral("pablomorales"));
        QCOMPARE(scalar(QStringLiteral("SELECT user_id FROM contacts")).toString(), kBsuid);
        QCOMPARE(conversation(kBsuid).window.state, ServiceWindow::State::Open);
    }

    void aPhoneAndABsuidTogetherLinkInAnyOrder_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::newRow("BSUID first, then both") << QList<Event>{
            said(QStringLiteral("wamid.1"), kT0, {}, kBsuid), said(QStringLiteral("wamid.2"), kT0 + 5, kPhone, kBsuid)};
        QTest::newRow("both, then the phone alone, then the BSUID alone") << QList<Event>{
            said(QStringLiteral("wamid.1"), kT0, kPhone, kBsuid), said(QStringLiteral("wamid.2"), kT0 + 5, kPhone, {}),
            said(QStringLiteral("wamid.3"), kT0 + 9, {}, kBsuid, QStringLiteral("pablo"))};
        QTest::newRow("parent BSUID links too")
            << QList<Event>{said(QStringLiteral("wamid.1"), kT0, {}, kBsuid, {}, kParent),
                            said(QStringLiteral("wamid.2"), kT0 + 5, kPhone, {}, {}, kParent)};
    }
    void aPhoneAndABsuidTogetherLinkInAnyOrder()
    {
        QFETCH(QList<Event>, events);
        QStringList expected;
        for (const QList<int>& order : arrivalOrders(events.size())) {
            QVERIFY(reset());
            for (int i : order)
                QVERIFY(ingest({events[i]}));
            const QStringList got = visible();
            if (expected.isEmpty())
                expected = got;
            QCOMPARE(got, expected);
            QCOMPARE(count(QStringLiteral("conversations")), 1);
            // Keyed by the phone once known, and every spelling of every identifier finds it.
            QCOMPARE(keyOf(QStringLiteral("+1 (650) 555-1234")), kPhone);
            QCOMPARE(keyOf(events.first().userId.isEmpty() ? kParent : kBsuid), kPhone);
            QCOMPARE(conversation(kPhone).unread, events.size());
            // Redelivery changes nothing.
            QVERIFY(ingest(events));
            QCOMPARE(visible(), expected);
        }
    }

    void twoConversationsOfOnePersonMerge()
    {
        // The phone's conversation: older customer message, assigned to bo, labelled vip, a note.
        QVERIFY(ingest({said(QStringLiteral("wamid.P1"), kT0 - 3600, kPhone, {}),
                        said(QStringLiteral("wamid.P2"), kT0 - 3000, kPhone, {})}));
        // The BSUID's conversation: the customer wrote there last; assigned to ana, labelled urgent.
        QVERIFY(ingest({said(QStringLiteral("wamid.B1"), kT0 - 600, {}, kBsuid, QStringLiteral("pablo"))}));
        Event thumbs = reaction(QStringLiteral("wamid.R1"), QStringLiteral("wamid.B1"), QStringLiteral("👍"), kT0 - 500);
        thumbs.contact = QString();
        thumbs.userId = kBsuid;
        QVERIFY(ingest({thumbs}));
        const auto cmd = [](const char* kind, const QString& key,
                            std::initializer_list<std::pair<const char*, QString>> kv) {
            QJsonObject o{{QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("conversation"), key}};
            for (const auto& [k, v] : kv)
                o.insert(QLatin1String(k), v);
            return o;
        };
        QVERIFY(team(cmd("assignment", kPhone, {{"assignee", QStringLiteral("bo")}})));
        QVERIFY(team(cmd("assignment", kBsuid, {{"assignee", QStringLiteral("ana")}})));
        QVERIFY(team(cmd("label", kPhone, {{"label", QStringLiteral("vip")}})));
        QVERIFY(team(cmd("label", kBsuid, {{"label", QStringLiteral("urgent")}})));
        QVERIFY(team(cmd("label", kBsuid, {{"label", QStringLiteral("vip")}})));
        QVERIFY(team(cmd("note", kPhone, {{"agent", QStringLiteral("bo")}, {"text", QStringLiteral("called")}})));
        QVERIFY(team(cmd("note", kBsuid, {{"agent", QStringLiteral("ana")}, {"text", QStringLiteral("asked")}})));
        QVERIFY(team(
            cmd("status_change", kPhone, {{"status", QStringLiteral("closed")}, {"agent", QStringLiteral("bo")}})));
        QCOMPARE(count(QStringLiteral("conversations")), 2);

        // A status names both: they are one person.
        Event delivered = status(QStringLiteral("wamid.X"), QStringLiteral("delivered"), kT0 - 100);
        delivered.userId = kBsuid;
        QVERIFY(ingest({delivered}));

        QCOMPARE(count(QStringLiteral("conversations")), 1);
        const ConversationSummary c = conversation(kPhone);
        QCOMPARE(c.contactKey, kPhone);
        QCOMPARE(c.assignee, QStringLiteral("ana")); // the customer wrote last where ana was assigned
        QCOMPARE(c.status, QStringLiteral("open"));  // open wins over closed
        QCOMPARE(c.unread, 3);
        QCOMPARE(c.labels, (QStringList{QStringLiteral("urgent"), QStringLiteral("vip")}));
        QCOMPARE(c.lastCustomerAt, kT0 - 500); // the window from the latest customer action of either
        QCOMPARE(count(QStringLiteral("notes"), QStringLiteral("contact_key = '%1'").arg(kPhone)), 2);
        QCOMPARE(count(QStringLiteral("messages"), QStringLiteral("contact_key = '%1'").arg(kBsuid)), 0);
        QCOMPARE(count(QStringLiteral("reactions"), QStringLiteral("sender = '%1'").arg(kPhone)), 1);
        QCOMPARE(count(QStringLiteral("contacts")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT username FROM contacts")).toString(), QStringLiteral("pablo"));
        const QStringList types = threadTypes(kPhone);
        QCOMPARE(types.size(), 4);
        QVERIFY2(types.last().endsWith(QLatin1String(":merge")), qPrintable(types.join(u' ')));
        // The old key goes on resolving, for lookups and for commands sent before the merge.
        QCOMPARE(keyOf(kBsuid), kPhone);
        QVERIFY(team(cmd("label", kBsuid, {{"label", QStringLiteral("late")}})));
        QCOMPARE(count(QStringLiteral("conversation_labels"),
                       QStringLiteral("label = 'late' AND contact_key = '%1'").arg(kPhone)),
                 1);

        // Everything again, as Meta redelivers: one conversation, nothing doubled.
        const QStringList before = visible();
        QVERIFY(ingest({said(QStringLiteral("wamid.P1"), kT0 - 3600, kPhone, {}),
                        said(QStringLiteral("wamid.B1"), kT0 - 600, {}, kBsuid, QStringLiteral("pablo")), delivered}));
        QCOMPARE(visible(), before);
    }

    void aNumberChangeKeepsTheThread_data()
    {
        QTest::addColumn<bool>("augustModel");
        QTest::newRow("user_changed_number with previous ids") << true;
        QTest::newRow("old phone on from, new ids in system") << false;
    }
    void aNumberChangeKeepsTheThread()
    {
        QFETCH(bool, augustModel);
        const QString newPhone = QStringLiteral("16505559999");
        const QString newBsuid = QStringLiteral("US.2222");
        QVERIFY(ingest({said(QStringLiteral("wamid.1"), kT0, kPhone, kBsuid)}));
        Event change;
        change.kind = EventKind::IdentityChange;
        change.phoneNumberId = QStringLiteral("100");
        change.wamid = QStringLiteral("wamid.SYS");
        change.timestamp = kT0 + 10;
        change.text = QStringLiteral("User Pablo changed from 16505551234 to 16505559999");
        change.contact = newPhone;
        change.userId = newBsuid;
        change.previousContact = kPhone;
        if (augustModel)
            change.previousUserId = kBsuid;
        QVERIFY(ingest({change, said(QStringLiteral("wamid.2"), kT0 + 20, newPhone, newBsuid)}));
        QCOMPARE(count(QStringLiteral("conversations")), 1);
        for (const QString& id : {kPhone, newPhone, newBsuid})
            QCOMPARE(keyOf(id), kPhone);
        if (augustModel)
            QCOMPARE(keyOf(kBsuid), kPhone);
        QCOMPARE(threadTypes(kPhone), (QStringList{QStringLiteral("wamid.1:text"), QStringLiteral("wamid.SYS:system"),
                                                   QStringLiteral("wamid.2:text")}));
        QCOMPARE(scalar(QStringLiteral("SELECT wa_id FROM contacts")).toString(), newPhone);
        QCOMPARE(scalar(QStringLiteral("SELECT user_id FROM contacts")).toString(), newBsuid);
        QCOMPARE(conversation(kPhone).unread, 2); // the system row is no message to read
    }

    void aNumberChangeAfterTheNewNumberWroteMergesTheThreads()
    {
        const QString newBsuid = QStringLiteral("US.2222");
        QVERIFY(ingest({said(QStringLiteral("wamid.1"), kT0, {}, kBsuid)}));
        QVERIFY(ingest({said(QStringLiteral("wamid.2"), kT0 + 20, {}, newBsuid)})); // arrived before the change
        Event change;
        change.kind = EventKind::IdentityChange;
        change.wamid = QStringLiteral("wamid.SYS");
        change.timestamp = kT0 + 10;
        change.userId = newBsuid;
        change.previousUserId = kBsuid;
        QVERIFY(ingest({change}));
        QCOMPARE(count(QStringLiteral("conversations")), 1);
        QCOMPARE(keyOf(newBsuid), kBsuid); // the former identity's thread goes on
        QCOMPARE(count(QStringLiteral("messages"), QStringLiteral("contact_key = '%1'").arg(kBsuid)), 4);
    }

    void aUsernameResolvesToItsCurrentHolder()
    {
        const QString other = QStringLiteral("US.777");
        QVERIFY(ingest({said(QStringLiteral("wamid.1"), kT0, {}, kBsuid, QStringLiteral("@sunny"))}));
        QVERIFY(ingest({said(QStringLiteral("wamid.2"), kT0 + 100, {}, other, QStringLiteral("sunny"))}));
        QCOMPARE(count(QStringLiteral("conversations")), 2); // a username links nobody
        QCOMPARE(keyOf(QStringLiteral("@Sunny")), other);
        QCOMPARE(scalar(QStringLiteral("SELECT username FROM contacts WHERE contact_key = '%1'").arg(kBsuid)).isNull(),
                 true);
        // An older sighting arriving late does not move it back.
        QVERIFY(ingest({said(QStringLiteral("wamid.0"), kT0 - 100, {}, kBsuid, QStringLiteral("sunny"))}));
        QCOMPARE(keyOf(QStringLiteral("sunny")), other);
    }

    void sharingTheirOwnNumberLinksIt()
    {
        QVERIFY(ingest({said(QStringLiteral("wamid.1"), kT0, {}, kBsuid, QStringLiteral("pablo"))}));
        Event card = said(QStringLiteral("wamid.2"), kT0 + 5, {}, kBsuid);
        card.type = QStringLiteral("contacts");
        card.text = QString();
        card.shareOrigin = QStringLiteral("other");
        card.sharedPhones = {QStringLiteral("5511987654321")};
        QVERIFY(ingest({card}));
        QCOMPARE(keyOf(QStringLiteral("5511987654321")), QString()); // someone else's card links nothing
        Event share = card;
        share.wamid = QStringLiteral("wamid.3");
        share.shareOrigin = QStringLiteral("contact_request");
        share.sharedPhones = {kPhone};
        QVERIFY(ingest({share}));
        QCOMPARE(keyOf(kBsuid), kPhone);
        QCOMPARE(keyOf(QStringLiteral("+16505551234")), kPhone);
        QCOMPARE(scalar(QStringLiteral("SELECT wa_id FROM contacts")).toString(), kPhone);
        QCOMPARE(count(QStringLiteral("messages"), QStringLiteral("contact_key = '%1'").arg(kPhone)), 3);
        // The phone app answers by phone: the same thread.
        QVERIFY(ingest(
            {echo(QStringLiteral("wamid.4"), QStringLiteral("+1 650-555-1234"), kT0 + 9, QStringLiteral("thanks"))}));
        QCOMPARE(count(QStringLiteral("conversations")), 1);
        QCOMPARE(count(QStringLiteral("messages"), QStringLiteral("contact_key = '%1'").arg(kPhone)), 4);
    }

    void eventsWithoutAnyIdentifierAreKept()
    {
        Event e = said(QStringLiteral("wamid.1"), kT0, {}, {});
        EventApplier::Counts counts;
        QString error;
        QVERIFY(m_store->ingest({e}, &error, &counts));
        QCOMPARE(counts.kept, 1);
        QCOMPARE(count(QStringLiteral("conversations")), 0);
    }

    void anOlderStoreUpgradesWithItsCustomers()
    {
        QString error;
        const QString db = m_harness.freshDatabase(&error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
        {
            Database raw;
            DatabaseLocation location;
            QVERIFY2(DatabaseLocation::parse(db, &location, &error), qPrintable(error));
            QVERIFY2(raw.open(location, &error), qPrintable(error));
            QVERIFY2(Schema::migrateTo(raw.connection(), kBackend, 4, &error), qPrintable(error));
            QSqlQuery q(raw.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO conversations (contact_key, last_activity_at) VALUES ('%1', %2)")
                               .arg(kPhone)
                               .arg(kT0)));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO contacts (contact_key, wa_id) VALUES ('%1', '%1')").arg(kPhone)));
        }
        Store upgraded(m_harness.clock);
        QVERIFY2(upgraded.open(db, &error), qPrintable(error));
        QString key;
        QVERIFY(CustomerIdentity::lookup(upgraded.connection(), QStringLiteral("+1 650 555 1234"), &key, &error));
        QCOMPARE(key, kPhone);
        // The customer's first BSUID-carrying message finds the old conversation.
        QVERIFY(upgraded.ingest({said(QStringLiteral("wamid.1"), kT0 + 1, kPhone, kBsuid)}, &error));
        QVERIFY(upgraded.ingest({said(QStringLiteral("wamid.2"), kT0 + 2, {}, kBsuid)}, &error));
        QSqlQuery q(upgraded.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerIdentity)
#include "TestCustomerIdentity.moc"
