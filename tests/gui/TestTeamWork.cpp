// SPDX-License-Identifier: GPL-3.0-or-later
// Team work end to end: desktops (window + store + sync client) against an in-process hub on loopback.
#include "GuiFixtures.h"
#include "InProcessHub.h"
#include "ui/Composer.h"
#include "ui/ConversationListModel.h"
#include "ui/ConversationPane.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/SupervisorModels.h"
#include "ui/SupervisorView.h"
#include "ui/TeamActions.h"
#include "ui/TeamBar.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

using namespace duet;
using namespace duet::test;
using ui::MainWindow;

namespace {

/// One agent's desktop: its replica, its sync client, its TeamActions and its window.
struct Desktop
{
    Desk desk;
    std::unique_ptr<ui::TeamActions> team;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<MainWindow> window;

    bool open(InProcessHub& hub, const Clock& clock, const QString& name, const QString& token, sync::Role role,
              ui::DraftStore& drafts, const ui::TemplateCatalog& templates, QString* error)
    {
        if (!desk.open(clock, hub.path(name + QStringLiteral(".db")), error))
            return false;
        team = std::make_unique<ui::TeamActions>(desk.client.get());
        settings = std::make_unique<QSettings>(hub.path(name + QStringLiteral(".ini")), QSettings::IniFormat);
        ui::MainWindowContext context{
            desk.store->connection(), desk.store->backend(), clock, drafts, templates, *settings, name};
        context.team = team.get();
        context.role = role;
        window = std::make_unique<MainWindow>(context);
        QObject::connect(desk.client.get(), &sync::SyncClient::conversationsChanged, window.get(),
                         &MainWindow::conversationsChanged);
        desk.client->start(hub.url(), token);
        window->loadInitial();
        return true;
    }
    QString assigneeInStore(const QString& key) const
    {
        QSqlQuery q(desk.store->connection());
        q.prepare(QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = ?"));
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }
    QString statusMessage() const { return window->statusBar()->currentMessage(); }
};

const QString kFirst = QStringLiteral("15551230001");
const QString kSecond = QStringLiteral("15551230002");
const QString kClosing = QStringLiteral("15551230003");

} // namespace

class TestTeamWork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void teamCommandsAreInThePaletteWithTheirOwnShortcuts();
    void claimingFromTheTeamBarShowsTheAssignee();
    void aSupervisorAssignsFromTheTeamBar();
    void aSupervisorReassignsFromTheOverviewInOneStep();
    void anAgentCannotReassignSomeoneElsesConversation();
    void labelsAndStatusGoThroughTheBar();
    void reviewModeHidesTheComposer();
    void offlineActionsSayOfflineAndChangeNothing();

private:
    SystemClock m_clock;
    InProcessHub m_hub;
    std::unique_ptr<ui::DraftStore> m_drafts;
    ui::JsonTemplateCatalog m_templates;
    Desktop m_ana; // supervisor
    Desktop m_bo;  // agent
    QString m_cyToken;
};

void TestTeamWork::initTestCase()
{
    QString error;
    QVERIFY2(m_hub.start(&error), qPrintable(error));
    const QString ana = m_hub.addAgent(QStringLiteral("ana"), sync::Role::Supervisor, &error);
    const QString bo = m_hub.addAgent(QStringLiteral("bo"), sync::Role::Agent, &error);
    m_cyToken = m_hub.addAgent(QStringLiteral("cy"), sync::Role::Agent, &error);
    QVERIFY2(!ana.isEmpty() && !bo.isEmpty() && !m_cyToken.isEmpty(), qPrintable(error));
    const qint64 now = m_clock.nowSecs();
    QVERIFY(m_hub.postText(kFirst, QStringLiteral("wamid.first"), now - 600, QStringLiteral("Hello?")));
    QVERIFY(m_hub.postText(kSecond, QStringLiteral("wamid.second"), now - 300, QStringLiteral("Is anyone there?")));
    // The customer wrote 23.5 hours ago and nobody answered: the window closes in 30 minutes.
    QVERIFY(m_hub.postText(kClosing, QStringLiteral("wamid.closing"), now - 86400 + 1800, QStringLiteral("Price?")));
    m_drafts = std::make_unique<ui::DraftStore>(QString());
    QVERIFY(
        m_ana.open(m_hub, m_clock, QStringLiteral("ana"), ana, sync::Role::Supervisor, *m_drafts, m_templates, &error));
    QVERIFY(m_bo.open(m_hub, m_clock, QStringLiteral("bo"), bo, sync::Role::Agent, *m_drafts, m_templates, &error));
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.desk.isLive() && m_bo.desk.isLive(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.desk.client->lastSeq() >= 3 && m_bo.desk.client->lastSeq() >= 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ana.team->roster().size() == 3, 20000);
}

