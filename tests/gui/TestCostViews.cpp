// SPDX-License-Identifier: GPL-3.0-or-later
// What agents and supervisors see of message costs and marketing opt-outs: bubbles, overview, picker, header.
#include "GuiFixtures.h"
#include "store/TeamApplier.h"
#include "ui/CostModel.h"
#include "ui/DraftStore.h"
#include "ui/PricingText.h"
#include "ui/SupervisorView.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplateItemDelegate.h"
#include "ui/TemplatePicker.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using namespace duet::ui;

namespace {
const QString kContact = QStringLiteral("5511987654321");
} // namespace

class TestCostViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::TeamApplier> m_team;
    qint64 m_seq = 0;
    int m_round = 0;

    /// An agent's API send (a team `outbound` event) at `atSecs`.
    bool send(const QString& wamid, qint64 atSecs)
    {
        QString error;
        const bool ok = m_team->apply(
            ++m_seq, atSecs * 1000,
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("outbound")},
                        {QStringLiteral("conversation"), kContact},
                        {QStringLiteral("agent"), QStringLiteral("ana")},
                        {QStringLiteral("wamid"), wamid},
                        {QStringLiteral("client_id"), wamid},
                        {QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), wamid}}}}}},
            &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    /// A status of `wamid` as the decoder makes it from a webhook with a pricing object.
    static Event priced(const QString& wamid, qint64 ts, int billable, const QString& type, const QString& category)
    {
        Event e = statusOf(wamid, kContact, QStringLiteral("sent"), ts);
        e.billable = billable;
        if (!type.isEmpty())
            e.pricingType = type;
        e.pricingCategory = category;
        e.pricingModel = QStringLiteral("PMP");
        return e;
    }

