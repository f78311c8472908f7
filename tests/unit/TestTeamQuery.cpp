// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's figures on a real store (SQLite, and PostgreSQL when compiled for it).
#include "StoreHarness.h"
#include "store/ConversationQuery.h"
#include "store/TeamApplier.h"
#include "store/TeamQuery.h"

#include <QJsonObject>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

class TestTeamQuery : public QObject
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
    bool reply(const QString& contact, const QString& agent, qint64 at)
    {
        const QString id = QStringLiteral("wamid.out-%1").arg(m_seq + 1);
        return team(at, QJsonObject{{QStringLiteral("kind"), QStringLiteral("outbound")},
                                    {QStringLiteral("conversation"), contact},
                                    {QStringLiteral("agent"), agent},
                                    {QStringLiteral("wamid"), id},
                                    {QStringLiteral("client_id"), id},
                                    {QStringLiteral("content"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("text"),
                                                  QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}}}});
    }
    bool setStatus(const QString& contact, const QString& status, qint64 at)
    {
        return team(at, QJsonObject{{QStringLiteral("kind"), QStringLiteral("status_change")},
                                    {QStringLiteral("conversation"), contact},
                                    {QStringLiteral("agent"), QStringLiteral("ana")},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("until"), double(kT0 + 99999)}});
    }
    bool assign(const QString& contact, const QString& agent)
    {
        return team(kT0, QJsonObject{{QStringLiteral("kind"), QStringLiteral("assignment")},
                                     {QStringLiteral("conversation"), contact},
                                     {QStringLiteral("agent"), QStringLiteral("ana")},
                                     {QStringLiteral("assignee"), agent}});
    }
    bool label(const QString& contact, const QString& name)
    {
        return team(kT0, QJsonObject{{QStringLiteral("kind"), QStringLiteral("label")},
                                     {QStringLiteral("conversation"), contact},
                                     {QStringLiteral("agent"), QStringLiteral("ana")},
                                     {QStringLiteral("action"), QStringLiteral("add")},
                                     {QStringLiteral("label"), name}});
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
        const QString a = QStringLiteral("15550000111"), b = QStringLiteral("15550000222"),
                      c = QStringLiteral("15550000333");
        // A: answered by ana after 60 s; a second turn (two messages) answered from the phone app after 300 s.
        // B: answered by ana after 1000 s; a second turn not answered yet.
        // C: imported history does not count as a reply; bo answers after 120 s.
        QVERIFY2(m_store->ingest({customerMessage(QStringLiteral("wamid.a1"), a, kT0, QStringLiteral("q")),
                                  customerMessage(QStringLiteral("wamid.b1"), b, kT0 + 10, QStringLiteral("q")),
                                  customerMessage(QStringLiteral("wamid.c1"), c, kT0 + 50, QStringLiteral("q")),
                                  history(QStringLiteral("wamid.c-hist"), c, kT0 + 55, QStringLiteral("old"), true),
                                  customerMessage(QStringLiteral("wamid.a2"), a, kT0 + 100, QStringLiteral("q")),
                                  customerMessage(QStringLiteral("wamid.a3"), a, kT0 + 130, QStringLiteral("q")),
                                  echo(QStringLiteral("wamid.a-app"), a, kT0 + 400, QStringLiteral("from the app")),
                                  customerMessage(QStringLiteral("wamid.a4"), a, kT0 + 700, QStringLiteral("q")),
                                  customerMessage(QStringLiteral("wamid.b2"), b, kT0 + 2000, QStringLiteral("q"))},
                                 &error),
                 qPrintable(error));
        QVERIFY(m_store->connection().transaction());
        QVERIFY(reply(a, QStringLiteral("ana"), kT0 + 60));
        QVERIFY(reply(b, QStringLiteral("ana"), kT0 + 1010));
        QVERIFY(reply(c, QStringLiteral("bo"), kT0 + 170));
        QVERIFY(assign(a, QStringLiteral("ana")) && assign(b, QStringLiteral("ana")) &&
                assign(c, QStringLiteral("bo")));
        // A resolved after 500 s, reopened, the customer writes again at +700, resolved at +1000 (300 s).
        QVERIFY(setStatus(a, QStringLiteral("resolved"), kT0 + 500));
        QVERIFY(setStatus(a, QStringLiteral("open"), kT0 + 600));
        QVERIFY(setStatus(a, QStringLiteral("resolved"), kT0 + 1000));
        QVERIFY(setStatus(b, QStringLiteral("pending"), kT0 + 1100));
        QVERIFY(setStatus(c, QStringLiteral("snoozed"), kT0 + 1200));
        QVERIFY(label(a, QStringLiteral("vip")) && label(b, QStringLiteral("billing")) &&
                label(c, QStringLiteral("vip")));
        QVERIFY(m_store->connection().commit());
    }

    void percentilesAreNearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p90");
        QTest::newRow("nothing measured gives zeros") << QList<qint64>{} << qint64(0) << qint64(0);
        QTest::newRow("one value is every percentile") << QList<qint64>{42} << qint64(42) << qint64(42);
        QTest::newRow("four values, unsorted") << QList<qint64>{1000, 60, 300, 120} << qint64(120) << qint64(1000);
        QTest::newRow("ten values: p90 is the ninth")
            << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << qint64(5) << qint64(9);
    }
    void percentilesAreNearestRank()
    {
        QFETCH(QList<qint64>, values);
        const DurationFigures f = DurationFigures::of(values);
        QCOMPARE(f.count, int(values.size()));
        QFETCH(qint64, median);
        QFETCH(qint64, p90);
        QCOMPARE(f.medianSecs, median);
        QCOMPARE(f.p90Secs, p90);
    }

    void firstResponsesCountEachCustomerTurnOnce()
    {
        TeamQuery q(m_store->connection());
        ResponseFigures f;
        QString error;
        QVERIFY2(q.responseTimes(kT0, kT0 + 7 * 86400, &f, &error), qPrintable(error));
        QCOMPARE(f.all.count, 4); // 60, 300 (app), 1000, 120
        QCOMPARE(f.all.medianSecs, qint64(120));
        QCOMPARE(f.all.p90Secs, qint64(1000));
        QCOMPARE(f.phoneApp.count, 1);
        QCOMPARE(f.phoneApp.medianSecs, qint64(300));
        QCOMPARE(f.byAgent.value(QStringLiteral("ana")).count, 2);
        QCOMPARE(f.byAgent.value(QStringLiteral("ana")).medianSecs, qint64(60));
        QCOMPARE(f.byAgent.value(QStringLiteral("bo")).medianSecs, qint64(120));
        QCOMPARE(f.unanswered, 2); // B's second turn and A's message at +700
    }

    void resolutionRunsFromTheFirstCustomerMessageAfterTheLastResolution()
    {
        TeamQuery q(m_store->connection());
        DurationFigures f;
        QString error;
        QVERIFY2(q.resolutionTimes(kT0, kT0 + 7 * 86400, &f, &error), qPrintable(error));
        QCOMPARE(f.count, 2); // 500 and 300
        QCOMPARE(f.medianSecs, qint64(300));
        QCOMPARE(f.p90Secs, qint64(500));
        QVERIFY2(q.resolutionTimes(kT0 + 800, kT0 + 7 * 86400, &f, &error), qPrintable(error));
        QCOMPARE(f.count, 1);
        QCOMPARE(f.medianSecs, qint64(300));
    }

    void loadCountsUnresolvedAssignedConversations()
    {
        TeamQuery q(m_store->connection());
        QList<AgentLoad> loads;
        QString error;
        QVERIFY2(q.agentLoads(&loads, &error), qPrintable(error));
        QCOMPARE(loads.size(), 2);
        QCOMPARE(loads.at(0).agent, QStringLiteral("ana"));
        QCOMPARE(loads.at(0).open, 1); // B (pending); A is resolved
        QCOMPARE(loads.at(0).snoozed, 0);
        QCOMPARE(loads.at(1).agent, QStringLiteral("bo"));
        QCOMPARE(loads.at(1).open, 0);
        QCOMPARE(loads.at(1).snoozed, 1);
    }

    void labelsInUseAreDistinctAndSorted()
    {
        TeamQuery q(m_store->connection());
        QStringList labels;
        QString error;
        QVERIFY2(q.labelsInUse(&labels, &error), qPrintable(error));
        QCOMPARE(labels, (QStringList{QStringLiteral("billing"), QStringLiteral("vip")}));
    }

    void windowsClosingWithinTheHourWithoutAReply()
    {
        TeamQuery q(m_store->connection());
        QList<ClosingConversation> rows;
        QString error;
        // B's customer wrote last at +2000: its window closes at +88400, 30 minutes from now.
        // A (resolved) and C (closed already) are left out.
        QVERIFY2(q.closingWithoutReply(kT0 + 86600, 3600, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).contactKey, QStringLiteral("15550000222"));
        QCOMPARE(rows.at(0).windowClosesAt, kT0 + 2000 + 86400);
        QCOMPARE(rows.at(0).assignee, QStringLiteral("ana"));
        // An hour earlier nothing closes within the hour.
        QVERIFY2(q.closingWithoutReply(kT0 + 82000, 3600, &rows, &error), qPrintable(error));
        QVERIFY(rows.isEmpty());
    }

    // The inbox reads the snoozes through ConversationQuery: ui/ runs no SQL of its own.
    void snoozesAreReadForEveryConversationOrOne()
    {
        ConversationQuery q(m_store->connection());
        QList<ConversationQuery::Snooze> rows;
        QString error;
        QVERIFY2(q.snoozes({}, &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).contactKey, QStringLiteral("15550000333"));
        QCOMPARE(rows.at(0).until, kT0 + 99999);
        QVERIFY2(q.snoozes(QStringLiteral("15550000111"), &rows, &error), qPrintable(error));
        QVERIFY(rows.isEmpty());
        QVERIFY2(q.snoozes(QStringLiteral("15550000333"), &rows, &error), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        auto bare = m_harness.openFresh(&error);
        QVERIFY2(bare, qPrintable(error));
        ConversationQuery without(bare->connection());
        QVERIFY2(without.snoozes({}, &rows, &error), qPrintable(error));
        QVERIFY(rows.isEmpty());
    }

    void aStoreWithoutTeamTablesHasNoResolutions()
    {
        QString error;
        auto bare = m_harness.openFresh(&error);
        QVERIFY2(bare, qPrintable(error));
        DurationFigures f;
        QVERIFY2(TeamQuery(bare->connection()).resolutionTimes(kT0, kT0 + 86400, &f, &error), qPrintable(error));
        QCOMPARE(f.count, 0);
    }

    void cleanupTestCase()
    {
        m_team.reset();
        m_store.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamQuery)
#include "TestTeamQuery.moc"
