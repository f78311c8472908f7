// SPDX-License-Identifier: GPL-3.0-or-later
// Checked media uploads and capped media downloads against the Graph API.
#include "MediaTransfer.h"

#include "cloudapi/GraphRequests.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSaveFile>

namespace duet::outbound {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes < 1024 * 1024 ? 2 : 1);
}

/// Meta's error for a failed request, for people: the code and Meta's own words.
QString graphErrorText(QNetworkReply* reply, const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (!error.isEmpty())
        return QCoreApplication::translate("duet", "WhatsApp refused it (code %1): %2")
            .arg(error.value(QLatin1String("code")).toInt())
            .arg(error.value(QLatin1String("message")).toString().left(300));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0)
        return QCoreApplication::translate("duet", "The server answered HTTP %1.").arg(status);
    return QCoreApplication::translate("duet", "The connection failed: %1").arg(reply->errorString());
}

cloudapi::GraphRequestBuilder graph(const MediaEndpoint& e)
{
    return cloudapi::GraphRequestBuilder(e.apiVersion, e.phoneNumberId);
}

/// A media id from a webhook names a file in the cache: nothing that could leave it.
bool isSafeMediaId(const QString& mediaId)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,200}$"));
    return safe.match(mediaId).hasMatch() && !mediaId.startsWith(QLatin1Char('.'));
}

} // namespace

MediaUploader::MediaUploader(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

bool MediaUploader::check(const QString& path, cloudapi::MediaKind* kind, QString* mime, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = QCoreApplication::translate("duet", "Cannot read the file %1.").arg(info.fileName());
        return false;
    }
    *mime = QMimeDatabase().mimeTypeForFile(info).name();
    const cloudapi::MediaCheck c = cloudapi::checkMediaUpload(*mime, info.size());
    *kind = c.kind;
    switch (c.problem) {
    case cloudapi::MediaCheck::Problem::None:
        return true;
    case cloudapi::MediaCheck::Problem::Empty:
        *error = QCoreApplication::translate("duet", "The file %1 is empty.").arg(info.fileName());
        return false;
    case cloudapi::MediaCheck::Problem::UnsupportedType:
        *error = QCoreApplication::translate("duet", "WhatsApp does not take this kind of file (%1).").arg(*mime) +
                 QLatin1Char(' ') + QCoreApplication::translate("duet", cloudapi::allowedMediaText());
        return false;
    case cloudapi::MediaCheck::Problem::TooLarge:
        *error =
            QCoreApplication::translate("duet", "The file is %1 MB; WhatsApp takes files of this kind up to %2 MB.")
                .arg(megabytes(info.size()), megabytes(c.limitBytes));
        return false;
    }
    return false;
}

qint64 MediaUploader::upload(const QString& path, QString* error)
{
    cloudapi::MediaKind kind = cloudapi::MediaKind::Document;
    QString mime;
    if (!check(path, &kind, &mime, error))
        return 0;
    auto* file = new QFile(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("duet", "Cannot read the file %1.").arg(QFileInfo(path).fileName());
        delete file;
        return 0;
    }
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart product;
    product.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QByteArrayLiteral("form-data; name=\"messaging_product\""));
    product.setBody(QByteArrayLiteral("whatsapp"));
    QHttpPart type;
    type.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"type\""));
    type.setBody(mime.toUtf8());
    QHttpPart content;
    QString name = QFileInfo(path).fileName();
    static const QRegularExpression unsafe(QStringLiteral("[\"\\r\\n\\\\]"));
    name.replace(unsafe, QStringLiteral("_"));
    content.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QByteArray(QByteArray("form-data; name=\"file\"; filename=\"") + name.toUtf8() + '"'));
    content.setHeader(QNetworkRequest::ContentTypeHeader, mime.toUtf8());
    content.setBodyDevice(file);
    file->setParent(multipart);
    multipart->append(product);
    multipart->append(type);
    multipart->append(content);

    QNetworkRequest request = m_endpoint.request(graph(m_endpoint).mediaUploadPath());
    request.setRawHeader("X-Duet-Lane", QByteArrayLiteral("live"));
    request.setTransferTimeout(int(m_endpoint.timeoutMs));
    QNetworkReply* reply = m_network->post(request, multipart);
    m_endpoint.watch(reply);
    multipart->setParent(reply);
    const qint64 id = m_next++;
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, id](qint64 sent, qint64 total) { emit progress(id, sent, total); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, id, mime, kind] { onFinished(reply, id, mime, kind); });
    return id;
}

void MediaUploader::onFinished(QNetworkReply* reply, qint64 upload, const QString& mime, cloudapi::MediaKind kind)
{
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString mediaId = QJsonDocument::fromJson(body).object().value(QLatin1String("id")).toString();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        emit failed(upload, QCoreApplication::translate("duet", "The upload was cancelled."));
    } else if (status >= 200 && status < 300 && !mediaId.isEmpty()) {
        emit finished(upload, mediaId, mime, kind);
    } else {
        emit failed(
            upload,
            QCoreApplication::translate("duet", "The file could not be uploaded. %1").arg(graphErrorText(reply, body)));
    }
}

