// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook decoder: fixture snapshots (good and broken bodies), each mapping rule, the limits.
#include "TestWebhookDecoder.h"

#include "DecodeSnapshot.h"
#include "DomainToString.h"
#include "TestPaths.h"
#include "WebhookSamples.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/EventJson.h"
#include "core/PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace duet;
using namespace duet::cloudapi;
using namespace duet::test;

namespace {

QByteArray envelope(const char* field, const QByteArray& value)
{
    return QByteArrayLiteral(
               "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"") +
           field + QByteArrayLiteral(R"(","value":)") + value + QByteArrayLiteral("}]}]}");
}

const QByteArray kMetadata = R"("metadata":{"display_phone_number":"15550783881","phone_number_id":"106"})";

/// A `messages` body with one inbound message from 16505551234 (profile name Ana).
QByteArray inbound(const QByteArray& message)
{
    return envelope("messages", "{" + kMetadata + R"(,"contacts":[{"profile":{"name":"Ana"},"wa_id":"16505551234"}],)" +
                                    R"("messages":[)" + message + "]}");
}

QByteArray field(const char* name, const QByteArray& members)
{
    return envelope(name, "{" + kMetadata + "," + members + "}");
}

QJsonObject jsonOf(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

void TestWebhookDecoder::addSampleRows(const QList<WebhookSample>& samples)
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("snapshotBase");
    for (const WebhookSample& s : samples)
        QTest::newRow(qPrintable(s.name)) << s.body << s.snapshotBase;
}

void TestWebhookDecoder::compareWithSnapshot(const QByteArray& body, const QString& snapshotBase)
{
    const DecodeResult result = WebhookDecoder::decode(body);
    QCOMPARE(invariantProblem(result), QString());
    bool isFailure = false;
    const QByteArray actual = snapshotOf(result, &isFailure);
    WebhookSample sample;
    sample.snapshotBase = snapshotBase;
    if (updatingSnapshots()) {
        QVERIFY(writeSnapshot(sample, actual, isFailure));
        return;
    }
    bool expectFailure = false;
    const QByteArray expected = expectedSnapshot(sample, &expectFailure);
    QVERIFY2(!expected.isNull(), qPrintable(snapshotBase + QStringLiteral(".jsonl/.err is missing (run with "
                                                                          "DUET_UPDATE_SNAPSHOTS=1 and review it)")));
    QCOMPARE(isFailure, expectFailure);
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TestWebhookDecoder::goodFixtures_data()
{
    addSampleRows(fixtureSamples(QStringLiteral("good")));
}

void TestWebhookDecoder::goodFixtures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, snapshotBase);
    compareWithSnapshot(body, snapshotBase);
    const DecodeResult result = WebhookDecoder::decode(body);
    QVERIFY(result.ok());
    QVERIFY(!result.events.isEmpty());
    for (const Event& e : result.events)
        QVERIFY2(e.kind != EventKind::Invalid, qPrintable(e.path + QLatin1Char(' ') + e.reason));
}

void TestWebhookDecoder::brokenFixtures_data()
{
    addSampleRows(fixtureSamples(QStringLiteral("broken")));
}

void TestWebhookDecoder::brokenFixtures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, snapshotBase);
    compareWithSnapshot(body, snapshotBase);
}

void TestWebhookDecoder::fixturesExist()
{
    QVERIFY(fixtureSamples(QStringLiteral("good")).size() >= 20);
    QVERIFY(fixtureSamples(QStringLiteral("broken")).size() >= 10);
}

void TestWebhookDecoder::pywaFixtures_data()
{
    addSampleRows(pywaSamples());
}

void TestWebhookDecoder::pywaFixtures()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, snapshotBase);
    compareWithSnapshot(body, snapshotBase);
}

namespace {

/// The JSON node at an invalid event's path ("$.entry[0].changes[1].value.messages[2]").
QJsonValue nodeAt(const QJsonValue& root, const QString& path)
{
    QJsonValue node = root;
    const QStringList steps = path.mid(1).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString& step : steps) {
        const qsizetype bracket = step.indexOf(QLatin1Char('['));
        node = node.toObject().value(bracket < 0 ? step : step.left(bracket));
        for (qsizetype at = bracket; at >= 0; at = step.indexOf(QLatin1Char('['), at + 1)) {
            const qsizetype close = step.indexOf(QLatin1Char(']'), at);
            node = node.toArray().at(QStringView(step).mid(at + 1, close - at - 1).toInt());
        }
    }
    return node;
}

/// Whether a webhook item names a customer itself: a number member with digits or a BSUID member
/// with a value (the business's own number in an echo's `from` does not count).
bool namesCustomer(const QJsonObject& item)
{
    for (const char* key : {"from", "to", "recipient_id", "wa_id", "phone_number"}) {
        if (!PhoneNumber::digitsOnly(item.value(QLatin1String(key)).toString()).isEmpty())
            return true;
    }
    for (const char* key :
         {"from_user_id", "from_parent_user_id", "to_user_id", "to_parent_user_id", "recipient_user_id",
          "recipient_parent_user_id", "parent_recipient_user_id", "user_id", "parent_user_id"}) {
        if (!item.value(QLatin1String(key)).toString().isEmpty())
            return true;
    }
    return false;
}

} // namespace

void TestWebhookDecoder::pywaFixturesAreInvalidOnlyWhereTheItemNamesNoCustomer()
{
    const QList<WebhookSample> samples = pywaSamples();
    QVERIFY(samples.size() >= 40);
    QStringList invalid;
    int customers = 0;
    for (const WebhookSample& s : samples) {
        const DecodeResult r = WebhookDecoder::decode(s.body);
        QVERIFY2(r.ok(), qPrintable(s.name));
        QCOMPARE(invariantProblem(r), QString());
        const QJsonObject root = jsonOf(s.body);
        for (const Event& e : r.events) {
            if (!e.userId.isEmpty() || !e.parentUserId.isEmpty() || !e.contact.isEmpty())
                ++customers;
            if (e.kind != EventKind::Invalid)
                continue;
            const QJsonValue item = nodeAt(root, e.path);
            QVERIFY2(item.isObject() && !namesCustomer(item.toObject()),
                     qPrintable(s.name + QLatin1Char(' ') + e.path + QLatin1Char(' ') + e.reason));
            invalid << s.name;
        }
    }
    // pywa's revoke sample has only placeholders where the sender's number or BSUID would be.
    QCOMPARE(invalid, QStringList{QStringLiteral("pywa/deleted_message/revoke")});
    QVERIFY(customers >= 35);
}

