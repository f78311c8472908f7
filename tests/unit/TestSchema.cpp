// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreHarness.h"
#include "store/Database.h"
#include "store/Schema.h"

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

    static QStringList rows(QSqlDatabase db, const QString& sql)
    {
        QStringList out;
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {QStringLiteral("FAILED: ") + sql + QStringLiteral(": ") + q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    /// The schema as comparable text: columns (in order, with types, nullability, defaults and keys),
    /// indexes with their columns, triggers and constraints.
    static QStringList describe(QSqlDatabase db)
    {
        QStringList out;
        if (kBackend == Backend::Sqlite) {
            const QStringList tables =
                rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            for (const QString& t : tables) {
                for (const QString& c : rows(db, QStringLiteral("PRAGMA table_info(%1)").arg(t)))
                    out << QStringLiteral("column ") + t + QLatin1Char('|') + c;
            }
            for (const QString& i :
                 rows(db,
                      QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' ORDER BY name"))) {
                const QString name = i.section(QLatin1Char('|'), 0, 0);
                out << QStringLiteral("index ") + i + QLatin1Char('|') +
                           rows(db, QStringLiteral("PRAGMA index_xinfo(%1)").arg(name)).join(QLatin1Char(';'));
            }
            out << rows(db, QStringLiteral("SELECT 'sql ' || type || ' ' || name || ' ' || sql FROM sqlite_master"
                                           " WHERE type IN ('trigger', 'view') OR sql LIKE 'CREATE VIRTUAL%'"
                                           " ORDER BY name"));
        } else {
            out << rows(db, QStringLiteral(
                                "SELECT 'column', table_name, ordinal_position, column_name, data_type, is_nullable,"
                                " column_default, is_generated, generation_expression FROM information_schema.columns"
                                " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"));
            out << rows(db, QStringLiteral("SELECT 'index', tablename, indexname, indexdef FROM pg_indexes"
                                           " WHERE schemaname = 'public' ORDER BY indexname"));
            out << rows(db,
                        QStringLiteral(
                            "SELECT 'constraint', c.table_name, c.constraint_name, c.constraint_type,"
                            " COALESCE(k.check_clause, '') FROM information_schema.table_constraints c"
                            " LEFT JOIN information_schema.check_constraints k ON k.constraint_name ="
                            " c.constraint_name WHERE c.table_schema = 'public'"
                            " AND c.constraint_name NOT LIKE '%_not_null' ORDER BY c.table_name, c.constraint_name"));
            out << rows(db, QStringLiteral("SELECT 'sequence', sequence_name FROM information_schema.sequences"
                                           " WHERE sequence_schema = 'public' ORDER BY sequence_name"));
        }
        return out;
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
        const QStringList a = describe(migrated.connection());
        const QStringList b = describe(fresh.connection());
        QVERIFY(a.size() > 40);
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            QCOMPARE(a[i], b[i]);
        QCOMPARE(a.size(), b.size());
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
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        QVERIFY(!Schema::prepare(db.connection(), kBackend, &error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "TestSchema.moc"
