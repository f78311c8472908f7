// SPDX-License-Identifier: GPL-3.0-or-later
// Two hubs' send budgets on one real PostgreSQL, sending to duet-sim: never over the cap in any sliding second.
#include "BudgetLedger.h"
#include "HubSchema.h"
#include "PgServer.h"
#include "SendBudget.h"
#include "SimService.h"
#include "Simulator.h"
#include "core/Clock.h"
#include "core/TokenBucket.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace duet;
using namespace duet::hub;
using namespace duet::test;

namespace {

const QByteArray kToken = "cluster-token";
constexpr double kCap = 20;

/// One desktop: it paces its queue at the lease its hub gives it (as SendScheduler does) and asks
/// its hub's SendAdmission before each send, which it then POSTs to the simulator, as the hub's
/// relay forwards it, and reports Meta's answer.
class Desktop : public QObject
{
public:
    Desktop(const Clock& clock, SendBudget& hub, QString session, QString agent, const QString& simUrl,
            QString phoneNumberId, int firstCustomer)
        : m_hub(hub)
        , m_session(std::move(session))
        , m_agent(std::move(agent))
        , m_url(simUrl + QStringLiteral("/v23.0/") + phoneNumberId + QStringLiteral("/messages"))
        , m_bucket(clock, 0, 1)
        , m_next(firstCustomer)
    {
        connect(&hub, &SendBudget::leaseChanged, this, [this](const QString& key, double lease) {
            if (key == m_session)
                m_bucket.setRate(lease);
        });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, &Desktop::pump);
        m_hub.setDemand(m_session, m_agent, 0, 0);
    }

    /// Queues `count` campaign sends (0 makes the desktop idle).
    void queue(int count)
    {
        m_queued = count;
        m_hub.setDemand(m_session, m_agent, 0, m_queued);
        m_bucket.setRate(m_hub.lease(m_session));
        if (count > 0)
            m_timer.start();
    }

    int accepted = 0;
    int refused = 0;
    int failed = 0;
    int inFlight = 0;

private:
    void pump()
    {
        while (m_queued > 0 && m_bucket.take()) {
            const QString to = QStringLiteral("1555%1").arg(4000000 + m_next++);
            RelayedSend send;
            send.agent = m_agent;
            send.session = m_session;
            send.recipient = to;
            send.live = false;
            --m_queued;
            m_hub.admit(send, [this, send](const Admission& a) {
                if (!a.ok) {
                    ++refused;
                    ++m_queued; // a refused send was not forwarded: it goes back to the queue
                    return;
                }
                forward(send);
            });
        }
        m_hub.setDemand(m_session, m_agent, 0, m_queued);
        if (m_queued == 0)
            m_timer.stop();
    }

