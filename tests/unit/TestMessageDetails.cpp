// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder's message details: each type's fields in their normalized form, the variants Meta
// sends, broken payloads (a clear problem, the message kept), and the details' JSON form.
#include "TestMessageDetails.h"

#include "DomainToString.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace duet;
using namespace duet::cloudapi;

namespace {

QByteArray envelope(const char* field, const QByteArray& value)
{
    return QByteArrayLiteral(
               "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"") +
           field + QByteArrayLiteral(R"(","value":)") + value + QByteArrayLiteral("}]}]}");
}

const QByteArray kMetadata = R"("metadata":{"display_phone_number":"15550783881","phone_number_id":"106"})";
const QByteArray kFrom = R"("from":"16505551234","id":"wamid.D","timestamp":"1750000000",)";

/// A `messages` body with one inbound message from 16505551234 (profile name Ana).
QByteArray inbound(const QByteArray& members)
{
    return envelope("messages", "{" + kMetadata + R"(,"contacts":[{"profile":{"name":"Ana"},"wa_id":"16505551234"}],)" +
                                    R"("messages":[{)" + kFrom + members + "}]}");
}

/// An echo (the business on the phone app) to 16505551234.
QByteArray echoBody(const QByteArray& members)
{
    return envelope("smb_message_echoes", "{" + kMetadata +
                                              R"(,"message_echoes":[{"from":"15550783881","to":"16505551234",)" +
                                              R"("id":"wamid.E","timestamp":"1750000000",)" + members + "}]}");
}

/// A history chunk with one customer message in the thread of 16505551234.
QByteArray historyBody(const QByteArray& members)
{
    return envelope("history", "{" + kMetadata +
                                   R"(,"history":[{"metadata":{"phase":0,"chunk_order":1,"progress":100},)" +
                                   R"("threads":[{"id":"16505551234","messages":[{"from":"16505551234",)" +
                                   R"("id":"wamid.H","timestamp":"1750000000",)" +
                                   R"("history_context":{"status":"READ"},)" + members + "}]}]}]}");
}

/// The one message-like event of the body (failing the test when there is not exactly one).
Event messageOf(const QByteArray& body)
{
    const DecodeResult result = WebhookDecoder::decode(body);
    Event found;
    int count = 0;
    for (const Event& e : result.events) {
        if (e.isMessageLike()) {
            found = e;
            ++count;
        }
    }
    if (count != 1) {
        QByteArray dump;
        for (const Event& e : result.events)
            dump += QJsonDocument(eventToJson(e)).toJson(QJsonDocument::Compact) + '\n';
        qWarning("expected one message, got %d:\n%s", count, dump.constData());
    }
    return found;
}

QJsonObject detailsOf(const Event& e)
{
    return QJsonDocument::fromJson(e.details.toUtf8()).object();
}

QStringList problemsOf(const Event& e)
{
    QStringList out;
    const QJsonArray pList = detailsOf(e).value(QLatin1String("problems")).toArray();
    for (const auto& p : pList)
        out << p.toString();
    return out;
}

} // namespace

