// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a webhook POST body through WebhookDecoder::decode, as the hub's endpoint calls it.

#include "DecodeSnapshot.h"
#include "FuzzSupport.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/EventJson.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace duet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray body = fuzz::bytes(data, size);
    const cloudapi::DecodeResult result = cloudapi::WebhookDecoder::decode(body);
    // The invariants the decoder tests hold every result to: a failure has a reason and no events,
    // every event survives its JSON form, messages and statuses name what they are about, ...
    const QString problem = test::invariantProblem(result);
    FUZZ_CHECK_MSG(problem.isEmpty(), problem);
    // The hub logs each event as one compact JSON line; read back as text, it is the same event.
    for (const Event& e : result.events) {
        const QByteArray line = QJsonDocument(eventToJson(e)).toJson(QJsonDocument::Compact);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        FUZZ_CHECK_MSG(error.error == QJsonParseError::NoError && doc.isObject(), QString::fromUtf8(line));
        Event back;
        FUZZ_CHECK_MSG(eventFromJson(doc.object(), &back) && sameEvent(back, e), QString::fromUtf8(line));
    }
    // Decoding is a pure function of the bytes.
    const cloudapi::DecodeResult again = cloudapi::WebhookDecoder::decode(body);
    FUZZ_CHECK(again.failure == result.failure && again.events.size() == result.events.size());
    return 0;
}