void TestWebhookDecoder::mapping_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // members the first event's JSON must have

    const QByteArray msg = R"("from":"16505551234","id":"wamid.A","timestamp":"1750000000",)";
    QTest::newRow("a text message gives its body, sender digits and profile name")
        << inbound("{" + msg + R"("type":"text","text":{"body":"hi"}})")
        << QByteArray(R"({"kind":"message","wamid":"wamid.A","contact":"16505551234","name":"Ana","text":"hi",
             "direction":"in","origin":"customer","timestamp":1750000000,"type":"text","phone_number_id":"106"})");
    QTest::newRow("a reply carries the quoted message as context_wamid")
        << inbound("{" + msg + R"("type":"text","text":{"body":"hi"},"context":{"from":"1","id":"wamid.Q"}})")
        << QByteArray(R"({"context_wamid":"wamid.Q"})");
    QTest::newRow("a click-to-WhatsApp message is a referral")
        << inbound("{" + msg + R"("type":"text","text":{"body":"hi"},"referral":{"source_type":"ad"}})")
        << QByteArray(R"({"referral":true})");
    QTest::newRow("a voice note is audio with voice set")
        << inbound("{" + msg +
                   R"("type":"audio","audio":{"id":"9","mime_type":"audio/ogg; codecs=opus","voice":true}})")
        << QByteArray(R"({"type":"audio","media_id":"9","mime_type":"audio/ogg; codecs=opus","voice":true})");
    QTest::newRow("a document gives caption, filename and media id")
        << inbound("{" + msg + R"("type":"document","document":{"id":"8","caption":"c","filename":"f.pdf"}})")
        << QByteArray(R"({"media_id":"8","text":"c","filename":"f.pdf"})");
    QTest::newRow("a sticker gives its media id")
        << inbound("{" + msg + R"("type":"sticker","sticker":{"id":"7","mime_type":"image/webp"}})")
        << QByteArray(R"({"type":"sticker","media_id":"7","mime_type":"image/webp"})");
    QTest::newRow("a reaction targets its message")
        << inbound("{" + msg + R"("type":"reaction","reaction":{"message_id":"wamid.T","emoji":"👍"}})")
        << QByteArray(R"({"target_wamid":"wamid.T","emoji":"👍"})");
    QTest::newRow("a removed reaction with an empty emoji has emoji \"\"")
        << inbound("{" + msg + R"("type":"reaction","reaction":{"message_id":"wamid.T","emoji":""}})")
        << QByteArray(R"({"target_wamid":"wamid.T","emoji":""})");
    QTest::newRow("a removed reaction without emoji has emoji \"\"")
        << inbound("{" + msg + R"("type":"reaction","reaction":{"message_id":"wamid.T"}})")
        << QByteArray(R"({"target_wamid":"wamid.T","emoji":""})");
    QTest::newRow("a button reply gives its title")
        << inbound(
               "{" + msg +
               R"("type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"x","title":"Yes"}}})")
        << QByteArray(R"({"type":"interactive","text":"Yes"})");
    QTest::newRow("a list reply gives its title")
        << inbound("{" + msg +
                   R"("type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"x","title":"Row"}}})")
        << QByteArray(R"({"text":"Row"})");
    QTest::newRow("a template quick-reply button gives its text")
        << inbound("{" + msg + R"("type":"button","button":{"payload":"P","text":"Stop"}})")
        << QByteArray(R"({"type":"button","text":"Stop"})");
    QTest::newRow("an edit targets the original and gives the new text")
        << inbound(
               "{" + msg +
               R"("type":"edit","edit":{"original_message_id":"wamid.O","message":{"type":"text","text":{"body":"new"}}}})")
        << QByteArray(R"({"type":"edit","target_wamid":"wamid.O","text":"new"})");
    QTest::newRow("a revoke targets the deleted message")
        << inbound("{" + msg + R"("type":"revoke","revoke":{"original_message_id":"wamid.O"}})")
        << QByteArray(R"({"type":"revoke","target_wamid":"wamid.O"})");
    QTest::newRow("an unsupported message gives its error code")
        << inbound("{" + msg + R"("type":"unsupported","errors":[{"code":131051,"title":"Message type unknown"}]})")
        << QByteArray(R"({"type":"unsupported","error_code":131051,"error_title":"Message type unknown"})");
    QTest::newRow("a system message gives its body")
        << inbound("{" + msg +
                   R"("type":"system","system":{"body":"Security code changed","type":"customer_identity_changed"}})")
        << QByteArray(R"({"kind":"message","type":"system","text":"Security code changed"})");
    QTest::newRow("a number change that names no new identifier stays a system message")
        << inbound("{" + msg + R"("type":"system","system":{"body":"changed","type":"user_changed_number"}})")
        << QByteArray(R"({"kind":"message","type":"system","text":"changed"})");
    QTest::newRow("a message type Duet does not know keeps its type")
        << inbound("{" + msg + R"("type":"request_welcome"})")
        << QByteArray(R"({"kind":"message","type":"request_welcome"})");
    QTest::newRow("a numeric timestamp is read like a string one")
        << inbound(R"({"from":"1","id":"wamid.N","timestamp":1750000001,"type":"text","text":{"body":"x"}})")
        << QByteArray(R"({"timestamp":1750000001})");

    QTest::newRow("a status gives recipient, callback, pricing type and category")
        << field("messages",
                 R"("statuses":[{"id":"wamid.S","status":"sent","timestamp":"5","recipient_id":"+1 650 555 1234",
             "biz_opaque_callback_data":"cb","pricing":{"type":"regular","category":"utility"}}])")
        << QByteArray(R"({"kind":"status","wamid":"wamid.S","status":"sent","contact":"16505551234","timestamp":5,
             "callback":"cb","pricing_type":"regular","pricing_category":"utility"})");
    QTest::newRow("a status keeps billable and the pricing model")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"sent","timestamp":"5","recipient_id":"1",
             "pricing":{"billable":false,"pricing_model":"pmp","type":"Free_Entry_Point",
             "category":"referral_conversion"}}])")
        << QByteArray(R"({"billable":false,"pricing_model":"PMP","pricing_type":"free_entry_point",
             "pricing_category":"referral_conversion"})");
    QTest::newRow("a status priced before webhook v24 has no type")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"delivered","timestamp":"5","recipient_id":"1",
             "pricing":{"billable":true,"pricing_model":"CBP","category":"service"}}])")
        << QByteArray(R"({"billable":true,"pricing_model":"CBP","pricing_category":"service"})");
    QTest::newRow("a billable that is not a boolean is left unknown, the status kept")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"sent","timestamp":"5","recipient_id":"1",
             "pricing":{"billable":"yes","category":"service"}}])")
        << QByteArray(R"({"kind":"status","pricing_category":"service"})");
    QTest::newRow("a marketing stop names the customer by wa_id")
        << field("user_preferences", R"("user_preferences":[{"wa_id":"+1 650 555 1234","detail":"d",
             "category":"marketing_messages","value":"stop","timestamp":1750030073}])")
        << QByteArray(R"({"kind":"preference","contact":"16505551234","type":"marketing_messages","action":"stop",
             "text":"d","timestamp":1750030073})");
    QTest::newRow("a preference with both ids absent names the value's one contact")
        << field("user_preferences", R"("contacts":[{"profile":{"name":"Pablo"},"user_id":"US.1349"}],
             "user_preferences":[{"category":"marketing_messages","value":"Resume","timestamp":"1750030074"}])")
        << QByteArray(R"({"kind":"preference","user_id":"US.1349","name":"Pablo","action":"resume",
             "timestamp":1750030074})");
    QTest::newRow("a preference with only the BSUID takes the number from its contact")
        << field("user_preferences", R"("contacts":[{"wa_id":"16505551234","user_id":"US.1349"}],
             "user_preferences":[{"user_id":"US.1349","category":"marketing_messages","value":"stop"}])")
        << QByteArray(R"({"kind":"preference","user_id":"US.1349","contact":"16505551234"})");
    QTest::newRow("a preference value Duet does not know is kept")
        << field("user_preferences", R"("user_preferences":[{"wa_id":"1","category":"marketing_messages",
             "value":"snooze"}])")
        << QByteArray(R"({"kind":"preference","action":"snooze"})");
    QTest::newRow("a preference that names nobody is invalid")
        << field("user_preferences",
                 R"("user_preferences":[{"category":"marketing_messages","value":"stop","timestamp":1}])")
        << QByteArray(R"({"kind":"invalid","reason":"wa_id and user_id are missing"})");
    QTest::newRow("a preference without a value is invalid")
        << field("user_preferences", R"("user_preferences":[{"wa_id":"1","category":"marketing_messages"}])")
        << QByteArray(R"({"kind":"invalid","reason":"value is missing"})");
    QTest::newRow("a failed status gives the error code")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"failed","timestamp":"5","recipient_id":"1",
             "errors":[{"code":131047,"title":"Re-engagement message"}]}])")
        << QByteArray(R"({"status":"failed","error_code":131047})");
    QTest::newRow("an echo is outbound from the app to the typed recipient's digits")
        << field("smb_message_echoes",
                 R"("message_echoes":[{"from":"15550783881","to":"+55 11 98765-4321","id":"wamid.E",
             "timestamp":"6","type":"text","text":{"body":"sent from the phone"}}])")
        << QByteArray(
               R"({"kind":"echo","contact":"5511987654321","direction":"out","origin":"app","text":"sent from the phone"})");
    QTest::newRow("an echoed edit targets the original")
        << field("smb_message_echoes",
                 R"("message_echoes":[{"from":"15550783881","to":"1","id":"wamid.E","timestamp":"6",
             "type":"edit","edit":{"original_message_id":"wamid.O","message":{"type":"text","text":{"body":"fixed"}}}}])")
        << QByteArray(R"({"kind":"echo","type":"edit","target_wamid":"wamid.O","text":"fixed"})");
    QTest::newRow("a contact added in the app gives full name and metadata time")
        << field("smb_app_state_sync",
                 R"("state_sync":[{"type":"contact","contact":{"full_name":"Pablo M","first_name":"Pablo",
             "phone_number":"+1 650-555-1234"},"action":"add","metadata":{"timestamp":"7"}}])")
        << QByteArray(R"({"kind":"contact","contact":"16505551234","action":"add","name":"Pablo M","timestamp":7})");
    QTest::newRow("a contact without full name falls back to the first name")
        << field("smb_app_state_sync", R"("state_sync":[{"type":"contact","contact":{"first_name":"Pablo",
             "phone_number":"1"},"action":"add","metadata":{"timestamp":"7"}}])")
        << QByteArray(R"({"name":"Pablo"})");
    QTest::newRow("a removed contact has no name")
        << field("smb_app_state_sync",
                 R"("state_sync":[{"type":"contact","contact":{"phone_number":"1"},"action":"remove",
             "metadata":{"timestamp":"7"}}])")
        << QByteArray(R"({"action":"remove","name":null})");
    QTest::newRow("a history chunk first gives its progress")
        << field("history", R"("history":[{"metadata":{"phase":2,"chunk_order":4,"progress":100},"threads":[]}])")
        << QByteArray(R"({"kind":"history_progress","phase":2,"chunk_order":4,"progress":100})");
    QTest::newRow("history declined without the envelope gives its code")
        << QByteArray(R"({"messaging_product":"whatsapp",)" + kMetadata +
                      R"(,"history":[{"errors":[{"code":2593109,"title":"off"}]}]})")
        << QByteArray(R"({"kind":"history_declined","code":2593109,"phone_number_id":"106"})");
    QTest::newRow("the history media follow-up is a history event with the media id")
        << field("history", R"("messages":[{"from":"16505551234","id":"wamid.P","timestamp":"9","type":"image",
             "image":{"id":"42","mime_type":"image/jpeg"}}])")
        << QByteArray(
               R"({"kind":"history","wamid":"wamid.P","media_id":"42","contact":"16505551234","direction":"in"})");
    QTest::newRow("PARTNER_REMOVED gives the disconnection reason and no phone number id")
        << envelope(
               "account_update",
               R"({"event":"PARTNER_REMOVED","disconnection_info":{"reason":"CHANGE_NUMBER","initiated_by":"USER"}})")
        << QByteArray(
               R"({"kind":"account","event":"PARTNER_REMOVED","reason":"CHANGE_NUMBER","phone_number_id":null})");
    QTest::newRow("an account_update whose field sits inside the value is still an account event")
        << QByteArray(
               R"({"entry":[{"id":"1","time":3,"changes":[{"value":{"event":"PARTNER_APP_UNINSTALLED","field":"account_update","object":"whatsapp_business_account"}}]}]})")
        << QByteArray(R"({"kind":"account","event":"PARTNER_APP_UNINSTALLED","timestamp":3})");
    QTest::newRow("an account_update whose field sits on the entry is still an account event")
        << QByteArray(
               R"({"entry":[{"id":"1","changes":[{"value":{"event":"PARTNER_APP_INSTALLED"}}],"field":"account_update"}]})")
        << QByteArray(R"({"kind":"account","event":"PARTNER_APP_INSTALLED"})");
    QTest::newRow("a value-level error is an error event with its code")
        << field("messages",
                 R"("errors":[{"code":131000,"title":"Something went wrong","error_data":{"details":"d"}}])")
        << QByteArray(R"({"kind":"error","code":131000,"error_title":"Something went wrong","error_details":"d"})");
    QTest::newRow("a field Duet does not handle is an unknown event naming it")
        << field("message_template_quality_update", "\"new_quality_score\":\"RED\"")
        << QByteArray(R"({"kind":"unknown","field":"message_template_quality_update","phone_number_id":"106"})");
    QTest::newRow("a template's new status names the template by id, name and language")
        << field("message_template_status_update",
                 R"("event":"PAUSED","message_template_id":920070352646140,"message_template_name":"spring_sale",)"
                 R"("message_template_language":"en_US","reason":"NONE","message_template_category":"MARKETING")")
        << QByteArray(R"({"kind":"template_status","event":"PAUSED","template_id":"920070352646140",)"
                      R"("template_name":"spring_sale","template_language":"en_US","template_category":"MARKETING",)"
                      R"("reason":"NONE"})");
    QTest::newRow("a template status without the template's name is invalid")
        << field("message_template_status_update", R"("event":"APPROVED","message_template_id":1)")
        << QByteArray(R"({"kind":"invalid","reason":"message_template_name is missing"})");
    QTest::newRow("a message without from and from_user_id is invalid, with its path")
        << inbound(R"({"id":"wamid.A","timestamp":"1","type":"text","text":{"body":"x"}})")
        << QByteArray(R"({"kind":"invalid","path":"$.entry[0].changes[0].value.messages[0]",
             "reason":"from and from_user_id are missing"})");
}

