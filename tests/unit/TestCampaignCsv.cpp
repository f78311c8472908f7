// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignCsv: encodings, separators, RFC 4180 quoting, columns, bad rows and the size limits.
#include "outbound/CampaignCsv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace duet::outbound;
using Kind = CampaignCsvProblem::Kind;

namespace {

CampaignCsvOptions positional(int n, const QString& region = QStringLiteral("BR"))
{
    CampaignCsvOptions o;
    o.defaultRegion = region;
    for (int i = 1; i <= n; ++i)
        o.parameterNames << QString::number(i);
    return o;
}

QList<Kind> kinds(const CampaignCsvResult& r)
{
    QList<Kind> out;
    for (const CampaignCsvProblem& p : r.problems)
        out << p.kind;
    return out;
}

} // namespace

class TestCampaignCsv : public QObject
{
    Q_OBJECT

private slots:
    void aPlainFileGivesRecipientsWithTheirParameters()
    {
        const CampaignCsvResult r = CampaignCsv::parse("phone,1,2\n"
                                                       "+55 11 98765-4301,Ana,A-100\n"
                                                       "11 98765-4302,Bruno,A-101\n"
                                                       "US.13491208655302741918,Carla,A-102\n",
                                                       positional(2));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.separator, QLatin1Char(','));
        QVERIFY(!r.hadBom);
        QCOMPARE(r.recipientColumn, QStringLiteral("phone"));
        QCOMPARE(r.parameterColumns, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(r.recipients.size(), 3);
        QCOMPARE(r.recipients[0].key, QStringLiteral("5511987654301"));
        QCOMPARE(r.recipients[0].parameters, (QStringList{QStringLiteral("Ana"), QStringLiteral("A-100")}));
        QCOMPARE(r.recipients[0].line, 2);
        // Without '+', the default region's country code.
        QCOMPARE(r.recipients[1].key, QStringLiteral("5511987654302"));
        // A business-scoped user ID is taken as it is.
        QCOMPARE(r.recipients[2].key, QStringLiteral("US.13491208655302741918"));
        QVERIFY(r.hasUserIds);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.dataRows, 3);
    }

    void aBomAndSemicolonsAndCrlfAreRead()
    {
        const CampaignCsvResult r = CampaignCsv::parse(
            "\xEF\xBB\xBFWhatsApp;{{1}}\r\n+5511987654301;Jo\xC3\xA3o\r\n+5511987654302;\"M\xC3\xBCller; Sohn\"\r\n",
            positional(1));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.hadBom);
        QCOMPARE(r.separator, QLatin1Char(';'));
        QCOMPARE(r.recipientColumn, QStringLiteral("WhatsApp"));
        QCOMPARE(r.recipients.size(), 2);
        QCOMPARE(r.recipients[0].parameters.first(), QStringLiteral("João"));
        QCOMPARE(r.recipients[1].parameters.first(), QStringLiteral("Müller; Sohn"));
    }

    void quotesEscapeQuotesSeparatorsAndLineBreaks()
    {
        const CampaignCsvResult r = CampaignCsv::parse("number,1,2\n"
                                                       "+5511987654301,\"Say \"\"hi\"\"\",\"a,b\"\n"
                                                       "+5511987654302,\"two\r\nlines\",x\n"
                                                       "+5511987654303,last,y\n",
                                                       positional(2));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.recipients.size(), 3);
        QCOMPARE(r.recipients[0].parameters, (QStringList{QStringLiteral("Say \"hi\""), QStringLiteral("a,b")}));
        QCOMPARE(r.recipients[1].parameters.first(), QStringLiteral("two\nlines"));
        // The row after a cell with a line break starts on the line after it.
        QCOMPARE(r.recipients[2].line, 5);
    }

    void anUnterminatedQuoteIsListedNotSent()
    {
        const CampaignCsvResult r = CampaignCsv::parse("phone,1\n"
                                                       "+5511987654301,fine\n"
                                                       "+5511987654302,\"never closed\n"
                                                       "+5511987654303,swallowed\n",
                                                       positional(1));
        QVERIFY(r.ok);
        QCOMPARE(r.recipients.size(), 1);
        QCOMPARE(kinds(r), QList<Kind>{Kind::UnterminatedQuote});
        QCOMPARE(r.problems[0].line, 3);
        QVERIFY(r.problems[0].text().contains(QLatin1String("3")));
        QCOMPARE(r.invalid, 1);
    }

    void badRowsAreListedWithLineAndReason()
    {
        const CampaignCsvResult r = CampaignCsv::parse("Phone Number,1,2\n"
                                                       "+5511987654301,Ana,x\n"            // 2 fine
                                                       "+55 11 1234,Bia,x\n"               // 3 too short
                                                       "hello,Caio,x\n"                    // 4 not a number
                                                       ",Dani,x\n"                         // 5 no recipient
                                                       "+5511987654302,,x\n"               // 6 missing parameter
                                                       "+5511987654303,Eva\n"              // 7 too few
                                                       "+5511987654304,Fé,x,more\n"        // 8 too many
                                                       "\n"                                // 9 empty
                                                       "+55 (11) 98765-4301,Ana again,y\n" // 10 duplicate
                                                       "+5511987654305,Gil,x,,\n", // 11 trailing empty cells: fine
                                                       positional(2));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.recipientColumn, QStringLiteral("Phone Number"));
        QCOMPARE(r.recipients.size(), 2);
        QCOMPARE(r.recipients[1].key, QStringLiteral("5511987654305"));
        QCOMPARE(kinds(r),
                 (QList<Kind>{Kind::InvalidNumber, Kind::InvalidNumber, Kind::MissingRecipient, Kind::MissingParameter,
                              Kind::TooFewFields, Kind::TooManyFields, Kind::EmptyRow, Kind::DuplicateRecipient}));
        QList<int> lines;
        for (const CampaignCsvProblem& p : r.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(r.problems[3].value, QStringLiteral("1"));
        QCOMPARE(r.problems[7].detail, QStringLiteral("2")); // the line it was first on
        QCOMPARE(r.dataRows, 10);
        QCOMPARE(r.invalid, 6);
        QCOMPARE(r.emptyRows, 1);
        QCOMPARE(r.duplicates, 1);
        // Every data row is either a recipient or a problem: nothing is skipped silently.
        QCOMPARE(r.recipients.size() + r.problems.size(), r.dataRows);
        for (const CampaignCsvProblem& p : r.problems)
            QVERIFY2(!p.text().isEmpty(), qPrintable(p.value));
        QVERIFY(r.problems[7].isIgnorable());
        QVERIFY(!r.problems[0].isIgnorable());
    }

    void withoutADefaultRegionANumberNeedsItsCountryCode()
    {
        const CampaignCsvResult r = CampaignCsv::parse("phone\n11 98765-4301\n5511987654302\n", positional(0, {}));
        QVERIFY(r.ok);
        QCOMPARE(r.recipients.size(), 1);
        QCOMPARE(r.recipients[0].key, QStringLiteral("5511987654302"));
        QCOMPARE(kinds(r), QList<Kind>{Kind::InvalidNumber});
    }

    void namedParametersMatchTheirColumnsInAnyOrder()
    {
        CampaignCsvOptions o;
        o.defaultRegion = QStringLiteral("BR");
        o.parameterNames = {QStringLiteral("first_name"), QStringLiteral("order_id")};
        const CampaignCsvResult r =
            CampaignCsv::parse("{{Order_ID}},notes,wa_id,First_Name\nA-1,ignored,5511987654301,Ana\n", o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.parameterColumns, (QStringList{QStringLiteral("First_Name"), QStringLiteral("{{Order_ID}}")}));
        QCOMPARE(r.ignoredColumns, QStringList{QStringLiteral("notes")});
        QCOMPARE(r.recipients[0].parameters, (QStringList{QStringLiteral("Ana"), QStringLiteral("A-1")}));

        // A parameter without a column refuses the file, naming it.
        o.parameterNames << QStringLiteral("city");
        const CampaignCsvResult missing = CampaignCsv::parse("wa_id,first_name,order_id\n5511987654301,Ana,A-1\n", o);
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(QLatin1String("city")));
        QVERIFY(missing.recipients.isEmpty());
    }

    void withoutParameterNamesNumberedColumnsGoInTheirOrder()
    {
        CampaignCsvOptions o;
        o.defaultRegion = QStringLiteral("BR");
        const CampaignCsvResult r = CampaignCsv::parse("{{2}},phone,{{1}}\nsecond,5511987654301,first\n", o);
        QVERIFY(r.ok);
        QCOMPARE(r.recipients[0].parameters, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
    }

    void filesThatCannotBeReadAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank lines") << QByteArray("\r\n\n  \n") << QStringLiteral("empty");
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
        QTest::newRow("header only") << QByteArray("phone,1\n") << QStringLiteral("no recipients");
        QTest::newRow("header and blank rows") << QByteArray("phone,1\n\n\n") << QStringLiteral("no recipients");
        QTest::newRow("latin-1") << QByteArray("phone,1\n+5511987654301,Jo\xE3o\n") << QStringLiteral("line 2");
        QTest::newRow("utf-16") << QByteArray("\xFF\xFEp\0h\0o\0n\0e\0", 12) << QStringLiteral("UTF-16");
        QTest::newRow("zero bytes") << QByteArray("p\0h\0o\0n\0e\0", 10) << QStringLiteral("UTF-8");
        QTest::newRow("no recipient column") << QByteArray("name,1\nAna,x\n") << QStringLiteral("wa_id");
        QTest::newRow("header quote") << QByteArray("phone,\"1\n+5511987654301,x\n") << QStringLiteral("quote");
    }

    void filesThatCannotBeReadAreRefusedWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const CampaignCsvResult r = CampaignCsv::parse(bytes, positional(1));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(says, Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY(r.recipients.isEmpty());
    }

    void theLimitsRefuseTooLargeFiles()
    {
        CampaignCsvOptions o = positional(1);
        o.maxRows = 3;
        QByteArray bytes("phone,1\n");
        for (int i = 0; i < 3; ++i)
            bytes += "+551198765430" + QByteArray::number(i) + ",x\n";
        QVERIFY(CampaignCsv::parse(bytes, o).ok);
        bytes += "+5511987654309,x\n";
        const CampaignCsvResult rows = CampaignCsv::parse(bytes, o);
        QVERIFY(!rows.ok);
        QVERIFY2(rows.error.contains(QLatin1String("3")), qPrintable(rows.error));

        o.maxBytes = 40;
        const CampaignCsvResult size = CampaignCsv::parse(bytes, o);
        QVERIFY(!size.ok);
        QVERIFY2(size.error.contains(QLatin1String("MB")), qPrintable(size.error));

        // From a file: refused before it is read.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!CampaignCsv::parseFile(path, o).ok);
        o.maxBytes = 20 * 1024 * 1024;
        o.maxRows = 100;
        QCOMPARE(CampaignCsv::parseFile(path, o).recipients.size(), 4);
        QVERIFY(!CampaignCsv::parseFile(dir.filePath(QStringLiteral("missing.csv")), o).ok);
    }

    void aHugeCellIsListed()
    {
        QByteArray bytes("phone,1\n+5511987654301,");
        bytes += QByteArray(5000, 'x');
        bytes += "\n+5511987654302,ok\n";
        const CampaignCsvResult r = CampaignCsv::parse(bytes, positional(1));
        QVERIFY(r.ok);
        QCOMPARE(r.recipients.size(), 1);
        QCOMPARE(kinds(r), QList<Kind>{Kind::FieldTooLong});
        QCOMPARE(r.problems[0].line, 2);
    }

    void aHundredThousandRowsAreRead()
    {
        QByteArray bytes("phone,1\n");
        bytes.reserve(100'000 * 24);
        for (int i = 0; i < 100'000; ++i)
            bytes += "+55119" + QByteArray::number(80'000'000 + i) + ",v" + QByteArray::number(i) + '\n';
        const CampaignCsvResult r = CampaignCsv::parse(bytes, positional(1));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.recipients.size(), 100'000);
        QVERIFY(r.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCampaignCsv)
#include "TestCampaignCsv.moc"
