// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ContactKey.h"

#include <QTest>

using namespace duet;

/// contactKey(): one key per customer, however the number is spelled.
class TestContactKey : public QObject
{
    Q_OBJECT
private slots:
    void sameCustomer_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("a wa_id and the number as typed on the phone") << "16505551234"
                                                                      << "+1 650-555-1234";
        QTest::newRow("brackets and dots") << "16505551234"
                                           << "+1 (650) 555.1234";
        QTest::newRow("a Brazilian wa_id without the ninth digit and the typed mobile number") << "551187654321"
                                                                                               << "+55 11 98765-4321";
        QTest::newRow("a Brazilian wa_id with the ninth digit") << "5511987654321"
                                                                << "55 11 98765 4321";
        QTest::newRow("a Brazilian mobile starting with 6") << "552161234567"
                                                            << "+55 21 96123-4567";
        QTest::newRow("Mexico's legacy 521 prefix") << "5215512345678"
                                                    << "+52 55 1234 5678";
    }
    void sameCustomer()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(contactKey(a), contactKey(b));
    }

    void differentCustomers_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("a Brazilian landline keeps its 8 digits (starts with 2-5)") << "551132345678"
                                                                                   << "5511932345678";
        QTest::newRow("different numbers") << "16505551234"
                                           << "16505551235";
        QTest::newRow("a 12-digit number outside Brazil is not padded") << "447911123456"
                                                                        << "4479119123456";
    }
    void differentCustomers()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY(contactKey(a) != contactKey(b));
    }

    void canonicalForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("digits only") << "+1 650-555-1234"
                                     << "16505551234";
        QTest::newRow("Brazil gains the ninth digit") << "551187654321"
                                                      << "5511987654321";
        QTest::newRow("Mexico drops the 1") << "5215512345678"
                                            << "525512345678";
        QTest::newRow("empty stays empty") << ""
                                           << "";
    }
    void canonicalForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        QCOMPARE(contactKey(input), key);
    }
};

QTEST_GUILESS_MAIN(TestContactKey)
#include "TestContactKey.moc"