namespace {
/// Checks that the body's last event has the members of `expected` (a null member must be there
/// as null). Every row's body yields one event, or a progress or error event and then the one the
/// row is about.
void checkLastEvent(const QByteArray& body, const QByteArray& expected)
{
    const DecodeResult result = WebhookDecoder::decode(body);
    QVERIFY2(result.ok(), qPrintable(result.reason));
    QVERIFY(!result.events.isEmpty());
    QCOMPARE(invariantProblem(result), QString());
    const QJsonObject actual = eventToJson(result.events.constLast());
    const QJsonObject want = jsonOf(expected);
    QVERIFY2(!want.isEmpty(), "the expected JSON of this row does not parse");
    for (auto it = want.begin(); it != want.end(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(" in ") +
                            QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact))));
}
} // namespace

void TestWebhookDecoder::mapping()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    checkLastEvent(body, expected);
}

void TestWebhookDecoder::identifiers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // members the last event's JSON must have

    QTest::newRow("a username user without a number is named by BSUID, parent BSUID and username")
        << field("messages", R"("contacts":[{"profile":{"name":"Sheena","username":"@realsheena"},
             "user_id":"US.1349","parent_user_id":"US.ENT.1181"}],
             "messages":[{"from_user_id":"US.1349","from_parent_user_id":"US.ENT.1181","id":"wamid.B",
             "timestamp":"5","type":"text","text":{"body":"hi"}}])")
        << QByteArray(R"({"kind":"message","contact":null,"user_id":"US.1349","parent_user_id":"US.ENT.1181",
             "username":"realsheena","name":"Sheena","text":"hi"})");
    QTest::newRow("contacts match by the parent BSUID when the user_id differs")
        << field("messages", R"("contacts":[{"profile":{"name":"Sheena","username":"sheena"},
             "user_id":"uUS.1349","parent_user_id":"US.1181"}],
             "messages":[{"from_user_id":"US.1349","from_parent_user_id":"US.1181","id":"wamid.B",
             "timestamp":"5","type":"text","text":{"body":"hi"}}])")
        << QByteArray(R"({"user_id":"US.1349","parent_user_id":"US.1181","username":"sheena","name":"Sheena"})");
    QTest::newRow("a contacts entry's wa_id gives the number the message left out")
        << field("messages", R"("contacts":[{"profile":{"name":"Ana"},"wa_id":"16505551234","user_id":"US.1"}],
             "messages":[{"from_user_id":"US.1","id":"wamid.B","timestamp":"5","type":"text","text":{"body":"x"}}])")
        << QByteArray(R"({"contact":"16505551234","user_id":"US.1","name":"Ana"})");
    QTest::newRow("a BSUID is opaque: letters, any case, no digits")
        << field("messages", R"("messages":[{"from_user_id":"br.AbCdEf","id":"wamid.B","timestamp":"5",
             "type":"text","text":{"body":"x"}}])")
        << QByteArray(R"({"kind":"message","user_id":"br.AbCdEf","contact":null})");
    QTest::newRow("an empty from_user_id counts as absent")
        << field("messages", R"("messages":[{"from_user_id":"","id":"wamid.B","timestamp":"5",
             "type":"text","text":{"body":"x"}}])")
        << QByteArray(R"({"kind":"invalid","reason":"from and from_user_id are missing"})");
    QTest::newRow("a status to a BSUID takes the username from contacts, but no number")
        << field("messages", R"("contacts":[{"profile":{"name":"P","username":"pablo"},"wa_id":"16505551234",
             "user_id":"US.1"}],"statuses":[{"id":"wamid.S","status":"read","timestamp":"5","recipient_user_id":"US.1"}])")
        << QByteArray(R"({"kind":"status","contact":null,"user_id":"US.1","username":"pablo"})");
    QTest::newRow("the parent BSUID of a status under its April name")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"read","timestamp":"5","recipient_id":"1650",
             "recipient_user_id":"US.1","parent_recipient_user_id":"US.ENT.2"}])")
        << QByteArray(R"({"contact":"1650","user_id":"US.1","parent_user_id":"US.ENT.2"})");
    QTest::newRow("the parent BSUID of a status under its final name wins over the older ones")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"read","timestamp":"5",
             "recipient_user_id":"US.1","parent_user_id":"US.OLD","recipient_parent_user_id":"US.ENT.2"}])")
        << QByteArray(R"({"parent_user_id":"US.ENT.2"})");
    QTest::newRow("a status to a group keeps the group as its contact")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"read","timestamp":"5","recipient_id":"1203",
             "recipient_type":"group","recipient_participant_user_id":"US.1"}])")
        << QByteArray(R"({"kind":"status","contact":"1203"})");
    QTest::newRow("an echo whose to is a placeholder is named by to_user_id")
        << field("smb_message_echoes", R"("message_echoes":[{"from":"15550783881","to":"<PHONE>",
             "to_user_id":"US.1","id":"wamid.E","timestamp":"6","type":"text","text":{"body":"x"}}])")
        << QByteArray(R"({"kind":"echo","contact":null,"user_id":"US.1"})");
    QTest::newRow("the May model: the old BSUID from the body, the old number from from")
        << field("messages",
                 R"("messages":[{"from":"16505551234","id":"wamid.C","timestamp":"7","type":"system","system":{
             "body":"User Pablo M. changed from US.1111 to US.2222","wa_id":"16505559999","user_id":"US.2222",
             "parent_user_id":"US.ENT.3333","type":"user_changed_user_id"}}])")
        << QByteArray(R"({"kind":"identity_change","wamid":"wamid.C","user_id":"US.2222","previous_user_id":"US.1111",
             "parent_user_id":"US.ENT.3333","contact":"16505559999","previous_contact":"16505551234",
             "name":"Pablo M.","type":"user_changed_user_id","timestamp":7})");
    QTest::newRow("the August model without from: previous ids from system")
        << field("messages", R"("messages":[{"id":"wamid.C","timestamp":"7","type":"system","system":{
             "body":"x","previous_user_id":"US.1","user_id":"US.2","previous_parent_user_id":"US.ENT.3",
             "parent_user_id":"US.ENT.4","type":"user_changed_user_id"}}])")
        << QByteArray(R"({"kind":"identity_change","user_id":"US.2","previous_user_id":"US.1",
             "parent_user_id":"US.ENT.4","previous_parent_user_id":"US.ENT.3","contact":null})");
    QTest::newRow("from_user_id on a system message is the previous BSUID when it differs")
        << field("messages", R"("messages":[{"from_user_id":"US.1","id":"wamid.C","timestamp":"7","type":"system",
             "system":{"body":"x","user_id":"US.2","type":"user_changed_user_id"}}])")
        << QByteArray(R"({"user_id":"US.2","previous_user_id":"US.1"})");
    QTest::newRow("an old-style number change puts the new number in new_wa_id")
        << inbound(R"({"from":"16505551234","id":"wamid.C","timestamp":"7","type":"system","system":{
             "body":"changed","new_wa_id":"16505559999","type":"user_changed_number"}})")
        << QByteArray(R"({"kind":"identity_change","contact":"16505559999","previous_contact":"16505551234",
             "user_id":null,"name":"Ana"})");
    QTest::newRow("user_id_update without a time takes the entry's")
        << QByteArray(R"({"entry":[{"id":"1","time":99,"changes":[{"field":"user_id_update","value":{
             "user_id_update":[{"user_id":{"previous":"US.1","current":"US.2"}}]}}]}]})")
        << QByteArray(R"({"kind":"identity_change","user_id":"US.2","previous_user_id":"US.1","timestamp":99,
             "type":"user_id_update"})");
    QTest::newRow("the business's username loses its @")
        << QByteArray(R"({"entry":[{"id":"1","time":9,"changes":[{"field":"business_username_update",
             "value":{"display_phone_number":"1555","username":"@jasper","status":"APPROVED"}}]}]})")
        << QByteArray(R"({"kind":"account","event":"BUSINESS_USERNAME_UPDATE","username":"jasper",
             "status":"approved","timestamp":9})");
    QTest::newRow("a number shared with the button: origin and number, no vCard")
        << field("messages", R"("messages":[{"from_user_id":"US.1","id":"wamid.K","timestamp":"8","type":"contacts",
             "contacts":[{"origin":"contact_request","phones":[{"phone":"+1 650-555-1234","wa_id":"16505551234"}]}]}])")
        << QByteArray(R"({"type":"contacts","share_origin":"contact_request","shared_phones":["16505551234"],
             "contact":null,"user_id":"US.1"})");
    QTest::newRow("a shared card without wa_id gives the digits of its phone")
        << inbound(R"json({"from":"1","id":"wamid.K","timestamp":"8","type":"contacts","origin":"other",
             "contacts":[{"name":{"formatted_name":"Ana"},"phones":[{"phone":"+1 (650) 555-0000"}],
             "vcard":"BEGIN:VCARD\r\nEND:VCARD"}]})json")
        << QByteArray(R"({"share_origin":"other","shared_phones":["16505550000"],"text":"Ana",
             "vcard":"BEGIN:VCARD\r\nEND:VCARD"})");
    QTest::newRow("an interactive message with errors instead of its object is unsupported")
        << inbound(R"({"from":"1","id":"wamid.U","timestamp":"8","type":"interactive",
             "errors":[{"code":131051,"title":"Message type unknown"}]})")
        << QByteArray(R"({"kind":"message","type":"interactive","unsupported":true,"error_code":131051,
             "error_title":"Message type unknown"})");
    QTest::newRow("a message without its object next to the value's errors is unsupported")
        << field("messages", R"("messages":[{"from":"1","id":"wamid.U","timestamp":"8","type":"text"}],
             "errors":[{"code":131000,"title":"Something went wrong"}])")
        << QByteArray(R"({"kind":"message","type":"text","unsupported":true,"error_code":131000})");
    QTest::newRow("a history thread without id is named by its context")
        << field("history", R"("history":[{"metadata":{"phase":0,"chunk_order":1,"progress":1},"threads":[
             {"context":{"user_id":"US.7","username":"@pablo"},"messages":[{"from_user_id":"US.7","id":"wamid.H",
             "timestamp":"9","type":"text","text":{"body":"x"}}]}]}])")
        << QByteArray(R"({"kind":"history","contact":null,"user_id":"US.7","username":"pablo","direction":"in"})");
    QTest::newRow("a history follow-up echo is the business's, to to_user_id")
        << field("history", R"("message_echoes":[{"from":"15550783881","to_user_id":"US.7","id":"wamid.H",
             "timestamp":"9","type":"image","image":{"id":"5"}}])")
        << QByteArray(R"({"kind":"history","direction":"out","user_id":"US.7","media_id":"5"})");
    QTest::newRow("a contact sync without phone_number is named by its BSUID")
        << field("smb_app_state_sync", R"("state_sync":[{"type":"contact","contact":{"full_name":"P","user_id":"US.1",
             "username":"@p.m"},"action":"add","metadata":{"timestamp":"7"}}])")
        << QByteArray(R"({"kind":"contact","contact":null,"user_id":"US.1","username":"p.m","name":"P"})");
}

