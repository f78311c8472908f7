// SPDX-License-Identifier: GPL-3.0-or-later
// The team overview page: binds the supervisor models to lists, figures and one-step reassignment.
#include "SupervisorView.h"

#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "CostModel.h"
#include "DashboardView.h"
#include "ImportPanel.h"
#include "SupervisorModels.h"
#include "TeamActions.h"
#include "TeamBar.h"
#include "core/Clock.h"
#include "store/AccountHealth.h"
#include "store/TeamQuery.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace duet::ui {

namespace {

constexpr qint64 kWeekSecs = 7 * 86400;

QString duration(qint64 secs)
{
    if (secs < 60)
        return SupervisorView::tr("%n s", nullptr, int(secs));
    if (secs < 3600)
        return SupervisorView::tr("%n min", nullptr, int(secs / 60));
    if (secs < 2 * 86400)
        return SupervisorView::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
    return SupervisorView::tr("%n days", nullptr, int(secs / 86400));
}

/// A bold heading; its mnemonic, when it has one, gives `buddy` the keyboard.
QLabel* heading(const QString& text, QWidget* parent, QWidget* buddy = nullptr)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

SupervisorView::SupervisorView(TeamActions* actions, QSqlDatabase db, const Clock& clock, const Theme& theme,
                               QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_db(db)
    , m_clock(clock)
    , m_agents(new AgentLoadModel(db, this))
    , m_closing(new ClosingSoonModel(db, clock, this))
    , m_unassigned(new ConversationListModel(db, clock, this))
    , m_response(new QLabel(this))
    , m_import(new ImportPanel(ImportPanel::Mode::Details, actions, db, clock, theme, this))
    , m_resolution(new QLabel(this))
    , m_phoneApp(new QLabel(this))
    , m_costs(new CostModel(db, this))
    , m_costView(new QTableView(this))
    , m_costNote(new QLabel(this))
    , m_agentView(new QListView(this))
    , m_closingView(new QListView(this))
    , m_unassignedView(new QListView(this))
    , m_assign(new QPushButton(tr("A&ssign to selected agent"), this))
    , m_review(new QPushButton(tr("Open in re&view mode"), this))
    , m_dashboard(new DashboardView(db, clock, theme, this))
{
    setAccessibleName(tr("Team overview"));
    m_unassigned->setFilter(ConversationListModel::Filter::Unassigned);

    m_response->setAccessibleName(tr("First-response times"));
    m_resolution->setAccessibleName(tr("Resolution times"));
    m_phoneApp->setAccessibleName(tr("When the phone app was last used"));
    m_response->setWordWrap(true);
    m_resolution->setWordWrap(true);
    m_phoneApp->setWordWrap(true);

    m_costView->setModel(m_costs);
    m_costView->setAccessibleName(tr("Business messages of the last 7 days by pricing category"));
    m_costView->verticalHeader()->hide();
    m_costView->setShowGrid(false);
    m_costView->setAlternatingRowColors(true);
    m_costView->setSelectionMode(QAbstractItemView::NoSelection);
    m_costView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_costView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_costView->horizontalHeader()->setStretchLastSection(false);
    m_costNote->setWordWrap(true);

    m_agentView->setModel(m_agents);
    m_agentView->setAccessibleName(tr("Agents and their open conversations"));
    m_agentView->setAcceptDrops(true);
    m_agentView->setDropIndicatorShown(true);
    m_agentView->setDragDropMode(QAbstractItemView::DropOnly);

    m_closingView->setModel(m_closing);
    m_closingView->setAccessibleName(tr("Windows closing within the hour without a reply"));
    m_unassignedView->setModel(m_unassigned);
    m_unassignedView->setItemDelegate(new ConversationDelegate(theme, m_unassignedView));
    m_unassignedView->setAccessibleName(tr("Unassigned conversations"));
    for (QListView* list : {m_closingView, m_unassignedView}) {
        list->setDragEnabled(true);
        list->setDragDropMode(QAbstractItemView::DragOnly);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QWidget::customContextMenuRequested, this,
                [this, list](const QPoint& pos) { showConversationMenu(list, pos); });
        connect(list, &QAbstractItemView::clicked, this, [this, list] { m_lastList = list; });
        connect(list, &QAbstractItemView::doubleClicked, this, [this, list] {
            m_lastList = list;
            const QString key = keyOf(list);
            if (!key.isEmpty())
                emit reviewRequested(key);
        });
    }
    m_assign->setAccessibleName(tr("Assign the selected conversation to the selected agent"));
    m_review->setAccessibleName(tr("Open the selected conversation in review mode"));
    connect(m_assign, &QPushButton::clicked, this, &SupervisorView::assignSelection);
    connect(m_review, &QPushButton::clicked, this, [this] {
        const QString key = selectedConversation();
        if (!key.isEmpty())
            emit reviewRequested(key);
    });
    connect(m_agents, &AgentLoadModel::assignRequested, this, [this](const QStringList& keys, const QString& agent) {
        for (const QString& key : keys)
            m_actions->assign(key, agent);
    });
    if (m_actions)
        connect(m_actions, &TeamActions::rosterChanged, this, [this] {
            m_agents->setRoster(m_actions->roster());
            m_dashboard->setRoster(m_actions->roster());
        });
    connect(m_dashboard, &DashboardView::reviewRequested, this, &SupervisorView::reviewRequested);

    // Two tabs: the dashboard's charts, and the team page with its lists and one-step reassignment.
    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Team overview pages"));
    auto* team = new QWidget(tabs);
    tabs->addTab(m_dashboard, tr("&Dashboard"));
    tabs->addTab(team, tr("&Team"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs);
    m_tabs = tabs;
    auto* layout = new QVBoxLayout(team);
    layout->addWidget(heading(tr("Team overview"), this));
    layout->addWidget(m_response);
    layout->addWidget(m_resolution);
    layout->addWidget(m_phoneApp);
    layout->addWidget(m_import);
    layout->addWidget(heading(tr("Business messages, last 7 days"), this));
    auto* costs = new QHBoxLayout;
    costs->addWidget(m_costView);
    costs->addWidget(m_costNote, 1, Qt::AlignTop);
    layout->addLayout(costs);
    auto* grid = new QGridLayout;
    grid->addWidget(heading(tr("A&gents (drop a conversation on an agent to assign it)"), this, m_agentView), 0, 0);
    grid->addWidget(m_agentView, 1, 0, 3, 1);
    grid->addWidget(heading(tr("&Windows closing within the hour, no reply yet"), this, m_closingView), 0, 1);
    grid->addWidget(m_closingView, 1, 1);
    grid->addWidget(heading(tr("&Unassigned"), this, m_unassignedView), 2, 1);
    grid->addWidget(m_unassignedView, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    buttons->addWidget(m_assign);
    layout->addLayout(buttons);

    // The countdowns are computed at paint time: repaint them; re-read the list every minute.
    // The timer runs while the view is shown (showEvent/hideEvent).
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        m_closingView->viewport()->update();
        const qint64 now = m_clock.nowSecs();
        if (now - m_lastClosingReload >= 60) {
            m_closing->reload();
            m_lastClosingReload = now;
        }
    });
}

void SupervisorView::showTeamTab(bool team)
{
    m_tabs->setCurrentIndex(team ? 1 : 0);
}

void SupervisorView::showEvent(QShowEvent* event)
{
    m_countdown.start();
    QWidget::showEvent(event);
}

void SupervisorView::hideEvent(QHideEvent* event)
{
    m_countdown.stop();
    QWidget::hideEvent(event);
}

void SupervisorView::refresh()
{
    const qint64 now = m_clock.nowSecs();
    if (m_actions) {
        m_agents->setRoster(m_actions->roster());
        m_dashboard->setRoster(m_actions->roster());
    }
    m_dashboard->refresh();
    store::TeamQuery query(m_db);
    store::ResponseFigures responses;
    QString responsesError;
    const bool responsesRead = query.responseTimes(now - kWeekSecs, now + 1, &responses, &responsesError);
    m_agents->reload(responses, responsesError);
    m_closing->reload();
    m_lastClosingReload = now;
    m_unassigned->reload();
    updateFigures(now, responsesRead, responses, responsesError);
    updatePhoneApp(now);
    if (m_costs->reload(now - kWeekSecs, now + 1))
        m_costNote->setText(tr("Replies and templates agents sent through Duet, by the category Meta's delivery "
                               "reports gave them, counted once each on the day they were sent. Messages sent from "
                               "the phone app are free and not counted."));
    else
        m_costNote->setText(tr("The message costs could not be read: %1").arg(m_costs->lastError()));
    m_import->refresh();
}

void SupervisorView::updatePhoneApp(qint64 now)
{
    store::AccountHealth health;
    QString error;
    if (!store::AccountHealth::read(m_db, &health, &error)) {
        m_phoneApp->setText(tr("The phone app's last use could not be read: %1").arg(error));
        return;
    }
    const int idle = health.idleDays(now);
    const QString rule = tr("WhatsApp disconnects the number after 14 days without the phone app.");
    if (idle < 0)
        m_phoneApp->setText(tr("Phone app: not seen yet (its messages and address-book changes show it is in use).") +
                            QLatin1Char(' ') + rule);
    else if (idle == 0)
        m_phoneApp->setText(tr("Phone app: used today.") + QLatin1Char(' ') + rule);
    else
        m_phoneApp->setText(tr("Phone app: last used %n day(s) ago.", nullptr, idle) + QLatin1Char(' ') + rule);
}

void SupervisorView::updateFigures(qint64 now, bool responsesRead, const store::ResponseFigures& responses,
                                   const QString& responsesError)
{
    store::TeamQuery query(m_db);
    store::DurationFigures resolutions;
    QString error;
    if (!responsesRead) {
        m_response->setText(tr("First-response times could not be read: %1").arg(responsesError));
    } else if (responses.all.count == 0) {
        m_response->setText(
            tr("First reply, last 7 days: no replies yet. %n customer(s) waiting.", nullptr, responses.unanswered));
    } else {
        m_response->setText(tr("First reply, last 7 days: median %1, 90% within %2 (%n replies). %3 customer(s) "
                               "waiting.",
                               nullptr, responses.all.count)
                                .arg(duration(responses.all.medianSecs), duration(responses.all.p90Secs))
                                .arg(responses.unanswered));
        if (responses.phoneApp.count > 0)
            m_response->setText(m_response->text() + QLatin1Char(' ') +
                                tr("From the phone app: median %1 (%n replies).", nullptr, responses.phoneApp.count)
                                    .arg(duration(responses.phoneApp.medianSecs)));
    }
    if (!query.resolutionTimes(now - kWeekSecs, now + 1, &resolutions, &error))
        m_resolution->setText(tr("Resolution times could not be read: %1").arg(error));
    else if (resolutions.count == 0)
        m_resolution->setText(tr("Resolution, last 7 days: nothing resolved yet."));
    else
        m_resolution->setText(
            tr("Resolution, last 7 days: median %1, 90% within %2 (%n resolved).", nullptr, resolutions.count)
                .arg(duration(resolutions.medianSecs), duration(resolutions.p90Secs)));
}

QString SupervisorView::keyOf(QListView* view) const
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid() || !view->selectionModel()->isSelected(index))
        return {};
    if (view == m_closingView)
        return m_closing->keyAt(index.row());
    return m_unassigned->summaryAt(index.row()).contactKey;
}

