// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns page offscreen on a real outbox file: list, live progress, the new-campaign dialog, controls, export.
#include "DomainToString.h"
#include "GuiFixtures.h"
#include "outbound/Campaigns.h"
#include "outbound/OutboundDriver.h"
#include "outbound/WindowGate.h"
#include "ui/CampaignsView.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/NewCampaignDialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

// Without a translator plurals read "(s)": the tests compare the source texts.
using namespace duet;
using namespace duet::outbound;
using duet::test::FakeClock;

namespace {

ui::MessageTemplate orderReady()
{
    return {QStringLiteral("order_ready"),
            QStringLiteral("pt_BR"),
            QStringLiteral("UTILITY"),
            QStringLiteral("Hi {{1}}, order {{2}} is ready."),
            {},
            QStringLiteral("APPROVED")};
}

ui::MessageTemplate springSale()
{
    return {QStringLiteral("spring_sale"),
            QStringLiteral("en_US"),
            QStringLiteral("MARKETING"),
            QStringLiteral("Spring sale: {{1}}% off this week."),
            {},
            QStringLiteral("APPROVED")};
}

ui::MessageTemplate pending()
{
    return {QStringLiteral("under_review"),
            QStringLiteral("en_US"),
            QStringLiteral("MARKETING"),
            QStringLiteral("Not approved yet"),
            {},
            QStringLiteral("PENDING")};
}

/// A recipients file with a good row, an invalid number, an empty parameter, a duplicate and two more good rows.
const char kCsv[] = "phone,name,order\n"
                    "+55 11 98765-4301,Ana,A-1\n"
                    "12,Bob,A-2\n"
                    "+55 11 98765-4302,,A-3\n"
                    "+55 11 98765-4301,Ana again,A-9\n"
                    "+55 11 98765-4303,Caio,A-4\n"
                    "+55 11 98765-4304,Dani,A-5\n";

/// Answers the next message box (the cancel and resend confirmations) with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

} // namespace

