// SPDX-License-Identifier: GPL-3.0-or-later
// The agent protocol's frames: every message round-trips; every malformed frame is a typed error.
#include "DomainToString.h"
#include "cloudapi/GraphApiVersion.h"
#include "sync/Protocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace duet::sync;

Q_DECLARE_METATYPE(ProtocolError::Code)

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Command command(CommandName name)
{
    Command c;
    c.id = QStringLiteral("c-17");
    c.name = name;
    c.conversation = QStringLiteral("15551234567");
    return c;
}

/// Two of Meta's templates: an approved utility one with a URL button, a paused marketing one.
Templates sampleTemplates()
{
    Templates t;
    t.updatedAtMs = 1750000000999;
    duet::TemplateRecord order;
    order.id = QStringLiteral("1192339204654487");
    order.name = QStringLiteral("order_update");
    order.language = QStringLiteral("en_US");
    order.category = QStringLiteral("UTILITY");
    order.status = QStringLiteral("APPROVED");
    order.components = QJsonDocument::fromJson(R"([{"type":"BODY","text":"Hi {{1}}, your order {{2}} is on its way."},)"
                                               R"({"type":"BUTTONS","buttons":[{"type":"URL","text":"Track",)"
                                               R"("url":"https://shop.example/t/{{1}}"}]}])")
                           .array();
    duet::TemplateRecord sale = order;
    sale.id = QStringLiteral("920070352646140");
    sale.name = QStringLiteral("spring_sale");
    sale.language = QStringLiteral("pt_BR");
    sale.category = QStringLiteral("MARKETING");
    sale.status = QStringLiteral("PAUSED");
    sale.components = QJsonDocument::fromJson(R"([{"type":"HEADER","format":"TEXT","text":"Primavera"},)"
                                              R"({"type":"BODY","text":"{{1}}% off"}])")
                          .array();
    t.templates = {order, sale};
    return t;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void clientMessagesRoundTrip_data();
    void clientMessagesRoundTrip();
    void hubMessagesRoundTrip_data();
    void hubMessagesRoundTrip();
    void helloOnTheWireLooksLikeTheDocs();
    void malformedClientFrames_data();
    void malformedClientFrames();
    void malformedHubFrames_data();
    void malformedHubFrames();
    void namesRoundTrip();
    void templatesOnTheWire();
};

void TestProtocol::clientMessagesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("frame");

    auto add = [](const char* name, const ClientMessage& m) { QTest::newRow(name) << encode(m); };
    add("a hello from a fresh replica", Hello{kProtocolVersion, QStringLiteral("tok"), 0, QString()});
    add("a hello resuming with a client name",
        Hello{kProtocolVersion, QStringLiteral("tok"), 9007199254740991, QStringLiteral("duet/0.1.0")});
    add("claim", command(CommandName::Claim));
    add("release", command(CommandName::Release));
    Command c = command(CommandName::Assign);
    c.agent = QStringLiteral("ana");
    add("assign to an agent", c);
    c.agent = QString(QLatin1String(""));
    add("assign to nobody", c);
    c = command(CommandName::SetStatus);
    c.status = ConversationStatus::Resolved;
    add("set status resolved", c);
    c.status = ConversationStatus::Snoozed;
    c.until = 1750003600;
    add("set status snoozed until a time", c);
    c = command(CommandName::AddLabel);
    c.label = QStringLiteral("vip");
    add("add a label", c);
    c.name = CommandName::RemoveLabel;
    add("remove a label", c);
    c = command(CommandName::Note);
    c.text = QStringLiteral("Cliente pediu reembolso \u2014 ver pedido 881");
    add("a private note with non-ASCII text", c);
    c = command(CommandName::Presence);
    c.presence = PresenceState::Composing;
    add("presence composing", c);
    c = command(CommandName::Outbound);
    c.wamid = QStringLiteral("wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI");
    c.clientId = QStringLiteral("0b9f6f52-0d3c-4a53-9d6f-4b1f0e1c2a77");
    c.content = json(R"({"type":"text","text":{"body":"Hello!"}})");
    add("an outbound report", c);
    c.content = json(R"({"type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}})");
    c.text = QStringLiteral("Hello from the shop!");
    add("an outbound template report with the text the customer reads", c);
    c.campaign = QStringLiteral("12");
    add("an outbound template report of a campaign send", c);
    c = command(CommandName::MarkRead);
    c.wamid = QStringLiteral("wamid.X");
    add("mark read", c);
    c = command(CommandName::RefreshTemplates);
    c.conversation.clear();
    add("refresh_templates, about no conversation", c);
    c = command(CommandName::RequestSync);
    c.conversation.clear();
    add("request_sync, about no conversation", c);
    c.again = true;
    add("request_sync again, an explicit repeat", c);
    add("demand while idle", Demand{0, 0});
    add("demand with live and bulk queued", Demand{3, 4500});
}

