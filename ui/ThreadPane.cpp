// SPDX-License-Identifier: GPL-3.0-or-later
// The thread pane and its painted header.
#include "ThreadPane.h"

#include "BubbleDelegate.h"
#include "Composer.h"
#include "CustomerText.h"
#include "MediaAutoDownload.h"
#include "PaintHelpers.h"
#include "TemplatePicker.h"
#include "ThreadActions.h"
#include "ThreadHeader.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "ThumbnailLoader.h"
#include "TimeText.h"
#include "VideoPosters.h"
#include "VoicePlayer.h"
#include "core/Clock.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace duet::ui {

namespace {
/// The hub expires presence 30 s after it commits it (docs/PROTOCOL.md): say it again after 20 s.
constexpr qint64 kPresenceRefreshMs = 20000;
constexpr qint64 kComposingEveryMs = 5000; // at most one "composing" per 5 s
constexpr qint64 kAppEchoWindowSecs = 120; // a phone-app message this recent warns before a send

QString joinNames(const QStringList& names)
{
    if (names.size() == 1)
        return names.first();
    return ThreadPane::tr("%1 and %2")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

} // namespace

ThreadPane::ThreadPane(const Clock& clock, const Theme& theme, ThreadModel* model, DraftStore& drafts,
                       const TemplateCatalog& templates, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(model)
    , m_headerBar(new QWidget(this))
    , m_headerLayout(new QHBoxLayout(m_headerBar))
    , m_header(new ThreadHeader(clock, theme, m_headerBar))
    , m_askButton(new QToolButton(m_headerBar))
    , m_view(new ThreadView(this))
    , m_delegate(new BubbleDelegate(clock, theme, this))
    , m_composer(new Composer(clock, drafts, templates, this))
    , m_actions(new ThreadActions(clock, model, m_view, m_delegate, m_composer, this))
    , m_thumbnails(new ThumbnailLoader(this))
    , m_voice(new VoicePlayer(this))
    , m_posters(new VideoPosters(this))
    , m_autoDownload(new MediaAutoDownload(model, this))
    , m_divider(new QWidget(this))
    , m_headerDivider(new QWidget(this))
{
    setAccessibleName(tr("Thread"));
    m_view->setThreadModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Messages"));
    // Previews decode off the UI thread; voice notes play in their bubbles.
    m_delegate->setThumbnails(m_thumbnails);
    m_delegate->setVoicePlayer(m_voice);
    m_delegate->setVideoPosters(m_posters);
    m_actions->setVoicePlayer(m_voice);
    connect(m_thumbnails, &ThumbnailLoader::ready, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_voice, &VoicePlayer::changed, m_view->viewport(), qOverload<>(&QWidget::update));
    connect(m_posters, &VideoPosters::ready, m_view->viewport(), qOverload<>(&QWidget::update));
    m_composer->setAutoFillBackground(true);
    for (QWidget* line : {m_divider, m_headerDivider}) {
        line->setFixedHeight(1);
        line->setAutoFillBackground(true);
    }
    m_headerLayout->setContentsMargins(0, 0, 8, 0);
    m_headerLayout->setSpacing(6);
    m_headerLayout->addWidget(m_header, 1);
    m_askButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_askButton->setAutoRaise(true);
    m_askButton->hide();
    m_scheduled = new QLabel(m_headerBar);
    m_scheduled->setAccessibleName(tr("Scheduled messages"));
    m_scheduled->hide();
    m_headerLayout->addWidget(m_scheduled, 0, Qt::AlignVCenter);
    m_headerLayout->addWidget(m_askButton, 0, Qt::AlignVCenter);
    m_headerBar->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_headerBar);
    layout->addWidget(m_headerDivider);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_divider);
    layout->addWidget(m_composer);
    setTheme(theme);
    m_composer->hide(); // until a conversation is open
    m_divider->hide();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ThreadPane::tick);
    m_ticker.start();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ThreadPane::showScheduled);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadPane::showScheduled);
    connect(model, &QAbstractItemModel::dataChanged, this, &ThreadPane::showScheduled);
    wireActions();
}

QString ThreadPane::scheduledText() const
{
    const int count = m_model->scheduledCount();
    if (count == 0)
        return {};
    return QStringLiteral("\U0001F552 ") + tr("%n scheduled", nullptr, count);
}

