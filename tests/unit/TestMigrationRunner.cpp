// SPDX-License-Identifier: GPL-3.0-or-later
// MigrationRunner on SQLite and (compiled with DUET_TEST_POSTGRES) on a real PostgreSQL: failed
// steps change nothing, newer and unreadable databases are refused, legacy versions carry over,
// and two runners starting at once migrate once.
#include "SchemaDescription.h"
#include "StoreHarness.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QSqlError>

#include <thread>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

namespace {

/// Three steps: a table, a row, a column. Each statement is plain SQL both backends speak.
SchemaDefinition sample()
{
    SchemaDefinition d;
    d.name = QStringLiteral("sample");
    d.legacyTable = QStringLiteral("sample_version");
    d.steps << MigrationStep{{QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")}, {}};
    d.steps << MigrationStep{{QStringLiteral("INSERT INTO things (id, name) VALUES (1, 'first')")}, {}};
    d.steps << MigrationStep{{QStringLiteral("ALTER TABLE things ADD COLUMN note TEXT NOT NULL DEFAULT ''")}, {}};
    return d;
}

} // namespace

class TestMigrationRunner : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;

    bool openEmpty(Database* db, QString* where = nullptr)
    {
        QString error;
        const QString url = m_harness.freshDatabase(&error);
        DatabaseLocation location;
        if (url.isEmpty() || !DatabaseLocation::parse(url, &location, &error) || !db->open(location, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (where)
            *where = url;
        return true;
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }

    void anEmptyDatabaseGetsTheLatestVersion()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        MigrationRunner runner(db.connection(), kBackend, sample());
        QString error;
        QCOMPARE(runner.version(&error), 0);
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        QCOMPARE(runner.version(&error), 3);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT version FROM schema_versions WHERE name = 'sample'")),
                 3);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM things")), 1);
        // Preparing again changes nothing.
        const QStringList before = describeSchema(db.connection(), kBackend);
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        QCOMPARE(describeSchema(db.connection(), kBackend), before);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM things")), 1);
    }

    void stepByStepEqualsFresh()
    {
        Database stepped, fresh;
        QVERIFY(openEmpty(&stepped));
        QVERIFY(openEmpty(&fresh));
        QString error;
        MigrationRunner a(stepped.connection(), kBackend, sample());
        QVERIFY2(a.migrateTo(1, &error), qPrintable(error));
        QCOMPARE(a.version(&error), 1);
        QVERIFY2(a.prepare(&error), qPrintable(error));
        QVERIFY2(MigrationRunner(fresh.connection(), kBackend, sample()).createFresh(&error), qPrintable(error));
        const QString diff = schemaDifference(describeSchema(stepped.connection(), kBackend),
                                              describeSchema(fresh.connection(), kBackend));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The comparison sees a column one of them lacks.
        QSqlQuery q(fresh.connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE things ADD COLUMN extra INTEGER")));
        QVERIFY(!schemaDifference(describeSchema(stepped.connection(), kBackend),
                                  describeSchema(fresh.connection(), kBackend))
                     .isEmpty());
    }

    void aFailingStepChangesNothing()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY2(MigrationRunner(db.connection(), kBackend, sample()).migrateTo(2, &error), qPrintable(error));
        SchemaDefinition broken = sample();
        broken.steps[2].statements = {QStringLiteral("ALTER TABLE things ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
                                      QStringLiteral("UPDATE things SET name = 'changed'"),
                                      QStringLiteral("INSERT INTO no_such_table VALUES (1)")};
        MigrationRunner runner(db.connection(), kBackend, broken);
        QVERIFY(!runner.prepare(&error));
        // The error names the schema, the step and what the database said.
        QVERIFY2(error.contains(QLatin1String("schema sample")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("step 3")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
        QCOMPARE(runner.version(&error), 2);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM things")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("first"));
        QVERIFY(!db.connection().record(QStringLiteral("things")).contains(QStringLiteral("note")));
        // Mended, the same database upgrades.
        QVERIFY2(MigrationRunner(db.connection(), kBackend, sample()).prepare(&error), qPrintable(error));
        QCOMPARE(MigrationRunner(db.connection(), kBackend, sample()).version(&error), 3);
    }

    void aFailingDataMoveChangesNothing()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY2(MigrationRunner(db.connection(), kBackend, sample()).migrateTo(2, &error), qPrintable(error));
        SchemaDefinition broken = sample();
        broken.steps[2].apply = [](QSqlDatabase conn, QString* why) {
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("UPDATE things SET note = 'moved'"))) {
                *why = q.lastError().text();
                return false;
            }
            *why = QStringLiteral("the data move found a row it cannot read");
            return false;
        };
        QVERIFY(!MigrationRunner(db.connection(), kBackend, broken).prepare(&error));
        QVERIFY2(error.contains(QLatin1String("step 3")) && error.contains(QLatin1String("cannot read")),
                 qPrintable(error));
        QCOMPARE(MigrationRunner(db.connection(), kBackend, sample()).version(&error), 2);
        QVERIFY(!db.connection().record(QStringLiteral("things")).contains(QStringLiteral("note")));
    }

    void aFreshBuildThatFailsLeavesAnEmptyDatabase()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        SchemaDefinition broken = sample();
        broken.steps[1].statements = {QStringLiteral("INSERT INTO things (id, name) VALUES (1, NULL)")};
        QString error;
        QVERIFY(!MigrationRunner(db.connection(), kBackend, broken).prepare(&error));
        QVERIFY2(error.contains(QLatin1String("schema sample, fresh build")), qPrintable(error));
        QVERIFY2(!db.connection().tables().contains(QStringLiteral("things")),
                 qPrintable(db.connection().tables().join(QLatin1Char(','))));
        QCOMPARE(MigrationRunner(db.connection(), kBackend, sample()).version(&error), 0);
    }