void TestProtocol::clientMessagesRoundTrip()
{
    QFETCH(QByteArray, frame);

    ClientMessage decoded;
    ProtocolError error;
    QVERIFY2(decodeClientMessage(frame, &decoded, &error), qPrintable(error.message));
    QCOMPARE(encode(decoded), frame);
}

void TestProtocol::hubMessagesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("frame");

    auto add = [](const char* name, const HubMessage& m) { QTest::newRow(name) << encode(m); };
    Welcome w;
    w.agent = QStringLiteral("ana");
    w.role = Role::Supervisor;
    w.serverTimeMs = 1750000000123;
    w.head = 48213;
    w.phoneNumberId = QStringLiteral("106540352242922");
    w.apiVersion = duet::cloudapi::graphApiVersion();
    w.session = QStringLiteral("5f0c2a4e-8d1b-4c57-9a3e-2b7d6f1e0c94");
    w.sendShare = 6.5;
    add("a welcome", w);
    add("an event", EventFrame{48214, 1750000000456, json(R"({"kind":"message","wamid":"wamid.A","text":"Olá"})")});
    add("caught up", CaughtUp{48213});
    add("a positive ack with its seq", Ack{QStringLiteral("c-17"), true, QString(), 48215});
    add("a positive ack without a seq", Ack{QStringLiteral("c-18"), true, QString(), 0});
    add("a negative ack with its reason", Ack{QStringLiteral("c-19"), false, QStringLiteral("not_found"), 0});
    add("an error", ErrorFrame{QStringLiteral("bad_frame"), QStringLiteral("not JSON at offset 0")});
    add("a rate", Rate{2.5});
    add("a bye", Bye{QStringLiteral("revoked"), QString()});
    w.readReceipts = false;
    add("a welcome whose team sends no read receipts", w);
    w.replyClaims = false;
    add("a welcome whose team's replies do not claim", w);
    w.mediaAutoDownloadBytes = 0;
    add("a welcome whose team downloads no media without a click", w);
    add("no templates yet", Templates{});
    add("templates of every status, with their components", sampleTemplates());
}

void TestProtocol::hubMessagesRoundTrip()
{
    QFETCH(QByteArray, frame);

    HubMessage decoded;
    ProtocolError error;
    QVERIFY2(decodeHubMessage(frame, &decoded, &error), qPrintable(error.message));
    QCOMPARE(encode(decoded), frame);
}

void TestProtocol::helloOnTheWireLooksLikeTheDocs()
{
    QCOMPARE(encode(ClientMessage(Hello{kProtocolVersion, QStringLiteral("s3cr3t"), 1200, QString()})),
             QByteArray(R"({"since":1200,"token":"s3cr3t","type":"hello","v":1})"));
    Command c = command(CommandName::SetStatus);
    c.status = ConversationStatus::Snoozed;
    c.until = 1750003600;
    QCOMPARE(encode(ClientMessage(c)),
             QByteArray(R"({"args":{"status":"snoozed","until":1750003600},"conversation":"15551234567",)"
                        R"("id":"c-17","name":"set_status","type":"command"})"));
    ClientMessage m;
    ProtocolError error;
    QVERIFY(decodeClientMessage(R"({"type":"command","id":"1","name":"claim","conversation":"1","future":[1]})", &m,
                                &error)); // unknown fields are ignored
    QCOMPARE(std::get<Command>(m).name, CommandName::Claim);
}

