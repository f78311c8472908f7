// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's tables, its log writer (one transaction per batch), group commit and TeamApplier, on SQLite
// and (compiled with DUET_TEST_POSTGRES) on a real PostgreSQL.
#include "AgentRegistry.h"
#include "DomainToString.h"
#include "HubSchema.h"
#include "LogReader.h"
#include "LogWriter.h"
#include "SchemaDescription.h"
#include "StoreHarness.h"
#include "TemplateStore.h"
#include "WebhookJournal.h"
#include "store/TeamApplier.h"
#include "store/TeamSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

using namespace duet;
using namespace duet::hub;
using namespace duet::store;
using namespace duet::test;

namespace {

QByteArray textBody(const QString& contact, const QString& wamid, qint64 ts)
{
    return QStringLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",)"
                          R"("value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111",)"
                          R"("phone_number_id":"106540352242922"},"messages":[{"from":"%1","id":"%2","timestamp":"%3",)"
                          R"("type":"text","text":{"body":"hi"}}]}}]}]})")
        .arg(contact, wamid)
        .arg(ts)
        .toUtf8();
}

/// A customer's text with the profile name their WhatsApp sends along.
QByteArray namedTextBody(const QString& contact, const QString& name, const QString& wamid, qint64 ts)
{
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",)"
               R"("value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111",)"
               R"("phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"%2"},"wa_id":"%1"}],)"
               R"("messages":[{"from":"%1","id":"%3","timestamp":"%4","type":"text","text":{"body":"hi"}}]}}]}]})")
        .arg(contact, name, wamid)
        .arg(ts)
        .toUtf8();
}

/// A customer's reaction to `target` (a message that may not have arrived yet).
QByteArray reactionBody(const QString& contact, const QString& wamid, const QString& target, qint64 ts)
{
    return QStringLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",)"
                          R"("value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111",)"
                          R"("phone_number_id":"106540352242922"},"messages":[{"from":"%1","id":"%2","timestamp":"%4",)"
                          R"("type":"reaction","reaction":{"message_id":"%3","emoji":"+1"}}]}}]}]})")
        .arg(contact, wamid, target)
        .arg(ts)
        .toUtf8();
}

/// The rows a store's tables hold, as text, in a fixed order: two stores compare equal when they
/// hold the same customers, messages, conversations and log.
QStringList storeRows(QSqlDatabase db)
{
    QStringList rows;
    const char* const conversations = "SELECT contact_key, phone_number_id, last_activity_at, last_wamid,"
                                      " last_customer_at, unread_count, status FROM conversations ORDER BY contact_key";
    for (const char* sql :
         {"SELECT wamid, contact_key, type, body, ts, live FROM messages ORDER BY wamid", conversations,
          "SELECT contact_key, wa_id, profile_name FROM contacts ORDER BY contact_key",
          "SELECT kind, value, contact_key FROM customer_ids ORDER BY kind, value",
          "SELECT target_wamid, sender, emoji FROM reactions ORDER BY target_wamid, sender",
          "SELECT waiting_for, kind, reason FROM parked_events ORDER BY fingerprint",
          "SELECT body_hash, state, events, reason FROM journal ORDER BY body_hash",
          "SELECT seq, kind, conversation, payload FROM log ORDER BY seq", "SELECT seq FROM log_head"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(sql))) {
            rows << QStringLiteral("error: %1").arg(q.lastError().text());
            continue;
        }
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << columns.join(QLatin1Char('|'));
        }
    }
    return rows;
}

CommandRequest request(sync::CommandName name, const QString& conversation,
                       const QString& agent = QStringLiteral("ana"), sync::Role role = sync::Role::Agent)
{
    CommandRequest r;
    r.command.id = QStringLiteral("c");
    r.command.name = name;
    r.command.conversation = conversation;
    r.agent = agent;
    r.role = role;
    return r;
}

} // namespace

