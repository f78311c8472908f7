// SPDX-License-Identifier: GPL-3.0-or-later
// Cloud API responses and errors in one taxonomy, with retry hints and remedies for the agent.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace duet::cloudapi {

/// What the client does about an error (docs/CLOUDAPI-CONTRACT.md, "Responses and the error taxonomy"). Every Graph
/// error code, every HTTP failure and every network failure falls into exactly one category.
enum class ErrorCategory {
    Throttled,    ///< 130429, 4, 80007: back off for the retry hint, then retry
    PairLimited,  ///< 131056: too many to this customer; retry after 4^X s (pairBackoffSecs)
    WindowClosed, ///< 131047: outside the 24-hour window; only a template can go out
    Auth,         ///< 0, 190, 3, 10, 200-299: the token is refused; stop sending until fixed
    Permanent,    ///< the request or recipient is wrong: mark failed, never retry as it is
    Transient,    ///< 131000, 131057, HTTP 5xx, network: retry with back-off, limited
    Unknown,      ///< a code Duet does not know, or a 4xx it cannot read: no automatic retry
};

/// The state Meta gives a send it accepted (MessageStatus in the OpenAPI spec).
enum class AcceptedStatus {
    Unspecified,              ///< no message_status (the usual case outside template pacing)
    Accepted,                 ///< accepted
    HeldForQualityAssessment, ///< held_for_quality_assessment: may still be sent or dropped
    Paused,                   ///< paused
    Other,                    ///< a value this version of Duet does not know
};

/// Where a retry hint came from.
enum class RetryHintSource {
    None,
    RetryAfterHeader, ///< Retry-After: seconds or an HTTP date
    BusinessUseCase,  ///< x-business-use-case-usage estimated_time_to_regain_access (minutes)
    AppUsage,         ///< x-app-usage at 100 %: Duet's fixed wait (kAppUsageBackoffSecs)
};

/// How the HTTP exchange ended, independent of the network library.
enum class Transport {
    Completed,    ///< an HTTP response arrived (any status)
    NetworkError, ///< no response: DNS, connection, TLS, timeout, reset
};

/// An error from the Graph API, a send's failure in a status webhook, or the network.
struct ApiError
{
    ErrorCategory category = ErrorCategory::Unknown;
    int code = -1;              ///< error.code; -1 when there is none (network, unreadable body)
    int subcode = -1;           ///< error.error_subcode, -1 when absent (not for logic: Meta says so)
    int httpStatus = 0;         ///< 0 when no response arrived
    QString message;            ///< error.message, e.g. "(#131047) Re-engagement message"
    QString title;              ///< error.title or error.error_user_title, when given
    QString details;            ///< error.error_data.details, or error.error_user_msg
    QString type;               ///< error.type, e.g. "OAuthException"
    QString fbtraceId;          ///< error.fbtrace_id, or the x-fb-trace-id header
    qint64 retryAfterSecs = -1; ///< wait this long before retrying; -1 when no hint
    RetryHintSource retryHintSource = RetryHintSource::None;
    int usagePercent = -1; ///< highest usage figure of x-business-use-case-usage / x-app-usage, -1 if absent

    /// Whether Duet may retry the same request on its own (after retryAfterSecs if known).
    bool isRetryable() const;
};

/// Meta's answer to a send or a mark-as-read: either accepted or an error.
struct ApiResponse
{
    bool ok = false;
    // For sends:
    QString wamid; ///< messages[0].id
    QString waId;  ///< contacts[0].wa_id: only when the send went to a phone number
    QString
        userId; ///< contacts[0].user_id: only for a send to a BSUID (docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID")
    QString input; ///< contacts[0].input: the `to` or `recipient` Duet sent
    AcceptedStatus acceptedStatus = AcceptedStatus::Unspecified;
    // For mark-as-read:
    bool success = false; ///< {"success": true}
    // When !ok:
    ApiError error;
};

/// Raw response headers as name/value pairs; names are matched case-insensitively.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// Parses one Graph API answer (docs/CLOUDAPI-CONTRACT.md, "Sending: what Meta expects", "Responses and the error
/// taxonomy"). Never throws, never crashes: a body that is not JSON, has no error object or no code still gives a
/// classified ApiError. `nowSecs` (epoch seconds) turns an HTTP-date Retry-After into a wait.
ApiResponse parseGraphResponse(Transport transport, int httpStatus, const QByteArray& body, const HeaderList& headers,
                               qint64 nowSecs);

/// The category of an error code alone, as status webhooks carry it (`errors[].code`).
/// `httpStatus` decides for codes Duet does not know (5xx: Transient, 429: Throttled).
ErrorCategory classify(int code, int httpStatus = 0);

/// The pair rate limit's back-off for the X-th retry to the same customer (X = 0, 1, 2, ...):
/// 4^X seconds, X clamped to 0..10.
qint64 pairBackoffSecs(int attempt);

/// Duet's wait when x-app-usage reports 100 % and no header says how long (the window rolls
/// over an hour; Meta gives no time for it).
constexpr qint64 kAppUsageBackoffSecs = 300;

/// The longest wait Duet takes from a server's hint (Retry-After, estimated_time_to_regain_access):
/// one hour. A larger or absurd value would hold sends for days; after an hour Duet asks again.
constexpr qint64 kMaxRetryWaitSecs = 3600;

/// Parses Retry-After: delay-seconds or an HTTP date (RFC 9110), at most kMaxRetryWaitSecs. -1
/// when absent or unreadable.
qint64 parseRetryAfter(const QByteArray& value, qint64 nowSecs);

/// The agent-facing remedy for an error: the text for its code when it has one, else for its
/// category. Translated at call time (QCoreApplication::translate, context "duet").
QString remedyText(const ApiError& error);
/// The untranslated source of remedyText, for logs and tests.
const char* remedySource(const ApiError& error);
/// The stable lower-case name of a category ("throttled", "pair_limited", ...), for logs and JSON.
QString categoryName(ErrorCategory category);

} // namespace duet::cloudapi