void TestProtocol::malformedClientFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ProtocolError::Code>("code");
    QTest::addColumn<QString>("field");

    using C = ProtocolError::Code;
    QTest::newRow("an empty frame") << QByteArray() << C::NotJson << QString();
    QTest::newRow("text that is not JSON") << QByteArray("hello hub") << C::NotJson << QString();
    QTest::newRow("truncated JSON") << QByteArray(R"({"type":"hello","v":1,)") << C::NotJson << QString();
    QTest::newRow("a JSON array") << QByteArray(R"([{"type":"hello"}])") << C::NotObject << QString();
    QTest::newRow("a JSON string") << QByteArray(R"("hello")") << C::NotJson << QString();
    QTest::newRow("an oversized frame") << QByteArray(kMaxFrameBytes + 1, ' ') << C::TooLarge << QString();
    QTest::newRow("no type") << QByteArray(R"({"v":1})") << C::MissingField << QStringLiteral("type");
    QTest::newRow("a numeric type") << QByteArray(R"({"type":7})") << C::WrongType << QStringLiteral("type");
    QTest::newRow("an empty type") << QByteArray(R"({"type":""})") << C::BadValue << QStringLiteral("type");
    QTest::newRow("an unknown type") << QByteArray(R"({"type":"subscribe"})") << C::UnknownType
                                     << QStringLiteral("type");
    QTest::newRow("a hub frame sent by a client")
        << QByteArray(R"({"type":"welcome","v":1})") << C::UnknownType << QStringLiteral("type");
    QTest::newRow("a hello without a version")
        << QByteArray(R"({"type":"hello","token":"t","since":0})") << C::MissingField << QStringLiteral("v");
    QTest::newRow("a hello from a future version") << QByteArray(R"({"type":"hello","v":2,"token":"t","since":0})")
                                                   << C::UnsupportedVersion << QStringLiteral("v");
    QTest::newRow("a hello with a string version")
        << QByteArray(R"({"type":"hello","v":"1","token":"t","since":0})") << C::WrongType << QStringLiteral("v");
    QTest::newRow("a hello without a token")
        << QByteArray(R"({"type":"hello","v":1,"since":0})") << C::MissingField << QStringLiteral("token");
    QTest::newRow("a hello with an empty token")
        << QByteArray(R"({"type":"hello","v":1,"token":"","since":0})") << C::BadValue << QStringLiteral("token");
    QTest::newRow("a hello with a numeric token")
        << QByteArray(R"({"type":"hello","v":1,"token":5,"since":0})") << C::WrongType << QStringLiteral("token");
    QTest::newRow("a hello without since")
        << QByteArray(R"({"type":"hello","v":1,"token":"t"})") << C::MissingField << QStringLiteral("since");
    QTest::newRow("a hello with a fractional since")
        << QByteArray(R"({"type":"hello","v":1,"token":"t","since":1.5})") << C::WrongType << QStringLiteral("since");
    QTest::newRow("a hello with a negative since")
        << QByteArray(R"({"type":"hello","v":1,"token":"t","since":-1})") << C::BadValue << QStringLiteral("since");
    QTest::newRow("a hello with a since beyond 2^53")
        << QByteArray(R"({"type":"hello","v":1,"token":"t","since":1e300})") << C::WrongType << QStringLiteral("since");
    QTest::newRow("a hello with a string since")
        << QByteArray(R"({"type":"hello","v":1,"token":"t","since":"5"})") << C::WrongType << QStringLiteral("since");
    QTest::newRow("a command without an id") << QByteArray(R"({"type":"command","name":"claim","conversation":"1"})")
                                             << C::MissingField << QStringLiteral("id");
    QTest::newRow("a command with a numeric id")
        << QByteArray(R"({"type":"command","id":3,"name":"claim","conversation":"1"})") << C::WrongType
        << QStringLiteral("id");
    QTest::newRow("an unknown command")
        << QByteArray(R"({"type":"command","id":"1","name":"delete_everything","conversation":"1"})") << C::BadValue
        << QStringLiteral("name");
    QTest::newRow("a command without a conversation") << QByteArray(R"({"type":"command","id":"1","name":"claim"})")
                                                      << C::MissingField << QStringLiteral("conversation");
    QTest::newRow("a command whose args are a list")
        << QByteArray(R"({"type":"command","id":"1","name":"note","conversation":"1","args":["hi"]})") << C::WrongType
        << QStringLiteral("args");
    QTest::newRow("assign without an agent")
        << QByteArray(R"({"type":"command","id":"1","name":"assign","conversation":"1","args":{}})") << C::MissingField
        << QStringLiteral("args.agent");
    QTest::newRow("set_status to an unknown status")
        << QByteArray(R"({"type":"command","id":"1","name":"set_status","conversation":"1","args":{"status":"done"}})")
        << C::BadValue << QStringLiteral("args.status");
    QTest::newRow("an outbound report with an empty campaign")
        << QByteArray(R"({"type":"command","id":"1","name":"outbound","conversation":"1","args":{"wamid":"w",)"
                      R"("client_id":"c","content":{"type":"template"},"campaign":""}})")
        << C::BadValue << QStringLiteral("args.campaign");
    QTest::newRow("an outbound report with a numeric campaign")
        << QByteArray(R"({"type":"command","id":"1","name":"outbound","conversation":"1","args":{"wamid":"w",)"
                      R"("client_id":"c","content":{"type":"template"},"campaign":7}})")
        << C::WrongType << QStringLiteral("args.campaign");
    QTest::newRow("snoozed without until")
        << QByteArray(
               R"({"type":"command","id":"1","name":"set_status","conversation":"1","args":{"status":"snoozed"}})")
        << C::MissingField << QStringLiteral("args.until");
    QTest::newRow("add_label with an empty label")
        << QByteArray(R"({"type":"command","id":"1","name":"add_label","conversation":"1","args":{"label":""}})")
        << C::BadValue << QStringLiteral("args.label");
    QTest::newRow("a note without text") << QByteArray(
                                                R"({"type":"command","id":"1","name":"note","conversation":"1"})")
                                         << C::MissingField << QStringLiteral("args.text");
    QTest::newRow("presence in an unknown state")
        << QByteArray(R"({"type":"command","id":"1","name":"presence","conversation":"1","args":{"state":"away"}})")
        << C::BadValue << QStringLiteral("args.state");
    QTest::newRow("outbound without a wamid")
        << QByteArray(R"({"type":"command","id":"1","name":"outbound","conversation":"1",)"
                      R"("args":{"client_id":"c","content":{"type":"text"}}})")
        << C::MissingField << QStringLiteral("args.wamid");
    QTest::newRow("outbound content without a type")
        << QByteArray(R"({"type":"command","id":"1","name":"outbound","conversation":"1",)"
                      R"("args":{"wamid":"w","client_id":"c","content":{"text":"hi"}}})")
        << C::BadValue << QStringLiteral("args.content");
    QTest::newRow("outbound content as a string")
        << QByteArray(R"({"type":"command","id":"1","name":"outbound","conversation":"1",)"
                      R"("args":{"wamid":"w","client_id":"c","content":"hi"}})")
        << C::WrongType << QStringLiteral("args.content");
    QTest::newRow("outbound text as a number")
        << QByteArray(R"({"type":"command","id":"1","name":"outbound","conversation":"1",)"
                      R"("args":{"wamid":"w","client_id":"c","content":{"type":"template"},"text":7}})")
        << C::WrongType << QStringLiteral("args.text");
    QTest::newRow("a conversation command without its conversation")
        << QByteArray(R"({"type":"command","id":"1","name":"claim"})") << C::MissingField
        << QStringLiteral("conversation");
    QTest::newRow("mark_read with a numeric wamid")
        << QByteArray(R"({"type":"command","id":"1","name":"mark_read","conversation":"1","args":{"wamid":1}})")
        << C::WrongType << QStringLiteral("args.wamid");
    QTest::newRow("demand without bulk") << QByteArray(R"({"type":"demand","live":1})") << C::MissingField
                                         << QStringLiteral("bulk");
    QTest::newRow("a negative demand") << QByteArray(R"({"type":"demand","live":-1,"bulk":0})") << C::BadValue
                                       << QStringLiteral("live");
    QTest::newRow("a fractional demand") << QByteArray(R"({"type":"demand","live":0,"bulk":1.5})") << C::WrongType
                                         << QStringLiteral("bulk");
}

