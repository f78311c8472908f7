// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainToString.h"
#include "StoreHarness.h"
#include "core/ContactKey.h"
#include "store/ConversationQuery.h"
#include "store/ThreadQuery.h"

#include <QSqlError>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

Q_DECLARE_METATYPE(duet::Event)
Q_DECLARE_METATYPE(QList<duet::Event>)

namespace {
const QString kAna = QStringLiteral("16505551234");

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}
} // namespace

/// EventApplier: every merge rule of docs/STORE.md, each with its events in several arrival
/// orders, each order applied one webhook at a time, then redelivered, then as one batch.
class TestEventApplier : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;
    std::unique_ptr<Store> m_store;

    bool ingest(const QList<Event>& events)
    {
        QString error;
        const bool ok = m_store->ingest(events, &error);
        if (!ok)
            qWarning("ingest failed: %s", qPrintable(error));
        return ok;
    }

    /// Applies `events` in every arrival order and checks every order leaves the same store; also
    /// that redelivering everything changes nothing and that one batch gives the same. Leaves the
    /// store with the events applied in their given order, for the caller's assertions.
    void checkOrders(const QList<Event>& events)
    {
        QStringList expected;
        const QList<QList<int>> orders = arrivalOrders(events.size());
        for (const QList<int>& order : orders) {
            QVERIFY(StoreHarness::reset(*m_store));
            for (int i : order)
                QVERIFY(ingest({events[i]}));
            const QStringList got = StoreHarness::snapshot(*m_store);
            QStringList orderText;
            for (int i : order)
                orderText << QString::number(i);
            if (expected.isEmpty())
                expected = got;
            QCOMPARE(got, expected);
            // Meta redelivers: everything again, backwards.
            for (int i = order.size() - 1; i >= 0; --i)
                QVERIFY(ingest({events[order[i]]}));
            QVERIFY2(StoreHarness::snapshot(*m_store) == expected,
                     qPrintable(QStringLiteral("redelivery changed the store, order ") + orderText.join(u',')));
        }
        QVERIFY(StoreHarness::reset(*m_store));
        QVERIFY(ingest(events));
        QCOMPARE(StoreHarness::snapshot(*m_store), expected);
    }

    QList<ThreadItem> thread(const QString& contact)
    {
        QList<ThreadItem> items;
        QString error;
        ThreadQuery q(m_store->connection());
        if (!q.all(contactKey(contact), &items, &error))
            qWarning("thread failed: %s", qPrintable(error));
        return items;
    }

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_store->connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return {};
        }
        return q.value(0);
    }

    int count(const QString& table, const QString& where = QString())
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table +
                      (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
            .toInt();
    }

    ConversationSummary conversation(const QString& contact, qint64 now = kT0)
    {
        ConversationSummary s;
        bool found = false;
        QString error;
        ConversationQuery(m_store->connection()).find(contactKey(contact), now, &s, &found, &error);
        return s;
    }

#define CHECK_ORDERS(events)                                                                                           \
    checkOrders(events);                                                                                               \
    if (QTest::currentTestFailed())                                                                                    \
    return

