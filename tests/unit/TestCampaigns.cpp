// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns: per-recipient bodies, the schedule across reopened outbox files, the estimate,
// progress by error code and the export, on a fake clock.
#include "DomainToString.h"
#include "FakeClock.h"
#include "outbound/Campaigns.h"
#include "outbound/OutboundDriver.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using namespace duet::outbound;
using duet::test::FakeClock;

namespace {

class StoppedSet final : public MarketingPreferences
{
public:
    QSet<QString> keys;
    bool stoppedMarketing(const QString& key) const override { return keys.contains(key); }
};

cloudapi::TemplateContent orderTemplate(cloudapi::TemplateCategory category = cloudapi::TemplateCategory::Utility)
{
    cloudapi::TemplateContent t;
    t.name = QStringLiteral("order_ready");
    t.languageCode = QStringLiteral("pt_BR");
    t.category = category;
    return t;
}

QString number(int i)
{
    return QStringLiteral("55119876543%1").arg(i, 2, 10, QLatin1Char('0'));
}

CampaignDraft draftFor(int n, cloudapi::TemplateCategory category = cloudapi::TemplateCategory::Utility)
{
    CampaignDraft d;
    d.name = QStringLiteral("Orders");
    d.content = orderTemplate(category);
    d.text = QStringLiteral("Hi {{1}}, order {{2}} is ready.");
    d.createdBy = QStringLiteral("ana");
    for (int i = 0; i < n; ++i)
        d.recipients << CampaignRecipient{
            number(i), {QStringLiteral("Name%1").arg(i), QStringLiteral("A-%1").arg(i)}, i + 2};
    return d;
}

QJsonObject bodyOf(const OutboxRow& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    MapWindowSource m_windows;
    std::unique_ptr<WindowGate> m_gate;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<OutboundDriver> m_driver;
    std::unique_ptr<Campaigns> m_campaigns;

    /// Closes everything and opens the same outbox file again, as a restart of the desktop does:
    /// a driver that recovers but never sends (lease 0), then the campaigns.
    void reopen()
    {
        m_campaigns.reset();
        m_driver.reset();
        m_outbox.reset();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        makeDriver();
        m_driver->scheduler().setLeasedRate(0);
        m_driver->start();
        m_campaigns->start();
    }

    void makeDriver()
    {
        m_campaigns.reset();
        m_driver.reset();
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "t";
        m_driver =
            std::make_unique<OutboundDriver>(m_clock, *m_outbox, m_gate.get(), settings, SendScheduler::Options());
        m_campaigns = std::make_unique<Campaigns>(m_clock, *m_driver);
    }
    int limiterBulk() { return m_driver->scheduler().queuedCount(SendScheduler::Lane::Bulk); }
    CampaignInfo info(qint64 id) { return *m_campaigns->campaign(id); }

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
        m_campaigns.reset();
        m_driver.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void eachRecipientGetsTheirOwnBody()
    {
        QString error;
        const CampaignDraft d = draftFor(3);
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        QVERIFY2(id != 0, qPrintable(error));
        QCOMPARE(limiterBulk(), 3);
        const QList<OutboxRow> rows = m_outbox->bulkRows(id);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const OutboxRow& r = rows[i];
            QCOMPARE(r.contact, number(i));
            QCOMPARE(r.lane, OutboxLane::Bulk);
            QCOMPARE(r.agent, QStringLiteral("ana"));
            QCOMPARE(r.parameters, d.recipients[i].parameters);
            QCOMPARE(r.text, QStringLiteral("Hi Name%1, order A-%1 is ready.").arg(i));
            const QJsonObject body = bodyOf(r);
            QCOMPARE(body.value(QStringLiteral("to")).toString(), QLatin1Char('+') + number(i));
            QCOMPARE(body.value(QStringLiteral("biz_opaque_callback_data")).toString(), r.clientId);
            const QJsonObject tmpl = body.value(QStringLiteral("template")).toObject();
            QCOMPARE(tmpl.value(QStringLiteral("name")).toString(), QStringLiteral("order_ready"));
            const QJsonArray components = tmpl.value(QStringLiteral("components")).toArray();
            QCOMPARE(components.size(), 1);
            const QJsonObject component = components.at(0).toObject();
            QCOMPARE(component.value(QStringLiteral("type")).toString(), QStringLiteral("body"));
            const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
            QCOMPARE(parameters.size(), 2);
            QCOMPARE(parameters.at(0).toObject().value(QStringLiteral("text")).toString(),
                     QStringLiteral("Name%1").arg(i));
            QCOMPARE(parameters.at(1).toObject().value(QStringLiteral("text")).toString(),
                     QStringLiteral("A-%1").arg(i));
            QVERIFY(!parameters.at(0).toObject().contains(QStringLiteral("parameter_name")));
        }
        const CampaignInfo c = info(id);
        QCOMPARE(c.name, QStringLiteral("Orders"));
        QCOMPARE(c.templateName, QStringLiteral("order_ready"));
        QCOMPARE(c.language, QStringLiteral("pt_BR"));
        QCOMPARE(c.category, cloudapi::TemplateCategory::Utility);
        QCOMPARE(c.text, d.text);
        QCOMPARE(c.createdBy, QStringLiteral("ana"));
        QCOMPARE(c.createdAtMs, m_clock.nowMs());
        QCOMPARE(c.startedAtMs, m_clock.nowMs());
        QCOMPARE(c.scheduledAtMs, qint64(0));
        QCOMPARE(c.state, CampaignState::Running);
        QCOMPARE(c.progress.queued, 3);
    }

