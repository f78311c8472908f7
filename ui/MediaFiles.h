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

private:
    QString m_dir;
    mutable QHash<QString, QString> m_files; ///< media id -> cached path (null: not downloaded)
    mutable QHash<QString, QSize> m_thumbSizes;
};

} // namespace duet::ui
