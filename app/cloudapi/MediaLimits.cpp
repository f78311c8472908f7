// SPDX-License-Identifier: GPL-3.0-or-later
// The media limits table.
#include "MediaLimits.h"

#include "core/EnumNames.h"

#include <QCoreApplication>

namespace duet::cloudapi {
namespace {

struct KindLimits
{
    MediaKind kind;
    qint64 limit;
    const char* const* mimes;
};

constexpr qint64 kKB = 1024;
constexpr qint64 kMB = 1024 * 1024;

const char* const kImage[] = {"image/jpeg", "image/png", nullptr};
const char* const kVideo[] = {"video/mp4", "video/3gpp", nullptr};
const char* const kAudio[] = {"audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus", nullptr};
const char* const kDocument[] = {"text/plain",
                                 "application/pdf",
                                 "application/msword",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "application/vnd.ms-excel",
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "application/vnd.ms-powerpoint",
                                 "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                                 nullptr};
const char* const kSticker[] = {"image/webp", nullptr};

const KindLimits kTable[] = {
    {MediaKind::Image, 5 * kMB, kImage},       {MediaKind::Video, 16 * kMB, kVideo},
    {MediaKind::Audio, 16 * kMB, kAudio},      {MediaKind::Document, 100 * kMB, kDocument},
    {MediaKind::Sticker, 100 * kKB, kSticker},
};

const KindLimits& limitsOf(MediaKind kind)
{
    for (const KindLimits& k : kTable) {
        if (k.kind == kind)
            return k;
    }
    return kTable[3];
}

} // namespace

QString mediaKindName(MediaKind kind)
{
    static constexpr EnumName<MediaKind> kKindNames[] = {
        {MediaKind::Image, "image"},       {MediaKind::Video, "video"},     {MediaKind::Audio, "audio"},
        {MediaKind::Document, "document"}, {MediaKind::Sticker, "sticker"},
    };
    return toName(kKindNames, kind);
}

QStringList acceptedMimeTypes(MediaKind kind)
{
    QStringList out;
    for (const char* const* m = limitsOf(kind).mimes; *m; ++m)
        out << QString::fromLatin1(*m);
    return out;
}

qint64 mediaSizeLimit(MediaKind kind)
{
    return limitsOf(kind).limit;
}

MediaCheck checkMediaUpload(const QString& mime, qint64 sizeBytes)
{
    MediaCheck check;
    const QString bare = mime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    bool found = false;
    for (const KindLimits& k : kTable) {
        for (const char* const* m = k.mimes; *m && !found; ++m) {
            if (bare == QLatin1String(*m)) {
                check.kind = k.kind;
                check.limitBytes = k.limit;
                found = true;
            }
        }
        if (found)
            break;
    }
    if (!found) {
        check.problem = MediaCheck::Problem::UnsupportedType;
        return check;
    }
    if (sizeBytes <= 0)
        check.problem = MediaCheck::Problem::Empty;
    else if (sizeBytes > check.limitBytes)
        check.problem = MediaCheck::Problem::TooLarge;
    return check;
}

const char* allowedMediaText()
{
    return QT_TRANSLATE_NOOP("duet", "Allowed: images (JPEG, PNG) up to 5 MB, videos (MP4, 3GP) and audio (AAC, AMR, "
                                     "MP3, M4A, OGG) up to 16 MB, documents (PDF, text, Word, Excel, PowerPoint) up "
                                     "to 100 MB.");
}

} // namespace duet::cloudapi
