// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench soak: a hub, the simulator and three desktops in one process through a compressed week.
#include "AgentRegistry.h"
#include "Benchmarks.h"
#include "Demo.h"
#include "HubServer.h"
#include "Sanitizers.h"
#include "SimService.h"
#include "Simulator.h"
#include "WebhookDispatcher.h"
#include "Workspace.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <malloc.h>
#include <map>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace duet::bench {
namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// The soak's time: the hub, the simulator and the desktops read it; the run advances it in steps.
class SteppedClock final : public Clock
{
public:
    explicit SteppedClock(qint64 startMs)
        : m_ms(startMs)
    {}
    qint64 nowMs() const override { return m_ms.load(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    std::atomic<qint64> m_ms;
};

// ---- the diagnostic log: every qDebug/qWarning of the process, into a file whose size is measured ----

QFile* g_diagnostics = nullptr;
std::atomic<qint64> g_diagnosticLines{0};

void diagnosticsHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    ++g_diagnosticLines;
    if (g_diagnostics)
        g_diagnostics->write((qFormatLogMessage(type, context, message) + QLatin1Char('\n')).toUtf8());
}

// ---- what the process holds ----

struct ProcessFigures
{
    double rssMb = 0;
    double hwmMb = 0;
    double anonMb = 0;
    double fileMb = 0;
    double heapMb = 0;   ///< malloc's bytes in use (mallinfo2: arenas and mmapped blocks)
    double sqliteMb = 0; ///< of which SQLite's (page caches, statements, schema): sqlite3_memory_used()
    int fds = 0;
};

ProcessFigures readProcess()
{
    ProcessFigures f;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            const double mb = parts.at(1).toDouble() / 1024.0;
            if (parts.at(0) == "VmRSS:")
                f.rssMb = mb;
            else if (parts.at(0) == "VmHWM:")
                f.hwmMb = mb;
            else if (parts.at(0) == "RssAnon:")
                f.anonMb = mb;
            else if (parts.at(0) == "RssFile:")
                f.fileMb = mb;
        }
    }
    const struct mallinfo2 heap = mallinfo2();
    f.heapMb = double(heap.uordblks + heap.hblkhd) / 1048576.0;
    // The Qt SQLite driver and this program share the system's libsqlite3: its counters cover
    // every connection in the process.
    f.sqliteMb = double(sqlite3_memory_used()) / 1048576.0;
    f.fds = int(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size());
    return f;
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// ---- one desktop ----

struct Desk
{
    QString name;
    QString token;
    bool windowed = false;
    QString dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ui::DraftStore> drafts;
    std::unique_ptr<desktop::Workspace> workspace;
    bool connected = false;
    int reconnects = 0;

    QString storePath() const { return QDir(dir).filePath(QStringLiteral("store.db")); }
    QString outboxPath() const { return QDir(dir).filePath(QStringLiteral("outbox.db")); }
    bool isOpen() const { return workspace != nullptr; }
    bool isLive() const { return workspace && connected && workspace->sync().state() == sync::SyncClient::State::Live; }
};

struct DayFigures
{
    ProcessFigures process;
    QHash<QString, qint64> bytes; ///< label -> main file bytes; label + "_wal" -> its WAL
    qint64 logRows = 0;           ///< the hub's log, rows at the end of the day
    qint64 logPayloadBytes = 0;   ///< ... their payloads' bytes
    qint64 journalRows = 0;       ///< webhook bodies the hub journaled
    qint64 diagnosticBytes = 0;
    qint64 diagnosticLines = 0;
};

/// The settings of one run.
struct SoakPlan
{
    int days = 7;
    int scale = 50;             ///< the demo's traffic times this
    qint64 stepMs = 20'000;     ///< the clock advances this much per step
    qint64 settleCapMs = 3'000; ///< the most real time one step waits for the pipeline to drain
    int customersPerScale = 7;  ///< the demo has 7 customers
    int messagesPerScale = 20;  ///< ... about 20 customer messages a day
    int echoesPerScale = 2;     ///< ... and 2 answers from the phone app
    double replyRatio = 0.7;    ///< customer messages an agent answers
    double noteRatio = 0.05;    ///< replies that also leave a note
};

