// SPDX-License-Identifier: GPL-3.0-or-later
// Poster frames of downloaded videos, decoded by Qt Multimedia one file at a time.
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

namespace duet::ui {

/// The first frame of each downloaded video, scaled and cropped to the poster's size. The Cloud
/// API sends no poster, so Duet makes one: find() answers from memory at once; a miss queues the
/// file, and a silent QMediaPlayer (no audio output, its frames into a QVideoSink) decodes one
/// file at a time on Qt Multimedia's own threads until its first frame arrives, then stops.
/// ready() says a poster is there (or failed); a file that gives no frame within
/// `kFrameTimeoutMs`, or that the backend refuses, is remembered as failed() and keeps the
/// plain card. Usage: `VideoPosters v; QImage i = v.find(path, size); connect(&v, &VideoPosters::ready, ...)`
class VideoPosters : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFrameTimeoutMs = 10000;

    explicit VideoPosters(QObject* parent = nullptr);
    ~VideoPosters() override;

    /// The poster of `path` at `size`; null while it is being decoded (or when it failed).
    QImage find(const QString& path, const QSize& size);
    bool failed(const QString& path, const QSize& size) const;
    /// Files queued or decoding now.
    int pending() const { return int(m_queue.size()) + (m_current.isEmpty() ? 0 : 1); }

    /// `frame` as a poster: scaled to cover `size`, centred and cropped to it.
    static QImage posterOf(const QImage& frame, const QSize& size);

signals:
    /// The poster of `path` is ready (or failed): repaint what shows it.
    void ready(const QString& path);

private:
    struct Job
    {
        QString key;
        QString path;
        QSize size;
    };
    void startNext();
    void frameArrived(const QVideoFrame& frame);
    void finishCurrent(const QImage& image);

    QMediaPlayer* m_player = nullptr;
    QVideoSink* m_sink = nullptr;
    QTimer m_timeout;
    QList<Job> m_queue;
    Job m_currentJob;
    QString m_current; ///< the key decoding now; empty when idle
    QSet<QString> m_queued;
    QSet<QString> m_failed;
    QCache<QString, QImage> m_cache; ///< cost: kilobytes
};

} // namespace duet::ui
