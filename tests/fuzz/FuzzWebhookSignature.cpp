// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the X-Hub-Signature-256 header check and the GET subscription handshake's query.

#include "FuzzSupport.h"
#include "cloudapi/WebhookSignature.h"

#include <QUrlQuery>

using namespace duet;

/// Input: "<header value>\n<body>" (the signature header, then the raw body it is checked against).
/// The same bytes also serve as the query string of GET /webhook.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray input = fuzz::bytes(data, size);
    QByteArray header;
    QByteArray body;
    fuzz::split(input, '\n', &header, &body);

    static const cloudapi::WebhookSignature signature(QByteArrayLiteral("fuzz-app-secret"));
    const bool accepted = signature.verify(body, header);
    const QByteArray good = signature.sign(body);
    // Only the exact signature (hex in either case) is accepted; it always is.
    FUZZ_CHECK(accepted == (header.toLower() == good && header.startsWith("sha256=")));
    FUZZ_CHECK(signature.verify(body, good));
    const QByteArray upper = QByteArrayLiteral("sha256=") + good.mid(7).toUpper();
    FUZZ_CHECK(signature.verify(body, upper));
    FUZZ_CHECK(good.size() == 7 + 64 && signature.digest(body).size() == 32);

    // The subscription handshake, with the input as the query of GET /webhook (as the endpoint does).
    const QUrlQuery query(QString::fromUtf8(input));
    QByteArray challenge;
    const bool subscribed = cloudapi::acceptSubscription(query, QByteArrayLiteral("fuzz-verify-token"), &challenge);
    if (subscribed)
        FUZZ_CHECK(query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded) == QLatin1String("subscribe"));
    FUZZ_CHECK(cloudapi::constantTimeEquals(header, header));
    FUZZ_CHECK(cloudapi::constantTimeEquals(header, body) == (header == body));
    return 0;
}