    void namedParametersCarryTheirNames()
    {
        CampaignDraft d = draftFor(1);
        d.parameterNames = {QStringLiteral("first_name"), QStringLiteral("order_id")};
        d.text = QStringLiteral("Hi {{first_name}}, order {{order_id}}.");
        // The header's media stays as given; the body takes the recipient's values.
        cloudapi::TemplateComponent header;
        header.type = cloudapi::TemplateComponent::Type::Header;
        header.parameters << cloudapi::TemplateParameter::image(
            cloudapi::MediaSource::fromLink(QStringLiteral("https://example.com/a.png")));
        d.content.components << header;
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        QVERIFY2(id != 0, qPrintable(error));
        const OutboxRow r = m_outbox->bulkRows(id).first();
        QCOMPARE(r.text, QStringLiteral("Hi Name0, order A-0."));
        const QJsonArray components =
            bodyOf(r).value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
        QCOMPARE(components.size(), 2);
        QCOMPARE(components.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("header"));
        const QJsonArray parameters = components.at(1).toObject().value(QStringLiteral("parameters")).toArray();
        QCOMPARE(parameters.at(0).toObject().value(QStringLiteral("parameter_name")).toString(),
                 QStringLiteral("first_name"));
        QCOMPARE(parameters.at(1).toObject().value(QStringLiteral("parameter_name")).toString(),
                 QStringLiteral("order_id"));
        QCOMPARE(info(id).parameterNames, d.parameterNames);
    }

    void aRefusedTemplateWritesNothing()
    {
        CampaignDraft d = draftFor(2, cloudapi::TemplateCategory::Authentication);
        d.recipients << CampaignRecipient{
            QStringLiteral("US.13491208655302741918"), {QStringLiteral("x"), QStringLiteral("y")}, 9};
        QString error;
        QCOMPARE(m_campaigns->create(d, nullptr, &error), qint64(0));
        QVERIFY(error.contains(QLatin1String("US.13491208655302741918")));
        QVERIFY(m_outbox->bulkJobs().isEmpty());
        QVERIFY(m_outbox->countsByState().isEmpty());
        CampaignDraft none = draftFor(0);
        QCOMPARE(m_campaigns->create(none, nullptr, &error), qint64(0));
        QVERIFY(m_outbox->bulkJobs().isEmpty());
    }

