// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Campaigns page for supervisors: its command, its shortcut and the page itself.
#include "CampaignsView.h"
#include "MainWindow.h"

#include <QAction>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

namespace duet::ui {

void MainWindow::buildCampaignActions()
{
    QAction* campaigns = addCommand(tr("Campaigns"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
                                    [this] { showCampaigns(!isCampaignsShown()); });
    campaigns->setCheckable(true);
    connect(m_pages, &QStackedWidget::currentChanged, campaigns,
            [this, campaigns] { campaigns->setChecked(isCampaignsShown()); });
    addCommand(tr("New campaign…"), {}, [this] {
        if (showCampaigns(true))
            m_campaigns->newCampaign();
    });
}

void MainWindow::setCampaigns(const CampaignsContext& context)
{
    m_campaignsContext = std::make_unique<CampaignsContext>(context);
}

bool MainWindow::isCampaignsShown() const
{
    return m_campaigns && m_pages->currentWidget() == m_campaigns;
}

bool MainWindow::showCampaigns(bool show)
{
    if (!show) {
        m_pages->setCurrentWidget(m_splitter);
        return true;
    }
    if (!isSupervisor()) {
        statusBar()->showMessage(tr("Campaigns are for supervisors. Ask your administrator if you need them."), 10000);
        return false;
    }
    if (!m_campaignsContext || !m_campaignsContext->campaigns) {
        statusBar()->showMessage(tr("Campaigns need this desktop's outbox, which is not open."), 10000);
        return false;
    }
    if (!m_campaigns) {
        m_campaigns = new CampaignsView(*m_campaignsContext, m_context.clock, m_pages);
        m_pages->addWidget(m_campaigns);
        connect(m_campaigns, &CampaignsView::message, this,
                [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    }
    m_campaigns->refresh();
    m_pages->setCurrentWidget(m_campaigns);
    m_campaigns->listView()->setFocus();
    return true;
}

} // namespace duet::ui
