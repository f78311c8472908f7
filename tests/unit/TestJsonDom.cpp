// SPDX-License-Identifier: GPL-3.0-or-later
// JsonDom, the webhook decoder's JSON reader: it accepts what QJsonDocument accepts and reads the
// same values.
#include "DomainToString.h"
#include "cloudapi/JsonDom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <type_traits>
#include <utility>

using namespace duet::cloudapi;

namespace {
template <typename Bytes, typename = void> struct Parses : std::false_type
{};
template <typename Bytes>
struct Parses<Bytes, std::void_t<decltype(std::declval<JsonDom&>().parse(std::declval<Bytes>(), 64))>> : std::true_type
{};
// JsonDom points into the bytes it parsed: a temporary (a literal, a concatenation) would be freed
// before the first lookup, so parse() takes only bytes that outlive the call.
static_assert(Parses<const QByteArray&>::value);
static_assert(!Parses<QByteArray>::value);
static_assert(!Parses<const char*>::value);
} // namespace

/// JsonDom against QJsonDocument on the corners of JSON: escapes, UTF-8, numbers, nesting.
class TestJsonDom : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("a plain object") << QByteArray("{\"a\":\"b\",\"n\":1,\"t\":true,\"f\":false,\"z\":null}");
        QTest::newRow("white space everywhere") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] }\n ");
        QTest::newRow("every simple escape") << QByteArray("{\"s\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}");
        QTest::newRow("a \\u escape") << QByteArray("{\"s\":\"caf\\u00e9\"}");
        QTest::newRow("an escaped surrogate pair") << QByteArray("{\"s\":\"\\ud83d\\udc4d\"}");
        QTest::newRow("raw UTF-8 of 2, 3 and 4 bytes")
            << QByteArray("{\"s\":\"\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x91\x8d\"}");
        QTest::newRow("a lone surrogate escape") << QByteArray("{\"s\":\"a\\ud83dz\"}");
        QTest::newRow("an escaped NUL") << QByteArray("{\"s\":\"a\\u0000z\"}");
        QTest::newRow("an escaped byte above ASCII") << QByteArray("{\"s\":\"\\\xe9x\"}");
        QTest::newRow("an unknown escape stands for itself") << QByteArray("{\"s\":\"\\q\"}");
        QTest::newRow("a control character inside a string") << QByteArray("{\"s\":\"a\x01z\"}");
        QTest::newRow("a byte order mark") << QByteArray("\xef\xbb\xbf{\"a\":1}");
        QTest::newRow("a repeated key") << QByteArray("{\"a\":1,\"a\":2}");
        QTest::newRow("numbers of every shape") << QByteArray("{\"a\":[0,-0,12,-3.5,1e3,1E-3,2.5e+2,1e-300,4.9e-324]}");
        QTest::newRow("an empty object and array") << QByteArray("{\"a\":{},\"b\":[]}");
        QTest::newRow("a top-level array") << QByteArray("[1,2]");
        QTest::newRow("an overlong UTF-8 form") << QByteArray("{\"s\":\"\xc0\x80\"}");
        QTest::newRow("a UTF-8 surrogate") << QByteArray("{\"s\":\"\xed\xa0\x80\"}");
        QTest::newRow("a byte that never starts UTF-8") << QByteArray("{\"s\":\"\xf8\"}");
        QTest::newRow("a cut UTF-8 sequence") << QByteArray("{\"s\":\"\xe4\xb8\"}");
        QTest::newRow("a number too large") << QByteArray("{\"a\":1e999}");
        QTest::newRow("a number too small") << QByteArray("{\"a\":2e-324}");
        QTest::newRow("a leading zero") << QByteArray("{\"a\":01}");
        QTest::newRow("a bare minus") << QByteArray("{\"a\":-}");
        QTest::newRow("a trailing comma") << QByteArray("{\"a\":1,}");
        QTest::newRow("a single quote") << QByteArray("{'a':1}");
        QTest::newRow("a short \\u escape") << QByteArray("{\"s\":\"\\u12\"}");
        QTest::newRow("garbage after the document") << QByteArray("{} x");
        QTest::newRow("an unterminated string") << QByteArray("{\"a\":\"b");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("a lone value") << QByteArray("\"text\"");
        QTest::newRow("a misspelt literal") << QByteArray("{\"a\":tru}");
    }
    void agreesWithQJsonDocument()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        JsonDom dom;
        const bool parsed = dom.parse(json, 64);
        const bool accepted = parsed && (dom.root().isObject() || dom.root().isArray());
        QCOMPARE(accepted, error.error == QJsonParseError::NoError);
        if (!accepted || !doc.isObject())
            return;
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            const JsonRef value = dom.root().value(QLatin1String(key));
            QVERIFY(!value.isUndefined());
            if (it.value().isString()) {
                QCOMPARE(value.toString(), it.value().toString());
                QVERIFY(!value.toString().isNull());
            } else if (it.value().isDouble()) {
                double d = 0;
                QVERIFY(value.toDouble(&d));
                QCOMPARE(d, it.value().toDouble());
            } else if (it.value().isArray()) {
                QCOMPARE(value.size(), it.value().toArray().size());
            }
        }
    }

    void nestingIsLimited()
    {
        JsonDom dom;
        const QByteArray deepest = QByteArray(64, '[') + QByteArray(64, ']');
        const QByteArray tooDeep = QByteArray(65, '[') + QByteArray(65, ']');
        QVERIFY(dom.parse(deepest, 64));
        QVERIFY(!dom.parse(tooDeep, 64));
        QCOMPARE(dom.error(), JsonDom::Error::TooDeep);
        QCOMPARE(dom.errorOffset(), 64);
    }

    void arraysWalkInOrder()
    {
        JsonDom dom;
        const QByteArray json("{\"a\":[{\"x\":[1,2]},\"s\",3,[],{}]}");
        QVERIFY(dom.parse(json, 64));
        const JsonRef a = dom.root().value(QLatin1String("a"));
        QCOMPARE(a.size(), 5);
        JsonRef item = a.first();
        QVERIFY(item.isObject());
        QCOMPARE(item.value(QLatin1String("x")).size(), 2);
        item = item.next();
        QVERIFY(item.equals(QLatin1String("s")));
        item = item.next();
        QVERIFY(item.isNumber());
        item = item.next();
        QVERIFY(item.isArray());
        item = item.next();
        QVERIFY(item.isObject());
    }

    void lookupsOnTheWrongTypeAreUndefined()
    {
        JsonDom dom;
        const QByteArray json("{\"s\":\"1750000000\",\"e\":\"\"}");
        QVERIFY(dom.parse(json, 64));
        const JsonRef s = dom.root().value(QLatin1String("s"));
        QVERIFY(s.value(QLatin1String("x")).isUndefined());
        QVERIFY(s.first().isUndefined());
        QVERIFY(dom.root().value(QLatin1String("missing")).isUndefined());
        qint64 t = 0;
        QVERIFY(s.digitsToInt64(&t));
        QCOMPARE(t, 1750000000);
        const QString empty = dom.root().value(QLatin1String("e")).toString();
        QVERIFY(empty.isEmpty());
        QVERIFY(!empty.isNull());
        QVERIFY(dom.root().value(QLatin1String("missing")).toString().isNull());
    }
};

QTEST_GUILESS_MAIN(TestJsonDom)
#include "TestJsonDom.moc"
