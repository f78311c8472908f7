// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the store tests: fresh stores on the backend a test binary covers, events, snapshots.
#pragma once

#include "EventBuilders.h"
#include "FakeClock.h"
#include "PgServer.h"
#include "core/Event.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <random>

/// In initTestCase(): prepares `harness`, skipping the test when its backend is not installed here
/// (PostgreSQL's server binaries) and failing it on any other error.
#define DUET_INIT_STORE_HARNESS(harness)                                                                               \
    do {                                                                                                               \
        QString harnessError_;                                                                                         \
        bool harnessSkip_ = false;                                                                                     \
        if (!(harness).init(&harnessError_, &harnessSkip_)) {                                                          \
            if (harnessSkip_)                                                                                          \
                QSKIP(qPrintable(harnessError_));                                                                      \
            QFAIL(qPrintable(harnessError_));                                                                          \
        }                                                                                                              \
    } while (false)

namespace duet::test {

// The store tests are compiled twice: once for SQLite and, with DUET_TEST_POSTGRES, for PostgreSQL.
#ifdef DUET_TEST_POSTGRES
inline constexpr store::Backend kBackend = store::Backend::Postgres;
#else
inline constexpr store::Backend kBackend = store::Backend::Sqlite;
#endif

/// Hands out empty databases of the tested backend: a new SQLite file in a temporary directory,
/// or a new database on a PgServer. Call init() from initTestCase().
class StoreHarness
{
public:
    FakeClock clock;

    /// False when the backend cannot run here; *skip then says whether to QSKIP (PostgreSQL not
    /// installed) rather than fail.
    bool init(QString* error, bool* skip)
    {
        *skip = false;
        if (kBackend == store::Backend::Sqlite)
            return m_dir.isValid();
        if (!PgServer::isInstalled()) {
            *skip = true;
            *error = QString::fromLatin1(PgServer::notInstalledReason());
            return false;
        }
        return m_pg.start(error);
    }

    /// A --db argument for a new, empty database.
    QString freshDatabase(QString* error)
    {
        if (kBackend == store::Backend::Sqlite)
            return m_dir.filePath(QStringLiteral("store-%1.db").arg(m_count++));
        return m_pg.createDatabase(error);
    }

    /// A new store on a new database, schema ready.
    std::unique_ptr<store::Store> openFresh(QString* error)
    {
        const QString db = freshDatabase(error);
        if (db.isEmpty())
            return {};
        auto s = std::make_unique<store::Store>(clock);
        if (!s->open(db, error))
            return {};
        return s;
    }

    QString directory() const { return m_dir.path(); }

    /// Deletes every row, keeping the schema (cheaper than a new database between orders).
    static bool reset(store::Store& s)
    {
        QSqlQuery q(s.connection());
        for (const QString& t : store::Schema::tables()) {
            if (!q.exec(QStringLiteral("DELETE FROM ") + t))
                return false;
        }
        s.applier().discardCaches(); // rows went behind its back
        return true;
    }

    /// Every row of every table as sorted text (parked events without their id and time): two
    /// stores with equal snapshots hold the same facts. The dashboard's running totals are left
    /// out: they follow the messages in the order they arrived (docs/STORE.md, "Dashboard totals").
    static QStringList snapshot(store::Store& s)
    {
        QStringList out;
        QSqlDatabase db = s.connection();
        for (const QString& t : store::Schema::tables()) {
            if (t == QLatin1String("activity_hours") || t == QLatin1String("customer_turns"))
                continue;
            QString columns;
            const QSqlRecord rec = db.record(t);
            for (int i = 0; i < rec.count(); ++i) {
                const QString c = rec.fieldName(i);
                if (t == QLatin1String("parked_events") &&
                    (c == QLatin1String("id") || c == QLatin1String("parked_at")))
                    continue;
                if (c == QLatin1String("search"))
                    continue;
                columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + c;
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, t))) {
                out << QStringLiteral("query failed on ") + t;
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

private:
    QTemporaryDir m_dir;
    PgServer m_pg;
    int m_count = 0;
};

/// The orders a test applies its events in: every permutation of up to 4 events, else forward,
/// reverse and six seeded shuffles.
inline QList<QList<int>> arrivalOrders(int n)
{
    QList<int> base;
    for (int i = 0; i < n; ++i)
        base << i;
    QList<QList<int>> orders;
    if (n <= 4) {
        QList<int> p = base;
        do {
            orders << p;
        } while (std::next_permutation(p.begin(), p.end()));
        return orders;
    }
    orders << base;
    QList<int> rev = base;
    std::reverse(rev.begin(), rev.end());
    orders << rev;
    std::mt19937 rng(20260);
    for (int i = 0; i < 6; ++i) {
        QList<int> p = base;
        std::shuffle(p.begin(), p.end(), rng);
        orders << p;
    }
    return orders;
}

} // namespace duet::test