void TestMessageDetails::location()
{
    const Event e = messageOf(inbound(
        R"("type":"location","location":{"address":"Rua Augusta 120, Lisboa","latitude":38.71,"longitude":-9.1393,)"
        R"("name":"Café Central","url":"https://cafe.example"})"));
    QCOMPARE(e.type, QStringLiteral("location"));
    QCOMPARE(e.text, QStringLiteral("Café Central, Rua Augusta 120, Lisboa"));
    const QJsonObject l = detailsOf(e).value(QLatin1String("location")).toObject();
    QCOMPARE(l.value(QLatin1String("latitude")).toDouble(), 38.71);
    QCOMPARE(l.value(QLatin1String("longitude")).toDouble(), -9.1393);
    QCOMPARE(l.value(QLatin1String("name")).toString(), QStringLiteral("Café Central"));
    QCOMPARE(l.value(QLatin1String("address")).toString(), QStringLiteral("Rua Augusta 120, Lisboa"));
    QCOMPARE(l.value(QLatin1String("url")).toString(), QStringLiteral("https://cafe.example"));
    QVERIFY(problemsOf(e).isEmpty());
}

void TestMessageDetails::locationCoordinatesMayBeStrings()
{
    const Event e =
        messageOf(inbound(R"("type":"location","location":{"latitude":"-23.5505","longitude":" -46.6333 "})"));
    const QJsonObject l = detailsOf(e).value(QLatin1String("location")).toObject();
    QCOMPARE(l.value(QLatin1String("latitude")).toDouble(), -23.5505);
    QCOMPARE(l.value(QLatin1String("longitude")).toDouble(), -46.6333);
    QVERIFY(e.text.isNull()); // no name or address: the coordinates are in the details only
}

void TestMessageDetails::brokenLocationsKeepTheMessage_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("problem");
    QTest::newRow("latitude not a number")
        << QByteArray(R"("type":"location","location":{"latitude":"north","longitude":1})")
        << QStringLiteral("location.latitude is not a number");
    QTest::newRow("latitude an object") << QByteArray(R"("type":"location","location":{"latitude":{},"longitude":1})")
                                        << QStringLiteral("location.latitude is not a number");
    QTest::newRow("name a number is read as its digits, address an array is not")
        << QByteArray(R"("type":"location","location":{"latitude":1,"longitude":2,"name":7,"address":[]})")
        << QStringLiteral("location.address is not a string");
    QTest::newRow("out of range") << QByteArray(R"("type":"location","location":{"latitude":91,"longitude":2})")
                                  << QStringLiteral("location coordinates are out of range");
    QTest::newRow("location not an object")
        << QByteArray(R"("type":"location","location":"here")") << QStringLiteral("location is not an object");
}

void TestMessageDetails::brokenLocationsKeepTheMessage()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, problem);
    const Event e = messageOf(inbound(members));
    QCOMPARE(e.kind, EventKind::Message);
    QCOMPARE(e.wamid, QStringLiteral("wamid.D"));
    QVERIFY2(problemsOf(e).contains(problem), qPrintable(problemsOf(e).join(QLatin1String("; "))));
}

void TestMessageDetails::contactCards()
{
    const Event e = messageOf(inbound(
        R"("type":"contacts","contacts":[{"name":{"first_name":"Ana","last_name":"Souza","formatted_name":"Ana Souza"},)"
        R"("org":{"company":"Loja Azul"},"phones":[{"phone":"+55 11 98765-4321","wa_id":"5511987654321","type":"CELL"},)"
        R"({"phone":"+55 11 3333-4444","type":"WORK"}],"emails":[{"email":"ana@example.com","type":"WORK"}]},)"
        R"({"name":{"first_name":"Bruno","last_name":"Lima"},"phones":[{"wa_id":5511912345678}]}])"));
    QCOMPARE(e.text, QStringLiteral("Ana Souza"));
    const QJsonArray cards = detailsOf(e).value(QLatin1String("contacts")).toArray();
    QCOMPARE(cards.size(), 2);
    const QJsonObject ana = cards.at(0).toObject();
    QCOMPARE(ana.value(QLatin1String("name")).toString(), QStringLiteral("Ana Souza"));
    QCOMPARE(ana.value(QLatin1String("org")).toObject().value(QLatin1String("company")).toString(),
             QStringLiteral("Loja Azul"));
    const QJsonArray phones = ana.value(QLatin1String("phones")).toArray();
    QCOMPARE(phones.size(), 2);
    QCOMPARE(phones.at(0).toObject().value(QLatin1String("wa_id")).toString(), QStringLiteral("5511987654321"));
    QCOMPARE(phones.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("CELL"));
    QCOMPARE(phones.at(1).toObject().value(QLatin1String("phone")).toString(), QStringLiteral("+55 11 3333-4444"));
    QCOMPARE(ana.value(QLatin1String("emails")).toArray().at(0).toObject().value(QLatin1String("email")).toString(),
             QStringLiteral("ana@example.com"));
    // A card without formatted_name is named from its parts; a wa_id sent as a number is kept.
    const QJsonObject bruno = cards.at(1).toObject();
    QCOMPARE(bruno.value(QLatin1String("name")).toString(), QStringLiteral("Bruno Lima"));
    QCOMPARE(bruno.value(QLatin1String("phones")).toArray().at(0).toObject().value(QLatin1String("wa_id")).toString(),
             QStringLiteral("5511912345678"));
    QVERIFY(problemsOf(e).isEmpty());
}

