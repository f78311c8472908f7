// SPDX-License-Identifier: GPL-3.0-or-later
// The search results, template picker and command palette models under QAbstractItemModelTester.
#include "GuiFixtures.h"
#include "ui/CommandPalette.h"
#include "ui/SearchResultsModel.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplatePicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::ui::SearchResultsModel;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

/// The model a widget's list shows (a filter proxy), and the proxy's source.
QAbstractItemModel* listModel(const QWidget& widget)
{
    const auto* list = widget.findChild<QListView*>();
    return list ? list->model() : nullptr;
}

QAbstractItemModel* sourceOf(QAbstractItemModel* model)
{
    const auto* proxy = qobject_cast<QSortFilterProxyModel*>(model);
    return proxy ? proxy->sourceModel() : nullptr;
}

QStringList column(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void searchResultsFollowTheTermAsItChangesAndClears();
    void templatePickerFiltersAndReloadsTheCatalogue();
    void commandPaletteFiltersAndReloadsTheCommands();

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
};

// Three customers: two ask about an invoice, one about a delivery; the shop answers one.
void TestModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("models.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    const QList<Event> events = {
        message(QStringLiteral("wamid.A1"), QStringLiteral("16505550101"), kNow - 300,
                QStringLiteral("Where is my invoice for March?")),
        message(QStringLiteral("wamid.B1"), QStringLiteral("16505550202"), kNow - 200,
                QStringLiteral("The invoice total looks wrong")),
        message(QStringLiteral("wamid.C1"), QStringLiteral("16505550303"), kNow - 100,
                QStringLiteral("When does the delivery arrive?")),
        message(QStringLiteral("wamid.C2"), QStringLiteral("16505550303"), kNow - 50,
                QStringLiteral("The delivery is on its way"), EventKind::Echo),
    };
    QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
}

