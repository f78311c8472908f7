// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications: coalesced per conversation and per burst, none for what the agent is reading; the badge.
#include "FakeClock.h"
#include "ui/TrayNotifier.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

using namespace duet;
using Coalescer = duet::ui::NotificationCoalescer;

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void oneMessageIsOneNotification()
    {
        test::FakeClock clock;
        Coalescer c(clock);
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Hi"), false});
        const QList<Coalescer::Notification> shown = c.flush();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().conversation, QStringLiteral("111"));
        QCOMPARE(shown.first().title, QStringLiteral("Ana"));
        QCOMPARE(shown.first().text, QStringLiteral("Hi"));
        QVERIFY(c.flush().isEmpty());
    }

    void messagesOfOneConversationInABatchBecomeOne()
    {
        test::FakeClock clock;
        Coalescer c(clock);
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Hi"), false});
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Are you there?"), false});
        const QList<Coalescer::Notification> shown = c.flush();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().messages, 2);
        QCOMPARE(shown.first().text, QStringLiteral("Are you there?")); // the latest
    }

    void aConversationIsNotifiedAtMostOncePerPeriod_data()
    {
        QTest::addColumn<qint64>("laterMs");
        QTest::addColumn<int>("expected");
        QTest::newRow("a second later: counted on the badge only") << qint64(1'000) << 0;
        QTest::newRow("just inside the period: still quiet") << qint64(59'999) << 0;
        QTest::newRow("once the period has passed: notified again") << qint64(60'000) << 1;
    }

    void aConversationIsNotifiedAtMostOncePerPeriod()
    {
        QFETCH(qint64, laterMs);
        QFETCH(int, expected);
        test::FakeClock clock;
        Coalescer c(clock);
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Hi"), false});
        QCOMPARE(c.flush().size(), 1);
        clock.advanceMs(laterMs);
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Hello?"), false});
        QCOMPARE(int(c.flush().size()), expected);
    }

    void manyConversationsAtOnceBecomeOneSummary()
    {
        test::FakeClock clock;
        Coalescer c(clock);
        for (int i = 0; i < 10; ++i)
            c.add({QString::number(100 + i), QStringLiteral("Customer"), QStringLiteral("Hi"), false});
        c.add({QStringLiteral("100"), QStringLiteral("Customer"), QStringLiteral("Again"), false});
        const QList<Coalescer::Notification> shown = c.flush();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().isSummary());
        QCOMPARE(shown.first().conversations, 10);
        QCOMPARE(shown.first().messages, 11);
        // The separator is a middle dot (U+00B7), not its UTF-8 bytes read as Latin-1 ("Â·").
        QCOMPARE(shown.first().text, QStringLiteral("11 new message(s) \u00B7 10 conversation(s)"));
        // The summary counts as a notification for each: the next message of one stays quiet.
        c.add({QStringLiteral("105"), QStringLiteral("Customer"), QStringLiteral("Hm"), false});
        QVERIFY(c.flush().isEmpty());
    }

    void theConversationBeingReadIsNeverNotified()
    {
        test::FakeClock clock;
        Coalescer c(clock);
        c.setWatching(QStringLiteral("111"));
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Hi"), false});
        c.add({QStringLiteral("222"), QStringLiteral("Bo"), QStringLiteral("Hey"), false});
        const QList<Coalescer::Notification> shown = c.flush();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().conversation, QStringLiteral("222"));
    }

    void anAssignmentIsNotifiedLikeAMessage()
    {
        test::FakeClock clock;
        Coalescer c(clock);
        c.add({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Assigned to you"), true});
        QCOMPARE(c.flush().value(0).text, QStringLiteral("Assigned to you"));
    }

    void theUnreadCountGoesInTheTitleAndTheIcon()
    {
        test::FakeClock clock;
        QWidget window;
        window.setWindowTitle(QStringLiteral("Duet"));
        ui::TrayNotifier tray(clock, &window);
        QVERIFY(!tray.hasTray()); // offscreen: no system tray, the title still counts
        tray.setUnread(3);
        QCOMPARE(window.windowTitle(), QStringLiteral("(3) Duet"));
        tray.setUnread(0);
        QCOMPARE(window.windowTitle(), QStringLiteral("Duet"));
        QCOMPARE(ui::TrayNotifier::titleWithCount(QStringLiteral("Duet"), 12), QStringLiteral("(12) Duet"));
        const QImage plain = ui::TrayNotifier::badgeIcon({}, 0).pixmap(64, 64).toImage();
        const QImage badged = ui::TrayNotifier::badgeIcon({}, 5).pixmap(64, 64).toImage();
        QVERIFY(plain != badged);

        tray.notify({QStringLiteral("111"), QStringLiteral("Ana"), QStringLiteral("Hi"), false});
        tray.flush();
        QCOMPARE(tray.notificationsShown(), 1);
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "TestTrayNotifier.moc"
