// SPDX-License-Identifier: GPL-3.0-or-later
// The template picker on the hub's templates: only approved ones, each with its category and what a
// send costs; and a template Meta pauses leaves every desktop's picker (hub -> desktop -> picker model).
#include "DesktopHarness.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplateItemDelegate.h"
#include "ui/TemplatePicker.h"
#include "ui/ThreadPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace duet;

namespace {

TemplateRecord record(const char* name, const char* category, const char* status, const char* components,
                      const char* language = "en_US")
{
    TemplateRecord t;
    t.id = QStringLiteral("10%1").arg(qHash(QLatin1String(name)) % 100000);
    t.name = QLatin1String(name);
    t.language = QLatin1String(language);
    t.category = QLatin1String(category);
    t.status = QLatin1String(status);
    t.components = QJsonDocument::fromJson(components).array();
    return t;
}

QStringList rowNames(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data().toString().section(QStringLiteral("  ·  "), 0, 0);
    return names;
}

const QByteArray kScenario = R"({
  "templates": [
    { "name": "order_update", "category": "utility", "body": 2, "body_text": "Hi {{1}}, order {{2}} is on its way." },
    { "name": "spring_sale", "category": "marketing", "header": 1, "body": 1, "buttons": [1],
      "header_text": "Spring sale: {{1}}", "body_text": "{{1}} off every succulent." },
    { "name": "login_code", "category": "authentication", "body": 1, "buttons": [1],
      "body_text": "{{1}} is your code." },
    { "name": "summer_preview", "category": "marketing", "body": 1, "status": "PENDING" }
  ],
  "customers": [ { "wa_id": "16505551234", "name": "Sheena Nelson" } ]
})";

} // namespace

class TestTemplatePickerHub : public QObject
{
    Q_OBJECT

private slots:
    void offersOnlyApprovedTemplatesWithTheirCategory();
    void aReloadKeepsWhatTheAgentIsFillingIn();
    void aPausedTemplateLeavesThePicker();
};

