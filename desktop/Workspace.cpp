// SPDX-License-Identifier: GPL-3.0-or-later
// Composition of one signed-in desktop: store, sync, outbox, gate, driver, reports, window.
#include "Workspace.h"

#include "OutboundReporter.h"
#include "ReadReceipts.h"
#include "StoreWindowSource.h"
#include "core/Clock.h"
#include "core/ContactKey.h"
#include "store/AccountHealth.h"
#include "store/ConversationQuery.h"
#include "store/CustomerIdentity.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/CampaignsView.h"
#include "ui/Composer.h"
#include "ui/ConnectionIndicator.h"
#include "ui/ConversationListModel.h"
#include "ui/MainWindow.h"
#include "ui/TeamActions.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplatePicker.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QStatusBar>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWorkspace, "duet.desktop.workspace")

namespace duet::desktop {
namespace {

constexpr QFile::Permissions kPrivateDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;

bool isLocalFile(const QString& path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:") && !path.contains(QLatin1String("://"));
}

/// The store, the outbox and media hold customers' messages: only this user may read them. The
/// file becomes 0600 (created empty when missing, so that SQLite, which gives its -wal and -shm
/// files the database's mode, never makes them readable by others), existing -wal and -shm files
/// are tightened too, and a folder made for it is 0700. A folder that was there is left alone (it
/// may be the user's own; run() tightens Duet's data folder).
void keepPrivate(const QString& path)
{
    if (!isLocalFile(path))
        return;
    const QFileInfo info(path);
    if (!QFileInfo::exists(info.absolutePath()) && QDir().mkpath(info.absolutePath()))
        QFile::setPermissions(info.absolutePath(), kPrivateDir);
    if (!info.exists()) {
        QFile create(path);
        if (create.open(QIODevice::WriteOnly))
            create.close();
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, kPrivateFile);
    }
}

/// The media folder and the files already in it, for this user only.
void keepMediaPrivate(const QString& dir)
{
    if (!QFileInfo::exists(dir))
        return;
    QFile::setPermissions(dir, kPrivateDir);
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& f : files)
        QFile::setPermissions(f.filePath(), kPrivateFile);
}
/// Messages per second while the hub is out of reach (docs/RATE-LIMITS.md, "The lease").
constexpr double kOfflineLeasePerSec = 1;

} // namespace

