// SPDX-License-Identifier: GPL-3.0-or-later
// The hub under abuse and at its edges: frame caps, sockets awaiting hello, slow readers, oversized
// bodies, webhooks queued at shutdown, bodies that cannot be applied.
#include "HubHarness.h"
#include "InProcessHub.h"
#include "net/HttpServer.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace duet;
using namespace duet::test;

namespace {

/// A figure of /proc/PID/status in kB ("VmRSS", "VmHWM"); -1 when it cannot be read.
qint64 procStatusKb(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// A client WebSocket frame written by hand: masked, text, FIN.
QByteArray maskedTextFrame(const QByteArray& payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char((n >> 8) & 0xff));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(n) >> shift) & 0xff));
    }
    const char mask[4] = {0x11, 0x22, 0x33, 0x44};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < n; ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

QByteArray helloFrame(const QString& token)
{
    sync::Hello h;
    h.token = token;
    h.since = 0;
    h.client = QStringLiteral("test/1");
    return sync::encode(sync::ClientMessage(h));
}

/// A client that completes the WebSocket upgrade by hand on a plain socket with a small receive
/// buffer, says hello, and then never reads another byte: the kernel's buffers fill up.
class NonReadingAgent
{
public:
    ~NonReadingAgent()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    /// Connects, upgrades and says hello; false with *error. Spins the event loop (the hub may be
    /// in this process) while it waits for the upgrade's answer.
    bool start(quint16 port, const QString& token, QString* error)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 4096;
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            *error = QStringLiteral("connect: %1").arg(errno);
            return false;
        }
        ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
        const QByteArray upgrade =
            QByteArrayLiteral("GET /agents HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                              "Sec-WebSocket-Version: 13\r\n\r\n");
        if (!writeAll(upgrade)) {
            *error = QStringLiteral("cannot write the upgrade");
            return false;
        }
        // Reads the answer's head byte by byte, and not one byte more.
        QByteArray head;
        const bool answered = QTest::qWaitFor(
            [&] {
                char c = 0;
                while (!head.endsWith("\r\n\r\n") && ::recv(m_fd, &c, 1, 0) == 1)
                    head.append(c);
                return head.endsWith("\r\n\r\n");
            },
            20000);
        if (!answered || !head.startsWith("HTTP/1.1 101")) {
            *error = QStringLiteral("no upgrade: %1").arg(QString::fromLatin1(head));
            return false;
        }
        if (!writeAll(maskedTextFrame(helloFrame(token)))) {
            *error = QStringLiteral("cannot write hello");
            return false;
        }
        return true;
    }

private:
    bool writeAll(const QByteArray& data)
    {
        qsizetype done = 0;
        return QTest::qWaitFor(
            [&] {
                const ssize_t n = ::send(m_fd, data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
                if (n > 0)
                    done += n;
                return done == data.size();
            },
            20000);
    }

    int m_fd = -1;
};

/// An HTTP request written by hand on a QTcpSocket; collects whatever the hub answers.
struct RawHttp
{
    QTcpSocket socket;
    QByteArray received;

    bool connectTo(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(10000);
    }
    /// Waits until the hub has answered and closed the connection.
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, 20000);
    }
};

/// `count` inbound texts of `textBytes` characters each in one webhook body.
QByteArray bulkWebhook(int batch, int count, int textBytes)
{
    QJsonArray contacts, messages;
    const QString contact = QStringLiteral("15551230000");
    contacts.append(QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("T")}}},
                                {QStringLiteral("wa_id"), contact}});
    for (int i = 0; i < count; ++i) {
        messages.append(
            QJsonObject{{QStringLiteral("from"), contact},
                        {QStringLiteral("id"), QStringLiteral("wamid.bulk-%1-%2").arg(batch).arg(i)},
                        {QStringLiteral("timestamp"), QString::number(1'750'000'000 + batch)},
                        {QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"),
                         QJsonObject{{QStringLiteral("body"), QString(textBytes, QLatin1Char('a' + i % 26))}}}});
    }
    return webhookBody(messagesValue(contacts, messages));
}

} // namespace