void TestProtocol::malformedClientFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(ProtocolError::Code, code);
    QFETCH(QString, field);

    ClientMessage m;
    ProtocolError error;
    QVERIFY(!decodeClientMessage(frame, &m, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
    QVERIFY(!error.reason().isEmpty());
}

void TestProtocol::malformedHubFrames_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<ProtocolError::Code>("code");
    QTest::addColumn<QString>("field");

    using C = ProtocolError::Code;
    QTest::newRow("a client frame sent by the hub")
        << QByteArray(R"({"type":"hello","v":1,"token":"t","since":0})") << C::UnknownType << QStringLiteral("type");
    QTest::newRow("a welcome from another version")
        << QByteArray(R"({"type":"welcome","v":3,"agent":"a","role":"agent","server_time":1,"head":0,)"
                      R"("cloudapi":{},"send_share":1})")
        << C::UnsupportedVersion << QStringLiteral("v");
    QTest::newRow("a welcome with an unknown role")
        << QByteArray(R"({"type":"welcome","v":1,"agent":"a","role":"owner","server_time":1,"head":0,)"
                      R"("cloudapi":{},"send_share":1})")
        << C::BadValue << QStringLiteral("role");
    QTest::newRow("a welcome without the api version")
        << QByteArray(R"({"type":"welcome","v":1,"agent":"a","role":"agent","server_time":1,"head":0,)"
                      R"("cloudapi":{"phone_number_id":"1"},"send_share":1})")
        << C::MissingField << QStringLiteral("cloudapi.api_version");
    QTest::newRow("a welcome with a negative share")
        << QByteArray(R"({"type":"welcome","v":1,"agent":"a","role":"agent","server_time":1,"head":0,)"
                      R"("cloudapi":{},"send_share":-1})")
        << C::WrongType << QStringLiteral("send_share");
    QTest::newRow("an event with seq zero")
        << QByteArray(R"({"type":"event","seq":0,"event":{}})") << C::BadValue << QStringLiteral("seq");
    QTest::newRow("an event with a string seq")
        << QByteArray(R"({"type":"event","seq":"5","event":{}})") << C::WrongType << QStringLiteral("seq");
    QTest::newRow("an event without its payload")
        << QByteArray(R"({"type":"event","seq":5})") << C::MissingField << QStringLiteral("event");
    QTest::newRow("an event whose payload is a list")
        << QByteArray(R"({"type":"event","seq":5,"event":[]})") << C::WrongType << QStringLiteral("event");
    QTest::newRow("an ack without ok") << QByteArray(R"({"type":"ack","id":"1"})") << C::MissingField
                                       << QStringLiteral("ok");
    QTest::newRow("an ack with ok as a string")
        << QByteArray(R"({"type":"ack","id":"1","ok":"yes"})") << C::WrongType << QStringLiteral("ok");
    QTest::newRow("a negative ack without a reason")
        << QByteArray(R"({"type":"ack","id":"1","ok":false})") << C::MissingField << QStringLiteral("reason");
    QTest::newRow("an error without a reason")
        << QByteArray(R"({"type":"error"})") << C::MissingField << QStringLiteral("reason");
    QTest::newRow("a rate without a share")
        << QByteArray(R"({"type":"rate"})") << C::MissingField << QStringLiteral("send_share");
    QTest::newRow("caught_up with a fractional head")
        << QByteArray(R"({"type":"caught_up","head":2.5})") << C::WrongType << QStringLiteral("head");
    QTest::newRow("a bye with a numeric reason")
        << QByteArray(R"({"type":"bye","reason":4001})") << C::WrongType << QStringLiteral("reason");
    QTest::newRow("a welcome whose read_receipts is a string")
        << QByteArray(R"({"type":"welcome","v":1,"agent":"a","role":"agent","server_time":1,"head":0,)"
                      R"("cloudapi":{"phone_number_id":"","api_version":"","access_token":""},"send_share":1,)"
                      R"("team":{"read_receipts":"yes"}})")
        << C::WrongType << QStringLiteral("team.read_receipts");
    QTest::newRow("a welcome whose reply_claims is a number")
        << QByteArray(R"({"type":"welcome","v":1,"agent":"a","role":"agent","server_time":1,"head":0,)"
                      R"("cloudapi":{"phone_number_id":"","api_version":"","access_token":""},"send_share":1,)"
                      R"("team":{"reply_claims":1}})")
        << C::WrongType << QStringLiteral("team.reply_claims");
    QTest::newRow("templates without the list")
        << QByteArray(R"({"type":"templates","updated_at":1})") << C::MissingField << QStringLiteral("templates");
    QTest::newRow("templates as an object")
        << QByteArray(R"({"type":"templates","templates":{}})") << C::WrongType << QStringLiteral("templates");
    QTest::newRow("a template without its name")
        << QByteArray(R"({"type":"templates","templates":[{"language":"en_US","status":"APPROVED"}]})") << C::BadValue
        << QStringLiteral("templates[0]");
    QTest::newRow("a template that is a string") << QByteArray(R"({"type":"templates","templates":["hello_world"]})")
                                                 << C::WrongType << QStringLiteral("templates[0]");
}

