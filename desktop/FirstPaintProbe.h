// SPDX-License-Identifier: GPL-3.0-or-later
// DUET_REPORT_FIRST_PAINT: reports how long the program took to paint its conversation list.
#pragma once

#include <QObject>

class QAbstractItemView;

namespace duet::desktop {

/// A start-up probe for `duet-bench ui` (docs/PERFORMANCE.md). With DUET_REPORT_FIRST_PAINT set,
/// it prints `first_paint_ms: N` on stderr once, N being the milliseconds from the process's
/// start to the first paint of the conversation list with rows in it; with the value `quit` the
/// program then exits. The value `baseline` makes `duet` show an empty window instead of its
/// own, report that window's first paint and exit: the cost of Qt alone, for comparison.
/// Without the variable nothing is installed.
/// Usage: `if (FirstPaintProbe::isBaseline()) return FirstPaintProbe::runBaseline();`
///        `FirstPaintProbe::installIfAsked(window.conversationPane()->listView());`
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static bool isBaseline();
    /// Shows an empty window, reports its first paint and returns the exit code.
    static int runBaseline();
    /// Watches `list` when DUET_REPORT_FIRST_PAINT is set; the probe is a child of the list.
    static void installIfAsked(QAbstractItemView* list);
    /// Milliseconds since the process started (from /proc on Linux, else since the program's load).
    static double msSinceProcessStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaintProbe(QAbstractItemView* list, bool quit);
    void report();

    QAbstractItemView* m_list;
    bool m_quit;
    bool m_done = false;
};

} // namespace duet::desktop
