// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench media: opening a conversation of 50 downloaded photos, previews decoded off the UI thread.
#include "BenchFailure.h"
#include "Benchmarks.h"
#include "Statistics.h"
#include "core/Clock.h"
#include "core/Event.h"
#include "store/Store.h"
#include "ui/BubbleDelegate.h"
#include "ui/DraftStore.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"
#include "ui/ThumbnailLoader.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmapCache>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace duet::bench {
namespace {

/// A photo as a phone sends one: 1600×1200 with camera-like grain, JPEG quality 85.
QByteArray phonePhoto(int seed)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 1600, 1200);
    g.setColorAt(0, QColor::fromHsv((seed * 37) % 360, 120, 220));
    g.setColorAt(1, QColor::fromHsv((seed * 37 + 90) % 360, 160, 120));
    p.fillRect(image.rect(), g);
    p.end();
    QRandomGenerator random{quint32(seed)};
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(random.bounded(25)) - 12;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255), qBound(0, qBlue(c) + n, 255));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

int runMedia(const BenchOptions& options, QTextStream& out)
{
    QTemporaryDir dir;
    const QString mediaDir = dir.filePath(QStringLiteral("media"));
    if (!QDir().mkpath(mediaDir))
        fail(QStringLiteral("cannot create %1").arg(mediaDir));
    SystemClock clock;
    QString error;
    auto store = std::make_unique<store::Store>(clock);
    if (!store->open(dir.filePath(QStringLiteral("store.db")), &error))
        fail(error);
    const int photos = 50;
    const qint64 now = clock.nowSecs();
    QList<Event> events;
    qint64 bytes = 0;
    for (int i = 0; i < photos; ++i) {
        const QByteArray photo = phonePhoto(i);
        bytes += photo.size();
        QFile f(QDir(mediaDir).filePath(QStringLiteral("8000%1").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(photo) != photo.size())
            fail(QStringLiteral("cannot write %1").arg(f.fileName()));
        Event e;
        e.kind = EventKind::Message;
        e.phoneNumberId = QStringLiteral("100");
        e.name = QStringLiteral("Maria");
        e.wamid = QStringLiteral("wamid.MEDIA%1").arg(i);
        e.contact = QStringLiteral("16505550100");
        e.timestamp = now - 3600 + i * 10;
        e.type = QStringLiteral("image");
        e.mediaId = QStringLiteral("8000%1").arg(i);
        e.mimeType = QStringLiteral("image/jpeg");
        events << e;
        Event other = e;
        other.wamid = QStringLiteral("wamid.TEXT%1").arg(i);
        other.contact = QStringLiteral("16505550101");
        other.type = QStringLiteral("text");
        other.mediaId.clear();
        other.text = QStringLiteral("Message %1").arg(i);
        events << other;
    }
    if (!store->ingest(events, &error))
        fail(error);
    printFigure(out, "media_photo_kb", double(bytes) / photos / 1024.0, 0);

    ui::JsonTemplateCatalog catalog;
    ui::DraftStore drafts(dir.filePath(QStringLiteral("drafts.json")));
    store::ConversationSummary photosThread;
    photosThread.contactKey = QStringLiteral("16505550100");
    store::ConversationSummary textThread;
    textThread.contactKey = QStringLiteral("16505550101");
    // Each run a fresh pane (an empty thumbnail cache) opens the photos' conversation from another.
    QList<double> asyncOpen;
    QList<double> asyncReady;
    QList<double> syncOpen;
    const int runs = options.quick ? 3 : qMax(1, options.runs);
    for (int run = 0; run < runs; ++run) {
        for (const bool async : {true, false}) {
            QPixmapCache::clear();
            ui::ThreadModel model(store->connection());
            model.setMediaCache(mediaDir);
            ui::ThreadPane pane(clock, ui::Theme::light(), &model, drafts, catalog);
            if (!async)
                pane.bubbleDelegate()->setThumbnails(nullptr); // decoded while painting, on the UI thread
            pane.resize(1180, 760);
            pane.show();
            pane.showConversation(textThread);
            QApplication::processEvents();
            QElapsedTimer timer;
            timer.start();
            pane.showConversation(photosThread);
            pane.threadView()->doItemsLayout();
            pane.threadView()->viewport()->repaint();
            const double openMs = double(timer.nsecsElapsed()) / 1e6;
            if (async) {
                asyncOpen << openMs;
                if (pane.thumbnails()->decodesStarted() == 0)
                    fail(QStringLiteral("no preview was painted"));
                while (pane.thumbnails()->pending() > 0) {
                    pane.thumbnails()->waitForDone();
                    QApplication::processEvents();
                }
                pane.threadView()->viewport()->repaint();
                asyncReady << double(timer.nsecsElapsed()) / 1e6;
            } else {
                syncOpen << openMs;
            }
        }
    }
    printFigure(out, "media_open_ui_blocked_ms", median(asyncOpen), 1);
    printFigure(out, "media_previews_ready_ms", median(asyncReady), 1);
    printFigure(out, "media_open_decoding_on_ui_thread_ms", median(syncOpen), 1);
    return 0;
}

} // namespace duet::bench