void TestTeamWork::cleanupTestCase()
{
    for (Desktop* d : {&m_ana, &m_bo}) {
        d->window.reset();
        d->desk.client->stop();
    }
}

void TestTeamWork::teamCommandsAreInThePaletteWithTheirOwnShortcuts()
{
    QHash<QString, QString> byShortcut;
    QStringList names;
    for (QAction* a : m_bo.window->commands()) {
        names << a->text();
        for (const QKeySequence& k : a->shortcuts()) {
            const QString key = k.toString(QKeySequence::PortableText);
            QVERIFY2(!byShortcut.contains(key), qPrintable(key + QStringLiteral(": ") + byShortcut.value(key) +
                                                           QStringLiteral(" and ") + a->text()));
            byShortcut.insert(key, a->text());
        }
    }
    for (const char* command : {"Claim conversation", "Release conversation", "Assign conversation to…",
                                "Set status or snooze…", "Resolve conversation", "Add a label", "Team overview"})
        QVERIFY2(names.contains(QString::fromUtf8(command)), command);
    QCOMPARE(byShortcut.value(QStringLiteral("Ctrl+Shift+C")), QStringLiteral("Claim conversation"));
    QCOMPARE(byShortcut.value(QStringLiteral("Ctrl+Shift+R")), QStringLiteral("Resolve conversation"));
    QCOMPARE(byShortcut.value(QStringLiteral("Ctrl+Shift+O")), QStringLiteral("Team overview"));
}

void TestTeamWork::claimingFromTheTeamBarShowsTheAssignee()
{
    MainWindow& w = *m_bo.window;
    QVERIFY(w.openConversation(kFirst));
    ui::TeamBar* bar = w.teamBar();
    QCOMPARE(bar->assigneeText(), QStringLiteral("Unassigned"));
    QVERIFY(!bar->claimButton()->accessibleName().isEmpty());
    bar->claimButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(bar->assigneeText(), QStringLiteral("You"), 20000);
    QCOMPARE(m_bo.assigneeInStore(kFirst), QStringLiteral("bo"));
    QTRY_COMPARE_WITH_TIMEOUT(m_ana.assigneeInStore(kFirst), QStringLiteral("bo"), 20000);
    QCOMPARE(m_bo.statusMessage(), QStringLiteral("You took this conversation."));
    QVERIFY(bar->releaseButton()->isVisibleTo(bar));
    // The list row shows it too.
    const int row = w.conversationModel()->rowOfKey(kFirst);
    if (row >= 0) // the remembered filter may hide it (Mine/Unassigned); All shows it
        QCOMPARE(w.conversationModel()->index(row).data(ui::ConversationListModel::AssigneeRole).toString(),
                 QStringLiteral("bo"));
}