class Soak
{
public:
    Soak(const SoakPlan& plan, QTextStream& out)
        : m_plan(plan)
        , m_out(out)
        , m_clock(QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
        , m_random(20260302)
    {}

    int run();

private:
    bool start(QString* error);
    bool openDesk(Desk& desk, QString* error);
    void closeDesk(Desk& desk);
    void dropDesk(Desk& desk);
    void reconnectDesk(Desk& desk);
    void planDay(int day);
    void at(qint64 ms, std::function<void()> work) { m_agenda.emplace(ms, std::move(work)); }
    void runDue();
    bool settled();
    void settle(qint64 capMs);
    qint64 hubScalar(const QString& sql);
    DayFigures measure();
    void printDay(int day, const DayFigures& today, const DayFigures& before);
    bool checkGrowth();
    bool checkComplete();
    bool fail(const QString& why)
    {
        m_out << "duet-bench soak: FAIL: " << why << '\n';
        m_out.flush();
        m_failed = true;
        return false;
    }
    Desk* deskFor(const QString& customer);
    QString customer(int i) const { return QStringLiteral("1555030%1").arg(i, 4, 10, QLatin1Char('0')); }
    void customerWrites(const QString& from);
    void agentReplies(const QString& customer);
    void ownerEchoes(const QString& to);

    SoakPlan m_plan;
    QTextStream& m_out;
    SteppedClock m_clock;
    SystemClock m_realClock;
    QRandomGenerator m_random;
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<hub::HubServer> m_hub;
    store::Database m_hubReader; ///< the bench's own connection to the hub's database (short reads only)
    QString m_hubPath;
    ui::JsonTemplateCatalog m_templates;
    std::vector<std::unique_ptr<Desk>> m_desks;
    std::multimap<qint64, std::function<void()>> m_agenda;
    QSet<QString> m_customerWamids;  ///< every customer message the simulator emitted
    QSet<QString> m_spokenTo;        ///< customers who wrote (the owner may answer them from the phone)
    QHash<QString, QString> m_owner; ///< customer -> the agent their conversation is assigned to
    qint64 m_startMs = 0;
    int m_customers = 0;
    // Per-day counts.
    int m_customerMessages = 0;
    int m_replies = 0;
    int m_refusedReplies = 0;
    int m_echoes = 0;
    int m_commands = 0;
    int m_unsettledSteps = 0;
    bool m_sending = false;                    ///< settled() saw sends on their way
    QString m_waitingFor;                      ///< what settled() last waited for
    std::map<QString, int> m_unsettledReasons; ///< ... for the steps that never settled
    std::vector<DayFigures> m_days;
    std::vector<int> m_dayReconnects;
    bool m_failed = false;
};

bool Soak::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    m_startMs = m_clock.nowMs();
    m_customers = m_plan.customersPerScale * m_plan.scale;

    // The demo's business: its templates, customers' delivery profile (3 % failures, 3 %
    // duplicate webhook deliveries, up to 4 changes per POST); the traffic is the soak's own.
    sim::SimOptions options;
    if (!sim::Scenario::loadFile(QStringLiteral(":/demo/demo-day.json"), &options.scenario, error))
        return false;
    options.scenario.steps.clear();
    options.scenario.history.clear();
    options.scenario.tierLimit = 1'000'000;
    options.appSecret = "soak-app-secret";
    options.accessToken = "soak-access-token";
    options.seed = 11;

    hub::HubConfig config;
    m_hubPath = m_dir.filePath(QStringLiteral("hub.db"));
    config.db = m_hubPath;
    config.appSecret = options.appSecret;
    config.verifyToken = "soak";
    config.accessToken = options.accessToken;
    config.phoneNumberId = options.scenario.phoneNumberId;
    if (!desktop::startSimulatedNumber(m_clock, options, config, &m_sim, &m_hub, error))
        return false;