MediaDownloader::MediaDownloader(const QString& cacheDir, qint64 maxBytes, QObject* parent)
    : QObject(parent)
    , m_dir(cacheDir)
    , m_maxBytes(maxBytes)
    , m_network(new QNetworkAccessManager(this))
{}

QNetworkReply* MediaDownloader::get(const QUrl& url)
{
    QNetworkRequest request = m_endpoint.request(QString());
    request.setUrl(url);
    request.setTransferTimeout(int(m_endpoint.timeoutMs));
    QNetworkReply* reply = m_network->get(request);
    m_endpoint.watch(reply);
    return reply;
}

QString MediaDownloader::cachedPath(const QString& mediaId) const
{
    if (!isSafeMediaId(mediaId))
        return {};
    const QString path = QDir(m_dir).filePath(mediaId);
    return QFileInfo(path).isFile() ? path : QString();
}

void MediaDownloader::fail(const QString& mediaId, const QString& error)
{
    m_active.remove(mediaId);
    m_wanted.remove(mediaId);
    emit failed(mediaId, error);
}

void MediaDownloader::download(const QString& mediaId)
{
    start(mediaId, -1);
}

void MediaDownloader::downloadUpTo(const QString& mediaId, qint64 maxBytes)
{
    start(mediaId, qMax<qint64>(0, maxBytes));
}

void MediaDownloader::start(const QString& mediaId, qint64 autoMaxBytes)
{
    if (!isSafeMediaId(mediaId)) {
        QMetaObject::invokeMethod(
            this, [this, mediaId] { emit failed(mediaId, QCoreApplication::translate("duet", "Not a media id.")); },
            Qt::QueuedConnection);
        return;
    }
    if (m_active.contains(mediaId)) {
        if (autoMaxBytes < 0)
            m_wanted.insert(mediaId); // a lookup may stop short: the agent wants it whole
        return;                       // already on its way
    }
    const QString cached = cachedPath(mediaId);
    if (!cached.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, mediaId, cached] { emit downloaded(mediaId, cached); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply* reply = get(m_endpoint.url(graph(m_endpoint).mediaPath(mediaId)));
    m_active.insert(mediaId, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, mediaId, autoMaxBytes] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        // Meta's own answer is absolute; the hub's relay answers relative to the lookup's URL.
        const QString named = o.value(QLatin1String("url")).toString();
        const QUrl url = named.isEmpty() ? QUrl() : reply->url().resolved(QUrl(named));
        if (reply->error() != QNetworkReply::NoError || !url.isValid() || url.scheme().isEmpty()) {
            fail(mediaId, QCoreApplication::translate("duet", "The media could not be found. %1")
                              .arg(graphErrorText(reply, body)));
            return;
        }
        const qint64 size = qint64(o.value(QLatin1String("file_size")).toDouble());
        if (o.contains(QLatin1String("file_size")))
            emit sizeKnown(mediaId, size);
        if (autoMaxBytes >= 0 && size > autoMaxBytes && !m_wanted.remove(mediaId)) {
            m_active.remove(mediaId);
            emit skipped(mediaId, size);
            return;
        }
        if (size > m_maxBytes) {
            fail(mediaId, QCoreApplication::translate("duet", "The file is %1 MB, more than the %2 MB Duet keeps.")
                              .arg(megabytes(size), megabytes(m_maxBytes)));
            return;
        }
        fetch(mediaId, url, size);
    });
}

void MediaDownloader::fetch(const QString& mediaId, const QUrl& url, qint64 size)
{
    if (!QDir().mkpath(m_dir)) {
        fail(mediaId, QCoreApplication::translate("duet", "Cannot create the media folder %1.").arg(m_dir));
        return;
    }
    // Customers' media: for this user only.
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(m_dir).filePath(mediaId); // the thread finds it by its id

    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        fail(mediaId, QCoreApplication::translate("duet", "Cannot write %1: %2").arg(path, file->errorString()));
        return;
    }
    QNetworkReply* reply = get(url);
    m_active.insert(mediaId, reply);
    auto received = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, file, received, mediaId, size] {
        const QByteArray chunk = reply->readAll();
        *received += chunk.size();
        if (*received > m_maxBytes) {
            reply->abort();
            return;
        }
        file->write(chunk);
        emit progress(mediaId, *received, size);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, received, mediaId, path] {
        reply->deleteLater();
        if (*received > m_maxBytes) {
            file->cancelWriting();
            fail(mediaId, QCoreApplication::translate("duet", "The file is larger than the %1 MB Duet keeps.")
                              .arg(megabytes(m_maxBytes)));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            file->cancelWriting();
            fail(mediaId, QCoreApplication::translate("duet", "The download failed. %1")
                              .arg(graphErrorText(reply, reply->readAll())));
            return;
        }
        file->write(reply->readAll());
        if (!file->commit()) {
            fail(mediaId, QCoreApplication::translate("duet", "Cannot write %1: %2").arg(path, file->errorString()));
            return;
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        m_active.remove(mediaId);
        m_wanted.remove(mediaId);
        emit downloaded(mediaId, path);
    });
}

} // namespace duet::outbound
