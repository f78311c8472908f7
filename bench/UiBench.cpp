// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench ui: cold start, thread opening, scrolling and memory of the desktop on a large store.
#include "BenchFailure.h"
#include "Benchmarks.h"
#include "Statistics.h"
#include "UiStoreGenerator.h"
#include "core/Clock.h"
#include "core/Event.h"
#include "store/DashboardQuery.h"
#include "store/Store.h"
#include "ui/BubbleDelegate.h"
#include "ui/ConversationListModel.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace duet::bench {
namespace {

// The benchmark runs its in-process part in a fresh copy of itself, so that memory figures are
// those of a process that only ever held the window and the store, not the generator's.
const char kWorkerStore[] = "DUET_BENCH_UI_STORE";
const char kWorkerThread[] = "DUET_BENCH_UI_THREAD";

/// A /proc/self/status field in megabytes (VmRSS, RssAnon, RssFile); 0 where there is none.
double statusMb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// CPU time of the calling thread, in milliseconds: a frame's own work, whatever else the machine runs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Counts the paints of a widget.
/// Counts the rows a model drops below its first row (a thread view's window dropping the newest).
class DroppedBelow : public QObject
{
public:
    using QObject::QObject;
    int rows = 0;
    void rowsAboutToBeRemoved(const QModelIndex&, int first, int last)
    {
        if (first > 0)
            rows += last - first + 1;
    }
};

class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

/// Delivers posted events (layouts, queued calls, update requests) until `done` or nothing is left.
template <typename Done> void settle(Done done)
{
    for (int i = 0; i < 50 && !done(); ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void settle()
{
    settle([] { return false; });
}

/// One cold start of `duet` (or, baseline, of its empty window): milliseconds from starting
/// the process until it reports its first paint, and what it reported itself.
bool timeStart(const QString& program, const QStringList& args, const QProcessEnvironment& env, double* wallMs,
               double* reportedMs, QString* error)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    QByteArray err;
    while (!err.contains("first_paint_ms: ") || !err.endsWith('\n')) {
        if (!p.waitForReadyRead(60000)) {
            *error = QStringLiteral("%1 did not report its first paint: %2").arg(program, QString::fromLocal8Bit(err));
            p.kill();
            p.waitForFinished();
            return false;
        }
        err += p.readAllStandardError();
    }
    *wallMs = double(t.nsecsElapsed()) / 1e6;
    const int at = int(err.indexOf("first_paint_ms: "));
    *reportedMs = err.mid(at + 16).split('\n').value(0).toDouble();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return true;
}

/// A customer message, an echo, a status or a reaction, as the sync layer would apply them.
QList<Event> liveEvents(int count, const QStringList& hot, int conversations, qint64 now)
{
    std::mt19937 rng(11);
    QList<Event> events;
    QStringList inbound, outbound;
    static const char* const words[] = {"hello", "order", "where", "is",    "my",   "package", "thanks", "please",
                                        "today", "price", "ok",    "great", "when", "can",     "you",    "send"};
    for (int i = 0; events.size() < count; ++i) {
        Event e;
        e.phoneNumberId = QStringLiteral("100");
        e.contact =
            rng() % 100 < 40 ? hot.at(int(rng() % hot.size())) : uiStoreContactKey(int(rng() % uint(conversations)));
        e.timestamp = now + i;
        e.type = QStringLiteral("text");
        const int kind = int(rng() % 100);
        QString text;
        for (int w = 0, n = 2 + int(rng() % 14); w < n; ++w)
            text += (w ? QStringLiteral(" ") : QString()) + QLatin1String(words[rng() % 16]);
        if (kind < 55 || outbound.isEmpty() || inbound.isEmpty()) {
            e.kind = EventKind::Message;
            e.wamid = QStringLiteral("wamid.live.in.%1.%2").arg(now).arg(i);
            e.text = text;
            e.name = QStringLiteral("Live customer");
            inbound << e.wamid;
        } else if (kind < 75) {
            e.kind = EventKind::Echo;
            e.outbound = true;
            e.wamid = QStringLiteral("wamid.live.out.%1.%2").arg(now).arg(i);
            e.text = text;
            outbound << e.wamid;
        } else if (kind < 90) {
            e.kind = EventKind::Status;
            e.wamid = outbound.at(int(rng() % outbound.size()));
            e.contact.clear();
            e.type.clear();
            e.status = rng() % 2 ? QStringLiteral("delivered") : QStringLiteral("read");
        } else {
            e.kind = EventKind::Message;
            e.type = QStringLiteral("reaction");
            e.wamid = QStringLiteral("wamid.live.react.%1.%2").arg(now).arg(i);
            e.targetWamid = inbound.at(int(rng() % inbound.size()));
            e.emoji = QStringLiteral("👍");
        }
        events << e;
    }
    return events;
}

/// The in-process part, in the worker: the real MainWindow on the generated store.
/// The supervisor dashboard's queries on the store: every figure of every period, `runs` times,
/// each query timed alone (dashboard_query_p95_ms), the whole refresh of a period, and the
/// conversations behind a few bars (read when one is clicked). False with *error when a query
/// fails; a run that measured nothing fails the benchmark.
bool timeDashboard(QTextStream& out, store::Store& store, const Clock& clock, int runs, QString* error)
{
    store::DashboardQuery q(store.connection());
    std::vector<double> queryMs, refreshMs, drillMs;
    std::map<std::string, std::vector<double>> byFigure;
    auto timed = [&](const char* figure, const std::function<bool()>& query) {
        QElapsedTimer t;
        t.start();
        const bool ok = query();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        queryMs.push_back(ms);
        byFigure[figure].push_back(ms);
        return ok;
    };
    for (int run = 0; run < runs; ++run) {
        for (auto period :
             {store::DashboardPeriod::Today, store::DashboardPeriod::Week, store::DashboardPeriod::Month}) {
            const store::DashboardRange range = store::DashboardRange::of(period, clock);
            store::VolumeFigures volume;
            store::FirstResponseFigures replies;
            store::DurationHistogram resolved;
            QList<QStringList> resolvedKeys;
            QList<store::AgentLoad> loads;
            QList<store::ClosingConversation> closing;
            store::CostSummary costs;
            QElapsedTimer all;
            all.start();
            if (!timed("volume", [&] { return q.volume(range, &volume, error); }) ||
                !timed("first_response", [&] { return q.firstResponses(range, &replies, error); }) ||
                !timed("resolution", [&] { return q.resolutions(range, &resolved, &resolvedKeys, error); }) ||
                !timed("agent_load", [&] { return q.agentLoads(&loads, error); }) ||
                !timed("closing", [&] { return q.closing(clock.nowSecs(), 3600, &closing, error); }) ||
                !timed("cost", [&] { return q.costs(range, &costs, error); }))
                return false;
            refreshMs.push_back(double(all.nsecsElapsed()) / 1e6);
            if (run == 0 && period == store::DashboardPeriod::Month)
                out << "# dashboard, 30 days: " << volume.total(store::VolumeSeries::Opened) << " opened, "
                    << volume.total(store::VolumeSeries::Customer) << " customer messages, " << replies.replied.count()
                    << " first replies, " << replies.waiting << " waiting, " << loads.size() << " agents, "
                    << closing.size() << " closing, " << costs.total.total() << " priced sends\n";
            // Clicks: the busiest day's customers, the 1-5 min first replies, the service sends.
            QStringList keys;
            const int busiest =
                int(std::max_element(volume.counts[1].cbegin(), volume.counts[1].cend()) - volume.counts[1].cbegin());
            for (const std::function<bool()>& click : std::initializer_list<std::function<bool()>>{
                     [&] {
                         return q.volumeConversations(store::VolumeSeries::Customer, range.bucketStarts.value(busiest),
                                                      range.bucketEnd(busiest), 500, &keys, error);
                     },
                     [&] { return q.firstResponseConversations(range.from, range.to, 1, 500, &keys, error); },
                     [&] {
                         return q.costConversations(QStringLiteral("service"), range.from, range.to, 500, &keys, error);
                     }}) {
                QElapsedTimer t;
                t.start();
                if (!click())
                    return false;
                drillMs.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
    }
    if (queryMs.empty())
        fail(QStringLiteral("the dashboard's queries gave no samples"));
    printFigure(out, "dashboard_query_p95_ms", percentile(queryMs, 0.95), 2);
    printFigure(out, "dashboard_query_p50_ms", percentile(queryMs, 0.5), 2);
    printFigure(out, "dashboard_query_max_ms", percentile(queryMs, 1.0), 2);
    for (const auto& [figure, ms] : byFigure)
        printFigure(out, ("dashboard_" + figure + "_p95_ms").c_str(), percentile(ms, 0.95), 2);
    printFigure(out, "dashboard_refresh_p50_ms", percentile(refreshMs, 0.5), 2);
    printFigure(out, "dashboard_refresh_max_ms", percentile(refreshMs, 1.0), 2);
    printFigure(out, "dashboard_click_p50_ms", percentile(drillMs, 0.5), 1);
    printFigure(out, "dashboard_click_max_ms", percentile(drillMs, 1.0), 1);
    return true;
}

int runWorker(const BenchOptions& options, QTextStream& out, const QString& path, const QString& bigKey)
{
    const int runs = options.runs;
    const double rssStart = statusMb("VmRSS");
    SystemClock clock;
    store::Store store(clock);
    QString error;
    if (!store.open(path, &error)) {
        out << "ui: " << error << '\n';
        return 1;
    }
    if (!store.useCompactMemory(&error)) { // as `duet` does
        out << "ui: " << error << '\n';
        return 1;
    }
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("duet.ini")), QSettings::IniFormat);
    ui::DraftStore drafts{QString()};
    ui::JsonTemplateCatalog templates;
    ui::MainWindow window({store.connection(), store.backend(), clock, drafts, templates, settings, QString()});
    window.resize(1180, 760);
    window.show();
    window.loadInitial();
    settle();
    ui::ThreadView* view = window.threadPane()->threadView();
    ui::ThreadModel* thread = window.threadModel();
    ui::ConversationListModel* list = window.conversationModel();
    PaintCounter counter;
    view->viewport()->installEventFilter(&counter);
    if (list->rowCount() < 21) {
        out << "ui: the store has too few conversations\n";
        return 1;
    }
    const QString other =
        list->summaryAt(0).contactKey == bigKey ? list->summaryAt(1).contactKey : list->summaryAt(0).contactKey;

    // Opening the long thread, from another conversation, with no cached layouts: until painted.
    std::vector<double> openMs;
    for (int run = 0; run < runs; ++run) {
        window.openConversation(other);
        settle();
        window.threadPane()->bubbleDelegate()->invalidate();
        counter.paints = 0;
        QElapsedTimer t;
        t.start();
        if (!window.openConversation(bigKey)) {
            out << "ui: the long thread is missing\n";
            return 1;
        }
        settle([&] { return counter.paints > 0; });
        openMs.push_back(double(t.nsecsElapsed()) / 1e6);
        settle();
        if (counter.paints == 0) {
            out << "ui: the thread view was never painted\n";
            return 1;
        }
    }
    printFigure(out, "thread_open_ms", median(openMs), 1);
    printFigure(out, "thread_open_max_ms", *std::max_element(openMs.begin(), openMs.end()), 1);
    printFigure(out, "thread_open_rows", thread->rowCount(), 0);

    // Scrolling up through several thousand messages, 120 px a frame (a brisk wheel), older pages
    // loading on the way. Each frame is what one turn of the event loop delivers (a page read
    // ahead arriving, a slice of its rows going in), the scroll, and a synchronous repaint of the
    // viewport. When the top is reached before the page read ahead has arrived, the benchmark
    // waits for it outside any frame and counts the wait (scroll_waits_at_top).
    const int target = options.quick ? 2000 : 5000;
    QScrollBar* bar = view->verticalScrollBar();
    std::vector<double> frameMs;
    std::vector<double> fetchFrameMs; // the frames that brought older rows in
    std::vector<double> otherFrameMs;
    std::vector<double> frameCpuMs, fetchFrameCpuMs; // the UI thread's CPU time in those frames
    if (const int slice = qEnvironmentVariableIntValue("DUET_BENCH_UI_SLICE"); slice > 0)
        thread->setInsertSlice(slice);
    int passed = 0;
    int waitsAtTop = 0;
    // The view keeps a window of the thread's rows: the newest ones it drops still count as passed.
    DroppedBelow droppedBelow;
    QObject::connect(thread, &QAbstractItemModel::rowsAboutToBeRemoved, &droppedBelow,
                     &DroppedBelow::rowsAboutToBeRemoved);
    for (int guard = 0; guard < 200'000 && passed < target; ++guard) {
        if (bar->value() == 0 && !thread->canFetchMore({}))
            break;
        if (bar->value() == 0) {
            // At the top before the page read ahead: poll the event loop until it arrives; the
            // turn that inserts its rows (with a repaint) is a frame like the others.
            ++waitsAtTop;
            if (!thread->isReadingOlder())
                thread->requestOlder();
            QElapsedTimer wait;
            wait.start();
            while (thread->isReadingOlder() && wait.elapsed() < 30'000) {
                const int rows = thread->rowCount();
                QElapsedTimer t;
                t.start();
                const double cpuStart = threadCpuMs();
                QCoreApplication::processEvents();
                if (thread->rowCount() != rows) {
                    view->viewport()->repaint();
                    frameMs.push_back(double(t.nsecsElapsed()) / 1e6);
                    frameCpuMs.push_back(threadCpuMs() - cpuStart);
                    fetchFrameMs.push_back(frameMs.back());
                    fetchFrameCpuMs.push_back(frameCpuMs.back());
                    break;
                }
                QThread::yieldCurrentThread();
            }
        }
        const int rowsBefore = thread->rowCount();
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        bar->setValue(bar->value() - 120);
        view->viewport()->repaint();
        frameMs.push_back(double(t.nsecsElapsed()) / 1e6);
        frameCpuMs.push_back(threadCpuMs() - cpuStart);
        if (thread->rowCount() != rowsBefore) {
            fetchFrameMs.push_back(frameMs.back());
            fetchFrameCpuMs.push_back(frameCpuMs.back());
        } else {
            otherFrameMs.push_back(frameMs.back());
        }
        const QModelIndex top = view->indexAt(QPoint(1, 1));
        if (top.isValid())
            passed = thread->rowCount() + droppedBelow.rows - top.row();
    }
    printFigure(out, "scroll_frame_p95_ms", percentile(frameMs, 0.95), 2);
    printFigure(out, "scroll_frame_p50_ms", percentile(frameMs, 0.5), 2);
    printFigure(out, "scroll_frame_p99_ms", percentile(frameMs, 0.99), 2);
    printFigure(out, "scroll_frame_max_ms", percentile(frameMs, 1.0), 2);
    printFigure(out, "scroll_fetch_frames", double(fetchFrameMs.size()), 0);
    printFigure(out, "scroll_fetch_frame_p50_ms", percentile(fetchFrameMs, 0.5), 2);
    printFigure(out, "scroll_fetch_frame_max_ms", percentile(fetchFrameMs, 1.0), 2);
    printFigure(out, "scroll_other_frame_max_ms", percentile(otherFrameMs, 1.0), 2);
    printFigure(out, "scroll_waits_at_top", waitsAtTop, 0);
    // The same frames in the UI thread's CPU time: what the frames cost without the time spent
    // waiting for a core on a busy machine.
    printFigure(out, "scroll_frame_cpu_p99_ms", percentile(frameCpuMs, 0.99), 2);
    printFigure(out, "scroll_frame_cpu_max_ms", percentile(frameCpuMs, 1.0), 2);
    printFigure(out, "scroll_fetch_frame_cpu_p50_ms", percentile(fetchFrameCpuMs, 0.5), 2);
    printFigure(out, "scroll_fetch_frame_cpu_max_ms", percentile(fetchFrameCpuMs, 1.0), 2);
    printFigure(out, "scroll_frames", double(frameMs.size()), 0);
    printFigure(out, "scroll_messages_passed", passed, 0);
    printFigure(out, "scroll_rows_loaded", thread->rowCount(), 0);
    printFigure(out, "scroll_rows_dropped", droppedBelow.rows, 0);
    QObject::disconnect(thread, nullptr, &droppedBelow, nullptr);

    // Memory after 20 threads, then after 10,000 live events.
    QStringList opened;
    for (int row = 0; row < list->rowCount() && opened.size() < 20; ++row) {
        const QString key = list->summaryAt(row).contactKey;
        window.openConversation(key);
        settle();
        opened << key;
    }
    const double rss = statusMb("VmRSS");
    printFigure(out, "rss_start_mb", rssStart, 1);
    printFigure(out, "rss_mb", rss, 1);
    printFigure(out, "rss_anon_mb", statusMb("RssAnon"), 1);
    printFigure(out, "rss_file_mb", statusMb("RssFile"), 1);

    // Live events come after everything the store holds, as they do in use: a store kept and run
    // again (DUET_BENCH_UI_KEEP_STORE) holds the first run's live events, stamped ahead of the clock.
    qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        QSqlQuery newest(store.connection());
        if (newest.exec(QStringLiteral("SELECT MAX(ts) FROM messages")) && newest.next())
            now = std::max(now, newest.value(0).toLongLong() + 1);
    }
    const int conversations = options.quick ? 10'000 : 100'000;
    const QList<Event> events = liveEvents(20'000, opened, conversations, now);
    std::mt19937 rng(3);
    // As they arrive live: one to a few events per transaction, then the window is told.
    const auto applyLive = [&](int from, int to) {
        for (int i = from; i < to;) {
            const int n = std::min(to - i, 1 + int(rng() % 4));
            const QList<Event> batch = events.mid(i, n);
            i += n;
            if (!store.ingest(batch, &error))
                return false;
            QSet<QString> keys;
            for (const Event& e : batch) {
                if (!e.contact.isEmpty())
                    keys.insert(e.contact);
            }
            QStringList changed(keys.begin(), keys.end());
            std::sort(changed.begin(), changed.end());
            window.conversationsChanged(changed);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        settle();
        return true;
    };
    const double rssBeforeLive = statusMb("VmRSS");
    const double anonBeforeLive = statusMb("RssAnon");
    QElapsedTimer live;
    live.start();
    if (!applyLive(0, 10'000)) {
        out << "ui: " << error << '\n';
        return 1;
    }
    const double liveSecs = double(live.nsecsElapsed()) / 1e9;
    const double rssAfter = statusMb("VmRSS");
    const double anonAfter = statusMb("RssAnon");
    printFigure(out, "live_events_per_s", 10'000 / liveSecs, 0);
    printFigure(out, "rss_after_live_mb", rssAfter, 1);
    printFigure(out, "rss_growth_mb", rssAfter - rssBeforeLive, 1);
    printFigure(out, "rss_growth_anon_mb", anonAfter - anonBeforeLive, 1);
    printFigure(out, "rss_growth_file_mb", (rssAfter - anonAfter) - (rssBeforeLive - anonBeforeLive), 1);
    printFigure(out, "conversation_rows_loaded", list->rowCount(), 0);
    // 10,000 more: does memory keep growing, or were bounded caches filling up?
    if (!applyLive(10'000, 20'000)) {
        out << "ui: " << error << '\n';
        return 1;
    }
    printFigure(out, "rss_growth_next_10k_mb", statusMb("VmRSS") - rssAfter, 1);
    printFigure(out, "rss_growth_next_10k_anon_mb", statusMb("RssAnon") - anonAfter, 1);
    printFigure(out, "conversation_rows_loaded_after_20k", list->rowCount(), 0);
    // The supervisor's dashboard on the same store, opened as `duet` opens it.
    if (!timeDashboard(out, store, clock, runs, &error)) {
        out << "ui: the dashboard: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int runUi(const BenchOptions& options, QTextStream& out)
{
    const QString workerStore = qEnvironmentVariable(kWorkerStore);
    if (!workerStore.isEmpty())
        return runWorker(options, out, workerStore, qEnvironmentVariable(kWorkerThread));

    UiStoreShape shape;
    if (options.quick) {
        shape.conversations = 10'000;
        shape.messages = 200'000;
    }
    shape.now = QDateTime::currentSecsSinceEpoch();
    out << "# ui: " << shape.conversations << " conversations, " << shape.messages << " messages, one thread of "
        << shape.bigThread << "; QT_QPA_PLATFORM=" << qEnvironmentVariable("QT_QPA_PLATFORM") << "; median of "
        << options.runs << " runs" << (options.quick ? " (--quick: reduced store)" : "") << '\n';
    out.flush();

    const QString duet = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../desktop/duet"));
    if (!QFileInfo(duet).isExecutable()) {
        out << "ui: " << QDir::cleanPath(duet) << " is missing: build the duet target\n";
        return 1;
    }
    QTemporaryDir dir;
    // DUET_BENCH_UI_KEEP_STORE=FILE generates the store there and leaves it, so that the in-process
    // part can be run again on it (DUET_BENCH_UI_STORE=FILE DUET_BENCH_UI_THREAD=KEY duet-bench ui),
    // by this build and another, on the same rows.
    const QString kept = qEnvironmentVariable("DUET_BENCH_UI_KEEP_STORE");
    const QString path = kept.isEmpty() ? dir.filePath(QStringLiteral("ui.db")) : kept;
    UiStoreInfo info;
    QString error;
    if (!generateUiStore(path, shape, &info, &error)) {
        out << "ui: cannot generate the store: " << error << '\n';
        return 1;
    }
    if (!kept.isEmpty())
        out << "# store kept: DUET_BENCH_UI_STORE=" << path << " DUET_BENCH_UI_THREAD=" << info.bigThreadKey << '\n';
    printFigure(out, "store_generate_s", info.seconds, 1);
    printFigure(out, "store_mb", double(QFileInfo(path).size()) / (1024.0 * 1024.0), 0);

    // Cold starts (a new process each time; the store's file is in the page cache, as on a desktop
    // that ran Duet before), alternating with the baseline: the same binary showing an empty window.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcessEnvironment baselineEnv = env;
    env.insert(QStringLiteral("DUET_REPORT_FIRST_PAINT"), QStringLiteral("quit"));
    baselineEnv.insert(QStringLiteral("DUET_REPORT_FIRST_PAINT"), QStringLiteral("baseline"));
    std::vector<double> startMs, startReported, baseMs, baseReported;
    for (int run = 0; run < options.runs; ++run) {
        double wall = 0, reported = 0;
        if (!timeStart(duet, {QStringLiteral("--db"), path}, env, &wall, &reported, &error)) {
            out << "ui: " << error << '\n';
            return 1;
        }
        startMs.push_back(wall);
        startReported.push_back(reported);
        if (!timeStart(duet, {}, baselineEnv, &wall, &reported, &error)) {
            out << "ui: " << error << '\n';
            return 1;
        }
        baseMs.push_back(wall);
        baseReported.push_back(reported);
    }
    printFigure(out, "startup_to_first_paint_ms", median(startMs), 1);
    printFigure(out, "startup_reported_by_duet_ms", median(startReported), 1);
    printFigure(out, "startup_baseline_ms", median(baseMs), 1);
    printFigure(out, "startup_vs_baseline_ratio", median(startMs) / median(baseMs), 2);
    printFigure(out, "startup_own_cost_ms", median(startMs) - median(baseMs), 1);

    // The in-process figures, in a fresh process.
    QProcess worker;
    QProcessEnvironment workerEnv = QProcessEnvironment::systemEnvironment();
    workerEnv.insert(QString::fromLatin1(kWorkerStore), path);
    workerEnv.insert(QString::fromLatin1(kWorkerThread), info.bigThreadKey);
    worker.setProcessEnvironment(workerEnv);
    worker.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args = {QStringLiteral("ui"), QStringLiteral("--runs"), QString::number(options.runs)};
    if (options.quick)
        args << QStringLiteral("--quick");
    worker.start(QCoreApplication::applicationFilePath(), args);
    if (!worker.waitForFinished(-1) || worker.exitStatus() != QProcess::NormalExit) {
        out << "ui: the in-process part crashed\n";
        return 1;
    }
    return worker.exitCode();
}

} // namespace duet::bench
