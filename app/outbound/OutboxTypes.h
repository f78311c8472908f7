// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's value types: a send's states, lanes, drafts and rows.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace duet::outbound {

/// Where a send is in its life (docs/OUTBOUND.md has the transition table).
enum class OutboxState : quint8 {
    Queued,    ///< written, waiting for the window gate and the rate limiter
    Sending,   ///< marked durably just before the POST; its outcome is not known yet
    Accepted,  ///< Meta answered with a wamid
    Sent,      ///< status webhook: sent
    Delivered, ///< status webhook: delivered
    Read,      ///< status webhook: read (or played)
    Failed,    ///< refused or failed for good: error code and remedy say why
    Uncertain, ///< the request may or may not have reached Meta; reconciled from status webhooks
    Discarded, ///< an uncertain send the agent chose not to resend
    Cancelled, ///< a queued send removed before it left (bulk cancel)
};

/// "queued", "sending", "accepted", "sent", "delivered", "read", "failed", "uncertain",
/// "discarded", "cancelled": the names stored in the outbox and used in logs.
QString outboxStateName(OutboxState state);
/// The state for a stored name; false when unknown.
bool outboxStateFromName(QStringView name, OutboxState* state);
/// True for states a send never leaves on its own (the agent or a status webhook may still
/// move failed/discarded/cancelled rows when Meta reports the message went out after all).
bool isFinalState(OutboxState state);

/// The limiter lane: agents' live replies go ahead of bulk template sends.
enum class OutboxLane : quint8 { Live, Bulk };
/// "live", "bulk": the names stored in the outbox and sent to the hub's relay as `X-Duet-Lane`.
QString outboxLaneName(OutboxLane lane);
/// The lane for a stored name; Live for anything but "bulk".
OutboxLane outboxLaneFromName(QStringView name);

/// Why a send failed without a Meta error code of its own (stored in error_reason).
namespace reason {
inline constexpr char kWindowClosed[] = "window_closed"; ///< refused by the window gate or 131047
inline constexpr char kMetaError[] = "meta_error";       ///< Meta refused it; error_code has the code
inline constexpr char kTooManyRetries[] = "too_many_retries";
} // namespace reason

/// The code Duet stores for a send the window gate refused (Meta's own code for the same).
constexpr int kWindowClosedCode = 131047;

/// A send to be written to the outbox. `body` is the complete Graph request body, built by
/// cloudapi::GraphRequestBuilder with `clientId` as its biz_opaque_callback_data.
struct OutboxDraft
{
    QString clientId;     ///< a UUID; also the request's biz_opaque_callback_data
    QString contact;      ///< the customer's number, digits only
    QString conversation; ///< the conversation it belongs to, or empty
    OutboxLane lane = OutboxLane::Live;
    QString kind;           ///< the Cloud API type: text, template, image, reaction, ...
    QJsonObject body;       ///< the request body
    qint64 bulkJob = 0;     ///< the bulk job it belongs to, 0 for none
    QString agent;          ///< who sent it
    QString text;           ///< what the customer reads when the body does not say it (a template's rendered text)
    QStringList parameters; ///< a campaign row's template parameters as the recipients file gave them
    qint64 dueAtMs = 0;     ///< a scheduled send: not handed to the limiter before this time; 0: at once
    /// Free-form: anything but a template (the window gate applies to it).
    bool isFreeForm() const { return kind != QLatin1String("template"); }
};

/// One outbox row as stored.
struct OutboxRow
{
    qint64 id = 0;
    QString clientId;
    QString contact;
    QString conversation;
    OutboxLane lane = OutboxLane::Live;
    QString kind;
    QByteArray body; ///< the request body, compact JSON
    OutboxState state = OutboxState::Queued;
    QString wamid;
    int errorCode = 0;   ///< Meta's code (or kWindowClosedCode); 0 when none
    QString errorReason; ///< one of reason::k*, empty when none
    QString remedy;      ///< untranslated remedy source text; translate with context "duet"
    int attempts = 0;    ///< POSTs made
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 lastAttemptAtMs = 0;  ///< when the last POST started, 0 before any
    qint64 uncertainSinceMs = 0; ///< when it became uncertain, 0 otherwise
    qint64 bulkJob = 0;
    QString agent;
    QString text;           ///< OutboxDraft::text; empty when the body says it all
    QStringList parameters; ///< OutboxDraft::parameters
    qint64 dueAtMs = 0;     ///< OutboxDraft::dueAtMs: when a scheduled send goes; 0 for an immediate one

    /// A queued send whose time has not come at `nowMs`.
    bool isScheduledAt(qint64 nowMs) const { return state == OutboxState::Queued && dueAtMs > nowMs; }
    bool isFreeForm() const { return kind != QLatin1String("template"); }
};

} // namespace duet::outbound
