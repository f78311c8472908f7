// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainToString.h"
#include "core/ContactKey.h"
#include "core/PhoneFormat.h"

#include <QTest>

using namespace duet;

/// PhoneFormat: numbers as people read them and the checks of typed numbers, through libphonenumber.
class TestPhoneFormat : public QObject
{
    Q_OBJECT
private slots:
    void international_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("United States wa_id") << "16505551234"
                                             << "+1 650-555-1234";
        QTest::newRow("any spelling of it") << "+1 (650) 555.1234"
                                            << "+1 650-555-1234";
        QTest::newRow("Brazil mobile with the ninth digit") << "5511987654321"
                                                            << "+55 11 98765-4321";
        QTest::newRow("Brazil wa_id without the ninth digit gains it") << "551187654321"
                                                                       << "+55 11 98765-4321";
        QTest::newRow("Mexico's legacy 521 prefix") << "5215512345678"
                                                    << "+52 55 1234 5678";
        QTest::newRow("Germany") << "4915112345678"
                                 << "+49 1511 2345678";
        QTest::newRow("India") << "919812345678"
                               << "+91 98123 45678";
        QTest::newRow("United Kingdom") << "447911123456"
                                        << "+44 7911 123456";
        QTest::newRow("an unknown country code stays digits") << "99912345"
                                                              << "+99912345";
        QTest::newRow("no digits") << "abc" << QString();
    }
    void international()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(PhoneFormat::international(input), shown);
    }

    void formattingKeepsTheMatchingRule()
    {
        // Whatever is shown, the key of the shown text is the key of the number.
        for (const QString& n : {QStringLiteral("16505551234"), QStringLiteral("551187654321"),
                                 QStringLiteral("5215512345678"), QStringLiteral("4915112345678")})
            QCOMPARE(contactKey(PhoneFormat::international(n)), contactKey(n));
    }

    void regionOf()
    {
        QCOMPARE(PhoneFormat::regionOf(u"16505551234"), QStringLiteral("US"));
        QCOMPARE(PhoneFormat::regionOf(u"5511987654321"), QStringLiteral("BR"));
        QCOMPARE(PhoneFormat::regionOf(u"12"), QString());
        QCOMPARE(PhoneFormat::countryName(QStringLiteral("BR")), QStringLiteral("Brazil"));
        QCOMPARE(PhoneFormat::countryName(QStringLiteral("XX")), QStringLiteral("XX"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("e164");
        const int none = int(PhoneFormat::Problem::None);
        QTest::newRow("international, with punctuation") << "+1 (650) 555-1234" << QString() << none << "+16505551234";
        QTest::newRow("00 instead of +") << "0055 11 98765-4321" << QString() << none << "+5511987654321";
        QTest::newRow("a pasted wa_id") << "5511987654321" << QString() << none << "+5511987654321";
        QTest::newRow("national with a default region") << "(650) 555-1234"
                                                        << "US" << none << "+16505551234";
        QTest::newRow("Brazilian mobile without the ninth digit")
            << "+55 11 8765-4321" << QString() << int(PhoneFormat::Problem::NotInUse) << QString();
        QTest::newRow("national without a region")
            << "(650) 555-1234" << QString() << int(PhoneFormat::Problem::NoCountryCode) << QString();
        QTest::newRow("empty") << "   " << QString() << int(PhoneFormat::Problem::Empty) << QString();
        QTest::newRow("letters") << "+1 650 CALL NOW" << QString() << int(PhoneFormat::Problem::NotANumber)
                                 << QString();
        QTest::newRow("no such country code")
            << "+999 1234 5678" << QString() << int(PhoneFormat::Problem::InvalidCountryCode) << QString();
        QTest::newRow("too short") << "+1 650 555" << QString() << int(PhoneFormat::Problem::TooShort) << QString();
        QTest::newRow("too long") << "+1 650 555 1234 5678 9" << QString() << int(PhoneFormat::Problem::TooLong)
                                  << QString();
    }
    void check()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(int, problem);
        QFETCH(QString, e164);
        const PhoneFormat::Check c = PhoneFormat::check(typed, region);
        QCOMPARE(int(c.problem), problem);
        QCOMPARE(c.e164, e164);
        QCOMPARE(c.isValid(), problem == int(PhoneFormat::Problem::None));
        // Every problem is said in words; a valid number has nothing to say.
        QCOMPARE(c.problemText().isEmpty(), c.isValid());
        if (c.isValid())
            QCOMPARE(contactKey(c.e164), contactKey(typed.startsWith(QLatin1String("00")) ? typed.mid(2) : c.e164));
    }

    void problemNamesTheCountry()
    {
        const PhoneFormat::Check c = PhoneFormat::check(u"+55 11 8765-4321");
        QCOMPARE(c.region, QStringLiteral("BR"));
        QVERIFY2(c.problemText().contains(QLatin1String("Brazil")), qPrintable(c.problemText()));
        QCOMPARE(PhoneFormat::check(u"+1 650-555-1234").international, QStringLiteral("+1 650-555-1234"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneFormat)
#include "TestPhoneFormat.moc"
