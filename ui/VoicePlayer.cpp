// SPDX-License-Identifier: GPL-3.0-or-later
// Plays voice notes and audio in the thread's bubbles through Qt Multimedia, one at a time.
#include "VoicePlayer.h"

#include "MediaKinds.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QDesktopServices>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

namespace duet::ui {

VoicePlayer::VoicePlayer(QObject* parent)
    : QObject(parent)
{}

VoicePlayer::~VoicePlayer() = default;

void VoicePlayer::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        m_position = ms;
        emit changed(m_current);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0 && !m_current.isEmpty()) {
            m_durations.insert(m_current, ms);
            emit changed(m_current);
        }
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia) {
            m_state = State::Stopped;
            m_position = 0;
            emit changed(m_current);
        } else if (status == QMediaPlayer::InvalidMedia) {
            m_errors.insert(m_current, tr("This file cannot be played here."));
            m_state = State::Stopped;
            emit changed(m_current);
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& why) {
        m_errors.insert(m_current, why.isEmpty() ? tr("This file cannot be played here.") : why);
        m_state = State::Stopped;
        emit changed(m_current);
    });
}

void VoicePlayer::toggle(const QString& mediaId, const QString& path)
{
    if (mediaId.isEmpty() || path.isEmpty())
        return;
    if (mediaId == m_current && m_state == State::Playing) {
        m_player->pause();
        m_state = State::Paused;
        emit changed(mediaId);
        return;
    }
    if (mediaId == m_current && m_state == State::Paused) {
        m_player->play();
        m_state = State::Playing;
        emit changed(mediaId);
        return;
    }
    const QString previous = m_current;
    stop();
    m_current = mediaId;
    m_errors.remove(mediaId);
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        m_errors.insert(mediaId, tr("No sound output on this computer: open the file instead."));
        emit changed(mediaId);
        return;
    }
    ensurePlayer();
    m_player->setSource(QUrl::fromLocalFile(path));
    m_position = 0;
    m_state = State::Playing;
    m_player->play();
    if (!previous.isEmpty() && previous != mediaId)
        emit changed(previous);
    emit changed(mediaId);
}

void VoicePlayer::stop()
{
    if (m_current.isEmpty())
        return;
    if (m_player)
        m_player->stop();
    const QString was = m_current;
    m_state = State::Stopped;
    m_position = 0;
    emit changed(was);
}

VoicePlayer::State VoicePlayer::state(const QString& mediaId) const
{
    return mediaId == m_current ? m_state : State::Stopped;
}

qint64 VoicePlayer::positionMs(const QString& mediaId) const
{
    return mediaId == m_current ? m_position : 0;
}

qint64 VoicePlayer::durationMs(const QString& mediaId, const QString& path) const
{
    if (path.isEmpty())
        return m_durations.value(mediaId, -1);
    auto it = m_durations.find(mediaId);
    if (it == m_durations.end())
        it = m_durations.insert(mediaId, MediaKinds::oggOpusDurationMs(path));
    return *it;
}

void VoicePlayer::openExternally(const QString& path)
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace duet::ui
