// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookDecoder.h"

namespace duet::cloudapi {

DecodeResult WebhookDecoder::decode(const QByteArray& body)
{
    DecodeResult result;
    if (body.size() > kMaxBodyBytes) {
        result.failure = DecodeResult::Failure::TooLarge;
        result.reason = QStringLiteral("$: the body is %1 bytes, over the 3 MB limit").arg(body.size());
    }
    return result;
}

} // namespace duet::cloudapi
