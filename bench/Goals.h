// SPDX-License-Identifier: GPL-3.0-or-later
// Duet's performance goals in one table: each figure, its goal and the benchmark that measures it.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duet::bench {

enum class Comparison {
    AtLeast, ///< measured ≥ goal
    AtMost,  ///< measured ≤ goal
    Equals,  ///< measured = goal (counts of errors: 0)
};

/// One goal. `run` names the measurement that produces the figure (see goalRuns()).
struct Goal
{
    const char* figure;
    Comparison comparison;
    double goal;
    const char* unit;
    const char* run;
    const char* meaning;
};

/// A measurement that produces figures: a duet-bench command, or a program outside it whose
/// `name: value` output is given to `duet-bench check` as a file.
struct GoalRun
{
    const char* name;     ///< as --only takes it: decode, store, hub, hub-cluster, outbound, ui, npm
    QStringList command;  ///< duet-bench's arguments; empty for an external program
    const char* external; ///< how to produce the figures of an external program, else nullptr
};

/// A figure computed from two measured ones (numerator ÷ denominator), e.g. Duet against the npm SDK.
struct DerivedFigure
{
    const char* figure;
    const char* numerator;
    const char* denominator;
};

const QList<Goal>& goals();
const QList<GoalRun>& goalRuns();
const QList<DerivedFigure>& derivedFigures();
/// The run of that name, nullptr when there is none.
const GoalRun* findGoalRun(const QString& name);

/// Reads `name: value` lines (names of lowercase letters, digits and `_`, numeric values) into
/// `figures`; a later line replaces an earlier figure of the same name. Other lines are ignored.
void parseFigures(const QByteArray& text, QHash<QString, double>* figures);
/// Adds each derived figure whose two inputs are in `figures`.
void addDerivedFigures(QHash<QString, double>* figures);

/// The goal as written in the table: `≥ 100,000`, `≤ 1.5`, `= 0`.
QString goalText(const Goal& goal);
bool meets(const Goal& goal, double measured);

enum class GoalStatus {
    Met,
    Missed,
    NotMeasured, ///< its run was checked but the figure is missing: counts as missed
    RunFailed,   ///< the benchmark exited non-zero: counts as missed
    NotChecked,  ///< its run was not selected, or an external program's figures were not given
};
const char* goalStatusName(GoalStatus status);

struct GoalResult
{
    const Goal* goal = nullptr;
    GoalStatus status = GoalStatus::NotChecked;
    std::optional<double> measured;
};

/// Compares every goal with `figures`. `checkedRuns` are the runs whose figures are expected;
/// `failedRuns` those that exited non-zero.
QList<GoalResult> evaluate(const QHash<QString, double>& figures, const QStringList& checkedRuns,
                           const QStringList& failedRuns);
/// True when no goal is Missed, NotMeasured or RunFailed.
bool allMet(const QList<GoalResult>& results);

QString resultsTable(const QList<GoalResult>& results);
QString resultsTsv(const QList<GoalResult>& results);
QString resultsJson(const QList<GoalResult>& results);

/// The goals as the Markdown table docs/PERFORMANCE.md holds between the markers below.
QString goalsMarkdown();
inline constexpr char kGoalsBegin[] = "<!-- goals:begin -->";
inline constexpr char kGoalsEnd[] = "<!-- goals:end -->";
/// `document` with the text between the markers replaced by goalsMarkdown(); nullopt when the
/// markers are missing or out of order.
std::optional<QString> withGoalsRegion(const QString& document);

} // namespace duet::bench
