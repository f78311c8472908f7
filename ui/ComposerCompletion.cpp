// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's attachments (checked against Meta's limits) and its completions ("/", "@").
#include "CannedReplies.h"
#include "Composer.h"
#include "ComposerBars.h"
#include "CustomerText.h"
#include "cloudapi/MediaLimits.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolButton>

namespace duet::ui {
namespace {

QString kindLabel(cloudapi::MediaKind kind)
{
    switch (kind) {
    case cloudapi::MediaKind::Image:
        return Composer::tr("images");
    case cloudapi::MediaKind::Video:
        return Composer::tr("videos");
    case cloudapi::MediaKind::Audio:
        return Composer::tr("audio files");
    case cloudapi::MediaKind::Document:
        return Composer::tr("documents");
    case cloudapi::MediaKind::Sticker:
        return Composer::tr("stickers");
    }
    return QString();
}

/// The "@query" just before the cursor, or no match.
QRegularExpressionMatch mentionBefore(const QString& textBeforeCursor)
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)@([\\w.\\-]*)$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(textBeforeCursor);
}

QString firstLocalFile(const QMimeData* data)
{
    if (!data || !data->hasUrls())
        return QString();
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}

} // namespace

bool Composer::attachFile(const QString& path)
{
    m_attachmentError.clear();
    m_notice->hide();
    const QFileInfo info(path);
    const QString name = info.fileName();
    QString error;
    cloudapi::MediaCheck check;
    QString mime;
    if (m_uploading) {
        error = tr("Wait until the file being sent has been uploaded.");
    } else if (!info.isFile() || !info.isReadable()) {
        error = tr("%1 cannot be read.").arg(name.isEmpty() ? path : name);
    } else {
        const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
        mime = type.name();
        check = cloudapi::checkMediaUpload(mime, info.size());
        if (check.problem == cloudapi::MediaCheck::Problem::UnsupportedType &&
            type.inherits(QStringLiteral("text/plain"))) {
            mime = QStringLiteral("text/plain"); // Markdown, CSV, logs: sent as the plain text they are
            check = cloudapi::checkMediaUpload(mime, info.size());
        }
        const QString allowed = QCoreApplication::translate("duet", cloudapi::allowedMediaText());
        switch (check.problem) {
        case cloudapi::MediaCheck::Problem::None:
            break;
        case cloudapi::MediaCheck::Problem::Empty:
            error = tr("%1 is empty.").arg(name);
            break;
        case cloudapi::MediaCheck::Problem::UnsupportedType:
            error = tr("%1 cannot be sent: WhatsApp does not take this type of file (%2). %3").arg(name, mime, allowed);
            break;
        case cloudapi::MediaCheck::Problem::TooLarge:
            error = tr("%1 is too large to send (%2): WhatsApp takes %3 up to %4. %5")
                        .arg(name, AttachmentChip::sizeText(info.size()), kindLabel(check.kind),
                             AttachmentChip::sizeText(check.limitBytes), allowed);
            break;
        }
    }
    if (!error.isEmpty()) {
        m_attachmentError = error;
        m_notice->setText(error);
        m_notice->show();
        return false;
    }
    m_attachment = info.absoluteFilePath();
    m_attachmentMime = mime;
    m_attachmentKind = cloudapi::mediaKindName(check.kind);
    m_chip->setFile(name, info.size());
    m_chip->show();
    updateSendEnabled();
    return true;
}

void Composer::chooseAttachment()
{
    if (m_mode != Mode::FreeForm || m_noteMode)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
    if (!path.isEmpty())
        attachFile(path);
    focusInput();
}

void Composer::clearAttachment()
{
    if (m_uploading)
        return;
    m_attachment.clear();
    m_attachmentMime.clear();
    m_attachmentKind.clear();
    m_chip->hide();
    updateSendEnabled();
}

void Composer::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_mode == Mode::FreeForm && !m_noteMode && !firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent* event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty() || m_mode != Mode::FreeForm || m_noteMode)
        return;
    attachFile(path);
    event->acceptProposedAction();
}

