// SPDX-License-Identifier: GPL-3.0-or-later
// Imported history stays out of the queues until someone writes live; the import's state as supervisors read it.
#include "StoreHarness.h"
#include "store/ConversationQuery.h"
#include "store/ImportStatus.h"
#include "store/TeamApplier.h"

#include <QJsonObject>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

class TestImportStatus : public QObject
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

    bool team(const QJsonObject& event, qint64 atMs = kT0 * 1000)
    {
        QString error;
        QSqlDatabase db = m_store->connection();
        db.transaction();
        const bool ok = m_team->apply(++m_seq, atMs, event, &error);
        db.commit();
        if (!ok)
            qWarning("team event failed: %s", qPrintable(error));
        return ok;
    }

    QString statusOf(const QString& key)
    {
        QSqlQuery q(m_store->connection());
        q.prepare(QStringLiteral("SELECT status FROM conversations WHERE contact_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
    }

    QStringList keys(const ConversationFilter& filter)
    {
        ConversationQuery query(m_store->connection());
        QList<ConversationSummary> rows;
        ConversationCursor next;
        QString error;
        query.page(filter, ConversationQuery::ByActivity, {}, 100, kT0 + 60, &rows, &next, &error);
        QStringList out;
        for (const ConversationSummary& r : rows)
            out << r.contactKey;
        return out;
    }

    static QJsonObject onboarding(const QString& step, const QString& syncType = {})
    {
        QJsonObject e{{QStringLiteral("kind"), QStringLiteral("onboarding")},
                      {QStringLiteral("step"), step},
                      {QStringLiteral("phone_number_id"), QStringLiteral("100")}};
        if (!syncType.isEmpty())
            e.insert(QStringLiteral("sync_type"), syncType);
        return e;
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }

    void init()
    {
        QString error;
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
        m_team = std::make_unique<TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
    }

    void cleanup()
    {
        m_team.reset();
        m_store.reset();
    }

    void historyOnlyConversationsStayOutOfTheQueues()
    {
        const QList<Event> batch = {
            history(QStringLiteral("wamid.H1"), QStringLiteral("16505551234"), kT0 - 100, QStringLiteral("Hi"), false),
            history(QStringLiteral("wamid.H2"), QStringLiteral("16505551234"), kT0 - 90, QStringLiteral("Hello"), true),
            customerMessage(QStringLiteral("wamid.L1"), QStringLiteral("4915112345678"), kT0, QStringLiteral("Live"))};
        QVERIFY(ingest(batch));
        QCOMPARE(statusOf(QStringLiteral("16505551234")), QStringLiteral("history"));
        QCOMPARE(statusOf(QStringLiteral("4915112345678")), QStringLiteral("open"));
        ConversationFilter unassigned;
        unassigned.unassigned = true;
        QCOMPARE(keys(unassigned), QStringList{QStringLiteral("4915112345678")});
        ConversationFilter closing; // the history's customer wrote 100 s ago: an open window, yet nobody's work
        closing.window = ServiceWindow::State::Open;
        QCOMPARE(keys(closing), QStringList{QStringLiteral("4915112345678")});
        QCOMPARE(keys({}).size(), 2); // "All" still lists the imported conversation
    }

    void aLiveMessageOpensIt_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("the customer writes") << QStringLiteral("customer");
        QTest::newRow("the owner answers from the phone app") << QStringLiteral("echo");
        QTest::newRow("an agent sends from Duet") << QStringLiteral("agent");
    }

    void aLiveMessageOpensIt()
    {
        QFETCH(QString, how);
        const QString key = QStringLiteral("16505551234");
        QVERIFY(ingest({history(QStringLiteral("wamid.H1"), key, kT0 - 100, QStringLiteral("Hi"), false)}));
        QCOMPARE(statusOf(key), QStringLiteral("history"));
        if (how == QLatin1String("customer")) {
            QVERIFY(ingest({customerMessage(QStringLiteral("wamid.L1"), key, kT0, QStringLiteral("Back again"))}));
        } else if (how == QLatin1String("echo")) {
            QVERIFY(ingest({echo(QStringLiteral("wamid.E1"), key, kT0, QStringLiteral("From the phone"))}));
        } else {
            const QJsonObject content{
                {QStringLiteral("type"), QStringLiteral("text")},
                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello")}}}};
            const QJsonObject outbound{{QStringLiteral("kind"), QStringLiteral("outbound")},
                                       {QStringLiteral("conversation"), key},
                                       {QStringLiteral("agent"), QStringLiteral("ana")},
                                       {QStringLiteral("wamid"), QStringLiteral("wamid.A1")},
                                       {QStringLiteral("client_id"), QStringLiteral("c1")},
                                       {QStringLiteral("content"), content}};
            QVERIFY(team(outbound));
        }
        QCOMPARE(statusOf(key), QStringLiteral("open"));
        ConversationFilter unassigned;
        unassigned.unassigned = true;
        QCOMPARE(keys(unassigned), QStringList{key});
    }

    void historyAfterTheLiveMessageKeepsItOpen()
    {
        const QString key = QStringLiteral("16505551234");
        QVERIFY(ingest({customerMessage(QStringLiteral("wamid.L1"), key, kT0, QStringLiteral("Hi"))}));
        QVERIFY(ingest({history(QStringLiteral("wamid.H1"), key, kT0 - 100, QStringLiteral("Older"), false)}));
        QCOMPARE(statusOf(key), QStringLiteral("open"));
    }

    void aResolvedHistoryConversationStaysResolved()
    {
        const QString key = QStringLiteral("16505551234");
        QVERIFY(ingest({history(QStringLiteral("wamid.H1"), key, kT0 - 100, QStringLiteral("Hi"), false)}));
        const QJsonObject resolved{{QStringLiteral("kind"), QStringLiteral("status_change")},
                                   {QStringLiteral("conversation"), key},
                                   {QStringLiteral("agent"), QStringLiteral("ana")},
                                   {QStringLiteral("status"), QStringLiteral("resolved")}};
        QVERIFY(team(resolved));
        QVERIFY(ingest({history(QStringLiteral("wamid.H2"), key, kT0 - 50, QStringLiteral("More history"), false)}));
        QCOMPARE(statusOf(key), QStringLiteral("resolved"));
    }

    void importStatusReadsTheLogAndTheWebhooks()
    {
        ImportStatus s;
        QString error;
        QVERIFY2(readImportStatus(m_store->connection(), {}, &s, &error), qPrintable(error));
        QVERIFY(!s.connected);
        QVERIFY(!s.needsRequest());

        QJsonObject connected = onboarding(QStringLiteral("connected"));
        connected.insert(QStringLiteral("display_phone_number"), QStringLiteral("+1 555-078-3881"));
        connected.insert(QStringLiteral("on_business_app"), true);
        QVERIFY(team(connected, 1'000'000));
        QVERIFY(team(connected, 9'000'000)); // connecting again keeps the first time
        QVERIFY2(readImportStatus(m_store->connection(), {}, &s, &error), qPrintable(error));
        QVERIFY(s.connected);
        QCOMPARE(s.connectedAtMs, qint64(1'000'000));
        QCOMPARE(s.deadlineMs(), qint64(1'000'000) + 24LL * 3600 * 1000);
        QVERIFY(s.needsRequest());

        QVERIFY(team(onboarding(QStringLiteral("sync_requesting"), QStringLiteral("smb_app_state_sync")), 2'000'000));
        QJsonObject requested = onboarding(QStringLiteral("sync_requested"), QStringLiteral("smb_app_state_sync"));
        requested.insert(QStringLiteral("request_id"), QStringLiteral("42"));
        QVERIFY(team(requested, 2'100'000));
        QVERIFY(team(onboarding(QStringLiteral("sync_requesting"), QStringLiteral("history")), 2'200'000));
        QVERIFY2(readImportStatus(m_store->connection(), {}, &s, &error), qPrintable(error));
        QVERIFY(s.contacts && s.contacts->state == QLatin1String("requested"));
        QCOMPARE(s.contacts->requestId, QStringLiteral("42"));
        QVERIFY(s.history && s.history->state == QLatin1String("requesting")); // no answer known: never asked again
        QVERIFY(!s.needsRequest());

        // Meta refuses a repeat: the acceptance before stays known.
        QVERIFY(team(onboarding(QStringLiteral("sync_requesting"), QStringLiteral("smb_app_state_sync")), 3'000'000));
        QJsonObject failed = onboarding(QStringLiteral("sync_failed"), QStringLiteral("smb_app_state_sync"));
        failed.insert(QStringLiteral("error_code"), 100);
        failed.insert(QStringLiteral("error_message"), QStringLiteral("(#100) Invalid parameter"));
        QVERIFY(team(failed, 3'100'000));
        QVERIFY2(readImportStatus(m_store->connection(), {}, &s, &error), qPrintable(error));
        QCOMPARE(s.contacts->state, QStringLiteral("failed"));
        QCOMPARE(s.contacts->attempts, 2);
        QCOMPARE(s.contacts->errorCode, 100);
        QVERIFY(s.contacts->wasAccepted());

        // What the webhooks brought: two chunks of phase 0, the last at 100 %, and a contact.
        Event chunk;
        chunk.kind = EventKind::HistoryProgress;
        chunk.phoneNumberId = QStringLiteral("100");
        chunk.phase = 0;
        chunk.chunkOrder = 1;
        chunk.progress = 40;
        Event last = chunk;
        last.chunkOrder = 2;
        last.progress = 100;
        Event contact;
        contact.kind = EventKind::Contact;
        contact.phoneNumberId = QStringLiteral("100");
        contact.contact = QStringLiteral("16505551234");
        contact.name = QStringLiteral("Sheena Nelson");
        contact.action = QStringLiteral("add");
        contact.timestamp = kT0;
        const QList<Event> webhooks = {
            last, chunk, contact,
            history(QStringLiteral("wamid.H1"), QStringLiteral("16505551234"), kT0 - 100, QStringLiteral("Hi"), false)};
        QVERIFY(ingest(webhooks));
        QVERIFY2(readImportStatus(m_store->connection(), {}, &s, &error), qPrintable(error));
        QCOMPARE(s.chunks, 2);
        QCOMPARE(s.progress, 100);
        QVERIFY(s.historyComplete());
        QCOMPARE(s.phases.size(), 1);
        QCOMPARE(s.contactsImported, 1);
        QCOMPARE(s.historyConversations, 1);
    }

    void aDeclinedHistoryIsKnown()
    {
        Event declined;
        declined.kind = EventKind::HistoryDeclined;
        declined.errorCode = 2593109; // as in Meta's example: no envelope, so no number
        QVERIFY(ingest({declined}));
        QVERIFY(team(onboarding(QStringLiteral("connected"))));
        ImportStatus s;
        QString error;
        QVERIFY2(readImportStatus(m_store->connection(), {}, &s, &error), qPrintable(error));
        QVERIFY(s.historyDeclined);
        QCOMPARE(s.historyErrorCode, 2593109);
    }
};

QTEST_GUILESS_MAIN(TestImportStatus)
#include "TestImportStatus.moc"