void TestMessageDetails::brokenContactCardsKeepTheMessage()
{
    const Event e = messageOf(
        inbound(R"("type":"contacts","contacts":[{"name":"Ana","phones":[{"phone":"+1 650 555 0000"}]},)"
                R"("just text",{"name":{"formatted_name":"Rui"},"phones":{"phone":"1"},"emails":[{"email":3.5}]}])"));
    QCOMPARE(e.kind, EventKind::Message);
    QCOMPARE(e.text, QStringLiteral("Rui"));
    const QStringList problems = problemsOf(e);
    QVERIFY2(problems.contains(QStringLiteral("contacts[0].name is not an object")), qPrintable(problems.join(u';')));
    QVERIFY(problems.contains(QStringLiteral("contacts[1] is not an object")));
    QVERIFY(problems.contains(QStringLiteral("contacts[2].phones is not an array")));
    const QJsonArray cards = detailsOf(e).value(QLatin1String("contacts")).toArray();
    QCOMPARE(cards.size(), 2); // the two objects; the string is named among the problems
    QCOMPARE(cards.at(0).toObject().value(QLatin1String("phones")).toArray().size(), 1);
    QCOMPARE(e.sharedPhones, QStringList{QStringLiteral("16505550000")});
}

void TestMessageDetails::replies_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("button reply")
        << QByteArray(
               R"("type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"yes-1","title":"Yes"}})")
        << QStringLiteral("Yes") << QByteArray(R"({"kind":"button_reply","id":"yes-1","title":"Yes"})");
    QTest::newRow("list reply")
        << QByteArray(
               R"("type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"express","title":"Express","description":"Next day"}})")
        << QStringLiteral("Express")
        << QByteArray(R"({"kind":"list_reply","id":"express","title":"Express","description":"Next day"})");
    QTest::newRow("flow reply")
        << QByteArray(
               R"("type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent",)"
               R"("response_json":"{\"flow_token\":\"t\",\"size\":\"M\",\"count\":2}"}})")
        << QStringLiteral("Sent")
        << QByteArray(
               R"({"kind":"nfm_reply","name":"flow","body":"Sent","response":{"flow_token":"t","size":"M","count":2}})");
    QTest::newRow("template quick-reply button")
        << QByteArray(R"("type":"button","button":{"payload":"STOP_PROMOS","text":"Stop promotions"})")
        << QStringLiteral("Stop promotions")
        << QByteArray(R"({"kind":"button","title":"Stop promotions","payload":"STOP_PROMOS"})");
    QTest::newRow("a button id given as a number")
        << QByteArray(
               R"("type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":42,"title":"Ok"}})")
        << QStringLiteral("Ok") << QByteArray(R"({"kind":"button_reply","id":"42","title":"Ok"})");
}

void TestMessageDetails::replies()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, text);
    QFETCH(QByteArray, reply);
    const Event e = messageOf(inbound(members));
    QCOMPARE(e.text, text);
    QCOMPARE(detailsOf(e).value(QLatin1String("reply")).toObject(), QJsonDocument::fromJson(reply).object());
    QVERIFY(problemsOf(e).isEmpty());
}

void TestMessageDetails::brokenRepliesKeepTheMessage_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("problem");
    QTest::newRow("title an object")
        << QByteArray(
               R"("type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"x","title":{}}})")
        << QStringLiteral("interactive.button_reply.title is not a string");
    QTest::newRow("reply body missing its object")
        << QByteArray(R"("type":"interactive","interactive":{"type":"list_reply","list_reply":[]})")
        << QStringLiteral("interactive.list_reply is not an object");
    QTest::newRow("flow response not JSON")
        << QByteArray(
               R"("type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"response_json":"{oops"}})")
        << QStringLiteral("interactive.nfm_reply.response_json is not a JSON object");
    QTest::newRow("button payload an array") << QByteArray(R"("type":"button","button":{"payload":[1],"text":"Go"})")
                                             << QStringLiteral("button.payload is not a string");
}