    store::DatabaseLocation location;
    location.path = m_hubPath;
    if (!m_hubReader.open(location, error))
        return false;
    // The bench's own reads (counts over the whole log each day) must not fill a page cache that
    // the figures would then count as Duet's.
    QSqlQuery(m_hubReader.connection()).exec(QStringLiteral("PRAGMA cache_size=-512"));
    hub::AgentRegistry registry(m_hubReader.connection());
    const struct
    {
        const char* name;
        sync::Role role;
        bool windowed;
    } agents[] = {{"ana", sync::Role::Supervisor, true},
                  {"bruno", sync::Role::Agent, false},
                  {"carla", sync::Role::Agent, false}};
    m_templates.setTemplates({{QStringLiteral("hello_world"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                               QStringLiteral("Hello from the Succulent Shop!")}});
    for (const auto& a : agents) {
        auto desk = std::make_unique<Desk>();
        desk->name = QString::fromLatin1(a.name);
        desk->windowed = a.windowed;
        desk->dir = m_dir.filePath(desk->name);
        if (!QDir().mkpath(desk->dir)) {
            *error = QStringLiteral("cannot create %1").arg(desk->dir);
            return false;
        }
        if (!registry.add(desk->name, a.role, m_clock.nowSecs(), &desk->token, error) || !openDesk(*desk, error))
            return false;
        m_desks.push_back(std::move(desk));
    }
    return true;
}

bool Soak::openDesk(Desk& desk, QString* error)
{
    desk.workspace = std::make_unique<desktop::Workspace>(m_clock);
    desktop::WorkspaceConfig config;
    config.storePath = desk.storePath();
    config.outboxPath = desk.outboxPath();
    // As the demo does: the connection's deadlines (pings, silence) stay on real time.
    config.syncClock = &m_realClock;
    if (!desk.workspace->open(config, error))
        return false;
    // What the desktop program does after opening the store (Run.cpp).
    if (!desk.workspace->store().useCompactMemory(error))
        return false;
    if (desk.windowed) {
        if (!desk.settings)
            desk.settings =
                std::make_unique<QSettings>(QDir(desk.dir).filePath(QStringLiteral("duet.ini")), QSettings::IniFormat);
        if (!desk.drafts)
            desk.drafts = std::make_unique<ui::DraftStore>(QDir(desk.dir).filePath(QStringLiteral("drafts.json")));
        ui::MainWindow& window = desk.workspace->createWindow(*desk.drafts, m_templates, *desk.settings, desk.name);
        window.resize(1200, 800);
        window.show();
        QTimer::singleShot(0, &window, &ui::MainWindow::loadInitial);
    }
    desk.workspace->connectTo(m_hub->agentsUrl(), desk.token);
    desk.connected = true;
    return true;
}

/// The agent quits Duet: everything the desktop held is destroyed (its files stay).
void Soak::closeDesk(Desk& desk)
{
    desk.workspace.reset();
    desk.connected = false;
}

/// The agent's network drops: the desktop stays open, the connection goes.
void Soak::dropDesk(Desk& desk)
{
    if (!desk.workspace)
        return;
    desk.workspace->sync().stop();
    desk.connected = false;
}

void Soak::reconnectDesk(Desk& desk)
{
    QString error;
    if (!desk.workspace) {
        if (!openDesk(desk, &error))
            fail(QStringLiteral("%1 cannot open its desktop again: %2").arg(desk.name, error));
    } else {
        desk.workspace->connectTo(m_hub->agentsUrl(), desk.token);
        desk.connected = true;
    }
    ++desk.reconnects;
}

Desk* Soak::deskFor(const QString& customer)
{
    const QString owner = m_owner.value(customer);
    for (auto& d : m_desks) {
        if (d->name == owner && d->isLive())
            return d.get();
    }
    // Someone else on the team picks it up.
    std::vector<Desk*> live;
    for (auto& d : m_desks) {
        if (d->isLive())
            live.push_back(d.get());
    }
    return live.empty() ? nullptr : live[m_random.bounded(int(live.size()))];
}

void Soak::customerWrites(const QString& from)
{
    static const char* const texts[] = {"Hi, is my order on its way?",        "Do you have this in a larger pot?",
                                        "Thanks! It arrived today.",          "Can I change the delivery address?",
                                        "What time do you open on Saturday?", "Is the echeveria still in stock?"};
    const QString wamid = m_sim->simulator().customerText(from, QString::fromLatin1(texts[m_random.bounded(6)]));
    if (wamid.isEmpty()) {
        fail(QStringLiteral("the simulator refused a customer message from %1").arg(from));
        return;
    }
    m_customerWamids.insert(wamid);
    m_spokenTo.insert(from);
    ++m_customerMessages;
    // A new conversation: the supervisor assigns it to one of the agents.
    if (!m_owner.contains(from)) {
        const QString agent = m_desks[m_random.bounded(int(m_desks.size()))]->name;
        m_owner.insert(from, agent);
        Desk& supervisor = *m_desks.front();
        // The assignment waits until the conversation is in the log (the next step).
        at(m_clock.nowMs() + m_plan.stepMs, [this, from, agent, &supervisor] {
            if (!supervisor.isLive())
                return;
            sync::Command c;
            c.name = sync::CommandName::Assign;
            c.conversation = from;
            c.agent = agent;
            supervisor.workspace->sync().sendCommand(c);
            ++m_commands;
        });
    }
    if (m_random.generateDouble() < m_plan.replyRatio) {
        const qint64 after = 30'000 + m_random.bounded(600'000);
        at(m_clock.nowMs() + after, [this, from] { agentReplies(from); });
    }
}