void TestWebhookDecoder::identifiers()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    checkLastEvent(body, expected);
}

void TestWebhookDecoder::identifierLengthsAreBounded_data()
{
    QTest::addColumn<QByteArray>("body"); // "@@" stands for the identifier
    QTest::addColumn<int>("limit");
    const int ids = int(WebhookDecoder::kMaxUserIdLength);
    const int names = int(WebhookDecoder::kMaxUsernameLength);
    const QByteArray text = R"("id":"wamid.L","timestamp":"1","type":"text","text":{"body":"x"})";
    QTest::newRow("from_user_id") << field("messages", R"("messages":[{"from_user_id":"@@",)" + text + "}]") << ids;
    QTest::newRow("from_parent_user_id") << field("messages", R"("messages":[{"from":"1","from_parent_user_id":"@@",)" +
                                                                  text + "}]")
                                         << ids;
    QTest::newRow("contacts[].user_id")
        << field("messages", R"("contacts":[{"wa_id":"1","user_id":"@@"}],"messages":[{"from":"1",)" + text + "}]")
        << ids;
    QTest::newRow("contacts[].profile.username")
        << field("messages",
                 R"("contacts":[{"wa_id":"1","profile":{"username":"@@"}}],"messages":[{"from":"1",)" + text + "}]")
        << names;
    QTest::newRow("to_user_id") << field("smb_message_echoes", R"("message_echoes":[{"to_user_id":"@@",)" + text + "}]")
                                << ids;
    QTest::newRow("recipient_parent_user_id")
        << field("messages", R"("statuses":[{"id":"wamid.S","status":"read","timestamp":"1","recipient_id":"1",
             "recipient_parent_user_id":"@@"}])")
        << ids;
    QTest::newRow("context.username")
        << field("history", R"("history":[{"metadata":{"phase":0,"chunk_order":1,"progress":1},"threads":[
             {"id":"1","context":{"username":"@@"},"messages":[{"from":"1",)" +
                                text + "}]}]}]")
        << names;
    QTest::newRow("contact.user_id")
        << field("smb_app_state_sync", R"("state_sync":[{"type":"contact","contact":{"user_id":"@@"},"action":"add",
             "metadata":{"timestamp":"7"}}])")
        << ids;
    QTest::newRow("system.previous_user_id")
        << field("messages", R"("messages":[{"id":"wamid.C","timestamp":"7","type":"system","system":{
             "previous_user_id":"@@","user_id":"US.2","type":"user_changed_user_id"}}])")
        << ids;
    QTest::newRow("user_id.current") << field("user_id_update",
                                              R"("user_id_update":[{"user_id":{"current":"@@"},"timestamp":"1"}])")
                                     << ids;
    QTest::newRow("business username") << envelope("business_username_updates",
                                                   R"({"username":"@@","status":"approved"})")
                                       << names;
}

