// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's team overview: agents and their load, response figures, closing windows, the unassigned queue.
#pragma once

#include "Theme.h"
#include "store/TeamQuery.h"

#include <QLabel>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>

class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace duet {
class Clock;
}

namespace duet::ui {

class AgentLoadModel;
class ClosingSoonModel;
class CostModel;
class DashboardView;
class ConversationListModel;
class ImportPanel;
class TeamActions;

/// A page for supervisors (MainWindow's "Team overview", Ctrl+Shift+O) in two tabs: the dashboard
/// (DashboardView: figures and charts over a period), and the team: the agents with who is
/// online and how many conversations each holds, first-response and resolution times over the
/// last 7 days, the conversations whose window closes within the hour unanswered (counting
/// down), and the unassigned queue. A conversation from either list is reassigned in one step:
/// dragged onto an agent, or "Assign to" in its context menu, or the Assign button with an
/// agent selected. Double-click (or Review) opens it read-only: reviewRequested(). A line says
/// how many days ago the phone app was last used (Meta disconnects the number after 14).
/// Usage: `SupervisorView v(&team, db, clock, theme); v.refresh();`
class SupervisorView : public QWidget
{
    Q_OBJECT
public:
    SupervisorView(TeamActions* actions, QSqlDatabase db, const Clock& clock, const Theme& theme,
                   QWidget* parent = nullptr);

    /// Re-reads every figure and list (the window calls it when shown and when the store changes).
    void refresh();
    /// Assigns the selected conversation (of either list) to the selected agent; false when one is missing.
    bool assignSelection();
    /// The contact key of the selected conversation in either list; null when none.
    QString selectedConversation() const;

    AgentLoadModel* agentModel() const { return m_agents; }
    ClosingSoonModel* closingModel() const { return m_closing; }
    ConversationListModel* unassignedModel() const { return m_unassigned; }
    QListView* agentView() const { return m_agentView; }
    QListView* closingView() const { return m_closingView; }
    QString responseText() const { return m_response->text(); }
    /// The last 7 days' business messages by pricing category, billable or free (refresh() reads it).
    CostModel* costModel() const { return m_costs; }
    QTableView* costView() const { return m_costView; }
    /// "Phone app: last used 3 days ago. …" (store::AccountHealth); refresh() reads it.
    QString phoneAppText() const { return m_phoneApp->text(); }
    /// The dashboard tab (DashboardView), shown first; refresh() reads it too.
    DashboardView* dashboard() const { return m_dashboard; }
    /// Shows the team tab (lists and reassignment) or the dashboard.
    void showTeamTab(bool team);

signals:
    void reviewRequested(const QString& contactKey);

protected:
    /// The countdown timer runs only while the view is shown.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    /// Shows the first-response figures read by refresh() and reads the resolution figures.
    void updateFigures(qint64 now, bool responsesRead, const store::ResponseFigures& responses,
                       const QString& responsesError);
    /// The phone app's idle days (store::AccountHealth).
    void updatePhoneApp(qint64 now);
    void showConversationMenu(QListView* view, const QPoint& pos);
    QString keyOf(QListView* view) const;

    TeamActions* m_actions;
    QSqlDatabase m_db;
    const Clock& m_clock;
    AgentLoadModel* m_agents;
    ClosingSoonModel* m_closing;
    ConversationListModel* m_unassigned;
    QLabel* m_response;
    ImportPanel* m_import;
    QLabel* m_resolution;
    QLabel* m_phoneApp;
    CostModel* m_costs;
    QTableView* m_costView;
    QLabel* m_costNote; ///< what the table counts, or why it could not be read
    QListView* m_agentView;
    QListView* m_closingView;
    QListView* m_unassignedView;
    QPushButton* m_assign;
    QPushButton* m_review;
    DashboardView* m_dashboard;
    QTabWidget* m_tabs = nullptr;
    QTimer m_countdown;
    qint64 m_lastClosingReload = 0;  ///< unix seconds of the closing list's last reload
    QListView* m_lastList = nullptr; ///< the conversation list the agent chose in last
};

} // namespace duet::ui
