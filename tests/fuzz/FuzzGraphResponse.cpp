// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: Graph API answers: the send/mark-as-read reader (parseGraphResponse, as the outbound
// driver and the hub's template service call it) and the setup client's reader (readGraphReply)
// with what connecting a number reads from it (token, number, subscribed apps).

#include "FuzzSupport.h"
#include "cloudapi/ApiError.h"
#include "onboarding/GraphClient.h"
#include "onboarding/NumberFacts.h"

using namespace duet;
using namespace duet::cloudapi;

namespace {

constexpr qint64 kNow = 1'760'000'000; // a fixed "now": the reading must not depend on the clock

void checkError(const ApiError& e)
{
    FUZZ_CHECK(e.retryAfterSecs >= -1 && e.retryAfterSecs <= kMaxRetryWaitSecs);
    FUZZ_CHECK(e.usagePercent >= -1);
    FUZZ_CHECK(!remedyText(e).isEmpty());
    FUZZ_CHECK(!categoryName(e.category).isEmpty());
    FUZZ_CHECK(!onboarding::metaErrorText(e).isEmpty());
}

} // namespace

/// Input: "<HTTP status>\n<body>"; without a newline the whole input is the body of a 200 and a 400.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray input = fuzz::bytes(data, size);
    QByteArray statusText;
    QByteArray body;
    fuzz::split(input, '\n', &statusText, &body);
    QList<int> statuses{200, 400};
    bool numeric = false;
    const int status = statusText.trimmed().toInt(&numeric);
    if (numeric)
        statuses = {status};
    const HeaderList headers{{QByteArrayLiteral("x-fb-trace-id"), QByteArrayLiteral("AbCdEf")}};
    for (const int s : statuses) {
        const ApiResponse r = parseGraphResponse(Transport::Completed, s, body, headers, kNow);
        if (r.ok) {
            FUZZ_CHECK(s >= 200 && s <= 299);
            FUZZ_CHECK(!r.wamid.isEmpty() || r.success);
        } else {
            FUZZ_CHECK(r.error.httpStatus == s);
            checkError(r.error);
        }

        const onboarding::GraphReply reply = onboarding::readGraphReply(s, body, headers, kNow);
        if (reply.ok) {
            FUZZ_CHECK(s >= 200 && s <= 299);
            const onboarding::TokenInfo token = onboarding::parseTokenInfo(reply.json);
            (void)token;
            const onboarding::NumberInfo number = onboarding::parseNumberInfo(reply.json);
            (void)number;
            const QList<onboarding::SubscribedApp> apps = onboarding::parseSubscribedApps(reply.json);
            (void)apps;
        } else {
            checkError(reply.error);
        }
    }
    return 0;
}