void Composer::setAgentNames(const QStringList& names)
{
    m_agentNames = names;
}

void Composer::setCannedReplies(CannedReplies* replies)
{
    m_canned = replies;
}

void Composer::showCannedReplies()
{
    if (!m_canned || m_contactKey.isEmpty() || (m_mode != Mode::FreeForm && !m_noteMode))
        return;
    m_completing = Completing::CannedAtCursor;
    m_completions->clear();
    for (int row : m_canned->matching(QString())) {
        auto* item = new QListWidgetItem(m_canned->replyAt(row).title, m_completions);
        item->setData(Qt::UserRole, row);
        item->setToolTip(plainToolTip(m_canned->replyAt(row).text));
    }
    m_completions->setCurrentRow(0);
    m_completions->setVisible(m_completions->count() > 0);
    m_editor->setFocus();
}

bool Composer::isCompletionVisible() const
{
    return !m_completions->isHidden() && m_completions->count() > 0;
}

QStringList Composer::completionItems() const
{
    QStringList out;
    for (int i = 0; i < m_completions->count(); ++i)
        out << m_completions->item(i)->text();
    return out;
}

void Composer::hideCompletions()
{
    m_completing = Completing::None;
    m_completions->hide();
}

void Composer::updateCompletions()
{
    if (m_loading || m_completing == Completing::CannedAtCursor)
        return;
    const QString text = m_editor->toPlainText();
    QTextCursor cursor = m_editor->textCursor();
    const QString before = text.left(cursor.position());
    m_completions->clear();
    m_completing = Completing::None;
    if (m_noteMode) {
        const QRegularExpressionMatch m = mentionBefore(before);
        if (m.hasMatch()) {
            const QString query = m.captured(1);
            for (const QString& name : std::as_const(m_agentNames)) {
                if (name.contains(query, Qt::CaseInsensitive) && name != m_agentName)
                    new QListWidgetItem(name, m_completions);
            }
            m_completing = Completing::Mention;
        }
    } else if (m_canned && text.startsWith(QLatin1Char('/')) && !text.contains(QLatin1Char('\n'))) {
        for (int row : m_canned->matching(text.mid(1).trimmed())) {
            auto* item = new QListWidgetItem(m_canned->replyAt(row).title, m_completions);
            item->setData(Qt::UserRole, row);
            item->setToolTip(plainToolTip(m_canned->replyAt(row).text));
        }
        m_completing = Completing::Canned;
    }
    m_completions->setCurrentRow(0);
    m_completions->setVisible(m_completing != Completing::None && m_completions->count() > 0);
}

bool Composer::completionKey(int key)
{
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int n = m_completions->count();
        const int step = key == Qt::Key_Up ? -1 : 1;
        m_completions->setCurrentRow((m_completions->currentRow() + step + n) % n);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        acceptCompletion();
        return true;
    case Qt::Key_Escape:
        hideCompletions();
        return true;
    default:
        return false;
    }
}

void Composer::acceptCompletion()
{
    QListWidgetItem* item = m_completions->currentItem();
    const Completing what = m_completing;
    hideCompletions();
    if (!item)
        return;
    QTextCursor cursor = m_editor->textCursor();
    if (what == Completing::Mention) {
        const QRegularExpressionMatch m = mentionBefore(m_editor->toPlainText().left(cursor.position()));
        if (m.hasMatch())
            cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m.captured(1).size()) + 1);
        cursor.insertText(QLatin1Char('@') + item->text() + QLatin1Char(' '));
    } else if (m_canned) {
        const int row = item->data(Qt::UserRole).toInt();
        if (row < 0 || row >= m_canned->rowCount())
            return;
        const QString filled = CannedReplies::fill(m_canned->replyAt(row).text, m_customerName, m_agentName);
        if (what == Completing::Canned)
            setText(filled);
        else
            cursor.insertText(filled);
    }
    m_editor->setTextCursor(m_editor->textCursor());
    hideCompletions(); // the edit above may have asked for completions again
}

} // namespace duet::ui