void TestWebhookDecoder::identifierLengthsAreBounded()
{
    QFETCH(QByteArray, body);
    QFETCH(int, limit);
    // A username's '@' is not counted; a BSUID is "US." and the rest.
    const bool username = limit == int(WebhookDecoder::kMaxUsernameLength);
    const auto value = [&](int length) -> QByteArray {
        return username ? QByteArray("@") + QByteArray(length, 'u') : QByteArray("US.") + QByteArray(length - 3, '1');
    };
    for (const int length : {limit, limit + 1}) {
        QByteArray b = body;
        b.replace("@@", value(length));
        const DecodeResult r = WebhookDecoder::decode(b);
        QVERIFY2(r.ok(), qPrintable(r.reason));
        QCOMPARE(invariantProblem(r), QString());
        const Event& e = r.events.constLast();
        if (length == limit) {
            QVERIFY2(e.kind != EventKind::Invalid, qPrintable(e.reason));
            const qsizetype kept = username
                                       ? e.username.size()
                                       : qMax(e.userId.size(), qMax(e.parentUserId.size(), e.previousUserId.size()));
            QCOMPARE(kept, qsizetype(limit));
        } else {
            QCOMPARE(e.kind, EventKind::Invalid);
            QVERIFY2(e.reason.endsWith(QStringLiteral("is longer than %1 characters").arg(limit)),
                     qPrintable(e.reason));
        }
    }
}

