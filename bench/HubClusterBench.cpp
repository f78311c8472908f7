// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench hub --db/--hubs: several duet-hub processes on one database, webhooks and agents spread across them.
#include "AgentRegistry.h"
#include "Benchmarks.h"
#include "HubLoad.h"
#include "PgServer.h"
#include "Statistics.h"
#include "cloudapi/WebhookSignature.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "sync/Protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QWebSocket>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace duet::bench {
namespace {

const QByteArray kSecret = "bench-cluster-app-secret";
const QString kPhoneNumberId = QStringLiteral("106540352242922");
constexpr int kAgents = 200;
constexpr int kConcurrency = 32;
constexpr int kFanoutBase = 50'000'000; ///< wamid numbers of the fan-out events (BENCH<base + i>)

/// Nanoseconds on the monotonic clock every thread of the benchmark reads.
qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// One configuration: a database kind and how many hubs share it.
struct Setup
{
    QString db; ///< sqlite or postgres
    int hubs = 1;
    QString name() const
    {
        return QStringLiteral("%1_%2hub%3").arg(db).arg(hubs).arg(hubs > 1 ? QLatin1String("s") : QLatin1String(""));
    }
};

/// What one run of one setup measured.
struct Sample
{
    double postsPerS = 0;
    double ackP50 = 0;
    double ackP99 = 0;
    double eventsPerTransaction = 0; ///< the POSTs over the log transactions of every hub
    double lockBusyShare = 0;        ///< seconds the log_head lock was held, over the load's seconds
    double lockWaitShare = 0;        ///< seconds writers waited for it, over the load's seconds
    std::vector<double> sameHubMs;   ///< ack at hub A -> the event at an agent on hub A
    std::vector<double> otherHubMs;  ///< ack at hub A -> the event at an agent on another hub
    int failures = 0;                ///< POSTs not answered 200, events an agent never got, a wrong log
    QString failure;                 ///< the first failure, in words
};

/// `duet-hub serve` processes on one database, on free loopback ports.
class HubProcesses
{
public:
    explicit HubProcesses(QString dir)
        : m_dir(std::move(dir))
    {}
    ~HubProcesses() { stop(); }

    bool start(const QString& db, int count, QString* error)
    {
        if (!writeSecret(QStringLiteral("app.secret"), kSecret, error) ||
            !writeSecret(QStringLiteral("verify.token"), "bench", error) ||
            !writeSecret(QStringLiteral("access.token"), "bench-access-token", error)) // the relay is not used
            return false;
        const QString program =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../hub/duet-hub"));
        for (int i = 0; i < count; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("duet.*.info=false")); // warnings only
            p->setProcessEnvironment(env);
            p->start(program, {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--app-secret-file"),
                               m_dir + QStringLiteral("/app.secret"), QStringLiteral("--verify-token-file"),
                               m_dir + QStringLiteral("/verify.token"), QStringLiteral("--access-token-file"),
                               m_dir + QStringLiteral("/access.token"), QStringLiteral("--phone-number-id"),
                               kPhoneNumberId, QStringLiteral("--max-sessions-per-agent"), QString::number(kAgents)});
            m_processes.push_back(std::move(p));
        }
        // They start together: the schema is created under PostgreSQL's advisory lock by the first.
        static const QRegularExpression re(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        for (auto& p : m_processes) {
            QByteArray said;
            QElapsedTimer t;
            t.start();
            quint16 port = 0;
            while (port == 0 && t.elapsed() < 60'000) {
                if (p->canReadLine()) {
                    said += p->readLine();
                    const auto m = re.match(QString::fromUtf8(said));
                    if (m.hasMatch())
                        port = quint16(m.captured(1).toUInt());
                    continue;
                }
                if (p->state() == QProcess::NotRunning)
                    break;
                p->waitForReadyRead(1000);
            }
            if (port == 0) {
                *error = QStringLiteral("%1 serve did not start: %2").arg(program, QString::fromUtf8(said).trimmed());
                return false;
            }
            m_ports << port;
        }
        return true;
    }

