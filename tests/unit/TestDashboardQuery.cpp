// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures and the conversations behind them, on a real store (SQLite and PostgreSQL).
#include "StoreHarness.h"
#include "store/DashboardQuery.h"
#include "store/Schema.h"
#include "store/TeamApplier.h"

#include <QJsonObject>
#include <QSqlError>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

namespace {

// An hour's start a little before kT0, so buckets of the fixed range are whole hours.
constexpr qint64 kH = kT0 - kT0 % 3600;
const QString kA = QStringLiteral("15550000111");
const QString kB = QStringLiteral("15550000222");
const QString kC = QStringLiteral("15550000333");
const QString kD = QStringLiteral("15550000444");

Event priced(const QString& wamid, qint64 ts, const QString& category, int billable)
{
    Event e = status(wamid, QStringLiteral("delivered"), ts);
    e.pricingCategory = category;
    e.pricingType = QStringLiteral("regular");
    e.billable = billable;
    if (billable < 0)
        e.pricingType.clear();
    return e;
}

} // namespace

class TestDashboardQuery : public QObject
{
    Q_OBJECT

private:
    StoreHarness m_harness;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TeamApplier> m_team;
    qint64 m_seq = 0;

    bool team(qint64 atSecs, const QJsonObject& event)
    {
        QString error;
        const bool ok = m_team->apply(++m_seq, atSecs * 1000, event, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    bool reply(const QString& contact, const QString& wamid, qint64 at)
    {
        return team(at, QJsonObject{{QStringLiteral("kind"), QStringLiteral("outbound")},
                                    {QStringLiteral("conversation"), contact},
                                    {QStringLiteral("agent"), QStringLiteral("ana")},
                                    {QStringLiteral("wamid"), wamid},
                                    {QStringLiteral("client_id"), wamid},
                                    {QStringLiteral("content"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("text"),
                                                  QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}}}});
    }
    bool ingest(const QList<Event>& events)
    {
        QString error;
        const bool ok = m_store->ingest(events, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    static DashboardRange threeHours() { return DashboardRange::fixed(kH, kH + 3 * 3600, 3600); }

private slots:
    void initTestCase()
    {
        DUET_INIT_STORE_HARNESS(m_harness);
        QString error;
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
        m_team = std::make_unique<TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
        // A: opens at +10 (a second message at +20 does not open again), ana replies after 60 s; opens
        //    again at the second hour's first second, the phone app answers after 1,000 s.
        // B: opens at the first hour's last second; nobody answers.
        // C: imported history in the first hour (not counted); opens exactly at the range's end.
        // D: an agent writes first (no turn); the send is priced twice.
        QVERIFY(ingest({customerMessage(QStringLiteral("wamid.a1"), kA, kH + 10, QStringLiteral("q")),
                        customerMessage(QStringLiteral("wamid.a2"), kA, kH + 20, QStringLiteral("q")),
                        history(QStringLiteral("wamid.c-hist"), kC, kH + 100, QStringLiteral("old"), false),
                        customerMessage(QStringLiteral("wamid.b1"), kB, kH + 3599, QStringLiteral("q"))}));
        QVERIFY(m_store->connection().transaction());
        QVERIFY(reply(kA, QStringLiteral("wamid.a-reply"), kH + 80));
        QVERIFY(reply(kD, QStringLiteral("wamid.d-send"), kH + 200));
        QVERIFY(team(kH, QJsonObject{{QStringLiteral("kind"), QStringLiteral("assignment")},
                                     {QStringLiteral("conversation"), kA},
                                     {QStringLiteral("agent"), QStringLiteral("ana")},
                                     {QStringLiteral("assignee"), QStringLiteral("ana")}}));
        QVERIFY(m_store->connection().commit());
        QVERIFY(ingest({customerMessage(QStringLiteral("wamid.a3"), kA, kH + 3600, QStringLiteral("q")),
                        echo(QStringLiteral("wamid.a-app"), kA, kH + 4600, QStringLiteral("from the app")),
                        customerMessage(QStringLiteral("wamid.c1"), kC, kH + 3 * 3600, QStringLiteral("q")),
                        priced(QStringLiteral("wamid.a-reply"), kH + 90, QStringLiteral("SERVICE"), 0),
                        priced(QStringLiteral("wamid.d-send"), kH + 210, QStringLiteral("marketing"), -1),
                        priced(QStringLiteral("wamid.d-send"), kH + 220, QStringLiteral("marketing"), 1)}));
        // A resolved 4,990 s after its first customer message.
        QVERIFY(m_store->connection().transaction());
        QVERIFY(team(kH + 5000, QJsonObject{{QStringLiteral("kind"), QStringLiteral("status_change")},
                                            {QStringLiteral("conversation"), kA},
                                            {QStringLiteral("agent"), QStringLiteral("ana")},
                                            {QStringLiteral("status"), QStringLiteral("resolved")}}));
        QVERIFY(m_store->connection().commit());
    }

    void rangesFollowTheClockInLocalTime_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("buckets");
        QTest::newRow("today by the hour") << int(DashboardPeriod::Today) << 24;
        QTest::newRow("7 days by the day") << int(DashboardPeriod::Week) << 7;
        QTest::newRow("30 days by the day") << int(DashboardPeriod::Month) << 30;
    }
    void rangesFollowTheClockInLocalTime()
    {
        QFETCH(int, period);
        QFETCH(int, buckets);
        FakeClock clock;
        clock.setMs(kT0 * 1000);
        const DashboardRange r = DashboardRange::of(DashboardPeriod(period), clock);
        const QDate today = QDateTime::fromSecsSinceEpoch(kT0).date();
        QCOMPARE(r.to, today.addDays(1).startOfDay().toSecsSinceEpoch());
        QCOMPARE(
            r.from,
            today.addDays(period == int(DashboardPeriod::Today) ? 0 : 1 - buckets).startOfDay().toSecsSinceEpoch());
        // A day of 23 or 25 hours (daylight saving) has as many hourly buckets.
        if (period != int(DashboardPeriod::Today))
            QCOMPARE(int(r.bucketStarts.size()), buckets);
        QCOMPARE(r.bucketOf(r.from), 0);
        QCOMPARE(r.bucketOf(r.to - 1), int(r.bucketStarts.size()) - 1);
        QCOMPARE(r.bucketOf(r.to), -1);
        QCOMPARE(r.bucketOf(r.from - 1), -1);
        QVERIFY(r.bucketOf(kT0) >= 0);
    }

    void volumeCountsEachBucketToItsLastSecond()
    {
        DashboardQuery q(m_store->connection());
        VolumeFigures v;
        QString error;
        QVERIFY2(q.volume(threeHours(), &v, &error), qPrintable(error));
        QCOMPARE(v.counts[int(VolumeSeries::Opened)], (QList<qint64>{2, 1, 0})); // A and B; A again; C is at the end
        QCOMPARE(v.counts[int(VolumeSeries::Customer)], (QList<qint64>{3, 1, 0}));
        QCOMPARE(v.counts[int(VolumeSeries::Agent)], (QList<qint64>{2, 0, 0}));
        QCOMPARE(v.counts[int(VolumeSeries::PhoneApp)], (QList<qint64>{0, 1, 0}));
        QCOMPARE(v.total(VolumeSeries::Customer), qint64(4)); // history left out
        // One more hour takes C's turn in.
        QVERIFY2(q.volume(DashboardRange::fixed(kH, kH + 4 * 3600, 3600), &v, &error), qPrintable(error));
        QCOMPARE(v.total(VolumeSeries::Opened), qint64(4));
        // Daily buckets sum the hours.
        QVERIFY2(q.volume(DashboardRange::fixed(kH, kH + 86400, 86400), &v, &error), qPrintable(error));
        QCOMPARE(v.counts[int(VolumeSeries::Customer)], (QList<qint64>{5}));
    }

    void theConversationsBehindAVolumeBar()
    {
        DashboardQuery q(m_store->connection());
        QStringList keys;
        QString error;
        QVERIFY2(q.volumeConversations(VolumeSeries::Opened, kH, kH + 3600, 100, &keys, &error), qPrintable(error));
        QCOMPARE(keys, (QStringList{kA, kB})); // the most recently active first
        QVERIFY2(q.volumeConversations(VolumeSeries::Customer, kH + 3600, kH + 7200, 100, &keys, &error),
                 qPrintable(error));
        QCOMPARE(keys, QStringList{kA});
        QVERIFY2(q.volumeConversations(VolumeSeries::Agent, kH, kH + 3600, 100, &keys, &error), qPrintable(error));
        QCOMPARE(keys.size(), 2);
        QVERIFY(keys.contains(kA) && keys.contains(kD));
        QVERIFY2(q.volumeConversations(VolumeSeries::PhoneApp, kH, kH + 3600, 100, &keys, &error), qPrintable(error));
        QVERIFY(keys.isEmpty());
        QVERIFY2(q.volumeConversations(VolumeSeries::Agent, kH, kH + 3600, 1, &keys, &error), qPrintable(error));
        QCOMPARE(keys.size(), 1); // the limit holds
    }

    void firstResponsesByBinAndTheTurnsStillWaiting()
    {
        DashboardQuery q(m_store->connection());
        FirstResponseFigures f;
        QString error;
        QVERIFY2(q.firstResponses(threeHours(), &f, &error), qPrintable(error));
        QCOMPARE(f.replied.bins, (QList<qint64>{0, 1, 0, 1, 0, 0, 0})); // 70 s by ana, 1,000 s by the app
        QCOMPARE(f.replied.count(), qint64(2));
        QCOMPARE(f.waiting, qint64(1)); // B
        QCOMPARE(f.replied.shareUnder(300), 0.5);
        QStringList keys;
        QVERIFY2(q.firstResponseConversations(kH, kH + 3 * 3600, 1, 100, &keys, &error), qPrintable(error));
        QCOMPARE(keys, QStringList{kA});
        QVERIFY2(q.firstResponseConversations(kH, kH + 3 * 3600, -1, 100, &keys, &error), qPrintable(error));
        QCOMPARE(keys, QStringList{kB});
        QVERIFY2(q.firstResponseConversations(kH, kH + 3 * 3600, 6, 100, &keys, &error), qPrintable(error));
        QVERIFY(keys.isEmpty());
        // The second hour alone holds A's second turn.
        QVERIFY2(q.firstResponses(DashboardRange::fixed(kH + 3600, kH + 7200, 3600), &f, &error), qPrintable(error));
        QCOMPARE(f.replied.bins, (QList<qint64>{0, 0, 0, 1, 0, 0, 0}));
        QCOMPARE(f.waiting, qint64(0));
    }

    void binsHaveTheirBounds()
    {
        QCOMPARE(binOf(0), 0);
        QCOMPARE(binOf(59), 0);
        QCOMPARE(binOf(60), 1);
        QCOMPARE(binOf(86399), 5);
        QCOMPARE(binOf(86400), 6);
        QCOMPARE(binUpper(6), qint64(-1));
        QCOMPARE(binLower(3), qint64(900));
    }

    void resolutionsWithTheirConversations()
    {
        DashboardQuery q(m_store->connection());
        DurationHistogram h;
        QList<QStringList> keys;
        QString error;
        QVERIFY2(q.resolutions(DashboardRange::fixed(kH, kH + 86400, 86400), &h, &keys, &error), qPrintable(error));
        QCOMPARE(h.count(), qint64(1));
        QCOMPARE(h.bins.at(4), qint64(1)); // 4,990 s
        QCOMPARE(keys.at(4), QStringList{kA});
        // A period that ends before the resolution has none.
        QVERIFY2(q.resolutions(DashboardRange::fixed(kH, kH + 5000, 3600), &h, &keys, &error), qPrintable(error));
        QCOMPARE(h.count(), qint64(0));
    }

    void costsByCategoryFollowTheirLatestPrice()
    {
        DashboardQuery q(m_store->connection());
        CostSummary s;
        QString error;
        QVERIFY2(q.costs(threeHours(), &s, &error), qPrintable(error));
        QCOMPARE(s.categories.size(), 2);
        QCOMPARE(s.total.billable, 1);
        QCOMPARE(s.total.free, 1);
        QCOMPARE(s.total.unknown, 0); // D's first status said nothing of billing; its second did
        // The same figures as CostQuery reads from the messages.
        CostSummary direct;
        QVERIFY2(CostQuery::summary(m_store->connection(), kH, kH + 3 * 3600, &direct, &error), qPrintable(error));
        QCOMPARE(direct.total.billable, s.total.billable);
        QCOMPARE(direct.total.free, s.total.free);
        for (int i = 0; i < s.categories.size(); ++i) {
            QCOMPARE(s.categories.at(i).category, direct.categories.at(i).category);
            QCOMPARE(s.categories.at(i).total(), direct.categories.at(i).total());
        }
        QStringList keys;
        QVERIFY2(q.costConversations(QStringLiteral("marketing"), kH, kH + 3600, 100, &keys, &error),
                 qPrintable(error));
        QCOMPARE(keys, QStringList{kD});
        QVERIFY2(q.costs(DashboardRange::fixed(kH + 3600, kH + 7200, 3600), &s, &error), qPrintable(error));
        QCOMPARE(s.total.total(), 0);
    }

    void agentsAndTheirConversations()
    {
        DashboardQuery q(m_store->connection());
        QStringList keys;
        QString error;
        QVERIFY2(q.agentConversations(QStringLiteral("ana"), 100, &keys, &error), qPrintable(error));
        QVERIFY(keys.isEmpty()); // A is resolved
        QList<DashboardConversation> rows;
        QVERIFY2(q.describe({kB, QStringLiteral("unknown"), kA}, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).contactKey, kB);
        QCOMPARE(rows.at(1).contactKey, kA);
        QCOMPARE(rows.at(1).assignee, QStringLiteral("ana"));
        QVERIFY(!rows.at(0).displayName.isEmpty());
    }

    void aStoreFilledBeforeTheTotalsGetsTheSameFigures()
    {
        // What the migration does to a store that already holds messages: the totals rebuilt from
        // the messages equal those the write path kept.
        DashboardQuery q(m_store->connection());
        const DashboardRange range = DashboardRange::fixed(kH, kH + 4 * 3600, 3600);
        VolumeFigures liveVolume, rebuiltVolume;
        FirstResponseFigures liveReplies, rebuiltReplies;
        CostSummary liveCosts, rebuiltCosts;
        QString error;
        QVERIFY2(q.volume(range, &liveVolume, &error), qPrintable(error));
        QVERIFY2(q.firstResponses(range, &liveReplies, &error), qPrintable(error));
        QVERIFY2(q.costs(range, &liveCosts, &error), qPrintable(error));
        QVERIFY(m_store->connection().transaction());
        QSqlQuery sql(m_store->connection());
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM activity_hours")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM customer_turns")));
        for (const QString& statement : Schema::dashboardBackfill())
            QVERIFY2(sql.exec(statement), qPrintable(sql.lastError().text()));
        QVERIFY(m_store->connection().commit());
        QVERIFY2(q.volume(range, &rebuiltVolume, &error), qPrintable(error));
        QVERIFY2(q.firstResponses(range, &rebuiltReplies, &error), qPrintable(error));
        QVERIFY2(q.costs(range, &rebuiltCosts, &error), qPrintable(error));
        for (int s = 0; s < kVolumeSeriesCount; ++s)
            QCOMPARE(rebuiltVolume.counts[s], liveVolume.counts[s]);
        QCOMPARE(rebuiltReplies.replied.bins, liveReplies.replied.bins);
        QCOMPARE(rebuiltReplies.waiting, liveReplies.waiting);
        QCOMPARE(rebuiltCosts.total.billable, liveCosts.total.billable);
        QCOMPARE(rebuiltCosts.total.free, liveCosts.total.free);
    }
};

QTEST_GUILESS_MAIN(TestDashboardQuery)
#include "TestDashboardQuery.moc"
