// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: wiring panes to models, actions and shortcuts, remembered state.
#include "MainWindow.h"

#include "AccountBanner.h"
#include "CampaignsView.h"
#include "CommandPalette.h"
#include "Composer.h"
#include "ConversationPane.h"
#include "DraftStore.h"
#include "Language.h"
#include "SearchResultsModel.h"
#include "SupervisorView.h"
#include "TeamActions.h"
#include "TeamBar.h"
#include "ThreadModel.h"
#include "ThreadPane.h"
#include "ThreadView.h"
#include "WindowSettings.h"
#include "core/Clock.h"
#include "store/AccountHealth.h"
#include "store/CustomerIdentity.h"
#include "store/TeamQuery.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace duet::ui {

using Filter = ConversationListModel::Filter;

MainWindow::MainWindow(const MainWindowContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_theme(Theme::forPalette(QApplication::palette()))
    , m_conversations(new ConversationListModel(context.db, context.clock, this))
    , m_thread(new ThreadModel(context.db, this))
    , m_search(new SearchResultsModel(context.db, context.backend, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pages(new QStackedWidget(this))
    , m_banners(new QVBoxLayout)
    , m_accountBanner(new AccountBanner(context.clock, m_theme))
    , m_team(context.team ? context.team : new TeamActions(nullptr, this)) // no hub: every action says offline
    , m_teamBar(new TeamBar(m_team, context.clock))
    , m_role(context.role)
{
    setWindowTitle(tr("Duet"));
    setAccessibleName(tr("Duet inbox"));
    m_conversations->setCurrentAgent(context.agent);
    WindowSettings settings(context.settings);
    const int filter = settings.filter();
    if (filter >= int(Filter::All) && filter <= int(Filter::Closed))
        m_conversations->setFilter(Filter(filter));
    m_conversations->setSort(settings.sort() == 1 ? store::ConversationQuery::ByWindowClosing
                                                  : store::ConversationQuery::ByActivity);

    m_conversationPane = new ConversationPane(context.clock, m_theme, m_conversations, m_search, m_splitter);
    m_threadPane = new ThreadPane(context.clock, m_theme, m_thread, context.drafts, context.templates, m_splitter);
    m_splitter->addWidget(m_conversationPane);
    m_splitter->addWidget(m_threadPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_conversationPane->setMinimumWidth(240);
    m_threadPane->setMinimumWidth(360);
    m_pages->addWidget(m_splitter);
    // Banners across the top (the number's health first), then the pages.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_banners->setSpacing(0);
    m_banners->addWidget(m_accountBanner);
    column->addLayout(m_banners);
    column->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_threadPane->addHeaderWidget(m_teamBar);
    settings.restore(this, m_splitter, QSize(1180, 760));

    connect(m_conversationPane, &ConversationPane::conversationChosen, this,
            [this](const QString& key, const QString& wamid) {
                m_review = false;
                if (openConversation(key) && !wamid.isEmpty())
                    m_threadPane->threadView()->revealMessage(wamid);
            });
    connect(m_conversationPane, &ConversationPane::filterChanged, this,
            [this](Filter f) { WindowSettings(m_context.settings).setFilter(int(f)); });
    connect(m_conversationPane, &ConversationPane::sortChanged, this, [this](store::ConversationQuery::Sort s) {
        WindowSettings(m_context.settings).setSort(s == store::ConversationQuery::ByWindowClosing ? 1 : 0);
    });
    const auto showError = [this](const QString& message) { statusBar()->showMessage(message, 10000); };
    connect(m_conversations, &ConversationListModel::errorOccurred, this, showError);
    connect(m_thread, &ThreadModel::errorOccurred, this, showError);
    connect(m_search, &SearchResultsModel::errorOccurred, this, showError);
    statusBar()->setSizeGripEnabled(false);
    statusBar()->hide();
    connect(statusBar(), &QStatusBar::messageChanged, statusBar(),
            [this](const QString& message) { statusBar()->setVisible(!message.isEmpty()); });
    buildActions();
    buildTeamActions();
    buildCampaignActions();
    buildThreadActions();
    applyTheme(m_theme);
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addCommand(const QString& text, const QList<QKeySequence>& shortcuts,
                                const std::function<void()>& run)
{
    auto* action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    m_commands << action;
    return action;
}

void MainWindow::buildActions()
{
    addCommand(tr("Next conversation"),
               {QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_PageDown)},
               [this] { m_conversationPane->moveSelection(1); });
    addCommand(tr("Previous conversation"),
               {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_PageUp)},
               [this] { m_conversationPane->moveSelection(-1); });
    addCommand(tr("Search messages"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
               [this] { m_conversationPane->focusSearch(); });
    addCommand(tr("Write a message"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
               [this] { m_threadPane->composer()->focusInput(); });
    addCommand(tr("Send"), {QKeySequence(Qt::CTRL | Qt::Key_Return)}, [this] { m_threadPane->composer()->send(); });
    const QStringList filterNames = {tr("Show my conversations"), tr("Show unassigned conversations"),
                                     tr("Show all conversations"), tr("Show conversations closing soon"),
                                     tr("Show closed conversations")};
    const QList<Filter> order = ConversationPane::filterOrder();
    for (int i = 0; i < order.size(); ++i) {
        const Filter f = order.at(i);
        addCommand(filterNames.at(i), {QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i))},
                   [this, f] { m_conversationPane->setFilter(f); });
    }
    addCommand(tr("Toggle sort: recent or closing first"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
               [this] { m_conversationPane->toggleSort(); });
    addCommand(tr("Load older messages"), {}, [this] { m_threadPane->threadView()->loadOlder(); });
    addCommand(tr("Language…"), {}, [this] { Language::choose(this, m_context.settings); });
    addCommand(tr("Quit"), {QKeySequence::Quit}, [this] { close(); });
    m_palette = new CommandPalette([this] { return m_commands; }, this); // read on each popup()
    auto* open = new QAction(tr("Command palette"), this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(open, &QAction::triggered, m_palette, &CommandPalette::popup);
    addAction(open);
}

void MainWindow::refreshAccountHealth()
{
    store::AccountHealth health;
    QString error;
    if (!store::AccountHealth::read(m_context.db, &health, &error)) {
        statusBar()->showMessage(error, 10000);
        return;
    }
    m_accountBanner->setHealth(health, isSupervisor());
}

void MainWindow::addBanner(QWidget* banner)
{
    m_banners->addWidget(banner);
}

void MainWindow::loadInitial()
{
    refreshAccountHealth();
    m_conversations->reload();
    m_conversationPane->listView()->setFocus();
    if (!m_current.isEmpty())
        openConversation(m_current);
    else if (m_conversations->rowCount() > 0)
        openConversation(m_conversations->summaryAt(0).contactKey);
}

bool MainWindow::openConversation(const QString& requestedKey)
{
    store::ConversationSummary summary;
    QString contactKey = requestedKey;
    const int row = m_conversations->rowOfKey(contactKey);
    if (row >= 0) {
        summary = m_conversations->summaryAt(row);
    } else {
        store::ConversationQuery query(m_context.db);
        bool found = false;
        QString error;
        if (!query.find(contactKey, m_context.clock.nowSecs(), &summary, &found, &error))
            return false;
        // A key from an older view (a search hit, a notification) may have been merged since:
        // its conversation lives on under the survivor's key.
        QString current;
        if (!found && store::CustomerIdentity::currentKey(m_context.db, contactKey, &current, &error) &&
            current != contactKey) {
            contactKey = current;
            if (!query.find(contactKey, m_context.clock.nowSecs(), &summary, &found, &error))
                return false;
        }
        if (!found)
            return false;
    }
    m_current = contactKey;
    m_conversationPane->selectKey(contactKey);
    showSummary(summary);
    return true;
}

void MainWindow::conversationsChanged(const QStringList& contactKeys)
{
    for (const QString& key : contactKeys)
        m_conversations->refreshConversation(key);
    // Search hits of a changed customer (a number shared, a merge) are read again.
    if (m_conversationPane->isShowingSearch() && m_search->showsAny(contactKeys))
        m_search->search(m_search->text());
    if (m_context.drafts.count() > 0) {
        for (const QString& key : contactKeys)
            moveMergedDrafts(key);
    }
    if (!m_current.isEmpty()) {
        // The open conversation may be gone under the agent: merged into another, or renamed to
        // the phone's key when the customer shared their number.
        QString now;
        QString error;
        if (store::CustomerIdentity::currentKey(m_context.db, m_current, &now, &error) && now != m_current) {
            followConversation(now);
            if (m_supervisor && isTeamOverviewShown())
                m_supervisor->refresh();
            return;
        }
    }
    if (!m_current.isEmpty() && contactKeys.contains(m_current)) {
        m_thread->refresh();
        store::ConversationQuery query(m_context.db);
        store::ConversationSummary summary;
        bool found = false;
        QString error;
        const bool shown = query.find(m_current, m_context.clock.nowSecs(), &summary, &found, &error) && found;
        if (shown)
            showSummary(summary); // re-reads the presence too
        m_conversationPane->selectKey(m_current);
        if (!shown)
            m_threadPane->refreshPresence();
    }
    if (m_supervisor && isTeamOverviewShown())
        m_supervisor->refresh();
}

void MainWindow::followConversation(const QString& survivor)
{
    const QString gone = m_current;
    m_conversations->refreshConversation(gone); // its row leaves
    m_conversations->refreshConversation(survivor);
    store::ConversationQuery query(m_context.db);
    store::ConversationSummary summary;
    bool found = false;
    QString error;
    if (!query.find(survivor, m_context.clock.nowSecs(), &summary, &found, &error) || !found) {
        m_current.clear();
        m_threadPane->clear();
        return;
    }
    m_current = survivor;
    m_conversationPane->selectKey(survivor);
    m_threadPane->followConversation(summary);
    m_teamBar->setConversation(summary);
    m_teamBar->setReviewMode(m_review);
}

void MainWindow::moveMergedDrafts(const QString& contactKey)
{
    QStringList merged;
    QString error;
    if (!store::ConversationQuery(m_context.db).mergedInto(contactKey, &merged, &error))
        return;
    Composer* composer = m_threadPane->composer();
    for (const QString& gone : std::as_const(merged)) {
        const QString draft = m_context.drafts.text(gone);
        if (draft.isEmpty() || composer->conversation() == gone)
            continue; // the open one moves with the composer (followConversation())
        const bool open = composer->conversation() == contactKey;
        const QString there = open ? composer->text() : m_context.drafts.text(contactKey);
        const QString joined = there.isEmpty() ? draft : there + QStringLiteral("\n\n") + draft;
        if (open)
            composer->setText(joined); // saved as a draft as any typing is
        else
            m_context.drafts.setText(contactKey, joined);
        m_context.drafts.setText(gone, QString());
    }
}

void MainWindow::askForPhoneNumber()
{
    if (m_review) {
        statusBar()->showMessage(tr("Review mode: replies are off. Choose the conversation in the list to reply."),
                                 10000);
        return;
    }
    // A send refused on the way (the window, the sending number) says so in the status bar while
    // the request is made: that notice stays, rather than "Asked …".
    statusBar()->clearMessage();
    const QString said = m_threadPane->askForPhoneNumber();
    if (statusBar()->currentMessage().isEmpty())
        statusBar()->showMessage(said, 10000);
}

void MainWindow::saveSettings()
{
    WindowSettings(m_context.settings).save(this, m_splitter);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        WindowSettings(m_context.settings).restoreSplitter(m_splitter);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        m_threadPane->leavePresence(); // the hub would otherwise show us "viewing" for up to 30 s
}

void MainWindow::applyTheme(const Theme& theme)
{
    m_theme = theme;
    m_conversationPane->setTheme(theme);
    m_threadPane->setTheme(theme);
    m_accountBanner->setTheme(theme);
    QPalette pal = m_conversationPane->palette();
    pal.setColor(QPalette::Window, theme.base);
    m_conversationPane->setAutoFillBackground(true);
    m_conversationPane->setPalette(pal);
}

void MainWindow::changeEvent(QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange || type == QEvent::ThemeChange) &&
        !m_applyingTheme) {
        const Theme fresh = Theme::forPalette(QApplication::palette());
        if (fresh.dark != m_theme.dark) {
            m_applyingTheme = true;
            applyTheme(fresh);
            m_applyingTheme = false;
        }
    }
    QMainWindow::changeEvent(event);
}

} // namespace duet::ui