class TestHubLimits : public QObject
{
    Q_OBJECT

private slots:
    void aTenMegabyteFrameIsRefusedWithoutGrowingTheHub();
    void socketsAwaitingHelloAreCapped();
    void oversizedBodiesAreRefusedBeforeTheyAreBuffered();
    void bodyLimitsFollowThePath();
    void aClientThatNeverReadsIsDroppedWhileOthersGetEveryEvent();
    void webhooksCommittedDuringShutdownAreAnswered();
    void aBodyThatCannotBeAppliedIsJournaledWithItsError();
    void theProxyExamplesKeepMetricsInternal();

private:
    /// A real `duet-hub serve` in a temporary directory.
    std::unique_ptr<HubProcess> startHub(QTemporaryDir& dir)
    {
        auto hub = std::make_unique<HubProcess>(dir.filePath(QStringLiteral("hub.db")), dir.path());
        if (!hub->writeSecrets())
            return nullptr;
        QString error;
        if (!hub->start(&error)) {
            qWarning().noquote() << error;
            return nullptr;
        }
        return hub;
    }
};

void TestHubLimits::aTenMegabyteFrameIsRefusedWithoutGrowingTheHub()
{
    QTemporaryDir dir;
    std::unique_ptr<HubProcess> hub = startHub(dir);
    QVERIFY(hub);
    const QString token = hub->addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
    QVERIFY(!token.isEmpty());
    const qint64 pid = hub->process().processId();

    // A normal session first, so that everything the hub sets up once is in the baseline.
    AgentClient ana;
    QVERIFY(ana.connectTo(hub->port()));
    ana.sendHello(token, 0);
    QVERIFY(ana.waitFor<sync::CaughtUp>());
    const qint64 rssBefore = procStatusKb(pid, "VmRSS");
    const qint64 peakBefore = procStatusKb(pid, "VmHWM");
    QVERIFY(rssBefore > 0 && peakBefore > 0);

    AgentClient attacker;
    QVERIFY(attacker.connectTo(hub->port()));
    attacker.socket().setOutgoingFrameSize(16 * 1024 * 1024); // one frame, not 512 KiB pieces
    attacker.sendRaw(QString(10 * 1024 * 1024, QLatin1Char('x')));
    QTRY_VERIFY_WITH_TIMEOUT(attacker.closed, 30000);
    QCOMPARE(attacker.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    QVERIFY(!attacker.socket().closeReason().isEmpty());

    // The hub is fine and the other session untouched.
    QVERIFY(!ana.closed);
    const qint64 rssAfter = procStatusKb(pid, "VmRSS");
    const qint64 peakAfter = procStatusKb(pid, "VmHWM");
    qInfo() << "hub VmRSS" << rssBefore << "->" << rssAfter << "kB, VmHWM" << peakBefore << "->" << peakAfter << "kB";
    QVERIFY2(peakAfter - peakBefore < 4 * 1024, "the hub's peak memory grew by 4 MB or more");
    QVERIFY2(rssAfter - rssBefore < 4 * 1024, "the hub's memory grew by 4 MB or more");
    QCOMPARE(hub->process().state(), QProcess::Running);
}

void TestHubLimits::socketsAwaitingHelloAreCapped()
{
    QTemporaryDir dir;
    std::unique_ptr<HubProcess> hub = startHub(dir);
    QVERIFY(hub);
    const QString token = hub->addAgent(QStringLiteral("ana"), QStringLiteral("agent"));

    // 16 sockets from one address that never say hello: the per-address cap.
    std::vector<std::unique_ptr<AgentClient>> silent;
    for (int i = 0; i < 16; ++i) {
        silent.push_back(std::make_unique<AgentClient>());
        QVERIFY(silent.back()->connectTo(hub->port()));
    }
    // The next one is closed at once, with a reason.
    AgentClient refused;
    QVERIFY(refused.connectTo(hub->port()));
    QTRY_VERIFY_WITH_TIMEOUT(refused.closed, 20000);
    QCOMPARE(int(refused.socket().closeCode()), 4013);
    QCOMPARE(refused.socket().closeReason(), QStringLiteral("busy"));
    const QList<sync::Bye> byes = refused.all<sync::Bye>();
    QVERIFY(byes.isEmpty() || byes.first().reason == QStringLiteral("busy"));
    for (const auto& s : silent)
        QVERIFY(!s->closed);

    // Once one of them goes, a desktop that says hello at once gets in.
    silent.front()->socket().close();
    QTRY_VERIFY_WITH_TIMEOUT(silent.front()->closed, 20000);
    bool welcomed = false;
    for (int attempt = 0; attempt < 50 && !welcomed; ++attempt) {
        AgentClient ana;
        QVERIFY(ana.connectTo(hub->port()));
        ana.sendHello(token, 0);
        welcomed = ana.waitFor<sync::Welcome>();
    }
    QVERIFY(welcomed);
}

void TestHubLimits::oversizedBodiesAreRefusedBeforeTheyAreBuffered()
{
    QTemporaryDir dir;
    std::unique_ptr<HubProcess> hub = startHub(dir);
    QVERIFY(hub);
    const qint64 pid = hub->process().processId();
    QNetworkAccessManager nam;
    QCOMPARE(postWebhook(nam, hub->port(),
                         textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.ok1"), 1'750'000'000,
                                     QStringLiteral("hello"))),
             200);
    const qint64 peakBefore = procStatusKb(pid, "VmHWM");

    // A declared length over 3 MB: 413 as soon as the head is in, without one byte of the body.
    {
        RawHttp http;
        QVERIFY(http.connectTo(hub->port()));
        http.socket.write("POST /webhook HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                          "Content-Length: 100000000\r\n\r\n");
        QVERIFY(http.waitClosed());
        QVERIFY2(http.received.startsWith("HTTP/1.1 413"), http.received.constData());
    }
    const qint64 peakAfterDeclared = procStatusKb(pid, "VmHWM");
    qInfo() << "hub VmHWM" << peakBefore << "->" << peakAfterDeclared << "kB after a declared 100 MB body";
    QVERIFY2(peakAfterDeclared - peakBefore < 4 * 1024, "the hub's peak memory grew by 4 MB or more");

    // A chunked body of up to 20 MB: refused once its chunks pass 3 MB, the connection closed.
    // QtHttpServer holds what came until then (its read buffer and the request's body: up to about
    // three times the limit at the peak), never the 20 MB.
    {
        RawHttp http;
        QVERIFY(http.connectTo(hub->port()));
        http.socket.write("POST /webhook HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = QByteArray("10000\r\n") + QByteArray(0x10000, 'x') + "\r\n";
        for (int i = 0; i < 320 && http.received.isEmpty() && http.socket.state() == QAbstractSocket::ConnectedState;
             ++i) {
            http.socket.write(chunk);
            http.socket.waitForBytesWritten(10000);
        }
        QVERIFY(http.waitClosed());
        QVERIFY2(http.received.startsWith("HTTP/1.1 413"), http.received.constData());
    }
    const qint64 peakAfter = procStatusKb(pid, "VmHWM");
    qInfo() << "hub VmHWM" << peakAfterDeclared << "->" << peakAfter << "kB after a chunked body refused at 3 MB";
    QVERIFY2(peakAfter - peakAfterDeclared < 16 * 1024, "the hub's peak memory grew by 16 MB or more");

    // Bodies within the limit, chunked or not, still go through.
    QCOMPARE(postWebhook(nam, hub->port(),
                         textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.ok2"), 1'750'000'001,
                                     QStringLiteral("again"))),
             200);
    {
        const QByteArray body = textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.ok3"), 1'750'000'002,
                                            QStringLiteral("chunked"));
        RawHttp http;
        QVERIFY(http.connectTo(hub->port()));
        const qsizetype half = body.size() / 2;
        http.socket.write("POST /webhook HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\nConnection: close\r\nX-Hub-Signature-256: " +
                          cloudapi::WebhookSignature(kHubAppSecret).sign(body) + "\r\n\r\n" +
                          QByteArray::number(half, 16) + "\r\n" + body.left(half) + "\r\n" +
                          QByteArray::number(body.size() - half, 16) + "\r\n" + body.mid(half) + "\r\n0\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return http.received.contains("\r\n\r\n"); }, 20000));
        QVERIFY2(http.received.startsWith("HTTP/1.1 200"), http.received.constData());
    }
}

void TestHubLimits::bodyLimitsFollowThePath()
{
    net::HttpServer server;
    const auto echo = [](const net::HttpRequest& r, net::HttpReply reply) {
        reply.sendText(200, QByteArray::number(r.body.size()));
    };
    server.route("POST", QStringLiteral("/small"), echo);
    server.route("POST", QStringLiteral("/big/upload"), echo);
    int refused = 0;
    server.setMaxBodyBytes(1000, [&refused](const QHostAddress&) { ++refused; });
    server.setMaxBodyBytes(QStringLiteral("/big/"), 100'000);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    QNetworkAccessManager nam;
    const auto post = [&](const QString& path, qsizetype bytes) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        QNetworkReply* reply = nam.post(request, QByteArray(bytes, 'b'));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QCOMPARE(post(QStringLiteral("/small"), 1000), 200);
    QCOMPARE(post(QStringLiteral("/small?x=1"), 5000), 413);
    QCOMPARE(post(QStringLiteral("/big/upload"), 50'000), 200);
    QCOMPARE(post(QStringLiteral("/big/upload"), 100'001), 413);
    QCOMPARE(refused, 2);
}

void TestHubLimits::aClientThatNeverReadsIsDroppedWhileOthersGetEveryEvent()
{
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error, false,
                       [](hub::HubServer& server) {
                           server.agentSettings().outgoingHighWaterBytes = 64 * 1024;
                           server.agentSettings().outgoingHardLimitBytes = 256 * 1024;
                       }),
             qPrintable(error));
    const QString anaToken = hub.addAgent(QStringLiteral("ana"), sync::Role::Agent, &error);
    const QString bobToken = hub.addAgent(QStringLiteral("bob"), sync::Role::Agent, &error);
    QVERIFY2(!anaToken.isEmpty() && !bobToken.isEmpty(), qPrintable(error));

    AgentClient ana;
    QVERIFY(ana.connectTo(hub.server().port()));
    ana.sendHello(anaToken, 0);
    QVERIFY(ana.waitFor<sync::CaughtUp>());
    NonReadingAgent bob;
    QVERIFY2(bob.start(hub.server().port(), bobToken, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(hub.server().agents().welcomedCount(), 2, 20000);

    // Large events until the hub gives up on bob (kernel buffers take a few MB first).
    QNetworkAccessManager nam;
    int batch = 0;
    for (; batch < 200 && hub.server().agents().slowReadersDropped() == 0; ++batch)
        QCOMPARE(postWebhook(nam, hub.server().port(), bulkWebhook(batch, 50, 3000)), 200);
    QCOMPARE(hub.server().agents().slowReadersDropped(), 1);
    qInfo() << "bob was dropped after" << batch * 50 << "events of 3 kB";
    QCOMPARE(postWebhook(nam, hub.server().port(), bulkWebhook(batch, 50, 3000)), 200);
    QTRY_COMPARE_WITH_TIMEOUT(hub.server().agents().sessionCount(), 1, 20000);

    // ana got every event, in order, and is still connected.
    const qint64 head = hub.server().agents().head();
    QVERIFY(ana.waitForSeq(head));
    const QList<qint64> seqs = ana.seqs();
    QCOMPARE(seqs.size(), qsizetype(head));
    for (qsizetype i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), qint64(i + 1));
    QVERIFY(!ana.closed);

    // A desktop catching up on all of it: paging pauses above the high-water mark (64 KiB here,
    // the backlog is megabytes) and resumes as it reads, to the end.
    AgentClient late;
    QVERIFY(late.connectTo(hub.server().port()));
    late.sendHello(anaToken, 0);
    QVERIFY(late.waitFor<sync::CaughtUp>());
    QCOMPARE(late.seqs(), seqs);
    QVERIFY(!late.closed);
}

void TestHubLimits::webhooksCommittedDuringShutdownAreAnswered()
{
    InProcessHub hub;
    QString error;
    QVERIFY2(hub.start(&error), qPrintable(error));
    // The database thread stops right after the first commit, before that body's answer.
    QSemaphore entered, proceed;
    std::atomic_bool first{true};
    QObject context;
    connect(
        &hub.server().journal(), &hub::WebhookJournal::committed, &context,
        [&](const QList<hub::LogEntry>&) {
            if (first.exchange(false)) {
                entered.release();
                proceed.acquire();
            }
        },
        Qt::DirectConnection);

    QNetworkAccessManager nam;
    const quint16 port = hub.server().port();
    const QByteArray a = textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.A"), 1'750'000'000,
                                     QStringLiteral("committed"));
    const QByteArray b = textWebhook(QStringLiteral("15551230002"), QStringLiteral("wamid.B"), 1'750'000'001,
                                     QStringLiteral("still queued"));
    QNetworkReply* replyA = nam.post(webhookRequest(port, a), a);
    QTRY_VERIFY_WITH_TIMEOUT(entered.available() > 0, 20000);
    QNetworkReply* replyB = nam.post(webhookRequest(port, b), b);
    QTRY_COMPARE_WITH_TIMEOUT(hub.server().journal().queuedCount(), 1, 20000);

    // Shutdown while A awaits its answer and B its commit: both are committed and answered.
    proceed.release();
    hub.server().stop();
    QTRY_VERIFY_WITH_TIMEOUT(replyA->isFinished() && replyB->isFinished(), 20000);
    QCOMPARE(replyA->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(replyB->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    replyA->deleteLater();
    replyB->deleteLater();
}

void TestHubLimits::aBodyThatCannotBeAppliedIsJournaledWithItsError()
{
    QTemporaryDir dir;
    std::unique_ptr<HubProcess> hub = startHub(dir);
    QVERIFY(hub);
    const QString probeName = QStringLiteral("unapplied-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(hub->db());
        QVERIFY(db.open());
    }
    const auto scalar = [&](const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(probeName));
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<%1>").arg(sql);
    };
    const auto exec = [&](const QString& sql) { return QSqlQuery(QSqlDatabase::database(probeName)).exec(sql); };
    // Something the hub cannot apply: the store refuses this one message.
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_poison BEFORE INSERT ON messages WHEN NEW.wamid = "
                                "'wamid.poison' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));

    QNetworkAccessManager nam;
    QCOMPARE(postWebhook(nam, hub->port(),
                         textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.poison"), 1'750'000'000,
                                     QStringLiteral("poison"))),
             200);
    QCOMPARE(scalar(QStringLiteral("SELECT state FROM journal ORDER BY id DESC LIMIT 1")),
             QStringLiteral("undecodable"));
    const QString reason = scalar(QStringLiteral("SELECT reason FROM journal ORDER BY id DESC LIMIT 1"));
    QVERIFY2(reason.startsWith(QStringLiteral("not applied: ")) &&
                 reason.contains(QStringLiteral("refused by the test")),
             qPrintable(reason));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.poison'")), QStringLiteral("0"));
    // The hub goes on with the next body.
    QCOMPARE(postWebhook(nam, hub->port(),
                         textWebhook(QStringLiteral("15551230001"), QStringLiteral("wamid.next"), 1'750'000'001,
                                     QStringLiteral("next"))),
             200);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.next'")), QStringLiteral("1"));

    // Once the cause is gone, the administrator replays it.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER refuse_poison")));
    QByteArray out;
    QCOMPARE(HubProcess::run({QStringLiteral("redecode"), QStringLiteral("--db"), hub->db(),
                              QStringLiteral("--phone-number-id"), QStringLiteral("106540352242922")},
                             &out),
             0);
    QVERIFY2(out.contains("redecoded: 1 bodies"), out.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.poison'")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM log WHERE payload LIKE '%wamid.poison%'")),
             QStringLiteral("1"));
    QSqlDatabase::removeDatabase(probeName);
}

void TestHubLimits::theProxyExamplesKeepMetricsInternal()
{
    QFile operations(QStringLiteral(DUET_SOURCE_DIR "/docs/OPERATIONS.md"));
    QVERIFY(operations.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(operations.readAll());
    // Every example that proxies the hub (a Caddy site, an nginx server) says what /metrics gets.
    const auto blockAfter = [&](const QString& marker) {
        const qsizetype at = text.indexOf(marker);
        const qsizetype open = text.indexOf(QStringLiteral("```"), at);
        const qsizetype close = text.indexOf(QStringLiteral("```"), open + 3);
        return at < 0 || open < 0 || close < 0 ? QString() : text.mid(open, close - open);
    };
    const QString caddy = blockAfter(QStringLiteral("**Caddy**"));
    QVERIFY(caddy.contains(QStringLiteral("reverse_proxy")));
    QVERIFY2(caddy.contains(QStringLiteral("@metrics path /metrics")) &&
                 caddy.contains(QStringLiteral("respond @metrics 404")),
             qPrintable(caddy));
    const QString nginx = blockAfter(QStringLiteral("**nginx**"));
    QVERIFY(nginx.contains(QStringLiteral("proxy_pass")));
    QVERIFY2(nginx.contains(QStringLiteral("location = /metrics { allow 10.0.0.0/8; deny all;")), qPrintable(nginx));
    QVERIFY2(!nginx.contains(QStringLiteral("location / ")), "a catch-all location would expose /metrics");
}

QTEST_GUILESS_MAIN(TestHubLimits)
#include "TestHubLimits.moc"
