// SPDX-License-Identifier: GPL-3.0-or-later
// The client address behind trusted reverse proxies: X-Forwarded-For read from the right, forgeries ignored.
#include "ClientAddress.h"

#include <QTest>

using namespace duet::hub;

class TestClientAddress : public QObject
{
    Q_OBJECT

private slots:
    void clientAddress_data()
    {
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QString>("expected");
        // Trusted: 127.0.0.1 and 10.0.0.0/8.
        QTest::newRow("no proxy: the peer") << "198.51.100.4" << QByteArray() << "198.51.100.4";
        QTest::newRow("a forged header from an untrusted peer is ignored")
            << "198.51.100.4" << QByteArray("203.0.113.7") << "198.51.100.4";
        QTest::newRow("a trusted proxy names the client") << "127.0.0.1" << QByteArray("203.0.113.7") << "203.0.113.7";
        QTest::newRow("what the client wrote left of the proxy's entry is ignored")
            << "127.0.0.1" << QByteArray("1.2.3.4, 203.0.113.7") << "203.0.113.7";
        QTest::newRow("a chain of trusted proxies is skipped")
            << "127.0.0.1" << QByteArray("203.0.113.7, 10.1.2.3,10.9.9.9") << "203.0.113.7";
        QTest::newRow("a port and IPv6 brackets are dropped")
            << "127.0.0.1" << QByteArray("[2001:db8::7]:4711") << "2001:db8::7";
        QTest::newRow("an IPv4 entry with a port") << "127.0.0.1" << QByteArray("203.0.113.7:4711") << "203.0.113.7";
        QTest::newRow("IPv4-mapped peers count as IPv4")
            << "::ffff:127.0.0.1" << QByteArray("203.0.113.7") << "203.0.113.7";
        QTest::newRow("a trusted proxy without the header is the client") << "127.0.0.1" << QByteArray() << "127.0.0.1";
        QTest::newRow("garbage in the proxy's place keeps the proxy")
            << "127.0.0.1" << QByteArray("203.0.113.7, unknown") << "127.0.0.1";
        QTest::newRow("garbage to the left is never reached")
            << "127.0.0.1" << QByteArray("<script>, 203.0.113.7") << "203.0.113.7";
        QTest::newRow("only trusted hops: the left-most one")
            << "127.0.0.1" << QByteArray("10.0.0.5, 10.0.0.6") << "10.0.0.5";
    }
    void clientAddress()
    {
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QString, expected);
        QList<Subnet> trusted;
        QString error;
        QVERIFY2(parseTrustedProxies(QStringLiteral("127.0.0.1, 10.0.0.0/8"), &trusted, &error), qPrintable(error));
        QCOMPARE(duet::hub::clientAddress(QHostAddress(peer), forwardedFor, trusted).toString(), expected);
    }

    void withoutTrustedProxiesTheHeaderNeverCounts()
    {
        QCOMPARE(duet::hub::clientAddress(QHostAddress(QStringLiteral("127.0.0.1")), "203.0.113.7", {}).toString(),
                 QStringLiteral("127.0.0.1"));
    }

    void proxyLists()
    {
        QList<Subnet> list;
        QString error;
        QVERIFY(parseTrustedProxies(QString(), &list, &error));
        QVERIFY(list.isEmpty());
        QVERIFY(parseTrustedProxies(QStringLiteral(" 127.0.0.1 ,fd00::/8\t10.0.0.0/8 "), &list, &error));
        QCOMPARE(describeTrustedProxies(list), QStringLiteral("127.0.0.1/32,fd00::/8,10.0.0.0/8"));
        QVERIFY(!parseTrustedProxies(QStringLiteral("127.0.0.1, *"), &list, &error));
        QVERIFY2(error.contains(QLatin1String("'*'")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestClientAddress)
#include "TestClientAddress.moc"
