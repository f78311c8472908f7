// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes preview thumbnails on a worker thread, once per file and size, and keeps them.
#include "ThumbnailLoader.h"

#include <QImageReader>
#include <QPointer>

namespace duet::ui {

ThumbnailLoader::ThumbnailLoader(QObject* parent)
    : QObject(parent)
    , m_cache(64 * 1024) // 64 MB of thumbnails: several hundred previews
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailLoader::~ThumbnailLoader()
{
    *m_alive = false;
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailLoader::keyOf(const QString& path, const QSize& size)
{
    return QStringLiteral("%1|%2x%3").arg(path).arg(size.width()).arg(size.height());
}

QImage ThumbnailLoader::find(const QString& path, const QSize& size)
{
    const QString key = keyOf(path, size);
    if (const QImage* image = m_cache.object(key))
        return *image;
    if (m_pending.contains(key) || m_failed.contains(key) || path.isEmpty() || size.isEmpty())
        return {};
    m_pending.insert(key);
    ++m_started;
    QPointer<ThumbnailLoader> self(this);
    std::shared_ptr<bool> alive = m_alive;
    m_pool.start([self, alive, key, path, size] {
        QImageReader reader(path);
        reader.setScaledSize(size);
        const QImage image = reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (!*alive)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, key, path, image] {
                if (self)
                    self->finish(key, path, image);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailLoader::finish(const QString& key, const QString& path, const QImage& image)
{
    m_pending.remove(key);
    if (image.isNull())
        m_failed.insert(key);
    else
        m_cache.insert(key, new QImage(image), qMax<int>(1, int(image.sizeInBytes() / 1024)));
    emit ready(path);
}

bool ThumbnailLoader::failed(const QString& path, const QSize& size) const
{
    return m_failed.contains(keyOf(path, size));
}

void ThumbnailLoader::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace duet::ui
