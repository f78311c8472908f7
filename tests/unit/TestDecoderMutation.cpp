// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder survives truncated, corrupted and re-typed versions of every fixture and example.
#include "DecodeSnapshot.h"
#include "TestPaths.h"
#include "WebhookSamples.h"
#include "cloudapi/JsonDom.h"
#include "cloudapi/WebhookDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QVariant>

using namespace duet;
using namespace duet::cloudapi;
using namespace duet::test;

namespace {

using JsonPathSteps = QList<QVariant>; // QString member names and int indexes

void collectPaths(const QJsonValue& v, JsonPathSteps& at, QList<JsonPathSteps>* out)
{
    if (!at.isEmpty())
        out->append(at);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            at.append(it.key());
            collectPaths(it.value(), at, out);
            at.removeLast();
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            at.append(i);
            collectPaths(a.at(i), at, out);
            at.removeLast();
        }
    }
}

QJsonValue replaced(const QJsonValue& v, const JsonPathSteps& path, int depth, const QJsonValue& with)
{
    if (depth == path.size())
        return with;
    const QVariant& step = path[depth];
    if (step.typeId() == QMetaType::QString) {
        QJsonObject o = v.toObject();
        const QString key = step.toString();
        o.insert(key, replaced(o.value(key), path, depth + 1, with));
        return o;
    }
    QJsonArray a = v.toArray();
    const int i = step.toInt();
    a.replace(i, replaced(a.at(i), path, depth + 1, with));
    return a;
}

} // namespace

/// Mutations of every good and broken fixture, and of Meta's examples (tests/fixtures/cloudapi):
/// every truncation (a dense sample on long bodies), byte flips, inserted garbage, and each JSON
/// node swapped for a string, a number, an array, an object, null and a boolean. The decoder must
/// return every time, either a typed failure or events that keep the invariants.
class TestDecoderMutation : public QObject
{
    Q_OBJECT
private:
    QList<WebhookSample> m_samples;
    qint64 m_decodes = 0;

    /// Decodes and checks the invariants; returns false (after QTest failure output) on a problem.
    bool survives(const QByteArray& body, const QString& what)
    {
        ++m_decodes;
        const DecodeResult result = WebhookDecoder::decode(body);
        QString problem = invariantProblem(result);
        // The decoder's reader accepts exactly the documents QJsonDocument accepts.
        JsonDom dom;
        QJsonParseError error;
        static_cast<void>(QJsonDocument::fromJson(body, &error)); // only whether it parses counts
        const bool readerAccepts = dom.parse(body, 1024) && (dom.root().isObject() || dom.root().isArray());
        if (problem.isEmpty() && readerAccepts != (error.error == QJsonParseError::NoError))
            problem = QStringLiteral("the reader %1 what QJsonDocument %2 (%3)")
                          .arg(QLatin1String(readerAccepts ? "accepts" : "refuses"),
                               QLatin1String(readerAccepts ? "refuses" : "accepts"),
                               readerAccepts ? error.errorString() : QLatin1String(dom.errorText()));
        if (problem.isEmpty())
            return true;
        QTest::qFail(qPrintable(what + QStringLiteral(": ") + problem + QStringLiteral(" in ") +
                                QString::fromLatin1(body.left(300).toPercentEncoding("{}[]\":,. _-"))),
                     __FILE__, __LINE__);
        return false;
    }

    void addSampleRows()
    {
        QTest::addColumn<QByteArray>("body");
        for (const WebhookSample& s : m_samples)
            QTest::newRow(qPrintable(s.name)) << s.body;
    }

private slots:
    void initTestCase()
    {
        m_samples = fixtureSamples(QStringLiteral("good"));
        m_samples += fixtureSamples(QStringLiteral("broken"));
        const qsizetype fixtures = m_samples.size();
        m_samples += metaSamples();
        QVERIFY(fixtures >= 30);
    }