private slots:
    void initTestCase()
    {
        DUET_INIT_STORE_HARNESS(m_harness);
        QString error;
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_store.reset();
    }

    void oneRowPerWamid_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("outbound");
        QTest::addColumn<bool>("inHistory");
        const Event live = customerMessage(QStringLiteral("wamid.A"), kAna, kT0, QStringLiteral("hi"));
        QTest::newRow("a live message enriches its history copy")
            << QList<Event>{history(QStringLiteral("wamid.A"), kAna, kT0, QStringLiteral("hi"), false), live}
            << "customer" << false << true;
        QTest::newRow("an echo enriches its history copy")
            << QList<Event>{history(QStringLiteral("wamid.A"), kAna, kT0, QStringLiteral("hi"), true,
                                    QStringLiteral("read")),
                            echo(QStringLiteral("wamid.A"), QStringLiteral("+1 650-555-1234"), kT0,
                                 QStringLiteral("hi"))}
            << "app" << true << true;
        QTest::newRow("a history copy alone stays history")
            << QList<Event>{history(QStringLiteral("wamid.A"), kAna, kT0, QStringLiteral("hi"), false)} << "history"
            << false << true;
        QTest::newRow("the same live message delivered twice")
            << QList<Event>{live, live} << "customer" << false << false;
        QTest::newRow("history chunks re-sent and out of chunk order")
            << QList<Event>{history(QStringLiteral("wamid.A"), kAna, kT0, QStringLiteral("hi"), false),
                            history(QStringLiteral("wamid.A"), kAna, kT0, QStringLiteral("hi"), false),
                            history(QStringLiteral("wamid.B"), kAna, kT0 - 90 * 86400, QStringLiteral("old"), false)}
            << "history" << false << true;
    }
    void oneRowPerWamid()
    {
        QFETCH(QList<Event>, events);
        QFETCH(QString, origin);
        QFETCH(bool, outbound);
        QFETCH(bool, inHistory);
        CHECK_ORDERS(events);
        const QList<ThreadItem> items = thread(kAna);
        QVERIFY(!items.isEmpty());
        const ThreadItem& a = items.last();
        QCOMPARE(a.wamid, QStringLiteral("wamid.A"));
        QCOMPARE(count(QStringLiteral("messages"), QStringLiteral("wamid = 'wamid.A'")), 1);
        QCOMPARE(a.origin, origin);
        QCOMPARE(a.outbound, outbound);
        QCOMPARE(a.inHistory, inHistory);
        QCOMPARE(a.text, QStringLiteral("hi"));
        QCOMPARE(count(QStringLiteral("conversations")), 1);
    }

    void statusesMoveForward_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("sent, delivered, read ends read") << strings({"sent", "delivered", "read"}) << "read" << 0;
        QTest::newRow("sent and delivered ends delivered") << strings({"sent", "delivered"}) << "delivered" << 0;
        QTest::newRow("read without delivered ends read") << strings({"sent", "read"}) << "read" << 0;
        QTest::newRow("played follows read") << strings({"delivered", "read", "played"}) << "played" << 0;
        QTest::newRow("failed is final and keeps its code")
            << strings({"sent", "failed", "delivered"}) << "failed" << 131026;
    }
    void statusesMoveForward()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QString, expected);
        QFETCH(int, errorCode);
        QList<Event> events{echo(QStringLiteral("wamid.O"), kAna, kT0, QStringLiteral("your order shipped"))};
        for (int i = 0; i < statuses.size(); ++i) {
            const bool failed = statuses[i] == QLatin1String("failed");
            events << status(QStringLiteral("wamid.O"), statuses[i], kT0 + 10 * (i + 1), failed ? errorCode : 0);
        }
        CHECK_ORDERS(events);
        const QList<ThreadItem> items = thread(kAna);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].status, expected);
        QCOMPARE(items[0].errorCode, errorCode);
        QCOMPARE(count(QStringLiteral("parked_events")), 0);
    }

    void statusBeforeItsMessageIsParkedThenApplied()
    {
        QVERIFY(StoreHarness::reset(*m_store));
        QVERIFY(ingest({status(QStringLiteral("wamid.O"), QStringLiteral("delivered"), kT0 + 5)}));
        QCOMPARE(count(QStringLiteral("parked_events"), QStringLiteral("waiting_for = 'wamid.O'")), 1);
        QCOMPARE(thread(kAna).size(), 0);
        QVERIFY(ingest({echo(QStringLiteral("wamid.O"), kAna, kT0, QStringLiteral("hello"))}));
        QCOMPARE(count(QStringLiteral("parked_events")), 0);
        QCOMPARE(thread(kAna).value(0).status, QStringLiteral("delivered"));
    }

    void reactions_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<QStringList>("expected"); // sender:emoji
        const QString m = QStringLiteral("wamid.M");
        QTest::newRow("a reaction attaches to its target")
            << QList<Event>{reaction(QStringLiteral("r1"), m, QStringLiteral("👍"), kT0 + 1)}
            << QStringList{kAna + QStringLiteral(":👍")};
        QTest::newRow("the latest reaction per sender wins")
            << QList<Event>{reaction(QStringLiteral("r1"), m, QStringLiteral("👍"), kT0 + 1),
                            reaction(QStringLiteral("r2"), m, QStringLiteral("❤️"), kT0 + 2)}
            << QStringList{kAna + QStringLiteral(":❤️")};
        QTest::newRow("an empty emoji removes the reaction")
            << QList<Event>{reaction(QStringLiteral("r1"), m, QStringLiteral("👍"), kT0 + 1),
                            reaction(QStringLiteral("r2"), m, QString::fromLatin1(""), kT0 + 2)}
            << QStringList{};
        QTest::newRow("customer and business react separately")
            << QList<Event>{reaction(QStringLiteral("r1"), m, QStringLiteral("👍"), kT0 + 1),
                            reaction(QStringLiteral("r2"), m, QStringLiteral("🙏"), kT0 + 3, true)}
            << QStringList{kAna + QStringLiteral(":👍"), QStringLiteral("business:🙏")};
    }
    void reactions()
    {
        QFETCH(QList<Event>, events);
        QFETCH(QStringList, expected);
        events.prepend(customerMessage(QStringLiteral("wamid.M"), kAna, kT0, QStringLiteral("can I return it?")));
        CHECK_ORDERS(events);
        const QList<ThreadItem> items = thread(kAna);
        QCOMPARE(items.size(), 1); // reactions are not thread items
        QStringList got;
        for (const Reaction& r : items[0].reactions)
            got << r.sender + QLatin1Char(':') + r.emoji;
        QCOMPARE(got, expected);
    }

    void editsKeepTheOriginal()
    {
        const QString m = QStringLiteral("wamid.M");
        CHECK_ORDERS((QList<Event>{customerMessage(m, kAna, kT0, QStringLiteral("I want 2")),
                                   edit(QStringLiteral("e1"), m, QStringLiteral("I want 3"), kT0 + 30),
                                   edit(QStringLiteral("e2"), m, QStringLiteral("I want 4"), kT0 + 60)}));
        const ThreadItem item = thread(kAna).value(0);
        QVERIFY(item.edited);
        QCOMPARE(item.text, QStringLiteral("I want 4"));
        QCOMPARE(item.originalText, QStringLiteral("I want 2"));
        QCOMPARE(item.editedAt, kT0 + 60);
        QCOMPARE(threadItemToJson(item).value(QStringLiteral("original_text")).toString(), QStringLiteral("I want 2"));
    }

    void detailsAreKeptWhateverTheCopiesOrder()
    {
        // The live message carries the details; its history copy and an echo-less duplicate do too
        // or not at all: whichever arrives first, the row ends with the details, shown in the
        // thread and in the timeline's JSON.
        const QString m = QStringLiteral("wamid.L");
        const QString details = QStringLiteral("{\"location\":{\"address\":\"Rua Augusta "
                                               "120\",\"latitude\":38.71,\"longitude\":-9.14,\"name\":\"Café\"}}");
        Event live = customerMessage(m, kAna, kT0, QStringLiteral("Café, Rua Augusta 120"));
        live.type = QStringLiteral("location");
        live.details = details;
        Event copy = history(m, kAna, kT0, QStringLiteral("Café, Rua Augusta 120"), false);
        copy.type = QStringLiteral("location");
        Event withDetails = copy;
        withDetails.wamid = QStringLiteral("wamid.O");
        withDetails.details = QStringLiteral("{\"order\":{\"catalog_id\":\"1\",\"items\":[]}}");
        withDetails.type = QStringLiteral("order");
        CHECK_ORDERS((QList<Event>{live, copy, withDetails}));
        const QList<ThreadItem> items = thread(kAna);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].details, details);
        QCOMPARE(items[1].details, withDetails.details);
        const QJsonObject json = threadItemToJson(items[0]);
        QCOMPARE(json.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("location"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Café"));
        // The conversation list reads the latest message's details for its preview.
        ConversationQuery conversations(m_store->connection());
        ConversationSummary summary;
        bool found = false;
        QString error;
        QVERIFY(conversations.find(contactKey(kAna), kT0, &summary, &found, &error));
        QVERIFY(found);
        QCOMPARE(summary.lastType, QStringLiteral("order"));
        QCOMPARE(summary.lastDetails, withDetails.details);
    }

    void revokesMarkDeleted()
    {
        const QString m = QStringLiteral("wamid.M");
        CHECK_ORDERS((QList<Event>{customerMessage(m, kAna, kT0, QStringLiteral("oops")),
                                   revoke(QStringLiteral("x1"), m, kT0 + 30),
                                   customerMessage(QStringLiteral("wamid.N"), kAna, kT0 + 40, QStringLiteral("ok"))}));
        const QList<ThreadItem> items = thread(kAna);
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].deleted);
        QCOMPARE(items[0].deletedAt, kT0 + 30);
        QVERIFY(!items[1].deleted);
    }

    void changesBeforeTheirMessageAreParked_data()
    {
        QTest::addColumn<Event>("change");
        const QString m = QStringLiteral("wamid.M");
        QTest::newRow("a reaction") << reaction(QStringLiteral("r1"), m, QStringLiteral("👍"), kT0 + 1);
        QTest::newRow("an edit") << edit(QStringLiteral("e1"), m, QStringLiteral("new"), kT0 + 1);
        QTest::newRow("a revoke") << revoke(QStringLiteral("x1"), m, kT0 + 1);
        QTest::newRow("a status") << status(m, QStringLiteral("read"), kT0 + 1);
    }
    void changesBeforeTheirMessageAreParked()
    {
        QFETCH(Event, change);
        QVERIFY(StoreHarness::reset(*m_store));
        EventApplier::Counts counts;
        QString error;
        QVERIFY(m_store->ingest({change}, &error, &counts));
        QCOMPARE(counts.parked, 1);
        QVERIFY(m_store->ingest({change}, &error, &counts)); // redelivered: still parked once
        QCOMPARE(count(QStringLiteral("parked_events"), QStringLiteral("waiting_for = 'wamid.M'")), 1);
        QVERIFY(m_store->ingest({echo(QStringLiteral("wamid.M"), kAna, kT0, QStringLiteral("old"))}, &error, &counts));
        QCOMPARE(counts.released, 1);
        QCOMPARE(count(QStringLiteral("parked_events")), 0);
        const ThreadItem item = thread(kAna).value(0);
        QVERIFY(item.reactions.size() == 1 || item.edited || item.deleted || item.status == QLatin1String("read"));
    }

    void mediaFollowUpFillsThePlaceholder()
    {
        const QString m = QStringLiteral("wamid.P");
        Event placeholder = history(m, kAna, kT0, QString(), false);
        placeholder.type = QStringLiteral("media_placeholder");
        Event media = history(m, kAna, kT0, QStringLiteral("the receipt"), false);
        media.type = QStringLiteral("image");
        media.mediaId = QStringLiteral("MEDIA-1");
        media.mimeType = QStringLiteral("image/jpeg");
        CHECK_ORDERS((QList<Event>{placeholder, media, placeholder}));
        const ThreadItem item = thread(kAna).value(0);
        QCOMPARE(item.type, QStringLiteral("image"));
        QCOMPARE(item.mediaId, QStringLiteral("MEDIA-1"));
        QCOMPARE(item.mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(item.text, QStringLiteral("the receipt"));
    }

    void addressBook_data()
    {
        QTest::addColumn<QStringList>("actions"); // action:name, one per second
        QTest::addColumn<QString>("bookName");
        QTest::newRow("an added name is kept") << strings({"add:Ana Silva"}) << "Ana Silva";
        QTest::newRow("a rename replaces it") << strings({"add:Ana Silva", "add:Ana S."}) << "Ana S.";
        QTest::newRow("a removal clears it") << strings({"add:Ana Silva", "add:Ana S.", "remove:"}) << QString();
        QTest::newRow("a re-add after removal") << strings({"add:Ana", "remove:", "add:Ana Costa"}) << "Ana Costa";
    }
    void addressBook()
    {
        QFETCH(QStringList, actions);
        QFETCH(QString, bookName);
        QList<Event> events{customerMessage(QStringLiteral("wamid.M"), kAna, kT0, QStringLiteral("hi"))};
        for (int i = 0; i < actions.size(); ++i) {
            Event e;
            e.kind = EventKind::Contact;
            e.phoneNumberId = QStringLiteral("100");
            e.contact = QStringLiteral("16505551234");
            e.action = actions[i].section(QLatin1Char(':'), 0, 0);
            const QString name = actions[i].section(QLatin1Char(':'), 1);
            if (!name.isEmpty())
                e.name = name;
            e.timestamp = kT0 + 100 + i;
            events << e;
        }
        CHECK_ORDERS(events);
        QCOMPARE(scalar(QStringLiteral("SELECT book_name FROM contacts")).toString(), bookName);
        QCOMPARE(scalar(QStringLiteral("SELECT profile_name FROM contacts")).toString(), QStringLiteral("Ana"));
        // The conversation is the message's alone.
        QCOMPARE(count(QStringLiteral("conversations")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT last_activity_at FROM conversations")).toLongLong(), kT0);
    }

    void addressBookAloneMakesNoConversation()
    {
        QVERIFY(StoreHarness::reset(*m_store));
        Event e;
        e.kind = EventKind::Contact;
        e.contact = QStringLiteral("5511987654321");
        e.action = QStringLiteral("add");
        e.name = QStringLiteral("Bruno");
        e.timestamp = kT0;
        QVERIFY(ingest({e}));
        QCOMPARE(count(QStringLiteral("contacts")), 1);
        QCOMPARE(count(QStringLiteral("conversations")), 0);
    }

    void accountState_data()
    {
        QTest::addColumn<QStringList>("events"); // EVENT:reason, one per minute
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("reason");
        QTest::newRow("partner removed keeps its reason")
            << strings({"PARTNER_REMOVED:PRIMARY_INACTIVITY"}) << "partner_removed"
            << "PRIMARY_INACTIVITY";
        QTest::newRow("offboarded then reconnected is connected")
            << strings({"ACCOUNT_OFFBOARDED:", "ACCOUNT_RECONNECTED:"}) << "connected" << QString();
        QTest::newRow("reconnected then offboarded is offboarded")
            << strings({"ACCOUNT_RECONNECTED:", "ACCOUNT_OFFBOARDED:"}) << "offboarded" << QString();
        QTest::newRow("an unrelated account event leaves the state")
            << strings({"PARTNER_REMOVED:CHANGE_NUMBER", "VOLUME_BASED_PRICING_TIER_UPDATE:"}) << "partner_removed"
            << "CHANGE_NUMBER";
    }
    void accountState()
    {
        QFETCH(QStringList, events);
        QFETCH(QString, state);
        QFETCH(QString, reason);
        QList<Event> list;
        for (int i = 0; i < events.size(); ++i) {
            Event e;
            e.kind = EventKind::Account;
            e.phoneNumberId = QStringLiteral("100");
            e.accountEvent = events[i].section(QLatin1Char(':'), 0, 0);
            const QString r = events[i].section(QLatin1Char(':'), 1);
            if (!r.isEmpty())
                e.reason = r;
            e.timestamp = kT0 + 60 * i;
            list << e;
        }
        CHECK_ORDERS(list);
        QCOMPARE(
            scalar(QStringLiteral("SELECT connection_state FROM accounts WHERE phone_number_id = '100'")).toString(),
            state);
        QCOMPARE(scalar(QStringLiteral("SELECT reason FROM accounts WHERE phone_number_id = '100'")).toString(),
                 reason);
    }

    void phoneAppActivity()
    {
        // The phone app's latest echo or address-book change, whatever the order; history, the
        // customer's messages and the agents' statuses say nothing about the phone.
        Event contact;
        contact.kind = EventKind::Contact;
        contact.phoneNumberId = QStringLiteral("100");
        contact.contact = kAna;
        contact.action = QStringLiteral("add");
        contact.name = QStringLiteral("Ana");
        contact.timestamp = kT0 + 300;
        const QList<Event> events{
            echo(QStringLiteral("wamid.E1"), kAna, kT0 + 100, QStringLiteral("from the phone")),
            contact,
            customerMessage(QStringLiteral("wamid.M"), kAna, kT0 + 900, QStringLiteral("hi")),
            history(QStringLiteral("wamid.H"), kAna, kT0 + 800, QStringLiteral("old"), true),
        };
        CHECK_ORDERS(events);
        QCOMPARE(
            scalar(QStringLiteral("SELECT app_active_at FROM accounts WHERE phone_number_id = '100'")).toLongLong(),
            kT0 + 300);
        // A later echo moves it on; an older one never moves it back.
        QVERIFY(ingest({echo(QStringLiteral("wamid.E2"), kAna, kT0 + 500, QStringLiteral("later"))}));
        QVERIFY(ingest({echo(QStringLiteral("wamid.E0"), kAna, kT0 + 50, QStringLiteral("earlier"))}));
        QCOMPARE(
            scalar(QStringLiteral("SELECT app_active_at FROM accounts WHERE phone_number_id = '100'")).toLongLong(),
            kT0 + 500);
    }

    void historyProgressPerPhase()
    {
        QList<Event> events;
        for (int phase = 0; phase < 2; ++phase) {
            for (int chunk = 0; chunk < 2; ++chunk) {
                Event e;
                e.kind = EventKind::HistoryProgress;
                e.phoneNumberId = QStringLiteral("100");
                e.phase = phase;
                e.chunkOrder = chunk;
                e.progress = 25 * (phase * 2 + chunk + 1);
                events << e;
            }
        }
        CHECK_ORDERS(events);
        QCOMPARE(count(QStringLiteral("history_chunks")), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT MAX(progress) FROM history_chunks WHERE phase = 1")).toInt(), 100);
        QCOMPARE(count(QStringLiteral("conversations")), 0); // a chunk with no messages makes no thread
        Event declined;
        declined.kind = EventKind::HistoryDeclined;
        declined.phoneNumberId = QStringLiteral("100");
        declined.errorCode = 2593109;
        QVERIFY(ingest({declined, declined}));
        QCOMPARE(scalar(QStringLiteral("SELECT history_error_code FROM accounts")).toInt(), 2593109);
        QCOMPARE(scalar(QStringLiteral("SELECT history_declined FROM accounts")).toInt(), 1);
    }

    void strangeEventsAreKept_data()
    {
        QTest::addColumn<Event>("event");
        Event unknown;
        unknown.kind = EventKind::Unknown;
        unknown.field = QStringLiteral("message_template_status_update");
        Event invalid;
        invalid.kind = EventKind::Invalid;
        invalid.path = QStringLiteral("$.entry[0].changes[0].value");
        invalid.reason = QStringLiteral("messages is not an array");
        Event error;
        error.kind = EventKind::Error;
        error.errorCode = 131000;
        error.errorTitle = QStringLiteral("Something went wrong");
        Event inboundStatus = status(QStringLiteral("wamid.M"), QStringLiteral("read"), kT0 + 1);
        Event noId = customerMessage(QString(), kAna, kT0, QStringLiteral("?"));
        QTest::newRow("an unknown field") << unknown;
        QTest::newRow("an invalid change") << invalid;
        QTest::newRow("an error from Meta") << error;
        QTest::newRow("a message without an id") << noId;
        QTest::newRow("a status for a message the customer sent") << inboundStatus;
    }
    void strangeEventsAreKept()
    {
        QFETCH(Event, event);
        QVERIFY(StoreHarness::reset(*m_store));
        QVERIFY(ingest({customerMessage(QStringLiteral("wamid.M"), kAna, kT0, QStringLiteral("hi"))}));
        EventApplier::Counts counts;
        QString error;
        QVERIFY(m_store->ingest({event, event}, &error, &counts));
        QCOMPARE(counts.kept, 2);
        QCOMPARE(count(QStringLiteral("parked_events"), QStringLiteral("waiting_for IS NULL")), 1);
        QVERIFY(eventFromJsonRoundTrips(event));
        QCOMPARE(thread(kAna).size(), 1);
    }

    void oneConversationPerCustomer_data()
    {
        QTest::addColumn<QString>("waId");
        QTest::addColumn<QString>("typed");
        QTest::newRow("plus, spaces and dashes") << "16505551234"
                                                 << "+1 650-555-1234";
        QTest::newRow("Brazil without the ninth digit in the wa_id") << "551187654321"
                                                                     << "+55 11 98765-4321";
        QTest::newRow("Brazil with the ninth digit in the wa_id") << "5511987654321"
                                                                  << "+55 (11) 98765 4321";
        QTest::newRow("Mexico's legacy 521 prefix") << "5215512345678"
                                                    << "+52 55 1234 5678";
    }
    void oneConversationPerCustomer()
    {
        QFETCH(QString, waId);
        QFETCH(QString, typed);
        CHECK_ORDERS((QList<Event>{customerMessage(QStringLiteral("w1"), waId, kT0, QStringLiteral("hi")),
                                   echo(QStringLiteral("w2"), typed, kT0 + 60, QStringLiteral("hello!")),
                                   history(QStringLiteral("w0"), typed, kT0 - 600, QStringLiteral("earlier"), false)}));
        QCOMPARE(count(QStringLiteral("conversations")), 1);
        QCOMPARE(thread(waId).size(), 3);
        QCOMPARE(thread(typed).size(), 3);
    }

    void windowFromTheCustomersOwnMessages_data()
    {
        QTest::addColumn<QList<Event>>("events");
        QTest::addColumn<qint64>("lastCustomerAt");
        const Event live = customerMessage(QStringLiteral("w1"), kAna, kT0, QStringLiteral("hi"));
        QTest::newRow("echoes never move it")
            << QList<Event>{live, echo(QStringLiteral("w2"), kAna, kT0 + 3600, QStringLiteral("hello"))} << kT0;
        QTest::newRow("outbound history never moves it")
            << QList<Event>{live, history(QStringLiteral("w3"), kAna, kT0 + 7200, QStringLiteral("x"), true)} << kT0;
        QTest::newRow("older history never moves it back")
            << QList<Event>{live, history(QStringLiteral("w4"), kAna, kT0 - 86400, QStringLiteral("old"), false)}
            << kT0;
        QTest::newRow("newer inbound history moves it")
            << QList<Event>{live, history(QStringLiteral("w5"), kAna, kT0 + 600, QStringLiteral("later"), false)}
            << kT0 + 600;
        QTest::newRow("the customer never wrote")
            << QList<Event>{echo(QStringLiteral("w2"), kAna, kT0, QStringLiteral("hello"))} << qint64(0);
    }
    void windowFromTheCustomersOwnMessages()
    {
        QFETCH(QList<Event>, events);
        QFETCH(qint64, lastCustomerAt);
        CHECK_ORDERS(events);
        const ConversationSummary c = conversation(kAna, kT0 + 1000);
        QCOMPARE(c.lastCustomerAt, lastCustomerAt);
        QCOMPARE(c.window.closesAt, lastCustomerAt ? lastCustomerAt + 86400 : 0);
        QCOMPARE(c.window.state, lastCustomerAt ? ServiceWindow::State::Open : ServiceWindow::State::None);
    }

    void referralIsAFreeEntryPoint()
    {
        Event ad = customerMessage(QStringLiteral("w1"), kAna, kT0, QStringLiteral("I saw your ad"));
        ad.referral = true;
        CHECK_ORDERS((QList<Event>{ad, customerMessage(QStringLiteral("w2"), kAna, kT0 + 5, QStringLiteral("?"))}));
        const ConversationSummary c = conversation(kAna);
        QVERIFY(c.isFreeEntryPoint());
        QCOMPARE(c.referralAt, kT0);
        QVERIFY(thread(kAna).value(0).referral);
    }

    void unreadCountsEachLiveMessageOnce()
    {
        CHECK_ORDERS((QList<Event>{history(QStringLiteral("w1"), kAna, kT0, QStringLiteral("a"), false),
                                   customerMessage(QStringLiteral("w1"), kAna, kT0, QStringLiteral("a")),
                                   customerMessage(QStringLiteral("w2"), kAna, kT0 + 1, QStringLiteral("b")),
                                   echo(QStringLiteral("w3"), kAna, kT0 + 2, QStringLiteral("c"))}));
        QCOMPARE(conversation(kAna).unread, 2);
        QCOMPARE(conversation(kAna).lastWamid, QStringLiteral("w3"));
    }

    void applyRunsInsideTheCallersTransaction()
    {
        QVERIFY(StoreHarness::reset(*m_store));
        QSqlDatabase db = m_store->connection();
        QVERIFY(db.transaction());
        QString error;
        QVERIFY(
            m_store->applier().apply({customerMessage(QStringLiteral("w1"), kAna, kT0, QStringLiteral("a"))}, &error));
        QCOMPARE(count(QStringLiteral("messages")), 1);
        QVERIFY(db.rollback()); // the hub's journal failed: nothing of the webhook stays
        m_store->applier().discardCaches();
        QCOMPARE(count(QStringLiteral("messages")), 0);
        QCOMPARE(count(QStringLiteral("conversations")), 0);
        // Meta redelivers; this time it commits, whole.
        QVERIFY(ingest({customerMessage(QStringLiteral("w1"), kAna, kT0, QStringLiteral("a"))}));
        QCOMPARE(scalar(QStringLiteral("SELECT profile_name FROM contacts")).toString(), QStringLiteral("Ana"));
        QCOMPARE(count(QStringLiteral("conversations")), 1);
    }

private:
    static bool eventFromJsonRoundTrips(const Event& e);
};

#include "core/EventJson.h"

bool TestEventApplier::eventFromJsonRoundTrips(const Event& e)
{
    Event back;
    return eventFromJson(eventToJson(e), &back) && sameEvent(back, e);
}

QTEST_GUILESS_MAIN(TestEventApplier)
#include "TestEventApplier.moc"
