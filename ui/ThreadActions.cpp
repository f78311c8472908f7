// SPDX-License-Identifier: GPL-3.0-or-later
// The thread pane's actions: the row menu, replies, reactions, downloads, outbox buttons, presence.
#include "BubbleDelegate.h"
#include "BubbleLayout.h"
#include "CannedReplies.h"
#include "Composer.h"
#include "MessageDetails.h"
#include "ScheduleSendDialog.h"
#include "ThreadModel.h"
#include "ThreadPane.h"
#include "ThreadView.h"
#include "core/Clock.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMenu>
#include <QMimeData>
#include <QUrl>

namespace duet::ui {
namespace {

constexpr qint64 kComposingEveryMs = 5000; // at most one "composing" per 5 s
constexpr qint64 kAppEchoWindowSecs = 120; // a phone-app message this recent warns before a send

QString excerptOf(const QModelIndex& index)
{
    const QString text = index.data(ThreadModel::TextRole).toString().simplified();
    if (!text.isEmpty())
        return text;
    return BubbleLayout::mediaLabel(BubbleContent::fromIndex(index));
}

QString joinNames(const QStringList& names)
{
    if (names.size() == 1)
        return names.first();
    return ThreadPane::tr("%1 and %2")
        .arg(QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")), names.last());
}

} // namespace

QStringList ThreadPane::reactionEmoji()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🙏")};
}

void ThreadPane::wireActions()
{
    connect(m_composer, &Composer::sendRequested, this, &ThreadPane::sendRequested);
    connect(m_composer, &Composer::noteRequested, this, &ThreadPane::noteRequested);
    connect(m_composer, &Composer::typing, this, &ThreadPane::onTyping);
    m_composer->setSendGuard([this] { return sendWarning(); });
    connect(m_delegate, &BubbleDelegate::actionRequested, this, &ThreadPane::onAction);
    connect(m_delegate, &BubbleDelegate::linkActivated, this, [this](int, const QString& link) { activateLink(link); });
    connect(m_delegate, &BubbleDelegate::downloadRequested, this, [this](const QString& wamid) {
        const int row = m_model->rowOfWamid(wamid);
        if (row >= 0)
            downloadRow(row);
    });
    connect(m_delegate, &BubbleDelegate::openRequested, this,
            [](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        int row = rowAt(pos);
        if (row < 0)
            row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : m_model->rowCount() - 1;
        if (row >= 0)
            showRowMenu(row, m_view->viewport()->mapToGlobal(pos));
    });
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);

    auto* up = new QAction(tr("Reply to the previous message"), this);
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QAction::triggered, this, &ThreadPane::replyToPrevious);
    auto* down = new QAction(tr("Reply to the next message"), this);
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QAction::triggered, this, &ThreadPane::replyToNext);
    addAction(up);
    addAction(down);
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

int ThreadPane::rowAt(const QPoint& viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    return index.isValid() ? index.row() : -1;
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

void ThreadPane::replyToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->kindAt(row) != ThreadModel::Kind::Message ||
        m_model->isServiceRow(row))
        return;
    const QModelIndex index = m_model->index(row);
    m_replyRow = row;
    m_composer->setReplyTo(index.data(ThreadModel::WamidRole).toString(), m_model->authorOf(m_model->itemAt(row)),
                           excerptOf(index));
    m_composer->focusInput();
}

void ThreadPane::replyToPrevious()
{
    int row = m_composer->replyToWamid().isEmpty() ? m_model->rowCount() : qMin(m_replyRow, m_model->rowCount());
    for (--row; row >= 0; --row) {
        if (m_model->kindAt(row) == ThreadModel::Kind::Message && !m_model->itemAt(row).deleted &&
            !m_model->isServiceRow(row))
            break;
    }
    if (row < 0)
        return;
    replyToRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0));
}

void ThreadPane::replyToNext()
{
    if (m_composer->replyToWamid().isEmpty())
        return;
    int row = m_replyRow + 1;
    for (; row < m_model->rowCount(); ++row) {
        if (m_model->kindAt(row) == ThreadModel::Kind::Message && !m_model->itemAt(row).deleted &&
            !m_model->isServiceRow(row))
            break;
    }
    if (row >= m_model->rowCount()) {
        m_composer->clearReply();
        m_replyRow = -1;
        return;
    }
    replyToRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0));
}

