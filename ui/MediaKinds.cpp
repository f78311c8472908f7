// SPDX-License-Identifier: GPL-3.0-or-later
// What the thread says about a media file without opening it: the document's kind, sizes, durations.
#include "MediaKinds.h"

#include <QFile>
#include <QLocale>
#include <QtEndian>

namespace duet::ui {

MediaKinds::Document MediaKinds::documentKind(const QString& mimeType, const QString& filename)
{
    const QString mime = mimeType.toLower();
    const QString name = filename.toLower();
    const auto ext = [&name](std::initializer_list<const char*> list) {
        for (const char* e : list) {
            if (name.endsWith(QLatin1Char('.') + QLatin1String(e)))
                return true;
        }
        return false;
    };
    if (mime == QLatin1String("application/pdf") || (mime.isEmpty() && ext({"pdf"})))
        return Document::Pdf;
    if (mime.contains(QLatin1String("spreadsheet")) || mime.contains(QLatin1String("excel")) ||
        mime == QLatin1String("text/csv") ||
        ((mime.isEmpty() || mime == QLatin1String("application/octet-stream")) && ext({"xls", "xlsx", "ods", "csv"})))
        return Document::Sheet;
    if (mime.startsWith(QLatin1String("text/")) || mime.contains(QLatin1String("word")) ||
        mime.contains(QLatin1String("opendocument.text")) || mime == QLatin1String("application/rtf") ||
        ((mime.isEmpty() || mime == QLatin1String("application/octet-stream")) && ext({"txt", "doc", "docx", "odt"})))
        return Document::Text;
    if (mime == QLatin1String("application/zip") || mime.contains(QLatin1String("compressed")) ||
        mime.contains(QLatin1String("x-7z")) || mime.contains(QLatin1String("x-rar")) ||
        mime.contains(QLatin1String("x-tar")) || mime.contains(QLatin1String("gzip")) ||
        ((mime.isEmpty() || mime == QLatin1String("application/octet-stream")) &&
         ext({"zip", "7z", "rar", "gz", "tar"})))
        return Document::Archive;
    return Document::Other;
}

QString MediaKinds::documentTag(Document kind)
{
    switch (kind) {
    case Document::Pdf:
        return QStringLiteral("PDF");
    case Document::Sheet:
        return QStringLiteral("XLS");
    case Document::Text:
        return QStringLiteral("TXT");
    case Document::Archive:
        return QStringLiteral("ZIP");
    case Document::Other:
        break;
    }
    return QStringLiteral("FILE");
}

QString MediaKinds::documentName(Document kind)
{
    switch (kind) {
    case Document::Pdf:
        return tr("PDF document");
    case Document::Sheet:
        return tr("Spreadsheet");
    case Document::Text:
        return tr("Text document");
    case Document::Archive:
        return tr("Archive");
    case Document::Other:
        break;
    }
    return tr("File");
}

QString MediaKinds::sizeText(qint64 bytes)
{
    if (bytes < 0)
        return QString();
    const QLocale locale;
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(qMax<qint64>(1, (bytes + 512) / 1024)));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString MediaKinds::durationText(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 secs = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

qint64 MediaKinds::oggOpusDurationMs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // The identification header: the first page's packet starts with "OpusHead"; pre-skip at +10.
    const QByteArray head = file.read(512);
    const qsizetype at = head.indexOf("OpusHead");
    if (!head.startsWith("OggS") || at < 0 || head.size() < at + 12)
        return -1;
    const quint16 preSkip = qFromLittleEndian<quint16>(head.constData() + at + 10);
    // The last page's granule position counts 48 kHz samples from the start.
    const qint64 size = file.size();
    const qint64 tail = qMin<qint64>(size, 65536);
    if (!file.seek(size - tail))
        return -1;
    const QByteArray end = file.read(tail);
    const qsizetype last = end.lastIndexOf("OggS");
    if (last < 0 || end.size() < last + 14)
        return -1;
    const qint64 granule = qFromLittleEndian<qint64>(end.constData() + last + 6);
    if (granule <= preSkip)
        return -1;
    return (granule - preSkip) * 1000 / 48000;
}

bool MediaKinds::downloadsAutomatically(const QString& mediaType)
{
    return mediaType == QLatin1String("image") || mediaType == QLatin1String("sticker") ||
           mediaType == QLatin1String("video") || mediaType == QLatin1String("voice") ||
           mediaType == QLatin1String("audio");
}

} // namespace duet::ui
