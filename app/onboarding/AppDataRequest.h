// SPDX-License-Identifier: GPL-3.0-or-later
// The one-time request for the phone app's contacts and chat history: POST /{phone-number-id}/smb_app_data.
#pragma once

#include "GraphClient.h"

#include <functional>

namespace duet::onboarding {

/// Meta's answer to one smb_app_data request.
struct AppDataOutcome
{
    QString syncType; ///< smb_app_state_sync or history
    bool ok = false;
    QString requestId;        ///< Meta's request_id when it gave one
    cloudapi::ApiError error; ///< when !ok
};

/// How long after connecting the number the syncs may be requested (Meta: within 24 hours of
/// onboarding; later, the business must offboard and onboard again).
constexpr qint64 kSyncDeadlineSecs = 24 * 60 * 60;

/// Asks Meta once for `syncType` ("smb_app_state_sync": the phone app's contacts, then
/// smb_app_state_sync webhooks; "history": up to 180 days of chats, then history webhooks).
/// Meta allows each once per onboarding: the caller records that it asked before calling this,
/// and never calls it twice by accident (hub::Onboarding does both).
void requestAppData(GraphClient& graph, const QString& phoneNumberId, const QString& syncType,
                    std::function<void(const AppDataOutcome&)> done);

/// "address book" or "chat history" (translated).
QString syncTypeTitle(const QString& syncType);
/// What to do when Meta refused a sync request (translated): a repeated request, an expired
/// onboarding window, a token problem, or the general remedy.
QString appDataRemedy(const cloudapi::ApiError& error);

} // namespace duet::onboarding