void TestWebhookDecoder::historyDirectionFollowsFromAndFromMe()
{
    const DecodeResult r = WebhookDecoder::decode(
        field("history",
              R"("history":[{"metadata":{"phase":0,"chunk_order":1,"progress":1},"threads":[{"id":"+1 650 555 1234",
        "messages":[{"from":"16505551234","id":"wamid.1","timestamp":"1","type":"text","text":{"body":"in"}},
                    {"from":"+1 555 078 3881","id":"wamid.2","timestamp":"1","type":"text","text":{"body":"out"}},
                    {"from_me":true,"id":"wamid.3","timestamp":"1","type":"media_placeholder"}]}]}])"));
    QVERIFY(r.ok());
    QCOMPARE(r.events.size(), 4);
    QCOMPARE(r.events[1].outbound, false);
    QCOMPARE(r.events[2].outbound, true);
    QCOMPARE(r.events[3].outbound, true);
    QCOMPARE(r.events[3].type, QStringLiteral("media_placeholder"));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(r.events[i].contact, QStringLiteral("16505551234"));
}

void TestWebhookDecoder::historyStatusIsLowerCasedWhateverItsCase_data()
{
    QTest::addColumn<QString>("status");
    for (const char* s : {"READ", "read", "Read", "dElIvErEd", "PLAYED", "ERROR", "PENDING", "SENT"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestWebhookDecoder::historyStatusIsLowerCasedWhateverItsCase()
{
    QFETCH(QString, status);
    const DecodeResult r = WebhookDecoder::decode(field(
        "history", R"("history":[{"metadata":{"phase":0,"chunk_order":1,"progress":1},"threads":[{"id":"1","messages":[
        {"from":"1","id":"wamid.1","timestamp":"1","type":"text","text":{"body":"x"},"history_context":{"status":)"
                   "\"" +
                       status.toUtf8() + R"("}}]}]}])"));
    QCOMPARE(r.events.size(), 2);
    QCOMPARE(r.events[1].historyStatus, status.toLower());
}

