// SPDX-License-Identifier: GPL-3.0-or-later
// What the agent does to one row of the thread: reply, react, copy, download, the outbox buttons.
#include "ThreadActions.h"

#include "BubbleDelegate.h"
#include "BubbleLayout.h"
#include "Composer.h"
#include "MediaViewer.h"
#include "MessageDetails.h"
#include "ScheduleSendDialog.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "VoicePlayer.h"
#include "core/Clock.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFont>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QUrl>

namespace duet::ui {
namespace {

QString excerptOf(const QModelIndex& index)
{
    QString text = index.data(ThreadModel::TextRole).toString().simplified();
    if (!text.isEmpty())
        return text;
    return BubbleLayout::mediaLabel(BubbleContent::fromIndex(index));
}

} // namespace

ThreadActions::ThreadActions(const Clock& clock, ThreadModel* model, ThreadView* view, BubbleDelegate* delegate,
                             Composer* composer, QWidget* pane)
    : QObject(pane)
    , m_clock(clock)
    , m_model(model)
    , m_view(view)
    , m_composer(composer)
    , m_pane(pane)
{
    connect(delegate, &BubbleDelegate::actionRequested, this, &ThreadActions::perform);
    connect(delegate, &BubbleDelegate::linkActivated, this, [this](int, const QString& link) { activateLink(link); });
    connect(delegate, &BubbleDelegate::downloadRequested, this, [this](const QString& wamid) {
        const int row = m_model->rowOfWamid(wamid);
        if (row >= 0)
            downloadRow(row);
    });
    connect(delegate, &BubbleDelegate::openRequested, this,
            [](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(delegate, &BubbleDelegate::viewRequested, this,
            [this](const QString& path, const QString& title) { viewImage(path, title); });
    connect(delegate, &BubbleDelegate::playRequested, this, &ThreadActions::play);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        int row = rowAt(pos);
        if (row < 0)
            row = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
                  : m_model->isAtEnd()             ? m_model->rowCount() - 1
                                                   : -1; // "the newest" is not among the rows
        if (row >= 0)
            showRowMenu(row, m_view->viewport()->mapToGlobal(pos));
    });
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_viewport = m_view->viewport();

    auto* up = new QAction(tr("Reply to the previous message"), m_pane);
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QAction::triggered, this, &ThreadActions::replyToPrevious);
    auto* down = new QAction(tr("Reply to the next message"), m_pane);
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QAction::triggered, this, &ThreadActions::replyToNext);
    m_pane->addAction(up);
    m_pane->addAction(down);
}

QStringList ThreadActions::reactionEmoji()
{
    return {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
            QStringLiteral("😮"), QStringLiteral("😢"),      QStringLiteral("🙏")};
}

int ThreadActions::rowAt(const QPoint& viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    return index.isValid() ? index.row() : -1;
}

void ThreadActions::replyToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->kindAt(row) != ThreadModel::Kind::Message ||
        m_model->isServiceRow(row))
        return;
    const QModelIndex index = m_model->index(row);
    m_composer->setReplyTo(index.data(ThreadModel::WamidRole).toString(), m_model->authorOf(m_model->itemAt(row)),
                           excerptOf(index));
    m_composer->focusInput();
}

