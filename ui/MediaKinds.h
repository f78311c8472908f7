// SPDX-License-Identifier: GPL-3.0-or-later
// What the thread says about a media file without opening it: the document's kind, sizes, durations.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace duet::ui {

/// Small facts about media files for the bubbles, all without decoding them.
/// Usage: `MediaKinds::documentKind(mime, name)`, `MediaKinds::sizeText(bytes)`.
class MediaKinds
{
    Q_DECLARE_TR_FUNCTIONS(MediaKinds)

public:
    /// The kinds a document row's icon tells apart.
    enum class Document { Pdf, Sheet, Text, Archive, Other };

    /// A document's kind by its MIME type (the file name's extension when the type says nothing).
    static Document documentKind(const QString& mimeType, const QString& filename = QString());
    /// The short tag painted on a document's icon: "PDF", "XLS", "TXT", "ZIP", "FILE".
    static QString documentTag(Document kind);
    /// What a document's kind reads as for people ("PDF document", "Spreadsheet").
    static QString documentName(Document kind);
    /// "820 KB", "1.4 MB"; null for a negative (unknown) size.
    static QString sizeText(qint64 bytes);
    /// "0:07", "12:41"; null for a negative (unknown) duration.
    static QString durationText(qint64 ms);
    /// The duration of an Ogg Opus file (WhatsApp's voice notes) read from its last page's
    /// granule position and its header's pre-skip, without decoding: -1 when `path` is not Ogg Opus.
    static qint64 oggOpusDurationMs(const QString& path);
    /// Whether the automatic download of the open conversation fetches this kind (images,
    /// stickers, video, voice notes and audio); documents are only looked up for their size.
    static bool downloadsAutomatically(const QString& mediaType);
};

} // namespace duet::ui
