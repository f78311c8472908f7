// SPDX-License-Identifier: GPL-3.0-or-later
// A slow, lossy network (FaultProxy: delay, truncation, reset, stall) between desktop and hub, hub and duet-sim,
// duet-sim and hub.
#include "FakeClock.h"
#include "FaultProxy.h"
#include "HubHarness.h"
#include "InProcessHub.h"
#include "cloudapi/GraphApiVersion.h"
#include "store/Database.h"
#include "ui/ConnectionIndicator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;

namespace {

const QByteArray kMetaToken = "EAAG-test-access-token"; // HubProcess::writeSecrets() gives the hub this one

/// duet-sim, then duet-hub serve, with a FaultProxy on each path between them: the simulator's
/// webhooks reach the hub through `webhooks`, the hub's Graph calls reach the simulator through
/// `graph`, and desktops reach the hub through `agents`.
struct Stack
{
    QTemporaryDir dir;
    FaultProxy webhooks, graph, agents;
    std::unique_ptr<SimProcess> sim;
    std::unique_ptr<HubProcess> hub;
    QString token;

    bool start(QString* error)
    {
        const quint16 webhookPort = webhooks.listen();
        const quint16 graphPort = graph.listen();
        const quint16 agentsPort = agents.listen();
        if (!dir.isValid() || webhookPort == 0 || graphPort == 0 || agentsPort == 0) {
            *error = QStringLiteral("no directory or no proxy port");
            return false;
        }
        sim = std::make_unique<SimProcess>(dir.path(), kMetaToken);
        if (!sim->start({QStringLiteral("--webhook-url"),
                         QStringLiteral("http://127.0.0.1:%1/webhook").arg(webhookPort), QStringLiteral("--speed"),
                         QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("5")},
                        error))
            return false;
        graph.setTarget(quint16(QUrl(sim->baseUrl()).port()));
        hub = std::make_unique<HubProcess>(dir.filePath(QStringLiteral("hub.db")), dir.path());
        if (!hub->writeSecrets()) {
            *error = QStringLiteral("cannot write the hub's secrets");
            return false;
        }
        hub->extraArgs = {QStringLiteral("--graph-base-url"), QStringLiteral("http://127.0.0.1:%1").arg(graphPort)};
        if (!hub->start(error))
            return false;
        webhooks.setTarget(hub->port());
        agents.setTarget(hub->port());
        token = hub->addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        if (token.isEmpty()) {
            *error = QStringLiteral("cannot add an agent");
            return false;
        }
        return true;
    }
    QUrl agentsUrl() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(agents.port())); }
};