Workspace::Workspace(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_outbox(clock)
{}

Workspace::~Workspace()
{
    // Stopping applies what was already received, and the statuses in it reach the driver, which
    // reports to the window and the reporter: everything stays alive until the client is stopped.
    if (m_sync)
        m_sync->stop();
    // The window reads the store and the sync client: it goes before them.
    m_window.reset();
}

bool Workspace::open(const WorkspaceConfig& config, QString* error)
{
    keepPrivate(config.storePath);
    m_store = std::make_unique<store::Store>(m_clock);
    if (!m_store->open(config.storePath, error))
        return false;
    keepPrivate(config.storePath); // the -wal and -shm files SQLite has just made
    m_outboxPath = config.outboxPath;
    if (m_outboxPath.isEmpty()) {
        if (m_store->backend() != store::Backend::Sqlite) {
            *error = tr("The outbox needs a file of its own: a store on a server has no folder to put it in.");
            return false;
        }
        m_outboxPath = QFileInfo(config.storePath).absoluteDir().filePath(QStringLiteral("outbox.db"));
    }
    keepPrivate(m_outboxPath);
    if (!m_outbox.open(m_outboxPath, error))
        return false;
    keepPrivate(m_outboxPath);

    m_windows = std::make_unique<StoreWindowSource>(m_store->connection());
    m_gate = std::make_unique<outbound::WindowGate>(m_clock, *m_windows);
    m_driver =
        std::make_unique<outbound::OutboundDriver>(m_clock, m_outbox, m_gate.get(), config.driver, config.scheduler);
    // Campaigns pace through the driver; the tier is the team's setting, else Meta's starting one.
    m_campaigns = std::make_unique<outbound::Campaigns>(m_clock, *m_driver);
    if (config.campaignTier > 0)
        m_campaigns->setTier(config.campaignTier, outbound::TierSource::Setting);
    else
        m_campaigns->setTier(outbound::Campaigns::kDefaultTier, outbound::TierSource::Default);
    m_sync = std::make_unique<sync::SyncClient>(m_store->connection(), m_store->backend(), m_store->applier(),
                                                config.syncClock ? *config.syncClock : m_clock);
    m_reporter = std::make_unique<OutboundReporter>(m_outbox, *m_sync);
    m_uploader = std::make_unique<outbound::MediaUploader>();
    const QString mediaDir = config.mediaDir.isEmpty()
                                 ? QFileInfo(m_outboxPath).absoluteDir().filePath(QStringLiteral("media"))
                                 : config.mediaDir;
    keepMediaPrivate(mediaDir);
    m_downloader = std::make_unique<outbound::MediaDownloader>(mediaDir);
    connect(m_uploader.get(), &outbound::MediaUploader::finished, this,
            [this](qint64 upload, const QString& mediaId, const QString&, cloudapi::MediaKind kind) {
                onUploaded(upload, mediaId, kind);
            });
    connect(m_uploader.get(), &outbound::MediaUploader::failed, this, [this](qint64 upload, const QString& why) {
        m_uploads.remove(upload);
        if (m_window)
            m_window->threadPane()->composer()->setUploadFailed(why);
        emit notice(why);
    });
    connect(m_uploader.get(), &outbound::MediaUploader::progress, this, [this](qint64, qint64 sent, qint64 total) {
        if (m_window)
            m_window->threadPane()->composer()->setUploadProgress(sent, total);
    });
    connect(m_downloader.get(), &outbound::MediaDownloader::downloaded, this, [this](const QString& mediaId) {
        if (m_window)
            m_window->threadModel()->mediaDownloaded(mediaId);
    });
    connect(m_downloader.get(), &outbound::MediaDownloader::failed, this,
            [this](const QString& mediaId, const QString& why) {
                if (m_window)
                    m_window->threadModel()->mediaFailed(mediaId, why); // the row shows it, with Retry
                emit notice(why);
            });
    connect(m_downloader.get(), &outbound::MediaDownloader::sizeKnown, this,
            [this](const QString& mediaId, qint64 bytes) {
                if (m_window)
                    m_window->threadModel()->mediaSizeKnown(mediaId, bytes);
            });
    connect(m_downloader.get(), &outbound::MediaDownloader::skipped, this,
            [this](const QString& mediaId, qint64 bytes) {
                if (m_window)
                    m_window->threadModel()->mediaSkipped(mediaId, bytes);
            });

    connect(m_sync.get(), &sync::SyncClient::welcomed, this, &Workspace::onWelcomed);
    connect(m_sync.get(), &sync::SyncClient::statusApplied, m_driver.get(), &outbound::OutboundDriver::onStatus);
    connect(m_sync.get(), &sync::SyncClient::sendShareChanged, m_driver.get(),
            &outbound::OutboundDriver::setLeasedRate);
    // The hub leases this desktop a share of the number's cap by what its queue holds.
    connect(m_driver.get(), &outbound::OutboundDriver::demandChanged, m_sync.get(), &sync::SyncClient::setDemand);
    // Away from the hub there is no lease to ask for: sends go on slowly (the next welcome's lease
    // replaces this), so a reply still leaves while the team's connection is down.
    connect(m_sync.get(), &sync::SyncClient::stateChanged, m_driver.get(), [this](sync::SyncClient::State) {
        if (!m_sync->isConnected())
            m_driver->setLeasedRate(kOfflineLeasePerSec);
    });
    connect(m_driver.get(), &outbound::OutboundDriver::rowChanged, this, &Workspace::onRowChanged);
    // A scheduled send written, moved or come due: the thread's pending bubbles and header count.
    connect(m_driver.get(), &outbound::OutboundDriver::scheduledChanged, this, [this] {
        if (m_window)
            m_window->threadModel()->outboxChanged();
    });
    connect(m_driver.get(), &outbound::OutboundDriver::windowClosed, this, [this](qint64, const QString& contact) {
        // A customer known by BSUID has no number to name (the thread says who it is).
        if (cloudapi::GraphRequestBuilder::isUserIdAddress(contact)) {
            emit notice(tr("The customer's 24-hour window closed before the message left, so it was not sent. "
                           "Choose a template to write to them again."));
            return;
        }
        emit notice(tr("The 24-hour window with +%1 closed before the message left, so it was not sent. "
                       "Choose a template to write to them again.")
                        .arg(contact));
    });
    connect(m_driver.get(), &outbound::OutboundDriver::tokenRefused, this, [this] {
        emit notice(tr("Meta refused the access token: messages wait in the outbox until the hub's administrator "
                       "renews it."));
    });
    connect(m_driver.get(), &outbound::OutboundDriver::storageFailed, this, [this](const QString& detail) {
        emit notice(tr("The outbox file could not be written, so the message was not sent: %1").arg(detail));
    });
    connect(m_driver.get(), &outbound::OutboundDriver::attentionNeeded, this, [this](int count) {
        emit notice(tr("%n message(s) may or may not have reached WhatsApp: resend or discard them.", nullptr, count));
    });
    // The number's health decides whether sends may leave (docs/OUTBOUND.md, "Queued while the
    // number is disconnected"): read now, and again whenever the log brings news.
    connect(m_sync.get(), &sync::SyncClient::eventsApplied, this, &Workspace::applyAccountHealth);
    connect(m_sync.get(), &sync::SyncClient::replicaReset, this, &Workspace::applyAccountHealth);
    applyAccountHealth();
    return true;
}

void Workspace::applyAccountHealth()
{
    store::AccountHealth health;
    QString error;
    if (!store::AccountHealth::read(m_store->connection(), &health, &error))
        return; // the store is failing: the sync client and the views say so
    const bool held = !health.isConnected();
    if (held != m_driver->isHeld()) {
        m_driver->setHeld(held);
        if (held)
            emit notice(tr("WhatsApp disconnected the number: messages wait in the outbox until it is reconnected."));
    }
    if (m_window) {
        m_window->threadModel()->setOutboxHold(
            held ? tr("the number is disconnected from WhatsApp; it leaves once the number is reconnected.")
                 : QString());
        m_window->refreshAccountHealth();
    }
}

void Workspace::connectTo(const QUrl& agentsUrl, const QString& token)
{
    m_sync->start(agentsUrl, token);
}

QString Workspace::agent() const
{
    return m_sync ? m_sync->agent() : QString();
}

void Workspace::onWelcomed()
{
    if (m_sync->phoneNumberId().isEmpty()) {
        emit notice(tr("The hub has no WhatsApp number configured: messages wait in the outbox."));
        return;
    }
    // Every Graph call goes through the hub's relay, next to /agents, with the agent's own token:
    // Meta's token never reaches a desktop.
    const QUrl baseUrl = sync::SyncClient::relayUrl(m_sync->hubUrl());
    const QByteArray session = m_sync->session().toUtf8();
    const QByteArray agentToken = m_sync->token().toUtf8();
    m_driver->setSession(session);
    // The relay is at the hub's address: the same TLS trust as the sync connection.
    const net::TlsTrust trust = m_sync->tlsTrust();
    const auto acceptErrors = [trust](const QList<QSslError>& errors) { return trust.accepts(errors); };
    m_driver->setTls(trust.configuration(), acceptErrors);
    m_driver->setEndpoint(baseUrl, m_sync->apiVersion(), m_sync->phoneNumberId(), agentToken);
    // Media goes to the same endpoint with the same token, session and trust.
    // Only the endpoint part of the driver's settings: its retry and timeout values are its own.
    const outbound::MediaEndpoint media(static_cast<const outbound::GraphEndpoint&>(m_driver->settings()));
    m_uploader->setEndpoint(media);
    m_downloader->setEndpoint(media);
    if (!m_driverStarted) {
        m_driverStarted = true;
        m_driver->start();    // recovery first: what a previous run left in the outbox
        m_campaigns->start(); // then campaigns: those whose time passed while Duet was closed start now
    }
}

void Workspace::onRowChanged(qint64, outbound::OutboxState state)
{
    if (m_window)
        m_window->threadModel()->outboxChanged();
    switch (state) {
    case outbound::OutboxState::Accepted:
    case outbound::OutboxState::Sent:
    case outbound::OutboxState::Delivered:
    case outbound::OutboxState::Read:
        if (m_reporter)
            m_reporter->reportPending();
        break;
    default:
        break;
    }
}

QString Workspace::sendAddress(const QString& conversationKey) const
{
    // The conversation key is the address: the phone's key once a phone is known (sent as `to`),
    // else the BSUID or parent BSUID (sent as `recipient`). A thread opened before a merge or a
    // rename goes to the surviving conversation, so a number shared meanwhile is used at once.
    QString current;
    if (!store::CustomerIdentity::currentKey(m_store->connection(), conversationKey, &current, nullptr))
        return conversationKey;
    return current;
}

outbound::SubmitResult Workspace::sendText(const QString& contactKey, const QString& text, const QString& replyToWamid)
{
    const QString to = sendAddress(contactKey);
    outbound::SubmitResult r = m_driver->submitText(to, text, agent(), replyToWamid, to);
    if (!r.isQueued())
        emit notice(r.error);
    return r;
}

outbound::SubmitResult Workspace::sendTemplate(const QString& contactKey, const cloudapi::TemplateContent& content,
                                               const QString& text)
{
    const QString to = sendAddress(contactKey);
    outbound::SubmitResult r = m_driver->submitTemplate(to, content, outbound::OutboxLane::Live, agent(), to, text);
    if (!r.isQueued())
        emit notice(r.error);
    return r;
}

outbound::SubmitResult Workspace::sendMedia(const QString& contactKey, const cloudapi::MediaContent& media,
                                            const QString& replyToWamid)
{
    const QString to = sendAddress(contactKey);
    outbound::SubmitResult r = m_driver->submitMedia(to, media, agent(), replyToWamid, to);
    if (!r.isQueued())
        emit notice(r.error);
    return r;
}

outbound::SubmitResult Workspace::sendReaction(const QString& contactKey, const QString& wamid, const QString& emoji)
{
    const QString to = sendAddress(contactKey);
    outbound::SubmitResult r = m_driver->submitReaction(to, wamid, emoji, agent(), to);
    if (!r.isQueued())
        emit notice(r.error);
    return r;
}

outbound::SubmitResult Workspace::sendContactRequest(const QString& contactKey, const QString& bodyText)
{
    const QString to = sendAddress(contactKey);
    const QString text = bodyText.trimmed().isEmpty()
                             ? tr("Could you share your phone number with us? Tap the button below to send it.")
                             : bodyText;
    outbound::SubmitResult r = m_driver->submitContactRequest(to, text, agent(), to);
    if (!r.isQueued())
        emit notice(r.error);
    return r;
}

outbound::SubmitResult Workspace::sendComposed(const ui::ComposedMessage& message)
{
    if (!message.attachmentPath.isEmpty()) {
        // The window is checked now, before the upload: a refusal costs nothing.
        outbound::SubmitResult r;
        const outbound::GateDecision gate = m_gate->check(message.contactKey, true);
        if (!gate.isAllowed()) {
            r.gateReason = gate.reason;
            r.error = gate.reasonText();
        } else if (const qint64 upload = m_uploader->upload(message.attachmentPath, &r.error)) {
            m_uploads.insert(upload, message);
            return r; // not queued yet: the media message follows the upload
        }
        emit notice(r.error);
        if (m_window)
            m_window->threadPane()->composer()->setUploadFailed(r.error);
        return r;
    }
    const bool scheduled = message.scheduledAtMs > 0;
    const auto refused = [this](const outbound::SubmitResult& r) {
        if (!r.isQueued())
            emit notice(r.error);
        return r;
    };
    if (!message.isTemplate && scheduled) { // "Schedule send…": the window is checked for its time
        const QString to = sendAddress(message.contactKey);
        return refused(m_driver->scheduleText(to, message.text, message.scheduledAtMs, agent(), to));
    }
    if (!message.isTemplate)
        return sendText(message.contactKey, message.text, message.replyToWamid);
    cloudapi::TemplateContent content;
    content.name = message.templateName;
    content.languageCode = message.language;
    ui::MessageTemplate known;
    known.name = content.name;
    known.language = content.languageCode;
    if (m_templates) {
        for (const ui::MessageTemplate& t : m_templates->templates()) {
            if (t.name == content.name && t.language == content.languageCode)
                known = t;
        }
    }
    // The category decides what Meta refuses (an authentication template to a BSUID).
    content.category = cloudapi::templateCategoryFromName(known.category);
    // The values in the picker's order: the header's, the body's, then each button's (docs/DESKTOP.md).
    const auto component = [](cloudapi::TemplateComponent::Type type, const QStringList& values) {
        cloudapi::TemplateComponent c;
        c.type = type;
        for (const QString& v : values)
            c.parameters << cloudapi::TemplateParameter::textValue(v);
        return c;
    };
    const QStringList header = known.headerValues(message.parameters);
    const QStringList body = known.body.isEmpty() && known.header.isEmpty() && known.buttonParameters.isEmpty()
                                 ? message.parameters // a template no catalog describes: every value is the body's
                                 : known.bodyValues(message.parameters);
    if (!header.isEmpty())
        content.components << component(cloudapi::TemplateComponent::Type::Header, header);
    if (!body.isEmpty())
        content.components << component(cloudapi::TemplateComponent::Type::Body, body);
    for (const auto& [index, value] : known.buttonValues(message.parameters)) {
        cloudapi::TemplateComponent button = component(cloudapi::TemplateComponent::Type::Button, {value});
        button.subType = QStringLiteral("url"); // a URL's suffix, or an authentication code's copy button
        button.index = index;
        content.components << button;
    }
    if (scheduled) {
        const QString to = sendAddress(message.contactKey);
        return refused(m_driver->scheduleTemplate(to, content, message.scheduledAtMs, agent(), to, message.text));
    }
    return sendTemplate(message.contactKey, content, message.text); // the rendered template, shown
}

void Workspace::onUploaded(qint64 upload, const QString& mediaId, cloudapi::MediaKind kind)
{
    const ui::ComposedMessage message = m_uploads.take(upload);
    if (message.contactKey.isEmpty())
        return;
    cloudapi::MediaContent media;
    switch (kind) {
    case cloudapi::MediaKind::Image:
        media.kind = cloudapi::MediaContent::Kind::Image;
        break;
    case cloudapi::MediaKind::Video:
        media.kind = cloudapi::MediaContent::Kind::Video;
        break;
    case cloudapi::MediaKind::Audio:
        media.kind = cloudapi::MediaContent::Kind::Audio;
        break;
    case cloudapi::MediaKind::Document:
        media.kind = cloudapi::MediaContent::Kind::Document;
        media.filename = QFileInfo(message.attachmentPath).fileName();
        break;
    case cloudapi::MediaKind::Sticker:
        media.kind = cloudapi::MediaContent::Kind::Sticker;
        break;
    }
    media.source = cloudapi::MediaSource::fromId(mediaId);
    if (kind != cloudapi::MediaKind::Audio && kind != cloudapi::MediaKind::Sticker)
        media.caption = message.text;
    const outbound::SubmitResult r = sendMedia(message.contactKey, media, message.replyToWamid);
    if (m_window) {
        if (r.isQueued())
            m_window->threadPane()->composer()->setUploadFinished();
        else
            m_window->threadPane()->composer()->setUploadFailed(r.error);
    }
}

outbound::SubmitResult Workspace::retry(qint64 outboxId)
{
    outbound::SubmitResult r;
    const std::optional<outbound::OutboxRow> row = m_outbox.row(outboxId);
    if (!row) {
        r.error = tr("That message is no longer in the outbox.");
        emit notice(r.error);
        return r;
    }
    outbound::OutboxDraft d;
    d.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.contact = row->contact;
    d.agent = agent();
    d.conversation = row->conversation;
    d.kind = row->kind;
    d.text = row->text; // a template's words, for the thread and the report
    d.body = QJsonDocument::fromJson(row->body).object();
    d.body.insert(QStringLiteral("biz_opaque_callback_data"), d.clientId);
    r = m_driver->submit(d);
    if (!r.isQueued())
        emit notice(r.error);
    return r;
}

void Workspace::wireThreadPane(ui::MainWindow& window)
{
    ui::ThreadPane* pane = window.threadPane();
    ui::Composer* composer = pane->composer();
    // The text of a reply that was not sent goes back where it was typed, unless the agent has
    // moved on: nothing is lost.
    const auto giveBack = [composer](const ui::ComposedMessage& m) {
        if (!m.isTemplate && m.attachmentPath.isEmpty() && composer->conversation() == m.contactKey &&
            composer->text().isEmpty())
            composer->setText(m.text);
    };
    const auto send = [this, giveBack, &window](const ui::ComposedMessage& m) {
        const outbound::SubmitResult r = sendComposed(m);
        if (!r.isQueued() && !r.error.isEmpty()) // refused before it was queued
            giveBack(m);
        if (r.isQueued())
            window.threadModel()->outboxChanged();
    };
    connect(pane, &ui::ThreadPane::sendRequested, this, [this, send, giveBack](const ui::ComposedMessage& m) {
        if (!replyClaims(m)) {
            send(m);
            return;
        }
        // A reply to an unassigned conversation takes it, through the claim command and its
        // conflict rule: when a colleague took it a moment ago (this replica had not heard yet),
        // the reply is held back so the customer does not get two answers. Any other outcome (the
        // hub unreachable, a timeout, a conversation the hub does not know yet) sends it as it is.
        m_team->claim(m.contactKey, [this, send, giveBack, m](const ui::TeamActions::Result& r) {
            if (r.ok || r.reason != QLatin1String("conflict")) {
                send(m);
                return;
            }
            giveBack(m);
            m_claimedByColleague.insert(m.contactKey);
            // After the window has shown the claim's own outcome, which this sentence replaces.
            QTimer::singleShot(0, this, [this] {
                emit notice(tr("A colleague took this conversation a moment ago, so your reply was not sent. "
                               "Read the thread, then send again to answer anyway."));
            });
        });
    });
    connect(pane, &ui::ThreadPane::retryRequested, this, [this, &window](qint64 id) {
        if (retry(id).isQueued())
            window.threadModel()->outboxChanged();
    });
    // Both emit rowChanged(), which refreshes the thread's outbox rows (onRowChanged()).
    connect(pane, &ui::ThreadPane::resendRequested, m_driver.get(), &outbound::OutboundDriver::resendUncertain);
    connect(pane, &ui::ThreadPane::discardRequested, m_driver.get(), &outbound::OutboundDriver::discardUncertain);
    // A scheduled send's bubble actions; each emits scheduledChanged(), which refreshes the thread.
    connect(pane, &ui::ThreadPane::sendScheduledNowRequested, m_driver.get(),
            &outbound::OutboundDriver::sendScheduledNow);
    connect(pane, &ui::ThreadPane::cancelScheduledRequested, m_driver.get(),
            &outbound::OutboundDriver::cancelScheduled);
    connect(pane, &ui::ThreadPane::rescheduleRequested, this, [this](qint64 id, qint64 dueAtMs) {
        QString error;
        if (!m_driver->reschedule(id, dueAtMs, &error))
            emit notice(error);
    });
    connect(
        pane, &ui::ThreadPane::reactRequested, this,
        [this](const QString& key, const QString& wamid, const QString& emoji) { sendReaction(key, wamid, emoji); });
    connect(pane, &ui::ThreadPane::mediaDownloadRequested, m_downloader.get(),
            [this](const QString&, const QString& mediaId) { m_downloader->download(mediaId); });
    // The open conversation's previews, up to the team's limit (the welcome's team setting).
    connect(pane, &ui::ThreadPane::mediaAutoDownloadRequested, m_downloader.get(),
            [this](const QString& mediaId, qint64 maxBytes) { m_downloader->downloadUpTo(mediaId, maxBytes); });
    pane->setAutoDownloadLimit(m_sync->mediaAutoDownloadBytes());
    // "Ask for the phone number" inside the window: the request_contact_info message.
    connect(pane, &ui::ThreadPane::contactRequestRequested, this,
            [this, &window](const QString& key, const QString& text) {
                if (sendContactRequest(key, text).isQueued())
                    window.threadModel()->outboxChanged();
            });
}

bool Workspace::replyClaims(const ui::ComposedMessage& message)
{
    const QString& contactKey = message.contactKey;
    if (m_claimedByColleague.remove(contactKey))
        return false;
    if (!m_team || !m_team->isOnline() || !m_sync->replyClaims() || m_sync->agent().isEmpty())
        return false;
    // Only a reply that goes now takes the conversation: a scheduled one goes later, and free
    // text into a closed window is refused before anything reaches the network, the hub included.
    if (message.scheduledAtMs > 0 || (!message.isTemplate && !m_gate->check(contactKey, true).isAllowed()))
        return false;
    store::ConversationQuery query(m_store->connection());
    store::ConversationSummary row;
    bool found = false;
    QString error;
    if (!query.find(contactKey, m_clock.nowSecs(), &row, &found, &error))
        qCWarning(lcWorkspace).noquote() << "the conversation's assignee could not be read:" << error;
    return found && row.assignee.isEmpty();
}

void Workspace::refreshTemplates()
{
    sync::Command refresh;
    refresh.name = sync::CommandName::RefreshTemplates;
    m_sync->sendCommand(refresh, [this](const sync::CommandResult& r) {
        if (r.ok)
            emit notice(tr("The templates were fetched from Meta again."));
        else if (r.reason == QLatin1String("forbidden"))
            emit notice(tr("Only a supervisor can refresh the templates."));
        else if (r.reason == QLatin1String("not_configured"))
            emit notice(tr("The hub has no WhatsApp Business Account id ([cloudapi] waba_id), so it cannot fetch "
                           "templates. Ask its administrator to add it."));
        else if (r.reason == QLatin1String("unavailable"))
            emit notice(tr("Meta did not give the templates; the picker keeps the list it had. The hub's log says "
                           "why."));
        else
            emit notice(tr("Duet is offline: the templates were not refreshed. Try again when the status bar shows "
                           "Connected."));
    });
}

void Workspace::wireTemplatesAndReceipts(ui::MainWindow& window)
{
    window.addCommand(tr("Refresh templates from Meta"), {}, [this] { refreshTemplates(); });
    ui::ThreadPane* pane = window.threadPane();
    ui::Composer* composer = pane->composer();
    connect(m_sync.get(), &sync::SyncClient::templatesChanged, m_hubTemplates.get(),
            [this] { m_hubTemplates->setHubTemplates(m_sync->templates()); });
    connect(m_hubTemplates.get(), &ui::HubTemplateCatalog::changed, composer->templatePicker(),
            &ui::TemplatePicker::reloadTemplates);
    // Read receipts when an agent opens a conversation, the typing indicator while they reply;
    // a supervisor reviewing a conversation marks nothing.
    ReadReceipts::Team team;
    team.enabled = [this] { return !m_sync->agent().isEmpty() && m_sync->readReceipts(); };
    team.markRead = [this](const QString& conversation, const QString& wamid) {
        sync::Command read;
        read.name = sync::CommandName::MarkRead;
        read.conversation = conversation;
        read.wamid = wamid;
        m_sync->sendCommand(read);
    };
    m_readReceipts = std::make_unique<ReadReceipts>(m_clock, m_store->connection(), *m_driver, team);
    connect(pane, &ui::ThreadPane::presenceChanged, m_readReceipts.get(),
            [this, &window](const QString& key, const QString& state) {
                if (state == QLatin1String("viewing") && !window.isReviewMode())
                    m_readReceipts->conversationViewed(key);
            });
    connect(composer, &ui::Composer::typing, m_readReceipts.get(),
            [this, composer] { m_readReceipts->replyTyped(composer->conversation()); });
}

ui::MainWindow& Workspace::createWindow(ui::DraftStore& drafts, const ui::TemplateCatalog& templates,
                                        QSettings& settings, const QString& agent)
{
    m_window.reset();
    // The hub's templates replace the given catalog once the hub sends them (docs/DESKTOP.md).
    m_hubTemplates = std::make_unique<ui::HubTemplateCatalog>(&templates);
    if (m_sync->hasTemplates())
        m_hubTemplates->setHubTemplates(m_sync->templates());
    m_templates = m_hubTemplates.get();
    ui::MainWindowContext context{m_store->connection(), m_store->backend(), m_clock, drafts,
                                  *m_hubTemplates,       settings,           agent};
    // Team commands (claim, assign, labels, notes, presence) go through this workspace's sync client.
    m_team = std::make_unique<ui::TeamActions>(m_sync.get());
    context.team = m_team.get();
    m_window = std::make_unique<ui::MainWindow>(context);
    ui::MainWindow* w = m_window.get();
    w->threadModel()->setOutbox(&m_outbox); // sends show at once, with their state, until the hub has them
    w->threadModel()->setMediaCache(m_downloader->cacheDir());
    w->statusBar()->addPermanentWidget(new ui::ConnectionIndicator(m_sync.get()));
    connect(m_sync.get(), &sync::SyncClient::conversationsChanged, w, &ui::MainWindow::conversationsChanged);
    connect(m_sync.get(), &sync::SyncClient::replicaReset, w, &ui::MainWindow::loadInitial);
    connect(m_sync.get(), &sync::SyncClient::welcomed, w, [this, w] {
        w->conversationModel()->setCurrentAgent(m_sync->agent());
        w->threadPane()->setAgentName(m_sync->agent());
        w->threadPane()->setAutoDownloadLimit(m_sync->mediaAutoDownloadBytes());
    });
    connect(this, &Workspace::notice, w, [w](const QString& text) { w->statusBar()->showMessage(text, 15'000); });
    wireThreadPane(*w);
    wireTemplatesAndReceipts(*w);
    wireCampaigns(*w);
    applyAccountHealth(); // the banner and the waiting sends' reason
    return *w;
}

void Workspace::wireCampaigns(ui::MainWindow& window)
{
    ui::CampaignsContext campaigns;
    campaigns.campaigns = m_campaigns.get();
    campaigns.driver = m_driver.get();
    campaigns.templates = m_hubTemplates.get();
    if (!m_marketingPreferences)
        m_marketingPreferences = std::make_unique<outbound::StoreMarketingPreferences>(m_store->connection());
    campaigns.preferences = m_marketingPreferences.get();
    campaigns.createdBy = [this] { return agent(); };
    // Numbers written without a country code in a recipients file are read as this computer's region's.
    campaigns.defaultRegion = QLocale::territoryToCode(QLocale::system().territory());
    window.setCampaigns(campaigns);
    connect(m_campaigns.get(), &outbound::Campaigns::campaignStarted, this, [this](qint64 id, bool late) {
        const std::optional<outbound::CampaignInfo> c = m_campaigns->campaign(id);
        if (!c)
            return;
        emit notice(late ? tr("Campaign “%1” started now: its time passed while Duet was closed.").arg(c->name)
                         : tr("Campaign “%1” started.").arg(c->name));
    });
}

} // namespace duet::desktop
