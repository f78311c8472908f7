// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloud API's synchronous errors as the simulator returns them: code, HTTP status, Meta's body.
#pragma once

#include <QByteArray>
#include <QString>

namespace duet::sim {

/// One Graph API error. Build it with the factories below (they carry Meta's title for the code
/// and the HTTP status the simulator uses for it, docs/SIMULATOR.md) and write it with body().
struct SimError
{
    int code = 0; ///< 0 = no error
    int httpStatus = 200;
    QString title;   ///< Meta's title for the code, e.g. "Re-engagement message"
    QString details; ///< error_data.details

    bool isError() const { return code != 0; }

    /// {"error":{"message":"(#CODE) Title","type":"OAuthException","code":CODE,
    ///  "error_data":{"messaging_product":"whatsapp","details":"..."},"fbtrace_id":"..."}}
    QByteArray body(const QString& fbtraceId) const;

    /// An error with Meta's title and the simulator's HTTP status for `code`.
    static SimError make(int code, const QString& details);
    /// Meta's title for a code ("Unknown error" when the simulator does not know it).
    static QString titleFor(int code);
    /// The HTTP status the simulator answers with for a code (400 unless listed).
    static int httpStatusFor(int code);
};

/// The codes the simulator enforces (docs/CLOUDAPI-CONTRACT.md, "Responses and the error taxonomy").
namespace ErrorCode {
constexpr int InvalidParameter = 100;
constexpr int AccessToken = 190;
constexpr int Throughput = 130429;
constexpr int ExperimentGroup = 130472;
constexpr int Unknown = 131000;
constexpr int Undeliverable = 131026;
constexpr int ReEngagement = 131047;
constexpr int EcosystemEngagement = 131049; ///< not delivered to keep the ecosystem healthy (a status, not an answer)
constexpr int BsuidNotSupported = 131062;   ///< e.g. an authentication template to a BSUID (docs/IDENTITY.md)
constexpr int MediaUpload = 131053;
constexpr int PairRate = 131056;
constexpr int MessagingLimit = 131064;
constexpr int TemplateParamCount = 132000;
constexpr int TemplateMissing = 132001;
constexpr int TemplatePaused = 132015;
constexpr int TemplateDisabled = 132016;
} // namespace ErrorCode

} // namespace duet::sim