private slots:
    void init()
    {
        m_clock.setSecs(kNow);
        ++m_round;
        QString error;
        m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("store-%1.db").arg(m_round)), &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error),
                 qPrintable(error));
        m_team = std::make_unique<store::TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
        QVERIFY(m_store->ingest({message(QStringLiteral("wamid.in"), kContact, kNow - 3 * 86400, QStringLiteral("hi"))},
                                &error));
    }

    void cleanup()
    {
        m_team.reset();
        m_store.reset();
    }

    void pricingLinesReadAsTheCategoryAndTheBill_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("billable");
        QTest::addColumn<QString>("line");
        QTest::newRow("marketing, billed") << "marketing"
                                           << "regular" << 1 << "Marketing · billable";
        QTest::newRow("a service reply") << "service"
                                         << "free_customer_service" << 0 << "Service · free (service window)";
        QTest::newRow("a utility template in a free entry point")
            << "utility"
            << "free_entry_point" << 0 << "Utility · free (ad entry point, 72 h)";
        QTest::newRow("the entry point's own category")
            << "referral_conversion"
            << "free_entry_point" << 0 << "Ad entry point · free (ad entry point, 72 h)";
        QTest::newRow("before webhook v24: billable alone") << "authentication"
                                                            << "" << 1 << "Authentication · billable";
        QTest::newRow("free, no type") << "utility"
                                       << "" << 0 << "Utility · free";
        QTest::newRow("a category alone") << "utility"
                                          << "" << -1 << "Utility";
        QTest::newRow("a category Duet does not know") << "general_purpose_ai"
                                                       << "regular" << 1 << "General purpose ai · billable";
        QTest::newRow("nothing known") << ""
                                       << "" << -1 << "";
    }

    void pricingLinesReadAsTheCategoryAndTheBill()
    {
        QFETCH(QString, category);
        QFETCH(QString, type);
        QFETCH(int, billable);
        QFETCH(QString, line);
        QCOMPARE(PricingText::line(category, type, billable), line);
        QCOMPARE(PricingText::toolTip(category, type, billable).isEmpty(), line.isEmpty());
    }

    void onlyTheBusinessApiSendsShowTheirPrice()
    {
        QString error;
        QVERIFY(send(QStringLiteral("wamid.reply"), kNow - 120));
        QVERIFY(send(QStringLiteral("wamid.waiting"), kNow - 60));
        QVERIFY(m_store->ingest({message(QStringLiteral("wamid.echo"), kContact, kNow - 90,
                                         QStringLiteral("from the phone"), EventKind::Echo),
                                 priced(QStringLiteral("wamid.reply"), kNow - 119, 0,
                                        QStringLiteral("free_customer_service"), QStringLiteral("service"))},
                                &error));
        ThreadModel model(m_store->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(kContact);
        const QModelIndex reply = model.index(model.rowOfWamid(QStringLiteral("wamid.reply")), 0);
        QCOMPARE(reply.data(ThreadModel::PricingTextRole).toString(),
                 QStringLiteral("Service · free (service window)"));
        QVERIFY(reply.data(ThreadModel::PricingToolTipRole).toString().contains(QLatin1String("24-hour")));
        for (const char* other : {"wamid.in", "wamid.echo", "wamid.waiting"}) {
            const QModelIndex i = model.index(model.rowOfWamid(QLatin1String(other)), 0);
            QVERIFY2(i.isValid(), other);
            QVERIFY2(i.data(ThreadModel::PricingTextRole).toString().isEmpty(), other);
            QVERIFY2(i.data(ThreadModel::PricingToolTipRole).toString().isEmpty(), other);
        }
        // A later status brings the bill of the waiting send; the row's layout revision moves.
        const quint64 before = model.index(model.rowOfWamid(QStringLiteral("wamid.waiting")), 0)
                                   .data(ThreadModel::LayoutRevisionRole)
                                   .toULongLong();
        QVERIFY(m_store->ingest({priced(QStringLiteral("wamid.waiting"), kNow - 59, 1, QStringLiteral("regular"),
                                        QStringLiteral("marketing"))},
                                &error));
        model.refresh();
        const QModelIndex waiting = model.index(model.rowOfWamid(QStringLiteral("wamid.waiting")), 0);
        QCOMPARE(waiting.data(ThreadModel::PricingTextRole).toString(), QStringLiteral("Marketing · billable"));
        QVERIFY(waiting.data(ThreadModel::LayoutRevisionRole).toULongLong() != before);
    }

    void theOverviewSumsTheLastSevenDays()
    {
        QString error;
        QVERIFY(send(QStringLiteral("wamid.a"), kNow - 3600));
        QVERIFY(send(QStringLiteral("wamid.b"), kNow - 86400));
        QVERIFY(send(QStringLiteral("wamid.c"), kNow - 2 * 86400));
        QVERIFY(send(QStringLiteral("wamid.old"), kNow - 8 * 86400));
        QVERIFY(m_store->ingest(
            {priced(QStringLiteral("wamid.a"), kNow - 3599, 0, QStringLiteral("free_customer_service"),
                    QStringLiteral("service")),
             priced(QStringLiteral("wamid.b"), kNow - 86399, 1, QStringLiteral("regular"), QStringLiteral("marketing")),
             priced(QStringLiteral("wamid.c"), kNow - 172799, 1, QStringLiteral("regular"),
                    QStringLiteral("marketing")),
             priced(QStringLiteral("wamid.old"), kNow - 691199, 1, QStringLiteral("regular"),
                    QStringLiteral("marketing"))},
            &error));
        SupervisorView view(nullptr, m_store->connection(), m_clock, Theme::light());
        view.resize(1000, 800);
        view.show();
        view.refresh();
        CostModel* costs = view.costModel();
        QAbstractItemModelTester tester(costs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.costView()->model(), costs);
        QCOMPARE(costs->rowCount(), 3); // marketing, service, total
        const auto cell = [costs](int row, int column) { return costs->index(row, column).data().toString(); };
        QCOMPARE(cell(0, CostModel::CategoryColumn), QStringLiteral("Marketing"));
        QCOMPARE(cell(0, CostModel::BillableColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, CostModel::FreeColumn), QStringLiteral("0"));
        QCOMPARE(cell(1, CostModel::CategoryColumn), QStringLiteral("Service"));
        QCOMPARE(cell(1, CostModel::FreeColumn), QStringLiteral("1"));
        QCOMPARE(cell(2, CostModel::CategoryColumn), QStringLiteral("Total"));
        QCOMPARE(cell(2, CostModel::BillableColumn), QStringLiteral("2"));
        QCOMPARE(cell(2, CostModel::FreeColumn), QStringLiteral("1"));
        QCOMPARE(cell(2, CostModel::TotalColumn), QStringLiteral("3"));
        QCOMPARE(costs->headerData(CostModel::BillableColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Billable"));
        // Five days later the send of two days ago leaves the sums.
        m_clock.advanceSecs(5 * 86400 + 1);
        view.refresh();
        QCOMPARE(cell(0, CostModel::BillableColumn), QStringLiteral("1"));
        QCOMPARE(cell(costs->rowCount() - 1, CostModel::TotalColumn), QStringLiteral("2"));
    }

    void thePickerShowsEachCategoryAndWhenItIsBilled()
    {
        JsonTemplateCatalog catalog;
        catalog.setTemplates(
            {{QStringLiteral("order_update"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
              QStringLiteral("Order {{1}} ships today.")},
             {QStringLiteral("sale"), QStringLiteral("en_US"), QStringLiteral("MARKETING"), QStringLiteral("20% off")},
             {QStringLiteral("code"), QStringLiteral("en_US"), QStringLiteral("AUTHENTICATION"),
              QStringLiteral("{{1}} is your code.")}});
        TemplatePicker picker(catalog);
        const QAbstractItemModel* shown = picker.model();
        QCOMPARE(shown->rowCount(), 3);
        QStringList categories;
        for (int row = 0; row < shown->rowCount(); ++row)
            categories << shown->index(row, 0).data(TemplateItemDelegate::CategoryRole).toString();
        QCOMPARE(categories, QStringList({QStringLiteral("Utility"), QStringLiteral("Marketing"),
                                          QStringLiteral("Authentication")}));

        QVERIFY(picker.selectVisible(0)); // utility, window closed (the picker's usual case)
        QVERIFY(picker.costText().contains(QLatin1String("utility rate")));
        picker.setBillingContext(true, false);
        QVERIFY2(picker.costText().contains(QLatin1String("free while")), qPrintable(picker.costText()));
        QVERIFY(picker.costText().contains(QLatin1String("October 2026")));
        QVERIFY(shown->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("free while")));
        QVERIFY(picker.selectVisible(1)); // marketing is billed even in the window
        QVERIFY(picker.costText().contains(QLatin1String("marketing rate")));
        picker.setBillingContext(false, true); // a customer from an ad, recently
        QVERIFY(picker.costText().contains(QLatin1String("72 hours")));
    }

    void theHeaderSaysWhenTheCustomerStoppedMarketing()
    {
        QString error;
        Event stop;
        stop.kind = EventKind::Preference;
        stop.phoneNumberId = QStringLiteral("100");
        stop.contact = kContact;
        stop.type = QStringLiteral("marketing_messages");
        stop.action = QStringLiteral("stop");
        stop.timestamp = kNow - 86400;
        QVERIFY(m_store->ingest({stop}, &error));
        JsonTemplateCatalog catalog;
        DraftStore drafts(m_dir.filePath(QStringLiteral("drafts-%1.json").arg(m_round)));
        ThreadModel model(m_store->connection());
        ThreadPane pane(m_clock, Theme::light(), &model, drafts, catalog);
        store::ConversationSummary summary;
        summary.contactKey = kContact;
        summary.displayName = QStringLiteral("Maria");
        summary.lastCustomerAt = kNow - 3 * 86400;
        pane.showConversation(summary);
        const QString day =
            QLocale().toString(QDateTime::fromSecsSinceEpoch(kNow - 86400).date(), QStringLiteral("d MMM"));
        QCOMPARE(pane.marketingText(), QStringLiteral("Stopped marketing messages on ") + day);
        QCOMPARE(ThreadPane::marketingTextFor(QStringLiteral("resume"), kNow), QString());

        Event resume = stop;
        resume.action = QStringLiteral("resume");
        resume.timestamp = kNow - 60;
        QVERIFY(m_store->ingest({resume}, &error));
        pane.showConversation(summary);
        QVERIFY(pane.marketingText().isEmpty());
    }
};

QTEST_MAIN(TestCostViews)
#include "TestCostViews.moc"
