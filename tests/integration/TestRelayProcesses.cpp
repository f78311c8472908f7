// SPDX-License-Identifier: GPL-3.0-or-later
// The Graph relay between real processes: duet-hub serve in front of duet-sim, agents revoked by the CLI.
#include "HubHarness.h"
#include "cloudapi/GraphApiVersion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;

namespace {

const QByteArray kMetaToken = "EAAG-test-access-token"; // HubProcess::writeSecrets() gives the hub this one

QByteArray templateSend(const QString& to, const QString& clientId)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                     {QStringLiteral("to"), to},
                                     {QStringLiteral("type"), QStringLiteral("template")},
                                     {QStringLiteral("biz_opaque_callback_data"), clientId},
                                     {QStringLiteral("template"),
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")},
                                                  {QStringLiteral("language"),
                                                   QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestRelayProcesses : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    /// POSTs a send to the hub's relay as the holder of `token`; Meta's (or the relay's) answer.
    QPair<int, QJsonObject> send(quint16 port, const QString& token, const QString& clientId)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/graph/%2/106540352242922/messages")
                                         .arg(port)
                                         .arg(cloudapi::graphApiVersion())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("X-Duet-Lane", "live");
        QNetworkReply* reply = m_nam.post(request, templateSend(QStringLiteral("5511987654321"), clientId));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            return {0, {}};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

private slots:
    void aRevokedAgentsNextRelayedSendIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SimProcess sim(dir.path(), kMetaToken);
        QString error;
        // Its status webhooks go nowhere: this test reads the simulator's own counts.
        QVERIFY2(sim.start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:9/webhook"),
                            QStringLiteral("--seed"), QStringLiteral("4")},
                           &error),
                 qPrintable(error));

        HubProcess hub(dir.filePath(QStringLiteral("hub.db")), dir.path());
        QVERIFY(hub.writeSecrets());
        hub.extraArgs = {QStringLiteral("--graph-base-url"), sim.baseUrl()};
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString ana = hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        const QString bia = hub.addAgent(QStringLiteral("bia"), QStringLiteral("agent"));
        QVERIFY(!ana.isEmpty() && !bia.isEmpty());

        // Both send: the simulator takes only Meta's token, which the hub added.
        QCOMPARE(send(hub.port(), ana, QStringLiteral("ana-1")).first, 200);
        QCOMPARE(send(hub.port(), bia, QStringLiteral("bia-1")).first, 200);

        QByteArray out;
        QCOMPARE(HubProcess::run({QStringLiteral("agent"), QStringLiteral("revoke"), QStringLiteral("ana"),
                                  QStringLiteral("--db"), hub.db()},
                                 &out),
                 0);
        // Ana's very next send is refused; Bia's goes through and reaches the simulator.
        const auto refused = send(hub.port(), ana, QStringLiteral("ana-2"));
        QCOMPARE(refused.first, 401);
        const QJsonObject e = refused.second.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toInt(), 190);
        QCOMPARE(e.value(QStringLiteral("duet_reason")).toString(), QStringLiteral("revoked"));
        QCOMPARE(send(hub.port(), bia, QStringLiteral("bia-2")).first, 200);

        const QJsonObject byClient = sim.stats(m_nam).value(QStringLiteral("accepted_by_client_id")).toObject();
        QCOMPARE(byClient.value(QStringLiteral("ana-1")).toInt(), 1);
        QCOMPARE(byClient.value(QStringLiteral("bia-1")).toInt(), 1);
        QCOMPARE(byClient.value(QStringLiteral("bia-2")).toInt(), 1);
        QVERIFY(!byClient.contains(QStringLiteral("ana-2")));
        QCOMPARE(byClient.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRelayProcesses)
#include "TestRelayProcesses.moc"
