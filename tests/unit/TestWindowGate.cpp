// SPDX-License-Identifier: GPL-3.0-or-later
// WindowGate: free-form only inside the 24-hour window, templates always; checked at submit and again at dispatch.
#include "FakeClock.h"
#include "outbound/OutboundDriver.h"
#include "outbound/WindowGate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::outbound;
using duet::test::FakeClock;

Q_DECLARE_METATYPE(duet::outbound::GateDecision::Reason)

namespace {

const QString kContact = QStringLiteral("15550001234");

} // namespace

class TestWindowGate : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<qint64>("wroteSecsAgo"); // -1: never
        QTest::addColumn<bool>("freeForm");
        QTest::addColumn<GateDecision::Reason>("reason");
        using R = GateDecision::Reason;
        QTest::newRow("a template passes when the customer never wrote") << qint64(-1) << false << R::None;
        QTest::newRow("a template passes when the window closed") << qint64(90000) << false << R::None;
        QTest::newRow("free-form passes in an open window") << qint64(60) << true << R::None;
        QTest::newRow("free-form passes while the window is closing") << qint64(23 * 3600 + 1800) << true << R::None;
        QTest::newRow("free-form passes a second before the window closes") << qint64(24 * 3600 - 1) << true << R::None;
        QTest::newRow("free-form is refused exactly 24 hours later") << qint64(24 * 3600) << true << R::WindowClosed;
        QTest::newRow("free-form is refused days later") << qint64(5 * 24 * 3600) << true << R::WindowClosed;
        QTest::newRow("free-form is refused when the customer never wrote") << qint64(-1) << true << R::NoWindow;
    }

    void decides()
    {
        QFETCH(qint64, wroteSecsAgo);
        QFETCH(bool, freeForm);
        QFETCH(GateDecision::Reason, reason);
        FakeClock clock;
        MapWindowSource windows;
        if (wroteSecsAgo >= 0)
            windows.last.insert(kContact, clock.nowSecs() - wroteSecsAgo);
        const WindowGate gate(clock, windows);
        const GateDecision d = gate.check(kContact, freeForm);
        QCOMPARE(d.reason, reason);
        QCOMPARE(d.isAllowed(), reason == GateDecision::Reason::None);
        QCOMPARE(d.reasonText().isEmpty(), d.isAllowed());
    }

    void theReasonsAreDistinctSentences()
    {
        GateDecision closed, none;
        closed.reason = GateDecision::Reason::WindowClosed;
        none.reason = GateDecision::Reason::NoWindow;
        QVERIFY(QString::fromUtf8(closed.reasonSource()).contains(QStringLiteral("template")));
        QVERIFY(QString::fromUtf8(none.reasonSource()).contains(QStringLiteral("template")));
        QVERIFY(closed.reasonText() != none.reasonText());
    }

    void theDriverRefusesAtSubmitAndAgainAtDispatch()
    {
        FakeClock clock;
        MapWindowSource windows;
        windows.last.insert(kContact, clock.nowSecs() - 23 * 3600); // one hour left
        const WindowGate gate(clock, windows);
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never reached in this test
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "t";
        OutboundDriver driver(clock, outbox, &gate, settings, SendScheduler::Options());
        QSignalSpy closed(&driver, &OutboundDriver::windowClosed);

        // Refused before queueing: nothing is written.
        const SubmitResult never = driver.submitText(QStringLiteral("+15550009999"), QStringLiteral("hi"));
        QVERIFY(!never.isQueued());
        QCOMPARE(never.gateReason, GateDecision::Reason::NoWindow);
        QVERIFY(outbox.countsByState().isEmpty());

        // Queued while open; the window closes while it waits (the driver is not started yet).
        const SubmitResult waiting = driver.submitText(QStringLiteral("+1 555 000 1234"), QStringLiteral("hi"));
        QVERIFY(waiting.isQueued());
        const SubmitResult tmpl =
            driver.submitTemplate(kContact, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}});
        QVERIFY(tmpl.isQueued());
        clock.advanceSecs(3601);
        driver.start();
        const OutboxRow r = *outbox.row(waiting.id);
        QCOMPARE(r.state, OutboxState::Failed);
        QCOMPARE(r.errorCode, kWindowClosedCode);
        QCOMPARE(r.errorReason, QStringLiteral("window_closed"));
        QCOMPARE(r.attempts, 0);
        QVERIFY(!r.remedy.isEmpty());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(1).toString(), kContact);
        // The template to the same customer goes on to the network at its turn.
        clock.advanceMs(1000);
        QTRY_COMPARE(outbox.row(tmpl.id)->attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestWindowGate)
#include "TestWindowGate.moc"
