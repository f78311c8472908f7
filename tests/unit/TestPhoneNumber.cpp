// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PhoneNumber.h"

#include <QTest>

using namespace duet;

/// PhoneNumber: the spellings Duet meets and the +E.164 form sends use.
class TestPhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void digitsOnly_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::newRow("a wa_id stays as it is") << "16505551234"
                                                << "16505551234";
        QTest::newRow("plus, spaces and dashes are dropped") << "+1 650-555-1234"
                                                             << "16505551234";
        QTest::newRow("brackets and dots are dropped") << "(55) 11.98765-4321"
                                                       << "5511987654321";
        QTest::newRow("empty stays empty") << ""
                                           << "";
    }
    void digitsOnly()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QCOMPARE(PhoneNumber::digitsOnly(input), digits);
    }

    void toE164_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::newRow("a wa_id gains its plus") << "16505551234"
                                                << "+16505551234";
        QTest::newRow("a typed number is cleaned") << "+55 11 98765-4321"
                                                   << "+5511987654321";
        QTest::newRow("too short is refused") << "12345" << QString();
        QTest::newRow("too long is refused") << "1234567890123456" << QString();
    }
    void toE164()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QCOMPARE(PhoneNumber::toE164(input), e164);
        QCOMPARE(PhoneNumber::toE164(input).isNull(), e164.isNull());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