    /// SIGTERM to each; false when one did not exit cleanly.
    bool stop()
    {
        bool clean = true;
        for (auto& p : m_processes) {
            if (p->state() != QProcess::NotRunning)
                p->terminate();
        }
        for (auto& p : m_processes) {
            if (p->state() != QProcess::NotRunning && !p->waitForFinished(30'000)) {
                p->kill();
                p->waitForFinished(10'000);
                clean = false;
            }
            clean = clean && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
        }
        m_processes.clear();
        return clean;
    }

    const QList<quint16>& ports() const { return m_ports; }

private:
    bool writeSecret(const QString& name, const QByteArray& value, QString* error) const
    {
        QFile f(m_dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(value) != value.size() ||
            !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            *error = QStringLiteral("cannot write %1").arg(f.fileName());
            return false;
        }
        return true;
    }

    QString m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    QList<quint16> m_ports;
};

/// One signed POST /webhook on a keep-alive connection, waited for on the calling thread; the
/// nanosecond its answer was read (nowNs()), or 0 when it was not 200.
class AckingPoster
{
public:
    explicit AckingPoster(const QList<quint16>& ports)
    {
        for (quint16 port : ports) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, port);
            s->waitForConnected(10'000);
            m_sockets.push_back(std::move(s));
        }
    }

    qint64 post(int hub, const QByteArray& body, const QByteArray& signature)
    {
        QTcpSocket& s = *m_sockets[size_t(hub)];
        s.write("POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "X-Hub-Signature-256: " +
                signature + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        s.flush();
        QByteArray buffer;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20'000) {
            if (!s.waitForReadyRead(1000) && s.state() != QAbstractSocket::ConnectedState)
                return 0;
            buffer += s.readAll();
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            qsizetype length = 0;
            for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                continue;
            const qint64 at = nowNs();
            return buffer.mid(9, 3).toInt() == 200 ? at : 0;
        }
        return 0;
    }

private:
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
};

/// `kAgents` agents on their own thread, agent a connected to hub a % hubs, recording when each
/// fan-out event (wamid BENCH<kFanoutBase + i>) reaches each agent.
class Agents
{
public:
    Agents(const QList<quint16>& ports, const QString& token, qint64 since, int events)
        : m_arrivals(size_t(events), std::vector<qint64>(kAgents, 0))
        , m_counts(size_t(events))
    {
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        // A hub keeps at most 16 connections from one address waiting for their hello: they
        // connect a few at a time, each caught-up agent making room for the next.
        QMetaObject::invokeMethod(m_context, [this, ports, token, since] {
            m_open = [this, ports, token, since] {
                if (m_opened >= kAgents)
                    return;
                const int a = m_opened++;
                auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, m_context);
                QObject::connect(socket, &QWebSocket::connected, socket, [socket, token, since] {
                    sync::Hello h;
                    h.token = token;
                    h.since = since; // live fan-out only
                    socket->sendTextMessage(QString::fromUtf8(sync::encode(sync::ClientMessage(h))));
                });
                QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                                 [this, a](const QString& text) { onMessage(a, text); });
                socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(ports[a % ports.size()])));
            };
            for (int i = 0; i < 8; ++i)
                m_open();
        });
    }
    ~Agents()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool waitUntilLive(int timeoutMs) { return m_caughtUp.tryAcquire(kAgents, timeoutMs); }
    /// Waits until every agent has event i; false after the timeout.
    bool waitForEvent(int timeoutMs) { return m_complete.tryAcquire(1, timeoutMs); }
    /// When agent a got event i (nowNs()), 0 if it did not.
    qint64 arrival(int i, int a) const
    {
        QMutexLocker lock(&m_mutex);
        return m_arrivals[size_t(i)][size_t(a)];
    }

