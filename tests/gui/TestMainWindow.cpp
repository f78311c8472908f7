// SPDX-License-Identifier: GPL-3.0-or-later
// The main window over a store of real webhook fixtures: open, read, search, filter, remember.
#include "DomainToString.h"
#include "GuiFixtures.h"
#include "ui/BubbleDelegate.h"
#include "ui/BubbleLayout.h"
#include "ui/CommandPalette.h"
#include "ui/Composer.h"
#include "ui/ConversationPane.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/SearchResultsModel.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"
#include "ui/WindowSettings.h"

#include <QAction>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace duet;
using namespace duet::test;
using duet::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAThreadWithAnEchoBadge();
    void theGrabIsNotBlankAndLayoutsAreCached();
    void searchShowsHighlightedSnippets();
    void searchHitOpensItsMessage();
    void storeChangesReachTheListAndTheThread();
    void scrollingUpLoadsOlderPagesInPlace();
    void filtersRunFromActionsAndThePalette();
    void thePaletteListsCommandsRegisteredLater();
    void presenceSaysLeftOnSwitchingAndClosing();
    void geometryAndSplitterAreRemembered();
    void darkPalettesAreRecognised_data();
    void darkPalettesAreRecognised();

private:
    std::unique_ptr<MainWindow> makeWindow(QSettings& settings);
    static int distinctColours(const QImage& image);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::DraftStore> m_drafts;
    ui::JsonTemplateCatalog m_templates;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("inbox.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(ingestGoodFixtures(*m_store, &error), qPrintable(error));
    m_drafts = std::make_unique<ui::DraftStore>(QString());
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(QSettings& settings)
{
    return std::make_unique<MainWindow>(ui::MainWindowContext{m_store->connection(), m_store->backend(), m_clock,
                                                              *m_drafts, m_templates, settings, QStringLiteral("ana")});
}

int TestMainWindow::distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

void TestMainWindow::opensAThreadWithAnEchoBadge()
{
    QSettings settings(m_dir.filePath(QStringLiteral("open.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->conversationModel()->rowCount(), 0); // nothing read before loadInitial()
    window->loadInitial();
    QVERIFY(window->conversationModel()->rowCount() >= 5);
    QVERIFY(!window->currentConversation().isEmpty()); // the newest conversation opens

    const QString key = QStringLiteral("16505551234");
    QVERIFY(window->openConversation(key));
    QCOMPARE(window->currentConversation(), key);
    QCOMPARE(window->threadModel()->conversation(), key);
    QCOMPARE(window->threadPane()->headerTitle(), QStringLiteral("Pablo Morales")); // from the address book
    ui::ThreadModel* thread = window->threadModel();
    while (thread->rowOfWamid(QStringLiteral("wamid.B003")) < 0 && thread->canFetchMore({}))
        thread->fetchMore({});
    const QModelIndex echo = thread->index(thread->rowOfWamid(QStringLiteral("wamid.B003")));
    QVERIFY(echo.isValid());
    QCOMPARE(echo.data(ui::ThreadModel::OriginRole).toInt(), int(ui::ThreadModel::Origin::App));
    QCOMPARE(ui::BubbleLayout::badgeText(ui::BubbleContent::fromIndex(echo)), QStringLiteral("Echo"));
    // The fixtures' customer wrote at the fake clock's "now": the window is open, free-form text it is.
    QCOMPARE(window->threadPane()->composer()->mode(), ui::Composer::Mode::FreeForm);
    QVERIFY(!window->threadPane()->headerChip().isEmpty());
    QVERIFY(!window->openConversation(QStringLiteral("19999999999")));
    QCOMPARE(window->currentConversation(), key);
}

void TestMainWindow::theGrabIsNotBlankAndLayoutsAreCached()
{
    QSettings settings(m_dir.filePath(QStringLiteral("grab.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->resize(1100, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->loadInitial();
    QVERIFY(window->openConversation(QStringLiteral("16505551234")));
    const QImage first = window->grab().toImage();
    QCOMPARE(first.size(), window->size() * first.devicePixelRatio());
    const int colours = distinctColours(first);
    QVERIFY2(colours > 60, qPrintable(QStringLiteral("%1 colours").arg(colours)));
    ui::BubbleDelegate* delegate = window->threadPane()->bubbleDelegate();
    const int built = delegate->layoutsBuilt();
    QVERIFY2(built > 0, qPrintable(QStringLiteral("%1 rows, view %2x%3")
                                       .arg(window->threadModel()->rowCount())
                                       .arg(window->threadPane()->width())
                                       .arg(window->threadPane()->height())));
    QVERIFY(delegate->cachedLayouts() > 0);
    window->grab();
    QCOMPARE(delegate->layoutsBuilt(), built); // painting again lays out nothing
    window->resize(900, 720);
    window->grab();
    QVERIFY(delegate->layoutsBuilt() > built); // a new width does
}

void TestMainWindow::searchShowsHighlightedSnippets()
{
    QSettings settings(m_dir.filePath(QStringLiteral("search.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->show();
    window->loadInitial();
    ui::ConversationPane* pane = window->conversationPane();
    pane->setSearchText(QStringLiteral("gift"));
    QVERIFY(pane->isShowingSearch());
    pane->searchNow();
    ui::SearchResultsModel* results = window->searchModel();
    QCOMPARE(results->rowCount(), 1);
    const QModelIndex hit = results->index(0, 0);
    QCOMPARE(hit.data(ui::SearchResultsModel::ContactKeyRole).toString(), QStringLiteral("16505551234"));
    QCOMPARE(hit.data(ui::SearchResultsModel::NameRole).toString(), QStringLiteral("Pablo Morales"));
    const QString snippet = hit.data(ui::SearchResultsModel::SnippetRole).toString();
    const QVariantList ranges = hit.data(ui::SearchResultsModel::SnippetRangesRole).toList();
    QCOMPARE(ranges.size(), 1);
    const QPoint range = ranges.first().toPoint();
    QCOMPARE(snippet.mid(range.x(), range.y()).toLower(), QStringLiteral("gift"));
    QVERIFY(!snippet.contains(QLatin1Char('[')));
    pane->setSearchText(QString());
    QVERIFY(!pane->isShowingSearch());

    QList<QPoint> parsed;
    QCOMPARE(ui::SearchResultsModel::unmark(QStringLiteral("a [b] c [dd]"), &parsed), QStringLiteral("a b c dd"));
    QCOMPARE(parsed, QList<QPoint>({QPoint(2, 1), QPoint(6, 2)}));
}

void TestMainWindow::searchHitOpensItsMessage()
{
    QSettings settings(m_dir.filePath(QStringLiteral("hit.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->show();
    window->loadInitial();
    window->openConversation(QStringLiteral("16315551181"));
    window->threadModel()->setPageSize(2);
    ui::ConversationPane* pane = window->conversationPane();
    pane->setSearchText(QStringLiteral("gift"));
    pane->searchNow();
    pane->moveSelection(1); // the first hit, as the Down key would
    QCOMPARE(window->currentConversation(), QStringLiteral("16505551234"));
    QVERIFY(window->threadModel()->rowOfWamid(QStringLiteral("wamid.ORD001")) >= 0);
}

void TestMainWindow::storeChangesReachTheListAndTheThread()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("live.db")), &error);
    QVERIFY2(store, qPrintable(error));
    const QString a = QStringLiteral("16505550001");
    const QString b = QStringLiteral("16505550002");
    QVERIFY(store->ingest({message(QStringLiteral("wamid.A1"), a, kNow - 200000, QStringLiteral("old, window closed")),
                           message(QStringLiteral("wamid.B1"), b, kNow - 100, QStringLiteral("newest"))},
                          &error));
    QSettings settings(dir.filePath(QStringLiteral("live.ini")), QSettings::IniFormat);
    MainWindow window(ui::MainWindowContext{store->connection(), store->backend(), m_clock, *m_drafts, m_templates,
                                            settings, QString()});
    window.show();
    window.loadInitial();
    QVERIFY(window.openConversation(a));
    QCOMPARE(window.threadPane()->composer()->mode(), ui::Composer::Mode::Template);
    QCOMPARE(window.conversationModel()->rowOfKey(a), 1);
    window.threadPane()->composer()->setText(QStringLiteral("typed before the customer wrote"));

    QVERIFY(store->ingest({message(QStringLiteral("wamid.A2"), a, kNow - 5, QStringLiteral("hello again"))}, &error));
    window.conversationsChanged({a});
    QCOMPARE(window.conversationModel()->rowOfKey(a), 0); // moved to the top
    QCOMPARE(window.threadModel()->rowCount(), 2);
    QCOMPARE(window.threadModel()->index(1).data(ui::ThreadModel::TextRole).toString(), QStringLiteral("hello again"));
    // The customer re-opened the window: free-form text again, and nothing typed was lost.
    QCOMPARE(window.threadPane()->composer()->mode(), ui::Composer::Mode::FreeForm);
    QCOMPARE(window.threadPane()->composer()->text(), QStringLiteral("typed before the customer wrote"));
}

void TestMainWindow::scrollingUpLoadsOlderPagesInPlace()
{
    QSettings settings(m_dir.filePath(QStringLiteral("scroll.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->resize(1000, 600);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->threadModel()->setPageSize(4);
    QVERIFY(window->openConversation(QStringLiteral("16505551234")));
    ui::ThreadView* view = window->threadPane()->threadView();
    QScrollBar* bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0); // short pages were loaded until the view could scroll
    QVERIFY(view->isAtNewest());
    const int rows = window->threadModel()->rowCount();
    QVERIFY(window->threadModel()->canFetchMore({}));
    const int fromBottom = bar->maximum() - bar->value();
    QVERIFY(view->loadOlder());
    QVERIFY(window->threadModel()->rowCount() > rows);
    QCOMPARE(bar->maximum() - bar->value(), fromBottom); // what was on screen stays put
}

void TestMainWindow::filtersRunFromActionsAndThePalette()
{
    QSettings settings(m_dir.filePath(QStringLiteral("filters.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->show();
    window->loadInitial();
    const QList<QAction*> commands = window->commands();
    for (const QAction* action : commands)
        QVERIFY2(!action->text().isEmpty(), "every command has a name");
    const auto found = std::find_if(commands.cbegin(), commands.cend(), [](const QAction* action) {
        return action->text() == QStringLiteral("Show closed conversations");
    });
    QVERIFY(found != commands.cend());
    QAction* closed = *found;
    QCOMPARE(closed->shortcut(), QKeySequence(Qt::ALT | Qt::Key_5));
    closed->trigger();
    QCOMPARE(window->conversationModel()->filter(), ui::ConversationListModel::Filter::Closed);
    QCOMPARE(settings.value(QStringLiteral("window/filter")).toInt(), int(ui::ConversationListModel::Filter::Closed));

    ui::CommandPalette* palette = window->commandPalette();
    palette->setFilterText(QStringLiteral("all conv"));
    QCOMPARE(palette->visibleActions(), QStringList({QStringLiteral("Show all conversations")}));
    QVERIFY(palette->triggerCurrent());
    QCOMPARE(window->conversationModel()->filter(), ui::ConversationListModel::Filter::All);
    QVERIFY(!settings.contains(QStringLiteral("window/filter"))); // the default is not written
    palette->setFilterText(QStringLiteral("zzz"));
    QCOMPARE(palette->visibleCount(), 0);
    QVERIFY(!palette->triggerCurrent());
}

void TestMainWindow::thePaletteListsCommandsRegisteredLater()
{
    QSettings settings(m_dir.filePath(QStringLiteral("palette.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->show();
    ui::CommandPalette* palette = window->commandPalette();
    palette->popup();
    const QStringList all = palette->visibleActions();
    QCOMPARE(all.size(), window->commands().size()); // every registered command, none twice
    const auto shortcutOf = [palette](const QString& name) {
        return palette->visibleShortcuts().value(palette->visibleActions().indexOf(name), QStringLiteral("missing"));
    };
    // A thread command and a team command, both registered after the palette was made.
    const QString attach = QStringLiteral("Attach a file…");
    const QString claim = QStringLiteral("Claim conversation");
    QVERIFY(all.contains(attach));
    QVERIFY(all.contains(claim));
    QCOMPARE(shortcutOf(attach), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText));
    QCOMPARE(shortcutOf(claim), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText));
    palette->setFilterText(QStringLiteral("private note"));
    QCOMPARE(palette->visibleActions(), QStringList({QStringLiteral("Write a private note")}));
    palette->hide();
}

void TestMainWindow::presenceSaysLeftOnSwitchingAndClosing()
{
    QSettings settings(m_dir.filePath(QStringLiteral("presence.ini")), QSettings::IniFormat);
    auto window = makeWindow(settings);
    window->show();
    window->loadInitial();
    QVERIFY(window->conversationModel()->rowCount() >= 2);
    const QString first = window->conversationModel()->summaryAt(0).contactKey;
    const QString second = window->conversationModel()->summaryAt(1).contactKey;
    QVERIFY(window->openConversation(first));
    QSignalSpy presence(window->threadPane(), &ui::ThreadPane::presenceChanged);
    QVERIFY(window->openConversation(second));
    QCOMPARE(presence.size(), 2);
    QCOMPARE(presence.at(0), QVariantList({first, QStringLiteral("left")}));
    QCOMPARE(presence.at(1), QVariantList({second, QStringLiteral("viewing")}));
    QVERIFY(window->close());
    QCOMPARE(presence.size(), 3);
    QCOMPARE(presence.at(2), QVariantList({second, QStringLiteral("left")}));
}

void TestMainWindow::geometryAndSplitterAreRemembered()
{
    const QString path = m_dir.filePath(QStringLiteral("geometry.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        auto window = makeWindow(settings);
        window->show();
        window->splitter()->setSizes({ui::WindowSettings::defaultListWidth(), 700});
        window->saveSettings();
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        QVERIFY(!settings.contains(QStringLiteral("window/listWidth"))); // default sizes are not written
        window->resize(1000, 650);
        window->splitter()->setSizes({300, 700});
        window->saveSettings();
        QVERIFY(settings.contains(QStringLiteral("window/listWidth")));
    }
    QSettings settings(path, QSettings::IniFormat);
    auto again = makeWindow(settings);
    QCOMPARE(again->size(), QSize(1000, 650));
    again->show();
    QCOMPARE(again->splitter()->sizes().first(), 300);
}

void TestMainWindow::darkPalettesAreRecognised_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<bool>("dark");
    QTest::newRow("a white window is light") << QColor(Qt::white) << false;
    QTest::newRow("Breeze Dark's window is dark") << QColor(0x20, 0x23, 0x26) << true;
    QTest::newRow("a mid grey counts as light") << QColor(0x90, 0x90, 0x90) << false;
}

void TestMainWindow::darkPalettesAreRecognised()
{
    QFETCH(QColor, window);
    QFETCH(bool, dark);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    QCOMPARE(ui::Theme::isDarkPalette(palette), dark);
    QCOMPARE(ui::Theme::forPalette(palette).dark, dark);
    QCOMPARE(ui::Theme::isDarkPalette(ui::Theme::forPalette(palette).palette()), dark);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