void TestMessageDetails::brokenRepliesKeepTheMessage()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, problem);
    const Event e = messageOf(inbound(members));
    QCOMPARE(e.kind, EventKind::Message);
    QVERIFY2(problemsOf(e).contains(problem), qPrintable(problemsOf(e).join(QLatin1String("; "))));
}

void TestMessageDetails::order()
{
    const Event e = messageOf(
        inbound(R"("type":"order","order":{"catalog_id":"194836987003835","text":"Gift wrap","product_items":[)"
                R"({"product_retailer_id":"di9ozbzfi4","quantity":2,"item_price":30,"currency":"USD"},)"
                R"({"product_retailer_id":"nqryix03ez","quantity":"1","item_price":"25.50","currency":"USD"}]})"));
    QCOMPARE(e.text, QStringLiteral("Gift wrap"));
    const QJsonObject o = detailsOf(e).value(QLatin1String("order")).toObject();
    QCOMPARE(o.value(QLatin1String("catalog_id")).toString(), QStringLiteral("194836987003835"));
    const QJsonArray items = o.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("quantity")).toDouble(), 2.0);
    QCOMPARE(items.at(1).toObject().value(QLatin1String("quantity")).toDouble(), 1.0);
    QCOMPARE(items.at(1).toObject().value(QLatin1String("item_price")).toDouble(), 25.5);
    QCOMPARE(items.at(1).toObject().value(QLatin1String("currency")).toString(), QStringLiteral("USD"));
    QVERIFY(problemsOf(e).isEmpty());
}

void TestMessageDetails::brokenOrdersKeepTheMessage()
{
    const Event e = messageOf(inbound(R"("type":"order","order":{"catalog_id":true,"text":5,"product_items":[)"
                                      R"({"product_retailer_id":"a","quantity":"two","item_price":null},7]})"));
    QCOMPARE(e.kind, EventKind::Message);
    const QStringList problems = problemsOf(e);
    QVERIFY2(problems.contains(QStringLiteral("order.catalog_id is not a string")), qPrintable(problems.join(u';')));
    QVERIFY(problems.contains(QStringLiteral("order.product_items[0].quantity is not a number")));
    QVERIFY(problems.contains(QStringLiteral("order.product_items[1] is not an object")));
    const QJsonArray items =
        detailsOf(e).value(QLatin1String("order")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("product_retailer_id")).toString(), QStringLiteral("a"));
    const Event noItems = messageOf(inbound(R"("type":"order","order":{"product_items":"none"})"));
    QVERIFY(problemsOf(noItems).contains(QStringLiteral("order.product_items is not an array")));
}

void TestMessageDetails::productInquiry()
{
    const Event e =
        messageOf(inbound(R"("type":"text","text":{"body":"Is this still available?"},)"
                          R"("context":{"from":"15550783881","id":"wamid.P",)"
                          R"("referred_product":{"catalog_id":194836987003835,"product_retailer_id":"di9ozbzfi4"}})"));
    QCOMPARE(e.text, QStringLiteral("Is this still available?"));
    QCOMPARE(e.contextWamid, QStringLiteral("wamid.P"));
    const QJsonObject p = detailsOf(e).value(QLatin1String("product")).toObject();
    QCOMPARE(p.value(QLatin1String("catalog_id")).toString(), QStringLiteral("194836987003835"));
    QCOMPARE(p.value(QLatin1String("product_retailer_id")).toString(), QStringLiteral("di9ozbzfi4"));
    const Event broken =
        messageOf(inbound(R"("type":"text","text":{"body":"?"},"context":{"id":"wamid.P","referred_product":"di9"})"));
    QCOMPARE(broken.kind, EventKind::Message);
    QVERIFY(problemsOf(broken).contains(QStringLiteral("context.referred_product is not an object")));
}

