// SPDX-License-Identifier: GPL-3.0-or-later
// Uploaded media in the simulator: Meta's type and size limits, expiring download URLs.
#include "MediaStore.h"

#include "core/Clock.h"

#include <QCryptographicHash>

namespace duet::sim {

namespace {

constexpr qint64 kMB = 1024 * 1024;

struct Limit
{
    const char* mimeType;
    qint64 bytes;
};

// docs/CLOUDAPI-CONTRACT.md, "Media endpoints and limits".
constexpr Limit kLimits[] = {
    {"image/jpeg", 5 * kMB},
    {"image/png", 5 * kMB},
    {"audio/aac", 16 * kMB},
    {"audio/amr", 16 * kMB},
    {"audio/mpeg", 16 * kMB},
    {"audio/mp4", 16 * kMB},
    {"audio/ogg", 16 * kMB},
    {"video/mp4", 16 * kMB},
    {"video/3gpp", 16 * kMB},
    {"image/webp", 500 * 1024},
    {"text/plain", 100 * kMB},
    {"application/pdf", 100 * kMB},
    {"application/vnd.ms-powerpoint", 100 * kMB},
    {"application/msword", 100 * kMB},
    {"application/vnd.ms-excel", 100 * kMB},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100 * kMB},
    {"application/vnd.openxmlformats-officedocument.presentationml.presentation", 100 * kMB},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100 * kMB},
};

QByteArray parameter(const QByteArray& header, const QByteArray& name)
{
    for (const QByteArray& raw : header.split(';')) {
        const QByteArray item = raw.trimmed();
        const int eq = item.indexOf('=');
        if (eq > 0 && item.left(eq).trimmed().toLower() == name) {
            QByteArray value = item.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

} // namespace

bool parseMultipart(const QByteArray& contentType, const QByteArray& body, QList<FormPart>* parts)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return false;
        FormPart part;
        for (const QByteArray& line : body.mid(pos, headerEnd - pos).split('\n')) {
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = parameter(value, "name");
                part.filename = parameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        parts->append(part);
        pos = next + 2;
    }
}

MediaStore::MediaStore(const Clock& clock, std::function<QString()> nextId)
    : m_clock(clock)
    , m_nextId(std::move(nextId))
{}

qint64 MediaStore::limitFor(const QByteArray& mimeType)
{
    const QByteArray base = mimeType.split(';').first().trimmed().toLower();
    for (const Limit& l : kLimits) {
        if (base == l.mimeType)
            return l.bytes;
    }
    return 0;
}

SimError MediaStore::upload(const QByteArray& mimeType, const QByteArray& data, QString* id)
{
    const qint64 limit = limitFor(mimeType);
    if (limit == 0) {
        return SimError::make(ErrorCode::MediaUpload,
                              QStringLiteral("Unsupported file type: %1.").arg(QString::fromLatin1(mimeType)));
    }
    if (data.isEmpty())
        return SimError::make(ErrorCode::MediaUpload, QStringLiteral("The file is empty."));
    if (data.size() > limit) {
        return SimError::make(ErrorCode::MediaUpload,
                              QStringLiteral("File too large: %1 bytes; the limit for %2 is %3 bytes.")
                                  .arg(data.size())
                                  .arg(QString::fromLatin1(mimeType))
                                  .arg(limit));
    }
    *id = addGenerated(mimeType, data);
    return {};
}

QString MediaStore::addGenerated(const QByteArray& mimeType, const QByteArray& data)
{
    Media media;
    media.id = m_nextId();
    media.mimeType = mimeType;
    media.data = data;
    media.sha256Hex = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    m_media.insert(media.id, media);
    return media.id;
}

const MediaStore::Media* MediaStore::find(const QString& id) const
{
    const auto it = m_media.constFind(id);
    return it == m_media.constEnd() ? nullptr : &it.value();
}

bool MediaStore::remove(const QString& id)
{
    return m_media.remove(id) > 0;
}

QString MediaStore::issueToken(const QString& id)
{
    if (!m_media.contains(id))
        return {};
    const qint64 now = m_clock.nowMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAtMs <= now)
            it = m_tokens.erase(it);
        else
            ++it;
    }
    QString token = m_nextId();
    m_tokens.insert(token, Token{id, now + kUrlLifetimeMs});
    return token;
}

const MediaStore::Media* MediaStore::resolve(const QString& token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd() || m_clock.nowMs() >= it->expiresAtMs)
        return nullptr;
    return find(it->mediaId);
}

} // namespace duet::sim
