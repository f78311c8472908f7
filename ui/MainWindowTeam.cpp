// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's team work: the team bar, its commands and shortcuts, the team overview, review mode.
#include "CampaignsView.h"
#include "Composer.h"
#include "ConversationPane.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "SupervisorView.h"
#include "TeamActions.h"
#include "TeamBar.h"
#include "ThreadModel.h"
#include "ThreadPane.h"
#include "core/Clock.h"
#include "store/TeamQuery.h"

#include <QAction>
#include <QDateTime>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace duet::ui {

void MainWindow::buildTeamActions()
{
    // Results of team actions (the team bar's, notes, the overview's) in the status bar; presence
    // is background chatter and says nothing.
    connect(m_team, &TeamActions::finished, this, [this](const TeamActions::Result& result) {
        if (result.kind == TeamActions::Kind::Presence || result.message.isEmpty())
            return;
        statusBar()->showMessage(result.message, result.ok ? 5000 : 15000);
    });
    m_teamBar->setAgentName(m_context.agent);
    connect(m_team, &TeamActions::welcomed, this, [this] {
        m_role = m_team->role();
        refreshAccountHealth();                  // supervisors see the phone app's idle days
        m_thread->setSupervisor(isSupervisor()); // and what customers edited away or deleted
    });
    connect(m_threadPane, &ThreadPane::noteRequested, m_team,
            [this](const QString& key, const QString& text) { m_team->note(key, text); });
    connect(m_threadPane, &ThreadPane::presenceChanged, m_team, [this](const QString& key, const QString& state) {
        if (m_review)
            return; // a supervisor reviewing is not "viewing" for the team
        if (state == QLatin1String("viewing"))
            m_team->presence(key, sync::PresenceState::Viewing);
        else if (state == QLatin1String("composing"))
            m_team->presence(key, sync::PresenceState::Composing);
        else if (state == QLatin1String("left"))
            m_team->presence(key, sync::PresenceState::Left);
    });

    // Ctrl+Shift+A (attachments), +S (sort) and +P (palette) are taken.
    addCommand(tr("Claim conversation"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
               [this] { m_teamBar->claim(); });
    addCommand(tr("Release conversation"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
               [this] { m_teamBar->release(); });
    addCommand(tr("Assign conversation to…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
               [this] { m_teamBar->popupAssignMenu(); });
    addCommand(tr("Set status or snooze…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
               [this] { m_teamBar->popupStatusMenu(); });
    addCommand(tr("Resolve conversation"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
               [this] { m_teamBar->setStatus(sync::ConversationStatus::Resolved); });
    addCommand(tr("Reopen conversation"), {}, [this] { m_teamBar->setStatus(sync::ConversationStatus::Open); });
    addCommand(tr("Mark conversation pending"), {},
               [this] { m_teamBar->setStatus(sync::ConversationStatus::Pending); });
    addCommand(tr("Snooze conversation for 1 hour"), {}, [this] {
        m_teamBar->snoozeUntil(
            TeamBar::snoozePresets(QDateTime::fromSecsSinceEpoch(m_context.clock.nowSecs())).constFirst());
    });
    addCommand(tr("Add a label"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
               [this] { m_teamBar->focusLabelField(); });
    QAction* overview = addCommand(tr("Team overview"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                                   [this] { showTeamOverview(!isTeamOverviewShown()); });
    overview->setCheckable(true);
    connect(m_pages, &QStackedWidget::currentChanged, overview,
            [this, overview] { overview->setChecked(isTeamOverviewShown()); });
}

void MainWindow::showSummary(const store::ConversationSummary& summary)
{
    m_threadPane->showConversation(summary);
    m_teamBar->setConversation(summary);
    QStringList labels;
    QString error;
    if (store::TeamQuery(m_context.db).labelsInUse(&labels, &error))
        m_teamBar->setKnownLabels(labels);
    m_teamBar->setReviewMode(m_review);
    // Review mode hides and disables the composer; leaving it gives back only what it took.
    Composer* composer = m_threadPane->composer();
    const char* const reviewed = "duetReviewDisabled";
    if (m_review) {
        composer->hide();
        if (composer->isEnabled()) {
            composer->setEnabled(false);
            composer->setProperty(reviewed, true);
        }
    } else if (composer->property(reviewed).toBool()) {
        composer->setEnabled(true);
        composer->setProperty(reviewed, false);
    }
}

bool MainWindow::isSupervisor() const
{
    return m_role == sync::Role::Supervisor || (m_team->isOnline() && m_team->isSupervisor());
}

bool MainWindow::isTeamOverviewShown() const
{
    return m_supervisor && m_pages->currentWidget() == m_supervisor;
}

bool MainWindow::showTeamOverview(bool show)
{
    if (!show) {
        m_pages->setCurrentWidget(m_splitter);
        return true;
    }
    if (!isSupervisor()) {
        statusBar()->showMessage(tr("The team overview is for supervisors. Ask your administrator if you need it."),
                                 10000);
        return false;
    }
    if (!m_supervisor) {
        m_supervisor = new SupervisorView(m_team, m_context.db, m_context.clock, m_theme, m_pages);
        m_pages->addWidget(m_supervisor);
        connect(m_supervisor, &SupervisorView::reviewRequested, this, &MainWindow::openForReview);
        // The dashboard's campaign progress comes from this desktop's outbox, when it is open.
        if (m_campaignsContext && m_campaignsContext->campaigns) {
            outbound::Campaigns* campaigns = m_campaignsContext->campaigns;
            m_supervisor->dashboard()->setCampaignSource([campaigns] { return campaigns->campaigns(); });
        }
        connect(m_supervisor->dashboard(), &DashboardView::campaignsRequested, this, [this] { showCampaigns(true); });
    }
    m_supervisor->refresh();
    m_pages->setCurrentWidget(m_supervisor);
    return true;
}

bool MainWindow::openForReview(const QString& contactKey)
{
    m_review = true;
    m_pages->setCurrentWidget(m_splitter);
    if (openConversation(contactKey)) {
        m_review = true; // openConversation keeps it; say so in the status bar too
        statusBar()->showMessage(tr("Review mode: replies are off. Choose the conversation in the list to reply."),
                                 10000);
        return true;
    }
    m_review = false;
    return false;
}

} // namespace duet::ui