void ThreadPane::showScheduled()
{
    const QString text = scheduledText();
    m_scheduled->setText(text);
    m_scheduled->setToolTip(tr("Messages waiting for their time: each bubble has Send now, Edit time and Cancel."));
    m_scheduled->setVisible(!text.isEmpty());
}

void ThreadPane::showConversation(const store::ConversationSummary& summary)
{
    const QString before = m_model->conversation();
    if (before != summary.contactKey) {
        if (!before.isEmpty())
            announce(before, QStringLiteral("left"));
        m_lastComposingMs = 0;
        announce(summary.contactKey, QStringLiteral("viewing"));
    }
    m_summary = summary;
    m_header->setSummary(summary, true);
    m_askButton->setVisible(!summary.hasPhone() && m_askButton->defaultAction());
    m_composer->setCustomerName(CustomerText::name(summary));
    m_composer->show();
    m_divider->show();
    if (m_model->conversation() != summary.contactKey) {
        m_delegate->invalidate(); // the layouts and row sizes of the thread that closes
        m_voice->stop();
        m_model->setConversation(summary.contactKey);
    }
    if (m_composer->conversation() == summary.contactKey)
        m_composer->setLastCustomerAt(summary.lastCustomerAt); // same thread: keep the text being typed
    else
        m_composer->setConversation(summary.contactKey, summary.lastCustomerAt);
    m_composer->setReferralAt(summary.referralAt);
    const std::optional<store::CustomerPreference> marketing = m_model->marketingPreference();
    m_marketingText = marketing ? marketingTextFor(marketing->value, marketing->at) : QString();
    m_header->setMarketing(m_marketingText);
    refreshPresence();
}

void ThreadPane::followConversation(const store::ConversationSummary& summary)
{
    m_composer->moveToConversation(summary.contactKey);
    showConversation(summary);
}

void ThreadPane::setAskAction(QAction* action)
{
    m_askButton->setDefaultAction(action);
    m_askButton->setVisible(action && !m_summary.contactKey.isEmpty() && !m_summary.hasPhone());
}

QString ThreadPane::marketingTextFor(const QString& value, qint64 atSecs)
{
    if (value != QLatin1String("stop"))
        return {};
    const QDate day = TimeText::localDay(atSecs);
    return tr("Stopped marketing messages on %1").arg(QLocale().toString(day, QStringLiteral("d MMM")));
}

QString ThreadPane::contactRequestText()
{
    return tr("Could you share your phone number with us? Tap the button below to send it.");
}

QString ThreadPane::askForPhoneNumber()
{
    const QString key = m_model->conversation();
    if (key.isEmpty() || m_summary.contactKey != key)
        return tr("Open a conversation first.");
    const CustomerFacts customer = CustomerFacts::of(m_summary);
    const QString name = CustomerText::name(m_summary);
    if (m_summary.hasPhone())
        return tr("The number of %1 is known: %2.").arg(name, CustomerText::number(customer));
    if (m_composer->window().isSendable()) {
        m_view->scrollToNewest(); // the request goes at the end of the thread
        emit contactRequestRequested(key, contactRequestText());
        return tr("Asked %1 to share their phone number. Their answer links it to this conversation.").arg(name);
    }
    m_composer->offerContactRequestTemplates();
    m_composer->templatePicker()->focusMissing(); // the template's first parameter, or the search
    return tr("The 24-hour window is closed: ask with a template that has a Share Contact Info button.");
}

void ThreadPane::clear()
{
    if (!m_model->conversation().isEmpty())
        announce(m_model->conversation(), QStringLiteral("left"));
    m_presence.clear();
    m_presenceText.clear();
    m_header->setPresence(QString());
    m_header->setSummary({}, false);
    m_summary = {};
    m_askButton->hide();
    m_delegate->invalidate();
    m_voice->stop();
    m_model->setConversation(QString());
    m_composer->setConversation(QString(), 0);
    m_composer->hide();
    m_divider->hide();
}