void TestMessageDetails::referralOnAnyMessage()
{
    const QByteArray referral =
        R"("referral":{"source_url":"https://fb.me/x","source_id":"120226305854810726","source_type":"ad",)"
        R"("body":"Summer Succulents","headline":"Chat with us","media_type":"image","ctwa_clid":"Aff-1",)"
        R"("welcome_message":{"text":"Hi!"}},)";
    const QList<QByteArray> bodies = {
        QByteArray(referral + R"("type":"text","text":{"body":"Hello"})"),
        QByteArray(referral + R"("type":"location","location":{"latitude":1,"longitude":2})")};
    for (const QByteArray& members : bodies) {
        const Event e = messageOf(inbound(members));
        QVERIFY(e.referral);
        const QJsonObject r = detailsOf(e).value(QLatin1String("referral")).toObject();
        QCOMPARE(r.value(QLatin1String("source_type")).toString(), QStringLiteral("ad"));
        QCOMPARE(r.value(QLatin1String("source_id")).toString(), QStringLiteral("120226305854810726"));
        QCOMPARE(r.value(QLatin1String("source_url")).toString(), QStringLiteral("https://fb.me/x"));
        QCOMPARE(r.value(QLatin1String("headline")).toString(), QStringLiteral("Chat with us"));
        QCOMPARE(r.value(QLatin1String("body")).toString(), QStringLiteral("Summer Succulents"));
        QCOMPARE(r.value(QLatin1String("media_type")).toString(), QStringLiteral("image"));
        QCOMPARE(r.value(QLatin1String("ctwa_clid")).toString(), QStringLiteral("Aff-1"));
        QCOMPARE(r.value(QLatin1String("welcome_text")).toString(), QStringLiteral("Hi!"));
    }
    const Event broken = messageOf(inbound(R"("referral":{"headline":["x"]},"type":"text","text":{"body":"Hi"})"));
    QVERIFY(broken.referral);
    QVERIFY(problemsOf(broken).contains(QStringLiteral("referral.headline is not a string")));
}

void TestMessageDetails::echoesAndHistoryGetTheSameDetails()
{
    const QByteArray location = R"("type":"location","location":{"latitude":38.7,"longitude":-9.1,"name":"Loja"})";
    const Event live = messageOf(inbound(location));
    const Event echo = messageOf(echoBody(location));
    const Event history = messageOf(historyBody(location));
    QCOMPARE(echo.kind, EventKind::Echo);
    QCOMPARE(history.kind, EventKind::History);
    QVERIFY(!live.details.isEmpty());
    QCOMPARE(echo.details, live.details);
    QCOMPARE(history.details, live.details);
    const QByteArray order =
        R"("type":"order","order":{"catalog_id":"1","product_items":[{"product_retailer_id":"a","quantity":1}]})";
    QCOMPARE(messageOf(historyBody(order)).details, messageOf(inbound(order)).details);
}

void TestMessageDetails::plainMessagesHaveNoDetails()
{
    QVERIFY(messageOf(inbound(R"("type":"text","text":{"body":"hi"})")).details.isNull());
    QVERIFY(messageOf(inbound(R"("type":"image","image":{"id":"1","mime_type":"image/jpeg"})")).details.isNull());
}

void TestMessageDetails::detailsTravelAsAnObjectInTheJsonForm()
{
    const Event e = messageOf(inbound(
        R"("type":"order","order":{"catalog_id":"1","product_items":[{"product_retailer_id":"a","quantity":2,"item_price":3.5,"currency":"EUR"}]})"));
    const QJsonObject json = eventToJson(e);
    QVERIFY(json.value(QLatin1String("details")).isObject());
    Event back;
    QVERIFY(eventFromJson(json, &back));
    QVERIFY(sameEvent(e, back));
    QCOMPARE(back.details, e.details);
    // A details member of the wrong type makes the line unreadable, like any other.
    QJsonObject wrong = json;
    wrong.insert(QLatin1String("details"), 5);
    QVERIFY(!eventFromJson(wrong, &back));
}

QTEST_GUILESS_MAIN(TestMessageDetails)