class TestCampaignsView : public QObject
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
    ui::JsonTemplateCatalog m_templates;

    ui::CampaignsContext context()
    {
        ui::CampaignsContext c;
        c.campaigns = m_campaigns.get();
        c.driver = m_driver.get();
        c.templates = &m_templates;
        c.createdBy = [] { return QStringLiteral("ana"); };
        c.defaultRegion = QStringLiteral("BR");
        return c;
    }

    QString writeCsv(const QByteArray& bytes)
    {
        QString path = m_dir->filePath(QStringLiteral("recipients.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    qint64 createCampaign(int recipients, const QString& name = QStringLiteral("Orders"))
    {
        CampaignDraft d;
        d.name = name;
        d.content.name = QStringLiteral("order_ready");
        d.content.languageCode = QStringLiteral("pt_BR");
        d.content.category = cloudapi::TemplateCategory::Utility;
        d.text = orderReady().body;
        d.createdBy = QStringLiteral("ana");
        for (int i = 0; i < recipients; ++i)
            d.recipients << CampaignRecipient{QStringLiteral("55119876543%1").arg(i, 2, 10, QLatin1Char('0')),
                                              {QStringLiteral("N%1").arg(i), QStringLiteral("A-%1").arg(i)},
                                              i + 2};
        QString error;
        const qint64 id = m_campaigns->create(d, nullptr, &error);
        if (id == 0)
            qWarning("%s", qPrintable(error));
        return id;
    }

private slots:
    void init()
    {
        m_clock = FakeClock();
        m_gate = std::make_unique<WindowGate>(m_clock, m_windows);
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "t";
        m_driver =
            std::make_unique<OutboundDriver>(m_clock, *m_outbox, m_gate.get(), settings, SendScheduler::Options());
        m_driver->setLeasedRate(0); // nothing leaves: the tests move rows with statuses
        m_driver->start();
        m_campaigns = std::make_unique<Campaigns>(m_clock, *m_driver);
        m_campaigns->start();
        m_templates.setTemplates({orderReady(), springSale(), pending()});
    }

    void cleanup()
    {
        m_campaigns.reset();
        m_driver.reset();
        m_outbox.reset();
        m_dir.reset();
    }

    void anEmptyOutboxSaysHowToStart()
    {
        ui::CampaignsView view(context(), m_clock);
        view.refresh();
        QVERIFY(view.isEmptyStateShown());
        QVERIFY(view.emptyStateText().startsWith(QStringLiteral("No campaigns yet")));
        QVERIFY(view.emptyStateText().contains(QStringLiteral("New campaign…")));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.pauseButton()->isEnabled());
        QVERIFY(!view.exportButton()->isEnabled());
    }

    void progressUpdatesLiveAndCoalesced()
    {
        const qint64 id = createCampaign(5);
        QVERIFY(id != 0);
        ui::CampaignsView view(context(), m_clock);
        view.resize(900, 600);
        view.show();
        view.refresh();
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.selectedCampaign(), id);
        const QModelIndex row = view.model()->index(0, ui::CampaignListModel::StateColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Running"));
        QCOMPARE(view.model()->index(0, ui::CampaignListModel::ProgressColumn).data().toString(),
                 QStringLiteral("0 of 5"));
        QCOMPARE(view.model()->index(0, ui::CampaignListModel::CreatedColumn).data().toString().left(5),
                 QStringLiteral("ana, "));

        // Five statuses in a burst: one refresh, not five.
        const int before = view.refreshCount();
        const QList<OutboxRow> rows = m_outbox->bulkRows(id);
        m_driver->onStatus(rows[0].clientId, QStringLiteral("wamid.0"), QStringLiteral("delivered"), 0);
        m_driver->onStatus(rows[1].clientId, QStringLiteral("wamid.1"), QStringLiteral("read"), 0);
        m_driver->onStatus(rows[2].clientId, QStringLiteral("wamid.2"), QStringLiteral("sent"), 0);
        m_driver->onStatus(rows[3].clientId, QStringLiteral("wamid.3"), QStringLiteral("failed"), 131026);
        m_driver->onStatus(rows[4].clientId, QStringLiteral("wamid.4"), QStringLiteral("failed"), 131026);
        QVERIFY(view.isRefreshPending());
        QCOMPARE(view.refreshCount(), before);
        QTRY_VERIFY(!view.isRefreshPending());
        QCOMPARE(view.refreshCount(), before + 1);

        QCOMPARE(view.model()->index(0, ui::CampaignListModel::ProgressColumn).data().toString(),
                 QStringLiteral("5 of 5"));
        QCOMPARE(view.model()
                     ->index(0, ui::CampaignListModel::ProgressColumn)
                     .data(ui::CampaignListModel::ProgressRole)
                     .toInt(),
                 1000);
        const QString counts = view.model()->index(0, ui::CampaignListModel::CountsColumn).data().toString();
        QCOMPARE(counts, QStringLiteral("3 sent · 2 delivered · 1 read · 2 failed"));
        QVERIFY(view.detailsCountsText().contains(QStringLiteral("2 failed")));
        const QStringList failures = view.failureLines();
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().startsWith(QStringLiteral("131026 (2): ")), qPrintable(failures.first()));
        QVERIFY(failures.first().size() > 20); // the title and the remedy
    }

    void aHiddenPageCatchesUpWhenShown()
    {
        const qint64 id = createCampaign(2);
        ui::CampaignsView view(context(), m_clock);
        view.refresh();
        const int before = view.refreshCount();
        const QList<OutboxRow> rows = m_outbox->bulkRows(id);
        m_driver->onStatus(rows[0].clientId, QStringLiteral("wamid.0"), QStringLiteral("delivered"), 0);
        QCOMPARE(view.refreshCount(), before); // hidden: nothing read
        view.show();
        QCOMPARE(view.refreshCount(), before + 1);
        QCOMPARE(view.model()->index(0, ui::CampaignListModel::ProgressColumn).data().toString(),
                 QStringLiteral("1 of 2"));
    }

    void theDialogListsBadRowsPreviewsAndEstimates()
    {
        const QString path = writeCsv(kCsv);
        QVERIFY(!path.isEmpty());
        ui::NewCampaignDialog dialog(context(), m_clock);
        // Approved templates only.
        QCOMPARE(dialog.offeredTemplates(),
                 QStringList({QStringLiteral("order_ready (pt_BR)"), QStringLiteral("spring_sale (en_US)")}));
        QVERIFY(!dialog.selectTemplate(QStringLiteral("under_review")));
        QVERIFY(dialog.selectTemplate(QStringLiteral("order_ready")));
        QVERIFY(dialog.categoryText().startsWith(QStringLiteral("Utility template")));
        QVERIFY(!dialog.startButton()->isEnabled()); // no recipients yet

        QVERIFY(dialog.loadCsv(path));
        QCOMPARE(dialog.parameterColumns(), QStringList({QStringLiteral("name"), QStringLiteral("order")}));
        QVERIFY2(dialog.recipientsText().startsWith(QStringLiteral("3 recipient(s) from recipients.csv")),
                 qPrintable(dialog.recipientsText()));
        const QStringList problems = dialog.problemsText().split(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems[0].startsWith(QStringLiteral("Line 3: \"12\" is not a valid phone number")),
                 qPrintable(problems[0]));
        QCOMPARE(problems[1], QStringLiteral("Line 4: the parameter \"name\" is empty."));
        QVERIFY2(problems[2].startsWith(QStringLiteral("Line 5: ")), qPrintable(problems[2]));
        QVERIFY(problems[2].contains(QStringLiteral("sent once")));

        // The first three messages with their own values.
        const QString preview = dialog.previewText();
        QVERIFY2(preview.startsWith(QStringLiteral("To +5511987654301:\nHi Ana, order A-1 is ready.")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("To +5511987654303:\nHi Caio, order A-4 is ready.")));
        QVERIFY(preview.contains(QStringLiteral("To +5511987654304:\nHi Dani, order A-5 is ready.")));

        // Swapping the columns changes what each customer reads.
        QVERIFY(dialog.mapParameter(0, QStringLiteral("order")));
        QVERIFY(dialog.mapParameter(1, QStringLiteral("name")));
        QVERIFY2(dialog.previewText().startsWith(QStringLiteral("To +5511987654301:\nHi A-1, order Ana is ready.")),
                 qPrintable(dialog.previewText()));
        QVERIFY(dialog.mapParameter(0, QStringLiteral("name")));
        QVERIFY(dialog.mapParameter(1, QStringLiteral("order")));

        const QString estimate = dialog.estimateText();
        QVERIFY2(estimate.contains(QStringLiteral("3 customer(s) will get the message.")), qPrintable(estimate));
        QVERIFY(estimate.contains(QStringLiteral("1 duplicate row(s) and 2 invalid row(s) are not sent.")));
        QVERIFY(estimate.contains(QStringLiteral("of the tier of 250 customers a day")));
        QVERIFY(estimate.contains(QStringLiteral("Utility: billed per delivered message")));
        QVERIFY(estimate.contains(QStringLiteral("Time: ")));
        QVERIFY(!dialog.exceedsTier());
        QVERIFY(dialog.startButton()->isEnabled());

        // A tier smaller than the list: the warning.
        m_campaigns->setTier(2, TierSource::Setting);
        QVERIFY(dialog.selectTemplate(QStringLiteral("spring_sale")));
        QVERIFY(dialog.exceedsTier());
        QVERIFY(dialog.estimateText().contains(QStringLiteral("Warning: that is more than the tier")));
        QVERIFY(dialog.estimateText().contains(QStringLiteral("Marketing: billed per delivered message.")));
        QVERIFY(dialog.estimateText().contains(QStringLiteral("(as set for this team)")));
        QVERIFY2(dialog.previewText().contains(QStringLiteral("Spring sale: Ana% off this week.")),
                 qPrintable(dialog.previewText()));
    }

    void aLargeFileIsReadOnAThread()
    {
        QByteArray csv = "phone,name,order\n";
        for (int i = 0; i < 5000; ++i)
            csv += QStringLiteral("+55 11 9%1,Name %2,A-%2\n").arg(10000000 + i).arg(i).toUtf8();
        const QString path = writeCsv(csv);
        ui::NewCampaignDialog dialog(context(), m_clock);
        QVERIFY(dialog.selectTemplate(QStringLiteral("order_ready")));
        QSignalSpy read(&dialog, &ui::NewCampaignDialog::csvRead);
        QVERIFY(dialog.loadCsv(path));
        QVERIFY(dialog.isReading());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.recipientsText().startsWith(QStringLiteral("Reading recipients.csv")));
        QVERIFY(read.wait(60'000));
        QVERIFY(!dialog.isReading());
        QVERIFY2(dialog.recipientsText().startsWith(QStringLiteral("5000 recipient(s)")),
                 qPrintable(dialog.recipientsText()));
        QVERIFY(dialog.previewText().contains(QStringLiteral("Hi Name 2, order A-2 is ready.")));
        QVERIFY(dialog.startButton()->isEnabled());
    }

    void aFileRefusedWholeSaysWhy()
    {
        const QString path = writeCsv("name,order\nAna,A-1\n");
        ui::NewCampaignDialog dialog(context(), m_clock);
        QVERIFY(dialog.selectTemplate(QStringLiteral("order_ready")));
        QVERIFY(!dialog.loadCsv(path));
        QVERIFY(!dialog.recipientsText().isEmpty());
        QCOMPARE(dialog.errorText(), dialog.recipientsText());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(!dialog.loadCsv(m_dir->filePath(QStringLiteral("missing.csv"))));
        QVERIFY(dialog.recipientsText().contains(QStringLiteral("could not be read")));
    }

    void startingNowAndSchedulingButNotInThePast()
    {
        const QString path = writeCsv(kCsv);
        ui::NewCampaignDialog now(context(), m_clock);
        now.setName(QStringLiteral("Ready orders"));
        QVERIFY(now.selectTemplate(QStringLiteral("order_ready")));
        QVERIFY(now.loadCsv(path));
        QVERIFY(now.startNow());
        QVERIFY(now.createdCampaign() != 0);
        QCOMPARE(now.result(), int(QDialog::Accepted));
        QCOMPARE(now.resultText(), QStringLiteral("Ready orders: 3 message(s) are on their way."));
        const CampaignInfo started = *m_campaigns->campaign(now.createdCampaign());
        QCOMPARE(started.state, CampaignState::Running);
        QCOMPARE(started.createdBy, QStringLiteral("ana"));
        QCOMPARE(started.progress.total, 3);
        const QList<OutboxRow> rows = m_outbox->bulkRows(now.createdCampaign());
        QCOMPARE(rows.first().text, QStringLiteral("Hi Ana, order A-1 is ready."));

        ui::NewCampaignDialog later(context(), m_clock);
        later.setName(QStringLiteral("Tomorrow"));
        QVERIFY(later.selectTemplate(QStringLiteral("order_ready")));
        QVERIFY(later.loadCsv(path));
        const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
        QVERIFY(!later.scheduleAt(nowTime.addSecs(-60)));
        QVERIFY(!later.scheduleAt(nowTime));
        QCOMPARE(later.createdCampaign(), qint64(0));
        QCOMPARE(m_campaigns->campaigns().size(), 1);
        QVERIFY(later.scheduleAt(nowTime.addSecs(3600)));
        const CampaignInfo scheduled = *m_campaigns->campaign(later.createdCampaign());
        QCOMPARE(scheduled.state, CampaignState::Scheduled);
        QCOMPARE(scheduled.scheduledAtMs, m_clock.nowMs() + 3'600'000);
        QVERIFY(later.resultText().contains(QStringLiteral("scheduled for")));
        QVERIFY(!ui::NewCampaignDialog::timeZoneText().isEmpty());

        ui::CampaignsView view(context(), m_clock);
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(view.selectCampaign(later.createdCampaign()));
        QVERIFY(view.model()
                    ->index(view.model()->rowOf(later.createdCampaign()), ui::CampaignListModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Scheduled for ")));
    }

    void pauseResumeAndCancelButtonsAct()
    {
        const qint64 id = createCampaign(4);
        ui::CampaignsView view(context(), m_clock);
        view.show();
        view.refresh();
        QVERIFY(view.selectCampaign(id));
        QVERIFY(view.pauseButton()->isEnabled());
        QVERIFY(!view.resumeButton()->isEnabled());
        QVERIFY(!view.resendButton()->isEnabled()); // nothing uncertain

        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QCOMPARE(m_campaigns->campaign(id)->state, CampaignState::Paused);
        QVERIFY(view.resumeButton()->isEnabled());
        QVERIFY(!view.pauseButton()->isEnabled());
        QCOMPARE(m_driver->scheduler().queuedCount(SendScheduler::Lane::Bulk), 0);

        QTest::mouseClick(view.resumeButton(), Qt::LeftButton);
        QCOMPARE(m_campaigns->campaign(id)->state, CampaignState::Running);
        QCOMPARE(m_driver->scheduler().queuedCount(SendScheduler::Lane::Bulk), 4);

        // Cancel asks first: "No" keeps it.
        answerNextMessageBox(QMessageBox::No);
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QCOMPARE(m_campaigns->campaign(id)->state, CampaignState::Running);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QCOMPARE(m_campaigns->campaign(id)->state, CampaignState::Cancelled);
        QCOMPARE(m_campaigns->progress(id).cancelled, 4);
        QVERIFY(!view.cancelButton()->isEnabled());
        QVERIFY(!view.resumeButton()->isEnabled());
        QVERIFY(view.model()->index(0, ui::CampaignListModel::StateColumn).data().toString() ==
                QStringLiteral("Cancelled"));
    }

    void campaignsShowAgainAfterARestart()
    {
        const qint64 running = createCampaign(3, QStringLiteral("Running one"));
        const qint64 paused = createCampaign(2, QStringLiteral("Paused one"));
        QVERIFY(m_campaigns->pause(paused));
        // The desktop closes and opens the same outbox file again.
        m_campaigns.reset();
        m_driver.reset();
        m_outbox.reset();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        settings.phoneNumberId = QStringLiteral("106540352242922");
        m_driver =
            std::make_unique<OutboundDriver>(m_clock, *m_outbox, m_gate.get(), settings, SendScheduler::Options());
        m_driver->setLeasedRate(0);
        m_driver->start();
        m_campaigns = std::make_unique<Campaigns>(m_clock, *m_driver);
        m_campaigns->start();

        ui::CampaignsView view(context(), m_clock);
        view.refresh();
        QCOMPARE(view.model()->rowCount(), 2);
        const int runningRow = view.model()->rowOf(running);
        const int pausedRow = view.model()->rowOf(paused);
        QVERIFY(runningRow >= 0 && pausedRow >= 0);
        QCOMPARE(view.model()->index(runningRow, ui::CampaignListModel::StateColumn).data().toString(),
                 QStringLiteral("Running"));
        QCOMPARE(view.model()->index(pausedRow, ui::CampaignListModel::StateColumn).data().toString(),
                 QStringLiteral("Paused"));
        QCOMPARE(m_driver->scheduler().queuedCount(SendScheduler::Lane::Bulk), 3); // only the running one's
        QVERIFY(view.selectCampaign(paused));
        QVERIFY(view.resumeButton()->isEnabled());
    }

    void exportWritesTheResults()
    {
        const qint64 id = createCampaign(2);
        const QList<OutboxRow> rows = m_outbox->bulkRows(id);
        m_driver->onStatus(rows[0].clientId, QStringLiteral("wamid.A"), QStringLiteral("delivered"), 0);
        ui::CampaignsView view(context(), m_clock);
        view.refresh();
        QVERIFY(view.selectCampaign(id));
        QVERIFY(view.exportButton()->isEnabled());
        const QString path = m_dir->filePath(QStringLiteral("results.csv"));
        QString error;
        QVERIFY2(view.exportSelectedTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(csv, m_campaigns->exportCsv(id));
        QVERIFY(csv.contains("5511987654300"));
        QVERIFY(csv.contains("wamid.A"));
        QVERIFY(!view.exportSelectedTo(m_dir->filePath(QStringLiteral("no/such/dir/x.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

    void onlySupervisorsGetThePage()
    {
        QString error;
        auto store = test::openStore(m_clock, m_dir->filePath(QStringLiteral("inbox.db")), &error);
        QVERIFY2(store, qPrintable(error));
        ui::DraftStore drafts{QString()};
        QSettings settings(m_dir->filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        for (const sync::Role role : {sync::Role::Agent, sync::Role::Supervisor}) {
            ui::MainWindowContext c{store->connection(),  store->backend(), m_clock, drafts, m_templates, settings,
                                    QStringLiteral("ana")};
            c.role = role;
            ui::MainWindow window(c);
            window.setCampaigns(context());
            QAction* command = nullptr;
            for (QAction* a : window.commands()) {
                if (a->text() == QStringLiteral("Campaigns"))
                    command = a;
            }
            QVERIFY(command);
            QCOMPARE(command->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
            command->trigger();
            if (role == sync::Role::Agent) {
                QVERIFY(!window.isCampaignsShown());
                QVERIFY(!window.campaignsView());
                QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("for supervisors")));
            } else {
                QVERIFY(window.isCampaignsShown());
                QVERIFY(window.campaignsView());
                QVERIFY(window.campaignsView()->isEmptyStateShown());
                command->trigger(); // back to the inbox
                QVERIFY(!window.isCampaignsShown());
            }
        }
    }
};

QTEST_MAIN(TestCampaignsView)
#include "TestCampaignsView.moc"
