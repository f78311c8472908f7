// SPDX-License-Identifier: GPL-3.0-or-later
// The goals table, reading benchmarks' `name: value` output, and comparing figures with goals.
#include "Goals.h"

#include "core/EnumNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace duet::bench {

const QList<Goal>& goals()
{
    using C = Comparison;
    static const QList<Goal> all = {
        {"decode_events_per_s", C::AtLeast, 100'000, "events/s", "decode", "webhook events decoded per second"},
        {"decode_vs_parse_ratio", C::AtMost, 1.5, "ratio", "decode",
         "decode time ÷ QJsonDocument's parse time of the same bytes"},
        {"verify_decode_vs_npm_ratio", C::AtLeast, 5, "ratio", "npm",
         "signed bodies verified and decoded per second ÷ the npm SDK's, same bodies"},
        {"ingest_vs_raw_ratio", C::AtLeast, 0.5, "ratio", "store", "plain INSERTs' time ÷ apply()'s time"},
        {"thread_page_p95_ms", C::AtMost, 5, "ms", "store", "a page of 50 messages"},
        {"conversation_page_p95_ms", C::AtMost, 5, "ms", "store", "a page of 50 conversations"},
        {"resolve_customer_p95_ms", C::AtMost, 1, "ms", "store", "a customer found by any identifier"},
        {"search_p95_ms", C::AtMost, 50, "ms", "store", "a search over 1,000,000 messages"},
        {"webhook_single_posts_per_s", C::AtLeast, 5'000, "POSTs/s", "hub", "signed single-event POSTs, SQLite"},
        {"webhook_ack_p99_ms", C::AtMost, 50, "ms", "hub", "a POST's answer, SQLite"},
        {"fanout_p99_ms", C::AtMost, 50, "ms", "hub", "an event's commit to 200 agents"},
        {"webhook_failures", C::Equals, 0, "POSTs", "hub", "POSTs not answered 200"},
        {"postgres_1hub_webhook_posts_per_s", C::AtLeast, 2'000, "POSTs/s", "hub-cluster",
         "signed single-event POSTs, one hub on PostgreSQL"},
        {"postgres_1hub_webhook_ack_p99_ms", C::AtMost, 100, "ms", "hub-cluster",
         "a POST's answer, one hub on PostgreSQL"},
        {"postgres_2hubs_fanout_other_hub_p99_ms", C::AtMost, 100, "ms", "hub-cluster",
         "an event to agents on the other of 2 hubs"},
        {"postgres_4hubs_fanout_other_hub_p99_ms", C::AtMost, 100, "ms", "hub-cluster",
         "an event to agents on the other 3 of 4 hubs"},
        {"achieved_rate_ratio", C::AtLeast, 0.98, "ratio", "outbound", "sends accepted per second ÷ the 20 msg/s cap"},
        {"throttle_errors", C::Equals, 0, "errors", "outbound", "130429 answers from the simulator"},
        {"pair_errors", C::Equals, 0, "errors", "outbound", "131056 answers from the simulator"},
        {"live_reply_wait_p99_ms", C::AtMost, 100, "ms", "outbound", "a live reply's wait during a campaign"},
        {"budget_busy_share_of_cap", C::AtLeast, 0.95, "ratio", "outbound",
         "the busy desktop's rate among five ÷ the cap"},
        {"budget_most_accepted_in_1s", C::AtMost, 20, "sends", "outbound",
         "the most the simulator accepted in a sliding second"},
        {"budget_throttle_errors", C::Equals, 0, "errors", "outbound", "130429 answers with a shared budget"},
        {"startup_to_first_paint_ms", C::AtMost, 400, "ms", "ui", "`duet` started to its painted conversation list"},
        {"thread_open_ms", C::AtMost, 50, "ms", "ui", "opening a 50,000-message thread"},
        {"scroll_frame_p95_ms", C::AtMost, 8, "ms", "ui", "a frame scrolling that thread"},
        {"scroll_frame_p99_ms", C::AtMost, 8, "ms", "ui", "a frame scrolling that thread, 99th percentile"},
        {"scroll_fetch_frame_max_ms", C::AtMost, 16, "ms", "ui", "the slowest frame that inserted rows read ahead"},
        {"rss_mb", C::AtMost, 200, "MB", "ui", "resident memory after 20 threads"},
        {"rss_growth_mb", C::AtMost, 10, "MB", "ui", "resident memory growth over 10,000 live events"},
        {"dashboard_query_p95_ms", C::AtMost, 50, "ms", "ui",
         "a dashboard figure (today, 7 or 30 days) on 100,000 conversations"},
    };
    return all;
}

const QList<GoalRun>& goalRuns()
{
    static const QList<GoalRun> all = {
        {"decode", {QStringLiteral("decode")}, nullptr},
        {"store", {QStringLiteral("store")}, nullptr},
        {"hub", {QStringLiteral("hub")}, nullptr},
        {"hub-cluster",
         {QStringLiteral("hub"), QStringLiteral("--db"), QStringLiteral("postgres"), QStringLiteral("--hubs"),
          QStringLiteral("1,2,4")},
         nullptr},
        {"outbound", {QStringLiteral("outbound")}, nullptr},
        {"ui", {QStringLiteral("ui")}, nullptr},
        {"npm",
         {},
         "bench/npm-baseline/run.sh > npm.txt; duet-bench decode > decode.txt; duet-bench check npm.txt decode.txt"},
    };
    return all;
}

const QList<DerivedFigure>& derivedFigures()
{
    static const QList<DerivedFigure> all = {
        {"verify_decode_vs_npm_ratio", "verify_decode_events_per_s", "npm_verify_dispatch_bodies_per_s"},
    };
    return all;
}

const GoalRun* findGoalRun(const QString& name)
{
    for (const GoalRun& run : goalRuns()) {
        if (name == QLatin1String(run.name))
            return &run;
    }
    return nullptr;
}

void parseFigures(const QByteArray& text, QHash<QString, double>* figures)
{
    static const QRegularExpression line(QStringLiteral("^([a-z0-9_]+): *([-+0-9.eE]+)\\s*$"));
    for (const QByteArray& raw : text.split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const double value = m.captured(2).toDouble(&ok);
        if (ok && std::isfinite(value))
            figures->insert(m.captured(1), value);
    }
}

void addDerivedFigures(QHash<QString, double>* figures)
{
    for (const DerivedFigure& d : derivedFigures()) {
        const QString numerator = QLatin1String(d.numerator);
        const QString denominator = QLatin1String(d.denominator);
        if (figures->contains(numerator) && figures->value(denominator) > 0)
            figures->insert(QLatin1String(d.figure), figures->value(numerator) / figures->value(denominator));
    }
}

namespace {

QString number(double value)
{
    // Grouped thousands as the docs write them (100,000), up to four decimals without trailing zeros.
    QLocale c(QLocale::C);
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    QString text = c.toString(value, 'f', 4);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

constexpr EnumName<Comparison> kComparisonSigns[] = {
    {Comparison::AtLeast, "≥"}, {Comparison::AtMost, "≤"}, {Comparison::Equals, "="}};
constexpr EnumName<Comparison> kComparisonNames[] = {
    {Comparison::AtLeast, ">="}, {Comparison::AtMost, "<="}, {Comparison::Equals, "=="}};
constexpr EnumName<GoalStatus> kStatusNames[] = {
    {GoalStatus::Met, "met"},
    {GoalStatus::Missed, "MISSED"},
    {GoalStatus::NotMeasured, "NOT MEASURED"},
    {GoalStatus::RunFailed, "RUN FAILED"},
    {GoalStatus::NotChecked, "not checked"},
};

const char* comparisonName(Comparison c)
{
    return nameOf(kComparisonNames, c);
}

QString benchmarkText(const Goal& goal)
{
    const GoalRun* run = findGoalRun(QLatin1String(goal.run));
    if (!run || run->command.isEmpty())
        return QStringLiteral("bench/npm-baseline/run.sh + duet-bench decode");
    return QStringLiteral("duet-bench ") + run->command.join(QLatin1Char(' '));
}

} // namespace

QString goalText(const Goal& goal)
{
    return QString::fromUtf8(nameOf(kComparisonSigns, goal.comparison)) + QLatin1Char(' ') + number(goal.goal);
}

bool meets(const Goal& goal, double measured)
{
    switch (goal.comparison) {
    case Comparison::AtLeast:
        return measured >= goal.goal;
    case Comparison::AtMost:
        return measured <= goal.goal;
    case Comparison::Equals:
        return measured == goal.goal;
    }
    return false;
}

const char* goalStatusName(GoalStatus status)
{
    return nameOf(kStatusNames, status);
}

QList<GoalResult> evaluate(const QHash<QString, double>& figures, const QStringList& checkedRuns,
                           const QStringList& failedRuns)
{
    QList<GoalResult> results;
    for (const Goal& goal : goals()) {
        GoalResult r;
        r.goal = &goal;
        const QString figure = QLatin1String(goal.figure);
        if (figures.contains(figure))
            r.measured = figures.value(figure);
        if (failedRuns.contains(QLatin1String(goal.run)))
            r.status = GoalStatus::RunFailed;
        else if (r.measured)
            r.status = meets(goal, *r.measured) ? GoalStatus::Met : GoalStatus::Missed;
        else if (checkedRuns.contains(QLatin1String(goal.run)))
            r.status = GoalStatus::NotMeasured;
        results << r;
    }
    return results;
}

bool allMet(const QList<GoalResult>& results)
{
    for (const GoalResult& r : results) {
        if (r.status == GoalStatus::Missed || r.status == GoalStatus::NotMeasured || r.status == GoalStatus::RunFailed)
            return false;
    }
    return true;
}

QString resultsTable(const QList<GoalResult>& results)
{
    int width = 6;
    for (const GoalResult& r : results)
        width = std::max(width, int(qstrlen(r.goal->figure)));
    QString text = QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QStringLiteral("figure"), -width)
                       .arg(QStringLiteral("goal"), -10)
                       .arg(QStringLiteral("measured"), 12)
                       .arg(QStringLiteral("result"), -12)
                       .arg(QStringLiteral("run"));
    for (const GoalResult& r : results) {
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(QLatin1String(r.goal->figure), -width)
                    .arg(goalText(*r.goal), -10)
                    .arg(r.measured ? number(*r.measured) : QStringLiteral("-"), 12)
                    .arg(QLatin1String(goalStatusName(r.status)), -12)
                    .arg(QLatin1String(r.goal->run));
    }
    return text;
}

QString resultsTsv(const QList<GoalResult>& results)
{
    QString text = QStringLiteral("figure\tcomparison\tgoal\tunit\trun\tmeasured\tstatus\n");
    for (const GoalResult& r : results) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(QLatin1String(r.goal->figure), QLatin1String(comparisonName(r.goal->comparison)))
                    .arg(r.goal->goal)
                    .arg(QLatin1String(r.goal->unit), QLatin1String(r.goal->run))
                    .arg(r.measured ? QString::number(*r.measured) : QString())
                    .arg(QLatin1String(goalStatusName(r.status)));
    }
    return text;
}

QString resultsJson(const QList<GoalResult>& results)
{
    QJsonArray rows;
    for (const GoalResult& r : results) {
        rows.append(QJsonObject{
            {QStringLiteral("figure"), QLatin1String(r.goal->figure)},
            {QStringLiteral("comparison"), QLatin1String(comparisonName(r.goal->comparison))},
            {QStringLiteral("goal"), r.goal->goal},
            {QStringLiteral("unit"), QLatin1String(r.goal->unit)},
            {QStringLiteral("run"), QLatin1String(r.goal->run)},
            {QStringLiteral("measured"), r.measured ? QJsonValue(*r.measured) : QJsonValue()},
            {QStringLiteral("status"), QLatin1String(goalStatusName(r.status))},
        });
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("met"), allMet(results)}, {QStringLiteral("goals"), rows}})
            .toJson(QJsonDocument::Indented));
}

QString goalsMarkdown()
{
    QString text = QStringLiteral("| figure | goal | unit | measured by | what |\n|---|---|---|---|---|\n");
    for (const Goal& goal : goals()) {
        text += QStringLiteral("| `%1` | %2 | %3 | `%4` | %5 |\n")
                    .arg(QLatin1String(goal.figure), goalText(goal), QString::fromUtf8(goal.unit), benchmarkText(goal),
                         QString::fromUtf8(goal.meaning));
    }
    return text;
}

std::optional<QString> withGoalsRegion(const QString& document)
{
    const QString begin = QLatin1String(kGoalsBegin);
    const QString end = QLatin1String(kGoalsEnd);
    const qsizetype from = document.indexOf(begin);
    const qsizetype to = document.indexOf(end);
    if (from < 0 || to < from)
        return std::nullopt;
    return document.left(from + begin.size()) + QLatin1Char('\n') + goalsMarkdown() + document.mid(to);
}

} // namespace duet::bench
