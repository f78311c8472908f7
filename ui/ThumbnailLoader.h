// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes preview thumbnails on a worker thread, once per file and size, and keeps them.
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace duet::ui {

/// Thumbnails for the thread's previews. find() answers from memory at once; a miss starts a
/// decode on the loader's own thread pool (QImageReader scales while decoding, so a 12-megapixel
/// photo never exists whole in memory) and answers null until ready() says the image is there.
/// The UI thread never decodes: opening a thread of 50 photos costs 50 header reads (MediaFiles)
/// and 50 queued jobs. A file that cannot be decoded is remembered as failed().
/// Usage: `ThumbnailLoader t; QImage i = t.find(path, size); connect(&t, &ThumbnailLoader::ready, ...)`
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailLoader(QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    /// The thumbnail of `path` at `size`; null while it is being decoded (or when it failed).
    QImage find(const QString& path, const QSize& size);
    /// Whether `path` at `size` could not be decoded.
    bool failed(const QString& path, const QSize& size) const;
    /// Waits for every decode started so far (tests; the benchmark's end). Results still arrive
    /// through the event loop.
    void waitForDone();
    /// Decodes started (cache misses) so far.
    int decodesStarted() const { return m_started; }
    int pending() const { return int(m_pending.size()); }

signals:
    /// The thumbnail of `path` is ready (or failed): repaint what shows it.
    void ready(const QString& path);

private:
    static QString keyOf(const QString& path, const QSize& size);
    void finish(const QString& key, const QString& path, const QImage& image);

    QThreadPool m_pool;
    QCache<QString, QImage> m_cache; ///< cost: kilobytes
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    int m_started = 0;
    /// Shared with the jobs: false once the loader is gone, so a late job does not call back.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace duet::ui