void TestTemplatePickerHub::offersOnlyApprovedTemplatesWithTheirCategory()
{
    ui::JsonTemplateCatalog file;
    file.setTemplates({{QStringLiteral("from_file"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                        QStringLiteral("Offline {{1}}")}});
    ui::HubTemplateCatalog catalog(&file);
    ui::TemplatePicker picker(catalog);
    QObject::connect(&catalog, &ui::HubTemplateCatalog::changed, &picker, &ui::TemplatePicker::reloadTemplates);
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel*>(picker.model()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rowNames(*picker.model()), QStringList{QStringLiteral("from_file")}); // until the hub says otherwise

    catalog.setHubTemplates({
        record("order_update", "UTILITY", "APPROVED", R"([{"type":"BODY","text":"Hi {{1}}, order {{2}}."}])"),
        record("spring_sale", "MARKETING", "APPROVED",
               R"([{"type":"HEADER","format":"TEXT","text":"Sale: {{1}}"},{"type":"BODY","text":"{{1}} off"},)"
               R"({"type":"BUTTONS","buttons":[{"type":"URL","text":"Shop","url":"https://s.example/{{1}}"}]}])"),
        record("login_code", "AUTHENTICATION", "APPROVED",
               R"([{"type":"BODY","text":"{{1}} is your code."},)"
               R"({"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"}]}])"),
        record("summer_preview", "MARKETING", "PENDING", R"([{"type":"BODY","text":"Soon"}])"),
        record("old_promo", "MARKETING", "REJECTED", R"([{"type":"BODY","text":"No"}])"),
        record("noisy", "MARKETING", "PAUSED", R"([{"type":"BODY","text":"Paused"}])"),
        record("gone", "UTILITY", "DISABLED", R"([{"type":"BODY","text":"Disabled"}])"),
    });
    QCOMPARE(rowNames(*picker.model()), (QStringList{QStringLiteral("order_update"), QStringLiteral("spring_sale"),
                                                     QStringLiteral("login_code")}));
    const QAbstractItemModel& model = *picker.model();
    QCOMPARE(model.index(0, 0).data(ui::TemplateItemDelegate::CategoryRole).toString(), QStringLiteral("Utility"));
    QCOMPARE(model.index(1, 0).data(ui::TemplateItemDelegate::CategoryRole).toString(), QStringLiteral("Marketing"));
    QCOMPARE(model.index(2, 0).data(ui::TemplateItemDelegate::CategoryRole).toString(),
             QStringLiteral("Authentication"));
    QCOMPARE(model.index(1, 0).data(ui::TemplateItemDelegate::CategoryCodeRole).toString(),
             QStringLiteral("MARKETING"));

    // The selected template says what a send costs; its fields are the header's, the body's, the button's.
    QVERIFY(picker.selectVisible(1));
    QVERIFY(picker.costText().contains(QLatin1String("marketing rate")));
    QCOMPARE(picker.parameterCount(), 3);
    picker.setParameter(0, QStringLiteral("30%"));
    picker.setParameter(1, QStringLiteral("Thirty percent"));
    picker.setParameter(2, QStringLiteral("spring"));
    QCOMPARE(picker.preview(), QStringLiteral("Sale: 30%\nThirty percent off"));
    QVERIFY(picker.selectVisible(2));
    QVERIFY(picker.costText().contains(QLatin1String("authentication rate")));
    QVERIFY(picker.selectVisible(0));
    QVERIFY(picker.costText().contains(QLatin1String("utility rate")));

    // Searching by category finds its templates.
    picker.setFilterText(QStringLiteral("marketing"));
    QCOMPARE(rowNames(*picker.model()), QStringList{QStringLiteral("spring_sale")});
}

void TestTemplatePickerHub::aReloadKeepsWhatTheAgentIsFillingIn()
{
    ui::HubTemplateCatalog catalog;
    ui::TemplatePicker picker(catalog);
    QObject::connect(&catalog, &ui::HubTemplateCatalog::changed, &picker, &ui::TemplatePicker::reloadTemplates);
    const TemplateRecord order =
        record("order_update", "UTILITY", "APPROVED", R"([{"type":"BODY","text":"Hi {{1}}, order {{2}}."}])");
    const TemplateRecord sale = record("spring_sale", "MARKETING", "APPROVED", R"([{"type":"BODY","text":"{{1}}"}])");
    catalog.setHubTemplates({order, sale});
    QVERIFY(picker.selectVisible(0));
    picker.setParameter(0, QStringLiteral("Sheena"));

    TemplateRecord paused = sale;
    paused.status = QStringLiteral("PAUSED");
    catalog.setHubTemplates({order, paused}); // another template changed: nothing the agent typed is lost
    QCOMPARE(picker.current()->name, QStringLiteral("order_update"));
    QCOMPARE(picker.parameters().constFirst(), QStringLiteral("Sheena"));

    TemplateRecord disabled = order;
    disabled.status = QStringLiteral("DISABLED");
    catalog.setHubTemplates({disabled, paused}); // the template itself went: nothing is offered
    QCOMPARE(picker.visibleCount(), 0);
    QVERIFY(!picker.current());
    QCOMPARE(picker.preview(), QStringLiteral("No approved templates are available."));
}

/// The whole chain on loopback: duet-sim's template list reaches the desktop through the hub, and
/// Meta pausing one (its webhook) takes it out of the open picker.
void TestTemplatePickerHub::aPausedTemplateLeavesThePicker()
{
    test::DesktopStack stack;
    QString error;
    QVERIFY2(stack.start(kScenario, &error), qPrintable(error));
    QSettings settings(stack.path(QStringLiteral("duet.ini")), QSettings::IniFormat);
    ui::DraftStore drafts{QString()};
    ui::JsonTemplateCatalog none;
    ui::MainWindow& window = stack.workspace().createWindow(drafts, none, settings, QStringLiteral("ana"));
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::TemplatePicker* picker = window.threadPane()->composer()->templatePicker();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel*>(picker->model()),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(stack.workspace().templates()->isFromHub(), 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowNames(*picker->model()),
        (QStringList{QStringLiteral("login_code"), QStringLiteral("order_update"), QStringLiteral("spring_sale")}),
        10'000);

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(stack.sim().baseUrl() + QStringLiteral("/_sim/template_status")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = network.post(request, R"({"name":"spring_sale","event":"PAUSED"})");
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(rowNames(*picker->model()),
                              (QStringList{QStringLiteral("login_code"), QStringLiteral("order_update")}), 10'000);

    // Meta approves the pending one: it appears.
    reply = network.post(request, R"({"name":"summer_preview","event":"APPROVED"})");
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    QTRY_COMPARE_WITH_TIMEOUT(
        rowNames(*picker->model()),
        (QStringList{QStringLiteral("login_code"), QStringLiteral("order_update"), QStringLiteral("summer_preview")}),
        10'000);
    // A supervisor asks for a fresh list from the command palette; the status bar says how it went.
    QAction* refresh = nullptr;
    for (QAction* a : window.commands()) {
        if (a->text() == QLatin1String("Refresh templates from Meta"))
            refresh = a;
    }
    QVERIFY(refresh);
    QSignalSpy notices(&stack.workspace(), &desktop::Workspace::notice);
    const int fetches = stack.hub().templates().fetchCount();
    refresh->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 10'000);
    QCOMPARE(notices.first().first().toString(), QStringLiteral("The templates were fetched from Meta again."));
    QVERIFY(stack.hub().templates().fetchCount() > fetches);
}

QTEST_MAIN(TestTemplatePickerHub)
#include "TestTemplatePickerHub.moc"