    void aNewerDatabaseIsRefused()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY2(MigrationRunner(db.connection(), kBackend, sample()).prepare(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_versions SET version = 7 WHERE name = 'sample'")));
        const QStringList before = describeSchema(db.connection(), kBackend);
        QVERIFY(!MigrationRunner(db.connection(), kBackend, sample()).prepare(&error));
        QVERIFY2(error.contains(QLatin1String("schema sample")) && error.contains(QLatin1String("version 7")) &&
                     error.contains(QLatin1String("newer than this program's 3")),
                 qPrintable(error));
        QCOMPARE(describeSchema(db.connection(), kBackend), before);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT version FROM schema_versions WHERE name = 'sample'")),
                 7);
    }

    void anUnreadableVersionIsRefused()
    {
        // A legacy version table without its row: the runner does not guess a version.
        Database db;
        QVERIFY(openEmpty(&db));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE sample_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
        MigrationRunner runner(db.connection(), kBackend, sample());
        QString error;
        QCOMPARE(runner.version(&error), -1);
        QVERIFY(!runner.prepare(&error));
        QVERIFY2(error.contains(QLatin1String("schema sample")) && error.contains(QLatin1String("sample_version")),
                 qPrintable(error));
        QVERIFY(db.connection().tables().contains(QStringLiteral("sample_version")));
        QVERIFY(!db.connection().tables().contains(QStringLiteral("schema_versions")));
        // A version that is not a number is refused too.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sample_version (version) VALUES (1)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_versions (name TEXT PRIMARY KEY, version TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_versions (name, version) VALUES ('sample', 'two')")));
        QVERIFY(!runner.prepare(&error));
        QVERIFY2(error.contains(QLatin1String("not a version number")), qPrintable(error));
    }

    void aLegacyVersionIsCarriedOnce()
    {
        Database legacy, fresh;
        QVERIFY(openEmpty(&legacy));
        QVERIFY(openEmpty(&fresh));
        QString error;
        QVERIFY2(buildLegacyDatabase(legacy.connection(), sample(), 2, &error), qPrintable(error));
        MigrationRunner runner(legacy.connection(), kBackend, sample());
        QCOMPARE(runner.version(&error), 2);
        QVERIFY2(runner.prepare(&error), qPrintable(error));
        QCOMPARE(runner.version(&error), 3);
        QVERIFY(!legacy.connection().tables().contains(QStringLiteral("sample_version")));
        // Step 2's row was not inserted twice: the legacy version counted.
        QCOMPARE(scalar(legacy.connection(), QStringLiteral("SELECT count(*) FROM things")), 1);
        QVERIFY2(MigrationRunner(fresh.connection(), kBackend, sample()).prepare(&error), qPrintable(error));
        const QString diff = schemaDifference(describeSchema(legacy.connection(), kBackend),
                                              describeSchema(fresh.connection(), kBackend));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aNewerLegacyVersionIsRefusedUntouched()
    {
        Database db;
        QVERIFY(openEmpty(&db));
        QString error;
        QVERIFY2(buildLegacyDatabase(db.connection(), sample(), 3, &error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE sample_version SET version = 9")));
        QVERIFY(!MigrationRunner(db.connection(), kBackend, sample()).prepare(&error));
        QVERIFY2(error.contains(QLatin1String("version 9")), qPrintable(error));
        QVERIFY(db.connection().tables().contains(QStringLiteral("sample_version")));
    }

    void twoRunnersAtOnceMigrateOnce()
    {
        if (kBackend != Backend::Postgres)
            QSKIP("the advisory lock is PostgreSQL's; a SQLite file has one writer");
        Database holder;
        QString url;
        QVERIFY(openEmpty(&holder, &url));
        DatabaseLocation location;
        QString error;
        QVERIFY(DatabaseLocation::parse(url, &location, &error));
        // Every run of step 1 leaves a row: migrating twice would show two (or fail on the table).
        SchemaDefinition counted = sample();
        counted.steps[0].statements << QStringLiteral("CREATE TABLE runs (n INTEGER NOT NULL)");
        counted.steps[0].statements << QStringLiteral("INSERT INTO runs (n) VALUES (1)");
        // Hold the lock so that both runners start and wait; release it once both are waiting.
        QSqlQuery q(holder.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationRunner::lockKey())));
        bool ok[2] = {false, false};
        QString errors[2];
        auto run = [&](int i) {
            Database db;
            if (!db.open(location, &errors[i]))
                return;
            ok[i] = MigrationRunner(db.connection(), Backend::Postgres, counted).prepare(&errors[i]);
        };
        std::thread first(run, 0);
        std::thread second(run, 1);
        const QString waiting =
            QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                           " AND objid = %1")
                .arg(MigrationRunner::lockKey());
        QTRY_COMPARE_WITH_TIMEOUT(scalar(holder.connection(), waiting), 2, 60000);
        QVERIFY(q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationRunner::lockKey())));
        first.join();
        second.join();
        QVERIFY2(ok[0], qPrintable(errors[0]));
        QVERIFY2(ok[1], qPrintable(errors[1]));
        QCOMPARE(scalar(holder.connection(), QStringLiteral("SELECT count(*) FROM runs")), 1);
        QCOMPARE(
            scalar(holder.connection(), QStringLiteral("SELECT version FROM schema_versions WHERE name = 'sample'")),
            3);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "TestMigrationRunner.moc"
