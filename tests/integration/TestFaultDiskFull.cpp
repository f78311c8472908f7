// SPDX-License-Identifier: GPL-3.0-or-later
// The disk under a real duet-hub fills up: acknowledged webhooks are all in the log, the rest get 503 and land once
// space is freed.
#include "FaultHarness.h"
#include "InProcessHub.h"
#include "ui/TeamActions.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/statvfs.h>

using namespace duet;
using namespace duet::test;

namespace {

QString s_namespaceError; ///< why the private mount namespace could not be entered (empty: it was)

QByteArray body(int i)
{
    return textWebhook(QStringLiteral("1555777%1").arg(i % 7, 4, 10, QLatin1Char('0')),
                       QStringLiteral("wamid.DISK%1").arg(i, 5, 10, QLatin1Char('0')), 1750000000 + i,
                       QStringLiteral("message %1 %2").arg(i).arg(QString(200, QLatin1Char('x'))));
}

QString wamid(int i)
{
    return QStringLiteral("wamid.DISK%1").arg(i, 5, 10, QLatin1Char('0'));
}

/// Fills the filesystem of `file` with it until `leave` bytes are free (0: until no byte is).
bool fill(const QString& file, qint64 leave, QString* error)
{
    struct statvfs st
    {};
    if (statvfs(QFile::encodeName(QFileInfo(file).absolutePath()).constData(), &st) != 0) {
        *error = QStringLiteral("statvfs failed");
        return false;
    }
    qint64 bytes = qint64(st.f_bavail) * qint64(st.f_frsize) - leave;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = f.errorString();
        return false;
    }
    const QByteArray chunk(64 * 1024, 'F');
    while (bytes > 0) {
        const qint64 n = f.write(chunk.constData(), qMin<qint64>(bytes, chunk.size()));
        if (n <= 0 && leave == 0)
            return true; // the last pages went to the filesystem's own needs
        if (n <= 0) {
            *error = QStringLiteral("filling the disk: %1").arg(f.errorString());
            return false;
        }
        bytes -= n;
    }
    return true;
}

} // namespace

class TestFaultDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_mount;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error = s_namespaceError;
        m_mount = m_dir.filePath(QStringLiteral("hubdisk"));
        QVERIFY(QDir().mkpath(m_mount));
        if (error.isEmpty() && mountTmpfs(m_mount, 16 * 1024 * 1024, &error))
            return;
        const QString why = QStringLiteral("cannot put the hub's database on a small filesystem: %1").arg(error);
        if (inCi())
            QFAIL(qPrintable(why)); // CI runs as root: the fault must be injected there
        QSKIP(qPrintable(why));
    }
    void cleanupTestCase()
    {
        umount2(QFile::encodeName(m_mount).constData(), MNT_DETACH); // the namespace would drop it anyway
    }

    void aFullDiskRefusesWhatItCannotStoreAndLosesNothing()
    {
        QString error;
        const QString db = m_mount + QStringLiteral("/hub.sqlite");
        HubProcess hub(db, m_dir.path());
        QVERIFY(hub.writeSecrets());
        const QString token = hub.addAgent(QStringLiteral("ana"), QStringLiteral("supervisor"));
        QVERIFY(!token.isEmpty());
        QVERIFY2(hub.start(&error), qPrintable(error));
        QByteArray hubLog;
        QObject::connect(&hub.process(), &QProcess::readyReadStandardError, &hub.process(),
                         [&] { hubLog += hub.process().readAllStandardError(); });

        // A desktop follows the hub throughout.
        SystemClock clock;
        Desk desk;
        QVERIFY2(desk.open(clock, m_dir.filePath(QStringLiteral("desk.sqlite")), &error), qPrintable(error));
        desk.client->start(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(hub.port())), token);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLive(), 30000);

        QNetworkAccessManager nam;
        QHash<int, int> status; // webhook -> the hub's last answer
        int next = 0;
        const auto post = [&](int count) {
            QList<QByteArray> bodies;
            for (int i = 0; i < count; ++i)
                bodies << body(next + i);
            QList<int> got = postAll(nam, hub.port(), bodies);
            for (int i = 0; i < count; ++i)
                status[next + i] = got[i];
            next += count;
            return got;
        };
        QVERIFY(!post(8).contains(0)); // all answered
        QCOMPARE(countStatus(status, 200), 8);

        // Leave the database a few pages, then keep posting, eight at once, until the hub refuses
        // whole rounds.
        QVERIFY2(fill(m_mount + QStringLiteral("/filler"), 1024 * 1024, &error), qPrintable(error));
        int refusedRounds = 0;
        for (int round = 0; round < 400 && refusedRounds < 3; ++round) {
            const QList<int> got = post(8);
            QVERIFY2(!got.contains(0), "every POST gets an HTTP answer");
            for (int s : got)
                QVERIFY2(s == 200 || s == 503, qPrintable(QStringLiteral("unexpected status %1").arg(s)));
            refusedRounds += got.count(503) == got.size() ? 1 : 0;
        }
        QVERIFY2(refusedRounds == 3, "the disk never filled");
        // What room is left goes too. A transaction can still reuse the WAL space a failed larger
        // one had taken, so agents' notes may pass until that is used up; then they are refused
        // with the reason, and the desktop says what to do.
        QVERIFY2(fill(m_mount + QStringLiteral("/filler2"), 0, &error), qPrintable(error));
        ui::TeamActions team(desk.client.get());
        const auto note = [&team](const QString& text) {
            std::optional<ui::TeamActions::Result> result;
            team.note(QStringLiteral("15557770000"), text, [&result](const ui::TeamActions::Result& r) { result = r; });
            (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
            return result.value_or(ui::TeamActions::Result{});
        };
        ui::TeamActions::Result noted;
        for (int i = 0; i < 200 && (noted.ok || noted.reason.isEmpty()); ++i)
            noted = note(QStringLiteral("note %1 while the disk fills: %2").arg(i).arg(QString(3000, QChar(0x6587))));
        QVERIFY(!noted.ok);
        QCOMPARE(noted.reason, QStringLiteral("disk_full"));
        QVERIFY2(noted.message.contains(QLatin1String("disk is full")), qPrintable(noted.message));
        QCOMPARE(hub.process().state(), QProcess::Running);
        const QList<int> accepted = status.keys(200), refused = status.keys(503);
        QVERIFY(accepted.size() > 8);
        QVERIFY(!refused.isEmpty());
        qInfo("disk full after %lld webhooks acknowledged; %lld refused", qlonglong(accepted.size()),
              qlonglong(refused.size()));

        // Every acknowledged webhook is in the log once; no refused one is. The desktop has the same.
        QHash<QString, int> counts;
        qint64 head = 0;
        QVERIFY2(logWamids(db, &counts, &head, &error), qPrintable(error));
        for (int i : accepted)
            QVERIFY2(counts.value(wamid(i)) == 1, qPrintable(wamid(i)));
        for (int i : refused)
            QVERIFY2(!counts.contains(wamid(i)), qPrintable(wamid(i)));
        QCOMPARE(counts.size(), accepted.size());
        QTRY_COMPARE_WITH_TIMEOUT(desk.client->lastSeq(), head, 30000);

        // The administrator sees why: /healthz, /metrics and the hub's log.
        const auto health = httpGet(nam, hub.port(), QStringLiteral("/healthz"));
        QCOMPARE(health.first, 503);
        QVERIFY2(health.second.contains("database disk full"), health.second.constData());
        const QByteArray metrics = httpGet(nam, hub.port(), QStringLiteral("/metrics")).second;
        QCOMPARE(metricValue(metrics, "duet_database_disk_full"), 1.0);
        QCOMPARE(metricValue(metrics, "duet_database_available"), 0.0);
        QCOMPARE(metricValue(metrics, "duet_webhooks_total{result=\"unavailable\"}"), double(refused.size()));
        QTRY_VERIFY_WITH_TIMEOUT(hubLog.contains("the disk holding the database is full"), 10000);

        // Space is freed: Meta's retries of the refused webhooks are taken, and new ones too.
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler")));
        QVERIFY(QFile::remove(m_mount + QStringLiteral("/filler2")));
        for (int attempt = 0; attempt < 20 && countStatus(status, 503) > 0; ++attempt) {
            const QList<int> again = status.keys(503);
            QList<QByteArray> bodies;
            for (int i : again)
                bodies << body(i);
            const QList<int> got = postAll(nam, hub.port(), bodies);
            for (int k = 0; k < again.size(); ++k)
                status[again[k]] = got[k];
        }
        QCOMPARE(countStatus(status, 503), 0);
        QVERIFY(!post(8).contains(503));
        QCOMPARE(countStatus(status, 200), next);
        QCOMPARE(httpGet(nam, hub.port(), QStringLiteral("/healthz")).first, 200);
        QVERIFY(note(QStringLiteral("once there is room")).ok);
        const QByteArray after = httpGet(nam, hub.port(), QStringLiteral("/metrics")).second;
        QCOMPARE(metricValue(after, "duet_database_disk_full"), 0.0);
        QCOMPARE(metricValue(after, "duet_database_available"), 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(hubLog.contains("the database has room again"), 10000);
        for (const QByteArray& line : hubLog.split('\n')) {
            if (line.contains("disk holding") || line.contains("room again"))
                qInfo("the hub said: %s", line.constData());
        }

        // Nothing lost, nothing doubled, nothing kept aside as not applied; the file is sound.
        QVERIFY2(logWamids(db, &counts, &head, &error), qPrintable(error));
        QCOMPARE(counts.size(), next);
        for (int i = 0; i < next; ++i)
            QVERIFY2(counts.value(wamid(i)) == 1, qPrintable(wamid(i)));
        {
            store::DatabaseLocation location;
            store::Database check;
            QVERIFY(store::DatabaseLocation::parse(db, &location, &error));
            QVERIFY2(check.open(location, &error), qPrintable(error));
            QSqlQuery q(check.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM journal WHERE state <> 'applied'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }

        // The desktop converges to the hub's log: every message once.
        QTRY_COMPARE_WITH_TIMEOUT(desk.client->lastSeq(), head, 30000);
        QVERIFY(desk.isLive());
        QSqlQuery q(desk.store->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT wamid) FROM messages WHERE wamid LIKE "
                                      "'wamid.DISK%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), next);
        QCOMPARE(q.value(1).toInt(), next);

        desk.client->stop();
        QCOMPARE(hub.terminate(), 0);
    }
};

int main(int argc, char* argv[])
{
    // Before any thread exists: unshare() needs a single-threaded process.
    enterPrivateMountNamespace(&s_namespaceError);
    QCoreApplication app(argc, argv);
    TestFaultDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestFaultDiskFull.moc"
