// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's media types and size limits for sends, checked before anything is uploaded.
#pragma once

#include <QString>
#include <QStringList>

namespace duet::cloudapi {

/// The Cloud API media kinds a business may send (stickers are not offered by the composer).
enum class MediaKind { Image, Video, Audio, Document, Sticker };

/// "image", "video", "audio", "document", "sticker": the Cloud API type names.
QString mediaKindName(MediaKind kind);

/// What checkMediaUpload() decided about a file.
struct MediaCheck
{
    enum class Problem { None, Empty, UnsupportedType, TooLarge };
    Problem problem = Problem::None;
    MediaKind kind = MediaKind::Document; ///< the kind the file is sent as (when accepted or too large)
    qint64 limitBytes = 0;                ///< the limit of that kind
    bool isAccepted() const { return problem == Problem::None; }
};

/// Meta's table (docs/CLOUDAPI-CONTRACT.md, "Media endpoints and limits"): image 5 MB (JPEG, PNG); video 16 MB (MP4,
/// 3GPP); audio 16 MB (AAC, AMR, MP3, M4A, OGG/Opus); document 100 MB (text, PDF, Office); sticker 100 KB (WebP).
/// `mime` is the detected type (parameters such as "; codecs=opus" are ignored). A pure function: the composer refuses
/// a file before any upload starts.
MediaCheck checkMediaUpload(const QString& mime, qint64 sizeBytes);

/// The MIME types accepted for `kind`.
QStringList acceptedMimeTypes(MediaKind kind);

/// The limit of `kind` in bytes.
qint64 mediaSizeLimit(MediaKind kind);

/// An untranslated sentence (context "duet") naming what may be sent, for refusals:
/// "Allowed: images (JPEG, PNG) up to 5 MB, …".
const char* allowedMediaText();

} // namespace duet::cloudapi
