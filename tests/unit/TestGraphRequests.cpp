// SPDX-License-Identifier: GPL-3.0-or-later
// Graph API request builders against Meta's OpenAPI request examples, and every validation rule.
#include "DomainToString.h"
#include "GraphPaths.h"
#include "TestPaths.h"
#include "cloudapi/GraphRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace duet::cloudapi;

Q_DECLARE_METATYPE(duet::cloudapi::RequestProblem)
Q_DECLARE_METATYPE(duet::cloudapi::MediaContent::Kind)
Q_DECLARE_METATYPE(duet::cloudapi::TemplateParameter)

namespace {

const QString kVersion = duet::cloudapi::graphApiVersion();
const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kCustomer = QStringLiteral("16505551234");
const QString kClientId = QStringLiteral("duet-7f3c");
const QString kQuoted = QStringLiteral("wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA");

GraphRequestBuilder builder()
{
    return GraphRequestBuilder(kVersion, kPhoneNumberId);
}

Envelope plain()
{
    return {kCustomer, kClientId, {}};
}

Envelope reply()
{
    return {kCustomer, kClientId, kQuoted};
}

QString typeName(QJsonValue::Type t)
{
    switch (t) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

/// The first place where `ours` and `theirs` differ in structure (keys present at every level,
/// JSON value types, array lengths), as "path: reason"; empty when they have the same shape.
/// Paths in `oneSided` may be present on one side only.
QString shapeDifference(const QJsonValue& ours, const QJsonValue& theirs, const QString& path,
                        const QSet<QString>& oneSided)
{
    if (ours.type() != theirs.type())
        return QStringLiteral("%1: ours is %2, Meta's is %3").arg(path, typeName(ours.type()), typeName(theirs.type()));
    if (ours.isObject()) {
        const QJsonObject a = ours.toObject();
        const QJsonObject b = theirs.toObject();
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& key : keys) {
            const QString childPath = path + QLatin1Char('.') + key;
            if (a.contains(key) != b.contains(key)) {
                if (oneSided.contains(childPath))
                    continue;
                return QStringLiteral("%1: only in %2")
                    .arg(childPath, a.contains(key) ? QStringLiteral("ours") : QStringLiteral("Meta's"));
            }
            QString diff = shapeDifference(a.value(key), b.value(key), childPath, oneSided);
            if (!diff.isEmpty())
                return diff;
        }
    } else if (ours.isArray()) {
        const QJsonArray a = ours.toArray();
        const QJsonArray b = theirs.toArray();
        if (a.size() != b.size())
            return QStringLiteral("%1: ours has %2 items, Meta's %3").arg(path).arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QString diff = shapeDifference(a.at(i), b.at(i), path + QStringLiteral("[%1]").arg(i), oneSided);
            if (!diff.isEmpty())
                return diff;
        }
    }
    return {};
}

/// The three body parameters of Meta's template examples: text, currency, date_time.
QList<TemplateParameter> exampleBodyParameters()
{
    return {TemplateParameter::textValue(QStringLiteral("Ana")),
            TemplateParameter::currency(QStringLiteral("$100.99"), QStringLiteral("USD"), 100990),
            TemplateParameter::dateTime(QStringLiteral("February 25, 1977"))};
}

/// Duet's request equivalent to one of Meta's named examples (a null request for others).
GraphRequest equivalentOf(const QString& example)
{
    const GraphRequestBuilder graph = builder();
    const bool isReply = example.startsWith(QLatin1String("Send Reply to"));
    const Envelope envelope = isReply ? reply() : plain();
    const bool byId = example.endsWith(QLatin1String("by ID"));
    const MediaSource source = byId ? MediaSource::fromId(QStringLiteral("1166846181421424"))
                                    : MediaSource::fromLink(QStringLiteral("https://example.com/file"));
    using Kind = MediaContent::Kind;
    if (example == QLatin1String("Send Text Message") || example == QLatin1String("Send Reply to Text Message"))
        return graph.text(envelope, QStringLiteral("Olá, bom dia 👋"));
    if (example.contains(QLatin1String("Image Message by")))
        return graph.media(envelope, {Kind::Image, source, {}, {}, false});
    if (example.contains(QLatin1String("Audio Message by")))
        return graph.media(envelope, {Kind::Audio, source, {}, {}, false});
    if (example.contains(QLatin1String("Sticker Message by")))
        return graph.media(envelope, {Kind::Sticker, source, {}, {}, false});
    if (example.contains(QLatin1String("Video Message by")))
        return graph.media(envelope, {Kind::Video, source, QStringLiteral("The tour"), {}, false});
    if (example.contains(QLatin1String("Document Message by")))
        return graph.media(envelope, {Kind::Document, source, QStringLiteral("Your invoice"),
                                      byId ? QStringLiteral("invoice.pdf") : QString(), false});
    if (example == QLatin1String("Send Message Template Text") ||
        example == QLatin1String("Send Sample Shipping Confirmation Template"))
        return graph.templateMessage(envelope, {QStringLiteral("order_update"),
                                                QStringLiteral("pt_BR"),
                                                {{TemplateComponent::Type::Body, exampleBodyParameters(), {}, -1}}});
    if (example == QLatin1String("Send Message Template Media") ||
        example == QLatin1String("Send Message Template Interactive")) {
        TemplateContent content{QStringLiteral("order_update"), QStringLiteral("en_US"), {}};
        content.components.append(
            {TemplateComponent::Type::Header,
             {TemplateParameter::image(MediaSource::fromLink(QStringLiteral("https://example.com/a.jpg")))},
             {},
             -1});
        content.components.append({TemplateComponent::Type::Body, exampleBodyParameters(), {}, -1});
        if (example.endsWith(QLatin1String("Interactive"))) {
            content.components.append({TemplateComponent::Type::Button,
                                       {TemplateParameter::payload(QStringLiteral("YES"))},
                                       QStringLiteral("quick_reply"),
                                       0});
            content.components.append({TemplateComponent::Type::Button,
                                       {TemplateParameter::payload(QStringLiteral("NO"))},
                                       QStringLiteral("quick_reply"),
                                       1});
        }
        return graph.templateMessage(envelope, content);
    }
    if (example == QLatin1String("Send Test Message"))
        return graph.templateMessage(envelope, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}});
    if (example == QLatin1String("Send Reply with Reaction Message"))
        return graph.reaction(envelope, kQuoted, QStringLiteral("👍"));
    if (example == QLatin1String("Send typing indicator and read receipt"))
        return graph.markRead(kQuoted, true);
    return {};
}

