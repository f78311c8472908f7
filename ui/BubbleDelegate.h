// SPDX-License-Identifier: GPL-3.0-or-later
// Paints the thread's message bubbles from the model's roles, with cached layouts.
#pragma once

#include "BubbleLayout.h"
#include "PaintHelpers.h"
#include "Theme.h"

#include <QCache>
#include <QHash>
#include <QStyledItemDelegate>

namespace duet {
class Clock;
}

namespace duet::ui {

class ThumbnailLoader;
class VideoPosters;
class VoicePlayer;

/// A painted delegate for ThreadModel rows: no widget per row. Layouts are cached per
/// (message, width, font generation, content revision) in a bounded QCache, so scrolling
/// re-lays out nothing; a font or theme change bumps the generation (invalidate()). Row sizes
/// are kept apart from the layouts, so relaying out a long thread does not rebuild them.
/// Usage: `auto* d = new BubbleDelegate(clock, theme, view); view->setItemDelegate(d);`
class BubbleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    BubbleDelegate(const Clock& clock, const Theme& theme, QObject* parent = nullptr);

    void setTheme(const Theme& theme);
    /// Where previews come from: decoded off the UI thread (without one, a preview is decoded
    /// while painting, once, into the pixmap cache).
    void setThumbnails(ThumbnailLoader* thumbnails) { m_thumbs = thumbnails; }
    /// Where downloaded videos' poster frames come from (without one, a video is a plain card).
    void setVideoPosters(VideoPosters* posters) { m_posters = posters; }
    /// The player whose state the voice-note rows show (play/pause, progress, duration).
    void setVoicePlayer(const VoicePlayer* player) { m_voice = player; }
    /// Forgets every cached layout and row size (after a font change, or when another thread opens).
    void invalidate();
    int cachedLayouts() const { return m_cache.size(); }
    /// How many layouts were computed (not served from the cache) so far.
    int layoutsBuilt() const { return m_built; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Where a row's painted buttons are, relative to the row's top-left corner.
    QList<QRect> actionRects(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// Where a row's link lines are, relative to the row's top-left corner.
    QList<QRect> linkRects(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
    /// Shows the pricing line's tooltip over that line.
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

signals:
    /// The download affordance of a media row was clicked.
    void downloadRequested(const QString& wamid);
    /// A downloaded file (or its thumbnail) was clicked.
    void openRequested(const QString& path);
    /// A downloaded image's preview was clicked: show it full size (`title`: the file's name or kind).
    void viewRequested(const QString& path, const QString& title);
    /// A downloaded voice note's or audio file's play button was clicked.
    void playRequested(const QString& mediaId, const QString& path);
    /// A painted button of the row was clicked: "retry", "resend" or "discard".
    void actionRequested(int row, const QString& action);
    /// A link line of the row's details was clicked (MessageDetails link ids: map, url, chat).
    void linkActivated(int row, const QString& link);

private:
    struct Key
    {
        QString wamid;
        int width = 0;
        int generation = 0;
        quint64 revision = 0;
        friend bool operator==(const Key& a, const Key& b)
        {
            return a.width == b.width && a.generation == b.generation && a.revision == b.revision && a.wamid == b.wamid;
        }
        friend size_t qHash(const Key& k, size_t seed = 0) { return qHashMulti(seed, k.wamid, k.width, k.revision); }
    };

    const BubbleLayout& layoutFor(const BubbleContent& content, const QStyleOptionViewItem& option) const;
    void paintBubble(QPainter* p, const BubbleLayout& l, const BubbleContent& c, const BubbleFonts& fonts) const;
    void paintMedia(QPainter* p, const BubbleLayout& l, const BubbleContent& c, const BubbleFonts& fonts) const;
    void paintPreview(QPainter* p, const BubbleLayout& l, const BubbleContent& c) const;
    void paintPoster(QPainter* p, const BubbleLayout& l, const BubbleContent& c, const BubbleFonts& fonts) const;
    /// The glyph in the media row's circle: a page with the document's tag, a picture, a play or
    /// pause mark, a wave.
    void paintMediaGlyph(QPainter* p, const QRect& icon, const BubbleContent& c, const BubbleFonts& fonts) const;

    const Clock& m_clock;
    Theme m_theme;
    int m_generation = 0;
    mutable QCache<Key, BubbleLayout> m_cache;
    /// Row heights by the same key. The view asks for every loaded row's size whenever rows are
    /// inserted (an older page of a long thread: thousands of rows), far more rows than the layout
    /// cache holds; a size costs a few bytes, so these outlive evicted layouts (bounded, cleared
    /// when full and by invalidate()).
    mutable QHash<Key, QSize> m_sizes;
    mutable int m_built = 0;
    mutable RoundedCorners m_corners; ///< the bubbles' corners, drawn once per colour
    ThumbnailLoader* m_thumbs = nullptr;
    VideoPosters* m_posters = nullptr;
    const VoicePlayer* m_voice = nullptr;
};

} // namespace duet::ui
