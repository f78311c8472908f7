// SPDX-License-Identifier: GPL-3.0-or-later
// Fetches the open conversation's previews on their own, up to the team's size limit.
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace duet::ui {

class ThreadModel;

/// What WhatsApp's apps do when a chat opens: the media of the rows the thread loads (images,
/// stickers, video, voice notes and audio) are downloaded without a click when Meta states a size
/// within the team's limit (setLimit(); the hub's `team.media_auto_download_bytes`, 2 MB unless
/// the team set another); larger files keep their Download link, with the size. Documents are
/// only looked up, for their size. Only rows of the thread the model loads are looked at (the
/// open conversation, never the whole inbox); a file already in the cache, or asked for once in
/// this session, is not asked for again (a failure offers Retry instead).
/// Usage: `MediaAutoDownload a(&model); connect(&a, &MediaAutoDownload::requested, ...);`
class MediaAutoDownload : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultLimit = 2 * 1024 * 1024;

    explicit MediaAutoDownload(ThreadModel* model, QObject* parent = nullptr);

    /// The largest file fetched without a click, in bytes; 0 turns automatic downloads off (sizes
    /// are still looked up).
    void setLimit(qint64 bytes) { m_limit = qMax<qint64>(0, bytes); }
    qint64 limit() const { return m_limit; }
    /// Looks at the loaded rows again (after setLimit(), say); rows asked for before stay alone.
    void scanAll();

signals:
    /// Look `mediaId` up and download it when it is at most `maxBytes` (0: learn its size only).
    void requested(const QString& mediaId, qint64 maxBytes);

private:
    void scan(int first, int last);

    ThreadModel* m_model;
    qint64 m_limit = kDefaultLimit;
    QSet<QString> m_asked; ///< media ids asked for in this session
};

} // namespace duet::ui