/// A customer message through the simulator; the simulator's answer (its wamid), empty on failure.
QString inbound(QNetworkAccessManager& nam, const SimProcess& sim, const QString& from, const QString& text)
{
    QNetworkRequest request(QUrl(sim.baseUrl() + QStringLiteral("/_sim/inbound")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply =
        nam.post(request, QJsonDocument(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("text"), text}})
                              .toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
}

/// The customer message texts in a desktop's store, each as often as it is stored.
QStringList storedTexts(const Desk& desk)
{
    QStringList out;
    QSqlQuery q(desk.store->connection());
    if (q.exec(QStringLiteral("SELECT body FROM messages WHERE origin = 'customer' ORDER BY body")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList expected(int from, int to)
{
    QStringList out;
    for (int i = from; i < to; ++i)
        out << QStringLiteral("msg %1").arg(i, 3, 10, QLatin1Char('0'));
    out.sort();
    return out;
}

/// The hub's log as its database holds it: the head, and how many events carry each text.
struct HubLog
{
    qint64 head = -1;
    QHash<QString, int> byText;
};
HubLog readHubLog(const QString& path, const QStringList& texts)
{
    HubLog out;
    store::Database db;
    store::DatabaseLocation location;
    location.path = path;
    QString error;
    if (!db.open(location, &error))
        return out;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT seq FROM log_head")) && q.next())
        out.head = q.value(0).toLongLong();
    for (const QString& text : texts) {
        q.prepare(QStringLiteral("SELECT count(*) FROM log WHERE payload LIKE ?"));
        q.addBindValue(QStringLiteral("%\"%1\"%").arg(text));
        if (q.exec() && q.next())
            out.byText.insert(text, q.value(0).toInt());
    }
    return out;
}

QString indicatorText(const Desk& desk)
{
    return ui::ConnectionIndicator::text(desk.client->state(), desk.client->lastError());
}

/// What the indicator says while the hub cannot be reached and the desktop retries.
bool saysRetrying(const Desk& desk)
{
    const QString text = indicatorText(desk);
    return text == QStringLiteral("Offline, retrying") || text == QStringLiteral("Reconnecting…");
}

} // namespace

class TestSlowNetwork : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    /// Sends `count` customer messages numbered from `from` through the simulator.
    void sendInbound(Stack& s, int from, int count)
    {
        for (int i = from; i < from + count; ++i)
            QVERIFY(!inbound(m_nam, *s.sim, QStringLiteral("5511988880%1").arg(i % 7),
                             QStringLiteral("msg %1").arg(i, 3, 10, QLatin1Char('0')))
                         .isEmpty());
    }

private slots:
    /// Desktop <-> hub: slow chunks, a reset, frames cut half-way, a stall longer than the silence
    /// limit. The desktop says what happened (the connection indicator), reconnects, and ends with
    /// every message once.
    void theDesktopConvergesThroughDelayResetTruncationAndStall()
    {
        Stack s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QTemporaryDir dir;
        FakeClock clock; // the desktop's timers (back-off, silence) move when the test moves it
        Desk desk;
        QVERIFY2(desk.open(clock, dir.filePath(QStringLiteral("desk.db")), &error), qPrintable(error));
        desk.client->start(s.agentsUrl(), s.token);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLive(), 20000);
        const QString liveText = indicatorText(desk);
        QCOMPARE(liveText, QStringLiteral("Connected"));

        // 1. Every chunk 40 ms late, both ways.
        s.agents.delayMs = 40;
        sendInbound(s, 0, 5);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(desk), expected(0, 5), 30000);

        // 2. The connection is reset: the indicator leaves "live" and says why; messages that
        //    arrive meanwhile are caught up after the reconnect.
        s.agents.clearFaults();
        s.agents.resetAll();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isLive(), 20000);
        QCOMPARE(desk.client->lastError(), sync::SyncClient::Failure::HubUnreachable);
        QVERIFY2(saysRetrying(desk), qPrintable(indicatorText(desk)));
        sendInbound(s, 5, 5);
        QTRY_VERIFY_WITH_TIMEOUT((clock.advanceMs(100), desk.isLive()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(desk), expected(0, 10), 30000);
        QCOMPARE(indicatorText(desk), liveText);

        // 3. Frames cut half-way: the hub's bytes toward the desktop stop after 200 bytes of the
        //    next connections; then the network heals.
        s.agents.truncateToClientAfter = 200;
        sendInbound(s, 10, 5);
        s.agents.resetAll();
        QTRY_VERIFY_WITH_TIMEOUT((clock.advanceMs(100), s.agents.faulted() >= 2), 30000);
        QVERIFY(!desk.isLive());
        s.agents.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT((clock.advanceMs(100), desk.isLive()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(desk), expected(0, 15), 30000);

        // 4. A stall: nothing passes, the connection stays open. Past the silence limit (on the
        //    desktop's clock) the desktop gives up on it and says so; when the network flows
        //    again it reconnects and catches up.
        s.agents.stall();
        sendInbound(s, 15, 5);
        clock.advanceMs(sync::SyncClient::Settings().silenceLimitMs + 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isLive(), 20000);
        QCOMPARE(desk.client->lastError(), sync::SyncClient::Failure::HubUnreachable);
        QVERIFY2(saysRetrying(desk), qPrintable(indicatorText(desk)));
        s.agents.clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT((clock.advanceMs(100), desk.isLive()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(desk), expected(0, 20), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.client->lastSeq(), readHubLog(s.hub->db(), {}).head, 30000);
        desk.client->stop();
    }

    /// Simulator -> hub webhooks: answers reset after the hub committed, requests cut half-way,
    /// everything slow. The simulator retries as Meta does; the hub's log holds each message once.
    void webhooksAreNeitherLostNorDoubled()
    {
        Stack s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        QTemporaryDir dir;
        SystemClock clock;
        Desk desk;
        QVERIFY2(desk.open(clock, dir.filePath(QStringLiteral("desk.db")), &error), qPrintable(error));
        desk.client->start(s.agentsUrl(), s.token);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLive(), 20000);

        // The hub's answers are reset as their first byte comes: the hub has each webhook, the
        // simulator does not know it and posts it again.
        s.webhooks.resetToClientAfter = 0;
        sendInbound(s, 0, 4);
        QTRY_VERIFY_WITH_TIMEOUT(s.webhooks.faulted() >= 4, 30000);
        // Requests cut half-way: the hub gets half a body and never a whole webhook.
        s.webhooks.resetToClientAfter = -1;
        s.webhooks.resetToServerAfter = 120;
        sendInbound(s, 4, 4);
        QTRY_VERIFY_WITH_TIMEOUT(s.webhooks.faulted() >= 8, 30000);
        // Slow: every chunk 30 ms late.
        s.webhooks.resetToServerAfter = -1;
        s.webhooks.delayMs = 30;
        sendInbound(s, 8, 4);
        QTRY_COMPARE_WITH_TIMEOUT(storedTexts(desk), expected(0, 12), 60000);
        s.webhooks.clearFaults();
        // The hub's log holds each message once, and the desktop has all of the log.
        const HubLog log = readHubLog(s.hub->db(), expected(0, 12));
        for (const QString& text : expected(0, 12))
            QVERIFY2(
                log.byText.value(text) == 1,
                qPrintable(QStringLiteral("%1 is in the hub's log %2 times").arg(text).arg(log.byText.value(text))));
        QTRY_COMPARE_WITH_TIMEOUT(desk.client->lastSeq(), readHubLog(s.hub->db(), {}).head, 30000);
        desk.client->stop();
    }

    /// Hub -> simulator Graph calls: the simulator's answer is reset after it accepted the send.
    /// The relay tells the desktop the send's fate is unknown (not "failed", not "sent") and logs
    /// it; the simulator has it once; a slow link still answers.
    void aLostGraphAnswerIsReportedAndNotDoubled()
    {
        Stack s;
        QString error;
        QVERIFY2(s.start(&error), qPrintable(error));
        const auto send = [&](const QString& clientId) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/graph/%2/106540352242922/messages")
                                             .arg(s.hub->port())
                                             .arg(cloudapi::graphApiVersion())));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Bearer " + s.token.toUtf8());
            request.setRawHeader("X-Duet-Lane", "live");
            const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                   {QStringLiteral("to"), QStringLiteral("5511987654321")},
                                   {QStringLiteral("type"), QStringLiteral("template")},
                                   {QStringLiteral("biz_opaque_callback_data"), clientId},
                                   {QStringLiteral("template"),
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                                {QStringLiteral("language"),
                                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}};
            QNetworkReply* reply = m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 40000);
            reply->deleteLater();
            return std::pair{done ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1,
                             QJsonDocument::fromJson(reply->readAll()).object()};
        };

        // The simulator's answer is reset as its first byte comes back: Meta has the message.
        s.graph.resetToClientAfter = 0;
        const auto lost = send(QStringLiteral("lost-1"));
        QVERIFY2(lost.first == 502 || lost.first == 504, qPrintable(QString::number(lost.first)));
        // The relay's own words: Meta's answer never came (the desktop's outbox: `uncertain`).
        const QJsonObject e = lost.second.value(QStringLiteral("duet_relay")).toObject();
        QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("meta_no_answer"));
        QVERIFY2(!e.value(QStringLiteral("message")).toString().isEmpty(),
                 QJsonDocument(lost.second).toJson().constData());
        // The hub's log line says so.
        QByteArray hubLog;
        QTRY_VERIFY_WITH_TIMEOUT((hubLog += s.hub->process().readAllStandardError()).contains("Meta did not answer"),
                                 20000);

        // Slow but whole: answered.
        s.graph.clearFaults();
        s.graph.delayMs = 40;
        QCOMPARE(send(QStringLiteral("slow-1")).first, 200);

        const QJsonObject byClient = s.sim->stats(m_nam).value(QStringLiteral("accepted_by_client_id")).toObject();
        QCOMPARE(byClient.value(QStringLiteral("lost-1")).toInt(), 1); // accepted once, nothing resent blindly
        QCOMPARE(byClient.value(QStringLiteral("slow-1")).toInt(), 1);
    }
};

QTEST_MAIN(TestSlowNetwork)
#include "TestSlowNetwork.moc"