void ThreadActions::replyToPrevious()
{
    // From the message being quoted (found by its wamid: rows come and go above and below it),
    // else from the newest message, read again when a long thread's newest rows were dropped.
    int row = 0;
    if (m_composer->replyToWamid().isEmpty()) {
        if (!m_model->isAtEnd())
            m_view->scrollToNewest();
        row = m_model->rowCount();
    } else {
        row = m_model->rowOfWamid(m_composer->replyToWamid());
        if (row < 0)
            return; // scrolled out of the rows loaded
    }
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

void ThreadActions::replyToNext()
{
    const int quoted = m_model->rowOfWamid(m_composer->replyToWamid());
    if (quoted < 0)
        return;
    int row = quoted + 1;
    for (; row < m_model->rowCount(); ++row) {
        if (m_model->kindAt(row) == ThreadModel::Kind::Message && !m_model->itemAt(row).deleted &&
            !m_model->isServiceRow(row))
            break;
    }
    if (row >= m_model->rowCount()) {
        m_composer->clearReply();
        return;
    }
    replyToRow(row);
    m_view->scrollTo(m_view->model()->index(row, 0));
}

void ThreadActions::reactToRow(int row, const QString& emoji)
{
    if (row < 0 || row >= m_model->rowCount() || m_model->kindAt(row) != ThreadModel::Kind::Message ||
        m_model->isServiceRow(row))
        return;
    emit reactRequested(m_model->conversation(), m_model->itemAt(row).wamid, emoji);
}

void ThreadActions::downloadRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    const QString mediaId = index.data(ThreadModel::MediaIdRole).toString();
    const QString path = index.data(ThreadModel::MediaPathRole).toString();
    const QString type = index.data(ThreadModel::MediaTypeRole).toString();
    if (!path.isEmpty()) {
        if (index.data(ThreadModel::ThumbnailSizeRole).toSize().isValid())
            viewImage(path, BubbleLayout::mediaLabel(BubbleContent::fromIndex(index)));
        else if (type == QLatin1String("voice") || type == QLatin1String("audio"))
            play(mediaId, path);
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } else if (!mediaId.isEmpty()) {
        // Also while an automatic download is on its way: it may stop at the lookup (too large).
        m_model->mediaLoading(mediaId);
        emit mediaDownloadRequested(index.data(ThreadModel::WamidRole).toString(), mediaId);
    }
}

QWidget* ThreadActions::viewImage(const QString& path, const QString& title)
{
    auto* viewer = new MediaViewer(path, title, m_pane);
    viewer->setObjectName(QStringLiteral("mediaViewer"));
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
    return viewer;
}

void ThreadActions::play(const QString& mediaId, const QString& path)
{
    if (!m_voice) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        return;
    }
    m_voice->toggle(mediaId, path);
    if (!m_voice->error(mediaId).isEmpty())
        VoicePlayer::openExternally(path);
}

void ThreadActions::perform(int row, const QString& action)
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
                ScheduleSendDialog::choose(m_pane, now, QDateTime::fromMSecsSinceEpoch(due)))
            emit rescheduleRequested(id, at->toMSecsSinceEpoch());
    }
}

void ThreadActions::activateLink(const QString& link)
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

void ThreadActions::showRowMenu(int row, const QPoint& globalPos)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    const ThreadModel::Kind kind = m_model->kindAt(row);
    QMenu menu(m_pane);
    if (kind == ThreadModel::Kind::Message && !m_model->itemAt(row).deleted && !m_model->isServiceRow(row)) {
        menu.addAction(tr("Reply"), this, [this, row] { replyToRow(row); });
        QMenu* react = menu.addMenu(tr("React"));
        // The emoji in colour, as WhatsApp shows them, where the colour font is installed (the
        // interface font would otherwise draw those it has in black and white).
        QFont emojiFont = react->font();
        emojiFont.setFamilies({QStringLiteral("Noto Color Emoji"), emojiFont.family()});
        react->setFont(emojiFont);
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
        menu.addAction(BubbleLayout::actionLabel(action), this, [this, row, action] { perform(row, action); });
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

bool ThreadActions::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport as it was when the filter went on: while the view is destroyed, its viewport
    // still sends events through here, and the half-destroyed view must not be asked for it.
    if (watched == m_viewport && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QMimeData* mime = drop->mimeData();
        const QList<QUrl> urls = mime && mime->hasUrls() ? mime->urls() : QList<QUrl>();
        const bool hasFile = !urls.isEmpty() && urls.constFirst().isLocalFile();
        if (hasFile && m_composer->mode() == Composer::Mode::FreeForm && !m_composer->isNoteMode()) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                m_composer->attachFile(urls.constFirst().toLocalFile());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace duet::ui