    void aScheduledCampaignWaitsAcrossARestartAndStartsWhenDue()
    {
        QSignalSpy started(m_campaigns.get(), &Campaigns::campaignStarted);
        CampaignDraft d = draftFor(4);
        const qint64 due = m_clock.nowMs() + 3'600'000;
        d.scheduledAtMs = due;
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        QVERIFY2(id != 0, qPrintable(error));
        QCOMPARE(info(id).state, CampaignState::Scheduled);
        QCOMPARE(info(id).scheduledAtMs, due);
        QCOMPARE(info(id).startedAtMs, qint64(0));
        QCOMPARE(info(id).progress.queued, 4); // written now, durably
        QCOMPARE(limiterBulk(), 0);            // but not handed to the limiter

        // A restart before its time: still waiting.
        m_clock.advanceMs(600'000);
        reopen();
        QCOMPARE(info(id).state, CampaignState::Scheduled);
        QCOMPARE(limiterBulk(), 0);
        m_campaigns->checkDue();
        QCOMPARE(limiterBulk(), 0);

        QSignalSpy startedAfter(m_campaigns.get(), &Campaigns::campaignStarted);
        m_clock.setMs(due);
        m_campaigns->checkDue();
        QCOMPARE(info(id).state, CampaignState::Running);
        QCOMPARE(info(id).startedAtMs, due);
        QVERIFY(!info(id).startedLate);
        QCOMPARE(limiterBulk(), 4);
        QCOMPARE(startedAfter.size(), 1);
        QCOMPARE(startedAfter.first().at(0).toLongLong(), id);
        QCOMPARE(startedAfter.first().at(1).toBool(), false);

        // Running survives a restart too: the driver hands its rows out again.
        reopen();
        QCOMPARE(info(id).state, CampaignState::Running);
        QCOMPARE(limiterBulk(), 4);
        Q_UNUSED(started);
    }

    void theTimerStartsACampaignWhenDue()
    {
        CampaignDraft d = draftFor(2);
        d.scheduledAtMs = m_clock.nowMs() + 1;
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        QCOMPARE(info(id).state, CampaignState::Scheduled);
        m_clock.advanceMs(1);
        QTRY_COMPARE(info(id).state, CampaignState::Running);
        QCOMPARE(limiterBulk(), 2);
    }

    void aCampaignWhoseTimePassedWhileClosedStartsLate()
    {
        CampaignDraft d = draftFor(3);
        d.scheduledAtMs = m_clock.nowMs() + 3'600'000;
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        m_campaigns.reset();
        m_driver.reset();
        m_outbox.reset();
        m_clock.advanceMs(2 * 3'600'000); // Duet was closed past its time
        reopen();
        const CampaignInfo c = info(id);
        QCOMPARE(c.state, CampaignState::Running);
        QVERIFY(c.startedLate);
        QCOMPARE(c.startedAtMs, m_clock.nowMs());
        QCOMPARE(c.scheduledAtMs, d.scheduledAtMs);
        QCOMPARE(limiterBulk(), 3);
    }

    void aScheduledCampaignCanBePausedResumedAndCancelled()
    {
        CampaignDraft d = draftFor(3);
        const qint64 due = m_clock.nowMs() + 3'600'000;
        d.scheduledAtMs = due;
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        QVERIFY(m_campaigns->pause(id));
        QVERIFY(!m_campaigns->pause(id));
        QCOMPARE(info(id).state, CampaignState::Paused);

        // Paused survives a restart, even when its time comes meanwhile.
        m_clock.setMs(due + 1000);
        reopen();
        QCOMPARE(info(id).state, CampaignState::Paused);
        QCOMPARE(limiterBulk(), 0);
        m_campaigns->checkDue();
        QCOMPARE(limiterBulk(), 0);

        // A new time ahead, then resume: it waits for it.
        QVERIFY(m_campaigns->reschedule(id, due + 7'200'000));
        QVERIFY(m_campaigns->resume(id));
        QCOMPARE(info(id).state, CampaignState::Scheduled);
        QCOMPARE(limiterBulk(), 0);
        QVERIFY(!m_campaigns->resume(id));

        // Paused again past its time, resumed: it starts at once, late.
        QVERIFY(m_campaigns->pause(id));
        m_clock.setMs(due + 8'000'000);
        m_campaigns->checkDue();
        QCOMPARE(info(id).state, CampaignState::Paused);
        QVERIFY(m_campaigns->resume(id));
        QCOMPARE(info(id).state, CampaignState::Running);
        QVERIFY(info(id).startedLate);
        QCOMPARE(limiterBulk(), 3);
        QVERIFY(!m_campaigns->reschedule(id, due + 9'000'000)); // it has started

        // A second scheduled campaign is cancelled before its time: nothing of it is sent.
        CampaignDraft later = draftFor(2);
        later.recipients = draftFor(5).recipients.mid(3);
        later.scheduledAtMs = m_clock.nowMs() + 3'600'000;
        const qint64 second = m_campaigns->create(later, nullptr, &error);
        QVERIFY2(second != 0, qPrintable(error));
        QSignalSpy finished(m_campaigns.get(), &Campaigns::campaignFinished);
        QVERIFY(m_campaigns->cancel(second));
        QVERIFY(!m_campaigns->cancel(second));
        QVERIFY(!m_campaigns->resume(second));
        const CampaignInfo c = info(second);
        QCOMPARE(c.state, CampaignState::Cancelled);
        QCOMPARE(c.progress.cancelled, 2);
        QCOMPARE(c.finishedAtMs, m_clock.nowMs());
        QCOMPARE(finished.size(), 1);
        m_clock.advanceMs(4'000'000);
        reopen();
        QCOMPARE(info(second).state, CampaignState::Cancelled);
        QCOMPARE(limiterBulk(), 3); // only the first one's rows

        // Newest first.
        const QList<CampaignInfo> all = m_campaigns->campaigns();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, second);
        QCOMPARE(all[1].id, id);
    }

