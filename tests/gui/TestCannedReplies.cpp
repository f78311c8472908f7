// SPDX-License-Identifier: GPL-3.0-or-later
// Canned replies: the model under the model tester, its file, placeholders, the manage dialog.
#include "ui/CannedReplies.h"
#include "ui/CannedRepliesDialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using duet::ui::CannedReplies;

class TestCannedReplies : public QObject
{
    Q_OBJECT

private slots:
    void aMissingFileGivesTheDefaults();
    void placeholdersAreFilled_data();
    void placeholdersAreFilled();
    void editsAreSavedAndReadBack();
    void aBrokenFileIsReportedAndKept();
    void matchingSearchesTitlesAndTexts();
    void theDialogAddsEditsAndRemoves();

private:
    QTemporaryDir m_dir;
};

void TestCannedReplies::aMissingFileGivesTheDefaults()
{
    CannedReplies replies(m_dir.filePath(QStringLiteral("none.json")));
    QAbstractItemModelTester tester(&replies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(replies.load());
    QCOMPARE(replies.rowCount(), 4);
    QCOMPARE(replies.index(0).data(CannedReplies::TitleRole).toString(), QStringLiteral("Greeting"));
    QVERIFY(replies.index(0).data(CannedReplies::TextRole).toString().contains(QStringLiteral("{name}")));
}

void TestCannedReplies::placeholdersAreFilled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both placeholders") << "Hi {name}, {agent} here"
                                       << "Maria"
                                       << "Hi Maria, Ana here";
    QTest::newRow("a placeholder twice") << "{name}? {name}!"
                                         << "Rui"
                                         << "Rui? Rui!";
    QTest::newRow("no customer name reads naturally") << "Hello {name}"
                                                      << ""
                                                      << "Hello there";
    QTest::newRow("no placeholders") << "Thanks"
                                     << "Maria"
                                     << "Thanks";
}

void TestCannedReplies::placeholdersAreFilled()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(CannedReplies::fill(text, name, QStringLiteral("Ana")), expected);
}

void TestCannedReplies::editsAreSavedAndReadBack()
{
    const QString path = m_dir.filePath(QStringLiteral("sub/canned.json"));
    CannedReplies replies(path);
    QAbstractItemModelTester tester(&replies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    replies.add({QStringLiteral("Hours"), QStringLiteral("We are open 9 to 18.")});
    replies.update(0, {QStringLiteral("Hi"), QStringLiteral("Hi {name}")});
    replies.remove(1);
    QVERIFY2(replies.save(), qPrintable(replies.lastError()));
    CannedReplies again(path);
    QVERIFY(again.load());
    QCOMPARE(again.replies(), replies.replies());
    QCOMPARE(again.rowCount(), 4);
    QCOMPARE(again.replyAt(0).title, QStringLiteral("Hi"));
    QCOMPARE(again.replyAt(3).title, QStringLiteral("Hours"));
}

void TestCannedReplies::aBrokenFileIsReportedAndKept()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[{\"title\": \"oops\"");
    f.close();
    CannedReplies replies(path);
    QVERIFY(!replies.load());
    QVERIFY(replies.lastError().contains(path));
    QCOMPARE(replies.rowCount(), 4); // the defaults meanwhile
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("[{\"title\": \"oops\"")); // untouched
}

void TestCannedReplies::matchingSearchesTitlesAndTexts()
{
    CannedReplies replies(m_dir.filePath(QStringLiteral("none.json")));
    QCOMPARE(replies.matching(QString()).size(), 4);
    QCOMPARE(replies.matching(QStringLiteral("CLOS")), QList<int>{3});
    QCOMPARE(replies.matching(QStringLiteral("anything else")), QList<int>{2});
    QVERIFY(replies.matching(QStringLiteral("zzz")).isEmpty());
}

void TestCannedReplies::theDialogAddsEditsAndRemoves()
{
    const QString path = m_dir.filePath(QStringLiteral("dialog.json"));
    CannedReplies replies(path);
    QAbstractItemModelTester tester(&replies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::CannedRepliesDialog dialog(&replies);
    dialog.addReply();
    QCOMPARE(replies.rowCount(), 5);
    dialog.titleEdit()->clear();
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Address"));
    dialog.textEdit()->setPlainText(QStringLiteral("Rua Augusta 1"));
    QCOMPARE(replies.replyAt(4).title, QStringLiteral("Address"));
    QCOMPARE(replies.replyAt(4).text, QStringLiteral("Rua Augusta 1"));
    dialog.listView()->setCurrentIndex(replies.index(0));
    dialog.removeCurrent();
    QCOMPARE(replies.rowCount(), 4);
    QVERIFY(dialog.saveReplies());
    CannedReplies again(path);
    QVERIFY(again.load());
    QCOMPARE(again.replyAt(3).title, QStringLiteral("Address"));
}

QTEST_MAIN(TestCannedReplies)
#include "TestCannedReplies.moc"