QString SupervisorView::selectedConversation() const
{
    if (m_lastList) {
        QString key = keyOf(m_lastList);
        if (!key.isEmpty())
            return key;
    }
    const QString closing = keyOf(m_closingView);
    return closing.isEmpty() ? keyOf(m_unassignedView) : closing;
}

bool SupervisorView::assignSelection()
{
    const QString key = selectedConversation();
    const QString agent = m_agents->nameAt(m_agentView->currentIndex().row());
    if (key.isEmpty() || agent.isEmpty() || !m_actions)
        return false;
    m_actions->assign(key, agent);
    return true;
}

void SupervisorView::showConversationMenu(QListView* view, const QPoint& pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    m_lastList = view;
    const QString key = keyOf(view);
    QMenu menu(this);
    menu.addAction(tr("Open in review mode"), this, [this, key] { emit reviewRequested(key); });
    QMenu* assign = menu.addMenu(tr("Assign to"));
    const QList<sync::RosterEntry> agents =
        TeamBar::assignOrder(m_actions ? m_actions->roster() : QList<sync::RosterEntry>());
    for (const sync::RosterEntry& a : agents) {
        assign->addAction(a.online ? tr("%1 (online)").arg(a.name) : a.name, this,
                          [this, key, name = a.name] { m_actions->assign(key, name); });
    }
    assign->setEnabled(!agents.isEmpty());
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace duet::ui
