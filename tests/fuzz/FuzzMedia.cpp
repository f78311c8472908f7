// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: media metadata: a multipart/form-data upload as the simulator's media endpoint reads
// it (parts, their MIME types and Meta's limits), and the composer's MIME and size check.

#include "FuzzSupport.h"
#include "MediaStore.h"
#include "cloudapi/MediaLimits.h"
#include "core/Clock.h"

using namespace duet;

/// Input: "<Content-Type header value>\n<body>".
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray input = fuzz::bytes(data, size);
    QByteArray contentType;
    QByteArray body;
    fuzz::split(input, '\n', &contentType, &body);

    QList<sim::FormPart> parts;
    if (sim::parseMultipart(contentType, body, &parts)) {
        static const SystemClock clock;
        sim::MediaStore store(clock, [] { return QStringLiteral("1"); });
        for (const sim::FormPart& part : parts) {
            FUZZ_CHECK(part.data.size() <= body.size());
            const qint64 limit = sim::MediaStore::limitFor(part.contentType);
            FUZZ_CHECK(limit >= 0);
            QString id;
            const sim::SimError error = store.upload(part.contentType, part.data, &id);
            (void)error;
            store.remove(QStringLiteral("1"));
            // The composer's check on the same type and size.
            const cloudapi::MediaCheck check =
                cloudapi::checkMediaUpload(QString::fromUtf8(part.contentType), part.data.size());
            if (check.isAccepted())
                FUZZ_CHECK(part.data.size() > 0 && part.data.size() <= check.limitBytes);
        }
    }
    // The header value alone, as a detected MIME type, at sizes around the limits.
    const QString mime = QString::fromUtf8(contentType);
    for (const qint64 bytes : {qint64(0), qint64(1), qint64(100 * 1024), qint64(5 * 1024 * 1024),
                               qint64(16 * 1024 * 1024), qint64(100 * 1024 * 1024), qint64(1) << 40}) {
        const cloudapi::MediaCheck check = cloudapi::checkMediaUpload(mime, bytes);
        if (check.isAccepted())
            FUZZ_CHECK(bytes > 0 && bytes <= check.limitBytes);
        if (check.problem != cloudapi::MediaCheck::Problem::UnsupportedType &&
            check.problem != cloudapi::MediaCheck::Problem::Empty)
            FUZZ_CHECK(check.limitBytes > 0);
    }
    return 0;
}
