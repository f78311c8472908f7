// SPDX-License-Identifier: GPL-3.0-or-later
// Poster frames of downloaded videos, decoded by Qt Multimedia one file at a time.
#include "VideoPosters.h"

#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace duet::ui {

namespace {

QString keyOf(const QString& path, const QSize& size)
{
    return QStringLiteral("%1|%2x%3").arg(path).arg(size.width()).arg(size.height());
}

} // namespace

VideoPosters::VideoPosters(QObject* parent)
    : QObject(parent)
    , m_cache(16 * 1024) // 16 MB: about a hundred posters of 240 × 135 at a scale of 2
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kFrameTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finishCurrent(QImage()); });
}

VideoPosters::~VideoPosters()
{
    if (m_player)
        m_player->stop();
}

QImage VideoPosters::find(const QString& path, const QSize& size)
{
    const QString key = keyOf(path, size);
    if (const QImage* image = m_cache.object(key))
        return *image;
    if (m_queued.contains(key) || m_failed.contains(key) || path.isEmpty() || size.isEmpty())
        return {};
    m_queued.insert(key);
    m_queue.append(Job{key, path, size});
    if (m_current.isEmpty())
        QMetaObject::invokeMethod(this, &VideoPosters::startNext, Qt::QueuedConnection); // not while painting
    return {};
}

bool VideoPosters::failed(const QString& path, const QSize& size) const
{
    return m_failed.contains(keyOf(path, size));
}

QImage VideoPosters::posterOf(const QImage& frame, const QSize& size)
{
    if (frame.isNull() || size.isEmpty())
        return {};
    const QImage scaled = frame.scaled(size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect crop(QPoint((scaled.width() - size.width()) / 2, (scaled.height() - size.height()) / 2), size);
    return scaled.copy(crop).convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

void VideoPosters::startNext()
{
    if (!m_current.isEmpty() || m_queue.isEmpty())
        return;
    m_currentJob = m_queue.takeFirst();
    m_current = m_currentJob.key;
    if (!m_player) {
        // No QAudioOutput: the player decodes the picture only and plays no sound.
        m_player = new QMediaPlayer(this);
        m_sink = new QVideoSink(this);
        m_player->setVideoSink(m_sink);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoPosters::frameArrived);
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this] {
            if (!m_current.isEmpty())
                finishCurrent(QImage());
        });
        connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
            if (!m_current.isEmpty() && (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::EndOfMedia))
                finishCurrent(QImage());
        });
    }
    m_timeout.start();
    m_player->setSource(QUrl::fromLocalFile(m_currentJob.path));
    m_player->play();
}

void VideoPosters::frameArrived(const QVideoFrame& frame)
{
    if (m_current.isEmpty() || !frame.isValid())
        return;
    const QImage image = posterOf(frame.toImage(), m_currentJob.size);
    if (!image.isNull())
        finishCurrent(image);
}

void VideoPosters::finishCurrent(const QImage& image)
{
    const Job job = m_currentJob;
    m_current.clear();
    m_currentJob = Job();
    m_timeout.stop();
    m_queued.remove(job.key);
    // Stopped from the event loop, not from inside the player's own signal.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_player && m_current.isEmpty()) {
                m_player->stop();
                m_player->setSource(QUrl());
            }
            startNext();
        },
        Qt::QueuedConnection);
    if (image.isNull())
        m_failed.insert(job.key);
    else
        m_cache.insert(job.key, new QImage(image), qMax<int>(1, int(image.sizeInBytes() / 1024)));
    emit ready(job.path);
}

} // namespace duet::ui
