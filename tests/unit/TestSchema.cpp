// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaDescription.h"
#include "StoreHarness.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/TeamSchema.h"

#include <QSqlError>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

/// Schema: a database built through every migration equals one built fresh; migrations keep
/// data and refuse a database newer than the program.
class TestSchema : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;

    bool openEmpty(Database* db)
    {
        QString error;
        const QString where = m_harness.freshDatabase(&error);
        DatabaseLocation location;
        if (where.isEmpty() || !DatabaseLocation::parse(where, &location, &error) || !db->open(location, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    static QStringList describe(QSqlDatabase db) { return describeSchema(db, kBackend); }

    /// Fails with the first difference when the two databases' schemas differ.
    static bool sameSchema(QSqlDatabase a, QSqlDatabase b)
    {
        const QString diff = schemaDifference(describe(a), describe(b));
        if (!diff.isEmpty())
            qWarning("schemas differ at %s", qPrintable(diff));
        return diff.isEmpty();
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }

    void everyMigrationEqualsFresh()
    {
        Database migrated;
        Database fresh;
        QVERIFY(openEmpty(&migrated));
        QVERIFY(openEmpty(&fresh));
        QString error;
        QVERIFY2(Schema::migrateTo(migrated.connection(), kBackend, Schema::latestVersion(), &error),
                 qPrintable(error));
        QVERIFY2(Schema::createFresh(fresh.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(Schema::version(migrated.connection(), &error), Schema::latestVersion());
        QCOMPARE(Schema::version(fresh.connection(), &error), Schema::latestVersion());
        QVERIFY(describe(migrated.connection()).size() > 40);
        QVERIFY(sameSchema(migrated.connection(), fresh.connection()));
    }

    void aDatabaseFromBeforeSchemaVersionsUpgrades()
    {
        // Version 1 as older Duet wrote it (its version in the table schema_version), with a row.
        Database legacy, fresh;
        QVERIFY(openEmpty(&legacy));
        QVERIFY(openEmpty(&fresh));
        QString error;
        QVERIFY2(buildLegacyDatabase(legacy.connection(), Schema::definition(kBackend), 1, &error), qPrintable(error));
        QSqlQuery q(legacy.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO conversations (contact_key, last_activity_at) VALUES ('1', 5)")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(Schema::version(legacy.connection(), &error), 1);
        QVERIFY2(Schema::prepare(legacy.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(Schema::version(legacy.connection(), &error), Schema::latestVersion());
        QVERIFY(!Schema::hasTable(legacy.connection(), QStringLiteral("schema_version")));
        QVERIFY2(Schema::prepare(fresh.connection(), kBackend, &error), qPrintable(error));
        QVERIFY(sameSchema(legacy.connection(), fresh.connection()));
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM conversations WHERE contact_key = '1'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("open"));
    }

    void teamTablesFromVersionOneEqualFresh()
    {
        // The team tables at version 1 as older Duet wrote them (team_schema_version), upgraded,
        // equal the team tables built on an empty store.
        Database legacy, fresh;
        QVERIFY(openEmpty(&legacy));
        QVERIFY(openEmpty(&fresh));
        QString error;
        QVERIFY2(Schema::prepare(legacy.connection(), kBackend, &error), qPrintable(error));
        QVERIFY2(buildLegacyDatabase(legacy.connection(), TeamSchema::definition(kBackend), 1, &error),
                 qPrintable(error));
        QCOMPARE(TeamSchema::version(legacy.connection(), &error), 1);
        QVERIFY2(TeamSchema::prepare(legacy.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(TeamSchema::version(legacy.connection(), &error), TeamSchema::latestVersion());
        QVERIFY(!Schema::hasTable(legacy.connection(), QStringLiteral("team_schema_version")));
        QVERIFY2(Schema::prepare(fresh.connection(), kBackend, &error), qPrintable(error));
        QVERIFY2(TeamSchema::prepare(fresh.connection(), kBackend, &error), qPrintable(error));
        QVERIFY(Schema::hasTable(fresh.connection(), QStringLiteral("sync_requests")));
        QVERIFY(sameSchema(legacy.connection(), fresh.connection()));
        // Step by step from an empty store too.
        Database stepped;
        QVERIFY(openEmpty(&stepped));
        QVERIFY2(Schema::prepare(stepped.connection(), kBackend, &error), qPrintable(error));
        QVERIFY2(MigrationRunner(stepped.connection(), kBackend, TeamSchema::definition(kBackend)).migrateTo(1, &error),
                 qPrintable(error));
        QVERIFY2(TeamSchema::prepare(stepped.connection(), kBackend, &error), qPrintable(error));
        QVERIFY(sameSchema(stepped.connection(), fresh.connection()));
    }

    void migrationsKeepData()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY2(Schema::migrateTo(db.connection(), kBackend, 1, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO conversations (contact_key, last_activity_at) VALUES ('1', 5)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO messages (wamid, contact_key, outbound, origin, live, in_history,"
                                       " ts, type, body) VALUES ('w', '1', 0, 'customer', 1, 0, 5, 'text',"
                                       " 'findable words')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(Schema::prepare(db.connection(), kBackend, &error), qPrintable(error));
        QCOMPARE(Schema::version(db.connection(), &error), Schema::latestVersion());
        QVERIFY(q.exec(QStringLiteral("SELECT status, unread_count FROM conversations")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("open"));
        QCOMPARE(q.value(1).toInt(), 0);
        // Search covers rows that existed before it did.
        const QString search =
            kBackend == Backend::Sqlite
                ? QStringLiteral("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'findable'")
                : QStringLiteral("SELECT COUNT(*) FROM messages WHERE search @@ "
                                 "plainto_tsquery('simple', 'findable')");
        QVERIFY2(q.exec(search), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void phoneAppActivityIsReadFromWhatTheStoreHolds()
    {
        // Migration 6 fills accounts.app_active_at from the phone app's messages (per number) and
        // its address-book changes (which name no number).
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY2(Schema::migrateTo(db.connection(), kBackend, 5, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        const QStringList rows = {
            QStringLiteral("INSERT INTO messages (wamid, contact_key, phone_number_id, outbound, origin, live,"
                           " in_history, ts, type, body) VALUES ('e1', '1', '106', 1, 'app', 1, 0, 100, 'text', 'a')"),
            QStringLiteral("INSERT INTO messages (wamid, contact_key, phone_number_id, outbound, origin, live,"
                           " in_history, ts, type, body) VALUES ('e2', '1', '106', 1, 'app', 1, 0, 90, 'text', 'b')"),
            QStringLiteral("INSERT INTO messages (wamid, contact_key, phone_number_id, outbound, origin, live,"
                           " in_history, ts, type, body) VALUES ('c1', '1', '106', 0, 'customer', 1, 0, 500, 'text',"
                           " 'c')"),
            QStringLiteral("INSERT INTO messages (wamid, contact_key, outbound, origin, live, in_history, ts, type,"
                           " body) VALUES ('e3', '1', 1, 'app', 1, 0, 50, 'text', 'd')"),
            QStringLiteral("INSERT INTO contacts (contact_key, book_name, book_at) VALUES ('1', 'Ana', 200)"),
            QStringLiteral("INSERT INTO accounts (phone_number_id, connection_state, last_event, event_at)"
                           " VALUES ('', 'partner_removed', 'PARTNER_REMOVED', 300)"),
        };
        for (const QString& sql : rows)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY2(Schema::prepare(db.connection(), kBackend, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT phone_number_id, app_active_at, connection_state FROM accounts"
                                      " ORDER BY phone_number_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toLongLong(), 200); // the address book's change beats the echo without a number
        QCOMPARE(q.value(2).toString(), QStringLiteral("partner_removed"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("106"));
        QCOMPARE(q.value(1).toLongLong(), 100); // the latest echo; the customer's message does not count
        QVERIFY(!q.next());
    }

    void preparingTwiceChangesNothing()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY(Schema::prepare(db.connection(), kBackend, &error));
        const QStringList before = describe(db.connection());
        QVERIFY(Schema::prepare(db.connection(), kBackend, &error));
        QCOMPARE(describe(db.connection()), before);
    }

    void aNewerDatabaseIsRefused()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY(Schema::prepare(db.connection(), kBackend, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_versions SET version = 999 WHERE name = 'store'")));
        QVERIFY(!Schema::prepare(db.connection(), kBackend, &error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
