// SPDX-License-Identifier: GPL-3.0-or-later
// X-Hub-Signature-256 checks (RFC 4231 vectors, Meta's escaped bodies) and the GET handshake.
#include "cloudapi/Sha256.h"
#include "cloudapi/WebhookSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace duet::cloudapi;

namespace {

const QByteArray kSecret = QByteArrayLiteral("app-secret-for-tests");

/// A webhook body as Meta sends it: non-ASCII written as lower-case \uXXXX escapes.
const QByteArray kEscapedBody = QByteArrayLiteral(
    R"({"entry":[{"changes":[{"value":{"messages":[{"text":{"body":"Ol\u00e1 \u00e9 \ud83d\ude00"}}]}}]}]})");
/// The same JSON re-encoded as UTF-8, as a framework that decoded the body would hand it over.
const QByteArray kUtf8Body =
    QByteArrayLiteral("{\"entry\":[{\"changes\":[{\"value\":{\"messages\":[{\"text\":{\"body\":\"Ol\xc3\xa1 \xc3\xa9 "
                      "\xf0\x9f\x98\x80\"}}]}}]}]}");
/// HMAC-SHA256(kSecret, kEscapedBody), computed independently of Duet.
const QByteArray kEscapedSignature =
    QByteArrayLiteral("sha256=acf46300799dec1c6f34b46296fc041343a87346ca64a20fea3e5307f8b8146e");
/// HMAC-SHA256(kSecret, kUtf8Body), computed independently of Duet.
const QByteArray kUtf8Signature =
    QByteArrayLiteral("sha256=6a0e3bcb8e9e39167fe474b16439058223270ab0fd54c72d41c73aaed4c99060");

} // namespace

