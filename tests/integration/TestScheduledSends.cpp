// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled sends on a fake clock and a real outbox file: due times, the window at both ends, cancel, restart.
#include "DomainToString.h"
#include "FakeClock.h"
#include "SimService.h"
#include "Simulator.h"
#include "outbound/OutboundDriver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::outbound;

namespace {

const QByteArray kToken = "scheduled-test-token";
const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kAna = QStringLiteral("16505551234");
const QString kBruno = QStringLiteral("447700900123"); // never wrote
constexpr qint64 kHourMs = 3600 * 1000;

cloudapi::TemplateContent hello()
{
    return {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
}

} // namespace

class TestScheduledSends : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    MapWindowSource m_windows;
    std::unique_ptr<WindowGate> m_gate;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboundDriver> m_driver;

    OutboxState stateOf(qint64 id) { return m_outbox->row(id).value_or(OutboxRow()).state; }
    int acceptedBySim() { return m_sim->simulator().statsJson().value(QStringLiteral("accepted")).toInt(); }

    /// A driver on the outbox file, started (as a desktop starting, or starting again).
    void startDriver()
    {
        m_driver.reset();
        m_outbox.reset();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        DriverSettings settings;
        settings.baseUrl = QUrl(m_sim->baseUrl());
        settings.phoneNumberId = kPhoneNumberId;
        settings.accessToken = kToken;
        SendScheduler::Options pacing;
        pacing.burst = 10; // the clock stands still while requests are out
        m_driver = std::make_unique<OutboundDriver>(m_clock, *m_outbox, m_gate.get(), settings, pacing);
        m_driver->start();
    }

    /// Ana wrote `hoursAgo` hours ago: her window closes 24 h after that.
    void anaWrote(qint64 hoursAgo)
    {
        m_windows.last.insert(kAna, m_clock.nowSecs() - hoursAgo * 3600);
        m_sim->simulator().customerText(kAna, QStringLiteral("Hello?"));
    }

private slots:
    void init()
    {
        m_clock.setMs(1'750'000'000'000);
        m_windows.last.clear();
        m_gate = std::make_unique<WindowGate>(m_clock, m_windows);
        sim::SimOptions options;
        options.accessToken = kToken;
        m_sim = std::make_unique<sim::SimService>(m_clock, options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        startDriver();
    }

    void cleanup()
    {
        m_driver.reset();
        m_sim.reset();
        m_outbox.reset();
        m_dir.reset();
        m_gate.reset();
    }

    void aReplyScheduledInsideTheWindowGoesWhenDue()
    {
        anaWrote(1);
        QSignalSpy started(m_driver.get(), &OutboundDriver::requestStarted);
        QSignalSpy changed(m_driver.get(), &OutboundDriver::scheduledChanged);
        const qint64 due = m_clock.nowMs() + 2 * kHourMs;
        const SubmitResult r = m_driver->scheduleText(kAna, QStringLiteral("Your order is ready"), due);
        QVERIFY2(r.isQueued(), qPrintable(r.error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_driver->nextScheduledAtMs(), due);
        QCOMPARE(m_driver->scheduledSends(kAna).size(), 1);
        QCOMPARE(m_driver->scheduledSends(kAna).first().dueAtMs, due);
        QCOMPARE(m_driver->scheduler().queuedCount(SendScheduler::Lane::Live), 0); // not in the limiter

        m_clock.advanceMs(2 * kHourMs - 1);
        m_driver->wake();
        QCOMPARE(started.count(), 0);
        QCOMPARE(stateOf(r.id), OutboxState::Queued);

        m_clock.advanceMs(1);
        m_driver->wake();
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), OutboxState::Accepted, 10'000);
        QCOMPARE(acceptedBySim(), 1);
        QCOMPARE(m_driver->nextScheduledAtMs(), qint64(-1));
        QVERIFY(m_driver->scheduledSends().isEmpty());
    }

    void aReplyScheduledPastTheWindowIsRefusedWithTheReason()
    {
        anaWrote(20); // closes in 4 h
        const SubmitResult late =
            m_driver->scheduleText(kAna, QStringLiteral("Tomorrow then"), m_clock.nowMs() + 5 * kHourMs);
        QVERIFY(!late.isQueued());
        QCOMPARE(late.gateReason, GateDecision::Reason::WindowClosed);
        QVERIFY2(late.error.contains(QStringLiteral("window closes at")), qPrintable(late.error));
        QVERIFY2(late.error.contains(QStringLiteral("schedule a template instead")), qPrintable(late.error));
        // Nothing was written.
        QVERIFY(m_outbox->countsByState().isEmpty());

        // A customer who never wrote: the gate's own reason.
        const SubmitResult none = m_driver->scheduleText(kBruno, QStringLiteral("Hi"), m_clock.nowMs() + kHourMs);
        QVERIFY(!none.isQueued());
        QCOMPARE(none.gateReason, GateDecision::Reason::NoWindow);

        // Inside the window it is fine, and a move past its close is refused the same way.
        const SubmitResult ok = m_driver->scheduleText(kAna, QStringLiteral("Soon"), m_clock.nowMs() + kHourMs);
        QVERIFY2(ok.isQueued(), qPrintable(ok.error));
        QString error;
        QVERIFY(!m_driver->reschedule(ok.id, m_clock.nowMs() + 5 * kHourMs, &error));
        QVERIFY2(error.contains(QStringLiteral("window closes at")), qPrintable(error));
        QCOMPARE(m_outbox->row(ok.id)->dueAtMs, m_clock.nowMs() + kHourMs);
        QVERIFY2(m_driver->reschedule(ok.id, m_clock.nowMs() + 3 * kHourMs, &error), qPrintable(error));
        QCOMPARE(m_outbox->row(ok.id)->dueAtMs, m_clock.nowMs() + 3 * kHourMs);
        QCOMPARE(m_driver->nextScheduledAtMs(), m_clock.nowMs() + 3 * kHourMs);
    }

    void aReplyWhoseWindowClosedBeforeItsTimeFailsWhenDue()
    {
        anaWrote(20); // closes in 4 h
        QSignalSpy closed(m_driver.get(), &OutboundDriver::windowClosed);
        const qint64 due = m_clock.nowMs() + 3 * kHourMs;
        const SubmitResult r = m_driver->scheduleText(kAna, QStringLiteral("See you"), due);
        QVERIFY2(r.isQueued(), qPrintable(r.error));
        // The desktop sleeps through the due time and past the window's close.
        m_clock.advanceMs(5 * kHourMs);
        m_driver->wake();
        QCOMPARE(stateOf(r.id), OutboxState::Failed);
        const OutboxRow row = *m_outbox->row(r.id);
        QCOMPARE(row.errorCode, kWindowClosedCode);
        QCOMPARE(row.errorReason, QString::fromLatin1(reason::kWindowClosed));
        QVERIFY(!row.remedy.isEmpty());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(acceptedBySim(), 0);
    }

    void aTemplateScheduledPastTheWindowIsAllowedAndSent()
    {
        const qint64 due = m_clock.nowMs() + 30 * kHourMs;
        const SubmitResult r =
            m_driver->scheduleTemplate(kBruno, hello(), due, QStringLiteral("ana"), {}, QStringLiteral("Hello world"));
        QVERIFY2(r.isQueued(), qPrintable(r.error));
        QCOMPARE(m_outbox->row(r.id)->text, QStringLiteral("Hello world"));
        m_clock.advanceMs(30 * kHourMs);
        m_driver->wake();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), OutboxState::Accepted, 10'000);
        QCOMPARE(acceptedBySim(), 1);
    }

