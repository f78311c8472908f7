// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL under two real duet-hub processes is restarted, then killed, while webhooks are being group-committed.
#include "FaultHarness.h"
#include "InProcessHub.h"
#include "PgServer.h"

#include <QTemporaryDir>

#include <utility>

using namespace duet;
using namespace duet::test;

namespace {

QString wamid(int i)
{
    return QStringLiteral("wamid.PG%1").arg(i, 5, 10, QLatin1Char('0'));
}

QByteArray body(int i)
{
    return textWebhook(QStringLiteral("1555888%1").arg(i % 9, 4, 10, QLatin1Char('0')), wamid(i), 1750000000 + i,
                       QStringLiteral("message %1").arg(i));
}

} // namespace

class TestFaultPostgres : public QObject
{
    Q_OBJECT

private:
    PgServer m_pg;

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsEmpty("DUET_TEST_PG_URL")) // chosen by whoever runs the tests
            QSKIP("DUET_TEST_PG_URL is set: this test must start, stop and kill a server of its own");
        if (!PgServer::isInstalled()) {
            if (inCi()) // CI installs PostgreSQL (scripts/deps.sh): the fault must be injected there
                QFAIL(PgServer::notInstalledReason());
            QSKIP(PgServer::notInstalledReason());
        }
        QString error;
        m_pg.setDurable(true);
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        QVERIFY(m_pg.ownsCluster());
    }

    void restartedAndKilledDuringGroupCommit()
    {
        QString error;
        const QString url = m_pg.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QTemporaryDir dir;
        HubProcess a(url, dir.path()), b(url, dir.path());
        QVERIFY(a.writeSecrets());
        QVERIFY2(a.start(&error), qPrintable(error));
        QVERIFY2(b.start(&error), qPrintable(error));
        QByteArray logA, logB;
        QObject::connect(&a.process(), &QProcess::readyReadStandardError, &a.process(),
                         [&] { logA += a.process().readAllStandardError(); });
        QObject::connect(&b.process(), &QProcess::readyReadStandardError, &b.process(),
                         [&] { logB += b.process().readAllStandardError(); });
        const QString token = a.addAgent(QStringLiteral("ana"), QStringLiteral("supervisor"));
        QVERIFY(!token.isEmpty());

        // A desktop on each hub.
        SystemClock clock;
        Desk onA, onB;
        QVERIFY2(onA.open(clock, dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
        QVERIFY2(onB.open(clock, dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
        onA.client->start(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(a.port())), token);
        onB.client->start(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(b.port())), token);
        QTRY_VERIFY_WITH_TIMEOUT(onA.isLive() && onB.isLive(), 30000);

        // Meta posts to either hub; two clients of six connections each, so both hubs group-commit.
        QNetworkAccessManager toA, toB;
        QHash<int, int> status;
        int next = 0;
        const auto burst = [&](int count, int faultAfter, const std::function<bool(QString*)>& fault) {
            QList<QNetworkReply*> replies;
            int answered = 0;
            bool injected = false;
            QString faultError;
            for (int i = next; i < next + count; ++i) {
                const QByteArray payload = body(i);
                QNetworkAccessManager& nam = i % 2 ? toB : toA;
                QNetworkReply* reply = nam.post(webhookRequest(i % 2 ? b.port() : a.port(), payload), payload);
                replies << reply;
                // The locals captured by reference outlive the connection: every reply is
                // disconnected before the burst returns (clazy cannot see that).
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, i] {
                    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    status[i] = code;                            // clazy:exclude=lambda-in-connect disconnected below
                    if (++answered == faultAfter && !injected) { // clazy:exclude=lambda-in-connect disconnected below
                        injected = true;
                        if (!fault(&faultError)) // clazy:exclude=lambda-in-connect disconnected below
                            qWarning("fault injection failed: %s", qPrintable(faultError));
                    }
                });
            }
            next += count;
            const bool all = QTest::qWaitFor([&] { return answered == count; }, 60000);
            for (QNetworkReply* r : replies) {
                r->disconnect();
                r->deleteLater();
            }
            return all && injected && faultError.isEmpty();
        };

        const auto checkAcknowledgedAreLogged = [&] {
            QHash<QString, int> counts;
            qint64 head = 0;
            QString e;
            if (!logWamids(url, &counts, &head, &e)) {
                qWarning("%s", qPrintable(e));
                return false;
            }
            for (auto it = status.cbegin(); it != status.cend(); ++it) {
                const int n = counts.value(wamid(it.key()));
                if ((it.value() == 200 && n != 1) || n > 1) {
                    qWarning("%s: answered %d, %d time(s) in the log", qPrintable(wamid(it.key())), it.value(), n);
                    return false;
                }
            }
            return true;
        };
        // Meta retries what was not acknowledged until it is; a retry of a body that did commit
        // (its answer lost with the connection) is recognised and not applied twice.
        const auto retryRefused = [&] {
            QList<int> again;
            for (int attempt = 0; attempt < 50; ++attempt) {
                again.clear();
                for (auto it = status.cbegin(); it != status.cend(); ++it) {
                    if (it.value() != 200)
                        again << it.key();
                }
                if (again.isEmpty())
                    return true;
                QList<QByteArray> bodies;
                for (int i : again)
                    bodies << body(i);
                const QList<int> got = postAll(attempt % 2 ? toB : toA, attempt % 2 ? b.port() : a.port(), bodies);
                for (int k = 0; k < again.size(); ++k)
                    status[again[k]] = got[k];
            }
            return false;
        };
        const auto expectRecovered = [&](const char* what) {
            // Each hub reconnects by itself and says so; /healthz and /metrics follow.
            for (const quint16 port : {a.port(), b.port()}) {
                QTRY_COMPARE_WITH_TIMEOUT(httpGet(toA, port, QStringLiteral("/healthz")).first, 200, 45000);
                const QByteArray metrics = httpGet(toA, port, QStringLiteral("/metrics")).second;
                QCOMPARE(metricValue(metrics, "duet_database_available"), 1.0);
                QVERIFY2(metricValue(metrics, "duet_database_connection_lost_total") >= 1.0, what);
            }
            QVERIFY2(checkAcknowledgedAreLogged(), what);
            QVERIFY2(retryRefused(), what);
            QVERIFY2(checkAcknowledgedAreLogged(), what);
        };

        // 1. A fast shutdown while commits are under way, then the server comes back.
        QVERIFY(burst(160, 40, [this](QString* e) { return m_pg.stopFast(e); }));
        QCOMPARE(a.process().state(), QProcess::Running);
        QCOMPARE(b.process().state(), QProcess::Running);
        QVERIFY(countStatus(status, 200) >= 40);
        QVERIFY2(countStatus(status, 503) > 0, "the shutdown came after the last commit");
        for (int s : std::as_const(status))
            QVERIFY2(s == 200 || s == 503, qPrintable(QString::number(s)));
        // While it is down the hubs say so.
        for (const quint16 port : {a.port(), b.port()}) {
            const auto health = httpGet(toA, port, QStringLiteral("/healthz"));
            if (health.first == 503) // a hub that had no commit fail yet does not know
                QVERIFY2(health.second.contains("database unavailable"), health.second.constData());
        }
        QTRY_VERIFY_WITH_TIMEOUT(logA.contains("database connection lost") || logB.contains("database connection lost"),
                                 10000);
        qInfo("fast shutdown: %lld acknowledged, %lld refused", qlonglong(countStatus(status, 200)),
              qlonglong(countStatus(status, 503)));
        QVERIFY2(m_pg.restart(&error), qPrintable(error));
        expectRecovered("after a fast shutdown");
        QTRY_VERIFY_WITH_TIMEOUT(logA.contains("database connection restored"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(logB.contains("database connection restored"), 30000);

        // 2. The server is killed (SIGKILL to every process of it) in the middle of group commits,
        // then started again: crash recovery keeps exactly the commits that were acknowledged.
        const int before = int(status.size());
        QVERIFY(burst(160, 40, [this](QString* e) { return m_pg.kill(e); }));
        QCOMPARE(a.process().state(), QProcess::Running);
        QCOMPARE(b.process().state(), QProcess::Running);
        int refused = 0;
        for (int i = before; i < next; ++i)
            refused += status.value(i) == 200 ? 0 : 1;
        QVERIFY2(refused > 0, "the kill came after the last commit");
        qInfo("kill: %d acknowledged, %d refused", next - before - refused, refused);
        QVERIFY2(m_pg.restart(&error), qPrintable(error));
        expectRecovered("after a kill");

        // Every webhook is in the log exactly once, in one gap-free order, and both desktops
        // converge to it (their WebSockets stayed up; the hubs read the log again).
        QHash<QString, int> counts;
        qint64 head = 0;
        QVERIFY2(logWamids(url, &counts, &head, &error), qPrintable(error));
        QCOMPARE(counts.size(), next);
        for (int i = 0; i < next; ++i)
            QVERIFY2(counts.value(wamid(i)) == 1, qPrintable(wamid(i)));
        QCOMPARE(head, qint64(next));
        QTRY_COMPARE_WITH_TIMEOUT(onA.client->lastSeq(), head, 45000);
        QTRY_COMPARE_WITH_TIMEOUT(onB.client->lastSeq(), head, 45000);
        for (Desk* desk : {&onA, &onB}) {
            QSqlQuery q(desk->store->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE wamid LIKE 'wamid.PG%'")) && q.next());
            QCOMPARE(q.value(0).toInt(), next);
        }

        onA.client->stop();
        onB.client->stop();
        QCOMPARE(a.terminate(), 0);
        QCOMPARE(b.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultPostgres)
#include "TestFaultPostgres.moc"
