// SPDX-License-Identifier: GPL-3.0-or-later
// What the Graph relay asks before it forwards a message to Meta: the team's send budget decides.
#pragma once

#include <QString>

#include <functional>

namespace duet::hub {

/// One message a desktop asked the hub to forward to `POST /{phone-number-id}/messages`.
struct RelayedSend
{
    QString agent;     ///< the authenticated agent (from their token, never from the request's body)
    QString session;   ///< the desktop session that sent it (`X-Duet-Session`); empty when none was named
    QString recipient; ///< the customer's address as sent: `to` (a phone) or `recipient` (a BSUID)
    bool live = true;  ///< `X-Duet-Lane: live` (an agent's reply) or `bulk` (a campaign)
    /// False for read receipts and typing indicators: they use the messages endpoint but are not
    /// messages Meta counts against the number's throughput.
    bool counted = true;
};

/// The budget's answer. A refused send was not forwarded: the desktop may safely send it again.
struct Admission
{
    bool ok = true;
    int httpStatus = 0;       ///< refused: the HTTP status the relay answers with (429, 400 ...)
    int graphCode = 0;        ///< refused: a Graph error code the desktop already handles (130429, 131056)
    QString reason;           ///< refused: a machine-readable reason (`lease_exceeded`, `pair_limited` ...)
    QString message;          ///< refused: one sentence for people
    qint64 retryAfterMs = -1; ///< refused: when to try again, -1 when unknown
};

/// The hub's send budget as the relay sees it. Implemented by the hub's lease keeper; the relay
/// calls admit() for each message and answered() when Meta's answer came.
class SendAdmission
{
public:
    virtual ~SendAdmission() = default;
    /// Calls `proceed` exactly once: at once, or later when the hub's own pacing lets the send go,
    /// or with a refusal. The relay forwards only after an `ok` admission.
    virtual void admit(const RelayedSend& send, std::function<void(const Admission&)> proceed) = 0;
    /// Meta's answer to an admitted send: its HTTP status and Graph error code (0 on success, -1
    /// when Meta did not answer), for the pair limiter's holds and the adaptive cut.
    virtual void answered(const RelayedSend& send, int httpStatus, int graphCode) = 0;
};

} // namespace duet::hub