void TestWebhookDecoder::eventsFollowDocumentOrderAndTheFixedOrderWithinAValue()
{
    const QByteArray body = R"({"entry":[
        {"id":"1","changes":[
            {"field":"messages","value":{"statuses":[{"id":"wamid.s1","status":"sent","timestamp":"1","recipient_id":"1"}],
                "messages":[{"from":"1","id":"wamid.m1","timestamp":"1","type":"text","text":{"body":"a"}},
                            {"from":"1","id":"wamid.m2","timestamp":"1","type":"text","text":{"body":"b"}}],
                "errors":[{"code":1}]}},
            {"field":"smb_message_echoes","value":{"message_echoes":[{"to":"1","id":"wamid.e1","timestamp":"1","type":"text","text":{"body":"c"}}]}}]},
        {"id":"2","changes":[{"field":"account_update","value":{"event":"ACCOUNT_RECONNECTED"}}]}]})";
    const DecodeResult r = WebhookDecoder::decode(body);
    QVERIFY(r.ok());
    QStringList order;
    for (const Event& e : r.events)
        order << eventKindName(e.kind) + QLatin1Char(':') + (e.wamid.isNull() ? e.accountEvent : e.wamid);
    QCOMPARE(order, QStringList({QStringLiteral("error:"), QStringLiteral("message:wamid.m1"),
                                 QStringLiteral("message:wamid.m2"), QStringLiteral("status:wamid.s1"),
                                 QStringLiteral("echo:wamid.e1"), QStringLiteral("account:ACCOUNT_RECONNECTED")}));
}

void TestWebhookDecoder::anInvalidMessageDoesNotStopTheRest()
{
    const DecodeResult r = WebhookDecoder::decode(
        inbound(R"({"from":"1","id":"wamid.1","timestamp":"1","type":"text","text":{"body":"a"}},)"
                R"({"from":"1","timestamp":"1","type":"text","text":{"body":"b"}},)"
                R"({"from":"1","id":"wamid.3","timestamp":"1","type":"text","text":{"body":"c"}})"));
    QCOMPARE(r.events.size(), 3);
    QCOMPARE(r.events[1].kind, EventKind::Invalid);
    QCOMPARE(r.events[1].path, QStringLiteral("$.entry[0].changes[0].value.messages[1]"));
    QCOMPARE(r.events[1].reason, QStringLiteral("id is missing"));
    QCOMPARE(r.events[2].wamid, QStringLiteral("wamid.3"));
}

void TestWebhookDecoder::textIsKeptExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emoji with a skin tone") << QString::fromUtf8("👍🏽 ok");
    QTest::newRow("a zero-width-joiner family") << QString::fromUtf8("👨\u200d👩\u200d👧\u200d👦");
    QTest::newRow("right-to-left Arabic and Hebrew with marks") << QString::fromUtf8("مرحبا \u200fשלום\u200e");
    QTest::newRow("4096 characters") << QString(4096, QChar(0x4e2d));
    QTest::newRow("escapes and controls") << QStringLiteral("quote \" backslash \\ tab \t newline \n");
}

void TestWebhookDecoder::textIsKeptExactly()
{
    QFETCH(QString, text);
    // Once as Meta writes it (\uXXXX escapes), once as raw UTF-8.
    QJsonObject body{{QStringLiteral("body"), text}};
    const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray escaped;
    const QString decoded = QString::fromUtf8(raw);
    for (const QChar c : decoded) {
        if (c.unicode() < 0x80)
            escaped += char(c.unicode());
        else
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
    }
    for (const QByteArray& textObject : {raw, escaped}) {
        const DecodeResult r = WebhookDecoder::decode(
            inbound(R"({"from":"1","id":"wamid.1","timestamp":"1","type":"text","text":)" + textObject + "}"));
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].text, text);
        QCOMPARE(r.events[0].text.toUtf8(), text.toUtf8());
    }
}

