// SPDX-License-Identifier: GPL-3.0-or-later
// Duet's main window: the conversation pane and the thread pane side by side.
#pragma once

#include "ConversationListModel.h"
#include "Theme.h"
#include "store/Database.h"
#include "sync/Protocol.h"

#include <QMainWindow>

#include <memory>

class QSettings;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace duet {
class Clock;
}

namespace duet::ui {

class AccountBanner;
class CampaignsView;
class CannedReplies;
class CommandPalette;
class ConversationPane;
class DraftStore;
class SearchResultsModel;
class SupervisorView;
class TeamActions;
class TeamBar;
class TemplateCatalog;
class ThreadModel;
class ThreadPane;
struct CampaignsContext;

/// What the main window is built from; everything is owned by the composition root and
/// outlives the window.
struct MainWindowContext
{
    QSqlDatabase db;
    store::Backend backend = store::Backend::Sqlite;
    const Clock& clock;
    DraftStore& drafts;
    const TemplateCatalog& templates;
    QSettings& settings;
    QString agent; ///< the signed-in agent (the "Mine" filter); null when nobody is
    /// Team commands through the sync client; null without a hub (team actions then say offline).
    TeamActions* team = nullptr;
    /// The signed-in role as last known (the hub's welcome updates it through `team`).
    sync::Role role = sync::Role::Agent;
};

/// The window agents live in: a splitter with the conversation pane (search, filters, list)
/// and the thread pane (header, thread, composer). It owns the item models, the actions with
/// their shortcuts and the command palette; it remembers its geometry, splitter sizes, filter
/// and sort. Nothing is read in the constructor: call loadInitial() once the window shows.
/// Usage: `MainWindow w(context); w.show(); QTimer::singleShot(0, &w, &MainWindow::loadInitial);`
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads the first page of conversations and opens the first (or the remembered) one.
    void loadInitial();
    /// Opens a conversation by contact key (a key merged away opens its survivor); false when the
    /// store has none.
    bool openConversation(const QString& requestedKey);
    /// Opens the conversation with the number `digits` (a shared contact card's number), or an
    /// empty one ready for a first template when the store has none; false when it has no digits.
    bool openNumber(const QString& digits);
    QString currentConversation() const { return m_current; }
    /// The store changed these conversations (the sync layer calls this after applying events):
    /// their list rows move or update, and the open thread, header and composer catch up. When
    /// the open conversation was merged into another or took the phone's key (CustomerIdentity),
    /// the list and the thread follow it there, keeping the selection and what is being typed;
    /// drafts of other merged conversations move to their survivor.
    void conversationsChanged(const QStringList& contactKeys);
    /// "Ask for the phone number" for the open conversation (ThreadPane::askForPhoneNumber());
    /// the status bar says what happened.
    void askForPhoneNumber();

    // Banners ---------------------------------------------------------------------------------------
    /// Re-reads the number's health from the store (store::AccountHealth) for the banner across
    /// the top: disconnected, offboarded, connected again, or (supervisors) the phone app unused
    /// for 10 days or more. The sync layer calls it after applying events; loadInitial() too.
    void refreshAccountHealth();
    AccountBanner* accountBanner() const { return m_accountBanner; }
    /// Adds a banner of another kind under the account banner, above the panes (it shows and
    /// hides itself).
    void addBanner(QWidget* banner);

    ConversationListModel* conversationModel() const { return m_conversations; }
    ThreadModel* threadModel() const { return m_thread; }
    SearchResultsModel* searchModel() const { return m_search; }
    ConversationPane* conversationPane() const { return m_conversationPane; }
    ThreadPane* threadPane() const { return m_threadPane; }
    QSplitter* splitter() const { return m_splitter; }
    CommandPalette* commandPalette() const { return m_palette; }
    /// The actions of the window, as the command palette lists them.
    QList<QAction*> commands() const { return m_commands; }
    /// Saves geometry, splitter sizes, filter and sort (also done on close).
    void saveSettings();

    // Team work ------------------------------------------------------------------------------------
    /// The team bar in the thread header (assignee, claim, assign, status, labels).
    TeamBar* teamBar() const { return m_teamBar; }
    bool isSupervisor() const;
    /// Shows the supervisors' team overview instead of the inbox (or back); false for agents.
    bool showTeamOverview(bool show);
    bool isTeamOverviewShown() const;
    /// The team overview page; null until a supervisor first opens it.
    SupervisorView* supervisorView() const { return m_supervisor; }
    /// Opens a conversation read-only (from the team overview): the composer is hidden and the
    /// header says "Review mode". Opening a conversation from the list ends it.
    bool openForReview(const QString& contactKey);
    bool isReviewMode() const { return m_review; }
    /// A command of the window (the palette lists it, with its shortcuts); the composition root
    /// adds those that need what only it has (the sync client).
    QAction* addCommand(const QString& text, const QList<QKeySequence>& shortcuts, const std::function<void()>& run);

    // Campaigns (MainWindowCampaigns.cpp) ----------------------------------------------------------
    /// What the Campaigns page works on (the composition root's outbox); without it the page
    /// says campaigns are not available on this desktop.
    void setCampaigns(const CampaignsContext& context);
    /// Shows the supervisors' Campaigns page instead of the inbox (or back); false for agents.
    bool showCampaigns(bool show);
    bool isCampaignsShown() const;
    /// The Campaigns page; null until a supervisor first opens it.
    CampaignsView* campaignsView() const { return m_campaigns; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildActions();
    void applyTheme(const Theme& theme);
    void buildTeamActions();
    void buildCampaignActions();
    /// The thread's commands (attach, note, canned replies) and its canned replies file (MainWindowThread.cpp).
    void buildThreadActions();
    void showSummary(const store::ConversationSummary& summary);
    /// The open conversation now lives under `survivor`: the list, the thread and the composer go there.
    void followConversation(const QString& survivor);
    /// Drafts typed in conversations merged into `contactKey` move to it.
    void moveMergedDrafts(const QString& contactKey);

    MainWindowContext m_context;
    Theme m_theme;
    ConversationListModel* m_conversations;
    ThreadModel* m_thread;
    SearchResultsModel* m_search;
    ConversationPane* m_conversationPane;
    ThreadPane* m_threadPane;
    QSplitter* m_splitter;
    CommandPalette* m_palette = nullptr;
    QList<QAction*> m_commands;
    QStackedWidget* m_pages;
    QVBoxLayout* m_banners;
    AccountBanner* m_accountBanner;
    TeamActions* m_team;
    TeamBar* m_teamBar;
    CannedReplies* m_canned = nullptr;
    SupervisorView* m_supervisor = nullptr;
    std::unique_ptr<CampaignsContext> m_campaignsContext;
    CampaignsView* m_campaigns = nullptr;
    sync::Role m_role;
    bool m_review = false;
    QString m_current;
    bool m_applyingTheme = false;
    bool m_shownOnce = false;
};

} // namespace duet::ui
