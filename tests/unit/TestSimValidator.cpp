// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's checks of messages bodies: every rule, its code and Meta's error body.
#include "DomainToString.h"
#include "MessageValidator.h"
#include "Scenario.h"
#include "SimHarness.h"
#include "cloudapi/ApiError.h"
#include "cloudapi/GraphApiVersion.h"
#include "cloudapi/GraphRequests.h"

#include <QJsonArray>
#include <QTest>

using namespace duet;
using namespace duet::sim;
using namespace duet::cloudapi;

namespace {

const QString kCustomer = QStringLiteral("+16505551234");
const QString kUploaded = QStringLiteral("1234567890");

QByteArray build(const GraphRequest& r)
{
    return test::jsonBytes(r.body);
}

QJsonObject base()
{
    return test::textBody(kCustomer, QStringLiteral("Hello"), QStringLiteral("c-1"));
}

QByteArray with(const QString& key, const QJsonValue& value)
{
    QJsonObject o = base();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return test::jsonBytes(o);
}

QByteArray typed(const QString& type, const QJsonValue& content, const QJsonObject& extra = {})
{
    QJsonObject o = base();
    o.remove(QStringLiteral("text"));
    o.insert(QStringLiteral("type"), type);
    o.insert(type, content);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return test::jsonBytes(o);
}

QJsonObject tmpl(const QString& name, const QString& language, const QJsonArray& components)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), language}}},
            {QStringLiteral("components"), components}};
}

QJsonObject component(const QString& type, int textParams)
{
    QJsonArray params;
    for (int i = 0; i < textParams; ++i)
        params.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), QStringLiteral("x")}});
    return {{QStringLiteral("type"), type}, {QStringLiteral("parameters"), params}};
}

QJsonObject button(const QJsonValue& index, int params, const QString& subType = QStringLiteral("url"))
{
    QJsonObject b = component(QStringLiteral("button"), params);
    if (!subType.isEmpty())
        b.insert(QStringLiteral("sub_type"), subType);
    b.insert(QStringLiteral("index"), index);
    return b;
}

Scenario testScenario()
{
    Scenario s = Scenario::defaults();
    TemplateSpec t;
    t.name = QStringLiteral("appointment_reminder");
    t.language = QStringLiteral("en_US");
    t.headerParams = 1;
    t.bodyParams = 2;
    t.buttonParams.insert(1, 1);
    s.templates.append(t);
    TemplateSpec ask;
    ask.name = QStringLiteral("ask_phone");
    ask.language = QStringLiteral("en_US");
    ask.requestsContactInfo = true;
    s.templates.append(ask);
    return s;
}

} // namespace

class TestSimValidator : public QObject
{
    Q_OBJECT

private slots:
    void validatesBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");