void Soak::agentReplies(const QString& customer)
{
    static const char* const texts[] = {"Yes, it ships tomorrow.", "We have it, shall I reserve one?",
                                        "Glad it arrived safely!", "Sure, send me the new address.",
                                        "We open at 9 on Saturdays."};
    Desk* desk = deskFor(customer);
    if (!desk)
        return;
    const outbound::SubmitResult r =
        desk->workspace->sendText(customer, QString::fromLatin1(texts[m_random.bounded(5)]));
    if (!r.isQueued()) {
        ++m_refusedReplies;
        return;
    }
    ++m_replies;
    if (m_random.generateDouble() < m_plan.noteRatio) {
        sync::Command c;
        c.name = sync::CommandName::Note;
        c.conversation = customer;
        c.text = QStringLiteral("Follow up on the delivery.");
        desk->workspace->sync().sendCommand(c);
        ++m_commands;
    }
}

void Soak::ownerEchoes(const QString& to)
{
    sim::SimRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/_sim/echo");
    request.contentType = "application/json";
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("to"), to},
                                             {QStringLiteral("text"), QStringLiteral("Answered from the phone.")}})
                       .toJson(QJsonDocument::Compact);
    const sim::SimResponse response = m_sim->simulator().handle(request);
    if (response.status != 200) {
        fail(QStringLiteral("the simulator refused an echo to %1 (%2)").arg(to).arg(response.status));
        return;
    }
    ++m_echoes;
}