private:
    void onMessage(int agent, const QString& text)
    {
        const qint64 at = nowNs();
        sync::HubMessage m;
        sync::ProtocolError e;
        if (!sync::decodeHubMessage(text.toUtf8(), &m, &e))
            return;
        if (std::holds_alternative<sync::CaughtUp>(m)) {
            m_caughtUp.release();
            m_open();
            return;
        }
        const auto* ev = std::get_if<sync::EventFrame>(&m);
        if (!ev)
            return;
        const QString wamid = ev->event.value(QLatin1String("wamid")).toString();
        const int i = QStringView(wamid).mid(qstrlen("wamid.BENCH")).toInt() - kFanoutBase;
        if (i < 0 || size_t(i) >= m_arrivals.size())
            return;
        QMutexLocker lock(&m_mutex);
        if (m_arrivals[size_t(i)][size_t(agent)] != 0)
            return; // a duplicate would be a bug in the hub; the count stays honest
        m_arrivals[size_t(i)][size_t(agent)] = at;
        if (++m_counts[size_t(i)] == kAgents)
            m_complete.release();
    }

    QThread m_thread;
    QObject* m_context = nullptr;
    std::function<void()> m_open; ///< connects the next agent (on the agents' thread)
    int m_opened = 0;
    mutable QMutex m_mutex;
    std::vector<std::vector<qint64>> m_arrivals;
    std::vector<int> m_counts;
    QSemaphore m_caughtUp;
    QSemaphore m_complete;
};

bool readHead(store::Database& db, qint64* head, qint64* rows, QString* error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT seq FROM log_head WHERE id = 1), (SELECT count(*) FROM log)")) ||
        !q.next()) {
        *error = QStringLiteral("cannot read the log head");
        return false;
    }
    *head = q.value(0).toLongLong();
    *rows = q.value(1).toLongLong();
    return true;
}

/// The sum and count of a histogram in a hub's /metrics (e.g. duet_log_lock_held_seconds).
bool scrapeHistogram(quint16 port, const QByteArray& name, double* sum, double* count)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(10'000))
        return false;
    s.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray text;
    while (s.waitForReadyRead(10'000) || s.bytesAvailable() > 0) {
        text += s.readAll();
        if (s.state() != QAbstractSocket::ConnectedState)
            break;
    }
    text += s.readAll();
    bool haveSum = false, haveCount = false;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(QByteArray(name + "_sum "))) {
            *sum = line.mid(name.size() + 5).toDouble(&haveSum);
        } else if (line.startsWith(QByteArray(name + "_count "))) {
            *count = line.mid(name.size() + 7).toDouble(&haveCount);
        }
    }
    return haveSum && haveCount;
}

