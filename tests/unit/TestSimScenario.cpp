// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files: loading, clear errors for broken ones, and playing a scripted day on a fake clock.
#include "DomainToString.h"
#include "FakeClock.h"
#include "GraphPaths.h"
#include "Scenario.h"
#include "SimHarness.h"
#include "Simulator.h"
#include "WebhookDispatcher.h"
#include "cloudapi/WebhookDecoder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace duet;
using namespace duet::sim;
using namespace duet::cloudapi;

namespace {

/// Collects every webhook body the simulator would POST, acknowledging each.
class Collector : public WebhookTransport
{
public:
    QList<QByteArray> bodies;
    void post(const QByteArray& body, const QByteArray&, std::function<void(int)> done) override
    {
        bodies.append(body);
        done(200);
    }
};

QList<Event> decode(const QList<QByteArray>& bodies)
{
    QList<Event> events;
    for (const QByteArray& b : bodies) {
        const DecodeResult r = WebhookDecoder::decode(b);
        if (!r.ok())
            qWarning() << r.reason;
        events += r.events;
    }
    return events;
}

QList<Event> ofKind(const QList<Event>& events, EventKind kind)
{
    QList<Event> out;
    for (const Event& e : events) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

} // namespace

class TestSimScenario : public QObject
{
    Q_OBJECT

private slots:
    void shippedScenariosLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("the demo day") << QStringLiteral("demo-day.json");
        QTest::newRow("the small test scenario") << QStringLiteral("test-basic.json");
    }

    void shippedScenariosLoad()
    {
        QFETCH(QString, file);
        Scenario s;
        QString error;
        QVERIFY2(Scenario::loadFile(test::simScenarioPath(file), &s, &error), qPrintable(error));
        QVERIFY(!s.templates.isEmpty());
        QVERIFY(!s.customers.isEmpty());
        QVERIFY(!s.steps.isEmpty());
        QVERIFY(!s.history.isEmpty());
        for (int i = 1; i < s.steps.size(); ++i)
            QVERIFY(s.steps.at(i - 1).atMs <= s.steps.at(i).atMs);
    }

