// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's attachment: one file checked against Meta's limits, its chip and its upload.
#include "ComposerAttachments.h"

#include "ComposerBars.h"
#include "cloudapi/MediaLimits.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QMimeDatabase>
#include <QUrl>

namespace duet::ui {
namespace {

QString kindLabel(cloudapi::MediaKind kind)
{
    switch (kind) {
    case cloudapi::MediaKind::Image:
        return ComposerAttachments::tr("images");
    case cloudapi::MediaKind::Video:
        return ComposerAttachments::tr("videos");
    case cloudapi::MediaKind::Audio:
        return ComposerAttachments::tr("audio files");
    case cloudapi::MediaKind::Document:
        return ComposerAttachments::tr("documents");
    case cloudapi::MediaKind::Sticker:
        return ComposerAttachments::tr("stickers");
    }
    return QString();
}

} // namespace

ComposerAttachments::ComposerAttachments(QWidget* page)
    : QObject(page)
    , m_chip(new AttachmentChip(page))
    , m_notice(new QLabel(page))
{
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    QPalette noticePal = m_notice->palette();
    noticePal.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    m_notice->setPalette(noticePal);
    m_chip->hide();
    m_notice->hide();
    connect(m_chip, &AttachmentChip::removed, this, &ComposerAttachments::removeRequested);
}

QString ComposerAttachments::firstLocalFile(const QMimeData* data)
{
    if (!data || !data->hasUrls())
        return QString();
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return QString();
}

bool ComposerAttachments::attach(const QString& path)
{
    m_error.clear();
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
        m_error = error;
        m_notice->setText(error);
        m_notice->show();
        return false;
    }
    m_path = info.absoluteFilePath();
    m_mime = mime;
    m_kind = cloudapi::mediaKindName(check.kind);
    m_chip->setFile(name, info.size());
    m_chip->show();
    emit changed();
    return true;
}

void ComposerAttachments::clear()
{
    if (m_uploading)
        return;
    m_path.clear();
    m_mime.clear();
    m_kind.clear();
    m_chip->hide();
    emit changed();
}

void ComposerAttachments::setChipVisible(bool visible)
{
    m_chip->setVisible(visible && (!m_path.isEmpty() || m_uploading));
}

void ComposerAttachments::showNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->show();
}

void ComposerAttachments::hideNotice()
{
    m_notice->hide();
}

void ComposerAttachments::startUpload(const ComposedMessage& message)
{
    m_inFlight = message;
    m_uploading = true;
    m_chip->setUploading(true);
    emit changed();
}

void ComposerAttachments::setProgress(qint64 done, qint64 total)
{
    if (m_uploading)
        m_chip->setProgress(done, total);
}

ComposedMessage ComposerAttachments::failUpload(const QString& message)
{
    if (!m_uploading)
        return {};
    m_uploading = false;
    m_chip->setFailed(message);
    emit changed();
    return m_inFlight;
}

void ComposerAttachments::finishUpload()
{
    m_uploading = false;
    m_inFlight = {};
    clear();
}

} // namespace duet::ui