void TestModels::searchResultsFollowTheTermAsItChangesAndClears()
{
    SearchResultsModel model(m_store->connection(), m_store->backend());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    QSignalSpy errors(&model, &SearchResultsModel::errorOccurred);

    model.search(QStringLiteral("invoice"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.text(), QStringLiteral("invoice"));
    // Newest first, each named after its conversation with the match marked in the snippet.
    QCOMPARE(column(model, SearchResultsModel::WamidRole),
             (QStringList{QStringLiteral("wamid.B1"), QStringLiteral("wamid.A1")}));
    const QModelIndex first = model.index(0, 0);
    const QString snippet = first.data(SearchResultsModel::SnippetRole).toString();
    const QVariantList ranges = first.data(SearchResultsModel::SnippetRangesRole).toList();
    QCOMPARE(ranges.size(), 1);
    const QPoint range = ranges.first().toPoint();
    QCOMPARE(snippet.mid(range.x(), range.y()).toLower(), QStringLiteral("invoice"));
    QVERIFY(!first.data(Qt::DisplayRole).toString().isEmpty());

    model.search(QStringLiteral("delivery"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(column(model, SearchResultsModel::ContactKeyRole),
             (QStringList{QStringLiteral("16505550303"), QStringLiteral("16505550303")}));

    model.search(QStringLiteral("march"));
    QCOMPARE(model.rowCount(), 1);

    model.search(QStringLiteral("nothing-like-this"));
    QCOMPARE(model.rowCount(), 0);

    model.search(QStringLiteral("  invoice  "));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.text(), QStringLiteral("invoice"));

    model.search(QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.text().isEmpty());
    QVERIFY(!model.index(0, 0).isValid());
    QCOMPARE(errors.count(), 0);
}

void TestModels::templatePickerFiltersAndReloadsTheCatalogue()
{
    ui::JsonTemplateCatalog catalog;
    catalog.setTemplates(
        {{QStringLiteral("order_update"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
          QStringLiteral("Hi {{1}}, order {{2}} ships today.")},
         {QStringLiteral("follow_up"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
          QStringLiteral("Hello {{1}}, any news?")},
         {QStringLiteral("welcome"), QStringLiteral("pt_BR"), QStringLiteral("MARKETING"), QStringLiteral("Olá!")}});
    ui::TemplatePicker picker(catalog);
    QAbstractItemModel* shown = listModel(picker);
    QVERIFY(shown);
    QAbstractItemModel* source = sourceOf(shown);
    QVERIFY(source);
    QAbstractItemModelTester shownTester(shown, Mode::QtTest);
    QAbstractItemModelTester sourceTester(source, Mode::QtTest);
    QCOMPARE(shown->rowCount(), 3);

    // The search matches names and bodies, case-insensitively.
    picker.setFilterText(QStringLiteral("ORDER"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(picker.current()->name, QStringLiteral("order_update"));
    picker.setFilterText(QStringLiteral("news"));
    QCOMPARE(shown->rowCount(), 1);
    QVERIFY(picker.selectVisible(0));
    QCOMPARE(picker.current()->name, QStringLiteral("follow_up"));
    picker.setFilterText(QStringLiteral("zzz"));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(!picker.selectVisible(0));

    // Typing in the search field filters the same way.
    auto* search = picker.findChild<QLineEdit*>();
    QVERIFY(search);
    search->clear();
    QCOMPARE(shown->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("wel"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(Qt::UserRole).toString().section(QLatin1Char(' '), 0, 0),
             QStringLiteral("welcome"));

    // A changed catalogue is read again (a reset), and the filter applies to it.
    catalog.setTemplates(
        {{QStringLiteral("welcome"), QStringLiteral("pt_BR"), QStringLiteral("MARKETING"), QStringLiteral("Olá!")},
         {QStringLiteral("welcome_back"), QStringLiteral("en_US"), QStringLiteral("MARKETING"),
          QStringLiteral("Welcome back, {{1}}!")}});
    picker.reloadTemplates();
    QCOMPARE(source->rowCount(), 2);
    QCOMPARE(shown->rowCount(), 2);
    picker.setFilterText(QString());
    QCOMPARE(shown->rowCount(), 2);
    catalog.setTemplates({});
    picker.reloadTemplates();
    QCOMPARE(source->rowCount(), 0);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(!picker.current());
}

void TestModels::commandPaletteFiltersAndReloadsTheCommands()
{
    QWidget window;
    QList<QAction*> commands;
    const auto add = [&](const QString& text, const QKeySequence& shortcut) {
        auto* action = new QAction(text, &window);
        action->setShortcut(shortcut);
        commands << action;
        return action;
    };
    add(QStringLiteral("Next conversation"), QKeySequence(Qt::ALT | Qt::Key_Down));
    add(QStringLiteral("Previous conversation"), QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction* send = add(QStringLiteral("&Send"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    add(QStringLiteral("Search messages"), QKeySequence(Qt::CTRL | Qt::Key_K));
    ui::CommandPalette palette([&] { return commands; }, &window);
    QAbstractItemModel* shown = listModel(palette);
    QVERIFY(shown);
    QAbstractItemModel* source = sourceOf(shown);
    QVERIFY(source);
    QAbstractItemModelTester shownTester(shown, Mode::QtTest);
    QAbstractItemModelTester sourceTester(source, Mode::QtTest);
    QCOMPARE(shown->rowCount(), 4);

    palette.setFilterText(QStringLiteral("conv"));
    QCOMPARE(palette.visibleActions(),
             (QStringList{QStringLiteral("Next conversation"), QStringLiteral("Previous conversation")}));
    palette.setFilterText(QStringLiteral("se"));
    QCOMPARE(palette.visibleActions(), (QStringList{QStringLiteral("Send"), QStringLiteral("Search messages")}));
    palette.setFilterText(QStringLiteral("nothing"));
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(!palette.triggerCurrent());

    // A command registered later, and one hidden, show on the next reload; the filter stays.
    add(QStringLiteral("Send anyway"), {});
    send->setVisible(false);
    palette.setFilterText(QStringLiteral("send"));
    palette.reload();
    QCOMPARE(palette.visibleActions(), QStringList{QStringLiteral("Send anyway")});
    QCOMPARE(palette.visibleShortcuts(), QStringList{QString()});

    // popup() reads the commands again with an empty filter.
    send->setVisible(true);
    palette.popup();
    QCOMPARE(source->rowCount(), 5);
    QCOMPARE(shown->rowCount(), 5);
    palette.hide();
}

QTEST_MAIN(TestModels)
#include "TestModels.moc"