    void progressGroupsFailuresByCodeAndTheCampaignFinishes()
    {
        QString error;
        const qint64 id = m_campaigns->create(draftFor(6), nullptr, &error);
        QSignalSpy finished(m_campaigns.get(), &Campaigns::campaignFinished);
        const QList<OutboxRow> rows = m_outbox->bulkRows(id);
        const QList<int> codes = {131026, 131026, 131049};
        for (int i = 0; i < 3; ++i)
            m_driver->onStatus(rows[i].clientId, QStringLiteral("wamid.%1").arg(i), QStringLiteral("failed"), codes[i]);
        m_driver->onStatus(rows[3].clientId, QStringLiteral("wamid.3"), QStringLiteral("delivered"), 0);
        m_driver->onStatus(rows[4].clientId, QStringLiteral("wamid.4"), QStringLiteral("read"), 0);
        // The last one's outcome is unknown.
        m_driver->withdrawRows({rows[5].id});
        QVERIFY(m_outbox->markSending(rows[5].id) && m_outbox->markUncertain(rows[5].id));

        const QList<CampaignFailure> failures = m_campaigns->failures(id);
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures[0].code, 131026);
        QCOMPARE(failures[0].count, 2);
        QVERIFY(failures[0].remedy.contains(QLatin1String("could not be delivered")));
        QCOMPARE(failures[0].title, Campaigns::errorTitle(131026));
        QCOMPARE(failures[1].code, 131049);
        QCOMPARE(failures[1].count, 1);

        BulkProgress p = m_campaigns->progress(id);
        QCOMPARE(p.failed, 3);
        QCOMPARE(p.delivered, 1);
        QCOMPARE(p.read, 1);
        QCOMPARE(p.uncertain, 1);
        QCOMPARE(p.state, CampaignState::Running);
        QCOMPARE(finished.size(), 0);