void Soak::planDay(int day)
{
    const qint64 dayStart = m_startMs + day * kDayMs;
    const int messages = m_plan.messagesPerScale * m_plan.scale;
    for (int i = 0; i < messages; ++i) {
        // Most customers write in the shop's hours, some at night.
        const bool daytime = m_random.generateDouble() < 0.85;
        const qint64 at = daytime ? 8 * 3600'000LL + m_random.bounded(14 * 3600'000) : m_random.bounded(int(kDayMs));
        const QString from = customer(m_random.bounded(m_customers));
        this->at(dayStart + at, [this, from] { customerWrites(from); });
    }
    for (int i = 0; i < m_plan.echoesPerScale * m_plan.scale; ++i) {
        this->at(dayStart + 9 * 3600'000LL + m_random.bounded(12 * 3600'000), [this] {
            if (m_spokenTo.isEmpty())
                return;
            const QList<QString> spoken = m_spokenTo.values();
            ownerEchoes(spoken.at(m_random.bounded(int(spoken.size()))));
        });
    }
    // Agents come and go: ana's network drops at night, bruno quits Duet over lunch, carla's
    // laptop sleeps in the evening. Everyone is back before the day ends.
    Desk& ana = *m_desks[0];
    Desk& bruno = *m_desks[1];
    Desk& carla = *m_desks[2];
    at(dayStart + 2 * 3600'000LL, [this, &ana] { dropDesk(ana); });
    at(dayStart + 5 * 3600'000LL, [this, &ana] { reconnectDesk(ana); });
    at(dayStart + 12 * 3600'000LL, [this, &bruno] { closeDesk(bruno); });
    at(dayStart + 14 * 3600'000LL, [this, &bruno] { reconnectDesk(bruno); });
    at(dayStart + 18 * 3600'000LL, [this, &carla] { closeDesk(carla); });
    at(dayStart + 19 * 3600'000LL + 30 * 60'000LL, [this, &carla] { reconnectDesk(carla); });
    at(dayStart + 20 * 3600'000LL, [this, &carla] { dropDesk(carla); });
    at(dayStart + 22 * 3600'000LL, [this, &carla] { reconnectDesk(carla); });
}

void Soak::runDue()
{
    const qint64 now = m_clock.nowMs();
    while (!m_agenda.empty() && m_agenda.begin()->first <= now) {
        auto work = std::move(m_agenda.begin()->second);
        m_agenda.erase(m_agenda.begin());
        work();
    }
}

qint64 Soak::hubScalar(const QString& sql)
{
    QSqlQuery q(m_hubReader.connection());
    qint64 value = -1;
    if (q.exec(sql) && q.next())
        value = q.value(0).toLongLong();
    q.finish(); // no read transaction left open: the hub's checkpoints must not wait for the bench
    return value;
}

/// Nothing left in flight: the simulator's webhooks are acknowledged, every connected desktop has
/// applied the hub's whole log, and no send or report is on its way.
bool Soak::settled()
{
    m_waitingFor.clear();
    m_sending = false;
    sim::WebhookDispatcher* dispatcher = m_sim->dispatcher();
    if (dispatcher && (dispatcher->queuedChanges() > 0 || dispatcher->inFlight() > 0)) {
        m_waitingFor = QStringLiteral("webhooks");
        return false;
    }
    const qint64 head = hubScalar(QStringLiteral("SELECT seq FROM log_head"));
    for (auto& d : m_desks) {
        if (!d->connected)
            continue;
        if (!d->isLive())
            m_waitingFor = d->name + QStringLiteral(" connecting");
        else if (d->workspace->sync().lastSeq() != head)
            m_waitingFor = d->name + QStringLiteral(" catching up");
        else if (d->workspace->sync().pendingCommands() > 0)
            m_waitingFor = d->name + QStringLiteral(" commands");
        else if (!d->workspace->outbox().unreportedRows().isEmpty())
            m_waitingFor = d->name + QStringLiteral(" reporting");
        if (!m_waitingFor.isEmpty())
            return false;
        // Sends waiting for the limiter's tokens (queued) or the hub's pace (sending) need the
        // clock to move: they do not hold the step, but the clock then moves in small steps.
        if (!m_sending)
            m_sending = !d->workspace->outbox().rowsInState(outbound::OutboxState::Sending, 1).isEmpty() ||
                        !d->workspace->outbox().rowsInState(outbound::OutboxState::Queued, 1).isEmpty();
    }
    return true;
}

void Soak::settle(qint64 capMs)
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    if (settled())
        return;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < capMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        if (settled())
            return;
    }
    ++m_unsettledSteps;
    ++m_unsettledReasons[m_waitingFor];
}

DayFigures Soak::measure()
{
    DayFigures f;
    f.process = readProcess();
    const auto add = [&f](const QString& label, const QString& path) {
        f.bytes.insert(label, fileSize(path));
        f.bytes.insert(label + QStringLiteral("_wal"), fileSize(path + QStringLiteral("-wal")));
    };
    add(QStringLiteral("hub_db"), m_hubPath);
    for (auto& d : m_desks) {
        add(d->name + QStringLiteral("_store"), d->storePath());
        add(d->name + QStringLiteral("_outbox"), d->outboxPath());
    }
    f.logRows = hubScalar(QStringLiteral("SELECT count(*) FROM log"));
    f.logPayloadBytes = hubScalar(QStringLiteral("SELECT COALESCE(sum(length(payload)), 0) FROM log"));
    f.journalRows = hubScalar(QStringLiteral("SELECT count(*) FROM journal"));
    if (g_diagnostics)
        g_diagnostics->flush();
    f.diagnosticBytes = g_diagnostics ? g_diagnostics->size() : 0;
    f.diagnosticLines = g_diagnosticLines.load();
    return f;
}

void Soak::printDay(int day, const DayFigures& today, const DayFigures& before)
{
    const QByteArray prefix = "day" + QByteArray::number(day) + "_";
    const auto figure = [&](const QByteArray& name, double value, int decimals = 0) {
        printFigure(m_out, QByteArray(prefix + name).constData(), value, decimals);
    };
    figure("rss_mb", today.process.rssMb, 1);
    figure("rss_anon_mb", today.process.anonMb, 1);
    figure("rss_file_mb", today.process.fileMb, 1);
    figure("vmhwm_mb", today.process.hwmMb, 1);
    figure("heap_in_use_mb", today.process.heapMb, 1);
    figure("sqlite_memory_mb", today.process.sqliteMb, 1);
    figure("heap_outside_sqlite_mb", today.process.heapMb - today.process.sqliteMb, 1);
    figure("open_fds", today.process.fds);
    QStringList labels = today.bytes.keys();
    labels.sort();
    for (const QString& label : labels)
        figure(label.toUtf8() + "_kb", double(today.bytes.value(label)) / 1024.0, 0);
    figure("hub_log_rows_added", double(today.logRows - before.logRows));
    figure("hub_log_payload_kb_added", double(today.logPayloadBytes - before.logPayloadBytes) / 1024.0, 0);
    figure("hub_journal_rows_added", double(today.journalRows - before.journalRows));
    figure("diagnostic_log_kb_added", double(today.diagnosticBytes - before.diagnosticBytes) / 1024.0, 1);
    figure("diagnostic_log_lines_added", double(today.diagnosticLines - before.diagnosticLines));
    figure("events", double(today.logRows - before.logRows));
    figure("customer_messages", m_customerMessages);
    figure("agent_replies", m_replies);
    figure("agent_replies_refused", m_refusedReplies);
    figure("owner_echoes", m_echoes);
    figure("team_commands", m_commands);
    int reconnects = 0;
    for (auto& d : m_desks)
        reconnects += d->reconnects;
    figure("desktop_reconnects", reconnects - (m_dayReconnects.empty() ? 0 : m_dayReconnects.back()));
    m_dayReconnects.push_back(reconnects);
    figure("unsettled_steps", m_unsettledSteps);
    for (const auto& [reason, count] : m_unsettledReasons)
        QTextStream(stderr) << "day " << day << ": " << count << " steps still waiting for " << reason << '\n';
    m_unsettledReasons.clear();
    m_customerMessages = m_replies = m_refusedReplies = m_echoes = m_commands = m_unsettledSteps = 0;
}

int Soak::run()
{
    QString error;
    if (!start(&error)) {
        m_out << "duet-bench soak: cannot start: " << error << '\n';
        return 1;
    }
    for (auto& d : m_desks) {
        QElapsedTimer t;
        t.start();
        while (!d->isLive() && t.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        if (!d->isLive()) {
            m_out << "duet-bench soak: " << d->name << " never connected\n";
            return 1;
        }
    }
    m_days.push_back(measure()); // day 0: the empty stores
    QElapsedTimer wall;
    wall.start();
    for (int day = 0; day < m_plan.days && !m_failed; ++day) {
        planDay(day);
        const qint64 end = m_startMs + (day + 1) * kDayMs;
        while (m_clock.nowMs() < end && !m_failed) {
            runDue();
            settle(m_plan.settleCapMs);
            m_clock.advance(m_sending ? std::min<qint64>(m_plan.stepMs, 250) : m_plan.stepMs);
            m_sim->pump();
        }
        // The day's last work drains before it is measured.
        runDue();
        settle(30'000);
        m_days.push_back(measure());
        printDay(day + 1, m_days.back(), m_days[m_days.size() - 2]);
    }
    printFigure(m_out, "soak_wall_s", double(wall.elapsed()) / 1000.0, 1);
    if (m_failed)
        return 1;
    const bool grew = !checkGrowth();
    const bool lost = !checkComplete();
    if (grew || lost)
        return 1;
    m_out << "duet-bench soak: PASS\n";
    return 0;
}

bool Soak::checkGrowth()
{
    bool ok = true;
    const int last = int(m_days.size()) - 1;
    for (int day = 1; day <= last; ++day) {
        if (m_days[day].logRows - m_days[day - 1].logRows <= 0)
            ok = fail(QStringLiteral("day %1 handled no events").arg(day));
    }
    if (last < 2)
        return ok && fail(QStringLiteral("a soak needs at least two days"));
    // Day 1 is the warm-up (caches fill, the stores' first pages); from day 2 on the process
    // must hold steady.
    const DayFigures& base = m_days[1];
    const DayFigures& end = m_days[last];
    // SQLite's page caches fill up to their cache_size as the files grow (the hub's is 32 MB per
    // connection): bounded by configuration, they are reported apart. Everything else the
    // process allocates must hold steady.
    // A sanitizer's allocator keeps freed memory in quarantine (AddressSanitizer: 256 MB), so the
    // memory figures measure it, not Duet: they are printed but not judged in such a build.
    if (test::kSanitized)
        m_out << "duet-bench soak: a sanitizer build: memory growth is not judged\n";
    const double heapGrowth =
        (end.process.heapMb - end.process.sqliteMb) - (base.process.heapMb - base.process.sqliteMb);
    const double heapLimit = std::max(8.0, (base.process.heapMb - base.process.sqliteMb) * 0.15);
    if (!test::kSanitized && heapGrowth > heapLimit)
        ok = fail(QStringLiteral("the heap outside SQLite grew %1 MB from day 1 to day %2 (limit %3 MB)")
                      .arg(heapGrowth, 0, 'f', 1)
                      .arg(last)
                      .arg(heapLimit, 0, 'f', 1));
    const double anonGrowth =
        (end.process.anonMb - end.process.sqliteMb) - (base.process.anonMb - base.process.sqliteMb);
    const double anonLimit = std::max(16.0, base.process.anonMb * 0.15);
    if (!test::kSanitized && anonGrowth > anonLimit)
        ok = fail(QStringLiteral("anonymous memory outside SQLite grew %1 MB from day 1 to day %2 (limit %3 MB)")
                      .arg(anonGrowth, 0, 'f', 1)
                      .arg(last)
                      .arg(anonLimit, 0, 'f', 1));
    // Sockets come and go with the connections (keep-alive, reconnects): the count at the end of
    // the run stays within a few of the warm-up days' highest. A descriptor leaked per reconnect
    // or per send would pass it within days.
    int warmFds = 0;
    for (int day = 1; day <= std::min(2, last); ++day)
        warmFds = std::max(warmFds, m_days[day].process.fds);
    if (end.process.fds > warmFds + 8)
        ok = fail(QStringLiteral("open file descriptors went from %1 (warm-up) to %2 (day %3)")
                      .arg(warmFds)
                      .arg(end.process.fds)
                      .arg(last));
    // Write-ahead logs are checkpointed: none grows past a bound whatever the traffic.
    constexpr qint64 kWalLimit = 16LL * 1024 * 1024;
    for (auto it = end.bytes.cbegin(); it != end.bytes.cend(); ++it) {
        if (it.key().endsWith(QLatin1String("_wal")) && it.value() > kWalLimit)
            ok = fail(QStringLiteral("%1 is %2 MB (limit %3 MB): not checkpointed")
                          .arg(it.key())
                          .arg(double(it.value()) / 1048576.0, 0, 'f', 1)
                          .arg(kWalLimit / 1048576));
    }
    // Stores grow with what they hold, not faster: bytes per event on each later day stay within
    // twice the warm day's (day 2 when there is one).
    const int reference = last >= 2 ? 2 : 1;
    const auto perEvent = [this](int day, const QString& label) {
        const qint64 events = m_days[day].logRows - m_days[day - 1].logRows;
        const qint64 grown = m_days[day].bytes.value(label) - m_days[day - 1].bytes.value(label);
        return events > 0 ? double(std::max<qint64>(grown, 0)) / double(events) : 0.0;
    };
    for (auto it = end.bytes.cbegin(); it != end.bytes.cend(); ++it) {
        if (it.key().endsWith(QLatin1String("_wal")))
            continue;
        // A file grows in chunks of pages: the last day's bytes per event against the average
        // of the days after warm-up (a store that grows faster than what it holds, e.g. an index
        // or a table never pruned, shows as a rising rate).
        double sum = 0;
        for (int day = reference; day <= last; ++day)
            sum += perEvent(day, it.key());
        const double average = sum / (last - reference + 1);
        const double lastDay = perEvent(last, it.key());
        if (lastDay > 2.0 * average + 64.0)
            ok = fail(QStringLiteral("%1 grew %2 bytes per event on day %3, against %4 on average")
                          .arg(it.key())
                          .arg(lastDay, 0, 'f', 0)
                          .arg(last)
                          .arg(average, 0, 'f', 0));
    }
    // The diagnostic log grows with the traffic too, not faster.
    for (int day = reference + 1; day <= last; ++day) {
        const qint64 events = m_days[day].logRows - m_days[day - 1].logRows;
        const qint64 refEvents = m_days[reference].logRows - m_days[reference - 1].logRows;
        const double lines = double(m_days[day].diagnosticLines - m_days[day - 1].diagnosticLines) / double(events);
        const double refLines =
            double(m_days[reference].diagnosticLines - m_days[reference - 1].diagnosticLines) / double(refEvents);
        if (lines > 2.0 * refLines + 0.01)
            ok = fail(QStringLiteral("the diagnostic log wrote %1 lines per event on day %2, against %3 on day %4")
                          .arg(lines, 0, 'f', 3)
                          .arg(day)
                          .arg(refLines, 0, 'f', 3)
                          .arg(reference));
    }
    return ok;
}

bool Soak::checkComplete()
{
    bool ok = true;
    // Every desktop connected and caught up with the whole log.
    for (auto& d : m_desks) {
        if (!d->isOpen() || !d->connected)
            reconnectDesk(*d);
    }
    QElapsedTimer t;
    t.start();
    while (!settled() && t.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    // Sends still waiting for the limiter's tokens or the hub's pace need the clock to move: up to
    // an hour of simulated time, in the small steps the days use while sends wait.
    for (qint64 drained = 0; m_sending && drained < 3'600'000; drained += 250) {
        m_clock.advance(250);
        m_sim->pump();
        settle(m_plan.settleCapMs);
    }
    const qint64 head = hubScalar(QStringLiteral("SELECT seq FROM log_head"));
    if (head <= 0)
        return fail(QStringLiteral("the hub's log is empty"));
    const qint64 undecodable = hubScalar(QStringLiteral("SELECT count(*) FROM journal WHERE state <> 'applied'"));
    if (undecodable != 0)
        ok = fail(QStringLiteral("%1 acknowledged webhooks were not applied to the log").arg(undecodable));

    // The messages the hub's log holds, by wamid (customer messages, echoes, agents' sends).
    QSet<QString> logged;
    {
        QSqlQuery q(m_hubReader.connection());
        if (!q.exec(QStringLiteral("SELECT payload FROM log WHERE kind IN ('message', 'echo', 'outbound')")))
            return fail(QStringLiteral("cannot read the hub's log"));
        while (q.next()) {
            const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const QString wamid = o.value(QStringLiteral("wamid")).toString();
            if (!wamid.isEmpty())
                logged.insert(wamid);
        }
    }
    for (const QString& wamid : std::as_const(m_customerWamids)) {
        if (!logged.contains(wamid)) {
            ok = fail(QStringLiteral("the customer message %1, acknowledged by the hub, is not in its log").arg(wamid));
            break;
        }
    }
    printFigure(m_out, "hub_log_seq", double(head));
    printFigure(m_out, "hub_log_messages", double(logged.size()));
    printFigure(m_out, "customer_messages_acknowledged", double(m_customerWamids.size()));
    for (auto& d : m_desks) {
        const qint64 applied = d->workspace->sync().lastSeq();
        if (applied != head)
            ok = fail(QStringLiteral("%1 applied the log up to %2, the hub's head is %3")
                          .arg(d->name)
                          .arg(applied)
                          .arg(head));
        // Every send the agents queued ended somewhere: with Meta's message id (accepted and on),
        // failed, discarded or cancelled with its reason, or uncertain (a desktop closed while it
        // was on its way: the agent sees it and chooses to resend or not). None still waits.
        const int uncertain = int(d->workspace->outbox().rowsInState(outbound::OutboxState::Uncertain).size());
        printFigure(m_out, QByteArray(d->name.toUtf8() + "_sends_uncertain").constData(), uncertain);
        int unfinished = 0;
        QString unfinishedExample;
        for (const outbound::OutboxState state : {outbound::OutboxState::Queued, outbound::OutboxState::Sending}) {
            const QList<outbound::OutboxRow> rows = d->workspace->outbox().rowsInState(state);
            unfinished += int(rows.size());
            if (!rows.isEmpty() && unfinishedExample.isEmpty())
                unfinishedExample = QStringLiteral("row %1 %2 to %3, %4 attempt(s), error %5 %6")
                                        .arg(rows.first().id)
                                        .arg(outbound::outboxStateName(state), rows.first().contact)
                                        .arg(rows.first().attempts)
                                        .arg(rows.first().errorCode)
                                        .arg(rows.first().errorReason);
        }
        printFigure(m_out, QByteArray(d->name.toUtf8() + "_sends_unfinished").constData(), unfinished);
        if (unfinished > 0)
            ok = fail(QStringLiteral("%1 has %2 sends that never got a message id or a final failure (e.g. %3)")
                          .arg(d->name)
                          .arg(unfinished)
                          .arg(unfinishedExample));
        QSet<QString> stored;
        QSqlQuery q(d->workspace->store().connection());
        if (q.exec(QStringLiteral("SELECT wamid FROM messages WHERE wamid IS NOT NULL"))) {
            while (q.next())
                stored.insert(q.value(0).toString());
        }
        q.finish();
        int missing = 0;
        QString example;
        for (const QString& wamid : std::as_const(logged)) {
            if (!stored.contains(wamid)) {
                ++missing;
                if (example.isEmpty())
                    example = wamid;
            }
        }
        printFigure(m_out, QByteArray(d->name.toUtf8() + "_messages_missing").constData(), missing);
        if (missing > 0)
            ok = fail(QStringLiteral("%1 lacks %2 of the hub's %3 messages (e.g. %4)")
                          .arg(d->name)
                          .arg(missing)
                          .arg(logged.size())
                          .arg(example));
    }
    return ok;
}

} // namespace

int runSoak(const BenchOptions& options, QTextStream& out)
{
    SoakPlan plan;
    if (options.quick) {
        plan.days = 3;
        plan.scale = 5;
        plan.stepMs = 120'000;
    }
    out << "duet-bench soak: hub, simulator and 3 desktops in one process; " << plan.days
        << " simulated days of the demo's traffic x" << plan.scale << '\n';
    out.flush();
    QTemporaryDir logDir;
    QFile diagnostics(logDir.filePath(QStringLiteral("diagnostics.log")));
    if (!diagnostics.open(QIODevice::WriteOnly)) {
        out << "duet-bench soak: cannot write the diagnostic log\n";
        return 1;
    }
    g_diagnostics = &diagnostics;
    const QtMessageHandler previous = qInstallMessageHandler(diagnosticsHandler);
    int code = 1;
    {
        Soak soak(plan, out);
        code = soak.run();
    }
    qInstallMessageHandler(previous);
    g_diagnostics = nullptr;
    // What the diagnostic log said, once per distinct line, on stderr (the figures stay on stdout).
    diagnostics.close();
    if (diagnostics.open(QIODevice::ReadOnly)) {
        QSet<QByteArray> shown;
        QTextStream err(stderr);
        for (const QByteArray& line : diagnostics.readAll().split('\n')) {
            if (!line.isEmpty() && shown.size() < 40 && !shown.contains(line)) {
                shown.insert(line);
                err << "diagnostic log: " << line << '\n';
            }
        }
    }
    return code;
}

} // namespace duet::bench