class TestHubStore : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;

    bool openFresh(Database* db, DatabaseLocation* location)
    {
        QString error;
        const QString where = m_harness.freshDatabase(&error);
        return !where.isEmpty() && DatabaseLocation::parse(where, location, &error) && db->open(*location, &error);
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }

    void migrationsEqualTheFreshSchema()
    {
        Database migrated, fresh;
        DatabaseLocation l1, l2;
        QVERIFY(openFresh(&migrated, &l1));
        QVERIFY(openFresh(&fresh, &l2));
        QString error;
        QVERIFY2(Schema::prepare(migrated.connection(), kBackend, &error), qPrintable(error));
        QVERIFY2(HubSchema::migrateTo(migrated.connection(), kBackend, HubSchema::latestVersion(), &error),
                 qPrintable(error));
        QVERIFY2(Schema::prepare(fresh.connection(), kBackend, &error), qPrintable(error));
        QVERIFY2(HubSchema::createFresh(fresh.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(HubSchema::version(migrated.connection(), &error), HubSchema::latestVersion());
        QCOMPARE(HubSchema::version(fresh.connection(), &error), HubSchema::latestVersion());
        for (const QString& t : HubSchema::tables())
            QVERIFY2(!migrated.connection().record(t).isEmpty(), qPrintable(t));
        const QString diff = schemaDifference(describeSchema(migrated.connection(), kBackend),
                                              describeSchema(fresh.connection(), kBackend));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // prepare() on an up-to-date database changes nothing and keeps the log head.
        QVERIFY2(HubSchema::prepare(fresh.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(scalar(fresh.connection(), QStringLiteral("SELECT count(*) FROM log_head")), 1);
        QCOMPARE(scalar(fresh.connection(), QStringLiteral("SELECT version FROM schema_versions WHERE name = 'team'")),
                 TeamApplier::latestSchemaVersion());
    }

    void aHubDatabaseFromBeforeSchemaVersionsUpgrades()
    {
        // Every schema of a hub database at version 1 as older Duet wrote it (schema_version,
        // team_schema_version, hub_schema_version), with a log row: prepare() carries each version
        // into schema_versions, upgrades, and the result equals a new hub database.
        Database legacy, fresh;
        DatabaseLocation l1, l2;
        QVERIFY(openFresh(&legacy, &l1));
        QVERIFY(openFresh(&fresh, &l2));
        QString error;
        QVERIFY2(buildLegacyDatabase(legacy.connection(), Schema::definition(kBackend), 1, &error), qPrintable(error));
        QVERIFY2(buildLegacyDatabase(legacy.connection(), TeamSchema::definition(kBackend), 1, &error),
                 qPrintable(error));
        QVERIFY2(buildLegacyDatabase(legacy.connection(), HubSchema::definition(kBackend), 1, &error),
                 qPrintable(error));
        QSqlQuery q(legacy.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO log (seq, at, kind, payload) VALUES (1, 5, 'note', '{}')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(HubSchema::version(legacy.connection(), &error), 1);
        QVERIFY2(HubSchema::prepare(legacy.connection(), kBackend, &error), qPrintable(error));
        QVERIFY2(HubSchema::prepare(fresh.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(HubSchema::version(legacy.connection(), &error), HubSchema::latestVersion());
        for (const char* table : {"schema_version", "team_schema_version", "hub_schema_version"})
            QVERIFY2(!Schema::hasTable(legacy.connection(), QLatin1String(table)), table);
        const QString diff = schemaDifference(describeSchema(legacy.connection(), kBackend),
                                              describeSchema(fresh.connection(), kBackend));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(scalar(legacy.connection(), QStringLiteral("SELECT count(*) FROM log")), 1);
        QCOMPARE(
            scalar(legacy.connection(), QStringLiteral("SELECT version FROM schema_versions WHERE name = 'store'")),
            Schema::latestVersion());
    }

    void theHubsConnectionsCommitToDisk()
    {
        if (kBackend != Backend::Sqlite)
            QSKIP("synchronous is a SQLite setting");
        Database probe;
        DatabaseLocation location;
        QVERIFY(openFresh(&probe, &location));
        LogWriter writer(m_harness.clock);
        LogReader reader;
        QString error;
        QVERIFY2(writer.open(location, &error), qPrintable(error));
        QVERIFY2(reader.open(location, &error), qPrintable(error));
        // FULL (2): a webhook's 200 follows a commit that is on disk, power cut or not.
        QCOMPARE(scalar(writer.connection(), QStringLiteral("PRAGMA synchronous")), qint64(2));
        QCOMPARE(scalar(reader.connection(), QStringLiteral("PRAGMA synchronous")), qint64(2));
        QCOMPARE(scalar(probe.connection(), QStringLiteral("PRAGMA synchronous")), qint64(1)); // other users: NORMAL
    }

    void aBatchIsOneTransactionWithConsecutiveSeqs()
    {
        Database probe;
        DatabaseLocation location;
        QVERIFY(openFresh(&probe, &location));
        LogWriter writer(m_harness.clock);
        QString error;
        QVERIFY2(writer.open(location, &error), qPrintable(error));
        const QByteArray a = textBody(QStringLiteral("15550000001"), QStringLiteral("wamid.A"), 1750000000);
        const QByteArray b = textBody(QStringLiteral("15550000002"), QStringLiteral("wamid.B"), 1750000001);
        LogWriter::Outcome out = writer.commit(
            {a, b, a, QByteArray("nonsense"), request(sync::CommandName::Claim, QStringLiteral("15550000001")),
             request(sync::CommandName::Claim, QStringLiteral("15550000001"), QStringLiteral("bo")),
             request(sync::CommandName::Claim, QStringLiteral("19999999999"))});
        QVERIFY2(out.committed, qPrintable(out.error));
        QCOMPARE(out.bodies, (QList<BodyResult>{BodyResult::Applied, BodyResult::Applied, BodyResult::Duplicate,
                                                BodyResult::Undecodable}));
        QCOMPARE(out.results.size(), 3);
        QVERIFY(out.results[0].ok);
        QCOMPARE(out.results[0].seq, 3);
        QCOMPARE(out.results[1].reason, QStringLiteral("conflict"));
        QCOMPARE(out.results[2].reason, QStringLiteral("not_found"));
        QCOMPARE(out.entries.size(), 3);
        for (int i = 0; i < out.entries.size(); ++i)
            QCOMPARE(out.entries[i].seq, i + 1);
        QCOMPARE(out.head, 3);
        QSqlDatabase db = probe.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT seq FROM log_head")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM journal")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM journal WHERE state = 'undecodable'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE assignee = 'ana'")), 1);

        // A replica replaying the log builds the same tables.
        {
            QString why;
            auto replica = m_harness.openFresh(&why);
            QVERIFY2(replica, qPrintable(why));
            QVERIFY2(TeamApplier::prepareSchema(replica->connection(), kBackend, &why), qPrintable(why));
            TeamApplier team(replica->connection(), kBackend, replica->applier());
            QSqlQuery log(db);
            QVERIFY(log.exec(QStringLiteral("SELECT seq, at, payload FROM log ORDER BY seq")));
            QVERIFY(replica->connection().transaction());
            while (log.next()) {
                const QJsonObject e = QJsonDocument::fromJson(log.value(2).toString().toUtf8()).object();
                QVERIFY2(team.applyLogEvent(log.value(0).toLongLong(), log.value(1).toLongLong(), e, &why),
                         qPrintable(why));
            }
            QVERIFY(replica->connection().commit());
            for (const char* sql : {"SELECT count(*) FROM messages", "SELECT count(*) FROM conversations",
                                    "SELECT count(*) FROM conversations WHERE assignee = 'ana'",
                                    "SELECT sum(unread_count) FROM conversations"})
                QCOMPARE(scalar(replica->connection(), QString::fromLatin1(sql)), scalar(db, QString::fromLatin1(sql)));
        }

        // The next batch continues the sequence; an empty batch commits nothing new.
        out = writer.commit({textBody(QStringLiteral("15550000003"), QStringLiteral("wamid.C"), 1750000002)});
        QVERIFY(out.committed);
        QCOMPARE(out.entries.value(0).seq, 4);
        out = writer.commit({a});
        QVERIFY(out.committed);
        QVERIFY(out.entries.isEmpty());
        QCOMPARE(out.head, 4);
    }

    void aGroupOfBodiesEndsAsTheSameBodiesOneByOne()
    {
        // A group commit journals a run of bodies in one statement, applies all their events at
        // once and logs them in one statement (100 rows per statement at most): the store and the
        // log must end exactly as when each body is committed on its own.
        QList<QByteArray> bodies;
        for (int i = 0; i < 230; ++i) // 150 customers, 80 of them writing twice under a new name
            bodies << namedTextBody(QStringLiteral("1555%1").arg(i % 150, 7, 10, QLatin1Char('0')),
                                    QStringLiteral("Name %1").arg(i), QStringLiteral("wamid.M%1").arg(i),
                                    1750000000 + i);
        // A reaction before its message waits for it, and the message later in the group frees it.
        bodies.insert(10, reactionBody(QStringLiteral("15550000007"), QStringLiteral("wamid.R1"),
                                       QStringLiteral("wamid.LATE"), 1750000100));
        bodies.insert(20, bodies.at(5)); // the same bytes twice: a duplicate
        bodies.insert(30, QByteArray("nonsense"));
        bodies.insert(120, textBody(QStringLiteral("15550000007"), QStringLiteral("wamid.LATE"), 1750000050));
        bodies.insert(200, bodies.at(5));
        QString foreign = QString::fromUtf8(textBody(QStringLiteral("15550009999"), QStringLiteral("wamid.F"), 1));
        foreign.replace(QStringLiteral("106540352242922"), QStringLiteral("999999999999999"));
        bodies.insert(150, foreign.toUtf8());

        Database grouped, single;
        DatabaseLocation groupedAt, singleAt;
        QVERIFY(openFresh(&grouped, &groupedAt));
        QVERIFY(openFresh(&single, &singleAt));
        LogWriter group(m_harness.clock), one(m_harness.clock);
        group.setPhoneNumberId(QStringLiteral("106540352242922"));
        one.setPhoneNumberId(QStringLiteral("106540352242922"));
        QString error;
        QVERIFY2(group.open(groupedAt, &error), qPrintable(error));
        QVERIFY2(one.open(singleAt, &error), qPrintable(error));

        QList<LogWriter::Item> items;
        for (const QByteArray& b : std::as_const(bodies))
            items << b;
        const LogWriter::Outcome out = group.commit(items);
        QVERIFY2(out.committed, qPrintable(out.error));
        QList<BodyResult> oneByOne;
        QList<LogEntry> entries;
        for (const QByteArray& b : std::as_const(bodies)) {
            const LogWriter::Outcome o = one.commit({b});
            QVERIFY2(o.committed, qPrintable(o.error));
            oneByOne << o.bodies;
            entries << o.entries;
        }
        QCOMPARE(out.bodies, oneByOne);
        QCOMPARE(out.bodies.count(BodyResult::Duplicate), 2);
        QCOMPARE(out.bodies.count(BodyResult::Undecodable), 1);
        QCOMPARE(out.bodies.count(BodyResult::Foreign), 1);
        QCOMPARE(out.entries.size(), 232);
        QCOMPARE(out.entries.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(out.entries[i].seq, entries[i].seq);
            QCOMPARE(out.entries[i].event, entries[i].event);
        }
        QCOMPARE(scalar(grouped.connection(), QStringLiteral("SELECT count(*) FROM reactions")), 1);
        QCOMPARE(scalar(grouped.connection(), QStringLiteral("SELECT count(*) FROM parked_events")), 0);
        QCOMPARE(scalar(grouped.connection(), QStringLiteral("SELECT count(*) FROM contacts")), 150);
        QCOMPARE(storeRows(grouped.connection()), storeRows(single.connection()));
    }

    void aBodyThatFailsToApplySpoilsOnlyItsOwnGroupCommit()
    {
        // A group of bodies is one transaction: one body that cannot be applied fails it all.
        // The journal then commits each body on its own: the others are applied and logged, the
        // failing one is journaled as not applied, and every webhook gets its 200.
        Database blocker;
        DatabaseLocation location;
        QVERIFY(openFresh(&blocker, &location));
        QSqlDatabase db = blocker.connection();
        WebhookJournal journal(location, m_harness.clock, nullptr);
        QString error;
        QVERIFY2(journal.start(&error), qPrintable(error)); // creates the tables
        QSqlQuery sabotage(db);
        if (kBackend == Backend::Postgres) {
            QVERIFY2(sabotage.exec(QStringLiteral(
                         "CREATE FUNCTION refuse_bad() RETURNS trigger AS $$ BEGIN IF NEW.wamid = 'wamid.BAD' THEN"
                         " RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")),
                     qPrintable(sabotage.lastError().text()));
            QVERIFY2(sabotage.exec(QStringLiteral("CREATE TRIGGER refuse_bad BEFORE INSERT ON messages FOR EACH ROW"
                                                  " EXECUTE FUNCTION refuse_bad()")),
                     qPrintable(sabotage.lastError().text()));
        } else {
            QVERIFY2(sabotage.exec(QStringLiteral("CREATE TRIGGER refuse_bad BEFORE INSERT ON messages"
                                                  " WHEN NEW.wamid = 'wamid.BAD' BEGIN SELECT RAISE(ABORT, 'refused');"
                                                  " END")),
                     qPrintable(sabotage.lastError().text()));
        }

        // Another writer holds the log lock while the group queues up behind the first body.
        QVERIFY(db.transaction());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("UPDATE log_head SET seq = seq WHERE id = 1")));
        std::atomic_int committed{0}, unavailable{0};
        const auto done = [&](WebhookSink::Outcome o) {
            ++(o == WebhookSink::Outcome::Committed ? committed : unavailable);
        };
        journal.accept(textBody(QStringLiteral("15550000000"), QStringLiteral("wamid.G0"), 1750000000), done);
        QTRY_COMPARE(journal.queuedCount(), 0);
        journal.accept(textBody(QStringLiteral("15550000001"), QStringLiteral("wamid.G1"), 1750000001), done);
        journal.accept(textBody(QStringLiteral("15550000002"), QStringLiteral("wamid.BAD"), 1750000002), done);
        journal.accept(textBody(QStringLiteral("15550000003"), QStringLiteral("wamid.G3"), 1750000003), done);
        QCOMPARE(journal.queuedCount(), 3);
        QVERIFY(db.rollback());

        QTRY_COMPARE(committed.load(), 4);
        QCOMPARE(unavailable.load(), 0);
        journal.stop();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM journal")), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM journal WHERE state = 'undecodable'"
                                           " AND reason LIKE 'not applied: %'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM log")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT max(seq) FROM log")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT seq FROM log_head")), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.BAD'")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")), 3);
    }

    void aFailedBatchKeepsNothing()
    {
        Database probe;
        DatabaseLocation location;
        QVERIFY(openFresh(&probe, &location));
        LogWriter writer(m_harness.clock);
        QString error;
        QVERIFY2(writer.open(location, &error), qPrintable(error));
        QVERIFY(
            writer.commit({textBody(QStringLiteral("15550000001"), QStringLiteral("wamid.A"), 1750000000)}).committed);
        // Sabotage: the log table's seq 2 is taken, so appending fails half-way through the batch.
        QSqlQuery q(probe.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO log (seq, at, kind, payload) VALUES (2, 0, 'x', '{}')")));
        const LogWriter::Outcome out =
            writer.commit({textBody(QStringLiteral("15550000002"), QStringLiteral("wamid.B"), 1750000001)});
        QVERIFY(!out.committed);
        QVERIFY(!out.error.isEmpty());
        QCOMPARE(scalar(probe.connection(), QStringLiteral("SELECT seq FROM log_head")), 1);
        QCOMPARE(scalar(probe.connection(), QStringLiteral("SELECT count(*) FROM journal")), 1);
        QCOMPARE(scalar(probe.connection(), QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.B'")),
                 0);
    }

    void aWriterForgetsWhatItStoredWhenAnotherWriterCommitted()
    {
        // Two hubs on one database: each one's applier remembers the profile names it stored so a
        // customer's name is not rewritten on every message. When the other hub committed in
        // between, that memory no longer holds and the name is written again.
        Database probe;
        DatabaseLocation location;
        QVERIFY(openFresh(&probe, &location));
        LogWriter first(m_harness.clock), second(m_harness.clock);
        QString error;
        QVERIFY2(first.open(location, &error), qPrintable(error));
        QVERIFY2(second.open(location, &error), qPrintable(error));
        const QString ana = QStringLiteral("15550000001");
        const auto nameOf = [&] {
            QSqlQuery q(probe.connection());
            if (!q.exec(QStringLiteral("SELECT profile_name FROM contacts WHERE contact_key = '%1'").arg(ana)) ||
                !q.next())
                return QStringLiteral("(none)");
            return q.value(0).toString();
        };
        QVERIFY(first.commit({namedTextBody(ana, QStringLiteral("Ana"), QStringLiteral("wamid.N1"), 1750000000)})
                    .committed);
        QCOMPARE(nameOf(), QStringLiteral("Ana"));
        QVERIFY(second.commit({namedTextBody(ana, QStringLiteral("Ana Maria"), QStringLiteral("wamid.N2"), 1750000001)})
                    .committed);
        QCOMPARE(nameOf(), QStringLiteral("Ana Maria"));
        // The customer went back to the first name; the first hub receives it.
        QVERIFY(first.commit({namedTextBody(ana, QStringLiteral("Ana"), QStringLiteral("wamid.N3"), 1750000002)})
                    .committed);
        QCOMPARE(nameOf(), QStringLiteral("Ana"));
        // With nobody else writing, the same name again is remembered (and stays).
        QVERIFY(first.commit({namedTextBody(ana, QStringLiteral("Ana"), QStringLiteral("wamid.N4"), 1750000003)})
                    .committed);
        QCOMPARE(nameOf(), QStringLiteral("Ana"));
        QCOMPARE(scalar(probe.connection(), QStringLiteral("SELECT seq FROM log_head")), 4);
    }

    void outboundReportsAttributeASendOnce()
    {
        Database probe;
        DatabaseLocation location;
        QVERIFY(openFresh(&probe, &location));
        LogWriter writer(m_harness.clock);
        QString error;
        QVERIFY2(writer.open(location, &error), qPrintable(error));
        const QString customer = QStringLiteral("15550000001");
        QVERIFY(writer.commit({textBody(customer, QStringLiteral("wamid.IN"), 1750000000)}).committed);
        const auto report = [&](const QString& agent, const QString& conversation, const QString& wamid,
                                const QString& clientId, const QJsonObject& content) -> QString {
            CommandRequest r = request(sync::CommandName::Outbound, conversation, agent);
            r.command.wamid = wamid;
            r.command.clientId = clientId;
            r.command.content = content;
            const LogWriter::Outcome out = writer.commit({r});
            if (!out.committed || out.results.size() != 1)
                return QStringLiteral("not committed: ") + out.error;
            return out.results[0].ok ? QStringLiteral("ok %1").arg(out.results[0].seq) : out.results[0].reason;
        };
        const QJsonObject text{{QStringLiteral("type"), QStringLiteral("text")},
                               {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}};
        const QString first =
            report(QStringLiteral("ana"), customer, QStringLiteral("wamid.O1"), QStringLiteral("c1"), text);
        QVERIFY2(first.startsWith(QLatin1String("ok ")), qPrintable(first));
        QCOMPARE(report(QStringLiteral("ana"), customer, QStringLiteral("wamid.O1"), QStringLiteral("c1"), text),
                 first);
        QCOMPARE(report(QStringLiteral("bo"), customer, QStringLiteral("wamid.O1"), QStringLiteral("c2"), text),
                 QStringLiteral("conflict"));
        QCOMPARE(report(QStringLiteral("bo"), customer, QStringLiteral("wamid.O2"), QStringLiteral("c1"), text),
                 QStringLiteral("conflict"));
        QCOMPARE(report(QStringLiteral("ana"), customer, QStringLiteral("wamid.IN"), QStringLiteral("c3"), text),
                 QStringLiteral("conflict"));
        QJsonObject huge = text;
        huge.insert(QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("body"), QString(65 * 1024, QLatin1Char('x'))}});
        QCOMPARE(report(QStringLiteral("ana"), customer, QStringLiteral("wamid.O4"), QStringLiteral("c4"), huge),
                 QStringLiteral("bad_command"));
        QCOMPARE(report(QStringLiteral("ana"), QStringLiteral("15550000009"), QStringLiteral("wamid.O5"),
                        QStringLiteral("c5"), text),
                 QStringLiteral("not_found"));
        const QJsonObject tmpl{
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), QStringLiteral("hi")}}}};
        QVERIFY(report(QStringLiteral("ana"), QStringLiteral("15550000009"), QStringLiteral("wamid.O6"),
                       QStringLiteral("c6"), tmpl)
                    .startsWith(QLatin1String("ok ")));
        QSqlDatabase db = probe.connection();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.O1' AND agent = 'ana'"
                                           " AND client_id = 'c1'")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.IN' AND agent IS NULL")),
                 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM log WHERE kind = 'outbound'")), 2);

        // An agent's assign to themself follows claim's rule; a supervisor's does not.
        QVERIFY(writer.commit({request(sync::CommandName::Claim, customer)}).results.value(0).ok);
        CommandRequest take = request(sync::CommandName::Assign, customer, QStringLiteral("bo"));
        take.command.agent = QStringLiteral("bo");
        QCOMPARE(writer.commit({take}).results.value(0).reason, QStringLiteral("conflict"));
        QString token;
        QVERIFY2(AgentRegistry(db).add(QStringLiteral("bo"), sync::Role::Agent, 1750000000, &token, &error),
                 qPrintable(error));
        take.role = sync::Role::Supervisor;
        QVERIFY(writer.commit({take}).results.value(0).ok);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE assignee = 'bo'")), 1);
    }

    void bodiesArrivingDuringACommitShareTheNextOne()
    {
        Database blocker;
        DatabaseLocation location;
        QVERIFY(openFresh(&blocker, &location));
        WebhookJournal journal(location, m_harness.clock, nullptr);
        QString error;
        QVERIFY2(journal.start(&error), qPrintable(error));
        QList<qint64> seqsSeen;
        connect(
            &journal, &WebhookJournal::committed, this,
            [&](const QList<LogEntry>& entries) {
                for (const LogEntry& e : entries)
                    seqsSeen << e.seq;
            },
            Qt::QueuedConnection);

        // Another writer holds the log lock, so the journal's first transaction waits for it.
        QSqlDatabase db = blocker.connection();
        QVERIFY(db.transaction());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("UPDATE log_head SET seq = seq WHERE id = 1")));

        std::atomic_int committed{0}, unavailable{0};
        const auto done = [&](WebhookSink::Outcome o) {
            ++(o == WebhookSink::Outcome::Committed ? committed : unavailable);
        };
        journal.accept(textBody(QStringLiteral("15550000000"), QStringLiteral("wamid.G0"), 1750000000), done);
        QTRY_COMPARE(journal.queuedCount(), 0); // taken by the database thread, which now waits
        constexpr int kMore = 99;
        for (int i = 1; i <= kMore; ++i)
            journal.accept(textBody(QStringLiteral("1555000%1").arg(i, 4, 10, QLatin1Char('0')),
                                    QStringLiteral("wamid.G%1").arg(i), 1750000000 + i),
                           done);
        QCOMPARE(journal.queuedCount(), kMore);
        QVERIFY(db.rollback());

        QTRY_COMPARE(committed.load(), kMore + 1);
        QCOMPARE(unavailable.load(), 0);
        QCOMPARE(journal.transactions(), 2);
        QTRY_COMPARE(seqsSeen.size(), kMore + 1);
        for (int i = 0; i < seqsSeen.size(); ++i)
            QCOMPARE(seqsSeen[i], i + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM log")), kMore + 1);
        journal.stop();
    }

    void teamEventsBuildTheTeamTables()
    {
        QString error;
        auto store = m_harness.openFresh(&error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(store->connection(), kBackend, &error), qPrintable(error));
        TeamApplier team(store->connection(), kBackend, store->applier());
        Event m;
        m.kind = EventKind::Message;
        m.contact = QStringLiteral("15551112222");
        m.wamid = QStringLiteral("wamid.IN");
        m.timestamp = 1750000000;
        m.type = QStringLiteral("text");
        m.text = QStringLiteral("hello");
        QVERIFY2(store->ingest({m}, &error), qPrintable(error));
        // A status for the agent's send arrives before the agent's report of it.
        Event st;
        st.kind = EventKind::Status;
        st.contact = m.contact;
        st.wamid = QStringLiteral("wamid.OUT");
        st.status = QStringLiteral("delivered");
        st.timestamp = 1750000005;
        QVERIFY2(store->ingest({st}, &error), qPrintable(error));

        const QString key = m.contact;
        const auto ev = [&](const char* json) {
            QJsonObject o = QJsonDocument::fromJson(json).object();
            o.insert(QStringLiteral("conversation"), key);
            return o;
        };
        QSqlDatabase db = store->connection();
        QVERIFY(db.transaction());
        QVERIFY(team.apply(1, 1750000001000, ev(R"({"kind":"assignment","agent":"ana","assignee":"ana"})"), &error));
        QVERIFY(team.apply(2, 1750000002000,
                           ev(R"({"kind":"status_change","agent":"ana","status":"snoozed","until":1750009999})"),
                           &error));
        QVERIFY(
            team.apply(3, 1750000003000, ev(R"({"kind":"label","agent":"ana","action":"add","label":"vip"})"), &error));
        QVERIFY(team.apply(4, 1750000003000, ev(R"({"kind":"label","agent":"ana","action":"add","label":"late"})"),
                           &error));
        QVERIFY(team.apply(5, 1750000003000, ev(R"({"kind":"label","agent":"ana","action":"remove","label":"late"})"),
                           &error));
        QVERIFY(team.apply(6, 1750000004000, ev(R"({"kind":"note","agent":"ana","text":"@bo look"})"), &error));
        QVERIFY(team.apply(7, 1750000004000,
                           ev(R"({"kind":"presence","agent":"ana","state":"composing","expires_at":1750000034000})"),
                           &error));
        QVERIFY2(
            team.apply(
                8, 1750000004000,
                ev(R"({"kind":"outbound","agent":"ana","wamid":"wamid.OUT","client_id":"c-1","content":{"type":"text","text":{"body":"hi there"}}})"),
                &error),
            qPrintable(error));
        QVERIFY(team.apply(9, 1750000004000, ev(R"({"kind":"read","agent":"ana","wamid":"wamid.IN"})"), &error));
        QVERIFY(team.apply(10, 1750000004000, ev(R"({"kind":"from_the_future","agent":"ana"})"), &error));
        QVERIFY(db.commit());

        const auto one = [&](const QString& sql) { return scalar(db, sql); };
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM conversations WHERE assignee = 'ana' AND status = 'snoozed'"
                                    " AND unread_count = 0")),
                 1);
        QCOMPARE(one(QStringLiteral("SELECT until FROM conversation_snoozes WHERE contact_key = '15551112222'")),
                 1750009999);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM conversation_labels WHERE contact_key = '15551112222'")), 1);
        QCOMPARE(one(QStringLiteral("SELECT seq FROM notes WHERE text = '@bo look'")), 6);
        QCOMPARE(one(QStringLiteral("SELECT expires_at FROM presence WHERE agent = 'ana'")), 1750000034000);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.OUT' AND origin = 'agent'"
                                    " AND body = 'hi there' AND status = 'delivered'")),
                 1);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM parked_events")), 0);
        QCOMPARE(one(QStringLiteral("SELECT seq FROM outbound_reports WHERE client_id = 'c-1'")), 8);

        // Status back to open clears the snooze; releasing clears the assignee.
        QVERIFY(db.transaction());
        QVERIFY(team.apply(11, 1750000005000, ev(R"({"kind":"status_change","agent":"ana","status":"open"})"), &error));
        QVERIFY(team.apply(12, 1750000005000, ev(R"({"kind":"assignment","agent":"ana","assignee":""})"), &error));
        QVERIFY(db.commit());
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM conversation_snoozes")), 0);
        QCOMPARE(one(QStringLiteral("SELECT count(*) FROM conversations WHERE assignee IS NULL AND status = 'open'")),
                 1);
    }

    /// The hub's templates (migration 2): a fetch replaces the list, a status webhook changes one
    /// template (or adds one the hub had not fetched), and a restart reads them back.
    void templatesAreReplacedAndUpdated()
    {
        Database db;
        DatabaseLocation location;
        QVERIFY(openFresh(&db, &location));
        QString error;
        QVERIFY2(HubSchema::prepare(db.connection(), db.backend(), &error), qPrintable(error));
        TemplateStore store(db.connection());
        const auto record = [](const char* name, const char* language, const char* status) {
            TemplateRecord t;
            t.id = QStringLiteral("1%1").arg(qHash(QLatin1String(name)) % 1000);
            t.name = QLatin1String(name);
            t.language = QLatin1String(language);
            t.category = QStringLiteral("UTILITY");
            t.status = QLatin1String(status);
            t.components = QJsonDocument::fromJson(R"([{"type":"BODY","text":"Hi {{1}}"}])").array();
            return t;
        };
        QVERIFY2(store.replaceAll({record("b", "en_US", "APPROVED"), record("a", "pt_BR", "PENDING"),
                                   record("a", "en_US", "APPROVED")},
                                  1750000000000, &error),
                 qPrintable(error));
        QList<TemplateRecord> loaded;
        qint64 fetchedAt = 0;
        QVERIFY2(store.load(&loaded, &fetchedAt, &error), qPrintable(error));
        QCOMPARE(fetchedAt, 1750000000000);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded.first().name + loaded.first().language, QStringLiteral("aen_US"));
        QCOMPARE(loaded.first().bodyText(), QStringLiteral("Hi {{1}}"));

        TemplateRecord paused = record("b", "en_US", "PAUSED");
        paused.category.clear(); // the webhook did not say: the stored category stays
        QVERIFY2(store.updateStatus(paused, 1750000001000, &error), qPrintable(error));
        QVERIFY2(store.updateStatus(record("c", "en_US", "APPROVED"), 1750000001000, &error), qPrintable(error));
        QVERIFY(store.load(&loaded, &fetchedAt, &error));
        QCOMPARE(loaded.size(), 4);
        QCOMPARE(loaded.at(2).status, QStringLiteral("PAUSED"));
        QCOMPARE(loaded.at(2).category, QStringLiteral("UTILITY"));
        QCOMPARE(loaded.at(2).bodyText(), QStringLiteral("Hi {{1}}")); // components kept
        QVERIFY(loaded.at(3).components.isEmpty());                    // not fetched yet

        QVERIFY(store.recordFetchError(QStringLiteral("error 190"), &error));
        QVERIFY(store.replaceAll({record("a", "en_US", "APPROVED")}, 1750000002000, &error)); // Meta lists one now
        QVERIFY(store.load(&loaded, &fetchedAt, &error));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(fetchedAt, 1750000002000);
    }
};

QTEST_GUILESS_MAIN(TestHubStore)
#include "TestHubStore.moc"