        // Resend the uncertain one; its status comes: the campaign is done.
        QCOMPARE(m_campaigns->resendUncertain(id), 1);
        m_driver->onStatus(rows[5].clientId, QStringLiteral("wamid.5"), QStringLiteral("delivered"), 0);
        QCOMPARE(finished.size(), 1);
        const CampaignInfo c = info(id);
        QCOMPARE(c.state, CampaignState::Done);
        QCOMPARE(c.finishedAtMs, m_clock.nowMs());
        QVERIFY(c.progress.isDone());
        // Done stays done across a restart.
        reopen();
        QCOMPARE(info(id).state, CampaignState::Done);
    }

    void theEstimateShowsTierBudgetCostAndOptOuts()
    {
        CampaignDraft d = draftFor(6, cloudapi::TemplateCategory::Marketing);
        d.recipients << d.recipients.first(); // a duplicate
        m_windows.last.insert(number(0), m_clock.nowSecs() - 600);
        m_windows.last.insert(number(1), m_clock.nowSecs() - 600);
        StoppedSet stopped;
        stopped.keys = {number(5)};

        BulkEstimate e = m_campaigns->estimate(d, &stopped);
        QCOMPARE(e.recipients, 5); // the one who stopped marketing is left out
        QCOMPARE(e.duplicates, 1);
        QCOMPARE(e.stoppedMarketing, QStringList{number(5)});
        QVERIFY(e.stoppedMarketingLeftOut);
        QCOMPARE(e.openWindow, 2);
        QCOMPARE(e.closedWindow, 3);
        QCOMPARE(e.tierSize, Campaigns::kDefaultTier);
        QCOMPARE(e.tierSource, TierSource::Default);
        QCOMPARE(e.tierShare, 3.0 / 250);
        QVERIFY(!e.exceedsTier);
        QCOMPARE(e.category, cloudapi::TemplateCategory::Marketing);
        QCOMPARE(e.billable, 5);
        QCOMPARE(e.capRatePerSec, 20.0);
        QCOMPARE(e.ratePerSec, 20.0);
        QVERIFY(!e.leaseBelowCap());
        QCOMPARE(e.minutesAtCap, 5 / 20.0 / 60.0);

        // Meta's figure, a smaller lease, a utility template (free inside an open window).
        m_campaigns->setTier(2, TierSource::Meta);
        m_driver->setLeasedRate(5);
        d.content.category = cloudapi::TemplateCategory::Utility;
        e = m_campaigns->estimate(d, &stopped);
        QCOMPARE(e.recipients, 6); // opting out of marketing does not stop utility messages
        QCOMPARE(e.stoppedMarketing, QStringList{number(5)});
        QVERIFY(!e.stoppedMarketingLeftOut);
        QCOMPARE(e.tierSource, TierSource::Meta);
        QCOMPARE(e.tierSize, 2);
        QVERIFY(e.exceedsTier);
        QCOMPARE(e.billable, 4);
        QVERIFY(e.leaseBelowCap());
        QCOMPARE(e.minutes, 6 / 5.0 / 60.0);
        QCOMPARE(e.minutesAtCap, 6 / 20.0 / 60.0);

        m_campaigns->setTier(0, TierSource::Meta);
        e = m_campaigns->estimate(d, nullptr);
        QVERIFY(e.tierUnlimited);
        QVERIFY(!e.exceedsTier);
        QVERIFY(e.stoppedMarketing.isEmpty());

        // The CSV's own counts are added.
        CampaignCsvResult csv;
        csv.ok = true;
        csv.invalid = 4;
        csv.duplicates = 2;
        e = m_campaigns->estimate(d, nullptr, &csv);
        QCOMPARE(e.invalid, 4);
        QCOMPARE(e.duplicates, 3);
    }

    void customersWhoStoppedMarketingAreLeftOutOfAMarketingCampaign()
    {
        CampaignDraft d = draftFor(3, cloudapi::TemplateCategory::Marketing);
        StoppedSet stopped;
        stopped.keys = {number(1)};
        QString error;
        const qint64 id = m_campaigns->create(d, &stopped, &error);
        QCOMPARE(info(id).progress.total, 2);
        QCOMPARE(info(id).leftOut, 1);
        d.includeStoppedMarketing = true;
        const qint64 all = m_campaigns->create(d, &stopped, &error);
        QCOMPARE(info(all).progress.total, 3);
        QCOMPARE(info(all).leftOut, 0);
        stopped.keys = {number(0), number(1), number(2)};
        d.includeStoppedMarketing = false;
        QCOMPARE(m_campaigns->create(d, &stopped, &error), qint64(0));
        QVERIFY(!error.isEmpty());
    }

    void theExportListsEveryRecipientWithItsOutcome()
    {
        CampaignDraft d = draftFor(3);
        d.recipients[1].parameters[0] = QStringLiteral("Silva, \"Bia\"");
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        const QList<OutboxRow> rows = m_outbox->bulkRows(id);
        m_clock.advanceMs(5000);
        m_driver->onStatus(rows[0].clientId, QStringLiteral("wamid.A"), QStringLiteral("delivered"), 0);
        m_driver->onStatus(rows[1].clientId, QStringLiteral("wamid.B"), QStringLiteral("failed"), 131026);

        const QByteArray csv = m_campaigns->exportCsv(id);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
        QCOMPARE(lines[0], QByteArray("recipient,{{1}},{{2}},state,wamid,error_code,error_text,updated_at\r"));
        const QByteArray stamp =
            QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODate).toUtf8();
        QCOMPARE(lines[1], number(0).toUtf8() + ",Name0,A-0,delivered,wamid.A,,," + stamp + '\r');
        QVERIFY2(
            lines[2].startsWith(QByteArray(number(1).toUtf8() + ",\"Silva, \"\"Bia\"\"\",A-1,failed,wamid.B,131026,")),
            lines[2].constData());
        QVERIFY(lines[2].contains("could not be delivered"));
        QVERIFY(lines[3].startsWith(QByteArray(number(2).toUtf8() + ",Name2,A-2,queued,,,,")));
        QVERIFY(lines[4].isEmpty());

        // Written atomically to a file, byte for byte.
        const QString path = m_dir->filePath(QStringLiteral("results.csv"));
        QVERIFY2(m_campaigns->exportCsvTo(id, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), csv);
        QVERIFY(!m_campaigns->exportCsvTo(id, m_dir->filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_campaigns->exportCsvTo(9999, path, &error));
    }

    void theOldBulkJobsStillWorkBesideCampaigns()
    {
        BulkJobs bulk(*m_driver, 250);
        QString error;
        const qint64 job = bulk.create(QStringLiteral("promo"), orderTemplate(), {number(0), number(1)},
                                       QStringLiteral("ana"), &error, QStringLiteral("text"));
        QVERIFY(job != 0);
        const CampaignInfo c = info(job);
        QCOMPARE(c.state, CampaignState::Running);
        QCOMPARE(c.startedAtMs, m_clock.nowMs());
        QCOMPARE(c.progress.total, 2);
        QVERIFY(bulk.pause(job));
        QCOMPARE(info(job).state, CampaignState::Paused);
        QVERIFY(m_campaigns->resume(job));
        QCOMPARE(bulk.progress(job).state, CampaignState::Running);
    }
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "TestCampaigns.moc"
