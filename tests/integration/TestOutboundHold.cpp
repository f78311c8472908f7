// SPDX-License-Identifier: GPL-3.0-or-later
// While the number is disconnected every send waits in the outbox, in order; reconnected, each goes once.
#include "DomainToString.h"
#include "FakeClock.h"
#include "SimService.h"
#include "Simulator.h"
#include "outbound/OutboundDriver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::outbound;

namespace {

const QByteArray kToken = "hold-test-token";
const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kAna = QStringLiteral("16505551234");

cloudapi::TemplateContent hello()
{
    return {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
}

} // namespace

class TestOutboundHold : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboundDriver> m_driver;

    QJsonObject accepted()
    {
        return m_sim->simulator().statsJson().value(QStringLiteral("accepted_by_client_id")).toObject();
    }
    OutboxState stateOf(qint64 id) { return m_outbox->row(id).value_or(OutboxRow()).state; }

private slots:
    void init()
    {
        sim::SimOptions options;
        options.accessToken = kToken; // no webhook URL: the test reads the simulator's counters
        m_sim = std::make_unique<sim::SimService>(m_clock, options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        DriverSettings settings;
        settings.baseUrl = QUrl(m_sim->baseUrl());
        settings.phoneNumberId = kPhoneNumberId;
        settings.accessToken = kToken;
        SendScheduler::Options pacing;
        pacing.burst = 10; // the clock stands still: let every send of the test go at once
        m_driver = std::make_unique<OutboundDriver>(m_clock, *m_outbox, nullptr, settings, pacing);
    }

    void cleanup()
    {
        m_driver.reset();
        m_sim.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void sendsWaitWhileDisconnectedAndLeaveInOrderOnceReconnected()
    {
        OutboundDriver& driver = *m_driver;
        QSignalSpy started(&driver, &OutboundDriver::requestStarted);
        QSignalSpy held(&driver, &OutboundDriver::heldChanged);
        driver.start();
        m_sim->simulator().customerText(kAna, QStringLiteral("Hello?")); // the window is open

        // PARTNER_REMOVED reached the desktop: the driver holds.
        driver.setHeld(true);
        QVERIFY(driver.isHeld());
        QCOMPARE(held.count(), 1);
        QList<SubmitResult> sent;
        sent << driver.submitText(kAna, QStringLiteral("One"));
        sent << driver.submitTemplate(QStringLiteral("+447700900123"), hello(), OutboxLane::Bulk);
        sent << driver.submitText(kAna, QStringLiteral("Two"));
        for (const SubmitResult& r : std::as_const(sent))
            QVERIFY2(r.isQueued(), qPrintable(r.error)); // written to the outbox, not refused

        // Hours pass (inside the customer's window): nothing leaves, nothing fails, the rows keep
        // their places.
        for (int hour = 0; hour < 18; hour += 6) {
            m_clock.advanceSecs(6 * 3600);
            QCoreApplication::processEvents();
        }
        QCOMPARE(started.count(), 0);
        QCOMPARE(driver.inFlightCount(), 0);
        for (const SubmitResult& r : std::as_const(sent))
            QCOMPARE(stateOf(r.id), OutboxState::Queued);
        QCOMPARE(m_sim->simulator().statsJson().value(QStringLiteral("accepted")).toInt(), 0);
        QList<qint64> queued;
        for (const OutboxRow& row : m_outbox->queuedRows())
            queued << row.id;
        QCOMPARE(queued, (QList<qint64>{sent[0].id, sent[1].id, sent[2].id}));

        // Setting the same hold again changes nothing.
        driver.setHeld(true);
        QCOMPARE(held.count(), 1);

        // ACCOUNT_RECONNECTED: they leave at once, live replies before the bulk send, each once.
        driver.setHeld(false);
        QCOMPARE(held.count(), 2);
        QCOMPARE(started.count(), 3);
        QCOMPARE(started.at(0).at(0).toLongLong(), sent[0].id);
        QCOMPARE(started.at(1).at(0).toLongLong(), sent[2].id);
        QCOMPARE(started.at(2).at(0).toLongLong(), sent[1].id);
        for (const SubmitResult& r : std::as_const(sent)) {
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), OutboxState::Accepted, 10000);
            QCOMPARE(accepted().value(r.clientId).toInt(), 1);
        }
    }

    void aSendAlreadyOnItsWayFinishes()
    {
        OutboundDriver& driver = *m_driver;
        QSignalSpy started(&driver, &OutboundDriver::requestStarted);
        driver.start();
        const SubmitResult first = driver.submitTemplate(QStringLiteral("+447700900123"), hello());
        QVERIFY(first.isQueued());
        QCOMPARE(started.count(), 1); // on its way before the hold
        driver.setHeld(true);
        const SubmitResult second = driver.submitTemplate(QStringLiteral("+447700900124"), hello());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(first.id), OutboxState::Accepted, 10000);
        QCOMPARE(stateOf(second.id), OutboxState::Queued);
        QCOMPARE(started.count(), 1);
    }

    void aRestartWhileHeldKeepsTheRowsForLater()
    {
        // The desktop quits while the number is disconnected; the next run holds from the start
        // (the store still says disconnected) and sends once reconnected.
        m_driver->start();
        m_driver->setHeld(true);
        const SubmitResult r = m_driver->submitTemplate(QStringLiteral("+447700900123"), hello());
        QVERIFY(r.isQueued());
        m_driver.reset();

        DriverSettings settings;
        settings.baseUrl = QUrl(m_sim->baseUrl());
        settings.phoneNumberId = kPhoneNumberId;
        settings.accessToken = kToken;
        m_driver = std::make_unique<OutboundDriver>(m_clock, *m_outbox, nullptr, settings, SendScheduler::Options());
        QSignalSpy started(m_driver.get(), &OutboundDriver::requestStarted);
        m_driver->setHeld(true);
        m_driver->start();
        QCOMPARE(started.count(), 0);
        QCOMPARE(stateOf(r.id), OutboxState::Queued);
        m_driver->setHeld(false);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(r.id), OutboxState::Accepted, 10000);
        QCOMPARE(accepted().value(r.clientId).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboundHold)
#include "TestOutboundHold.moc"