    void forward(const RelayedSend& send)
    {
        QNetworkRequest request{QUrl(m_url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + kToken);
        const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                               {QStringLiteral("to"), send.recipient},
                               {QStringLiteral("type"), QStringLiteral("template")},
                               {QStringLiteral("template"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                            {QStringLiteral("language"),
                                             QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}};
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++inFlight;
        connect(reply, &QNetworkReply::finished, this, [this, reply, send] {
            reply->deleteLater();
            --inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            const int code = answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
            m_hub.answered(send, status, code);
            if (status == 200)
                ++accepted;
            else
                ++failed;
        });
    }

    SendBudget& m_hub;
    QString m_session;
    QString m_agent;
    QString m_url;
    TokenBucket m_bucket;
    QTimer m_timer;
    QNetworkAccessManager m_network;
    int m_queued = 0;
    int m_next = 0;
};

} // namespace

class TestBudgetCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!PgServer::isInstalled())
            QSKIP(PgServer::notInstalledReason());
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
    }

    /// Two hubs on one database, a busy and an idle desktop on the first, a desktop on the second
    /// that becomes busy later: the simulator never counts more than the cap in any sliding
    /// second, the busy desktop is not slowed by the idle ones, and both hubs' desktops send.
    void twoHubsNeverExceedTheCapTogether()
    {
        QString error;
        const QString url = m_pg.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        store::DatabaseLocation location;
        QVERIFY2(store::DatabaseLocation::parse(url, &location, &error), qPrintable(error));
        {
            store::Database db;
            QVERIFY2(db.open(location, &error), qPrintable(error));
            QVERIFY2(HubSchema::prepare(db.connection(), db.backend(), &error), qPrintable(error));
        }

        SystemClock clock;
        sim::SimOptions simOptions;
        simOptions.accessToken = kToken;
        simOptions.scenario.tierLimit = 1'000'000;
        sim::SimService simService(clock, simOptions);
        QVERIFY2(simService.start(&error), qPrintable(error));
        const QString phone = simOptions.scenario.phoneNumberId;

        BudgetLedger ledgerA(QStringLiteral("hub-a")), ledgerB(QStringLiteral("hub-b"));
        QVERIFY2(ledgerA.open(location, &error), qPrintable(error));
        QVERIFY2(ledgerB.open(location, &error), qPrintable(error));
        SendBudget::Options options;
        options.cap = kCap;
        SendBudget hubA(clock, options), hubB(clock, options);
        hubA.setLedger(&ledgerA);
        hubB.setLedger(&ledgerB);
        hubA.start();
        hubB.start();

        Desktop busyA(clock, hubA, QStringLiteral("a-busy"), QStringLiteral("ana"), simService.baseUrl(), phone, 0);
        Desktop idleA(clock, hubA, QStringLiteral("a-idle"), QStringLiteral("cy"), simService.baseUrl(), phone,
                      100'000);
        Desktop onB(clock, hubB, QStringLiteral("b-1"), QStringLiteral("bo"), simService.baseUrl(), phone, 200'000);
        idleA.queue(0);
        onB.queue(0);

        // The first hub's busy desktop alone: it gets the whole cap although two desktops are idle.
        busyA.queue(100'000);
        QTRY_VERIFY_WITH_TIMEOUT(hubA.grant() == int(kCap), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(hubA.lease(QStringLiteral("a-busy")) >= 0.95 * kCap, 10'000);
        QCOMPARE(hubA.lease(QStringLiteral("a-idle")), 0.0);
        QCOMPARE(hubB.lease(QStringLiteral("b-1")), 0.0);
        const int before = busyA.accepted;
        QElapsedTimer alone;
        alone.start();
        QTRY_VERIFY_WITH_TIMEOUT(busyA.accepted - before >= 40, 20'000);
        const double aloneRate = (busyA.accepted - before) * 1000.0 / double(alone.elapsed());
        qInfo("alone: %.1f msg/s accepted", aloneRate);
        QVERIFY2(aloneRate >= 0.75 * kCap, qPrintable(QString::number(aloneRate))); // generous: shared CI machines

        // The second hub's desktop gets busy: the hubs split the cap through the database.
        onB.queue(100'000);
        QTRY_VERIFY_WITH_TIMEOUT(hubB.grant() >= int(kCap) / 2 - 1 && hubA.grant() <= int(kCap) / 2 + 1, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(onB.accepted >= 40, 30'000);
        QVERIFY(hubA.grant() + hubB.grant() <= int(kCap));

        busyA.queue(0);
        onB.queue(0);
        QTRY_COMPARE_WITH_TIMEOUT(busyA.inFlight + onB.inFlight, 0, 20'000); // the last answers
        const QJsonObject stats = simService.simulator().statsJson();
        const int most = stats.value(QStringLiteral("max_accepted_in_1s")).toInt();
        qInfo("accepted %d, the most in any sliding second %d, refused by the hubs %d, Meta's errors %d",
              stats.value(QStringLiteral("accepted")).toInt(), most, busyA.refused + onB.refused,
              busyA.failed + onB.failed);
        QVERIFY(most > 0);
        QVERIFY2(most <= int(kCap), qPrintable(QString::number(most)));
        QCOMPARE(stats.value(QStringLiteral("errors_by_code")).toObject().value(QStringLiteral("130429")).toInt(), 0);
        QCOMPARE(busyA.failed + onB.failed, 0);
    }

private:
    PgServer m_pg;
};

QTEST_GUILESS_MAIN(TestBudgetCluster)
#include "TestBudgetCluster.moc"
