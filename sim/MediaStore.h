// SPDX-License-Identifier: GPL-3.0-or-later
// Uploaded media in the simulator: Meta's type and size limits, expiring download URLs.
#pragma once

#include "SimError.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace duet {
class Clock;
}

namespace duet::sim {

/// One part of a multipart/form-data body.
struct FormPart
{
    QByteArray name;
    QByteArray filename;
    QByteArray contentType;
    QByteArray data;
};

/// Parses multipart/form-data. Returns false when the content type has no boundary or the body is
/// not well formed.
bool parseMultipart(const QByteArray& contentType, const QByteArray& body, QList<FormPart>* parts);

/// Holds uploaded media (docs/CLOUDAPI-CONTRACT.md, "Media endpoints and limits"): accepts the MIME types Meta accepts
/// within their size limits (131053 otherwise), hands out download URLs that expire 5 minutes after they were asked
/// for, and forgets deleted media. Ids come from the `nextId` function (the simulator's seeded
/// generator). Memory is the caller's concern: the simulator is a test tool.
class MediaStore
{
public:
    static constexpr qint64 kUrlLifetimeMs = 5 * 60 * 1000;

    struct Media
    {
        QString id;
        QByteArray mimeType;
        QByteArray data;
        QByteArray sha256Hex;
    };

    MediaStore(const Clock& clock, std::function<QString()> nextId);

    /// Stores an upload; returns its id in *id, or the error.
    SimError upload(const QByteArray& mimeType, const QByteArray& data, QString* id);
    /// Registers media the simulator itself sends in webhooks (customer images and the like).
    QString addGenerated(const QByteArray& mimeType, const QByteArray& data);

    const Media* find(const QString& id) const;
    bool remove(const QString& id);
    /// A fresh download token for `id` (valid kUrlLifetimeMs); empty when the id is unknown.
    QString issueToken(const QString& id);
    /// The media a token gives, or nullptr when unknown or expired.
    const Media* resolve(const QString& token) const;

    /// The limit for a MIME type in bytes, or 0 when Meta does not accept the type.
    static qint64 limitFor(const QByteArray& mimeType);

private:
    struct Token
    {
        QString mediaId;
        qint64 expiresAtMs = 0;
    };

    const Clock& m_clock;
    std::function<QString()> m_nextId;
    QHash<QString, Media> m_media;
    QHash<QString, Token> m_tokens;
};

} // namespace duet::sim
