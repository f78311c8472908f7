// SPDX-License-Identifier: GPL-3.0-or-later
// The media cache as the thread reads it: which media are downloaded, and their thumbnail sizes.
#pragma once

#include "store/ThreadQuery.h"

#include <QHash>
#include <QSize>
#include <QString>

namespace duet::ui {

/// Where downloaded media live (one file per media id in one directory) and what the thread
/// needs of them: the file of a message's media, and the size its thumbnail is painted at (read
/// from the image header only). Both are remembered per media id until forget() or setDir().
/// A media id comes from a webhook: one that could name a path outside the directory (a slash,
/// a backslash, a leading dot) never has a file.
/// Usage: `MediaFiles files; files.setDir(dir); files.path(item);`
class MediaFiles
{
public:
    static constexpr int kThumbnailMax = 260; ///< pixels, either side

    /// The cache directory; forgets everything looked up so far. A null dir: nothing is downloaded.
    void setDir(const QString& dir);
    QString dir() const { return m_dir; }
    /// The downloaded file of `item`'s media; null when none is downloaded (or it has no media).
    QString path(const store::ThreadItem& item) const;
    /// The thumbnail size of a downloaded image or sticker (at most kThumbnailMax either side, at
    /// least 24); invalid for other types, files not downloaded and unreadable images.
    QSize thumbnailSize(const store::ThreadItem& item) const;
    /// A file for `mediaId` arrived: look it up again.
    void forget(const QString& mediaId);

    /// Where a media file's download stands, as the thread shows it.
    enum class Transfer {
        None,    ///< not asked for (or skipped: larger than the automatic limit)
        Loading, ///< on its way
        Failed,  ///< the last attempt failed (error()); the row offers Retry
    };
    void setTransfer(const QString& mediaId, Transfer state, const QString& error = QString());
    Transfer transfer(const QString& mediaId) const { return m_transfers.value(mediaId).state; }
    QString error(const QString& mediaId) const { return m_transfers.value(mediaId).error; }
    /// The file's size: the downloaded file's, else what a lookup stated (setSize()); -1 when unknown.
    qint64 size(const store::ThreadItem& item) const;
    void setSize(const QString& mediaId, qint64 bytes);

private:
    struct TransferInfo
    {
        Transfer state = Transfer::None;
        QString error;
        qint64 size = -1;
    };
    QHash<QString, TransferInfo> m_transfers; ///< kept across setDir(): what the session learned
    mutable QHash<QString, qint64> m_fileSizes;
    QString m_dir;
    mutable QHash<QString, QString> m_files; ///< media id -> cached path (null: not downloaded)
    mutable QHash<QString, QSize> m_thumbSizes;
};

} // namespace duet::ui