    void brokenScenariosGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"name\": ") << QStringLiteral("not JSON at byte");
        QTest::newRow("an array at the top") << QByteArray("[]") << QStringLiteral("$: must be a JSON object");
        QTest::newRow("a template without a name") << QByteArray("{\"templates\":[{\"language\":\"en_US\"}]}")
                                                   << QStringLiteral("templates[0].name: is missing");
        QTest::newRow("a template with two header parameters")
            << QByteArray("{\"templates\":[{\"name\":\"t\",\"header\":2}]}")
            << QStringLiteral("templates[0].header: must be a number from 0 to 1");
        QTest::newRow("a tier of zero") << QByteArray("{\"limits\":{\"tier\":0}}")
                                        << QStringLiteral("limits.tier: must be a number");
        QTest::newRow("a ratio above one") << QByteArray("{\"delivery\":{\"read_ratio\":1.5}}")
                                           << QStringLiteral("delivery.read_ratio: must be a number from 0 to 1");
        QTest::newRow("a minimum delay above its maximum")
            << QByteArray("{\"delivery\":{\"sent_min_ms\":5000,\"sent_max_ms\":10}}")
            << QStringLiteral("delivery: a *_min_ms is larger");
        QTest::newRow("a customer with a bad number")
            << QByteArray("{\"customers\":[{\"wa_id\":\"12\",\"name\":\"X\"}]}")
            << QStringLiteral("customers[0].wa_id: is not a phone number");
        QTest::newRow("a step without time") << QByteArray("{\"timeline\":[{\"type\":\"partner_removed\"}]}")
                                             << QStringLiteral("timeline[0].at: is missing");
        QTest::newRow("a step at a negative time")
            << QByteArray("{\"timeline\":[{\"at\":-1,\"type\":\"partner_removed\"}]}")
            << QStringLiteral("timeline[0].at: must be a number");
        QTest::newRow("a step of an unknown type")
            << QByteArray("{\"timeline\":[{\"at\":1,\"type\":\"telegram\"}]}")
            << QStringLiteral("timeline[0].type: \"telegram\" is not a step type");
        QTest::newRow("a message from someone who is not a customer")
            << QByteArray("{\"timeline\":[{\"at\":1,\"type\":\"text\",\"from\":\"16505551234\",\"text\":\"x\"}]}")
            << QStringLiteral("timeline[0].from: is not one of the scenario's customers");
        QTest::newRow("a reply to a step that does not exist")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\"}],\"timeline\":[{\"at\":1,"
                          "\"type\":\"text\","
                          "\"from\":\"16505551234\",\"text\":\"x\",\"reply_to\":\"nope\"}]}")
            << QStringLiteral("timeline[0].reply_to: names no earlier step");
        QTest::newRow("two steps with the same id")
            << QByteArray("{\"timeline\":[{\"at\":1,\"id\":\"a\",\"type\":\"partner_removed\"},{\"at\":2,\"id\":\"a\","
                          "\"type\":\"partner_removed\"}]}")
            << QStringLiteral("timeline[1].id: \"a\" is used twice");
        QTest::newRow("a contact step with another action")
            << QByteArray("{\"timeline\":[{\"at\":1,\"type\":\"contact\",\"action\":\"edit\",\"phone_number\":"
                          "\"16505551234\"}]}")
            << QStringLiteral("timeline[0].action: must be \"add\" or \"remove\"");
        QTest::newRow("a history chunk in phase 3")
            << QByteArray("{\"history\":{\"chunks\":[{\"phase\":3}]}}")
            << QStringLiteral("history.chunks[0].phase: must be a number from 0 to 2");
        QTest::newRow("a history thread without a number")
            << QByteArray("{\"history\":{\"chunks\":[{\"threads\":[{\"messages\":[]}]}]}}")
            << QStringLiteral("history.chunks[0].threads[0].id: is missing");
        QTest::newRow("a username with an at sign inside")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\",\"username\":\"a@b\"}]}")
            << QStringLiteral("customers[0].username: must be a username");
        QTest::newRow("a username ending in a period")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\",\"username\":\"sheena.\"}]}")
            << QStringLiteral("customers[0].username: must be a username");
        QTest::newRow("a hidden number without a username")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\",\"phone_hidden\":true}]}")
            << QStringLiteral("customers[0].phone_hidden: needs a username");
        QTest::newRow("an unknown answer to a contact request")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\",\"contact_request\":\"maybe\"}]}")
            << QStringLiteral("customers[0].contact_request: must be \"share\" or \"decline\"");
        QTest::newRow("a customer listed twice")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\"},{\"wa_id\":\"+1 650 555 "
                          "1234\",\"name\":\"T\"}]}")
            << QStringLiteral("customers[1].wa_id: is listed twice");
        QTest::newRow("a number change to another customer's number")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\"},{\"wa_id\":\"12125557890\","
                          "\"name\":\"M\"}],\"timeline\":[{\"at\":1,\"type\":\"change_number\",\"from\":"
                          "\"16505551234\",\"new_phone\":\"12125557890\"}]}")
            << QStringLiteral("timeline[0].new_phone: is another customer's number");
        QTest::newRow("a number change without the new number")
            << QByteArray("{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\"}],\"timeline\":[{\"at\":1,"
                          "\"type\":\"change_number\",\"from\":\"16505551234\"}]}")
            << QStringLiteral("timeline[0].new_phone: is missing");
        QTest::newRow("parent_bsuids that is not a boolean")
            << QByteArray("{\"business\":{\"parent_bsuids\":\"yes\"}}")
            << QStringLiteral("business.parent_bsuids: must be true or false");
        QTest::newRow("a contact with a bad number")
            << QByteArray("{\"contacts\":[{\"phone_number\":\"abc\"}]}")
            << QStringLiteral("contacts[0].phone_number: is not a phone number");
    }

    void brokenScenariosGiveClearErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Scenario s;
        QString actual;
        QVERIFY(!Scenario::load(json, &s, &actual));
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void aMissingFileIsAnError()
    {
        Scenario s;
        QString error;
        QVERIFY(!Scenario::loadFile(QStringLiteral("/nonexistent/scenario.json"), &s, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/scenario.json")));
    }

    void playsTheScriptedTimeline()
    {
        Scenario s;
        QString error;
        QVERIFY2(Scenario::loadFile(test::simScenarioPath(QStringLiteral("test-basic.json")), &s, &error),
                 qPrintable(error));
        test::FakeClock clock;
        Simulator sim(clock, s, test::kSimToken, 9);
        Collector collector;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, collector, sim.stats(), 9);
        auto runFor = [&](qint64 secs) {
            for (qint64 i = 0; i < secs; ++i) {
                clock.advanceSecs(1);
                sim.tick();
                dispatcher.enqueue(sim.takeReadyChanges());
                dispatcher.pump();
            }
        };
        const QString sheena = QStringLiteral("16505551234");
        runFor(9);
        QCOMPARE(collector.bodies.size(), 0);
        // Before Sheena writes, free-form is refused; after, it is accepted.
        QCOMPARE(test::simErrorCode(sim.handle(test::sendRequest(test::textBody(sheena, QStringLiteral("early"))))),
                 131047);
        runFor(1);
        QCOMPARE(sim.handle(test::sendRequest(test::textBody(sheena, QStringLiteral("Hello!"), QStringLiteral("r1"))))
                     .status,
                 200);
        runFor(60);

        const QList<Event> events = decode(collector.bodies);
        const QList<Event> messages = ofKind(events, EventKind::Message);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).text, QStringLiteral("Olá, Zoë’s café? 👋"));
        QCOMPARE(messages.at(0).name, QStringLiteral("Sheena Nelson"));
        QCOMPARE(messages.at(1).type, QStringLiteral("reaction"));
        QCOMPARE(messages.at(1).emoji, QStringLiteral("👍"));
        QCOMPARE(messages.at(2).contact, QStringLiteral("447700900123"));
        QVERIFY(collector.bodies.join().contains("\"ctwa_clid\""));
        const QList<Event> echoes = ofKind(events, EventKind::Echo);
        QCOMPARE(echoes.size(), 1);
        QCOMPARE(echoes.first().contact, sheena);
        QCOMPARE(echoes.first().text, QStringLiteral("Yes! How can we help?"));
        // "last_business": the app's echo came after the API's reply, so the reaction is to the echo.
        QCOMPARE(messages.at(1).targetWamid, echoes.first().wamid);
        QVERIFY(messages.at(2).referral);
        QCOMPARE(ofKind(events, EventKind::Contact).size(), 1);
        QCOMPARE(ofKind(events, EventKind::Contact).constFirst().action, QStringLiteral("remove"));
        QCOMPARE(ofKind(events, EventKind::Account).size(), 1);
        QCOMPARE(ofKind(events, EventKind::Account).constFirst().reason, QStringLiteral("PRIMARY_INACTIVITY"));
        QCOMPARE(ofKind(events, EventKind::Status).size(), 3); // sent, delivered, read of "Hello!"
        QCOMPARE(ofKind(events, EventKind::Invalid).size(), 0);
        QCOMPARE(ofKind(events, EventKind::Unknown).size(), 0);
    }

    void historyAndContactSyncFollowSmbAppData()
    {
        Scenario s;
        QString error;
        QVERIFY2(Scenario::loadFile(test::simScenarioPath(QStringLiteral("test-basic.json")), &s, &error),
                 qPrintable(error));
        s.steps.clear();
        test::FakeClock clock;
        Simulator sim(clock, s, test::kSimToken, 9);
        Collector collector;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, collector, sim.stats(), 9);
        for (const char* type : {"history", "smb_app_state_sync"}) {
            const SimResponse r = sim.handle(
                test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/smb_app_data")),
                                 test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                  {QStringLiteral("sync_type"), QString::fromLatin1(type)}})));
            QCOMPARE(r.status, 200);
        }
        for (int i = 0; i < 10; ++i) {
            clock.advanceSecs(1);
            sim.tick();
            dispatcher.enqueue(sim.takeReadyChanges());
            dispatcher.pump();
        }
        const QList<Event> events = decode(collector.bodies);
        QCOMPARE(ofKind(events, EventKind::Contact).size(), 1);
        QCOMPARE(ofKind(events, EventKind::Contact).constFirst().action, QStringLiteral("add"));
        const QList<Event> progress = ofKind(events, EventKind::HistoryProgress);
        QCOMPARE(progress.size(), 2);
        // Chunks arrive out of order, as the scenario lists them; the last reports 100 %.
        QCOMPARE(progress.at(0).chunkOrder, 2);
        QCOMPARE(progress.at(1).chunkOrder, 1);
        const QList<Event> history = ofKind(events, EventKind::History);
        QCOMPARE(history.size(), 3); // a text, a media placeholder, then the media for it
        QCOMPARE(history.at(1).type, QStringLiteral("media_placeholder"));
        QCOMPARE(history.at(2).wamid, history.at(1).wamid);
        QCOMPARE(history.at(2).type, QStringLiteral("image"));
        // The customer's history message from an hour ago opened the window.
        QVERIFY(sim.gate().isWindowOpen(QStringLiteral("447700900123")));
    }

    void accountUpdatesScriptedAndOnDemand()
    {
        // The three Coexistence paths as scenario steps, then the same on demand (POST /_sim/account_update).
        Scenario s;
        QString error;
        QVERIFY2(Scenario::load(R"({"timeline": [
                   {"at": 1, "type": "partner_removed"},
                   {"at": 2, "type": "partner_removed", "reason": "COMPANION_INACTIVITY", "initiated_by": "USER"},
                   {"at": 3, "type": "account_offboarded"},
                   {"at": 4, "type": "account_reconnected"} ]})",
                                &s, &error),
                 qPrintable(error));
        test::FakeClock clock;
        Simulator sim(clock, s, test::kSimToken, 4);
        Collector collector;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, collector, sim.stats(), 4);
        const auto runFor = [&](qint64 secs) {
            for (qint64 i = 0; i < secs; ++i) {
                clock.advanceSecs(1);
                sim.tick();
                dispatcher.enqueue(sim.takeReadyChanges());
                dispatcher.pump();
            }
        };
        runFor(5);
        const auto onDemand = [&](const QJsonObject& body) {
            return sim.handle(test::simRequest("POST", QStringLiteral("/_sim/account_update"), test::jsonBytes(body)));
        };
        QCOMPARE(onDemand({{QStringLiteral("event"), QStringLiteral("PARTNER_REMOVED")}}).status, 200);
        QCOMPARE(onDemand({{QStringLiteral("event"), QStringLiteral("partner_removed")},
                           {QStringLiteral("reason"), QString()}})
                     .status,
                 200); // a removal by the business: no disconnection_info
        QCOMPARE(onDemand({{QStringLiteral("event"), QStringLiteral("ACCOUNT_OFFBOARDED")}}).status, 200);
        QCOMPARE(onDemand({{QStringLiteral("event"), QStringLiteral("ACCOUNT_RECONNECTED")}}).status, 200);
        QCOMPARE(onDemand({{QStringLiteral("event"), QStringLiteral("ACCOUNT_DELETED")}}).status, 200);
        QCOMPARE(test::simErrorCode(onDemand({{QStringLiteral("event"), QStringLiteral("ACCOUNT_VIOLATION")}})), 100);
        QCOMPARE(test::simErrorCode(onDemand({})), 100);
        runFor(3);

        const QList<Event> accounts = ofKind(decode(collector.bodies), EventKind::Account);
        QStringList seen;
        for (const Event& e : accounts) {
            seen << e.accountEvent + QLatin1Char(':') + e.reason;
            QVERIFY(e.phoneNumberId.isNull()); // account events name no number
            QVERIFY(e.timestamp > 0);          // the entry's time, as Meta sends it
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY"),
                                    QStringLiteral("PARTNER_REMOVED:COMPANION_INACTIVITY"),
                                    QStringLiteral("ACCOUNT_OFFBOARDED:"), QStringLiteral("ACCOUNT_RECONNECTED:"),
                                    QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY"),
                                    QStringLiteral("PARTNER_REMOVED:"), QStringLiteral("ACCOUNT_OFFBOARDED:"),
                                    QStringLiteral("ACCOUNT_RECONNECTED:"), QStringLiteral("ACCOUNT_DELETED:")}));
        const QByteArray all = collector.bodies.join();
        QVERIFY(all.contains(R"("disconnection_info":{"initiated_by":"USER","reason":"COMPANION_INACTIVITY"})"));
        QVERIFY(all.contains(R"({"event":"ACCOUNT_RECONNECTED"})")); // the event alone, as in Meta's examples
        QVERIFY(!all.contains("\"metadata\""));
    }

    void declinedHistorySendsTheError()
    {
        Scenario s = Scenario::defaults();
        s.historyDeclined = true;
        test::FakeClock clock;
        Simulator sim(clock, s, test::kSimToken, 1);
        QCOMPARE(sim.handle(test::simRequest(
                                "POST", duet::test::graphPath(QStringLiteral("106540352242922/smb_app_data")),
                                test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                 {QStringLiteral("sync_type"), QStringLiteral("history")}})))
                     .status,
                 200);
        clock.advanceSecs(5);
        sim.tick();
        Collector collector;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, collector, sim.stats(), 1);
        dispatcher.enqueue(sim.takeReadyChanges());
        dispatcher.pump();
        QCOMPARE(ofKind(decode(collector.bodies), EventKind::HistoryDeclined).size(), 1);
    }

    void usernameCustomersThroughEveryKindOfWebhook()
    {
        // One customer with a username and a hidden number, in history, the contact sync, an echo,
        // her own messages, a share of her number and a number change; and one without.
        const QByteArray json = R"({
          "business": {"contact_book": true},
          "customers": [
            {"wa_id": "5511987654321", "name": "João Araújo", "username": "@joao.araujo", "share_after_s": 5},
            {"wa_id": "16505551234", "name": "Sheena Nelson"}],
          "contacts": [{"phone_number": "5511987654321", "full_name": "João Araújo", "first_name": "João"}],
          "history": {"chunks": [{"phase": 0, "chunk_order": 1, "progress": 100, "threads": [
            {"id": "5511987654321", "messages": [
              {"from_me": false, "ago_s": 3600, "type": "text", "text": "Oi", "status": "READ"},
              {"from_me": true, "ago_s": 3500, "type": "media_placeholder", "status": "READ",
               "media": {"type": "image", "mime_type": "image/jpeg"}}]}]}]},
          "timeline": [
            {"at": 10, "type": "text", "from": "5511987654321", "text": "Olá"},
            {"at": 20, "type": "echo", "to": "5511987654321", "text": "Oi João"},
            {"at": 30, "type": "share_phone", "from": "5511987654321"},
            {"at": 40, "type": "text", "from": "5511987654321", "text": "Pronto"},
            {"at": 50, "type": "change_number", "from": "16505551234", "new_phone": "16505559999"},
            {"at": 55, "type": "text", "from": "16505551234", "text": "From my new phone"},
            {"at": 60, "type": "username", "from": "16505551234", "username": "sheena.n"},
            {"at": 70, "type": "text", "from": "16505551234", "text": "New name"}]
        })";
        Scenario s;
        QString error;
        QVERIFY2(Scenario::load(json, &s, &error), qPrintable(error));
        QCOMPARE(s.customers.value(QStringLiteral("5511987654321")).username, QStringLiteral("joao.araujo"));
        QVERIFY(s.customers.value(QStringLiteral("5511987654321")).phoneHidden); // a username hides it by default
        QCOMPARE(s.customers.value(QStringLiteral("5511987654321")).shareAfterMs, qint64(5000));
        test::FakeClock clock;
        Simulator sim(clock, s, test::kSimToken, 11);
        const QString joao = sim.customers().byHandle(QStringLiteral("5511987654321"))->bsuid;
        const QString sheena = sim.customers().byHandle(QStringLiteral("16505551234"))->bsuid;
        for (const char* type : {"history", "smb_app_state_sync"}) {
            sim.handle(
                test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/smb_app_data")),
                                 test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                  {QStringLiteral("sync_type"), QString::fromLatin1(type)}})));
        }
        QList<WebhookChange> changes;
        Collector collector;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, collector, sim.stats(), 11);
        for (int i = 0; i < 90; ++i) {
            clock.advanceSecs(1);
            sim.tick();
            const QList<WebhookChange> ready = sim.takeReadyChanges();
            changes += ready;
            dispatcher.enqueue(ready);
            dispatcher.pump();
        }
        auto field = [&](const QString& name) {
            QList<QJsonObject> out;
            for (const WebhookChange& c : changes) {
                if (c.field == name)
                    out.append(c.value);
            }
            return out;
        };
        // History (judged at the request): no thread id, a context with the BSUID and username.
        const QList<QJsonObject> history = field(QStringLiteral("history"));
        QCOMPARE(history.size(), 2);
        const QJsonObject thread = history.at(0)
                                       .value(QStringLiteral("history"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("threads"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QVERIFY(!thread.contains(QStringLiteral("id")));
        QCOMPARE(thread.value(QStringLiteral("context")).toObject(),
                 (QJsonObject{{QStringLiteral("user_id"), joao},
                              {QStringLiteral("username"), QStringLiteral("joao.araujo")}}));
        const QJsonArray threadMessages = thread.value(QStringLiteral("messages")).toArray();
        QCOMPARE(threadMessages.at(0).toObject().value(QStringLiteral("from_user_id")).toString(), joao);
        QVERIFY(!threadMessages.at(0).toObject().contains(QStringLiteral("from")));
        QCOMPARE(threadMessages.at(1).toObject().value(QStringLiteral("from")).toString(), s.displayPhoneNumber);
        QVERIFY(!threadMessages.at(1).toObject().contains(QStringLiteral("to")));
        // The media follow-up: the business's item is a message echo to the BSUID, with contacts.
        const QJsonObject& followUp = history.at(1);
        QCOMPARE(followUp.value(QStringLiteral("contacts")).toArray().first().toObject(),
                 (QJsonObject{{QStringLiteral("profile"),
                               QJsonObject{{QStringLiteral("username"), QStringLiteral("joao.araujo")}}},
                              {QStringLiteral("user_id"), joao}}));
        const QJsonObject echoedMedia = followUp.value(QStringLiteral("message_echoes")).toArray().first().toObject();
        QCOMPARE(echoedMedia.value(QStringLiteral("to_user_id")).toString(), joao);
        QVERIFY(!echoedMedia.contains(QStringLiteral("to")));
        // The contact sync: no phone_number, the BSUID and username.
        const QJsonObject synced = field(QStringLiteral("smb_app_state_sync"))
                                       .constFirst()
                                       .value(QStringLiteral("state_sync"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("contact"))
                                       .toObject();
        QVERIFY(!synced.contains(QStringLiteral("phone_number")));
        QCOMPARE(synced.value(QStringLiteral("user_id")).toString(), joao);
        QCOMPARE(synced.value(QStringLiteral("username")).toString(), QStringLiteral("joao.araujo"));
        QCOMPARE(synced.value(QStringLiteral("full_name")).toString(), QStringLiteral("João Araújo"));
        // The echo from the app: to_user_id, no to, and the new contacts array.
        const QJsonObject echoValue = field(QStringLiteral("smb_message_echoes")).constFirst();
        const QJsonObject echo = echoValue.value(QStringLiteral("message_echoes")).toArray().first().toObject();
        QCOMPARE(echo.value(QStringLiteral("to_user_id")).toString(), joao);
        QVERIFY(!echo.contains(QStringLiteral("to")));
        QCOMPARE(
            echoValue.value(QStringLiteral("contacts")).toArray().first().toObject().value(QStringLiteral("user_id")),
            QJsonValue(joao));
        // Messages: before the share no number; the share; after it, the number.
        QList<QJsonObject> messages;
        for (const QJsonObject& v : field(QStringLiteral("messages"))) {
            const QJsonArray mList = v.value(QStringLiteral("messages")).toArray();
            for (const auto& m : mList)
                messages.append(m.toObject());
        }
        QCOMPARE(messages.size(), 6);
        QVERIFY(!messages.at(0).contains(QStringLiteral("from")));
        QCOMPARE(messages.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("contacts"));
        QCOMPARE(messages.at(2).value(QStringLiteral("from")).toString(), QStringLiteral("5511987654321"));
        QCOMPARE(messages.at(3).value(QStringLiteral("system")).toObject().value(QStringLiteral("previous_user_id")),
                 QJsonValue(sheena));
        QCOMPARE(messages.at(4).value(QStringLiteral("from")).toString(), QStringLiteral("16505559999"));
        // Sheena then adopted a username and hid her number, but she had written from it: the
        // contact book keeps it in her webhooks.
        QCOMPARE(messages.at(5).value(QStringLiteral("from")).toString(), QStringLiteral("16505559999"));
        QCOMPARE(messages.at(5).value(QStringLiteral("from_user_id")).toString(),
                 sim.customers().byHandle(QStringLiteral("16505551234"))->bsuid);

        // Everything decodes, nothing is invalid, and every customer event names a BSUID.
        const QList<Event> events = decode(collector.bodies);
        QCOMPARE(ofKind(events, EventKind::Invalid).size(), 0);
        QCOMPARE(ofKind(events, EventKind::Unknown).size(), 0);
        for (const Event& e : events) {
            if (e.kind == EventKind::Message || e.kind == EventKind::Echo || e.kind == EventKind::History ||
                e.kind == EventKind::Contact)
                QVERIFY2(!e.userId.isEmpty(), qPrintable(eventKindName(e.kind)));
        }
    }

    void theDemoDayDecodesCleanly()
    {
        Scenario s;
        QString error;
        QVERIFY2(Scenario::loadFile(test::simScenarioPath(QStringLiteral("demo-day.json")), &s, &error),
                 qPrintable(error));
        test::FakeClock clock;
        Simulator sim(clock, s, test::kSimToken, 2026);
        Collector collector;
        WebhookDispatcher dispatcher(clock, sim.scenario(), test::kSimSecret, collector, sim.stats(), 2026);
        for (const char* type : {"history", "smb_app_state_sync"}) {
            sim.handle(
                test::simRequest("POST", duet::test::graphPath(QStringLiteral("106540352242922/smb_app_data")),
                                 test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                  {QStringLiteral("sync_type"), QString::fromLatin1(type)}})));
        }
        for (int i = 0; i < 25 * 60; ++i) { // 25 simulated hours, a minute at a time
            clock.advanceSecs(60);
            sim.tick();
            dispatcher.enqueue(sim.takeReadyChanges());
            dispatcher.pump();
        }
        const QList<Event> events = decode(collector.bodies);
        const QList<Event> messages = ofKind(events, EventKind::Message);
        QVERIFY(messages.size() >= 10);
        QSet<QString> seen;
        QSet<QString> replies; // by wamid: a duplicated delivery is one reply
        for (const Event& m : messages) {
            if (m.type == QLatin1String("reaction"))
                QVERIFY(!m.targetWamid.isEmpty());
            const bool tap = m.type == QLatin1String("interactive") || m.type == QLatin1String("button");
            if (!m.contextWamid.isEmpty() && !tap) {    // a tap quotes the business's message
                QVERIFY(seen.contains(m.contextWamid)); // replies quote an earlier customer message
                replies.insert(m.wamid);
            }
            seen.insert(m.wamid);
        }
        QCOMPARE(replies.size(), 2);
        // Lucía writes early with her username and no number, shares it, then writes with it.
        const QString lucia = QStringLiteral("34612345678");
        QList<Event> hers;
        for (const Event& m : messages) {
            if (m.userId.startsWith(QStringLiteral("ES.")))
                hers.append(m);
        }
        QVERIFY(hers.size() >= 3);
        QVERIFY(hers.first().contact.isEmpty());
        QCOMPARE(hers.first().username, QStringLiteral("lucia.f"));
        const auto share = std::find_if(
            hers.begin(), hers.end(), [](const Event& e) { return e.shareOrigin == QLatin1String("contact_request"); });
        QVERIFY(share != hers.end());
        QCOMPARE(share->sharedPhones, QStringList{lucia});
        QCOMPARE(hers.last().contact, lucia);
        QCOMPARE(hers.last().userId, hers.first().userId);
        // Zoë changes number: one identity change from her old BSUID to a new one.
        const QList<Event> changes = ofKind(events, EventKind::IdentityChange);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().contact, QStringLiteral("447700900999"));
        QVERIFY(changes.first().previousUserId.startsWith(QStringLiteral("GB.")));
        QVERIFY(changes.first().userId != changes.first().previousUserId);
        QCOMPARE(ofKind(events, EventKind::Echo).size(), 2);
        QCOMPARE(ofKind(events, EventKind::Account).size(), 1);
        QCOMPARE(ofKind(events, EventKind::HistoryProgress).size(), 3);
        QCOMPARE(ofKind(events, EventKind::Invalid).size(), 0);
        QCOMPARE(ofKind(events, EventKind::Unknown).size(), 0);
        // The rich messages arrive whole: each with its details and no problem reading them.
        QHash<QString, QJsonObject> details;
        for (const Event& m : messages) {
            const QJsonObject d = QJsonDocument::fromJson(m.details.toUtf8()).object();
            QVERIFY2(!d.contains(QStringLiteral("problems")), qPrintable(m.details));
            if (!d.isEmpty() && m.shareOrigin != QLatin1String("contact_request"))
                details.insert(m.type + (m.referral ? QStringLiteral("+referral") : QString()), d);
        }
        const QJsonObject location =
            details.value(QStringLiteral("location")).value(QStringLiteral("location")).toObject();
        QCOMPARE(location.value(QStringLiteral("name")).toString(), QStringLiteral("Chelsea Market"));
        QCOMPARE(location.value(QStringLiteral("latitude")).toDouble(), 40.742412);
        const QJsonArray cards = details.value(QStringLiteral("contacts")).value(QStringLiteral("contacts")).toArray();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Anna Schmidt"));
        QCOMPARE(cards.at(0)
                     .toObject()
                     .value(QStringLiteral("phones"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("wa_id"))
                     .toString(),
                 QStringLiteral("4915123456789"));
        const QJsonArray items = details.value(QStringLiteral("order"))
                                     .value(QStringLiteral("order"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("item_price")).toDouble(), 24.5);
        const QJsonObject reply =
            details.value(QStringLiteral("interactive")).value(QStringLiteral("reply")).toObject();
        QVERIFY(reply.value(QStringLiteral("kind")).toString().endsWith(QStringLiteral("_reply")));
        const QJsonObject ad =
            details.value(QStringLiteral("text+referral")).value(QStringLiteral("referral")).toObject();
        QCOMPARE(ad.value(QStringLiteral("headline")).toString(), QStringLiteral("Chat with us"));
        QVERIFY(!ad.value(QStringLiteral("ctwa_clid")).toString().isEmpty());
    }

    void richStepsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("error");
        QTest::newRow("a location without coordinates")
            << QByteArray("{\"at\":1,\"type\":\"location\",\"from\":\"16505551234\",\"name\":\"x\"}")
            << QStringLiteral("timeline[0]: latitude and longitude are required");
        QTest::newRow("a latitude out of range")
            << QByteArray("{\"at\":1,\"type\":\"location\",\"from\":\"16505551234\",\"latitude\":95,"
                          "\"longitude\":0}")
            << QStringLiteral("timeline[0].latitude: must be a number from -90 to 90");
        QTest::newRow("contacts without cards")
            << QByteArray("{\"at\":1,\"type\":\"contacts\",\"from\":\"16505551234\"}")
            << QStringLiteral("timeline[0].cards: must be a non-empty array of cards");
        QTest::newRow("a card with a bad number")
            << QByteArray("{\"at\":1,\"type\":\"contacts\",\"from\":\"16505551234\",\"cards\":[{\"name\":"
                          "\"A\",\"phones\":[\"12\"]}]}")
            << QStringLiteral("timeline[0].cards[0].phones: must hold phone numbers");
        QTest::newRow("an order without items")
            << QByteArray("{\"at\":1,\"type\":\"order\",\"from\":\"16505551234\",\"catalog_id\":\"1\"}")
            << QStringLiteral("timeline[0].items: must be a non-empty array of products");
        QTest::newRow("an order item without a currency")
            << QByteArray("{\"at\":1,\"type\":\"order\",\"from\":\"16505551234\",\"catalog_id\":\"1\","
                          "\"items\":[{\"product_retailer_id\":\"a\"}]}")
            << QStringLiteral("timeline[0].items[0].currency: is missing");
        QTest::newRow("a list reply without a title")
            << QByteArray("{\"at\":1,\"type\":\"list_reply\",\"from\":\"16505551234\",\"reply_id\":\"r\"}")
            << QStringLiteral("timeline[0].title: is missing");
    }

    void richStepsAreChecked()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, error);
        Scenario s;
        QString got;
        QVERIFY(!Scenario::load(
            "{\"customers\":[{\"wa_id\":\"16505551234\",\"name\":\"S\"}],\"timeline\":[" + step + "]}", &s, &got));
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }
};

QTEST_GUILESS_MAIN(TestSimScenario)
#include "TestSimScenario.moc"
