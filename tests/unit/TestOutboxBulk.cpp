// SPDX-License-Identifier: GPL-3.0-or-later
// BulkJobs: the pre-flight estimate, progress, pause, resume, cancel and resend-all, on a fake clock.
#include "DomainToString.h"
#include "FakeClock.h"
#include "outbound/BulkJobs.h"
#include "outbound/OutboundDriver.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::outbound;
using duet::test::FakeClock;

namespace {

class Labels final : public ContactProvider
{
public:
    QStringList contactsWithLabel(const QString& label) const override
    {
        return label == QLatin1String("vip")
                   ? QStringList{QStringLiteral("+15550000001"), QStringLiteral("+15550000002")}
                   : QStringList();
    }
};

cloudapi::TemplateContent hello()
{
    return {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}};
}

QStringList contacts(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("+1555000%1").arg(1000 + i);
    return out;
}

} // namespace

class TestOutboxBulk : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    MapWindowSource m_windows;
    std::unique_ptr<WindowGate> m_gate;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboundDriver> m_driver;
    std::unique_ptr<BulkJobs> m_bulk;

    /// A driver that is never started: nothing goes to the network, the limiter just holds rows.
    void makeDriver()
    {
        m_bulk.reset();
        m_driver.reset();
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "t";
        m_driver =
            std::make_unique<OutboundDriver>(m_clock, *m_outbox, m_gate.get(), settings, SendScheduler::Options());
        m_bulk = std::make_unique<BulkJobs>(*m_driver, 4);
    }
    int limiterBulk() { return m_driver->scheduler().queuedCount(SendScheduler::Lane::Bulk); }

