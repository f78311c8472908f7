// SPDX-License-Identifier: GPL-3.0-or-later
// A real hub over HTTP: bodies for another number are kept but not applied; the number's health in /healthz and
// /metrics.
#include "FakeClock.h"
#include "HubHarness.h"
#include "HubServer.h"
#include "store/Database.h"

#include <QSqlQuery>

using namespace duet;
using namespace duet::test;

namespace {

const QString kOurs = QStringLiteral("106540352242922");
const QString kOther = QStringLiteral("999000111222333");
constexpr qint64 kDay = 24 * 3600;

/// One `messages` change: a customer's text to the number `phoneNumberId`.
QJsonObject textChange(const QString& phoneNumberId, const QString& wamid, qint64 ts)
{
    const QJsonObject message{{QStringLiteral("from"), QStringLiteral("15551230000")},
                              {QStringLiteral("id"), wamid},
                              {QStringLiteral("timestamp"), QString::number(ts)},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}};
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                                         {QStringLiteral("phone_number_id"), phoneNumberId}}},
                            {QStringLiteral("messages"), QJsonArray{message}}};
    return {{QStringLiteral("field"), QStringLiteral("messages")}, {QStringLiteral("value"), value}};
}

/// The phone app's echo to a customer, for the number `phoneNumberId`.
QJsonObject echoChange(const QString& phoneNumberId, const QString& wamid, qint64 ts)
{
    const QJsonObject echo{
        {QStringLiteral("from"), QStringLiteral("15550001111")},
        {QStringLiteral("to"), QStringLiteral("15551230000")},
        {QStringLiteral("id"), wamid},
        {QStringLiteral("timestamp"), QString::number(ts)},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("from the phone")}}}};
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                                         {QStringLiteral("phone_number_id"), phoneNumberId}}},
                            {QStringLiteral("message_echoes"), QJsonArray{echo}}};
    return {{QStringLiteral("field"), QStringLiteral("smb_message_echoes")}, {QStringLiteral("value"), value}};
}

/// An account_update as Meta sends it: no metadata, so no phone_number_id.
QJsonObject accountChange(const QString& event, const QString& reason = {})
{
    QJsonObject value{{QStringLiteral("event"), event}};
    if (!reason.isEmpty())
        value.insert(QStringLiteral("disconnection_info"),
                     QJsonObject{{QStringLiteral("reason"), reason},
                                 {QStringLiteral("initiated_by"), QStringLiteral("SYSTEM")}});
    return {{QStringLiteral("field"), QStringLiteral("account_update")}, {QStringLiteral("value"), value}};
}

