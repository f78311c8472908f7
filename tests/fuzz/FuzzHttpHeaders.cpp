// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the retry hints in Graph API response headers: Retry-After (seconds or an HTTP
// date), x-business-use-case-usage and x-app-usage, as parseGraphResponse reads them.

#include "FuzzSupport.h"
#include "cloudapi/ApiError.h"

using namespace duet;
using namespace duet::cloudapi;

namespace {

constexpr qint64 kNow = 1'760'000'000;

} // namespace

/// Input: an HTTP header block ("Name: value" lines), an empty line, then the body.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray input = fuzz::bytes(data, size);
    qsizetype end = input.indexOf("\n\n");
    const QByteArray block = end < 0 ? input : input.left(end);
    const QByteArray body = end < 0 ? QByteArray() : input.mid(end + 2);
    HeaderList headers;
    for (const QByteArray& rawLine : block.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        const qint64 wait = parseRetryAfter(headers.last().second, kNow);
        FUZZ_CHECK(wait >= -1 && wait <= kMaxRetryWaitSecs);
    }
    // A throttled send (Meta's 130429 with HTTP 429 or 400) and a server error, with these headers.
    for (const int status : {429, 400, 503}) {
        const ApiResponse r = parseGraphResponse(Transport::Completed, status, body, headers, kNow);
        if (r.ok)
            continue;
        const ApiError& e = r.error;
        FUZZ_CHECK(e.retryAfterSecs >= -1 && e.retryAfterSecs <= kMaxRetryWaitSecs);
        FUZZ_CHECK((e.retryAfterSecs >= 0) == (e.retryHintSource != RetryHintSource::None));
        FUZZ_CHECK(e.usagePercent >= -1);
    }
    return 0;
}