void ThreadPane::reactToRow(int row, const QString& emoji)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->kindAt(row) != ThreadModel::Kind::Message ||
        m_model->isServiceRow(row))
        return;
    emit reactRequested(m_model->conversation(), m_model->itemAt(row).wamid, emoji);
}

void ThreadPane::downloadRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    const QString mediaId = index.data(ThreadModel::MediaIdRole).toString();
    const QString path = index.data(ThreadModel::MediaPathRole).toString();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (!mediaId.isEmpty())
        emit mediaDownloadRequested(index.data(ThreadModel::WamidRole).toString(), mediaId);
}

void ThreadPane::onAction(int row, const QString& action)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->index(row).data(ThreadModel::OutboxIdRole).toLongLong();
    if (id == 0)
        return;
    if (action == QLatin1String("retry"))
        emit retryRequested(id);
    else if (action == QLatin1String("resend"))
        emit resendRequested(id);
    else if (action == QLatin1String("discard"))
        emit discardRequested(id);
    else if (action == QLatin1String("send_now"))
        emit sendScheduledNowRequested(id);
    else if (action == QLatin1String("cancel_scheduled"))
        emit cancelScheduledRequested(id);
    else if (action == QLatin1String("reschedule")) {
        const qint64 due = m_model->index(row).data(ThreadModel::ScheduledAtRole).toLongLong();
        if (due <= 0)
            return; // it went meanwhile
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
        if (const std::optional<QDateTime> at =
                ScheduleSendDialog::choose(this, now, QDateTime::fromMSecsSinceEpoch(due)))
            emit rescheduleRequested(id, at->toMSecsSinceEpoch());
    }
}

void ThreadPane::activateLink(const QString& link)
{
    const QString digits = MessageDetails::chatNumber(link);
    if (!digits.isEmpty()) {
        emit conversationRequested(digits);
        return;
    }
    const QUrl url = MessageDetails::linkUrl(link);
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

void ThreadPane::showRowMenu(int row, const QPoint& globalPos)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    const ThreadModel::Kind kind = m_model->kindAt(row);
    QMenu menu(this);
    if (kind == ThreadModel::Kind::Message && !m_model->itemAt(row).deleted && !m_model->isServiceRow(row)) {
        menu.addAction(tr("Reply"), this, [this, row] { replyToRow(row); });
        QMenu* react = menu.addMenu(tr("React"));
        for (const QString& emoji : reactionEmoji())
            react->addAction(emoji, this, [this, row, emoji] { reactToRow(row, emoji); });
    }
    const QString text = index.data(ThreadModel::TextRole).toString();
    if (!text.isEmpty())
        menu.addAction(tr("Copy text"), this, [text] { QGuiApplication::clipboard()->setText(text); });
    if (!index.data(ThreadModel::MediaIdRole).toString().isEmpty())
        menu.addAction(index.data(ThreadModel::MediaPathRole).toString().isEmpty() ? tr("Download") : tr("Open"), this,
                       [this, row] { downloadRow(row); });
    const QStringList links = index.data(ThreadModel::LinksRole).toStringList();
    if (!links.isEmpty())
        menu.addSeparator();
    for (const QString& link : links)
        menu.addAction(MessageDetails::linkLabel(link), this, [this, link] { activateLink(link); });
    const QString supervisorText = index.data(ThreadModel::SupervisorTextRole).toString();
    if (!supervisorText.isEmpty()) {
        const QString original =
            m_model->itemAt(row).edited ? m_model->itemAt(row).originalText : m_model->itemAt(row).text;
        menu.addAction(tr("Copy original text"), this, [original] { QGuiApplication::clipboard()->setText(original); });
    }
    const QStringList actions = index.data(ThreadModel::ActionsRole).toStringList();
    if (!actions.isEmpty())
        menu.addSeparator();
    for (const QString& action : actions)
        menu.addAction(BubbleLayout::actionLabel(action), this, [this, row, action] { onAction(row, action); });
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

bool ThreadPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QMimeData* mime = drop->mimeData();
        const bool hasFile = mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile();
        if (hasFile && m_composer->mode() == Composer::Mode::FreeForm && !m_composer->isNoteMode()) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                m_composer->attachFile(mime->urls().first().toLocalFile());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace duet::ui