    void aCancelledSendNeverGoes()
    {
        anaWrote(1);
        QSignalSpy started(m_driver.get(), &OutboundDriver::requestStarted);
        const SubmitResult r = m_driver->scheduleText(kAna, QStringLiteral("Never mind"), m_clock.nowMs() + kHourMs);
        QVERIFY(r.isQueued());
        QVERIFY(m_driver->cancelScheduled(r.id));
        QCOMPARE(stateOf(r.id), OutboxState::Cancelled);
        QCOMPARE(m_driver->nextScheduledAtMs(), qint64(-1));
        QVERIFY(!m_driver->cancelScheduled(r.id)); // once
        m_clock.advanceMs(2 * kHourMs);
        m_driver->wake();
        QCOMPARE(started.count(), 0);
        // After a restart too.
        startDriver();
        m_driver->wake();
        QCOMPARE(stateOf(r.id), OutboxState::Cancelled);
        QCOMPARE(acceptedBySim(), 0);
    }

    void aScheduledSendSurvivesARestart()
    {
        anaWrote(1);
        const qint64 due = m_clock.nowMs() + 2 * kHourMs;
        const SubmitResult text = m_driver->scheduleText(kAna, QStringLiteral("After lunch"), due);
        const SubmitResult tmpl = m_driver->scheduleTemplate(kBruno, hello(), due + kHourMs);
        QVERIFY(text.isQueued() && tmpl.isQueued());

        m_clock.advanceMs(kHourMs);
        startDriver(); // the desktop quits and starts again before the time
        QSignalSpy started(m_driver.get(), &OutboundDriver::requestStarted);
        QCOMPARE(m_driver->nextScheduledAtMs(), due);
        QCOMPARE(m_driver->scheduledSends().size(), 2);
        QCOMPARE(started.count(), 0);

        m_clock.advanceMs(kHourMs);
        m_driver->wake();
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(text.id), OutboxState::Accepted, 10'000);
        QCOMPARE(stateOf(tmpl.id), OutboxState::Queued);
        QCOMPARE(m_driver->nextScheduledAtMs(), due + kHourMs);
        m_clock.advanceMs(kHourMs);
        m_driver->wake();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(tmpl.id), OutboxState::Accepted, 10'000);
        QCOMPARE(acceptedBySim(), 2);
    }

    void sendNowSendsAtOnce()
    {
        anaWrote(1);
        QSignalSpy started(m_driver.get(), &OutboundDriver::requestStarted);
        const SubmitResult r = m_driver->scheduleText(kAna, QStringLiteral("Now please"), m_clock.nowMs() + kHourMs);
        QVERIFY(r.isQueued());
        QVERIFY(m_driver->sendScheduledNow(r.id));
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), OutboxState::Accepted, 10'000);
        QCOMPARE(m_driver->nextScheduledAtMs(), qint64(-1));
        QVERIFY(!m_driver->sendScheduledNow(r.id)); // it went
        QCOMPARE(acceptedBySim(), 1);
    }
};

QTEST_MAIN(TestScheduledSends)
#include "TestScheduledSends.moc"