void TestTeamWork::aSupervisorAssignsFromTheTeamBar()
{
    MainWindow& w = *m_ana.window;
    QVERIFY(w.openConversation(kSecond));
    // The assign menu lists the roster, online agents first.
    w.teamBar()->assignMenu()->popup(QPoint(0, 0));
    QTRY_VERIFY(!w.teamBar()->assignMenu()->actions().isEmpty());
    QStringList texts;
    for (QAction* a : w.teamBar()->assignMenu()->actions())
        texts << a->text();
    w.teamBar()->assignMenu()->hide();
    QVERIFY2(texts.value(0).startsWith(QStringLiteral("ana")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.value(2).startsWith(QStringLiteral("cy")), qPrintable(texts.join(QLatin1Char('|'))));
    w.teamBar()->assignTo(QStringLiteral("bo"));
    QTRY_COMPARE_WITH_TIMEOUT(w.teamBar()->assigneeText(), QStringLiteral("bo"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_bo.assigneeInStore(kSecond), QStringLiteral("bo"), 20000);
    QCOMPARE(m_ana.statusMessage(), QStringLiteral("Assigned to bo."));
}

void TestTeamWork::aSupervisorReassignsFromTheOverviewInOneStep()
{
    MainWindow& w = *m_ana.window;
    QVERIFY(w.showTeamOverview(true));
    QVERIFY(w.isTeamOverviewShown());
    ui::SupervisorView* view = w.supervisorView();
    QAbstractItemModelTester agentsTester(view->agentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester closingTester(view->closingModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester queueTester(view->unassignedModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->refresh();
    // Load: bo holds two conversations; everyone is listed, online first.
    ui::AgentLoadModel* agents = view->agentModel();
    QCOMPARE(agents->rowCount(), 3);
    const int boRow = agents->rowOfName(QStringLiteral("bo"));
    QVERIFY(boRow >= 0 && boRow < 2); // online
    QCOMPARE(agents->index(boRow).data(ui::AgentLoadModel::OpenRole).toInt(), 2);
    QCOMPARE(agents->nameAt(2), QStringLiteral("cy")); // offline last
    // The window about to close, with its countdown; the unassigned queue holds it too.
    QCOMPARE(view->closingModel()->rowCount(), 1);
    QCOMPARE(view->closingModel()->keyAt(0), kClosing);
    QVERIFY(view->closingModel()->index(0).data().toString().contains(QStringLiteral("Closes in")));
    QCOMPARE(view->unassignedModel()->rowCount(), 1);
    QVERIFY(view->responseText().contains(QStringLiteral("customer")));

    // One step: drop the conversation (dragged from the closing list) onto cy.
    const QModelIndex closing = view->closingModel()->index(0);
    std::unique_ptr<QMimeData> dragged(view->closingModel()->mimeData({closing}));
    const QModelIndex cy = agents->index(agents->rowOfName(QStringLiteral("cy")));
    QVERIFY(agents->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, cy));
    agents->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, cy);
    QTRY_COMPARE_WITH_TIMEOUT(m_bo.assigneeInStore(kClosing), QStringLiteral("cy"), 20000);

    // One step too: select bo's conversation... from the queue: nothing left unassigned now.
    QTRY_COMPARE_WITH_TIMEOUT(view->unassignedModel()->rowCount(), 0, 20000);
    // Reassign with the button: select the closing row and an agent.
    view->refresh();
    QCOMPARE(view->closingModel()->rowCount(), 1);
    view->closingView()->setCurrentIndex(view->closingModel()->index(0));
    view->agentView()->setCurrentIndex(agents->index(agents->rowOfName(QStringLiteral("ana"))));
    QVERIFY(view->assignSelection());
    QTRY_COMPARE_WITH_TIMEOUT(m_bo.assigneeInStore(kClosing), QStringLiteral("ana"), 20000);
    w.showTeamOverview(false);
    QVERIFY(!w.isTeamOverviewShown());
}

void TestTeamWork::anAgentCannotReassignSomeoneElsesConversation()
{
    MainWindow& w = *m_bo.window;
    QVERIFY(!w.showTeamOverview(true)); // agents have no overview
    QVERIFY(m_bo.statusMessage().contains(QStringLiteral("for supervisors")));
    QVERIFY(w.openConversation(kClosing)); // assigned to ana
    QTRY_COMPARE_WITH_TIMEOUT(w.teamBar()->assigneeText(), QStringLiteral("ana"), 20000);
    w.teamBar()->assignTo(QStringLiteral("cy"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bo.statusMessage().contains(QStringLiteral("only a supervisor")), 20000);
    QCOMPARE(m_bo.assigneeInStore(kClosing), QStringLiteral("ana"));
    // Claiming someone else's conversation is a conflict, said as such.
    w.teamBar()->claim();
    QTRY_VERIFY_WITH_TIMEOUT(m_bo.statusMessage().contains(QStringLiteral("someone else has already taken it")), 20000);
    QCOMPARE(m_bo.assigneeInStore(kClosing), QStringLiteral("ana"));
}

void TestTeamWork::labelsAndStatusGoThroughTheBar()
{
    MainWindow& w = *m_bo.window;
    QVERIFY(w.openConversation(kFirst));
    w.teamBar()->labelField()->setText(QStringLiteral("vip"));
    QTest::keyClick(w.teamBar()->labelField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(w.teamBar()->labels(), QStringList{QStringLiteral("vip")}, 20000);
    w.teamBar()->setStatus(sync::ConversationStatus::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(w.teamBar()->statusText(), QStringLiteral("Pending"), 20000);
    // Snoozed: the conversation leaves "All" until its time.
    w.conversationPane()->setFilter(ui::ConversationListModel::Filter::All);
    QVERIFY(w.conversationModel()->rowOfKey(kFirst) >= 0);
    const QDateTime inAnHour = QDateTime::fromSecsSinceEpoch(m_clock.nowSecs() + 3600);
    w.teamBar()->snoozeUntil(inAnHour);
    QTRY_VERIFY_WITH_TIMEOUT(m_bo.statusMessage().startsWith(QStringLiteral("Snoozed until")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w.conversationModel()->rowOfKey(kFirst) < 0, 20000);
    QCOMPARE(w.conversationModel()->snoozedUntil(kFirst), inAnHour.toSecsSinceEpoch());
    // The thread stays open on it as its row leaves the list.
    QCOMPARE(w.currentConversation(), kFirst);
    QCOMPARE(w.teamBar()->statusText(), QStringLiteral("Snoozed"));
    w.teamBar()->removeLabel(QStringLiteral("vip"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bo.statusMessage().contains(QStringLiteral("removed")), 20000);
}

void TestTeamWork::reviewModeHidesTheComposer()
{
    MainWindow& w = *m_ana.window;
    QVERIFY(w.openForReview(kSecond));
    QVERIFY(w.isReviewMode());
    QVERIFY(w.teamBar()->isReviewMode());
    QVERIFY(!w.threadPane()->composer()->isVisibleTo(w.threadPane()));
    QVERIFY(m_ana.statusMessage().contains(QStringLiteral("Review mode")));
    // Choosing a conversation in the list ends review mode.
    emit w.conversationPane()->conversationChosen(kFirst, QString());
    QVERIFY(!w.isReviewMode());
    QVERIFY(!w.teamBar()->isReviewMode());
    QVERIFY(w.threadPane()->composer()->isVisibleTo(w.threadPane()));
}

void TestTeamWork::offlineActionsSayOfflineAndChangeNothing()
{
    // A window without a hub at all.
    QSettings settings(m_hub.path(QStringLiteral("nohub.ini")), QSettings::IniFormat);
    MainWindow alone(ui::MainWindowContext{m_bo.desk.store->connection(), m_bo.desk.store->backend(), m_clock,
                                           *m_drafts, m_templates, settings, QStringLiteral("bo")});
    alone.loadInitial();
    QVERIFY(alone.openConversation(kSecond));
    const QString before = m_bo.assigneeInStore(kSecond);
    alone.teamBar()->release();
    QTRY_VERIFY(alone.statusBar()->currentMessage().contains(QStringLiteral("offline")));
    QCOMPARE(m_bo.assigneeInStore(kSecond), before);

    // A desktop whose hub went away.
    m_bo.desk.client->stop();
    QTRY_VERIFY(!m_bo.team->isOnline());
    m_bo.window->openConversation(kSecond);
    m_bo.window->teamBar()->release();
    QTRY_VERIFY(m_bo.statusMessage().contains(QStringLiteral("Duet is offline")));
    QCOMPARE(m_bo.assigneeInStore(kSecond), before);
    QCOMPARE(m_bo.team->roster().size(), 0);
}

QTEST_MAIN(TestTeamWork)
#include "TestTeamWork.moc"
