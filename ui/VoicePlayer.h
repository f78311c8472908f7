// SPDX-License-Identifier: GPL-3.0-or-later
// Plays voice notes and audio in the thread's bubbles through Qt Multimedia, one at a time.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace duet::ui {

/// One player for the whole thread: toggle() starts a downloaded voice note or audio file (or
/// pauses the one playing); starting another stops the first. The bubbles read the state per
/// media id (state(), positionMs(), durationMs()) and repaint on changed(). The duration of an Ogg
/// Opus voice note is known before it plays (MediaKinds::oggOpusDurationMs()); other formats say
/// theirs once loaded. When Qt Multimedia cannot play the file (no audio output, a format its
/// backend does not decode) the row says why (error()) and openExternally() is offered instead.
/// Usage: `VoicePlayer p; p.toggle(mediaId, path); connect(&p, &VoicePlayer::changed, ...);`
class VoicePlayer : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };

    explicit VoicePlayer(QObject* parent = nullptr);
    ~VoicePlayer() override;

    /// Plays `path` (the file of `mediaId`), or pauses/resumes it when it is the current one.
    void toggle(const QString& mediaId, const QString& path);
    void stop();
    State state(const QString& mediaId) const;
    qint64 positionMs(const QString& mediaId) const;
    /// The duration when known (-1 otherwise): from the Opus header or from the player.
    qint64 durationMs(const QString& mediaId, const QString& path) const;
    /// Why `mediaId` could not be played; null when it could.
    QString error(const QString& mediaId) const { return m_errors.value(mediaId); }
    QString current() const { return m_current; }
    /// Opens `path` with the desktop's own player.
    static void openExternally(const QString& path);

signals:
    /// `mediaId`'s state, position, duration or error changed.
    void changed(const QString& mediaId);

private:
    void ensurePlayer();

    QMediaPlayer* m_player = nullptr; ///< made on first use
    QAudioOutput* m_output = nullptr;
    QString m_current;
    State m_state = State::Stopped;
    qint64 m_position = 0;
    QHash<QString, QString> m_errors;
    mutable QHash<QString, qint64> m_durations; ///< media id -> ms (-1: unknown)
};

} // namespace duet::ui