/// The text of one schema under components/schemas in the OpenAPI YAML ("    Name:" to the next
/// line at the same or a lower indent).
QString schemaBlock(const QString& yaml, const QString& name)
{
    const QString header = QStringLiteral("\n    %1:\n").arg(name);
    const qsizetype start = yaml.indexOf(header);
    if (start < 0)
        return {};
    static const QRegularExpression nextSibling(QStringLiteral("\n {0,4}\\S"));
    const QRegularExpressionMatch end = nextSibling.match(yaml, start + header.size() - 1);
    return yaml.mid(start + 1, end.hasMatch() ? end.capturedStart() - start : -1);
}

} // namespace

/// GraphRequestBuilder: bodies shaped like Meta's examples, and refusals of bad input.
class TestGraphRequests : public QObject
{
    Q_OBJECT
private:
    QJsonObject m_examples;
    QString m_yaml;

private slots:
    void initTestCase()
    {
        const QString meta = duet::test::cloudApiFixturesDir();
        QString error;
        const QByteArray examples =
            duet::test::readFile(meta + QStringLiteral("/examples/send_message_request_examples.json"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_examples = QJsonDocument::fromJson(examples).object();
        QCOMPARE(m_examples.size(), 50);
        m_yaml = QString::fromUtf8(
            duet::test::readFile(meta + QStringLiteral("/business-messaging-api_v23.0.yaml"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void bodiesHaveTheShapeOfMetasExamples_data()
    {
        QTest::addColumn<QString>("example");
        const char* const examples[] = {
            "Send Text Message",
            "Send Reply to Text Message",
            "Send Image Message by ID",
            "Send Image Message by URL",
            "Send Reply to Image Message by ID",
            "Send Reply to Image Message by URL",
            "Send Audio Message by ID",
            "Send Audio Message by URL",
            "Send Reply to Audio Message by ID",
            "Send Reply to Audio Message by URL",
            "Send Video Message by ID",
            "Send Video Message by URL",
            "Send Reply to Video Message by ID",
            "Send Reply to Video Message by URL",
            "Send Document Message by ID",
            "Send Document Message by URL",
            "Send Reply to Document Message by ID",
            "Send Reply to Document Message by URL",
            "Send Sticker Message by ID",
            "Send Sticker Message by URL",
            "Send Reply to Sticker Message by ID",
            "Send Reply to Sticker Message by URL",
            "Send Message Template Text",
            "Send Sample Shipping Confirmation Template",
            "Send Message Template Media",
            "Send Message Template Interactive",
            "Send Test Message",
            "Send Reply with Reaction Message",
            "Send typing indicator and read receipt",
        };
        for (const char* example : examples)
            QTest::newRow(example) << QString::fromLatin1(example);
    }
    void bodiesHaveTheShapeOfMetasExamples()
    {
        QFETCH(QString, example);
        QVERIFY2(m_examples.contains(example), qPrintable(QStringLiteral("no example named ") + example));
        const GraphRequest request = equivalentOf(example);
        QVERIFY2(request.isValid(), qPrintable(QString::fromLatin1(requestProblemSource(request.problem))));
        QCOMPARE(request.path, duet::test::graphPath(QStringLiteral("106540352242922/messages")));

        // Keys Duet adds that the example lacks; each is checked against the schema text below.
        QSet<QString> oneSided{QStringLiteral("$.biz_opaque_callback_data"), QStringLiteral("$.recipient_type")};
        // Meta's template examples spell out date_time fields that the schema makes optional
        // (DateTimeObject requires only fallback_value, which Cloud API always uses).
        const QJsonObject theirs = m_examples.value(example).toObject();
        const QJsonArray components =
            theirs.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
        for (qsizetype c = 0; c < components.size(); ++c) {
            const QJsonArray parameters = components.at(c).toObject().value(QStringLiteral("parameters")).toArray();
            for (qsizetype p = 0; p < parameters.size(); ++p) {
                const QJsonObject dateTime = parameters.at(p).toObject().value(QStringLiteral("date_time")).toObject();
                for (const QString& key : dateTime.keys()) {
                    if (key != QLatin1String("fallback_value"))
                        oneSided.insert(QStringLiteral("$.template.components[%1].parameters[%2].date_time.%3")
                                            .arg(c)
                                            .arg(p)
                                            .arg(key));
                }
            }
        }
        const QString diff = shapeDifference(request.body, theirs, QStringLiteral("$"), oneSided);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Every send carries the client id and the individual recipient type; mark-read is no send.
        const bool isSend = request.body.contains(QStringLiteral("to"));
        QCOMPARE(request.body.value(QStringLiteral("biz_opaque_callback_data")).toString(),
                 isSend ? kClientId : QString());
        QCOMPARE(request.body.value(QStringLiteral("recipient_type")).toString(),
                 isSend ? QStringLiteral("individual") : QString());
        if (isSend)
            QCOMPARE(request.body.value(QStringLiteral("to")).toString(), QStringLiteral("+16505551234"));
    }

    void shapeCompareFindsTheFirstDifference_data()
    {
        QTest::addColumn<QByteArray>("ours");
        QTest::addColumn<QByteArray>("theirs");
        QTest::addColumn<QString>("difference");
        QTest::newRow("same keys and types, other values")
            << QByteArray("{\"a\":{\"b\":\"x\",\"c\":[1,true]}}") << QByteArray("{\"a\":{\"b\":\"y\",\"c\":[2,false]}}")
            << QString();
        QTest::newRow("a key only Meta has")
            << QByteArray("{\"a\":{}}") << QByteArray("{\"a\":{\"b\":1}}") << "$.a.b: only in Meta's";
        QTest::newRow("a key only Duet has")
            << QByteArray("{\"a\":{\"z\":1}}") << QByteArray("{\"a\":{}}") << "$.a.z: only in ours";
        QTest::newRow("a key Duet may add")
            << QByteArray("{\"biz_opaque_callback_data\":\"x\"}") << QByteArray("{}") << QString();
        QTest::newRow("a string where Meta has a number")
            << QByteArray("{\"i\":[{\"n\":\"0\"}]}") << QByteArray("{\"i\":[{\"n\":0}]}")
            << "$.i[0].n: ours is string, Meta's is number";
        QTest::newRow("arrays of different length")
            << QByteArray("{\"l\":[1]}") << QByteArray("{\"l\":[1,2]}") << "$.l: ours has 1 items, Meta's 2";
    }
    void shapeCompareFindsTheFirstDifference()
    {
        QFETCH(QByteArray, ours);
        QFETCH(QByteArray, theirs);
        QFETCH(QString, difference);
        const QSet<QString> oneSided{QStringLiteral("$.biz_opaque_callback_data")};
        QCOMPARE(shapeDifference(QJsonDocument::fromJson(ours).object(), QJsonDocument::fromJson(theirs).object(),
                                 QStringLiteral("$"), oneSided),
                 difference);
    }

    void keysDuetAddsAreDeclaredInTheSchema()
    {
        // recipient_type: part of every message (BaseMessageProperties), "individual" allowed.
        const QString base = schemaBlock(m_yaml, QStringLiteral("BaseMessageProperties"));
        QVERIFY(!base.isEmpty());
        QVERIFY(base.contains(QLatin1String("- recipient_type")));
        QVERIFY(base.contains(
            QLatin1String("recipient_type:\n          type: string\n          enum:\n          - individual")));
        QVERIFY(base.contains(QLatin1String("message_id:")) || m_yaml.contains(QLatin1String("MessageContext:")));
        // biz_opaque_callback_data: a string of at most 512 characters (the v23 spec declares it
        // on the calling payload; the messages docs use the same field and limit).
        static const QRegularExpression opaque(
            QStringLiteral("biz_opaque_callback_data:\\n\\s+type: string\\n\\s+maxLength: (\\d+)"));
        const QRegularExpressionMatch match = opaque.match(m_yaml);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toInt(), GraphRequestBuilder::kMaxClientIdLength);
        // date_time: only fallback_value is required, which is all Duet sends.
        const QString dateTime = schemaBlock(m_yaml, QStringLiteral("DateTimeObject"));
        QVERIFY(dateTime.contains(QLatin1String("required:\n      - fallback_value\n      properties:")));
        // Button index: a string in the schema, as Duet sends it.
        const QString button = schemaBlock(m_yaml, QStringLiteral("TemplateComponent"));
        QVERIFY(button.contains(QLatin1String("index:\n          type: string")));
        // Captions: at most 1024 characters.
        const QString media = schemaBlock(m_yaml, QStringLiteral("MediaObject_1"));
        QVERIFY(media.contains(QStringLiteral("maxLength: %1").arg(GraphRequestBuilder::kMaxCaptionLength)));
        // Mark-as-read: the three required keys Duet sends.
        const QString markRead = schemaBlock(m_yaml, QStringLiteral("MarkMessageRequestPayload"));
        QVERIFY(markRead.contains(
            QLatin1String("required:\n      - message_id\n      - messaging_product\n      - status")));
        // The send path.
        QVERIFY(m_yaml.contains(QLatin1String("\n  /{Version}/{Phone-Number-ID}/messages:\n")));
        QVERIFY(m_yaml.contains(QLatin1String("\n  /{Version}/{Phone-Number-ID}/media:\n")));
        QVERIFY(m_yaml.contains(QLatin1String("\n  /{Version}/{Media-ID}:\n")));
    }

    void bodiesCarryTheValuesGiven()
    {
        const GraphRequestBuilder graph = builder();
        GraphRequest r = graph.text(reply(), QStringLiteral("see https://duet.example"), true);
        QVERIFY(r.isValid());
        QCOMPARE(QJsonDocument(r.body).toJson(QJsonDocument::Compact),
                 QByteArray("{\"biz_opaque_callback_data\":\"duet-7f3c\",\"context\":{\"message_id\":\"" +
                            kQuoted.toLatin1() +
                            "\"},\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                            "\"text\":{\"body\":\"see "
                            "https://duet.example\",\"preview_url\":true},\"to\":\"+16505551234\",\"type\":\"text\"}"));

        r = graph.media(plain(), {MediaContent::Kind::Audio, MediaSource::fromId(QStringLiteral("42")), {}, {}, true});
        QVERIFY(r.isValid());
        QCOMPARE(r.body.value(QStringLiteral("audio")).toObject(),
                 (QJsonObject{{QStringLiteral("id"), QStringLiteral("42")}, {QStringLiteral("voice"), true}}));

        r = graph.reaction(plain(), kQuoted, QString());
        QVERIFY(r.isValid());
        QCOMPARE(r.body.value(QStringLiteral("reaction")).toObject(),
                 (QJsonObject{{QStringLiteral("message_id"), kQuoted}, {QStringLiteral("emoji"), QString()}}));

        r = graph.markRead(kQuoted);
        QVERIFY(r.isValid());
        QCOMPARE(r.body, (QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                      {QStringLiteral("status"), QStringLiteral("read")},
                                      {QStringLiteral("message_id"), kQuoted}}));

        TemplateContent content{QStringLiteral("shipping_update"), QStringLiteral("en_US"), {}};
        content.components.append(
            {TemplateComponent::Type::Header,
             {TemplateParameter::document(MediaSource::fromId(QStringLiteral("77")), QStringLiteral("label.pdf"))},
             {},
             -1});
        content.components.append({TemplateComponent::Type::Body, {}, {}, -1});
        content.components.append({TemplateComponent::Type::Button,
                                   {TemplateParameter::textValue(QStringLiteral("track/123"))},
                                   QStringLiteral("url"),
                                   2});
        r = graph.templateMessage(reply(), content);
        QVERIFY(r.isValid());
        QCOMPARE(
            QJsonDocument(r.body.value(QStringLiteral("template")).toObject()).toJson(QJsonDocument::Compact),
            QByteArray(
                "{\"components\":[{\"parameters\":[{\"document\":{\"filename\":\"label.pdf\",\"id\":\"77\"},\"type\":"
                "\"document\"}],"
                "\"type\":\"header\"},{\"index\":\"2\",\"parameters\":[{\"text\":\"track/123\",\"type\":\"text\"}],"
                "\"sub_type\":\"url\",\"type\":\"button\"}],\"language\":{\"code\":\"en_US\"},\"name\":\"shipping_"
                "update\"}"));
        QCOMPARE(r.body.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")).toString(),
                 kQuoted);
    }

    void endpointPaths()
    {
        const GraphRequestBuilder graph = builder();
        QCOMPARE(graph.messagesPath(), duet::test::graphPath(QStringLiteral("106540352242922/messages")));
        QCOMPARE(graph.mediaUploadPath(), duet::test::graphPath(QStringLiteral("106540352242922/media")));
        QCOMPARE(graph.mediaPath(QStringLiteral("1166846181421424")),
                 duet::test::graphPath(QStringLiteral("1166846181421424")));
    }

    void recipientIsSentAsE164_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("to");
        QTest::newRow("a wa_id gains its plus") << "16505551234"
                                                << "+16505551234";
        QTest::newRow("a typed number is cleaned") << "+55 (11) 98765-4321"
                                                   << "+5511987654321";
        QTest::newRow("already E.164 stays as it is") << "+447700900123"
                                                      << "+447700900123";
        QTest::newRow("seven digits are the shortest allowed") << "1234567"
                                                               << "+1234567";
        QTest::newRow("fifteen digits are the longest allowed") << "123456789012345"
                                                                << "+123456789012345";
        QTest::newRow("six digits are refused") << "123456" << QString();
        QTest::newRow("sixteen digits are refused") << "1234567890123456" << QString();
        QTest::newRow("no digits at all are refused") << "customer" << QString();
        QTest::newRow("an empty number is refused") << "" << QString();
    }
    void recipientIsSentAsE164()
    {
        QFETCH(QString, input);
        QFETCH(QString, to);
        const GraphRequestBuilder graph = builder();
        const QList<GraphRequest> requests{
            graph.text({input, kClientId, {}}, QStringLiteral("hi")),
            graph.media({input, kClientId, {}},
                        {MediaContent::Kind::Image, MediaSource::fromId(QStringLiteral("1")), {}, {}, false}),
            graph.templateMessage({input, kClientId, {}}, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}}),
            graph.reaction({input, kClientId, {}}, kQuoted, QStringLiteral("❤️")),
        };
        for (const GraphRequest& r : requests) {
            if (to.isNull()) {
                QCOMPARE(r.problem, RequestProblem::InvalidRecipient);
                QCOMPARE(r.where, QStringLiteral("to"));
                QVERIFY(r.body.isEmpty());
                QVERIFY(r.path.isEmpty());
            } else {
                QVERIFY(r.isValid());
                QCOMPARE(r.body.value(QStringLiteral("to")).toString(), to);
            }
        }
    }

    void userIdsAreSentAsRecipient_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<RequestProblem>("problem");
        QTest::newRow("a BSUID goes as it is") << "US.13491208655302741918"
                                               << "US.13491208655302741918" << RequestProblem::None;
        QTest::newRow("a parent BSUID goes as it is") << "US.ENT.11815799212886844830"
                                                      << "US.ENT.11815799212886844830" << RequestProblem::None;
        QTest::newRow("letters in the body are kept, case and all") << "BR.AbC123"
                                                                    << "BR.AbC123" << RequestProblem::None;
        QTest::newRow("white space around is dropped") << " IN.1648738043044942\n"
                                                       << "IN.1648738043044942" << RequestProblem::None;
        QTest::newRow("128 characters after the country are the most")
            << QStringLiteral("US.") + QString(128, QLatin1Char('7')) << QStringLiteral("US.") + QString(128, u'7')
            << RequestProblem::None;
        QTest::newRow("129 are refused") << QStringLiteral("US.") + QString(129, QLatin1Char('7')) << QString()
                                         << RequestProblem::InvalidUserId;
        QTest::newRow("a lower-case country is an altered BSUID")
            << "us.13491208655302741918" << QString() << RequestProblem::InvalidUserId;
        QTest::newRow("punctuation in the body is refused")
            << "US.1349-1208" << QString() << RequestProblem::InvalidUserId;
        QTest::newRow("a lower-case ent is refused") << "US.ent.1181" << QString() << RequestProblem::InvalidUserId;
    }
    void userIdsAreSentAsRecipient()
    {
        QFETCH(QString, input);
        QFETCH(QString, recipient);
        QFETCH(RequestProblem, problem);
        const GraphRequestBuilder graph = builder();
        const QList<GraphRequest> requests{
            graph.text({input, kClientId, {}}, QStringLiteral("hi")),
            graph.media({input, kClientId, {}},
                        {MediaContent::Kind::Image, MediaSource::fromId(QStringLiteral("1")), {}, {}, false}),
            graph.templateMessage({input, kClientId, {}}, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}}),
            graph.reaction({input, kClientId, {}}, kQuoted, QStringLiteral("❤️")),
            graph.contactRequest({input, kClientId, {}}, QStringLiteral("May we have your number?")),
        };
        for (const GraphRequest& r : requests) {
            QCOMPARE(r.problem, problem);
            if (problem != RequestProblem::None) {
                QCOMPARE(r.where, QStringLiteral("recipient"));
                QVERIFY(r.body.isEmpty());
                continue;
            }
            // docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID": `recipient`, no `to`, recipient_type still "individual".
            QCOMPARE(r.body.value(QStringLiteral("recipient")).toString(), recipient);
            QVERIFY(!r.body.contains(QStringLiteral("to")));
            QCOMPARE(r.body.value(QStringLiteral("recipient_type")).toString(), QStringLiteral("individual"));
            QCOMPARE(r.body.value(QStringLiteral("messaging_product")).toString(), QStringLiteral("whatsapp"));
            QCOMPARE(r.body.value(QStringLiteral("biz_opaque_callback_data")).toString(), kClientId);
        }
    }

    void phoneNumbersNeverGoAsRecipient()
    {
        const GraphRequest r = builder().text(plain(), QStringLiteral("hi"));
        QCOMPARE(r.body.value(QStringLiteral("to")).toString(), QStringLiteral("+16505551234"));
        QVERIFY(!r.body.contains(QStringLiteral("recipient")));
        QVERIFY(GraphRequestBuilder::isUserIdAddress(u"US.13491208655302741918"));
        QVERIFY(GraphRequestBuilder::isUserIdAddress(u"US.ENT.11815799212886844830"));
        QVERIFY(!GraphRequestBuilder::isUserIdAddress(u"+1 650 555 1234"));
        QVERIFY(!GraphRequestBuilder::isUserIdAddress(u"16505551234"));
    }

    void authenticationTemplatesNeedAPhoneNumber_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("category");
        QTest::addColumn<RequestProblem>("problem");
        QTest::newRow("authentication to a BSUID") << "US.13491208655302741918"
                                                   << "AUTHENTICATION" << RequestProblem::TemplateNeedsPhone;
        QTest::newRow("authentication to a parent BSUID") << "US.ENT.11815799212886844830"
                                                          << "authentication" << RequestProblem::TemplateNeedsPhone;
        QTest::newRow("authentication to a phone") << "16505551234"
                                                   << "AUTHENTICATION" << RequestProblem::None;
        QTest::newRow("utility to a BSUID") << "US.13491208655302741918"
                                            << "UTILITY" << RequestProblem::None;
        QTest::newRow("marketing to a BSUID") << "US.13491208655302741918"
                                              << "marketing" << RequestProblem::None;
        QTest::newRow("an unknown category to a BSUID") << "US.13491208655302741918"
                                                        << "" << RequestProblem::None;
    }
    void authenticationTemplatesNeedAPhoneNumber()
    {
        QFETCH(QString, address);
        QFETCH(QString, category);
        QFETCH(RequestProblem, problem);
        TemplateContent content{QStringLiteral("login_code"), QStringLiteral("en_US"), {}};
        content.category = templateCategoryFromName(category);
        const GraphRequest r = builder().templateMessage({address, kClientId, {}}, content);
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.body.isEmpty(), problem != RequestProblem::None);
        if (problem != RequestProblem::None) {
            QCOMPARE(r.where, QStringLiteral("recipient"));
            // The reason and the remedy, in one sentence pair the agent reads.
            const QString text = QString::fromLatin1(requestProblemSource(problem));
            QVERIFY(text.contains(QStringLiteral("phone number")));
            QVERIFY(text.contains(QStringLiteral("Ask the customer")));
        }
    }

    void templateCategoriesByName()
    {
        QCOMPARE(templateCategoryFromName(u"AUTHENTICATION"), TemplateCategory::Authentication);
        QCOMPARE(templateCategoryFromName(u" authentication "), TemplateCategory::Authentication);
        QCOMPARE(templateCategoryFromName(u"MARKETING"), TemplateCategory::Marketing);
        QCOMPARE(templateCategoryFromName(u"Utility"), TemplateCategory::Utility);
        QCOMPARE(templateCategoryFromName(u"OTP"), TemplateCategory::Unspecified);
        QCOMPARE(templateCategoryFromName(u""), TemplateCategory::Unspecified);
    }

    void requestContactInfoButtonsTakeNoParameters()
    {
        TemplateComponent body;
        body.type = TemplateComponent::Type::Body;
        body.parameters = {TemplateParameter::textValue(QStringLiteral("Ana"))};
        TemplateComponent button;
        button.type = TemplateComponent::Type::Button;
        button.subType = QString::fromLatin1(kRequestContactInfoButton);
        button.index = 0;
        const Envelope toBsuid{QStringLiteral("US.13491208655302741918"), kClientId, {}};
        GraphRequest r =
            builder().templateMessage(toBsuid, {QStringLiteral("ask_phone"), QStringLiteral("en_US"), {body, button}});
        QVERIFY(r.isValid());
        // Only the body component: the button needs nothing (docs/CLOUDAPI-CONTRACT.md, "Requesting the phone number").
        const QJsonArray components =
            r.body.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
        QCOMPARE(components.size(), 1);
        QCOMPARE(components.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("body"));
        // Without any other component there is no components array at all, as in Meta's example.
        button.index = -1; // the index does not matter either
        r = builder().templateMessage(toBsuid, {QStringLiteral("ask_phone"), QStringLiteral("en_US"), {button}});
        QVERIFY(r.isValid());
        QVERIFY(!r.body.value(QStringLiteral("template")).toObject().contains(QStringLiteral("components")));
        // A parameter for it is a mistake.
        button.parameters = {TemplateParameter::payload(QStringLiteral("x"))};
        r = builder().templateMessage(toBsuid, {QStringLiteral("ask_phone"), QStringLiteral("en_US"), {button}});
        QCOMPARE(r.problem, RequestProblem::ParameterNotAllowed);
        QCOMPARE(r.where, QStringLiteral("template.components[0].parameters[0]"));
    }

    void contactRequestIsMetasInteractiveMessage()
    {
        const Envelope toBsuid{QStringLiteral("US.13491208655302741918"), kClientId, {}};
        GraphRequest r = builder().contactRequest(toBsuid, QStringLiteral("Can we have your number?"));
        QVERIFY(r.isValid());
        QCOMPARE(r.path, duet::test::graphPath(QStringLiteral("106540352242922/messages")));
        // Meta's example (docs/CLOUDAPI-CONTRACT.md, "Requesting the phone number"), plus the callback data every Duet
        // send carries.
        const QJsonObject expected = QJsonDocument::fromJson(R"({"messaging_product": "whatsapp",
            "recipient_type": "individual", "recipient": "US.13491208655302741918", "type": "interactive",
            "interactive": {"type": "request_contact_info", "body": {"text": "Can we have your number?"},
                            "action": {"name": "request_contact_info"}},
            "biz_opaque_callback_data": "duet-7f3c"})")
                                         .object();
        QCOMPARE(r.body, expected);
        // To a phone number, and as a reply, it is the same message.
        r = builder().contactRequest(reply(), QStringLiteral("Can we have your number?"));
        QVERIFY(r.isValid());
        QCOMPARE(r.body.value(QStringLiteral("to")).toString(), QStringLiteral("+16505551234"));
        QCOMPARE(r.body.value(QStringLiteral("context")).toObject().value(QStringLiteral("message_id")).toString(),
                 kQuoted);
        r = builder().contactRequest(toBsuid, QStringLiteral("  "));
        QCOMPARE(r.problem, RequestProblem::EmptyText);
        QCOMPARE(r.where, QStringLiteral("interactive.body.text"));
        QVERIFY(builder().contactRequest(toBsuid, QString(1024, QLatin1Char('a'))).isValid());
        r = builder().contactRequest(toBsuid, QString(1025, QLatin1Char('a')));
        QCOMPARE(r.problem, RequestProblem::InteractiveTextTooLong);
    }

    void textRules_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<RequestProblem>("problem");
        const QString emoji = QStringLiteral("😀"); // two UTF-16 code units
        QTest::newRow("a short text is fine") << "Olá" << kClientId << RequestProblem::None;
        QTest::newRow("4096 characters are fine")
            << QString(4096, QLatin1Char('a')) << kClientId << RequestProblem::None;
        QTest::newRow("4097 characters are too long")
            << QString(4097, QLatin1Char('a')) << kClientId << RequestProblem::TextTooLong;
        QTest::newRow("2048 emoji are 4096 code units and fine")
            << emoji.repeated(2048) << kClientId << RequestProblem::None;
        QTest::newRow("2048 emoji and a letter are too long")
            << emoji.repeated(2048) + QLatin1Char('a') << kClientId << RequestProblem::TextTooLong;
        QTest::newRow("an empty text is refused") << "" << kClientId << RequestProblem::EmptyText;
        QTest::newRow("white space alone is refused") << " \n\t " << kClientId << RequestProblem::EmptyText;
        QTest::newRow("a missing client id is refused") << "hi" << QString() << RequestProblem::MissingClientId;
        QTest::newRow("a 512-character client id is fine")
            << "hi" << QString(512, QLatin1Char('c')) << RequestProblem::None;
        QTest::newRow("a 513-character client id is refused")
            << "hi" << QString(513, QLatin1Char('c')) << RequestProblem::ClientIdTooLong;
    }
    void textRules()
    {
        QFETCH(QString, body);
        QFETCH(QString, clientId);
        QFETCH(RequestProblem, problem);
        const GraphRequest r = builder().text({kCustomer, clientId, {}}, body);
        QCOMPARE(r.problem, problem);
        if (problem == RequestProblem::None) {
            QCOMPARE(r.body.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(), body);
            QCOMPARE(r.body.value(QStringLiteral("biz_opaque_callback_data")).toString(), clientId);
        } else {
            QVERIFY(r.body.isEmpty());
            QVERIFY(!r.where.isEmpty());
        }
    }

    void mediaRules_data()
    {
        QTest::addColumn<MediaContent::Kind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<bool>("voice");
        QTest::addColumn<RequestProblem>("problem");
        using K = MediaContent::Kind;
        const QString link = QStringLiteral("https://cdn.example.com/a.jpg");
        QTest::newRow("an image by id with a caption") << K::Image << "1"
                                                       << ""
                                                       << "cap"
                                                       << "" << false << RequestProblem::None;
        QTest::newRow("an image by link") << K::Image << "" << link << ""
                                          << "" << false << RequestProblem::None;
        QTest::newRow("a plain http link is fine") << K::Video << ""
                                                   << "http://example.com/v.mp4"
                                                   << ""
                                                   << "" << false << RequestProblem::None;
        QTest::newRow("a document with file name") << K::Document << "1"
                                                   << ""
                                                   << ""
                                                   << "a.pdf" << false << RequestProblem::None;
        QTest::newRow("a voice note") << K::Audio << "1"
                                      << ""
                                      << ""
                                      << "" << true << RequestProblem::None;
        QTest::newRow("a sticker by link") << K::Sticker << "" << link << ""
                                           << "" << false << RequestProblem::None;
        QTest::newRow("neither id nor link") << K::Image << ""
                                             << ""
                                             << ""
                                             << "" << false << RequestProblem::MissingMedia;
        QTest::newRow("both id and link") << K::Image << "1" << link << ""
                                          << "" << false << RequestProblem::AmbiguousMedia;
        QTest::newRow("a file link") << K::Image << ""
                                     << "file:///etc/passwd"
                                     << ""
                                     << "" << false << RequestProblem::InvalidMediaLink;
        QTest::newRow("a link without host") << K::Image << ""
                                             << "https://"
                                             << ""
                                             << "" << false << RequestProblem::InvalidMediaLink;
        QTest::newRow("a relative link") << K::Image << ""
                                         << "a.jpg"
                                         << ""
                                         << "" << false << RequestProblem::InvalidMediaLink;
        QTest::newRow("a caption on audio") << K::Audio << "1"
                                            << ""
                                            << "cap"
                                            << "" << false << RequestProblem::CaptionNotAllowed;
        QTest::newRow("a caption on a sticker") << K::Sticker << "1"
                                                << ""
                                                << "cap"
                                                << "" << false << RequestProblem::CaptionNotAllowed;
        QTest::newRow("a 1024-character caption")
            << K::Video << "1"
            << "" << QString(1024, QLatin1Char('c')) << "" << false << RequestProblem::None;
        QTest::newRow("a 1025-character caption")
            << K::Video << "1"
            << "" << QString(1025, QLatin1Char('c')) << "" << false << RequestProblem::CaptionTooLong;
        QTest::newRow("a file name on an image") << K::Image << "1"
                                                 << ""
                                                 << ""
                                                 << "a.jpg" << false << RequestProblem::FilenameNotAllowed;
        QTest::newRow("the voice flag on a video") << K::Video << "1"
                                                   << ""
                                                   << ""
                                                   << "" << true << RequestProblem::VoiceNotAllowed;
    }
    void mediaRules()
    {
        QFETCH(MediaContent::Kind, kind);
        QFETCH(QString, id);
        QFETCH(QString, link);
        QFETCH(QString, caption);
        QFETCH(QString, filename);
        QFETCH(bool, voice);
        QFETCH(RequestProblem, problem);
        const GraphRequest r = builder().media(plain(), {kind, {id, link}, caption, filename, voice});
        QCOMPARE(r.problem, problem);
        if (problem != RequestProblem::None) {
            QVERIFY(r.body.isEmpty());
            return;
        }
        const QString type = r.body.value(QStringLiteral("type")).toString();
        const QJsonObject media = r.body.value(type).toObject();
        QCOMPARE(media.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(media.value(QStringLiteral("link")).toString(), link);
        QCOMPARE(media.value(QStringLiteral("caption")).toString(), caption);
        QCOMPARE(media.value(QStringLiteral("filename")).toString(), filename);
        QCOMPARE(media.value(QStringLiteral("voice")).toBool(), voice);
        QCOMPARE(media.contains(QStringLiteral("voice")), voice);
    }

    void templateRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("componentType");
        QTest::addColumn<QString>("subType");
        QTest::addColumn<int>("index");
        QTest::addColumn<QVariant>("parameter"); // TemplateParameter in a QVariant, or invalid for none
        QTest::addColumn<RequestProblem>("problem");
        QTest::addColumn<QString>("where");
        using P = TemplateParameter;
        const int header = int(TemplateComponent::Type::Header);
        const int body = int(TemplateComponent::Type::Body);
        const int button = int(TemplateComponent::Type::Button);
        const auto v = [](const P& p) { return QVariant::fromValue(p); };
        const QString comp = QStringLiteral("template.components[0]");
        const QString param = comp + QStringLiteral(".parameters[0]");
        QTest::newRow("a body text parameter is fine")
            << "t"
            << "en" << body << "" << -1 << v(P::textValue(QStringLiteral("x"))) << RequestProblem::None << "";
        QTest::newRow("a template without a name") << " "
                                                   << "en" << body << "" << -1 << v(P::textValue(QStringLiteral("x")))
                                                   << RequestProblem::MissingTemplateName << "template.name";
        QTest::newRow("a template without a language")
            << "t"
            << "" << body << "" << -1 << v(P::textValue(QStringLiteral("x"))) << RequestProblem::MissingTemplateLanguage
            << "template.language.code";
        QTest::newRow("a text parameter without text")
            << "t"
            << "en" << body << "" << -1 << v(P::textValue(QString())) << RequestProblem::MissingParameterValue << param;
        QTest::newRow("a currency without fallback")
            << "t"
            << "en" << body << "" << -1 << v(P::currency(QString(), QStringLiteral("USD"), 1000))
            << RequestProblem::MissingParameterValue << param;
        QTest::newRow("a currency without an ISO code")
            << "t"
            << "en" << body << "" << -1 << v(P::currency(QStringLiteral("$1"), QString(), 1000))
            << RequestProblem::MissingParameterValue << param;
        QTest::newRow("a date_time without fallback")
            << "t"
            << "en" << body << "" << -1 << v(P::dateTime(QString())) << RequestProblem::MissingParameterValue << param;
        QTest::newRow("a header image without id or link") << "t"
                                                           << "en" << header << "" << -1 << v(P::image(MediaSource()))
                                                           << RequestProblem::MissingParameterValue << param;
        QTest::newRow("a header video with a bad link")
            << "t"
            << "en" << header << "" << -1 << v(P::video(MediaSource::fromLink(QStringLiteral("ftp://x/y"))))
            << RequestProblem::InvalidMediaLink << param;
        QTest::newRow("a header document by id is fine")
            << "t"
            << "en" << header << "" << -1 << v(P::document(MediaSource::fromId(QStringLiteral("9"))))
            << RequestProblem::None << "";
        QTest::newRow("a header currency is not allowed")
            << "t"
            << "en" << header << "" << -1 << v(P::currency(QStringLiteral("$1"), QStringLiteral("USD"), 1000))
            << RequestProblem::ParameterNotAllowed << param;
        QTest::newRow("a body image is not allowed")
            << "t"
            << "en" << body << "" << -1 << v(P::image(MediaSource::fromId(QStringLiteral("9"))))
            << RequestProblem::ParameterNotAllowed << param;
        QTest::newRow("a body payload is not allowed") << "t"
                                                       << "en" << body << "" << -1 << v(P::payload(QStringLiteral("X")))
                                                       << RequestProblem::ParameterNotAllowed << param;
        QTest::newRow("a quick reply button is fine")
            << "t"
            << "en" << button << "quick_reply" << 9 << v(P::payload(QStringLiteral("X"))) << RequestProblem::None << "";
        QTest::newRow("a button without sub_type")
            << "t"
            << "en" << button << "" << 0 << v(P::payload(QStringLiteral("X"))) << RequestProblem::InvalidButton << comp;
        QTest::newRow("a button without index") << "t"
                                                << "en" << button << "url" << -1 << v(P::textValue(QStringLiteral("x")))
                                                << RequestProblem::InvalidButton << comp;
        QTest::newRow("a button index of 10") << "t"
                                              << "en" << button << "url" << 10 << v(P::textValue(QStringLiteral("x")))
                                              << RequestProblem::InvalidButton << comp;
        QTest::newRow("a button without parameters")
            << "t"
            << "en" << button << "quick_reply" << 0 << QVariant() << RequestProblem::MissingParameterValue
            << comp + QStringLiteral(".parameters");
        QTest::newRow("a button payload without value")
            << "t"
            << "en" << button << "quick_reply" << 0 << v(P::payload(QString())) << RequestProblem::MissingParameterValue
            << param;
        QTest::newRow("a button date_time is not allowed")
            << "t"
            << "en" << button << "url" << 0 << v(P::dateTime(QStringLiteral("today")))
            << RequestProblem::ParameterNotAllowed << param;
    }
    void templateRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(int, componentType);
        QFETCH(QString, subType);
        QFETCH(int, index);
        QFETCH(QVariant, parameter);
        QFETCH(RequestProblem, problem);
        QFETCH(QString, where);
        TemplateComponent component{TemplateComponent::Type(componentType), {}, subType, index};
        if (parameter.isValid())
            component.parameters.append(parameter.value<TemplateParameter>());
        const GraphRequest r = builder().templateMessage(plain(), {name, language, {component}});
        QCOMPARE(r.problem, problem);
        QCOMPARE(r.where, where);
        QCOMPARE(r.body.isEmpty(), problem != RequestProblem::None);
    }

    void reactionAndReadRules()
    {
        const GraphRequestBuilder graph = builder();
        GraphRequest r = graph.reaction(plain(), QString(), QStringLiteral("👍"));
        QCOMPARE(r.problem, RequestProblem::MissingTarget);
        QCOMPARE(r.where, QStringLiteral("reaction.message_id"));
        r = graph.reaction(reply(), kQuoted, QStringLiteral("👍"));
        QCOMPARE(r.problem, RequestProblem::ReplyNotAllowed);
        QVERIFY(r.body.isEmpty());
        r = graph.reaction({kCustomer, QString(), {}}, kQuoted, QStringLiteral("👍"));
        QCOMPARE(r.problem, RequestProblem::MissingClientId);
        r = graph.markRead(QStringLiteral("  "));
        QCOMPARE(r.problem, RequestProblem::MissingTarget);
        r = graph.markRead(kQuoted, false);
        QVERIFY(r.isValid());
        QVERIFY(!r.body.contains(QStringLiteral("typing_indicator")));
        QVERIFY(!r.body.contains(QStringLiteral("biz_opaque_callback_data")));
    }

    void senderRules_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("phoneNumberId");
        QTest::addColumn<RequestProblem>("problem");
        QTest::newRow("Duet's version and a numeric id are fine")
            << kVersion << "106540352242922" << RequestProblem::None;
        QTest::newRow("any other version is fine too") << "v1.10"
                                                       << "1" << RequestProblem::None;
        QTest::newRow("a version without v") << kVersion.mid(1) << "1" << RequestProblem::InvalidApiVersion;
        QTest::newRow("a version without minor")
            << kVersion.section(QLatin1Char('.'), 0, 0) << "1" << RequestProblem::InvalidApiVersion;
        QTest::newRow("an empty version") << ""
                                          << "1" << RequestProblem::InvalidApiVersion;
        QTest::newRow("a version with a path in it")
            << kVersion + QStringLiteral("/x") << "1" << RequestProblem::InvalidApiVersion;
        QTest::newRow("an empty phone number id") << kVersion << "" << RequestProblem::InvalidPhoneNumberId;
        QTest::newRow("a phone number id with a slash") << kVersion << "1/2" << RequestProblem::InvalidPhoneNumberId;
    }
    void senderRules()
    {
        QFETCH(QString, version);
        QFETCH(QString, phoneNumberId);
        QFETCH(RequestProblem, problem);
        const GraphRequestBuilder graph(version, phoneNumberId);
        QCOMPARE(graph.text(plain(), QStringLiteral("hi")).problem, problem);
        QCOMPARE(graph.markRead(kQuoted).problem, problem);
    }

    void everyProblemHasItsOwnText()
    {
        QSet<QString> seen;
        for (int p = int(RequestProblem::None); p <= int(RequestProblem::ReplyNotAllowed); ++p) {
            const QString text = requestProblemText(RequestProblem(p));
            QVERIFY(!text.isEmpty());
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphRequests)
#include "TestGraphRequests.moc"