QByteArray body(const QJsonArray& changes, qint64 time = 0)
{
    QJsonObject entry{{QStringLiteral("id"), QStringLiteral("102290129340398")}, {QStringLiteral("changes"), changes}};
    if (time > 0)
        entry.insert(QStringLiteral("time"), time);
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                     {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestHubNumber : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::HubServer> m_hub;
    store::Database m_db;
    QNetworkAccessManager m_nam;

    int post(const QByteArray& b)
    {
        QNetworkReply* reply = m_nam.post(webhookRequest(m_hub->port(), b), b);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QByteArray get(const QString& path)
    {
        QNetworkReply* reply =
            m_nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_hub->port()).arg(path))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return {};
        reply->deleteLater();
        return reply->readAll();
    }
    /// The value of one metric line ("name value"); NaN when absent.
    double metric(const QByteArray& name)
    {
        for (const QByteArray& line : get(QStringLiteral("/metrics")).split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toDouble();
        }
        return qQNaN();
    }
    qint64 scalar(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString& sql)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

private slots:
    void init()
    {
        m_clock.setSecs(1'764'000'000);
        m_dir = std::make_unique<QTemporaryDir>();
        hub::HubConfig config;
        config.db = m_dir->filePath(QStringLiteral("hub.db"));
        config.listenPort = 0;
        config.appSecret = kHubAppSecret;
        config.verifyToken = kHubVerifyToken;
        config.phoneNumberId = kOurs;
        m_hub = std::make_unique<hub::HubServer>(config, m_clock);
        QString error;
        QVERIFY2(m_hub->start(&error), qPrintable(error));
        store::DatabaseLocation location;
        QVERIFY(store::DatabaseLocation::parse(config.db, &location, &error));
        QVERIFY2(m_db.open(location, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_db.close();
        m_hub.reset();
        m_dir.reset();
    }

    void aBodyForAnotherNumberIsKeptButNotApplied()
    {
        QCOMPARE(metric("duet_webhooks_foreign_number_total"), 0.0);
        QCOMPARE(post(body({textChange(kOther, QStringLiteral("wamid.OTHER"), m_clock.nowSecs())})), 200);
        // Journaled raw, as Meta sent it, with the reason; nothing in the store or the log.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM journal")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT events FROM journal")), 0);
        QCOMPARE(text(QStringLiteral("SELECT reason FROM journal")),
                 QStringLiteral("1 event(s) for another number (phone_number_id 999000111222333) not applied: this "
                                "hub serves 106540352242922"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM log")), 0); // so no agent hears of it
        QCOMPARE(metric("duet_webhooks_foreign_number_total"), 1.0);
        QCOMPARE(metric("duet_webhooks_total{result=\"accepted\"}"), 1.0); // Meta got its 200
        // Meta's retry of the same bytes is a duplicate, counted once.
        QCOMPARE(post(body({textChange(kOther, QStringLiteral("wamid.OTHER"), m_clock.nowSecs())})), 200);
        QCOMPARE(metric("duet_webhooks_foreign_number_total"), 1.0);
    }

    void aMixedBodyAppliesOnlyTheHubsNumber()
    {
        const QByteArray mixed = body({textChange(kOurs, QStringLiteral("wamid.OURS"), m_clock.nowSecs()),
                                       textChange(kOther, QStringLiteral("wamid.THEIRS"), m_clock.nowSecs()),
                                       textChange(kOther, QStringLiteral("wamid.THEIRS2"), m_clock.nowSecs())});
        QCOMPARE(post(mixed), 200);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = 'wamid.OURS'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM log")), 1);
        QVERIFY(text(QStringLiteral("SELECT payload FROM log")).contains(QLatin1String("wamid.OURS")));
        QCOMPARE(scalar(QStringLiteral("SELECT events FROM journal")), 1);
        QVERIFY(text(QStringLiteral("SELECT reason FROM journal")).startsWith(QLatin1String("2 event(s) for another")));
        QCOMPARE(metric("duet_webhooks_foreign_number_total"), 1.0);
    }

    void accountUpdatesNameNoNumberAndAreApplied()
    {
        // /healthz and /metrics before anything happened: connected, phone app not seen.
        QByteArray health = get(QStringLiteral("/healthz"));
        QVERIFY2(health.contains("\naccount connected\nphone app not seen yet\n"), health.constData());
        QCOMPARE(metric("duet_account_connected"), 1.0);
        QCOMPARE(metric("duet_phone_app_idle_days"), -1.0);

        // Meta cuts the number off: the state reaches the store, the log, /healthz and /metrics.
        const qint64 removedAt = m_clock.nowSecs() - 3600;
        QCOMPARE(post(body({accountChange(QStringLiteral("PARTNER_REMOVED"), QStringLiteral("PRIMARY_INACTIVITY"))},
                           removedAt)),
                 200);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM log WHERE kind = 'account'")), 1);
        health = get(QStringLiteral("/healthz"));
        QVERIFY2(health.startsWith("ok\n"), health.constData()); // the hub itself is fine: Meta's webhooks keep coming
        const QByteArray removed = "account partner_removed (PARTNER_REMOVED PRIMARY_INACTIVITY) since " +
                                   QDateTime::fromSecsSinceEpoch(removedAt, Qt::UTC).toString(Qt::ISODate).toLatin1();
        QVERIFY2(health.contains(removed), health.constData());
        QCOMPARE(metric("duet_account_connected"), 0.0);

        // Connected again.
        QCOMPARE(post(body({accountChange(QStringLiteral("ACCOUNT_RECONNECTED"))}, m_clock.nowSecs())), 200);
        QCOMPARE(metric("duet_account_connected"), 1.0);
        QVERIFY(get(QStringLiteral("/healthz")).contains("\naccount connected\n"));
        QCOMPARE(metric("duet_webhooks_foreign_number_total"), 0.0);
    }

    void thePhoneAppsIdleDays()
    {
        const qint64 echoAt = m_clock.nowSecs();
        QCOMPARE(post(body({echoChange(kOurs, QStringLiteral("wamid.ECHO"), echoAt)})), 200);
        QCOMPARE(metric("duet_phone_app_idle_days"), 0.0);
        m_clock.advanceSecs(10 * kDay + 60);
        QCOMPARE(metric("duet_phone_app_idle_days"), 10.0);
        const QByteArray idle = "phone app idle 10 day(s), last active " +
                                QDateTime::fromSecsSinceEpoch(echoAt, Qt::UTC).toString(Qt::ISODate).toLatin1();
        const QByteArray health = get(QStringLiteral("/healthz"));
        QVERIFY2(health.contains(idle), health.constData());
        // Another number's phone app says nothing about ours.
        QCOMPARE(post(body({echoChange(kOther, QStringLiteral("wamid.ECHO2"), m_clock.nowSecs())})), 200);
        QCOMPARE(metric("duet_phone_app_idle_days"), 10.0);
        QCOMPARE(post(body({echoChange(kOurs, QStringLiteral("wamid.ECHO3"), m_clock.nowSecs())})), 200);
        QCOMPARE(metric("duet_phone_app_idle_days"), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestHubNumber)
#include "TestHubNumber.moc"
