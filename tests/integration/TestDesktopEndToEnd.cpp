// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop end to end: simulator -> hub -> Workspace's store, and the agent's reply back out.
#include "Demo.h"
#include "DesktopHarness.h"
#include "DomainToString.h"
#include "OutboundReporter.h"
#include "SingleSeat.h"
#include "core/CustomerId.h"
#include "outbound/MediaTransfer.h"
#include "store/CustomerIdentity.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace duet;

namespace {

const QString kMaria = QStringLiteral("15551234567");

/// A customer writes at 1 s; the business answers from the WhatsApp Business app at 2 s.
const QByteArray kScenario = R"({
  "name": "e2e",
  "templates": [ { "name": "hello_world", "language": "en_US", "category": "utility" } ],
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" } ],
  "timeline": [
    { "at": 1, "type": "text", "from": "15551234567", "text": "Hello, is the shop open?" },
    { "at": 2, "type": "echo", "to": "15551234567", "text": "Yes, until six." }
  ]
})";

/// A customer with a username: WhatsApp withholds her number until she shares it.
const QByteArray kUsernameScenario = R"({
  "name": "e2e-username",
  "customers": [ { "wa_id": "34612345678", "name": "Lucía Fernández", "username": "lucia.f",
                   "phone_hidden": true, "contact_request": "share", "share_after_s": 1 } ],
  "timeline": [ { "at": 1, "type": "text", "from": "34612345678", "text": "Hola, ¿tenéis la talla M?" } ]
})";
const QString kLucia = QStringLiteral("34612345678");

QString keyOf(desktop::Workspace& workspace, const QString& identifier)
{
    QString key;
    QString error;
    store::CustomerIdentity::lookup(workspace.store().connection(), identifier, &key, &error);
    return key;
}

} // namespace

class TestDesktopEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void aCustomerAnEchoAndAnAgentReplyLandInOneThreadInOrder()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start(kScenario, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stack.isLive(), 10'000);
        QCOMPARE(stack.workspace().agent(), QStringLiteral("ana"));

        // The scripted customer message and the echo arrive through the hub's log.
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).size(), 2, 15'000);
        QList<test::StoredMessage> thread = stack.thread(kMaria);
        QCOMPARE(thread.at(0).origin, QStringLiteral("customer"));
        QCOMPARE(thread.at(0).body, QStringLiteral("Hello, is the shop open?"));
        QCOMPARE(thread.at(1).origin, QStringLiteral("app"));
        QCOMPARE(thread.at(1).body, QStringLiteral("Yes, until six."));

        // The agent answers through the composer's path: the window is open, the driver sends,
        // the report puts it in the hub's log with the agent's name.
        QSignalSpy reported(&stack.workspace().reporter(), &desktop::OutboundReporter::reported);
        const outbound::SubmitResult r = stack.workspace().sendText(kMaria, QStringLiteral("Great, see you soon!"));
        QVERIFY2(r.isQueued(), qPrintable(r.error));
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).size(), 3, 15'000);
        thread = stack.thread(kMaria);
        QCOMPARE(thread.at(2).origin, QStringLiteral("agent"));
        QCOMPARE(thread.at(2).agent, QStringLiteral("ana"));
        QCOMPARE(thread.at(2).body, QStringLiteral("Great, see you soon!"));
        QVERIFY(reported.count() >= 1);

        // The simulator's status webhooks move the ticks forward, in the store and in the outbox.
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).at(2).status, QStringLiteral("read"), 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.workspace().outbox().row(r.id)->state, outbound::OutboxState::Read, 15'000);
        QCOMPARE(stack.workspace().outbox().unreportedRows().size(), 0);
    }

    void aUsernameCustomerSharesTheirNumberAndStaysOneThread()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start(kUsernameScenario, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stack.isLive(), 10'000);

        // She writes with her username; her number is not in the webhook, so the conversation is
        // keyed by her BSUID.
        QTRY_VERIFY_WITH_TIMEOUT(!keyOf(stack.workspace(), QStringLiteral("@lucia.f")).isEmpty(), 15'000);
        const QString bsuidKey = keyOf(stack.workspace(), QStringLiteral("@lucia.f"));
        QVERIFY2(CustomerId::isBsuid(bsuidKey), qPrintable(bsuidKey));
        QCOMPARE(keyOf(stack.workspace(), kLucia), QString());

        // An agent answers by BSUID: the send goes out as `recipient` and is delivered.
        const outbound::SubmitResult reply = stack.workspace().sendText(bsuidKey, QStringLiteral("Sí, la tenemos."));
        QVERIFY2(reply.isQueued(), qPrintable(reply.error));
        QTRY_COMPARE_WITH_TIMEOUT(stack.workspace().outbox().row(reply.id)->state, outbound::OutboxState::Read, 15'000);
        const QJsonObject sent = QJsonDocument::fromJson(stack.workspace().outbox().row(reply.id)->body).object();
        QCOMPARE(sent.value(QStringLiteral("recipient")).toString(), bsuidKey);
        QVERIFY(!sent.contains(QStringLiteral("to")));

        // The agent asks for her number; she shares it: the number links to her, and the thread
        // takes the number's key.
        const outbound::SubmitResult ask = stack.workspace().sendContactRequest(bsuidKey);
        QVERIFY2(ask.isQueued(), qPrintable(ask.error));
        QTRY_COMPARE_WITH_TIMEOUT(keyOf(stack.workspace(), kLucia), kLucia, 20'000);
        QCOMPARE(keyOf(stack.workspace(), bsuidKey), kLucia);
        QCOMPARE(keyOf(stack.workspace(), QStringLiteral("@Lucia.F")), kLucia);

        // The owner answers from the phone app, to her number: the same thread.
        QVERIFY(stack.echo(kLucia, QStringLiteral("¡Te la guardo!")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const test::StoredMessage& m : stack.thread(kLucia)) {
                    if (m.origin == QLatin1String("app"))
                        return true;
                }
                return false;
            }(),
            15'000);
        QCOMPARE(stack.conversationCount(), 1);
        QStringList origins;
        for (const test::StoredMessage& m : stack.thread(kLucia))
            origins << m.origin;
        // Her message, the agent's reply, the request, her shared contact, the phone app's answer.
        QCOMPARE(origins, (QStringList{QStringLiteral("customer"), QStringLiteral("agent"), QStringLiteral("agent"),
                                       QStringLiteral("customer"), QStringLiteral("app")}));
        QCOMPARE(stack.thread(bsuidKey).size(), 0);
    }

    void aReactionGoesOutThroughTheOutbox()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start(kScenario, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stack.isLive(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).size(), 2, 15'000);
        const QString customerWamid = stack.thread(kMaria).at(0).wamid;
        const outbound::SubmitResult r =
            stack.workspace().sendReaction(kMaria, customerWamid, QStringLiteral("\u2764\ufe0f"));
        QVERIFY2(r.isQueued(), qPrintable(r.error));
        QCOMPARE(stack.workspace().outbox().row(r.id)->kind, QStringLiteral("reaction"));
        QTRY_VERIFY_WITH_TIMEOUT(stack.workspace().outbox().row(r.id)->state != outbound::OutboxState::Queued &&
                                     stack.workspace().outbox().row(r.id)->state != outbound::OutboxState::Sending,
                                 15'000);
        const outbound::OutboxRow row = *stack.workspace().outbox().row(r.id);
        QVERIFY2(
            row.state != outbound::OutboxState::Failed && row.state != outbound::OutboxState::Uncertain,
            qPrintable(outbound::outboxStateName(row.state) + QStringLiteral(" ") + QString::number(row.errorCode)));
        QVERIFY(!row.wamid.isEmpty());
        // An empty target is refused before the outbox, with the reason shown.
        QSignalSpy notices(&stack.workspace(), &desktop::Workspace::notice);
        QVERIFY(!stack.workspace().sendReaction(kMaria, QString(), QStringLiteral("x")).isQueued());
        QCOMPARE(notices.count(), 1);
    }

    void aFreeFormReplyOutsideTheWindowIsRefusedAndATemplateGoesOut()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start({}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stack.isLive(), 10'000);
        const QString stranger = QStringLiteral("15557654321");
        const outbound::SubmitResult refused = stack.workspace().sendText(stranger, QStringLiteral("Hi"));
        QVERIFY(!refused.isQueued());
        QCOMPARE(refused.gateReason, outbound::GateDecision::Reason::NoWindow);
        QVERIFY(!refused.error.isEmpty());

        // The rendered text travels with the report: the thread and the list show it, not the name.
        const QString shown = QStringLiteral("Hello from the shop!");
        const outbound::SubmitResult sent = stack.workspace().sendTemplate(
            stranger, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}}, shown);
        QVERIFY2(sent.isQueued(), qPrintable(sent.error));
        QCOMPARE(stack.workspace().outbox().row(sent.id)->text, shown);
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(stranger).size(), 1, 15'000);
        QCOMPARE(stack.thread(stranger).at(0).origin, QStringLiteral("agent"));
        QCOMPARE(stack.thread(stranger).at(0).body, shown);
        // Sending it again (the bubble's Retry) keeps the text, under a new client id.
        const outbound::SubmitResult again = stack.workspace().retry(sent.id);
        QVERIFY2(again.isQueued(), qPrintable(again.error));
        QCOMPARE(stack.workspace().outbox().row(again.id)->text, shown);
        QVERIFY(again.clientId != sent.clientId);
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(stranger).size(), 2, 15'000);
        QCOMPARE(stack.thread(stranger).at(1).body, shown);
        // Without a text (as an older desktop reports) the template's name stands in.
        const outbound::SubmitResult bare =
            stack.workspace().sendTemplate(stranger, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}});
        QVERIFY2(bare.isQueued(), qPrintable(bare.error));
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(stranger).size(), 3, 15'000);
        QCOMPARE(stack.thread(stranger).at(2).body, QStringLiteral("hello_world"));
    }

    void aReportRefusedWhileOfflineIsSentAfterReconnecting()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start({}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(stack.isLive(), 10'000);
        QVERIFY(stack.inbound(kMaria, QStringLiteral("Anyone there?")));
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).size(), 1, 15'000);

        // Offline: the send still goes out (the outbox talks to Meta), the report waits.
        stack.workspace().sync().stop();
        const outbound::SubmitResult r = stack.workspace().sendText(kMaria, QStringLiteral("Yes!"));
        QVERIFY(r.isQueued());
        QTRY_VERIFY_WITH_TIMEOUT(!stack.workspace().outbox().row(r.id)->wamid.isEmpty(), 15'000);
        QCOMPARE(stack.workspace().outbox().unreportedRows().size(), 1);

        stack.workspace().connectTo(stack.hub().agentsUrl(), stack.token());
        QTRY_COMPARE_WITH_TIMEOUT(stack.workspace().outbox().unreportedRows().size(), 0, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(stack.thread(kMaria).size(), 2, 15'000);
        QCOMPARE(stack.thread(kMaria).at(1).origin, QStringLiteral("agent"));
        QCOMPARE(stack.thread(kMaria).at(1).body, QStringLiteral("Yes!"));
    }

    void mediaIsCheckedBeforeUploadThenUploadedAndDownloaded()
    {
        test::DesktopStack stack;
        QString error;
        QVERIFY2(stack.start({}, &error), qPrintable(error));
        outbound::MediaEndpoint endpoint;
        endpoint.baseUrl = QUrl(stack.sim().baseUrl());
        endpoint.phoneNumberId = QStringLiteral("106540352242922");
        endpoint.accessToken = test::DesktopStack::kAccessToken;

        outbound::MediaUploader uploader;
        uploader.setEndpoint(endpoint);
        // Refused before anything is sent: an empty file, a type WhatsApp does not take.
        QFile empty(stack.path(QStringLiteral("empty.png")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(uploader.upload(empty.fileName(), &error), 0);
        QVERIFY(!error.isEmpty());
        QFile script(stack.path(QStringLiteral("tool.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho hello\n");
        script.close();
        error.clear();
        QCOMPARE(uploader.upload(script.fileName(), &error), 0);
        QVERIFY(error.contains(QLatin1String("application/x-shellscript")));

        // A small PNG goes up and comes back the same.
        QFile png(stack.path(QStringLiteral("photo.png")));
        QVERIFY(png.open(QIODevice::WriteOnly));
        const QByteArray bytes =
            QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
                                "890000000d4944415478da63f8cfc0f01f0005000201e3a1b6f50000000049454e"
                                "44ae426082");
        png.write(bytes);
        png.close();
        QSignalSpy finished(&uploader, &outbound::MediaUploader::finished);
        QSignalSpy failed(&uploader, &outbound::MediaUploader::failed);
        QVERIFY(uploader.upload(png.fileName(), &error) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 10'000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const QString mediaId = finished.first().at(1).toString();
        QCOMPARE(finished.first().at(3).value<cloudapi::MediaKind>(), cloudapi::MediaKind::Image);

        outbound::MediaDownloader downloader(stack.path(QStringLiteral("media")));
        downloader.setEndpoint(endpoint);
        QSignalSpy downloaded(&downloader, &outbound::MediaDownloader::downloaded);
        QSignalSpy downloadFailed(&downloader, &outbound::MediaDownloader::failed);
        downloader.download(mediaId);
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.count() + downloadFailed.count(), 1, 10'000);
        QVERIFY2(downloadFailed.isEmpty(),
                 downloadFailed.isEmpty() ? "" : qPrintable(downloadFailed.first().at(1).toString()));
        QFile saved(downloaded.first().at(1).toString());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), bytes);
        QCOMPARE(downloader.cachedPath(mediaId), saved.fileName());

        // Over the cap: refused from the size Meta states, nothing written.
        outbound::MediaDownloader small(stack.path(QStringLiteral("small")), 10);
        small.setEndpoint(endpoint);
        QSignalSpy refused(&small, &outbound::MediaDownloader::failed);
        small.download(mediaId);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10'000);
        QVERIFY(small.cachedPath(mediaId).isEmpty());
    }

    void aSingleSeatRunsItsOwnHubAndSignsItselfIn()
    {
        QTemporaryDir dir;
        SystemClock clock;
        desktop::Workspace workspace(clock);
        desktop::WorkspaceConfig config;
        config.storePath = dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(workspace.open(config, &error), qPrintable(error));
        desktop::SingleSeat seat(workspace, QDir(dir.path()), 0);
        seat.setKeychainEnabled(false);
        desktop::SeatCredentials credentials;
        credentials.phoneNumberId = QStringLiteral("106540352242922");
        credentials.accessToken = QStringLiteral("EAAG-seat-token");
        credentials.appSecret = QStringLiteral("seat-secret");
        credentials.verifyToken = QStringLiteral("seat-verify");
        // A token the hub does not know (its database was replaced): the seat makes a new agent.
        credentials.agentToken = QStringLiteral("dt_a-token-this-hub-never-issued");
        QVERIFY(credentials.isComplete());
        QVERIFY2(seat.startWith(credentials, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.sync().state() == sync::SyncClient::State::Live, 10'000);
        QCOMPARE(workspace.agent(), QStringLiteral("me"));
        QCOMPARE(workspace.sync().role(), sync::Role::Supervisor);
        QCOMPARE(workspace.sync().phoneNumberId(), credentials.phoneNumberId);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hub.db"))));

        // The credentials travel as one JSON secret and come back whole; incomplete ones do not.
        desktop::SeatCredentials back;
        credentials.agentToken = QStringLiteral("dt_x");
        QVERIFY(desktop::SeatCredentials::fromJson(credentials.toJson(), &back));
        QCOMPARE(back.agentToken, QStringLiteral("dt_x"));
        QVERIFY(!desktop::SeatCredentials::fromJson(QStringLiteral("{\"phone_number_id\":\"x1\"}"), &back));
    }

    void theDemoStartsAndConversationsAppear()
    {
        desktop::Demo::Settings settings;
        settings.speed = 60;
        settings.campaignSize = 10;
        settings.campaignAtMs = 30'000;
        desktop::Demo demo(settings);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        desktop::Workspace workspace(demo.clock());
        desktop::WorkspaceConfig config;
        config.storePath = demo.filePath(QStringLiteral("store.db"));
        config.outboxPath = demo.filePath(QStringLiteral("outbox.db"));
        config.syncClock = &demo.realClock();
        QVERIFY2(workspace.open(config, &error), qPrintable(error));
        demo.attach(workspace);
        workspace.connectTo(demo.agentsUrl(), demo.token());
        QTRY_VERIFY_WITH_TIMEOUT(workspace.sync().state() == sync::SyncClient::State::Live, 10'000);
        QCOMPARE(workspace.agent(), QStringLiteral("ana"));
        QCOMPARE(workspace.sync().role(), sync::Role::Supervisor);
        auto conversations = [&workspace] {
            QSqlQuery q(workspace.store().connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM conversations")) && q.next() ? q.value(0).toInt() : 0;
        };
        // Customers, echoes and the imported history arrive; then the campaign goes out.
        QTRY_VERIFY_WITH_TIMEOUT(conversations() >= 4, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(demo.campaignJob() != 0, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.outbox().rowsInState(outbound::OutboxState::Queued).size(), 0, 20'000);
    }

    /// The demo's desktop sends through its in-process hub's relay: none of the demo's files (its
    /// whole folder: the hub's database, the desktop's store, outbox, media) holds Meta's token.
    void theDemoLeavesMetasTokenInNoFile()
    {
        desktop::Demo::Settings settings;
        settings.speed = 60;
        settings.campaignSize = 10;
        settings.campaignAtMs = 20'000;
        settings.accessToken = "EAAG-demo-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        desktop::Demo demo(settings);
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        {
            desktop::Workspace workspace(demo.clock());
            desktop::WorkspaceConfig config;
            config.storePath = demo.filePath(QStringLiteral("store.db"));
            config.outboxPath = demo.filePath(QStringLiteral("outbox.db"));
            config.syncClock = &demo.realClock();
            QVERIFY2(workspace.open(config, &error), qPrintable(error));
            demo.attach(workspace);
            workspace.connectTo(demo.agentsUrl(), demo.token());
            QTRY_VERIFY_WITH_TIMEOUT(demo.campaignJob() != 0, 30'000);
            QTRY_COMPARE_WITH_TIMEOUT(workspace.outbox().rowsInState(outbound::OutboxState::Queued).size(), 0, 30'000);
            QTRY_VERIFY_WITH_TIMEOUT(!workspace.outbox().rowsInState(outbound::OutboxState::Accepted).isEmpty() ||
                                         !workspace.outbox().rowsInState(outbound::OutboxState::Delivered).isEmpty() ||
                                         !workspace.outbox().rowsInState(outbound::OutboxState::Sent).isEmpty(),
                                     30'000);
        }
        const QByteArray utf16(reinterpret_cast<const char*>(QString::fromLatin1(settings.accessToken).utf16()),
                               settings.accessToken.size() * 2);
        int scanned = 0;
        QDirIterator it(demo.filePath(QString()), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(settings.accessToken) && !bytes.contains(utf16), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 3); // the hub's database, the store and the outbox at least
    }
};

QTEST_GUILESS_MAIN(TestDesktopEndToEnd)
#include "TestDesktopEndToEnd.moc"
