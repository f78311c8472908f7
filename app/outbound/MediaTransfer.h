// SPDX-License-Identifier: GPL-3.0-or-later
// Media to and from the Graph API: checked uploads (POST /media) and capped downloads.
#pragma once

#include "cloudapi/GraphApiVersion.h"
#include "cloudapi/MediaLimits.h"
#include "outbound/GraphEndpoint.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace duet::outbound {

/// Where media goes and comes from: the same endpoint and token the driver sends with (on a
/// desktop, the hub's Graph relay and the agent's token).
struct MediaEndpoint : GraphEndpoint
{
    MediaEndpoint() = default;
    explicit MediaEndpoint(GraphEndpoint endpoint)
        : GraphEndpoint(std::move(endpoint))
    {}
    qint64 timeoutMs = 120'000; ///< no bytes moving for this long: the transfer is abandoned
};

/// Uploads a file for a media message. The file's type (from its content and name) and size are
/// checked against Meta's table (cloudapi::checkMediaUpload) BEFORE anything is sent; then it is
/// POSTed as multipart/form-data to {base}/{version}/{phone_number_id}/media with the bearer
/// token. progress() follows the upload; finished() gives Meta's media id, for a media message
/// through the driver (Workspace::sendMedia). Refusals and failures come as translated sentences.
/// Usage: `const qint64 id = uploader.upload(path, &error); if (!id) show(error);` then finished().
class MediaUploader : public QObject
{
    Q_OBJECT
public:
    explicit MediaUploader(QObject* parent = nullptr);
    void setEndpoint(const MediaEndpoint& endpoint) { m_endpoint = endpoint; }

    /// Checks and starts uploading `path`. Returns the upload's id, or 0 with *error (nothing sent).
    qint64 upload(const QString& path, QString* error);
    /// The checks alone: the kind and MIME type a file would be sent as, or false with *error.
    static bool check(const QString& path, cloudapi::MediaKind* kind, QString* mime, QString* error);

signals:
    void progress(qint64 upload, qint64 sentBytes, qint64 totalBytes);
    void finished(qint64 upload, const QString& mediaId, const QString& mime, duet::cloudapi::MediaKind kind);
    void failed(qint64 upload, const QString& error);

private:
    void onFinished(QNetworkReply* reply, qint64 upload, const QString& mime, cloudapi::MediaKind kind);

    MediaEndpoint m_endpoint;
    QNetworkAccessManager* m_network;
    qint64 m_next = 1;
};

/// Downloads the media of a message into a cache folder: GET {base}/{version}/{media_id} gives
/// a short-lived URL (the relay answers one relative to the lookup's own URL, which is resolved
/// against it), GET that URL with the bearer token gives the bytes. Files larger than the
/// cap are refused (from the size Meta states, and again while bytes arrive). The file is named
/// by its media id (ui::ThreadModel finds it so) and written under a temporary name, renamed
/// when complete, so a cached file is always whole;
/// a second request for a cached id answers at once.
/// Usage: `MediaDownloader d(cacheDir); d.setEndpoint(e); d.download(mediaId);` then downloaded().
class MediaDownloader : public QObject
{
    Q_OBJECT
public:
    explicit MediaDownloader(const QString& cacheDir, qint64 maxBytes = 100 * 1024 * 1024, QObject* parent = nullptr);
    void setEndpoint(const MediaEndpoint& endpoint) { m_endpoint = endpoint; }

    /// Starts (or joins) the download of `mediaId`; the answer comes through a signal, later.
    void download(const QString& mediaId);
    /// Looks `mediaId` up and downloads it only when Meta states a size of at most `maxBytes`
    /// (an automatic download); a larger file is not fetched and skipped() says its size. With
    /// `maxBytes` 0 it only learns the size. sizeKnown() follows every lookup that states one.
    void downloadUpTo(const QString& mediaId, qint64 maxBytes);
    /// The cached file of `mediaId`, or null.
    QString cachedPath(const QString& mediaId) const;
    QString cacheDir() const { return m_dir; }

signals:
    void progress(const QString& mediaId, qint64 receivedBytes, qint64 totalBytes);
    void downloaded(const QString& mediaId, const QString& path);
    void failed(const QString& mediaId, const QString& error);
    /// The size Meta states for `mediaId` (from its lookup).
    void sizeKnown(const QString& mediaId, qint64 bytes);
    /// downloadUpTo() left `mediaId` alone: its `bytes` are more than it was allowed.
    void skipped(const QString& mediaId, qint64 bytes);

private:
    void start(const QString& mediaId, qint64 autoMaxBytes);
    void fetch(const QString& mediaId, const QUrl& url, qint64 size);
    void fail(const QString& mediaId, const QString& error);
    QNetworkReply* get(const QUrl& url);

    MediaEndpoint m_endpoint;
    QString m_dir;
    qint64 m_maxBytes;
    QNetworkAccessManager* m_network;
    QHash<QString, QNetworkReply*> m_active;
    /// Asked for in full (download()) while an automatic lookup was on its way: fetched whatever its size.
    QSet<QString> m_wanted;
};

} // namespace duet::outbound
