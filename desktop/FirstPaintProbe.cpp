// SPDX-License-Identifier: GPL-3.0-or-later
// The first-paint probe behind DUET_REPORT_FIRST_PAINT.
#include "FirstPaintProbe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace duet::desktop {
namespace {

const char kVariable[] = "DUET_REPORT_FIRST_PAINT";

/// Started when the program is loaded: the fallback where /proc is not there.
const QElapsedTimer& loadTimer()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer;
}
[[maybe_unused]] const QElapsedTimer& kLoaded = loadTimer();

void printReport(double ms)
{
    std::fprintf(stderr, "first_paint_ms: %.1f\n", ms);
    std::fflush(stderr);
}

/// An empty window that reports its first paint and quits.
class BaselineWindow : public QWidget
{
protected:
    bool event(QEvent* e) override
    {
        const bool result = QWidget::event(e);
        if (e->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                printReport(FirstPaintProbe::msSinceProcessStart());
                QApplication::exit(0);
            });
        }
        return result;
    }

private:
    bool m_done = false;
};

} // namespace

double FirstPaintProbe::msSinceProcessStart()
{
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot (CLOCK_BOOTTIME).
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        bool ok = false;
        const qint64 ticks = fields.size() > 19 ? fields.at(19).toLongLong(&ok) : 0;
        timespec now{};
        const long perSecond = sysconf(_SC_CLK_TCK);
        if (ok && perSecond > 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
            return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - double(ticks) * 1000.0 / perSecond;
    }
    return double(loadTimer().nsecsElapsed()) / 1e6;
}

bool FirstPaintProbe::isBaseline()
{
    return qgetenv(kVariable) == "baseline";
}

int FirstPaintProbe::runBaseline()
{
    BaselineWindow window;
    window.resize(1180, 760);
    window.show();
    return QApplication::exec();
}

void FirstPaintProbe::installIfAsked(QAbstractItemView* list)
{
    if (!qEnvironmentVariableIsSet(kVariable) || !list)
        return;
    auto* probe = new FirstPaintProbe(list, qgetenv(kVariable) == "quit");
    list->viewport()->installEventFilter(probe);
}

FirstPaintProbe::FirstPaintProbe(QAbstractItemView* list, bool quit)
    : QObject(list)
    , m_list(list)
    , m_quit(quit)
{}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    // The filter sees the paint before the view handles it: report once that paint is done.
    if (!m_done && event->type() == QEvent::Paint && m_list->model() && m_list->model()->rowCount() > 0) {
        m_done = true;
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    printReport(msSinceProcessStart());
    m_list->viewport()->removeEventFilter(this);
    if (m_quit)
        QApplication::exit(0);
}

} // namespace duet::desktop
