// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench's statistics refuse empty samples; its goals table reads figures and judges them.
#include "BenchFailure.h"
#include "Goals.h"
#include "Statistics.h"

#include <QFile>
#include <QTest>

using namespace duet::bench;

namespace {

const GoalResult* resultOf(const QList<GoalResult>& results, const char* figure)
{
    for (const GoalResult& r : results) {
        if (qstrcmp(r.goal->figure, figure) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestBenchGoals : public QObject
{
    Q_OBJECT

private slots:
    void statisticsOfSamples()
    {
        QCOMPARE(median(std::vector<double>{3, 1, 2}), 2.0);
        QCOMPARE(median(std::vector<double>{4, 1, 2, 3}), 2.5);
        QCOMPARE(percentile({5, 1, 4, 2, 3}, 0.95), 5.0);
        QCOMPARE(percentile({5, 1, 4, 2, 3}, 0.5), 3.0);
        QCOMPARE(percentile({7}, 0.99), 7.0);
    }

    void emptySamplesFailInsteadOfGivingZero()
    {
        QVERIFY_THROWS_EXCEPTION(BenchFailure, median(std::vector<double>{}));
        QVERIFY_THROWS_EXCEPTION(BenchFailure, median(QList<double>{}));
        QVERIFY_THROWS_EXCEPTION(BenchFailure, percentile({}, 0.99));
        try {
            percentile({}, 0.99);
            QFAIL("no exception");
        } catch (const BenchFailure& failure) {
            QVERIFY(QByteArray(failure.what()).contains("empty sample"));
        }
    }

    void figuresAreReadFromBenchmarkOutput()
    {
        QHash<QString, double> figures;
        parseFigures("run 1: 500 accepted in 25.0 s, ratio 0.9970\n"
                     "decode_events_per_s: 975097\n"
                     "npm_package: whatsapp-api-js@6.3.0\n"
                     "decode_vs_parse_ratio: 0.620\n"
                     "duet-bench soak: FAIL: nothing\n"
                     "decode_vs_parse_ratio: 0.640\n",
                     &figures);
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.value(QStringLiteral("decode_events_per_s")), 975097.0);
        QCOMPARE(figures.value(QStringLiteral("decode_vs_parse_ratio")), 0.64); // the later line wins
    }

    void goalsAreMetMissedOrNotMeasured()
    {
        QHash<QString, double> figures;
        figures.insert(QStringLiteral("decode_events_per_s"), 50'000); // under 100,000
        figures.insert(QStringLiteral("decode_vs_parse_ratio"), 1.5);  // at the bound: met
        figures.insert(QStringLiteral("throttle_errors"), 0);
        figures.insert(QStringLiteral("pair_errors"), 1);
        const QList<GoalResult> results = evaluate(figures, {QStringLiteral("decode"), QStringLiteral("outbound")}, {});
        QCOMPARE(resultOf(results, "decode_events_per_s")->status, GoalStatus::Missed);
        QCOMPARE(resultOf(results, "decode_vs_parse_ratio")->status, GoalStatus::Met);
        QCOMPARE(resultOf(results, "throttle_errors")->status, GoalStatus::Met);
        QCOMPARE(resultOf(results, "pair_errors")->status, GoalStatus::Missed);
        // A checked run's missing figure counts as missed; an unchecked run's is only reported.
        QCOMPARE(resultOf(results, "live_reply_wait_p99_ms")->status, GoalStatus::NotMeasured);
        QCOMPARE(resultOf(results, "search_p95_ms")->status, GoalStatus::NotChecked);
        QVERIFY(!allMet(results));

        // A figure present is judged whichever runs are checked.
        figures.insert(QStringLiteral("decode_events_per_s"), 150'000);
        QVERIFY(!allMet(evaluate(figures, {QStringLiteral("decode")}, {})));
        figures.remove(QStringLiteral("pair_errors"));
        const QList<GoalResult> decodeOnly = evaluate(figures, {QStringLiteral("decode")}, {});
        QVERIFY(allMet(decodeOnly));
        const QList<GoalResult> failed = evaluate(figures, {QStringLiteral("decode")}, {QStringLiteral("decode")});
        QCOMPARE(resultOf(failed, "decode_events_per_s")->status, GoalStatus::RunFailed);
        QVERIFY(!allMet(failed));
    }

    void theNpmRatioIsDerivedWhenBothFiguresAreGiven()
    {
        QHash<QString, double> figures;
        figures.insert(QStringLiteral("verify_decode_events_per_s"), 300'000);
        addDerivedFigures(&figures);
        QVERIFY(!figures.contains(QStringLiteral("verify_decode_vs_npm_ratio")));
        figures.insert(QStringLiteral("npm_verify_dispatch_bodies_per_s"), 50'000);
        addDerivedFigures(&figures);
        QCOMPARE(figures.value(QStringLiteral("verify_decode_vs_npm_ratio")), 6.0);
    }

    void everyGoalNamesAKnownRun()
    {
        QSet<QString> figures;
        for (const Goal& goal : goals()) {
            QVERIFY2(findGoalRun(QLatin1String(goal.run)), goal.figure);
            QVERIFY2(!figures.contains(QLatin1String(goal.figure)), goal.figure);
            figures.insert(QLatin1String(goal.figure));
        }
    }

    void machineReadableForms()
    {
        QHash<QString, double> figures;
        figures.insert(QStringLiteral("rss_mb"), 47);
        const QList<GoalResult> results = evaluate(figures, {QStringLiteral("ui")}, {});
        const QString tsv = resultsTsv(results);
        QVERIFY(tsv.startsWith(QStringLiteral("figure\tcomparison\tgoal\tunit\trun\tmeasured\tstatus\n")));
        QVERIFY(tsv.contains(QStringLiteral("rss_mb\t<=\t200\tMB\tui\t47\tmet\n")));
        QVERIFY(resultsJson(results).contains(QStringLiteral("\"met\": false"))); // the other ui figures
    }

    void theDocumentRegionIsReplaced()
    {
        const QString doc = QStringLiteral("# Performance\n\n<!-- goals:begin -->\nold\n<!-- goals:end -->\n\nmore\n");
        const std::optional<QString> updated = withGoalsRegion(doc);
        QVERIFY(updated);
        QVERIFY(updated->startsWith(QStringLiteral("# Performance\n\n<!-- goals:begin -->\n| figure |")));
        QVERIFY(updated->endsWith(QStringLiteral("<!-- goals:end -->\n\nmore\n")));
        QVERIFY(!updated->contains(QStringLiteral("old")));
        QCOMPARE(withGoalsRegion(*updated), updated); // a second pass changes nothing
        QVERIFY(!withGoalsRegion(QStringLiteral("no markers")));
    }

    void performanceDocMatchesTheGoalsTable()
    {
        QFile doc(QStringLiteral(DUET_SOURCE_DIR "/docs/PERFORMANCE.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const std::optional<QString> updated = withGoalsRegion(text);
        QVERIFY2(updated, "docs/PERFORMANCE.md has no goals region");
        QVERIFY2(*updated == text, "docs/PERFORMANCE.md's goals table differs from bench/Goals.cpp: run "
                                   "duet-bench check --write-doc docs/PERFORMANCE.md");
    }
};

QTEST_GUILESS_MAIN(TestBenchGoals)
#include "TestBenchGoals.moc"