        const GraphRequestBuilder graph(duet::cloudapi::graphApiVersion(), QStringLiteral("106540352242922"));
        const Envelope env{kCustomer, QStringLiteral("c-1"), {}};
        const Envelope reply{kCustomer, QStringLiteral("c-2"), QStringLiteral("wamid.QUOTED")};
        TemplateContent order{QStringLiteral("order_update"), QStringLiteral("en_US"), {}};
        order.components.append({TemplateComponent::Type::Body,
                                 {TemplateParameter::textValue(QStringLiteral("Ana")),
                                  TemplateParameter::currency(QStringLiteral("$10"), QStringLiteral("USD"), 10000)},
                                 {},
                                 -1});
        TemplateContent reminder{QStringLiteral("appointment_reminder"), QStringLiteral("en_US"), {}};
        reminder.components.append(
            {TemplateComponent::Type::Header, {TemplateParameter::image(MediaSource::fromId(kUploaded))}, {}, -1});
        reminder.components.append({TemplateComponent::Type::Body,
                                    {TemplateParameter::textValue(QStringLiteral("Ana")),
                                     TemplateParameter::dateTime(QStringLiteral("May 3"))},
                                    {},
                                    -1});
        reminder.components.append({TemplateComponent::Type::Button,
                                    {TemplateParameter::textValue(QStringLiteral("x9"))},
                                    QStringLiteral("url"),
                                    1});
        TemplateContent hello{QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
        MediaContent image{MediaContent::Kind::Image,
                           MediaSource::fromLink(QStringLiteral("https://example.com/a.jpg")),
                           QStringLiteral("A caption"),
                           {},
                           false};
        MediaContent document{
            MediaContent::Kind::Document, MediaSource::fromId(kUploaded), {}, QStringLiteral("a.pdf"), false};
        MediaContent voice{MediaContent::Kind::Audio, MediaSource::fromId(kUploaded), {}, {}, true};

        // Everything Duet's own request builders produce is accepted.
        QTest::newRow("a text from the builder is accepted") << build(graph.text(env, QStringLiteral("Hi"))) << 0;
        QTest::newRow("a reply from the builder is accepted")
            << build(graph.text(reply, QStringLiteral("Hi"), true)) << 0;
        QTest::newRow("an image by link is accepted") << build(graph.media(env, image)) << 0;
        QTest::newRow("a document by uploaded id is accepted") << build(graph.media(env, document)) << 0;
        QTest::newRow("a voice note is accepted") << build(graph.media(env, voice)) << 0;
        QTest::newRow("a template with its two body parameters is accepted")
            << build(graph.templateMessage(env, order)) << 0;
        QTest::newRow("a template with header, body and button parameters is accepted")
            << build(graph.templateMessage(env, reminder)) << 0;
        QTest::newRow("a template without parameters is accepted") << build(graph.templateMessage(env, hello)) << 0;
        QTest::newRow("a reaction is accepted")
            << build(graph.reaction(env, QStringLiteral("wamid.X"), QStringLiteral("👍"))) << 0;
        QTest::newRow("removing a reaction is accepted")
            << build(graph.reaction(env, QStringLiteral("wamid.X"), {})) << 0;
        QTest::newRow("mark as read is accepted") << build(graph.markRead(QStringLiteral("wamid.IN"))) << 0;
        QTest::newRow("mark as read with typing is accepted")
            << build(graph.markRead(QStringLiteral("wamid.IN"), true)) << 0;
        QTest::newRow("a number with spaces and dashes is accepted")
            << with(QStringLiteral("to"), QStringLiteral("+1 650-555-1234")) << 0;
        QTest::newRow("a number without plus is accepted")
            << with(QStringLiteral("to"), QStringLiteral("16505551234")) << 0;
        QTest::newRow("a body without type is a text") << with(QStringLiteral("type"), QJsonValue::Undefined) << 0;
        QTest::newRow("text of exactly 4096 characters is accepted")
            << typed(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString(4096, u'a')}}) << 0;
        QTest::newRow("a location is accepted")
            << typed(QStringLiteral("location"),
                     QJsonObject{{QStringLiteral("latitude"), 1.5}, {QStringLiteral("longitude"), 2.5}})
            << 0;

        // Sends to a business-scoped user ID (docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID", "Requesting the phone
        // number").
        const Envelope toBsuid{QStringLiteral("US.13491208655302741918"), QStringLiteral("c-3"), {}};
        const Envelope toParent{QStringLiteral("US.ENT.11815799212886844830"), QStringLiteral("c-4"), {}};
        TemplateContent ask{QStringLiteral("ask_phone"), QStringLiteral("en_US"), {}};
        ask.components.append({TemplateComponent::Type::Button, {}, QStringLiteral("request_contact_info"), 0});
        QTest::newRow("a text to a BSUID from the builder is accepted")
            << build(graph.text(toBsuid, QStringLiteral("Hi"))) << 0;
        QTest::newRow("a template to a parent BSUID from the builder is accepted")
            << build(graph.templateMessage(toParent, hello)) << 0;
        QTest::newRow("the contact request from the builder is accepted")
            << build(graph.contactRequest(toBsuid, QStringLiteral("Your number?"))) << 0;
        QTest::newRow("a template with a request_contact_info button from the builder is accepted")
            << build(graph.templateMessage(toBsuid, ask)) << 0;
        QTest::newRow("a request_contact_info button with a parameter is refused")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("ask_phone"), QStringLiteral("en_US"),
                                                      {button(0, 1, QStringLiteral("request_contact_info"))}))
            << 100;
        QTest::newRow("both to and recipient are accepted")
            << with(QStringLiteral("recipient"), QStringLiteral("US.13491208655302741918")) << 0;
        QTest::newRow("a recipient that is no BSUID is refused")
            << with(QStringLiteral("recipient"), QStringLiteral("16505551234")) << 100;
        QTest::newRow("a numeric recipient is refused") << with(QStringLiteral("recipient"), 1.0) << 100;
        QTest::newRow("a BSUID over 128 characters is refused")
            << with(QStringLiteral("recipient"), QString(QStringLiteral("US.") + QString(129, u'1'))) << 100;
        QTest::newRow("a contact request without a body text is refused")
            << typed(QStringLiteral("interactive"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("request_contact_info")},
                                 {QStringLiteral("action"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("request_contact_info")}}}})
            << 100;
        QTest::newRow("a contact request with another action is refused")
            << typed(QStringLiteral("interactive"),
                     QJsonObject{
                         {QStringLiteral("type"), QStringLiteral("request_contact_info")},
                         {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}},
                         {QStringLiteral("action"), QJsonObject{{QStringLiteral("name"), QStringLiteral("send")}}}})
            << 100;

        // The envelope.
        QTest::newRow("a body that is not JSON is refused") << QByteArray("{nope") << 100;
        QTest::newRow("missing messaging_product is refused")
            << with(QStringLiteral("messaging_product"), QJsonValue::Undefined) << 100;
        QTest::newRow("another messaging_product is refused")
            << with(QStringLiteral("messaging_product"), QStringLiteral("sms")) << 100;
        QTest::newRow("a group recipient_type is refused")
            << with(QStringLiteral("recipient_type"), QStringLiteral("group")) << 100;
        QTest::newRow("a missing to is refused") << with(QStringLiteral("to"), QJsonValue::Undefined) << 100;
        QTest::newRow("a to of letters is refused")
            << with(QStringLiteral("to"), QStringLiteral("call me maybe")) << 100;
        QTest::newRow("a to of six digits is refused") << with(QStringLiteral("to"), QStringLiteral("+123456")) << 100;
        QTest::newRow("a to of sixteen digits is refused")
            << with(QStringLiteral("to"), QStringLiteral("+1234567890123456")) << 100;
        QTest::newRow("a numeric to is refused") << with(QStringLiteral("to"), 16505551234.0) << 100;
        QTest::newRow("an unknown type is refused")
            << with(QStringLiteral("type"), QStringLiteral("carrier_pigeon")) << 100;
        QTest::newRow("a type without its object is refused")
            << with(QStringLiteral("text"), QJsonValue::Undefined) << 100;
        QTest::newRow("a client id over 512 characters is refused")
            << with(QStringLiteral("biz_opaque_callback_data"), QString(513, u'x')) << 100;
        QTest::newRow("a reply context without message_id is refused")
            << with(QStringLiteral("context"), QJsonObject{}) << 100;

        // Text.
        QTest::newRow("an empty text body is refused")
            << typed(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString()}}) << 100;
        QTest::newRow("text of 4097 characters is refused")
            << typed(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString(4097, u'a')}}) << 100;
        QTest::newRow("a preview_url that is not a boolean is refused")
            << typed(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("x")},
                                                         {QStringLiteral("preview_url"), QStringLiteral("yes")}})
            << 100;

        // Media.
        QTest::newRow("media with both id and link is refused")
            << typed(QStringLiteral("image"),
                     QJsonObject{{QStringLiteral("id"), kUploaded},
                                 {QStringLiteral("link"), QStringLiteral("https://e.com/a.jpg")}})
            << 100;
        QTest::newRow("media with neither id nor link is refused")
            << typed(QStringLiteral("image"), QJsonObject{}) << 100;
        QTest::newRow("media with an id never uploaded is refused")
            << typed(QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), QStringLiteral("999")}}) << 100;
        QTest::newRow("media with an ftp link is refused")
            << typed(QStringLiteral("image"),
                     QJsonObject{{QStringLiteral("link"), QStringLiteral("ftp://e.com/a.jpg")}})
            << 100;
        QTest::newRow("a caption on audio is refused")
            << typed(QStringLiteral("audio"),
                     QJsonObject{{QStringLiteral("id"), kUploaded}, {QStringLiteral("caption"), QStringLiteral("c")}})
            << 100;
        QTest::newRow("a caption over 1024 characters is refused")
            << typed(QStringLiteral("image"),
                     QJsonObject{{QStringLiteral("id"), kUploaded}, {QStringLiteral("caption"), QString(1025, u'c')}})
            << 100;
        QTest::newRow("a filename on an image is refused")
            << typed(QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), kUploaded},
                                                          {QStringLiteral("filename"), QStringLiteral("a.jpg")}})
            << 100;
        QTest::newRow("the voice flag on a video is refused")
            << typed(QStringLiteral("video"),
                     QJsonObject{{QStringLiteral("id"), kUploaded}, {QStringLiteral("voice"), true}})
            << 100;

        // Templates.
        QTest::newRow("an unknown template is refused with 132001")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("no_such"), QStringLiteral("en_US"), {}))
            << 132001;
        QTest::newRow("a known template in an unknown language is refused with 132001")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("hello_world"), QStringLiteral("pt_BR"), {}))
            << 132001;
        QTest::newRow("a template missing a body parameter is refused with 132000")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("order_update"), QStringLiteral("en_US"),
                                                      {component(QStringLiteral("body"), 1)}))
            << 132000;
        QTest::newRow("a template with an extra body parameter is refused with 132000")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("order_update"), QStringLiteral("en_US"),
                                                      {component(QStringLiteral("body"), 3)}))
            << 132000;
        QTest::newRow("a template with no components but parameters expected is refused with 132000")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("order_update"), QStringLiteral("en_US"), {}))
            << 132000;
        QTest::newRow("a header parameter the template lacks is refused with 132000")
            << typed(QStringLiteral("template"), tmpl(QStringLiteral("hello_world"), QStringLiteral("en_US"),
                                                      {component(QStringLiteral("header"), 1)}))
            << 132000;
        QTest::newRow("a button parameter on the wrong index is refused with 132000")
            << typed(QStringLiteral("template"),
                     tmpl(QStringLiteral("appointment_reminder"), QStringLiteral("en_US"),
                          {component(QStringLiteral("header"), 1), component(QStringLiteral("body"), 2),
                           button(QStringLiteral("0"), 1)}))
            << 132000;
        QTest::newRow("a button without sub_type is refused")
            << typed(QStringLiteral("template"),
                     tmpl(QStringLiteral("hello_world"), QStringLiteral("en_US"), {button(QStringLiteral("0"), 0, {})}))
            << 100;
        QTest::newRow("a button index of 12 is refused")
            << typed(QStringLiteral("template"),
                     tmpl(QStringLiteral("hello_world"), QStringLiteral("en_US"), {button(12, 0)}))
            << 100;
        QTest::newRow("a template without language is refused")
            << typed(QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), QStringLiteral("hello_world")}})
            << 100;
        QTest::newRow("an empty text parameter is refused")
            << typed(QStringLiteral("template"),
                     tmpl(QStringLiteral("order_update"), QStringLiteral("en_US"),
                          {QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                       {QStringLiteral("parameters"),
                                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                               {QStringLiteral("text"), QString()}},
                                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                               {QStringLiteral("text"), QStringLiteral("b")}}}}}}))
            << 100;

        // Reactions and mark-as-read.
        QTest::newRow("a reaction without message_id is refused")
            << typed(QStringLiteral("reaction"), QJsonObject{{QStringLiteral("emoji"), QStringLiteral("👍")}}) << 100;
        QTest::newRow("a reaction with a reply context is refused")
            << typed(QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.X")}},
                     {{QStringLiteral("context"),
                       QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.Y")}}}})
            << 100;
        QTest::newRow("mark as read without message_id is refused")
            << test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("status"), QStringLiteral("read")}})
            << 100;
        QTest::newRow("a typing indicator of another type is refused")
            << test::jsonBytes({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("status"), QStringLiteral("read")},
                                {QStringLiteral("message_id"), QStringLiteral("wamid.IN")},
                                {QStringLiteral("typing_indicator"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("audio")}}}})
            << 100;
    }

    void validatesBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        const Scenario scenario = testScenario();
        const MessageValidator validator(scenario, [](const QString& id) { return id == kUploaded; });
        ValidatedSend send;
        const SimError e = validator.validate(body, &send);
        QCOMPARE(e.code, code);
        if (!code)
            return;
        // The refusal reads as Meta's error body and lands in Duet's right category.
        QVERIFY(!e.details.isEmpty());
        const ApiResponse parsed =
            parseGraphResponse(Transport::Completed, e.httpStatus, e.body(QStringLiteral("Atrace")), {}, 0);
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error.code, code);
        QCOMPARE(parsed.error.httpStatus, 400);
        QCOMPARE(parsed.error.category, ErrorCategory::Permanent);
        QCOMPARE(parsed.error.type, QStringLiteral("OAuthException"));
        QCOMPARE(parsed.error.details, e.details);
        QVERIFY(parsed.error.message.startsWith(QStringLiteral("(#%1) ").arg(code)));
        QCOMPARE(parsed.error.fbtraceId, QStringLiteral("Atrace"));
    }

    void reportsWhatTheSendIs()
    {
        const Scenario scenario = testScenario();
        const MessageValidator validator(scenario, [](const QString&) { return false; });
        ValidatedSend send;
        QVERIFY(!validator
                     .validate(
                         test::jsonBytes(test::templateBody(QStringLiteral("+44 7700 900123"),
                                                            QStringLiteral("order_update"), 2, QStringLiteral("c-9"))),
                         &send)
                     .isError());
        QCOMPARE(send.kind, ValidatedSend::Kind::Message);
        QCOMPARE(send.toInput, QStringLiteral("+44 7700 900123"));
        QCOMPARE(send.waId, QStringLiteral("447700900123"));
        QVERIFY(send.isTemplate());
        QCOMPARE(send.templateCategory, QStringLiteral("utility"));
        QCOMPARE(send.clientId, QStringLiteral("c-9"));
        QVERIFY(!send.isToUserId());

        // To a BSUID: the recipient, no digits; with both, `to` wins.
        QJsonObject body = test::textBody(QStringLiteral("+1 650 555 1234"), QStringLiteral("Hi"));
        body.insert(QStringLiteral("recipient"), QStringLiteral("US.13491208655302741918"));
        ValidatedSend both;
        QVERIFY(!validator.validate(test::jsonBytes(body), &both).isError());
        QCOMPARE(both.waId, QStringLiteral("16505551234"));
        QCOMPARE(both.toInput, QStringLiteral("+1 650 555 1234"));
        QVERIFY(!both.isToUserId());
        body.remove(QStringLiteral("to"));
        ValidatedSend byId;
        QVERIFY(!validator.validate(test::jsonBytes(body), &byId).isError());
        QVERIFY(byId.isToUserId());
        QCOMPARE(byId.userId, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(byId.toInput, QStringLiteral("US.13491208655302741918"));
    }
};

QTEST_GUILESS_MAIN(TestSimValidator)
#include "TestSimValidator.moc"
