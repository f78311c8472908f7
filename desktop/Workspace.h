// SPDX-License-Identifier: GPL-3.0-or-later
// One signed-in desktop: local store, sync client, outbox, window gate, driver, and their window.
#pragma once

#include "core/SendScheduler.h"
#include "outbound/Campaigns.h"
#include "outbound/MediaTransfer.h"
#include "outbound/OutboundDriver.h"
#include "outbound/OutboxStore.h"
#include "outbound/StoreMarketingPreferences.h"
#include "ui/Composer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QSettings;

namespace duet {
class Clock;
}
namespace duet::store {
class Store;
}
namespace duet::sync {
class SyncClient;
}
namespace duet::ui {
class DraftStore;
class HubTemplateCatalog;
class MainWindow;
class TeamActions;
class TemplateCatalog;
} // namespace duet::ui

namespace duet::desktop {

class OutboundReporter;
class ReadReceipts;
class StoreWindowSource;

/// Where a workspace keeps its files and how it sends.
struct WorkspaceConfig
{
    QString storePath;  ///< the local store: a SQLite path or a postgresql:// URL
    QString outboxPath; ///< the outbox file; empty: "outbox.db" beside a SQLite store
    QString mediaDir;   ///< downloaded media; empty: "media" beside the outbox file
    /// The clock the sync client times its connection with; null: the workspace's clock. The
    /// demo runs everything else on a fast clock but keeps network deadlines on real time.
    const Clock* syncClock = nullptr;
    outbound::DriverSettings driver; ///< timeouts and retries; where to send comes from the welcome
    SendScheduler::Options scheduler;
    /// The business-initiated tier campaigns are estimated against (unique recipients outside a
    /// window per moving 24 h), as the team set it; 0: not set, Meta's starting tier is assumed.
    int campaignTier = 0;
};

/// Everything one signed-in desktop runs, composed in one place (docs/ARCHITECTURE.md, "How a
/// Send travels"): the local Store, the sync::SyncClient that keeps it a replica of the hub's log,
/// the OutboxStore in a file of its own, the WindowGate on the store's last_customer_at, the
/// OutboundDriver (pointed at the Graph API by the hub's welcome) and the OutboundReporter that
/// tells the hub about accepted sends. Statuses the sync client applies reconcile the outbox;
/// the hub's lease sets the driver's rate. createWindow() builds the main window on top and
/// wires the composer and the status bar to it.
/// Usage: `Workspace w(clock); w.open(config, &error); w.createWindow(...); w.connectTo(url, token);`
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(const Clock& clock, QObject* parent = nullptr);
    ~Workspace() override;

    /// Opens the store and the outbox and builds the pipeline. False with *error on failure.
    bool open(const WorkspaceConfig& config, QString* error);
    /// Starts syncing with a hub (the token is kept in memory only).
    void connectTo(const QUrl& agentsUrl, const QString& token);

    const Clock& clock() const { return m_clock; }
    store::Store& store() { return *m_store; }
    sync::SyncClient& sync() { return *m_sync; }
    outbound::OutboxStore& outbox() { return m_outbox; }
    outbound::OutboundDriver& driver() { return *m_driver; }
    OutboundReporter& reporter() { return *m_reporter; }
    /// The campaigns of this desktop's outbox (the supervisors' Campaigns page and the demo's).
    outbound::Campaigns& campaigns() { return *m_campaigns; }
    /// Who is signed in (from the welcome); null before it.
    QString agent() const;

    // Sending, as the composer asks for it. Each writes the outbox row first (or refuses with
    // the reason in SubmitResult::error, also shown as a notice). `contactKey` is the conversation
    // key; the send goes to the conversation as it stands now (sendAddress()).
    outbound::SubmitResult sendText(const QString& contactKey, const QString& text, const QString& replyToWamid = {});
    /// `text`: the template as the customer reads it, shown in the thread and reported to the hub.
    outbound::SubmitResult sendTemplate(const QString& contactKey, const cloudapi::TemplateContent& content,
                                        const QString& text = {});
    outbound::SubmitResult sendMedia(const QString& contactKey, const cloudapi::MediaContent& media,
                                     const QString& replyToWamid = {});
    /// A reaction to a customer's message (an empty emoji removes it).
    outbound::SubmitResult sendReaction(const QString& contactKey, const QString& wamid, const QString& emoji);
    /// "Ask for the phone number" inside the window: the interactive request_contact_info message
    /// (OutboundDriver::submitContactRequest). An empty `bodyText` sends a default, translated question.
    /// Outside the window, send a template with a REQUEST_CONTACT_INFO button with sendTemplate().
    outbound::SubmitResult sendContactRequest(const QString& contactKey, const QString& bodyText = {});
    /// What the composer asked for: text, a template, or an attachment (uploaded first, after
    /// Meta's limits were checked; the media message follows once Meta has the file).
    outbound::SubmitResult sendComposed(const ui::ComposedMessage& message);
    /// A failed send again: a new row (new client id) with the same content.
    outbound::SubmitResult retry(qint64 outboxId);
    /// Asks the hub to fetch the templates from Meta now (refresh_templates, supervisors); the
    /// outcome is a notice. The command palette's "Refresh templates from Meta".
    void refreshTemplates();