void TestWebhookDecoder::failures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("failure");
    using F = DecodeResult::Failure;
    QTest::newRow("an empty body is not JSON") << QByteArray() << int(F::NotJson);
    QTest::newRow("HTML is not JSON") << QByteArray("<html></html>") << int(F::NotJson);
    QTest::newRow("invalid UTF-8 is not JSON") << QByteArray("{\"a\":\"\xff\xfe\"}") << int(F::NotJson);
    QTest::newRow("a truncated body is not JSON") << QByteArray("{\"entry\":[{\"id\":\"1\"") << int(F::NotJson);
    QTest::newRow("an array is not an object") << QByteArray("[]") << int(F::NotObject);
    QTest::newRow("65 levels are too deep")
        << QByteArray("{\"a\":" + QByteArray(64, '[') + QByteArray(64, ']') + "}") << int(F::TooDeep);
    QTest::newRow("one byte over 3 MB is too large")
        << QByteArray("{}" + QByteArray(WebhookDecoder::kMaxBodyBytes - 1, ' ')) << int(F::TooLarge);
}

void TestWebhookDecoder::failures()
{
    QFETCH(QByteArray, body);
    QFETCH(int, failure);
    const DecodeResult r = WebhookDecoder::decode(body);
    QCOMPARE(int(r.failure), failure);
    QVERIFY(r.events.isEmpty());
    QVERIFY(!r.reason.isEmpty());
    QVERIFY(!r.reason.contains(QLatin1Char('\n')));
}

void TestWebhookDecoder::notJsonNamesTheOffset()
{
    const QByteArray body = R"({"entry": [1, 2,, 3]})";
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    const DecodeResult r = WebhookDecoder::decode(body);
    QCOMPARE(r.failure, DecodeResult::Failure::NotJson);
    QVERIFY2(r.reason.endsWith(QStringLiteral("at byte %1").arg(error.offset)), qPrintable(r.reason));
}

void TestWebhookDecoder::exactlyTheLimitsAreAccepted()
{
    QVERIFY(WebhookDecoder::decode("{}" + QByteArray(WebhookDecoder::kMaxBodyBytes - 2, ' ')).ok());
    QVERIFY(WebhookDecoder::decode("{\"a\":" + QByteArray(63, '[') + QByteArray(63, ']') + "}").ok());
}

void TestWebhookDecoder::bracketsAndQuotesInsideStringsDoNotCountAsNesting()
{
    const QByteArray text = QByteArray(200, '[') + "\\\"" + QByteArray(200, '{') + "\\\\";
    const DecodeResult r =
        WebhookDecoder::decode(inbound(R"({"from":"1","id":"wamid.1","timestamp":"1","type":"text","text":{"body":)"
                                       "\"" +
                                       text + R"("}})"));
    QVERIFY2(r.ok(), qPrintable(r.reason));
    QCOMPARE(r.events.size(), 1);
    QCOMPARE(r.events[0].text.size(), 402);
}

void TestWebhookDecoder::aHugeArrayIsCutAtTheLimitWithAnInvalidEvent()
{
    const qsizetype n = WebhookDecoder::kMaxArrayItems + 5;
    QByteArray statuses;
    statuses.reserve(n * 70);
    for (qsizetype i = 0; i < n; ++i)
        statuses += (i ? "," : "") + QByteArray(R"({"id":"wamid.)") + QByteArray::number(i) +
                    R"(","status":"read","timestamp":"1","recipient_id":"1"})";
    const DecodeResult r = WebhookDecoder::decode(field("messages", R"("statuses":[)" + statuses + "]"));
    QVERIFY(r.ok());
    QCOMPARE(r.events.size(), WebhookDecoder::kMaxArrayItems + 1);
    QCOMPARE(r.events.constLast().kind, EventKind::Invalid);
    QCOMPARE(r.events.constLast().path, QStringLiteral("$.entry[0].changes[0].value.statuses"));
    QVERIFY(r.events.constLast().reason.contains(QString::number(n)));
}

void TestWebhookDecoder::theEventLimitEndsWithAnInvalidEvent()
{
    // Three changes of 20,000 errors each: 60,000 would-be events, over the per-body limit.
    QByteArray errors;
    for (qsizetype i = 0; i < WebhookDecoder::kMaxArrayItems; ++i)
        errors += i ? ",{\"code\":1}" : "{\"code\":1}";
    const QByteArray change = R"({"field":"messages","value":{"errors":[)" + errors + "]}}";
    const DecodeResult r =
        WebhookDecoder::decode(R"({"entry":[{"id":"1","changes":[)" + change + "," + change + "," + change + "]}]}");
    QVERIFY(r.ok());
    QCOMPARE(r.events.size(), WebhookDecoder::kMaxEvents + 1);
    QCOMPARE(r.events.constLast().kind, EventKind::Invalid);
    QCOMPARE(r.events.constLast().path, QStringLiteral("$"));
}

void TestWebhookDecoder::everyFixtureEventSurvivesItsJsonForm()
{
    QList<WebhookSample> samples = fixtureSamples(QStringLiteral("good"));
    samples += fixtureSamples(QStringLiteral("broken"));
    int checked = 0;
    for (const WebhookSample& s : samples) {
        for (const Event& e : WebhookDecoder::decode(s.body).events) {
            Event back;
            QVERIFY(eventFromJson(eventToJson(e), &back));
            QVERIFY2(sameEvent(back, e), qPrintable(s.name));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestWebhookDecoder::eventFromJsonRefusesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no kind") << QByteArray(R"({"wamid":"x"})");
    QTest::newRow("an unknown kind") << QByteArray(R"({"kind":"letter"})");
    QTest::newRow("a numeric wamid") << QByteArray(R"({"kind":"message","wamid":5})");
    QTest::newRow("a fractional timestamp") << QByteArray(R"({"kind":"message","timestamp":1.5})");
    QTest::newRow("a sideways direction") << QByteArray(R"({"kind":"message","direction":"up"})");
    QTest::newRow("a string code") << QByteArray(R"({"kind":"error","code":"131000"})");
    QTest::newRow("a string billable") << QByteArray(R"({"kind":"status","billable":"true"})");
}

void TestWebhookDecoder::eventFromJsonRefusesWrongTypes()
{
    QFETCH(QByteArray, json);
    Event e;
    QVERIFY(!eventFromJson(jsonOf(json), &e));
}

QTEST_GUILESS_MAIN(TestWebhookDecoder)
