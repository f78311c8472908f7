// SPDX-License-Identifier: GPL-3.0-or-later
// Graph API responses and errors: the taxonomy, retry hints, malformed bodies and remedies.
#include "DomainToString.h"
#include "cloudapi/ApiError.h"
#include "cloudapi/GraphRequests.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace duet::cloudapi;

Q_DECLARE_METATYPE(duet::cloudapi::ErrorCategory)
Q_DECLARE_METATYPE(duet::cloudapi::RetryHintSource)
Q_DECLARE_METATYPE(duet::cloudapi::AcceptedStatus)
Q_DECLARE_METATYPE(duet::cloudapi::HeaderList)

namespace {

constexpr qint64 kNow = 1'750'000'000; // a fixed "now" in epoch seconds

/// An error body in Meta's form.
QByteArray metaError(int code, const QString& title, const QString& details, int subcode = -1)
{
    QJsonObject error{
        {QStringLiteral("message"), QStringLiteral("(#%1) %2").arg(code).arg(title)},
        {QStringLiteral("type"), QStringLiteral("OAuthException")},
        {QStringLiteral("code"), code},
        {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                                   {QStringLiteral("details"), details}}},
        {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEf123_trace")}};
    if (subcode >= 0)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

/// Translates every "duet" text to "[xx] <source>", to see that texts are translated at call time.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "duet") != 0)
            return {};
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
};

} // namespace

/// parseGraphResponse, classify, pairBackoffSecs, parseRetryAfter and the remedies.
class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void everyDocumentedCodeIsClassified_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<ErrorCategory>("category");
        using C = ErrorCategory;
        // docs/CLOUDAPI-CONTRACT.md, "Responses and the error taxonomy", row by row, with the HTTP status sources give
        // (or 400).
        QTest::newRow("0 AuthException is auth") << 0 << 401 << C::Auth;
        QTest::newRow("190 expired token is auth") << 190 << 401 << C::Auth;
        QTest::newRow("3 capability is auth") << 3 << 500 << C::Auth;
        QTest::newRow("10 permission denied is auth") << 10 << 403 << C::Auth;
        QTest::newRow("200 permission is auth") << 200 << 403 << C::Auth;
        QTest::newRow("299 permission is auth") << 299 << 403 << C::Auth;
        QTest::newRow("4 app call rate is throttled, as 400") << 4 << 400 << C::Throttled;
        QTest::newRow("4 app call rate is throttled, as 429") << 4 << 429 << C::Throttled;
        QTest::newRow("80007 WABA rate limit is throttled") << 80007 << 400 << C::Throttled;
        QTest::newRow("100 invalid parameter is permanent") << 100 << 400 << C::Permanent;
        QTest::newRow("130429 throughput is throttled, as 429") << 130429 << 429 << C::Throttled;
        QTest::newRow("130429 throughput is throttled, as 400") << 130429 << 400 << C::Throttled;
        QTest::newRow("131056 pair rate limit is pair-limited") << 131056 << 429 << C::PairLimited;
        QTest::newRow("131048 spam rate limit is permanent") << 131048 << 400 << C::Permanent;
        QTest::newRow("131047 re-engagement is window-closed") << 131047 << 400 << C::WindowClosed;
        QTest::newRow("131026 undeliverable is permanent") << 131026 << 400 << C::Permanent;
        QTest::newRow("131051 unsupported type is permanent") << 131051 << 400 << C::Permanent;
        QTest::newRow("131052 media download is permanent") << 131052 << 400 << C::Permanent;
        QTest::newRow("131053 media upload is permanent") << 131053 << 400 << C::Permanent;
        QTest::newRow("131000 something went wrong is transient") << 131000 << 500 << C::Transient;
        QTest::newRow("131049 ecosystem engagement is permanent") << 131049 << 400 << C::Permanent;
        QTest::newRow("131050 marketing opt-out is permanent") << 131050 << 400 << C::Permanent;
        QTest::newRow("131057 maintenance is transient") << 131057 << 400 << C::Transient;
        QTest::newRow("131064 messaging limit is permanent") << 131064 << 400 << C::Permanent;
        QTest::newRow("131062 BSUID recipient is permanent") << 131062 << 400 << C::Permanent;
        QTest::newRow("368 policy block is permanent") << 368 << 400 << C::Permanent;
        QTest::newRow("131031 locked account is permanent") << 131031 << 400 << C::Permanent;
        QTest::newRow("130472 experiment group is permanent") << 130472 << 400 << C::Permanent;
        QTest::newRow("133016 register rate limit is throttled") << 133016 << 400 << C::Throttled;
        QTest::newRow("2593109 history off is permanent") << 2593109 << 400 << C::Permanent;
        QTest::newRow("132000 template parameter count is permanent") << 132000 << 400 << C::Permanent;
        QTest::newRow("132015 paused template is permanent") << 132015 << 400 << C::Permanent;
        QTest::newRow("132069 last template code is permanent") << 132069 << 400 << C::Permanent;
        QTest::newRow("132070 past the template range is unknown") << 132070 << 400 << C::Unknown;
        QTest::newRow("2494100 unconfirmed code is unknown") << 2494100 << 400 << C::Unknown;
        QTest::newRow("131060 unconfirmed code is unknown") << 131060 << 400 << C::Unknown;
        QTest::newRow("an unknown code with 500 is transient") << 999999 << 500 << C::Transient;
        QTest::newRow("an unknown code with 429 is throttled") << 999999 << 429 << C::Throttled;
        QTest::newRow("a known code beats the HTTP status") << 100 << 503 << C::Permanent;
    }
    void everyDocumentedCodeIsClassified()
    {
        QFETCH(int, code);
        QFETCH(int, httpStatus);
        QFETCH(ErrorCategory, category);
        const QByteArray body =
            metaError(code, QStringLiteral("Title"), QStringLiteral("Details for %1").arg(code), 2494010);
        const ApiResponse r = parseGraphResponse(Transport::Completed, httpStatus, body, {}, kNow);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, category);
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.subcode, 2494010);
        QCOMPARE(r.error.httpStatus, httpStatus);
        QCOMPARE(r.error.message, QStringLiteral("(#%1) Title").arg(code));
        QCOMPARE(r.error.details, QStringLiteral("Details for %1").arg(code));
        QCOMPARE(r.error.type, QStringLiteral("OAuthException"));
        QCOMPARE(r.error.fbtraceId, QStringLiteral("AbCdEf123_trace"));
        QCOMPARE(r.error.isRetryable(), category == ErrorCategory::Throttled ||
                                            category == ErrorCategory::PairLimited ||
                                            category == ErrorCategory::Transient);
        QVERIFY(!remedyText(r.error).isEmpty());
        // Status webhooks carry the code alone; known codes classify the same without HTTP.
        if (category != ErrorCategory::Unknown && httpStatus < 500 && httpStatus != 429)
            QCOMPARE(classify(code), category);
    }

    void metasOwnErrorBodyParses()
    {
        const QByteArray body =
            "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\",\"code\":131047,"
            "\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Message failed to send because more than "
            "24 "
            "hours have passed since the customer last replied to this number.\"},\"fbtrace_id\":\"A8bQ3Lz0Y1d\"}}";
        const ApiResponse r = parseGraphResponse(Transport::Completed, 400, body, {}, kNow);
        QCOMPARE(r.error.category, ErrorCategory::WindowClosed);
        QCOMPARE(r.error.code, 131047);
        QCOMPARE(r.error.subcode, -1);
        QVERIFY(r.error.details.startsWith(QLatin1String("Message failed to send")));
        QCOMPARE(r.error.fbtraceId, QStringLiteral("A8bQ3Lz0Y1d"));
        QCOMPARE(QString::fromLatin1(remedySource(r.error)),
                 QStringLiteral("The customer's 24-hour window is closed. Send an approved template instead."));
        QCOMPARE(r.error.retryAfterSecs, qint64(-1));
        QCOMPARE(r.error.retryHintSource, RetryHintSource::None);
    }

    void retryHintsComeFromHeaders_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<HeaderList>("headers");
        QTest::addColumn<qint64>("retryAfter");
        QTest::addColumn<RetryHintSource>("source");
        QTest::addColumn<int>("usage");
        using S = RetryHintSource;
        const QByteArray buc5 = "{\"102290129340398\":[{\"type\":\"whatsapp\",\"call_count\":100,\"total_cputime\":12,"
                                "\"total_time\":40,\"estimated_time_to_regain_access\":5}]}";
        QTest::newRow("Retry-After in seconds")
            << 130429 << HeaderList{{"Retry-After", "30"}} << qint64(30) << S::RetryAfterHeader << -1;
        QTest::newRow("Retry-After as an HTTP date 90 s ahead")
            << 130429
            << HeaderList{{"retry-after",
                           QDateTime::fromSecsSinceEpoch(kNow + 90, Qt::UTC).toString(Qt::RFC2822Date).toLatin1()}}
            << qint64(90) << S::RetryAfterHeader << -1;
        QTest::newRow("Retry-After as an IMF date in GMT")
            << 4 << HeaderList{{"Retry-After", "Sun, 15 Jun 2025 15:08:20 GMT"}} << qint64(1'750'000'100 - kNow)
            << S::RetryAfterHeader << -1;
        QTest::newRow("Retry-After in the past means now")
            << 4 << HeaderList{{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}} << qint64(0) << S::RetryAfterHeader
            << -1;
        QTest::newRow("Retry-After wins over the usage header")
            << 80007 << HeaderList{{"x-business-use-case-usage", buc5}, {"Retry-After", "7"}} << qint64(7)
            << S::RetryAfterHeader << 100;
        QTest::newRow("an unreadable Retry-After falls back to the usage header")
            << 80007 << HeaderList{{"Retry-After", "soon"}, {"X-Business-Use-Case-Usage", buc5}} << qint64(300)
            << S::BusinessUseCase << 100;
        QTest::newRow("regain time in minutes from the business usage header")
            << 80007 << HeaderList{{"x-business-use-case-usage", buc5}} << qint64(300) << S::BusinessUseCase << 100;
        QTest::newRow("the longest regain time of several accounts and types")
            << 130429
            << HeaderList{{"x-business-use-case-usage",
                           "{\"1\":[{\"type\":\"whatsapp\",\"estimated_time_to_regain_access\":2},"
                           "{\"type\":\"whatsapp_business_management\",\"estimated_time_to_regain_access\":\"12\"}],"
                           "\"2\":[{\"call_count\":7,\"estimated_time_to_regain_access\":0}]}"}}
            << qint64(720) << S::BusinessUseCase << 7;
        QTest::newRow("a zero regain time gives no hint")
            << 80007
            << HeaderList{{"x-business-use-case-usage",
                           "{\"1\":[{\"call_count\":40,\"estimated_time_to_regain_access\":0}]}"}}
            << qint64(-1) << S::None << 40;
        QTest::newRow("app usage at 100 percent gives Duet's fixed wait")
            << 4 << HeaderList{{"x-app-usage", "{\"call_count\":100,\"total_cputime\":3,\"total_time\":9}"}}
            << kAppUsageBackoffSecs << S::AppUsage << 100;
        QTest::newRow("app usage below 100 percent gives no hint")
            << 4 << HeaderList{{"x-app-usage", "{\"call_count\":95,\"total_cputime\":3,\"total_time\":9}"}}
            << qint64(-1) << S::None << 95;
        QTest::newRow("usage headers do not set hints on other categories")
            << 131047 << HeaderList{{"x-business-use-case-usage", buc5}} << qint64(-1) << S::None << 100;
        QTest::newRow("Retry-After applies to any category")
            << 131000 << HeaderList{{"Retry-After", "2"}} << qint64(2) << S::RetryAfterHeader << -1;
        QTest::newRow("a malformed usage header is ignored")
            << 80007 << HeaderList{{"x-business-use-case-usage", "{\"1\":[{\"estimated_time_to_regain_access\":"}}
            << qint64(-1) << S::None << -1;
        QTest::newRow("a usage header of the wrong shape is ignored")
            << 80007 << HeaderList{{"x-business-use-case-usage", "[1,2,3]"}, {"x-app-usage", "\"full\""}} << qint64(-1)
            << S::None << -1;
        QTest::newRow("no headers, no hint") << 130429 << HeaderList{} << qint64(-1) << S::None << -1;
        QTest::newRow("an absurd Retry-After waits an hour at most")
            << 130429 << HeaderList{{"Retry-After", "999999999999"}} << kMaxRetryWaitSecs << S::RetryAfterHeader << -1;
        QTest::newRow("an absurd regain time waits an hour at most")
            << 80007
            << HeaderList{{"x-business-use-case-usage",
                           "{\"1\":[{\"call_count\":100,\"estimated_time_to_regain_access\":99999999}]}"}}
            << kMaxRetryWaitSecs << S::BusinessUseCase << 100;
    }
    void retryHintsComeFromHeaders()
    {
        QFETCH(int, code);
        QFETCH(HeaderList, headers);
        QFETCH(qint64, retryAfter);
        QFETCH(RetryHintSource, source);
        QFETCH(int, usage);
        const ApiResponse r =
            parseGraphResponse(Transport::Completed, 429, metaError(code, QStringLiteral("Limit"), {}), headers, kNow);
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.retryAfterSecs, retryAfter);
        QCOMPARE(r.error.retryHintSource, source);
        QCOMPARE(r.error.usagePercent, usage);
    }

    void pairRateLimitBacksOffByPowersOfFour_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("secs");
        QTest::newRow("first retry after 1 s") << 0 << qint64(1);
        QTest::newRow("second after 4 s") << 1 << qint64(4);
        QTest::newRow("third after 16 s") << 2 << qint64(16);
        QTest::newRow("fourth after 64 s") << 3 << qint64(64);
        QTest::newRow("a negative attempt counts as the first") << -3 << qint64(1);
        QTest::newRow("attempt 10 is the ceiling") << 10 << qint64(1048576);
        QTest::newRow("later attempts stay at the ceiling") << 1000 << qint64(1048576);
    }
    void pairRateLimitBacksOffByPowersOfFour()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, secs);
        QCOMPARE(pairBackoffSecs(attempt), secs);
    }

    void failuresWithoutAReadableError_data()
    {
        QTest::addColumn<bool>("networkError");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<int>("code");
        using C = ErrorCategory;
        QTest::newRow("a network failure is transient") << true << 0 << QByteArray() << C::Transient << -1;
        QTest::newRow("a network failure ignores any partial body")
            << true << 0 << QByteArray("{\"err") << C::Transient << -1;
        QTest::newRow("500 without body is transient") << false << 500 << QByteArray() << C::Transient << -1;
        QTest::newRow("502 with an HTML page is transient")
            << false << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << C::Transient << -1;
        QTest::newRow("503 with a Graph error keeps its code")
            << false << 503 << metaError(131000, QStringLiteral("Something went wrong"), {}) << C::Transient << 131000;
        QTest::newRow("504 with an error without code is transient")
            << false << 504 << QByteArray("{\"error\":{\"message\":\"timeout\"}}") << C::Transient << -1;
        QTest::newRow("400 that is not JSON is unknown")
            << false << 400 << QByteArray("Bad Request") << C::Unknown << -1;
        QTest::newRow("400 with JSON but no error is unknown")
            << false << 400 << QByteArray("{\"foo\":1}") << C::Unknown << -1;
        QTest::newRow("400 with an error without code is unknown")
            << false << 400 << QByteArray("{\"error\":{\"message\":\"(#?) What\"}}") << C::Unknown << -1;
        QTest::newRow("400 with an error that is a string is unknown")
            << false << 400 << QByteArray("{\"error\":\"bad\"}") << C::Unknown << -1;
        QTest::newRow("400 with a JSON array is unknown") << false << 400 << QByteArray("[1,2]") << C::Unknown << -1;
        QTest::newRow("400 with a fractional code is unknown")
            << false << 400 << QByteArray("{\"error\":{\"code\":131047.5}}") << C::Unknown << -1;
        QTest::newRow("400 with a huge code is unknown")
            << false << 400 << QByteArray("{\"error\":{\"code\":1e300}}") << C::Unknown << -1;
        QTest::newRow("400 with the code as a string still classifies")
            << false << 400 << QByteArray("{\"error\":{\"code\":\"131047\"}}") << C::WindowClosed << 131047;
        QTest::newRow("429 that is not JSON is throttled")
            << false << 429 << QByteArray("Too Many Requests") << C::Throttled << -1;
        QTest::newRow("400 with invalid UTF-8 and NULs is unknown")
            << false << 400 << QByteArray("{\"error\":\xff\xfe\0\0}", 14) << C::Unknown << -1;
        QTest::newRow("400 nested very deep is unknown") << false << 400 << QByteArray(100000, '[') << C::Unknown << -1;
        QTest::newRow("200 without body is unknown, not success") << false << 200 << QByteArray() << C::Unknown << -1;
        QTest::newRow("200 without a message id is unknown")
            << false << 200 << QByteArray("{\"messaging_product\":\"whatsapp\",\"messages\":[{}]}") << C::Unknown << -1;
        QTest::newRow("200 with success false is unknown")
            << false << 200 << QByteArray("{\"success\":false}") << C::Unknown << -1;
        QTest::newRow("200 carrying an error object is that error")
            << false << 200 << metaError(131047, QStringLiteral("Re-engagement message"), {}) << C::WindowClosed
            << 131047;
        QTest::newRow("a 3xx is unknown") << false << 302 << QByteArray() << C::Unknown << -1;
    }
    void failuresWithoutAReadableError()
    {
        QFETCH(bool, networkError);
        QFETCH(int, httpStatus);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCategory, category);
        QFETCH(int, code);
        const ApiResponse r = parseGraphResponse(networkError ? Transport::NetworkError : Transport::Completed,
                                                 httpStatus, body, {{"x-fb-trace-id", "HdrTrace"}}, kNow);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.category, category);
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.httpStatus, networkError ? 0 : httpStatus);
        QVERIFY(!remedyText(r.error).isEmpty());
        if (!networkError && body != metaError(131000, QStringLiteral("Something went wrong"), {}) &&
            !body.contains("fbtrace_id"))
            QCOMPARE(r.error.fbtraceId, QStringLiteral("HdrTrace"));
    }

    void networkFailureHasItsOwnRemedy()
    {
        const ApiResponse network = parseGraphResponse(Transport::NetworkError, 0, {}, {}, kNow);
        const ApiResponse server = parseGraphResponse(Transport::Completed, 500, {}, {}, kNow);
        QCOMPARE(network.error.category, ErrorCategory::Transient);
        QCOMPARE(server.error.category, ErrorCategory::Transient);
        QVERIFY(QByteArray(remedySource(network.error)).contains("network"));
        QVERIFY(QByteArray(remedySource(network.error)) != QByteArray(remedySource(server.error)));
    }

    void successfulSendsParse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<AcceptedStatus>("status");
        using S = AcceptedStatus;
        const auto send = [](const char* status) -> QByteArray {
            QByteArray b = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+16505551234\",\"wa_id\":"
                           "\"16505551234\"}],\"messages\":[{\"id\":\"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTND\"";
            if (status)
                b += ",\"message_status\":\"" + QByteArray(status) + "\"";
            return b + "}]}";
        };
        QTest::newRow("a send without message_status") << send(nullptr) << S::Unspecified;
        QTest::newRow("a template send accepted") << send("accepted") << S::Accepted;
        QTest::newRow("a template send held for quality assessment")
            << send("held_for_quality_assessment") << S::HeldForQualityAssessment;
        QTest::newRow("a template send paused") << send("paused") << S::Paused;
        QTest::newRow("a status this version does not know") << send("queued_for_later") << S::Other;
    }
    void successfulSendsParse()
    {
        QFETCH(QByteArray, body);
        QFETCH(AcceptedStatus, status);
        const ApiResponse r = parseGraphResponse(Transport::Completed, 200, body, {}, kNow);
        QVERIFY(r.ok);
        QCOMPARE(r.wamid, QStringLiteral("wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTND"));
        QCOMPARE(r.waId, QStringLiteral("16505551234"));
        QCOMPARE(r.input, QStringLiteral("+16505551234"));
        QCOMPARE(r.acceptedStatus, status);
        QVERIFY(!r.success);
    }

    void sendsToABsuidAnswerWithTheUserId()
    {
        // docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID": input and user_id, no wa_id (the contact book never fills
        // API answers).
        const ApiResponse r = parseGraphResponse(
            Transport::Completed, 200,
            "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"US.13491208655302741918\","
            "\"user_id\":\"US.13491208655302741918\"}],\"messages\":[{\"id\":\"wamid.HBgLBSUID\"}]}",
            {}, kNow);
        QVERIFY(r.ok);
        QCOMPARE(r.wamid, QStringLiteral("wamid.HBgLBSUID"));
        QCOMPARE(r.input, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(r.userId, QStringLiteral("US.13491208655302741918"));
        QVERIFY(r.waId.isEmpty());
    }

    void bsuidRecipientRefusalReadsWell()
    {
        // Meta's 131062 with its details text (docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID").
        const ApiResponse r = parseGraphResponse(
            Transport::Completed, 400,
            "{\"error\":{\"message\":\"(#131062) Business-scoped User ID (BSUID) recipients are not supported\","
            "\"type\":\"OAuthException\",\"code\":131062,\"error_data\":{\"messaging_product\":\"whatsapp\","
            "\"details\":\"Business-scoped User ID (BSUID) recipients are not supported for this message.\"},"
            "\"fbtrace_id\":\"AbC\"}}",
            {}, kNow);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.code, 131062);
        QCOMPARE(r.error.category, ErrorCategory::Permanent);
        QVERIFY(!r.error.isRetryable());
        QCOMPARE(r.error.details,
                 QStringLiteral("Business-scoped User ID (BSUID) recipients are not supported for this message."));
        // The remedy says what to do: get the phone number.
        const QString remedy = QString::fromLatin1(remedySource(r.error));
        QVERIFY2(remedy.contains(QStringLiteral("Ask the customer for their phone number")), qPrintable(remedy));
        QVERIFY(remedy.contains(QStringLiteral("user ID")));
    }

    void markReadSucceeds()
    {
        const ApiResponse r = parseGraphResponse(Transport::Completed, 200, "{\"success\":true}", {}, kNow);
        QVERIFY(r.ok);
        QVERIFY(r.success);
        QVERIFY(r.wamid.isEmpty());
    }

    void everyCategoryHasANameAndARemedy()
    {
        const ErrorCategory all[] = {ErrorCategory::Throttled, ErrorCategory::PairLimited, ErrorCategory::WindowClosed,
                                     ErrorCategory::Auth,      ErrorCategory::Permanent,   ErrorCategory::Transient,
                                     ErrorCategory::Unknown};
        QSet<QString> names;
        QSet<QByteArray> remedies;
        for (ErrorCategory c : all) {
            ApiError e;
            e.category = c;
            e.httpStatus = 400;
            names.insert(categoryName(c));
            remedies.insert(remedySource(e));
        }
        QCOMPARE(names.size(), int(std::size(all)));
        QCOMPARE(remedies.size(), int(std::size(all)));
        ApiError auth;
        auth.category = ErrorCategory::Auth;
        auth.code = 10;
        QCOMPARE(QString::fromLatin1(remedySource(auth)),
                 QStringLiteral("The Cloud API access token was refused. Ask an administrator to renew it."));
        QCOMPARE(categoryName(ErrorCategory::PairLimited), QStringLiteral("pair_limited"));
    }

    void notableCodesHaveTheirOwnRemedy_data()
    {
        QTest::addColumn<int>("code");
        for (int code : {190, 100, 131026, 131048, 131049, 131050, 131051, 131052, 131053, 131062, 131064, 368, 131031,
                         130472, 131057, 132001, 2593109})
            QTest::newRow(qPrintable(QStringLiteral("code %1").arg(code))) << code;
    }
    void notableCodesHaveTheirOwnRemedy()
    {
        QFETCH(int, code);
        ApiError withCode;
        withCode.code = code;
        withCode.category = classify(code);
        ApiError categoryOnly;
        categoryOnly.category = withCode.category;
        QVERIFY(QByteArray(remedySource(withCode)) != QByteArray(remedySource(categoryOnly)));
    }

    void textsAreTranslatedWhenShown()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        ApiError window;
        window.category = ErrorCategory::WindowClosed;
        window.code = 131047;
        const QString remedy = remedyText(window);
        const QString problem = requestProblemText(RequestProblem::TextTooLong);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(remedy,
                 QStringLiteral("[xx] The customer's 24-hour window is closed. Send an approved template instead."));
        QVERIFY(problem.startsWith(QLatin1String("[xx] ")));
        QCOMPARE(remedyText(window), QString::fromLatin1(remedySource(window)));
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("secs");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("seconds with spaces") << QByteArray(" 5 ") << qint64(5);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative is unreadable") << QByteArray("-5") << qint64(-1);
        QTest::newRow("a fraction is unreadable") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("more digits than fit") << QByteArray(40, '9') << qint64(-1);
        QTest::newRow("a numeric-zone date") << QByteArray("Sun, 15 Jun 2025 15:06:40 +0000") << qint64(0);
        QTest::newRow("garbage") << QByteArray("tomorrow-ish") << qint64(-1);
        QTest::newRow("a year of seconds waits an hour at most") << QByteArray("31536000") << kMaxRetryWaitSecs;
        QTest::newRow("the largest number waits an hour at most")
            << QByteArray("9223372036854775807") << kMaxRetryWaitSecs;
        QTest::newRow("a date years ahead waits an hour at most")
            << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << kMaxRetryWaitSecs;
    }
    void retryAfterParsing()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, secs);
        QCOMPARE(parseRetryAfter(value, kNow), secs);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
