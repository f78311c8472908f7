// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against duet-sim and the hub over loopback: opening a conversation with unread
// customer messages marks the newest read once (the simulator counts it), typing a reply shows the
// typing indicator once, and with the team's setting off nothing is sent.
#include "DesktopHarness.h"
#include "ReadReceipts.h"
#include "Simulator.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadPane.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

using namespace duet;

namespace {

const QString kMaria = QStringLiteral("15551234567");

const QByteArray kScenario = R"({
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" }, { "wa_id": "15550001111", "name": "Bo" } ],
  "timeline": [
    { "at": 0.2, "type": "text", "from": "15551234567", "text": "Hello, is the shop open?" },
    { "at": 0.4, "type": "text", "from": "15551234567", "text": "And on Sunday?" }
  ]
})";

/// A window on a DesktopStack, with the scripted messages in the store.
struct Desk : test::DesktopWindow
{
    bool start(bool readReceipts, QString* error)
    {
        stack.setReadReceipts(readReceipts);
        return DesktopWindow::start(kScenario, error);
    }
    int unread(const QString& key)
    {
        QSqlQuery q(stack.workspace().store().connection());
        q.prepare(QStringLiteral("SELECT unread_count FROM conversations WHERE contact_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

} // namespace

class TestReadReceiptsDesktop : public QObject
{
    Q_OBJECT

private slots:
    void openingMarksTheNewestCustomerMessageReadOnce();
    void typingShowsTheIndicatorOnce();
    void theTeamSettingOffSendsNothing();
};

void TestReadReceiptsDesktop::openingMarksTheNewestCustomerMessageReadOnce()
{
    Desk desk;
    QString error;
    QVERIFY2(desk.start(true, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.isLive() && desk.stack.thread(kMaria).size() == 2, 15'000);
    QCOMPARE(desk.stats().markedRead, 0);
    QTRY_VERIFY(desk.window->openConversation(kMaria));
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().markedRead, qint64(1), 10'000);
    QCOMPARE(desk.stats().typingIndicators, qint64(0));
    // The team's read event clears the unread count on every desk: viewing it again marks nothing.
    QTRY_COMPARE_WITH_TIMEOUT(desk.unread(kMaria), 0, 10'000);
    desk.stack.workspace().readReceipts()->conversationViewed(kMaria); // the 20 s "viewing" tick
    QCOMPARE(desk.stack.workspace().readReceipts()->receiptsSubmitted(), 1);
    QCOMPARE(desk.stats().markedRead, qint64(1));
    QCOMPARE(desk.stats().accepted, qint64(0)); // not a message
    QCOMPARE(desk.stack.thread(kMaria).size(), 2);
}

void TestReadReceiptsDesktop::typingShowsTheIndicatorOnce()
{
    Desk desk;
    QString error;
    QVERIFY2(desk.start(true, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.isLive() && desk.stack.thread(kMaria).size() == 2, 15'000);
    QTRY_VERIFY(desk.window->openConversation(kMaria));
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().markedRead, qint64(1), 10'000);
    auto* editor = desk.window->threadPane()->composer()->findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Yes, from ten"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.stats().typingIndicators, qint64(1), 10'000);
    QCOMPARE(desk.stats().markedRead, qint64(2)); // Meta's typing request is a read request too
    QCOMPARE(desk.stack.workspace().readReceipts()->typingSubmitted(), 1);
}

void TestReadReceiptsDesktop::theTeamSettingOffSendsNothing()
{
    Desk desk;
    QString error;
    QVERIFY2(desk.start(false, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stack.isLive() && desk.stack.thread(kMaria).size() == 2, 15'000);
    QVERIFY(!desk.stack.workspace().sync().readReceipts());
    QTRY_VERIFY(desk.window->openConversation(kMaria));
    auto* editor = desk.window->threadPane()->composer()->findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Yes"));
    desktop::ReadReceipts* receipts = desk.stack.workspace().readReceipts();
    QCOMPARE(receipts->receiptsSubmitted() + receipts->typingSubmitted(), 0);
    QCOMPARE(desk.stack.workspace().driver().pendingReceipts(), 0);
    QCOMPARE(desk.stats().markedRead, qint64(0));
}

QTEST_MAIN(TestReadReceiptsDesktop)
#include "TestReadReceiptsDesktop.moc"
