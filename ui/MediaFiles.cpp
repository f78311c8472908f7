// SPDX-License-Identifier: GPL-3.0-or-later
// The media cache as the thread reads it: which media are downloaded, and their thumbnail sizes.
#include "MediaFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace duet::ui {

void MediaFiles::setDir(const QString& dir)
{
    m_dir = dir;
    m_files.clear();
    m_thumbSizes.clear();
    m_fileSizes.clear();
}

void MediaFiles::forget(const QString& mediaId)
{
    m_files.remove(mediaId);
    m_thumbSizes.remove(mediaId);
    m_fileSizes.remove(mediaId);
}

void MediaFiles::setTransfer(const QString& mediaId, Transfer state, const QString& error)
{
    TransferInfo& info = m_transfers[mediaId];
    info.state = state;
    info.error = state == Transfer::Failed ? error : QString();
}

void MediaFiles::setSize(const QString& mediaId, qint64 bytes)
{
    m_transfers[mediaId].size = bytes;
}

qint64 MediaFiles::size(const store::ThreadItem& item) const
{
    const QString file = path(item);
    if (!file.isEmpty()) {
        auto it = m_fileSizes.find(item.mediaId);
        if (it == m_fileSizes.end())
            it = m_fileSizes.insert(item.mediaId, QFileInfo(file).size());
        return *it;
    }
    const auto it = m_transfers.constFind(item.mediaId);
    return it == m_transfers.cend() ? -1 : it->size;
}

QString MediaFiles::path(const store::ThreadItem& item) const
{
    if (m_dir.isEmpty() || item.mediaId.isEmpty())
        return QString();
    auto it = m_files.find(item.mediaId);
    if (it == m_files.end()) {
        // The id comes from a webhook: never let it name a path outside the cache.
        const bool safe = !item.mediaId.contains(QLatin1Char('/')) && !item.mediaId.contains(QLatin1Char('\\')) &&
                          !item.mediaId.startsWith(QLatin1Char('.'));
        const QString file = QDir(m_dir).filePath(item.mediaId);
        it = m_files.insert(item.mediaId, safe && QFileInfo::exists(file) ? file : QString());
    }
    return *it;
}

QSize MediaFiles::thumbnailSize(const store::ThreadItem& item) const
{
    if (item.type != QLatin1String("image") && item.type != QLatin1String("sticker"))
        return {};
    const QString file = path(item);
    if (file.isEmpty())
        return {};
    auto it = m_thumbSizes.find(item.mediaId);
    if (it == m_thumbSizes.end()) {
        QSize size = QImageReader(file).size(); // the header only
        if (size.isValid() && !size.isEmpty()) {
            if (size.width() > kThumbnailMax || size.height() > kThumbnailMax)
                size.scale(kThumbnailMax, kThumbnailMax, Qt::KeepAspectRatio);
            size = size.expandedTo(QSize(24, 24));
        } else {
            size = QSize();
        }
        it = m_thumbSizes.insert(item.mediaId, size);
    }
    return *it;
}

} // namespace duet::ui