void TestProtocol::malformedHubFrames()
{
    QFETCH(QByteArray, frame);
    QFETCH(ProtocolError::Code, code);
    QFETCH(QString, field);

    HubMessage m;
    ProtocolError error;
    QVERIFY(!decodeHubMessage(frame, &m, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

void TestProtocol::namesRoundTrip()
{
    for (int i = 0; i <= int(CommandName::RequestSync); ++i) {
        CommandName back = CommandName::Claim;
        QVERIFY(commandNameFromText(commandNameText(CommandName(i)), &back));
        QCOMPARE(int(back), i);
    }
    CommandName unused;
    QVERIFY(!commandNameFromText(u"Claim", &unused));
    Role role = Role::Agent;
    QVERIFY(roleFromName(u"supervisor", &role));
    QCOMPARE(role, Role::Supervisor);
    QVERIFY(!roleFromName(u"admin", &role));
}

/// The frame as docs/PROTOCOL.md shows it; a hub that says nothing of the team means read receipts on;
/// Meta's own list (numeric id, lower-case category) reads as the hub sends it.
void TestProtocol::templatesOnTheWire()
{
    const QJsonObject frame = QJsonDocument::fromJson(encode(HubMessage(sampleTemplates()))).object();
    QCOMPARE(frame.value(QLatin1String("type")).toString(), QStringLiteral("templates"));
    const QJsonObject first = frame.value(QLatin1String("templates")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("order_update"));
    QCOMPARE(first.value(QLatin1String("category")).toString(), QStringLiteral("UTILITY"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("APPROVED"));
    QCOMPARE(first.value(QLatin1String("components")).toArray().size(), 2);

    HubMessage decoded;
    ProtocolError error;
    QVERIFY(decodeHubMessage(R"({"type":"welcome","v":1,"agent":"a","role":"agent","server_time":1,"head":0,)"
                             R"("cloudapi":{"phone_number_id":"","api_version":"","access_token":""},"send_share":1})",
                             &decoded, &error));
    QVERIFY(std::get<Welcome>(decoded).readReceipts);
    QVERIFY(std::get<Welcome>(decoded).replyClaims);
    QCOMPARE(std::get<Welcome>(decoded).mediaAutoDownloadBytes, qint64(2 * 1024 * 1024)); // a hub that does not say

    QVERIFY2(decodeHubMessage(R"({"type":"templates","templates":[{"id":1192339204654487,"name":"order_update",)"
                              R"("language":"en_US","category":"utility","status":"approved","components":[]}]})",
                              &decoded, &error),
             qPrintable(error.message));
    const duet::TemplateRecord& t = std::get<Templates>(decoded).templates.first();
    QCOMPARE(t.id, QStringLiteral("1192339204654487"));
    QCOMPARE(t.category, QStringLiteral("UTILITY"));
    QVERIFY(t.isApproved());
    QCOMPARE(std::get<Templates>(decoded).updatedAtMs, 0);

    const Templates samples = sampleTemplates(); // kept: a reference into a temporary would dangle
    const duet::TemplateRecord& order = samples.templates.first();
    QCOMPARE(order.bodyText(), QStringLiteral("Hi {{1}}, your order {{2}} is on its way."));
    QCOMPARE(order.buttonTypes(), QStringList{QStringLiteral("URL")});
    QCOMPARE(sampleTemplates().templates.last().headerText(), QStringLiteral("Primavera"));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "TestProtocol.moc"
