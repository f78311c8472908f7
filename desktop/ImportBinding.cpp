// SPDX-License-Identifier: GPL-3.0-or-later
// The banner that tells supervisors the phone app's history and contacts still wait to be requested.
#include "ImportBinding.h"

#include "Workspace.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/ImportPanel.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"

namespace duet::desktop {

ImportBinding::ImportBinding(Workspace& workspace, ui::MainWindow& window, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_team(&workspace.sync())
    , m_banner(new ui::ImportPanel(ui::ImportPanel::Mode::Banner, &m_team, workspace.store().connection(), clock,
                                   ui::Theme::forPalette(window.palette()), &window))
{
    m_banner->setObjectName(QStringLiteral("importBanner"));
    window.addBanner(m_banner);
    connect(m_banner, &ui::ImportPanel::detailsRequested, &window, [&window] { window.showTeamOverview(true); });
    sync::SyncClient& client = workspace.sync();
    connect(&client, &sync::SyncClient::eventsApplied, m_banner, &ui::ImportPanel::refresh);
    connect(&client, &sync::SyncClient::welcomed, m_banner, &ui::ImportPanel::refresh);
    connect(&client, &sync::SyncClient::stateChanged, m_banner, &ui::ImportPanel::refresh);
    connect(&client, &sync::SyncClient::replicaReset, m_banner, &ui::ImportPanel::refresh);
    // History placeholders older than 14 days before the import never get their media.
    auto cutoff = [this, &window, &clock] {
        const qint64 imported =
            m_banner->status().connectedAtMs > 0 ? m_banner->status().connectedAtMs / 1000 : clock.nowSecs();
        window.threadModel()->setHistoryMediaCutoff(imported - 14LL * 24 * 60 * 60);
    };
    connect(&client, &sync::SyncClient::eventsApplied, this, cutoff);
    m_banner->refresh();
    cutoff();
}

} // namespace duet::desktop