void ThreadPane::setTheme(const Theme& theme)
{
    m_header->setTheme(theme);
    QPalette headerPal = m_headerBar->palette();
    headerPal.setColor(QPalette::Window, theme.base);
    m_headerBar->setPalette(headerPal);
    m_delegate->setTheme(theme);
    m_delegate->invalidate();
    QPalette pal = m_view->palette();
    pal.setColor(QPalette::Base, theme.threadBackground);
    pal.setColor(QPalette::Window, theme.threadBackground); // the padding above a short thread
    m_view->setPalette(pal);
    m_view->setAutoFillBackground(true);
    m_view->verticalScrollBar()->setStyleSheet(theme.scrollBarStyle());
    QPalette composerPal = m_composer->palette();
    composerPal.setColor(QPalette::Window, theme.base);
    m_composer->setPalette(composerPal);
    QPalette dividerPal = m_divider->palette();
    dividerPal.setColor(QPalette::Window, theme.divider);
    m_divider->setPalette(dividerPal);
    m_headerDivider->setPalette(dividerPal);
    m_view->viewport()->update();
}

QString ThreadPane::headerChip() const
{
    return m_header->chip();
}

QString ThreadPane::headerTitle() const
{
    return m_header->title();
}

QString ThreadPane::headerIdentity() const
{
    return m_header->identity();
}

void ThreadPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        m_delegate->invalidate();
    QWidget::changeEvent(event);
}

void ThreadPane::tick()
{
    m_header->update();
    showScheduled(); // a scheduled send whose time came is no longer counted
    showPresence();  // drops what expired since the last read; new rows come with conversationsChanged
    const QString key = m_model->conversation();
    if (key.isEmpty() || !isVisible() || !isActiveWindow())
        return; // an inactive window lets its presence expire
    if (m_presenceSentMs == 0 || m_clock.nowMs() - m_presenceSentMs >= kPresenceRefreshMs)
        announce(key, QStringLiteral("viewing"));
}

void ThreadPane::leavePresence()
{
    if (!m_model->conversation().isEmpty() && m_presenceSentMs != 0)
        announce(m_model->conversation(), QStringLiteral("left"));
}

void ThreadPane::announce(const QString& contactKey, const QString& state)
{
    m_presenceSentMs = state == QLatin1String("left") ? 0 : qMax<qint64>(1, m_clock.nowMs());
    emit presenceChanged(contactKey, state);
}

void ThreadPane::refreshPresence()
{
    if (m_model->conversation().isEmpty())
        m_presence.clear();
    else
        m_presence = m_model->presence(m_clock.nowMs());
    showPresence();
}

void ThreadPane::showPresence()
{
    m_presenceText = presenceTextNow();
    m_header->setPresence(m_presenceText);
}

void ThreadPane::wireActions()
{
    // What the agent writes goes at the end of the thread: the view goes there first (from the
    // newest page again when a long thread's newest rows were dropped), as chat apps do.
    connect(m_composer, &Composer::sendRequested, m_view, &ThreadView::scrollToNewest);
    connect(m_composer, &Composer::noteRequested, m_view, &ThreadView::scrollToNewest);
    connect(m_composer, &Composer::sendRequested, this, &ThreadPane::sendRequested);
    connect(m_composer, &Composer::noteRequested, this, &ThreadPane::noteRequested);
    connect(m_composer, &Composer::typing, this, &ThreadPane::onTyping);
    m_composer->setSendGuard([this] { return sendWarning(); });
    connect(m_actions, &ThreadActions::retryRequested, this, &ThreadPane::retryRequested);
    connect(m_actions, &ThreadActions::resendRequested, this, &ThreadPane::resendRequested);
    connect(m_actions, &ThreadActions::discardRequested, this, &ThreadPane::discardRequested);
    connect(m_actions, &ThreadActions::sendScheduledNowRequested, this, &ThreadPane::sendScheduledNowRequested);
    connect(m_actions, &ThreadActions::cancelScheduledRequested, this, &ThreadPane::cancelScheduledRequested);
    connect(m_actions, &ThreadActions::rescheduleRequested, this, &ThreadPane::rescheduleRequested);
    connect(m_actions, &ThreadActions::reactRequested, this, &ThreadPane::reactRequested);
    connect(m_actions, &ThreadActions::mediaDownloadRequested, this, &ThreadPane::mediaDownloadRequested);
    connect(m_autoDownload, &MediaAutoDownload::requested, this, &ThreadPane::mediaAutoDownloadRequested);
    connect(m_actions, &ThreadActions::conversationRequested, this, &ThreadPane::conversationRequested);
}

