// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's attachment: one file checked against Meta's limits, its chip and its upload.
#pragma once

#include "Composer.h"

#include <QObject>

class QLabel;
class QMimeData;
class QWidget;

namespace duet::ui {

class AttachmentChip;

/// The file the composer sends with its caption. attach() checks it against Meta's types and
/// limits before anything happens: a file that passes shows its chip (name and size); one that
/// does not is kept nowhere and the notice under the text says why and what is allowed. Once sent,
/// the chip shows the upload's progress; a failed upload keeps the file (and hands the message
/// back, so its caption and quote can be restored), a finished one clears it. While a file
/// uploads, no other can be attached or removed. It builds the chip and the notice; the Composer
/// lays them out.
/// Usage: `ComposerAttachments files(page); layout->addWidget(files.chip()); files.attach(path);`
class ComposerAttachments : public QObject
{
    Q_OBJECT
public:
    explicit ComposerAttachments(QWidget* page);

    AttachmentChip* chip() const { return m_chip; }
    /// The line that says why a file was refused (or why a message with a file cannot be scheduled).
    QLabel* notice() const { return m_notice; }

    /// Checks `path`; true when it is now the attachment (replacing an earlier one).
    bool attach(const QString& path);
    /// Drops the attachment, unless it is uploading.
    void clear();
    bool hasFile() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString mime() const { return m_mime; }
    /// image, video, audio or document (the Cloud API type).
    QString kind() const { return m_kind; }
    /// Why the last attach() refused its file; null after one that succeeded.
    QString error() const { return m_error; }
    bool isUploading() const { return m_uploading; }

    /// Shows the chip when `visible` and there is a file (hidden in Note mode).
    void setChipVisible(bool visible);
    void showNotice(const QString& text);
    void hideNotice();

    /// `message` (which carries the attachment) was sent: the chip shows its upload.
    void startUpload(const ComposedMessage& message);
    void setProgress(qint64 done, qint64 total);
    /// The upload failed: the chip says why and keeps the file. Returns the message that carried it
    /// (empty when nothing was uploading).
    ComposedMessage failUpload(const QString& message);
    /// The upload is done: the attachment goes.
    void finishUpload();

    /// The first local file among dropped data; null when none.
    static QString firstLocalFile(const QMimeData* data);

signals:
    /// The attachment came, went, or started or stopped uploading.
    void changed();
    /// The chip's remove button.
    void removeRequested();

private:
    AttachmentChip* m_chip;
    QLabel* m_notice;
    QString m_path, m_mime, m_kind, m_error;
    bool m_uploading = false;
    ComposedMessage m_inFlight; ///< the last send with an attachment, handed back when its upload fails
};

} // namespace duet::ui