    void truncations_data() { addSampleRows(); }
    void truncations()
    {
        QFETCH(QByteArray, body);
        // Every length up to 4 KiB; past that every length near both ends and a dense stride between.
        const qsizetype n = body.size();
        const qsizetype stride = n <= 4096 ? 1 : n / 2048 + 1;
        for (qsizetype len = 0; len < n; ++len) {
            const bool nearEnd = len < 256 || len > n - 256;
            if (!nearEnd && len % stride != 0)
                continue;
            if (!survives(body.left(len), QStringLiteral("truncated to %1 bytes").arg(len)))
                return;
        }
    }

    void byteFlips_data() { addSampleRows(); }
    void byteFlips()
    {
        QFETCH(QByteArray, body);
        const qsizetype stride = qMax<qsizetype>(1, body.size() / 512);
        const char replacements[] = {'"', '{', '}', '[', ']', ',', ':', '\\', '\0', '\xff', '0'};
        for (qsizetype at = 0; at < body.size(); at += stride) {
            for (const char xorMask : {'\x01', '\x20', '\x80'}) {
                QByteArray flipped = body;
                flipped[at] = char(flipped[at] ^ xorMask);
                if (!survives(flipped, QStringLiteral("bit flip at %1").arg(at)))
                    return;
            }
            for (const char c : replacements) {
                QByteArray changed = body;
                changed[at] = c;
                if (!survives(changed, QStringLiteral("byte %1 replaced").arg(at)))
                    return;
            }
        }
    }

    void insertedGarbage_data() { addSampleRows(); }
    void insertedGarbage()
    {
        QFETCH(QByteArray, body);
        const QByteArray garbage[] = {"\xff\xfe",     "[[[[",     "\"",       ",,", "{\"a\":", "\\u",    "\\ud83d",
                                      "null",         "1e999",    "-0",       "}",  "]",       "\"\\\"", "\xc3",
                                      "\xe2\x80\x8d", "\xf0\x9f", "\"x\":1,", "[]", "{}"};
        QRandomGenerator random(0x0d0e7); // fixed: the same mutations on every run
        const int positions = qMin<int>(64, int(body.size()));
        for (int i = 0; i < positions; ++i) {
            const qsizetype at = random.bounded(int(body.size()) + 1);
            for (const QByteArray& g : garbage) {
                QByteArray changed = body;
                changed.insert(at, g);
                if (!survives(
                        changed,
                        QStringLiteral("%1 inserted at %2").arg(QString::fromLatin1(g.toHex()), QString::number(at))))
                    return;
            }
        }
    }

    // The bodies that decode: a broken one has no field to re-type (the other mutations take it).
    void typeSwaps_data()
    {
        QTest::addColumn<QByteArray>("body");
        int rows = 0;
        for (const WebhookSample& s : m_samples) {
            if (QJsonDocument::fromJson(s.body).isObject() && WebhookDecoder::decode(s.body).ok()) {
                QTest::newRow(qPrintable(s.name)) << s.body;
                ++rows;
            }
        }
        QVERIFY(rows >= 20);
    }
    void typeSwaps()
    {
        QFETCH(QByteArray, body);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QVERIFY(doc.isObject());
        QList<JsonPathSteps> paths;
        JsonPathSteps at;
        collectPaths(doc.object(), at, &paths);
        const QJsonValue swaps[] = {QJsonValue(QStringLiteral("x")), QJsonValue(7),
                                    QJsonValue(QJsonArray{1}),       QJsonValue(QJsonObject{{QStringLiteral("k"), 1}}),
                                    QJsonValue(QJsonValue::Null),    QJsonValue(true)};
        for (const JsonPathSteps& path : paths) {
            for (const auto& with : swaps) {
                const QJsonObject root = replaced(doc.object(), path, 0, with).toObject();
                const QByteArray changed = QJsonDocument(root).toJson(QJsonDocument::Compact);
                const DecodeResult result = WebhookDecoder::decode(changed);
                ++m_decodes;
                QVERIFY2(result.ok(), qPrintable(result.reason)); // still an object, still JSON
                const QString problem = invariantProblem(result);
                QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + QString::fromUtf8(changed)));
            }
        }
    }

    void cleanupTestCase() { qInfo("%lld mutated bodies decoded", m_decodes); }
};

QTEST_GUILESS_MAIN(TestDecoderMutation)
#include "TestDecoderMutation.moc"