void ThreadPane::replyToRow(int row)
{
    m_actions->replyToRow(row);
}

void ThreadPane::reactToRow(int row, const QString& emoji)
{
    m_actions->reactToRow(row, emoji);
}

void ThreadPane::setAutoDownloadLimit(qint64 bytes)
{
    if (bytes == m_autoDownload->limit())
        return;
    m_autoDownload->setLimit(bytes);
    m_autoDownload->scanAll();
}

void ThreadPane::downloadRow(int row)
{
    m_actions->downloadRow(row);
}

void ThreadPane::showRowMenu(int row, const QPoint& globalPos)
{
    m_actions->showRowMenu(row, globalPos);
}

QStringList ThreadPane::reactionEmoji()
{
    return ThreadActions::reactionEmoji();
}

void ThreadPane::replyToPrevious()
{
    m_actions->replyToPrevious();
}

void ThreadPane::replyToNext()
{
    m_actions->replyToNext();
}

void ThreadPane::activateLink(const QString& link)
{
    m_actions->activateLink(link);
}

void ThreadPane::addHeaderWidget(QWidget* widget)
{
    widget->setParent(m_headerBar);
    m_headerLayout->addWidget(widget, 0, Qt::AlignVCenter);
}

void ThreadPane::setAgentName(const QString& agent)
{
    m_agent = agent;
    m_composer->setAgentName(agent);
    refreshPresence();
}

void ThreadPane::setCannedReplies(CannedReplies* replies)
{
    m_composer->setCannedReplies(replies);
}

void ThreadPane::onTyping()
{
    const QString key = m_model->conversation();
    if (key.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    if (m_lastComposingMs != 0 && now - m_lastComposingMs < kComposingEveryMs)
        return;
    m_lastComposingMs = now;
    announce(key, QStringLiteral("composing"));
}

QString ThreadPane::presenceTextNow() const
{
    QStringList composing, viewing;
    if (!m_model->conversation().isEmpty()) {
        const qint64 nowMs = m_clock.nowMs();
        for (const store::PresenceItem& p : m_presence) {
            if (p.agent == m_agent || p.agent.isEmpty() || p.expiresAtMs <= nowMs)
                continue;
            (p.state == QLatin1String("composing") ? composing : viewing) << p.agent;
        }
    }
    QString text;
    if (composing.size() == 1)
        text = tr("%1 is replying…").arg(composing.first());
    else if (composing.size() > 1)
        text = tr("%1 are replying…").arg(joinNames(composing));
    else if (viewing.size() == 1)
        text = tr("%1 is viewing").arg(viewing.first());
    else if (viewing.size() > 1)
        text = tr("%1 are viewing").arg(joinNames(viewing));
    return text;
}

QString ThreadPane::sendWarning() const
{
    const qint64 now = m_clock.nowSecs();
    if (const std::optional<store::ThreadItem> echo = m_model->lastAppMessageSince(now - kAppEchoWindowSecs)) {
        const qint64 ago = qMax<qint64>(0, now - echo->timestamp);
        const QString agoText = ago < 60 ? tr("%1 s").arg(ago) : tr("%1 min").arg(ago / 60);
        QString excerpt = echo->text.simplified();
        if (excerpt.size() > 80)
            excerpt = excerpt.left(79) + QStringLiteral("…");
        if (excerpt.isEmpty())
            excerpt = echo->type;
        return tr("Sent from the phone app %1 ago: “%2”. Send anyway?").arg(agoText, excerpt);
    }
    QStringList composing;
    const qint64 nowMs = m_clock.nowMs();
    for (const store::PresenceItem& p : m_presence) {
        if (p.state == QLatin1String("composing") && p.agent != m_agent && !p.agent.isEmpty() && p.expiresAtMs > nowMs)
            composing << p.agent;
    }
    if (composing.size() == 1)
        return tr("%1 is replying now. Send anyway?").arg(composing.first());
    if (composing.size() > 1)
        return tr("%1 are replying now. Send anyway?").arg(joinNames(composing));
    return QString();
}

} // namespace duet::ui