private slots:
    void init()
    {
        m_clock = FakeClock();
        m_windows.last.clear();
        m_gate = std::make_unique<WindowGate>(m_clock, m_windows);
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error));
        makeDriver();
    }

    void cleanup()
    {
        m_bulk.reset();
        m_driver.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void theEstimateCountsRecipientsTierAndMinutes()
    {
        QStringList list = contacts(8);
        list << list.first() << QStringLiteral("not a number");
        for (int i = 0; i < 3; ++i)
            m_windows.last.insert(QStringLiteral("1555000%1").arg(1000 + i), m_clock.nowSecs() - 600);
        const BulkEstimate e = m_bulk->estimate(list);
        QCOMPARE(e.recipients, 8);
        QCOMPARE(e.duplicates, 1);
        QCOMPARE(e.invalid, 1);
        QCOMPARE(e.closedWindow, 5);
        QCOMPARE(e.tierSize, 4);
        QCOMPARE(e.tierShare, 1.25);
        QVERIFY(e.exceedsTier);
        QCOMPARE(e.ratePerSec, 20.0);
        QCOMPARE(e.minutes, 8 / 20.0 / 60.0);

        // Sends already waiting are ahead of the new job; a lower lease makes it longer.
        QString error;
        QVERIFY(m_bulk->create(QStringLiteral("first"), hello(), contacts(12), {}, &error) != 0);
        m_driver->setLeasedRate(10);
        const BulkEstimate later = m_bulk->estimate(list);
        QCOMPARE(later.queuedAhead, 12);
        QCOMPARE(later.minutes, 20 / 10.0 / 60.0);
    }

    void aJobWritesEveryRowAndHandsThemToTheLimiter()
    {
        QString error;
        const qint64 job = m_bulk->create(QStringLiteral("promo"), hello(), contacts(6), QStringLiteral("ana"), &error);
        QVERIFY2(job != 0, qPrintable(error));
        const BulkProgress p = m_bulk->progress(job);
        QCOMPARE(p.total, 6);
        QCOMPARE(p.queued, 6);
        QCOMPARE(p.state, OutboxStore::BulkJobState::Running);
        QVERIFY(!p.isDone());
        QCOMPARE(limiterBulk(), 6);
        for (qint64 id : m_outbox->bulkRowIds(job, OutboxState::Queued)) {
            const OutboxRow r = *m_outbox->row(id);
            QCOMPARE(r.lane, OutboxLane::Bulk);
            QCOMPARE(r.agent, QStringLiteral("ana"));
            QVERIFY(r.body.contains(r.clientId.toUtf8()));
        }
    }

    void aLabelGivesTheRecipients()
    {
        QString error;
        const qint64 job = m_bulk->createForLabel(Labels(), QStringLiteral("vip"), hello(), {}, &error);
        QVERIFY(job != 0);
        QCOMPARE(m_bulk->progress(job).total, 2);
        QCOMPARE(m_bulk->createForLabel(Labels(), QStringLiteral("nobody"), hello(), {}, &error), qint64(0));
        QVERIFY(!error.isEmpty());
    }

    void aTemplateTheBuilderRefusesWritesNothing()
    {
        QString error;
        QCOMPARE(
            m_bulk->create(QStringLiteral("broken"), {QString(), QStringLiteral("en_US"), {}}, contacts(3), {}, &error),
            qint64(0));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_outbox->countsByState().isEmpty());
        QVERIFY(m_outbox->bulkJobs().isEmpty());
    }

    void pauseResumeAndCancel()
    {
        QString error;
        const qint64 job = m_bulk->create(QStringLiteral("promo"), hello(), contacts(5), {}, &error);
        const qint64 other = m_bulk->create(QStringLiteral("other"), hello(), contacts(2), {}, &error);
        QCOMPARE(limiterBulk(), 7);

        QVERIFY(m_bulk->pause(job));
        QCOMPARE(m_bulk->progress(job).state, OutboxStore::BulkJobState::Paused);
        QCOMPARE(m_bulk->progress(job).queued, 5); // still in the outbox
        QCOMPARE(limiterBulk(), 2);                // but not in the limiter

        // A paused job stays paused across a restart.
        makeDriver();
        m_driver->scheduler().setLeasedRate(0); // start() recovers without sending anything
        m_driver->start();
        QCOMPARE(limiterBulk(), 2);

        QVERIFY(m_bulk->resume(job));
        QVERIFY(!m_bulk->resume(job)); // running already
        QCOMPARE(limiterBulk(), 7);

        // Progress follows the rows.
        const QList<qint64> ids = m_outbox->bulkRowIds(job, OutboxState::Queued);
        m_driver->withdrawRows(ids.mid(0, 2)); // as if handed out
        QVERIFY(m_outbox->markSending(ids[0]) && m_outbox->markAccepted(ids[0], QStringLiteral("wamid.0")));
        QVERIFY(m_outbox->markSending(ids[1]) && m_outbox->markUncertain(ids[1]));

        QVERIFY(m_bulk->cancel(job));
        QVERIFY(!m_bulk->cancel(job));
        QVERIFY(!m_bulk->resume(job));
        BulkProgress p = m_bulk->progress(job);
        QCOMPARE(p.state, OutboxStore::BulkJobState::Cancelled);
        QCOMPARE(p.accepted, 1);
        QCOMPARE(p.uncertain, 1);
        QCOMPARE(p.cancelled, 3);
        QCOMPARE(p.queued, 0);
        QCOMPARE(p.needsAttention(), 1);
        QVERIFY(!p.isDone());
        QCOMPARE(limiterBulk(), 2); // the other job is untouched
        QCOMPARE(m_bulk->progress(other).queued, 2);

        // The one uncertain row: its status arrives, and the job is done.
        m_driver->onStatus(m_outbox->row(ids[1])->clientId, QStringLiteral("wamid.1"), QStringLiteral("delivered"), 0);
        p = m_bulk->progress(job);
        QCOMPARE(p.delivered, 1);
        QVERIFY(p.isDone());
    }

    void resendAllRequeuesTheUncertainRowsWithTheirClientIds()
    {
        QString error;
        const qint64 job = m_bulk->create(QStringLiteral("promo"), hello(), contacts(3), {}, &error);
        const QList<qint64> ids = m_outbox->bulkRowIds(job, OutboxState::Queued);
        m_driver->withdrawRows(ids);
        for (qint64 id : ids)
            QVERIFY(m_outbox->markSending(id) && m_outbox->markUncertain(id));
        const QString clientId = m_outbox->row(ids[0])->clientId;
        QCOMPARE(m_bulk->resendUncertain(job), 3);
        QCOMPARE(m_bulk->progress(job).queued, 3);
        QCOMPARE(limiterBulk(), 3);
        QCOMPARE(m_outbox->row(ids[0])->clientId, clientId);
        // A late status for the first attempt still lands, and the resend is withdrawn.
        m_driver->onStatus(clientId, QStringLiteral("wamid.late"), QStringLiteral("sent"), 0);
        QCOMPARE(m_outbox->row(ids[0])->state, OutboxState::Sent);
        QCOMPARE(limiterBulk(), 2);
    }

    void uncertainSendsNeedAttentionAfterTheGracePeriod()
    {
        QString error;
        const qint64 job = m_bulk->create(QStringLiteral("promo"), hello(), contacts(2), {}, &error);
        const QList<qint64> ids = m_outbox->bulkRowIds(job, OutboxState::Queued);
        m_driver->withdrawRows(ids);
        QVERIFY(m_outbox->markSending(ids[0]) && m_outbox->markUncertain(ids[0]));
        QCOMPARE(m_driver->needsAttention().size(), 0);
        m_clock.advanceMs(m_driver->settings().uncertainGraceMs);
        QCOMPARE(m_driver->needsAttention().size(), 1);
        QVERIFY(m_driver->discardUncertain(ids[0]));
        QCOMPARE(m_driver->needsAttention().size(), 0);
        QCOMPARE(m_outbox->row(ids[0])->state, OutboxState::Discarded);
    }
};

QTEST_GUILESS_MAIN(TestOutboxBulk)
#include "TestOutboxBulk.moc"