/// One run of one setup on a fresh database (`dbUrl`: a file path or a postgresql:// URL).
Sample measure(const Setup& setup, const QString& dbUrl, const QString& dir, int singles, int fanoutEvents, int* offset)
{
    Sample sample;
    const auto fail = [&sample](const QString& why) {
        ++sample.failures;
        if (sample.failure.isEmpty())
            sample.failure = why;
    };
    HubProcesses hubs(dir);
    QString error;
    if (!hubs.start(dbUrl, setup.hubs, &error)) {
        fail(error);
        return sample;
    }
    const QList<quint16> ports = hubs.ports();
    const cloudapi::WebhookSignature signer(kSecret);

    // Throughput and ack latency: single-event POSTs, kConcurrency in flight, spread over the hubs.
    QList<QByteArray> bodies, signatures;
    for (int i = 0; i < singles; ++i) {
        bodies << messagesBody(*offset + i, 1);
        signatures << signer.sign(bodies.last());
    }
    *offset += singles;
    const LoadResult single = load(ports, "/webhook", bodies, signatures, singles, kConcurrency);
    if (single.failures > 0)
        fail(QStringLiteral("%1 of %2 POSTs were not answered 200").arg(single.failures).arg(singles));
    sample.postsPerS = double(singles) / single.seconds;
    sample.ackP50 = percentile(single.latenciesMs, 0.5);
    sample.ackP99 = percentile(single.latenciesMs, 0.99);
    // What bounds it: the log_head row lock every writer of every hub takes in turn.
    double held = 0, transactions = 0, waited = 0;
    for (quint16 port : ports) {
        double sum = 0, count = 0, waitSum = 0, waitCount = 0;
        if (!scrapeHistogram(port, "duet_log_lock_held_seconds", &sum, &count) ||
            !scrapeHistogram(port, "duet_log_lock_wait_seconds", &waitSum, &waitCount)) {
            fail(QStringLiteral("cannot read a hub's /metrics"));
            return sample;
        }
        held += sum;
        transactions += count;
        waited += waitSum;
    }
    sample.eventsPerTransaction = transactions > 0 ? double(singles) / transactions : 0;
    sample.lockBusyShare = held / single.seconds;
    sample.lockWaitShare = waited / single.seconds;

    // Fan-out: kAgents agents spread over the hubs, one webhook at a time to hub i % hubs.
    store::Database db;
    store::DatabaseLocation location;
    QString token;
    SystemClock clock;
    qint64 head = 0, rows = 0;
    if (!store::DatabaseLocation::parse(dbUrl, &location, &error) || !db.open(location, &error) ||
        !hub::AgentRegistry(db.connection())
             .add(QStringLiteral("bench"), sync::Role::Agent, clock.nowSecs(), &token, &error) ||
        !readHead(db, &head, &rows, &error)) {
        fail(error);
        return sample;
    }
    if (head != singles || rows != singles)
        fail(QStringLiteral("the log holds %1 events (head %2) after %3 POSTs").arg(rows).arg(head).arg(singles));
    {
        Agents agents(ports, token, head, fanoutEvents);
        if (!agents.waitUntilLive(60'000)) {
            fail(QStringLiteral("not every agent caught up within 60 s"));
            return sample;
        }
        AckingPoster poster(ports);
        for (int i = 0; i < fanoutEvents; ++i) {
            const int hub = i % setup.hubs;
            const QByteArray body = messagesBody(kFanoutBase + i, 1);
            const qint64 ack = poster.post(hub, body, signer.sign(body));
            if (ack == 0) {
                fail(QStringLiteral("a fan-out POST was not answered 200"));
                break;
            }
            if (!agents.waitForEvent(10'000)) {
                fail(QStringLiteral("fan-out event %1 did not reach every agent within 10 s").arg(i));
                break;
            }
            for (int a = 0; a < kAgents; ++a) {
                // An agent on the hub that committed may get the event before its 200 is read: 0.
                const double ms = double(qMax<qint64>(0, agents.arrival(i, a) - ack)) / 1e6;
                (a % setup.hubs == hub ? sample.sameHubMs : sample.otherHubMs).push_back(ms);
            }
        }
    }
    if (!readHead(db, &head, &rows, &error))
        fail(error);
    else if (head != singles + fanoutEvents || rows != head)
        fail(QStringLiteral("the log holds %1 events (head %2), expected %3")
                 .arg(rows)
                 .arg(head)
                 .arg(singles + fanoutEvents));
    db.close();
    if (!hubs.stop())
        fail(QStringLiteral("a duet-hub did not stop cleanly"));
    return sample;
}

} // namespace

int runHubCluster(const BenchOptions& options, QTextStream& out)
{
    const QStringList databases =
        options.databases.isEmpty() ? QStringList{QStringLiteral("postgres")} : options.databases;
    const QList<int> hubCounts = options.hubCounts.isEmpty() ? QList<int>{1} : options.hubCounts;
    const int singles = options.quick ? 2000 : 10000;
    const int fanoutEvents = options.quick ? 20 : 100;
    const int runs = options.quick ? 1 : options.runs;

    // One SQLite file serves one hub (several hubs need PostgreSQL's row lock and LISTEN/NOTIFY),
    // so SQLite runs one hub whatever --hubs says: the baseline for PostgreSQL's figures.
    QList<Setup> setups;
    for (const QString& db : databases) {
        if (db == QLatin1String("sqlite")) {
            setups << Setup{db, 1};
            continue;
        }
        for (int hubs : hubCounts)
            setups << Setup{db, hubs};
    }

    std::unique_ptr<test::PgServer> pg;
    if (databases.contains(QLatin1String("postgres"))) {
        if (!test::PgServer::isInstalled()) {
            out << "duet-bench hub: " << test::PgServer::notInstalledReason() << '\n';
            return 1;
        }
        pg = std::make_unique<test::PgServer>();
        pg->setDurable(true); // fsync and synchronous_commit on, as a production server
        QString error;
        if (!pg->start(&error)) {
            out << "duet-bench hub: cannot start PostgreSQL: " << error << '\n';
            return 1;
        }
    }

    QMap<QString, std::vector<double>> rate, ackP50, ackP99, sameP50, sameP99, otherP50, otherP99, perTx, lockBusy,
        lockWait;
    int failures = 0;
    int offset = 0;
    for (int run = 0; run < runs; ++run) {
        for (const Setup& setup : std::as_const(setups)) {
            QTemporaryDir dir;
            QString error;
            const QString url = setup.db == QLatin1String("sqlite") ? dir.filePath(QStringLiteral("hub.db"))
                                                                    : pg->createDatabase(&error);
            if (url.isEmpty()) {
                out << "duet-bench hub: " << error << '\n';
                return 1;
            }
            const Sample s = measure(setup, url, dir.path(), singles, fanoutEvents, &offset);
            if (s.failures > 0) {
                out << "duet-bench hub: " << setup.name() << " run " << run + 1 << ": " << s.failure << '\n';
                failures += s.failures;
                continue;
            }
            const QString n = setup.name();
            rate[n].push_back(s.postsPerS);
            ackP50[n].push_back(s.ackP50);
            ackP99[n].push_back(s.ackP99);
            perTx[n].push_back(s.eventsPerTransaction);
            lockBusy[n].push_back(s.lockBusyShare);
            lockWait[n].push_back(s.lockWaitShare);
            sameP50[n].push_back(percentile(s.sameHubMs, 0.5));
            sameP99[n].push_back(percentile(s.sameHubMs, 0.99));
            if (!s.otherHubMs.empty()) {
                otherP50[n].push_back(percentile(s.otherHubMs, 0.5));
                otherP99[n].push_back(percentile(s.otherHubMs, 0.99));
            }
        }
    }
    if (failures > 0) {
        out << "duet-bench hub: " << failures << " failure(s); no figures\n";
        return 1;
    }

    const auto print = [&out](const QString& name, double value, int decimals) {
        const QByteArray n = name.toUtf8();
        printFigure(out, n.constData(), value, decimals);
    };
    for (const Setup& setup : std::as_const(setups)) {
        const QString n = setup.name();
        print(n + QStringLiteral("_webhook_posts_per_s"), median(rate[n]), 0);
        print(n + QStringLiteral("_webhook_ack_p50_ms"), median(ackP50[n]), 1);
        print(n + QStringLiteral("_webhook_ack_p99_ms"), median(ackP99[n]), 1);
        print(n + QStringLiteral("_events_per_transaction"), median(perTx[n]), 1);
        print(n + QStringLiteral("_log_lock_held_share"), median(lockBusy[n]), 2);
        print(n + QStringLiteral("_log_lock_wait_share"), median(lockWait[n]), 2);
        print(n + QStringLiteral("_fanout_same_hub_p50_ms"), median(sameP50[n]), 1);
        print(n + QStringLiteral("_fanout_same_hub_p99_ms"), median(sameP99[n]), 1);
        if (setup.hubs > 1) {
            print(n + QStringLiteral("_fanout_other_hub_p50_ms"), median(otherP50[n]), 1);
            print(n + QStringLiteral("_fanout_other_hub_p99_ms"), median(otherP99[n]), 1);
        }
    }
    // Ratios against the baselines measured in the same run: one hub on the same database (the
    // scaling), and one hub on SQLite (PostgreSQL's cost) when both ran.
    for (const Setup& setup : std::as_const(setups)) {
        const QString n = setup.name();
        const QString oneHub = Setup{setup.db, 1}.name();
        if (setup.hubs > 1 && rate.contains(oneHub))
            print(n + QStringLiteral("_vs_1hub_posts_ratio"), median(rate[n]) / median(rate[oneHub]), 2);
        const QString sqlite = Setup{QStringLiteral("sqlite"), 1}.name();
        if (setup.db == QLatin1String("postgres") && rate.contains(sqlite))
            print(n + QStringLiteral("_vs_sqlite_1hub_posts_ratio"), median(rate[n]) / median(rate[sqlite]), 2);
    }
    printFigure(out, "runs", runs, 0);
    printFigure(out, "webhook_failures", failures, 0);
    return 0;
}

} // namespace duet::bench