    /// Builds the main window on this workspace's store and wires it: the composer sends, the
    /// sync client refreshes the views, the status bar shows the connection and the notices.
    ui::MainWindow& createWindow(ui::DraftStore& drafts, const ui::TemplateCatalog& templates, QSettings& settings,
                                 const QString& agent = {});
    ui::MainWindow* window() const { return m_window.get(); }
    /// The window's templates: the hub's once it sent them, createWindow()'s catalog until then.
    ui::HubTemplateCatalog* templates() const { return m_hubTemplates.get(); }
    /// Read receipts and typing indicators for this desk (null before createWindow()).
    ReadReceipts* readReceipts() const { return m_readReceipts.get(); }

signals:
    /// Something the agent should read (a refused send, the token refused, the outbox failing):
    /// translated, one sentence or two. The window shows it in the status bar.
    void notice(const QString& text);

private:
    void onWelcomed();
    /// Reads store::AccountHealth: holds or releases the driver's sends, updates the banner.
    void applyAccountHealth();
    void onRowChanged(qint64 id, outbound::OutboxState state);
    void onUploaded(qint64 upload, const QString& mediaId, cloudapi::MediaKind kind);
    void wireThreadPane(ui::MainWindow& window);
    /// Whether `message` claims its conversation first: the team's `reply_claims` is on, the
    /// agent is connected, the replica holds the conversation unassigned, no reply to it was just
    /// held back (sending again answers anyway), and the reply goes now (not scheduled, and not
    /// free text into a closed window, which is refused before the network).
    bool replyClaims(const ui::ComposedMessage& message);
    /// The hub's templates into the picker; read receipts and typing indicators from the thread.
    void wireTemplatesAndReceipts(ui::MainWindow& window);
    /// The Campaigns page on this workspace's campaigns, and their start notices.
    void wireCampaigns(ui::MainWindow& window);
    /// Where a send to a conversation goes: its key after merges and renames (a phone key is sent
    /// as `to`, a BSUID key as `recipient`).
    QString sendAddress(const QString& conversationKey) const;

    const Clock& m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<StoreWindowSource> m_windows;
    std::unique_ptr<outbound::WindowGate> m_gate;
    outbound::OutboxStore m_outbox;
    std::unique_ptr<outbound::OutboundDriver> m_driver;
    std::unique_ptr<outbound::Campaigns> m_campaigns;
    /// Who stopped marketing messages (user_preferences), read from the store for campaign estimates.
    std::unique_ptr<outbound::StoreMarketingPreferences> m_marketingPreferences;
    std::unique_ptr<sync::SyncClient> m_sync;
    std::unique_ptr<OutboundReporter> m_reporter;
    std::unique_ptr<outbound::MediaUploader> m_uploader;
    std::unique_ptr<outbound::MediaDownloader> m_downloader;
    QHash<qint64, ui::ComposedMessage> m_uploads; ///< upload id -> what to send once Meta has the file
    std::unique_ptr<ui::TeamActions> m_team;
    /// Conversations whose reply was held back because a colleague had taken them: the next reply
    /// goes without claiming.
    QSet<QString> m_claimedByColleague;
    const ui::TemplateCatalog* m_templates = nullptr; ///< the window's catalog: template categories and parameters
    std::unique_ptr<ui::HubTemplateCatalog> m_hubTemplates;
    std::unique_ptr<ReadReceipts> m_readReceipts;
    std::unique_ptr<ui::MainWindow> m_window; ///< last: it goes first, before what it reads
    QString m_outboxPath;
    bool m_driverStarted = false;
};

} // namespace duet::desktop
