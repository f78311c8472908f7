// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreHarness.h"
#include "core/ContactKey.h"
#include "store/ConversationQuery.h"
#include "store/SearchQuery.h"
#include "store/TeamApplier.h"
#include "store/ThreadQuery.h"

#include <QSet>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

/// The queries the UI pages through: conversations, threads, contacts and search.
class TestStoreQueries : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;
    std::unique_ptr<Store> m_store;

    static QString number(int i) { return QStringLiteral("1650555%1").arg(i, 4, 10, QLatin1Char('0')); }

    /// A customer's message as the 2026 webhooks carry it: the phone only when Meta shares it.
    static Event said(const QString& wamid, qint64 ts, const QString& phone, const QString& bsuid,
                      const QString& username, const QString& name)
    {
        Event e = customerMessage(wamid, phone, ts, QStringLiteral("text of ") + wamid);
        e.contact = phone.isEmpty() ? QString() : phone;
        e.userId = bsuid;
        e.username = username;
        e.name = name;
        return e;
    }

    QStringList lookup(const QString& text)
    {
        QList<ContactMatch> matches;
        QString error;
        if (!ContactQuery(m_store->connection()).lookup(text, 10, &matches, &error))
            qWarning("lookup failed: %s", qPrintable(error));
        QStringList keys;
        for (const ContactMatch& m : matches)
            keys << m.contactKey;
        return keys;
    }

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_store->connection());
        return q.exec(sql);
    }

    QStringList allConversations(const ConversationFilter& filter, ConversationQuery::Sort sort, int pageSize,
                                 qint64 now)
    {
        QStringList keys;
        ConversationQuery q(m_store->connection());
        ConversationCursor cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            QList<ConversationSummary> rows;
            ConversationCursor next;
            QString error;
            if (!q.page(filter, sort, cursor, pageSize, now, &rows, &next, &error)) {
                qWarning("%s", qPrintable(error));
                return {};
            }
            for (const ConversationSummary& r : rows)
                keys << r.contactKey;
            if (rows.size() < pageSize)
                break;
            cursor = next;
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        DUET_INIT_STORE_HARNESS(m_harness);
        QString error;
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
        // 40 customers; activity times with ties (i / 3), windows from customers' messages.
        QList<Event> events;
        for (int i = 0; i < 40; ++i) {
            const qint64 ts = kT0 - 3600 * (i / 3);
            if (i % 4 == 3)
                events << echo(QStringLiteral("w%1").arg(i), number(i), ts, QStringLiteral("business only %1").arg(i));
            else
                events << customerMessage(QStringLiteral("w%1").arg(i), number(i), ts,
                                          QStringLiteral("hello number %1").arg(i));
        }
        QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
        QVERIFY(exec(QStringLiteral("UPDATE conversations SET assignee = 'maria' WHERE contact_key IN ('%1', '%2')")
                         .arg(number(1), number(2))));
        QVERIFY(
            exec(QStringLiteral("UPDATE conversations SET status = 'closed' WHERE contact_key = '%1'").arg(number(5))));
        QVERIFY(exec(QStringLiteral("INSERT INTO conversation_labels (contact_key, label) VALUES ('%1', 'vip')")
                         .arg(number(7))));
        QVERIFY(
            exec(QStringLiteral("UPDATE conversations SET unread_count = 0 WHERE contact_key <> '%1'").arg(number(0))));
    }
    void cleanupTestCase() { m_store.reset(); }

    void conversationPagesNeverSkipOrRepeat_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("by activity, pages of 1") << int(ConversationQuery::ByActivity) << 1;
        QTest::newRow("by activity, pages of 7") << int(ConversationQuery::ByActivity) << 7;
        QTest::newRow("by window closing, pages of 4") << int(ConversationQuery::ByWindowClosing) << 4;
    }
    void conversationPagesNeverSkipOrRepeat()
    {
        QFETCH(int, sort);
        QFETCH(int, pageSize);
        const auto s = ConversationQuery::Sort(sort);
        const QStringList keys = allConversations({}, s, pageSize, kT0);
        const QStringList oneGo = allConversations({}, s, 1000, kT0);
        QCOMPARE(keys, oneGo);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        QCOMPARE(keys.size(), s == ConversationQuery::ByActivity ? 40 : 30); // 10 never wrote: no window
        if (s == ConversationQuery::ByActivity) {
            QCOMPARE(keys.first(), number(2)); // newest time, highest key among the tie
        } else {
            QCOMPARE(keys.first(), number(36)); // the oldest customer message closes first, lowest key of the tie
        }
    }

    void conversationFilters_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("by assignee") << "assignee" << QStringList{number(2), number(1)};
        QTest::newRow("by status") << "status" << QStringList{number(5)};
        QTest::newRow("by label") << "label" << QStringList{number(7)};
        QTest::newRow("unread only") << "unread" << QStringList{number(0)};
    }
    void conversationFilters()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, expected);
        ConversationFilter f;
        if (what == QLatin1String("assignee"))
            f.assignee = QStringLiteral("maria");
        else if (what == QLatin1String("status"))
            f.status = QStringLiteral("closed");
        else if (what == QLatin1String("label"))
            f.label = QStringLiteral("vip");
        else
            f.unreadOnly = true;
        QCOMPARE(allConversations(f, ConversationQuery::ByActivity, 3, kT0), expected);
    }

    void unassignedFilter()
    {
        ConversationFilter f;
        f.unassigned = true;
        const QStringList keys = allConversations(f, ConversationQuery::ByActivity, 10, kT0);
        QCOMPARE(keys.size(), 38);
        QVERIFY(!keys.contains(number(1)));
    }

    void windowFilters_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("expected");
        // Customers wrote at kT0 - 3600 * (i / 3) for i % 4 != 3: 30 customers.
        QTest::newRow("none: the 10 that never wrote") << int(ServiceWindow::State::None) << kT0 << 10;
        QTest::newRow("all open right after") << int(ServiceWindow::State::Open) << kT0 << 30;
        QTest::newRow("closing: those in their last hour")
            << int(ServiceWindow::State::Closing) << kT0 + 23 * 3600 + 1800 << 3; // i = 0, 1, 2
        QTest::newRow("closed: everyone a day later") << int(ServiceWindow::State::Closed) << kT0 + 86400 << 30;
    }
    void windowFilters()
    {
        QFETCH(int, state);
        QFETCH(qint64, now);
        QFETCH(int, expected);
        ConversationFilter f;
        f.window = ServiceWindow::State(state);
        ConversationQuery q(m_store->connection());
        QList<ConversationSummary> rows;
        QString error;
        QVERIFY2(q.page(f, ConversationQuery::ByActivity, {}, 100, now, &rows, nullptr, &error), qPrintable(error));
        QCOMPARE(rows.size(), expected);
        for (const ConversationSummary& r : rows)
            QCOMPARE(int(r.window.state), state);
    }

    void threadPagesBothWays()
    {
        const QString customer = QStringLiteral("447700900123");
        QList<Event> events;
        for (int i = 0; i < 23; ++i)
            events << customerMessage(QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')), customer, kT0 + i / 4,
                                      QStringLiteral("m%1").arg(i));
        QString error;
        QVERIFY(m_store->ingest(events, &error));
        ThreadQuery q(m_store->connection());
        QList<ThreadItem> all;
        QVERIFY(q.all(contactKey(customer), &all, &error));
        QCOMPARE(all.size(), 23);
        QStringList expected;
        for (const ThreadItem& it : all)
            expected << it.wamid;
        // Backwards from the newest, pages of 4, each page oldest first.
        QStringList backwards;
        ThreadCursor cursor;
        for (;;) {
            QList<ThreadItem> page;
            QVERIFY(q.page(contactKey(customer), cursor, ThreadQuery::Older, 4, &page, &error));
            if (page.isEmpty())
                break;
            for (auto it = page.crbegin(); it != page.crend(); ++it)
                backwards.prepend(it->wamid);
            cursor = {page.first().timestamp, page.first().wamid};
        }
        QCOMPARE(backwards, expected);
        // Forwards from the middle.
        QList<ThreadItem> page;
        QVERIFY(q.page(contactKey(customer), {all[10].timestamp, all[10].wamid}, ThreadQuery::Newer, 5, &page, &error));
        QCOMPARE(page.size(), 5);
        QCOMPARE(page.first().wamid, all[11].wamid);
        QCOMPARE(page.last().wamid, all[15].wamid);
    }

    void conversationsCarryTheirLabels()
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO conversation_labels (contact_key, label) VALUES ('%1', 'alpha')")
                         .arg(number(7))));
        ConversationQuery q(m_store->connection());
        QList<ConversationSummary> rows;
        QString error;
        for (int pageSize : {1, 7, 100}) {
            ConversationCursor cursor;
            int seen = 0;
            for (int guard = 0; guard < 100; ++guard) {
                QVERIFY2(q.page({}, ConversationQuery::ByActivity, cursor, pageSize, kT0, &rows, &cursor, &error),
                         qPrintable(error));
                for (const ConversationSummary& r : rows) {
                    ++seen;
                    QCOMPARE(r.labels, r.contactKey == number(7)
                                           ? (QStringList{QStringLiteral("alpha"), QStringLiteral("vip")})
                                           : QStringList());
                }
                if (rows.size() < pageSize)
                    break;
            }
            QVERIFY(seen >= 40);
        }
        ConversationSummary row;
        bool found = false;
        QVERIFY2(q.find(number(7), kT0, &row, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(row.labels, (QStringList{QStringLiteral("alpha"), QStringLiteral("vip")}));
        QVERIFY(q.find(number(8), kT0, &row, &found, &error));
        QVERIFY(found);
        QVERIFY(row.labels.isEmpty());
        QVERIFY(exec(QStringLiteral("DELETE FROM conversation_labels WHERE label = 'alpha'")));
    }

    void threadItemsNameTheSendingAgent()
    {
        QString error;
        QVERIFY2(TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
        TeamApplier team(m_store->connection(), m_store->backend(), m_store->applier());
        const QString customer = number(9);
        const QJsonObject outbound{
            {QStringLiteral("kind"), QStringLiteral("outbound")},
            {QStringLiteral("conversation"), customer},
            {QStringLiteral("agent"), QStringLiteral("ana")},
            {QStringLiteral("wamid"), QStringLiteral("wamid.agent-1")},
            {QStringLiteral("client_id"), QStringLiteral("client-1")},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("On it")}}}}}};
        QVERIFY(m_store->connection().transaction());
        QVERIFY2(team.apply(1, (kT0 + 100) * 1000, outbound, &error), qPrintable(error));
        QVERIFY(m_store->connection().commit());
        ThreadQuery q(m_store->connection());
        QList<ThreadItem> items;
        QVERIFY2(q.all(customer, &items, &error), qPrintable(error));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.last().origin, QStringLiteral("agent"));
        QCOMPARE(items.last().agent, QStringLiteral("ana"));
        QCOMPARE(threadItemToJson(items.last()).value(QStringLiteral("agent")).toString(), QStringLiteral("ana"));
        QVERIFY(items.first().agent.isEmpty()); // the customer's message
        QVERIFY(!threadItemToJson(items.first()).contains(QStringLiteral("agent")));

        // The request for the phone number shows the question it asked.
        const QJsonObject ask{
            {QStringLiteral("kind"), QStringLiteral("outbound")},
            {QStringLiteral("conversation"), customer},
            {QStringLiteral("agent"), QStringLiteral("ana")},
            {QStringLiteral("wamid"), QStringLiteral("wamid.agent-2")},
            {QStringLiteral("client_id"), QStringLiteral("client-2")},
            {QStringLiteral("content"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("interactive")},
                 {QStringLiteral("interactive"),
                  QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("request_contact_info")},
                      {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Your number?")}}},
                      {QStringLiteral("action"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("request_contact_info")}}}}}}}};
        QVERIFY(m_store->connection().transaction());
        QVERIFY2(team.apply(2, (kT0 + 100) * 1000, ask, &error), qPrintable(error));
        QVERIFY(m_store->connection().commit());
        QVERIFY2(q.all(customer, &items, &error), qPrintable(error));
        QCOMPARE(items.last().type, QStringLiteral("interactive"));
        QCOMPARE(items.last().text, QStringLiteral("Your number?"));
    }

    void findsOneMessageByWamid()
    {
        QString error;
        QVERIFY(m_store->ingest(
            {reaction(QStringLiteral("r-w10"), QStringLiteral("w10"), QStringLiteral("👍"), kT0 + 5)}, &error));
        ThreadQuery q(m_store->connection());
        ThreadItem item;
        bool found = false;
        QVERIFY2(q.find(QStringLiteral("w10"), &item, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(item.contactKey, number(10));
        QCOMPARE(item.text, QStringLiteral("hello number 10"));
        QCOMPARE(item.reactions.size(), 1);
        QCOMPARE(item.reactions.first().emoji, QStringLiteral("👍"));
        QVERIFY(q.find(QStringLiteral("no-such-wamid"), &item, &found, &error));
        QVERIFY(!found);
    }

    void contactLookup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a number as typed") << "+1 650 555 0004" << number(4);
        QTest::newRow("a number prefix") << "16505550038" << number(38);
        QTest::newRow("a part of the profile name, any case") << "BRUNO" << QStringLiteral("5511987654321");
        QTest::newRow("a Brazilian wa_id finds the typed mobile") << "551187654321" << QStringLiteral("5511987654321");
    }
    void contactLookup()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Event bruno = customerMessage(QStringLiteral("b1"), QStringLiteral("551187654321"), kT0, QStringLiteral("oi"));
        bruno.name = QStringLiteral("Bruno Lima");
        QString error;
        QVERIFY(m_store->ingest({bruno}, &error));
        QList<ContactMatch> matches;
        QVERIFY2(ContactQuery(m_store->connection()).lookup(text, 10, &matches, &error), qPrintable(error));
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches[0].contactKey, expected);
    }

    void searchWithSnippets()
    {
        const QString c = QStringLiteral("4915112345678");
        QString error;
        QVERIFY(m_store->ingest(
            {customerMessage(QStringLiteral("s1"), c, kT0 + 10,
                             QStringLiteral("Where is my invoice for March, please?")),
             customerMessage(QStringLiteral("s2"), c, kT0 + 20, QStringLiteral("The parcel arrived")),
             customerMessage(QStringLiteral("s3"), c, kT0 + 30, QStringLiteral("wrong words")),
             edit(QStringLiteral("s4"), QStringLiteral("s3"), QStringLiteral("second invoice"), kT0 + 40),
             customerMessage(QStringLiteral("s5"), c, kT0 + 50, QStringLiteral("invoice deleted")),
             revoke(QStringLiteral("s6"), QStringLiteral("s5"), kT0 + 60)},
            &error));
        SearchQuery q(m_store->connection(), m_store->backend());
        QList<SearchHit> hits;
        QVERIFY2(q.search(QStringLiteral("Invoice"), 10, &hits, &error), qPrintable(error));
        QStringList ids;
        for (const SearchHit& h : hits)
            ids << h.wamid;
        QCOMPARE(ids, (QStringList{QStringLiteral("s3"), QStringLiteral("s1")})); // newest first; deleted left out
        QVERIFY2(hits[1].snippet.contains(QLatin1String("[invoice]")), qPrintable(hits[1].snippet));
        QVERIFY2(hits[0].snippet.contains(QLatin1String("[invoice]")), qPrintable(hits[0].snippet));
        QCOMPARE(hits[1].contactKey, c);
        QVERIFY(q.search(QStringLiteral("invoice march"), 10, &hits, &error));
        QCOMPARE(hits.size(), 1);
        QVERIFY(q.search(QStringLiteral("\"parcel\" * ( - :"), 10, &hits, &error)); // no syntax gets through
        QCOMPARE(hits.size(), 1);
        QVERIFY(q.search(QStringLiteral("  ...  "), 10, &hits, &error));
        QCOMPARE(hits.size(), 0);
    }

    // Customers known by a BSUID and a username: the list row carries every identifier.
    void usernameCustomerInTheList()
    {
        const QString bsuid = QStringLiteral("US.13491208655302741918");
        QString error;
        QVERIFY2(m_store->ingest({said(QStringLiteral("u1"), kT0 + 100, {}, bsuid, QStringLiteral("pablomorales"),
                                       QStringLiteral("Pablo M."))},
                                 &error),
                 qPrintable(error));
        ConversationQuery q(m_store->connection());
        ConversationSummary s;
        bool found = false;
        QVERIFY2(q.find(bsuid, kT0 + 100, &s, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(s.userId, bsuid);
        QCOMPARE(s.username, QStringLiteral("pablomorales"));
        QVERIFY(s.waId.isNull());
        QVERIFY(!s.hasPhone());
        QCOMPARE(s.displayName, QStringLiteral("Pablo M."));
        // Without a profile name the username names them; a phone key reads as a number.
        QCOMPARE(customerDisplayName(bsuid, {}, {}, QStringLiteral("pablomorales")), QStringLiteral("@pablomorales"));
        QCOMPARE(customerDisplayName(QStringLiteral("5511987654321"), {}, {}, {}), QStringLiteral("+55 11 98765-4321"));
        QCOMPARE(customerDisplayName(bsuid, {}, {}, {}), bsuid);
        QList<ConversationSummary> rows;
        QVERIFY(q.page({}, ConversationQuery::ByActivity, {}, 1, kT0 + 100, &rows, nullptr, &error));
        QCOMPARE(rows.value(0).contactKey, bsuid);
        QCOMPARE(rows.value(0).username, QStringLiteral("pablomorales"));
    }

    // The customer shares the number: the conversation takes the phone's key; the BSUID's resolves to it.
    void mergedKeysAndTheMergeRow()
    {
        const QString phone = QStringLiteral("5511976543210");
        const QString bsuid = QStringLiteral("BR.777000111");
        QString error;
        QVERIFY2(m_store->ingest({echo(QStringLiteral("m1"), phone, kT0 + 200, QStringLiteral("Hi from the shop")),
                                  said(QStringLiteral("m2"), kT0 + 210, {}, bsuid, QStringLiteral("ana.souza"),
                                       QStringLiteral("Ana Souza"))},
                                 &error),
                 qPrintable(error));
        ConversationQuery q(m_store->connection());
        QStringList merged;
        QVERIFY(q.mergedInto(phone, &merged, &error));
        QVERIFY(merged.isEmpty());
        QVERIFY2(m_store->ingest({said(QStringLiteral("m3"), kT0 + 220, phone, bsuid, QStringLiteral("ana.souza"),
                                       QStringLiteral("Ana Souza"))},
                                 &error),
                 qPrintable(error));
        QVERIFY2(q.mergedInto(phone, &merged, &error), qPrintable(error));
        QCOMPARE(merged, QStringList{bsuid});
        ConversationSummary s;
        bool found = false;
        QVERIFY(q.find(bsuid, kT0, &s, &found, &error));
        QVERIFY(!found);
        QVERIFY(q.find(phone, kT0, &s, &found, &error));
        QVERIFY(found);
        QVERIFY(s.hasPhone());
        QCOMPARE(s.userId, bsuid);
        QCOMPARE(s.username, QStringLiteral("ana.souza"));
        QCOMPARE(s.waId, phone);
        // The two threads became one: a quiet row says so, with the merged key for the desktop to word.
        QList<ThreadItem> items;
        QVERIFY(ThreadQuery(m_store->connection()).all(phone, &items, &error));
        QStringList types;
        QString mergedBody;
        for (const ThreadItem& it : items) {
            types << it.type;
            if (it.type == QLatin1String("merge"))
                mergedBody = it.text;
        }
        QCOMPARE(types.count(QStringLiteral("merge")), 1);
        QCOMPARE(mergedBody, bsuid);
        QCOMPARE(types.count(QStringLiteral("text")), 3);
    }

    void lookupByAnyIdentifier_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString pablo = QStringLiteral("US.13491208655302741918");
        const QString ana = QStringLiteral("5511976543210");
        QTest::newRow("username with @") << "@pablomorales" << pablo;
        QTest::newRow("username without @, any case") << "PabloMorales" << pablo;
        QTest::newRow("part of a username") << "@pablomor" << pablo;
        QTest::newRow("username with a dot") << "ana.souza" << ana;
        QTest::newRow("whole BSUID") << "US.13491208655302741918" << pablo;
        QTest::newRow("beginning of a BSUID, any case") << "us.1349120865" << pablo;
        QTest::newRow("BSUID of a conversation merged away") << "BR.777000111" << ana;
        QTest::newRow("a number in parts") << "97654 3210" << ana;
        QTest::newRow("a number as people write it") << "+55 (11) 97654-3210" << ana;
        QTest::newRow("the wa_id form of a Brazilian mobile") << "551176543210" << ana;
        QTest::newRow("a profile name") << "souza" << ana;
    }
    void lookupByAnyIdentifier()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(lookup(text), QStringList{expected});
    }

    void lookupFindsEveryNumberSpelling()
    {
        const QString phone = QStringLiteral("14155550123");
        QString error;
        QVERIFY(m_store->ingest(
            {said(QStringLiteral("p1"), kT0 + 300, phone, QStringLiteral("US.555"), {}, QStringLiteral("Lee"))},
            &error));
        for (const QString& typed : {QStringLiteral("415 555"), QStringLiteral("+1 (415) 555-0123"),
                                     QStringLiteral("415-555-0123"), QStringLiteral("14155550123")})
            QCOMPARE(lookup(typed), QStringList{phone});
        QVERIFY(lookup(QStringLiteral("41")).isEmpty()); // two digits match nothing by number
        QVERIFY(lookup(QStringLiteral("@nobody")).isEmpty());
        QVERIFY(lookup(QStringLiteral("%")).isEmpty()); // LIKE's wildcards are plain characters
    }
};

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "TestStoreQueries.moc"