/// WebhookSignature, acceptSubscription and constantTimeEquals.
class TestWebhookSignature : public QObject
{
    Q_OBJECT
private slots:
    void rfc4231_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("case 1: twenty 0x0b bytes and Hi There")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2: a key shorter than the output")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 3: combined length above the block size")
            << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
            << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        QByteArray key4;
        for (char c = 1; c <= 25; ++c)
            key4.append(c);
        QTest::newRow("case 4: a counting key") << key4 << QByteArray(50, '\xcd')
                                                << QByteArray("82558a389a443c0ea4cc819899f2083a"
                                                              "85f0faa3e578f8077a2e3ff46729665b");
        QTest::newRow("case 5: the untruncated output of the truncation case")
            << QByteArray(20, '\x0c') << QByteArray("Test With Truncation")
            << QByteArray("a3b6167473100ee06e0c796c2955552bfa6f7c0a6a8aef8b93f860aab0cd20c5");
        QTest::newRow("case 6: a key longer than the block is hashed first")
            << QByteArray(131, '\xaa') << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        QTest::newRow("case 7: long key and long data")
            << QByteArray(131, '\xaa')
            << QByteArray("This is a test using a larger than block-size key and a larger than block-size data. "
                          "The key needs to be hashed before being used by the HMAC algorithm.")
            << QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
        QTest::newRow("a key of exactly one block is used as it is")
            << QByteArray(64, 'k') << QByteArray("body")
            << QMessageAuthenticationCode::hash("body", QByteArray(64, 'k'), QCryptographicHash::Sha256).toHex();
        QTest::newRow("an empty body")
            << kSecret << QByteArray()
            << QMessageAuthenticationCode::hash({}, kSecret, QCryptographicHash::Sha256).toHex();
    }
    void rfc4231()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, hex);
        const WebhookSignature signature(key);
        QCOMPARE(signature.sign(data), QByteArray("sha256=" + hex));
        QVERIFY(signature.verify(data, QByteArray("sha256=" + hex)));
        QVERIFY(signature.verify(data, QByteArray("sha256=" + hex.toUpper())));
        // Independent cross-check against Qt's own HMAC.
        QCOMPARE(QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256).toHex(), hex);
    }

    void sha256MatchesQtAtEveryTailLength()
    {
        // Both compression functions, every length around the one- and two-block padding edges.
        QByteArray data;
        for (int i = 0; i < 300; ++i)
            data.append(char((i * 131 + 7) & 0xff));
        for (int len = 0; len <= data.size(); ++len) {
            const QByteArray part = data.left(len);
            const QByteArray expected = QCryptographicHash::hash(part, QCryptographicHash::Sha256);
            const sha256::Digest d = sha256::hash(part);
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(d.data()), 32), expected);
            // Resume after whole blocks absorbed by the portable and by the hardware code.
            const qsizetype whole = (len / 64) * 64;
            sha256::State portable = sha256::initialState();
            sha256::compressPortable(portable, reinterpret_cast<const std::uint8_t*>(part.constData()),
                                     size_t(whole / 64));
            const sha256::Digest resumed = sha256::finish(portable, quint64(whole), QByteArrayView(part).sliced(whole));
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(resumed.data()), 32), expected);
            if (sha256::hasHardwareSupport()) {
                sha256::State hardware = sha256::initialState();
                sha256::compressHardware(hardware, reinterpret_cast<const std::uint8_t*>(part.constData()),
                                         size_t(whole / 64));
                QCOMPARE(hardware, portable);
            }
        }
    }

    void metaEscapedBodyVerifiesOnlyAsSent()
    {
        const WebhookSignature signature(kSecret);
        QCOMPARE(signature.sign(kEscapedBody), kEscapedSignature);
        QVERIFY(signature.verify(kEscapedBody, kEscapedSignature));
        // Re-encoding the body as UTF-8 changes the signed bytes: the original header must fail.
        QVERIFY(!signature.verify(kUtf8Body, kEscapedSignature));
        QVERIFY(signature.verify(kUtf8Body, kUtf8Signature));
        QVERIFY(!signature.verify(kEscapedBody, kUtf8Signature));
    }

    void malformedOrWrongHeadersFail_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray hex = kEscapedSignature.mid(7);
        QTest::newRow("missing header") << QByteArray();
        QTest::newRow("only the prefix") << QByteArray("sha256=");
        QTest::newRow("no prefix") << hex;
        QTest::newRow("sha1 prefix") << QByteArray("sha1=" + hex);
        QTest::newRow("upper-case prefix") << QByteArray("SHA256=" + hex);
        QTest::newRow("space after the prefix") << QByteArray("sha256= " + hex);
        QTest::newRow("trailing space") << QByteArray(kEscapedSignature + ' ');
        QTest::newRow("one hex digit short") << kEscapedSignature.chopped(1);
        QTest::newRow("one hex digit too many") << QByteArray(kEscapedSignature + '0');
        QTest::newRow("a non-hex digit") << QByteArray(kEscapedSignature.chopped(1) + 'g');
        QTest::newRow("a NUL byte inside") << QByteArray(kEscapedSignature.chopped(1) + '\0');
        QByteArray flipped = kEscapedSignature;
        flipped[flipped.size() - 1] = flipped.back() == '0' ? '1' : '0';
        QTest::newRow("last digit changed") << flipped;
        QByteArray firstFlipped = kEscapedSignature;
        firstFlipped[7] = firstFlipped[7] == '0' ? '1' : '0';
        QTest::newRow("first digit changed") << firstFlipped;
        QTest::newRow("signed with another secret") << WebhookSignature("other-secret").sign(kEscapedBody);
    }
    void malformedOrWrongHeadersFail()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!WebhookSignature(kSecret).verify(kEscapedBody, header));
    }

    void aChangedBodyFails()
    {
        const WebhookSignature signature(kSecret);
        QByteArray body = kEscapedBody;
        body[10] = 'X';
        QVERIFY(!signature.verify(body, kEscapedSignature));
        QVERIFY(!signature.verify(QByteArray(kEscapedBody + ' '), kEscapedSignature));
    }

    void subscriptionHandshake_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("challenge");
        QTest::newRow("matching token echoes the challenge")
            << "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=s3cret" << QByteArray("s3cret") << true
            << QByteArray("1158201444");
        QTest::newRow("percent-encoded token and challenge are decoded")
            << "hub.mode=subscribe&hub.challenge=a%2Bb&hub.verify_token=s%20t" << QByteArray("s t") << true
            << QByteArray("a+b");
        QTest::newRow("wrong token is refused") << "hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess"
                                                << QByteArray("s3cret") << false << QByteArray();
        QTest::newRow("token prefix is refused") << "hub.mode=subscribe&hub.challenge=1&hub.verify_token=s3cre"
                                                 << QByteArray("s3cret") << false << QByteArray();
        QTest::newRow("wrong mode is refused") << "hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=s3cret"
                                               << QByteArray("s3cret") << false << QByteArray();
        QTest::newRow("missing mode is refused")
            << "hub.challenge=1&hub.verify_token=s3cret" << QByteArray("s3cret") << false << QByteArray();
        QTest::newRow("missing challenge is refused")
            << "hub.mode=subscribe&hub.verify_token=s3cret" << QByteArray("s3cret") << false << QByteArray();
        QTest::newRow("missing token is refused")
            << "hub.mode=subscribe&hub.challenge=1" << QByteArray("s3cret") << false << QByteArray();
        QTest::newRow("an unset verify token accepts nothing")
            << "hub.mode=subscribe&hub.challenge=1&hub.verify_token=" << QByteArray() << false << QByteArray();
    }
    void subscriptionHandshake()
    {
        QFETCH(QString, query);
        QFETCH(QByteArray, token);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, challenge);
        QByteArray echoed("untouched");
        QCOMPARE(acceptSubscription(QUrlQuery(query), token, &echoed), accepted);
        if (accepted)
            QCOMPARE(echoed, challenge);
        else
            QCOMPARE(echoed, QByteArray("untouched"));
    }

    void constantTimeEqualsCompares_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("equal") << QByteArray("abc") << QByteArray("abc") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("differ in the last byte") << QByteArray("abc") << QByteArray("abd") << false;
        QTest::newRow("prefix") << QByteArray("ab") << QByteArray("abc") << false;
        QTest::newRow("empty against something") << QByteArray() << QByteArray("a") << false;
        QTest::newRow("trailing NUL") << QByteArray("a") << QByteArray("a\0", 2) << false;
    }
    void constantTimeEqualsCompares()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(constantTimeEquals(a, b), equal);
        QCOMPARE(constantTimeEquals(b, a), equal);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "TestWebhookSignature.moc"
