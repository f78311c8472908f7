// SPDX-License-Identifier: GPL-3.0-or-later
// Where connecting the number and importing the phone app's history and contacts stand, read from a store.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace duet::store {

/// One of the one-time sync requests (smb_app_data) as the log recorded it.
struct SyncRequestState
{
    QString syncType;         ///< smb_app_state_sync or history
    QString state;            ///< requesting (no answer known), requested (Meta took it), failed
    int attempts = 0;         ///< 1, or more after explicit repeats
    qint64 firstAtMs = 0;     ///< the first attempt
    qint64 lastAtMs = 0;      ///< the latest attempt or answer
    qint64 requestedAtMs = 0; ///< when Meta took it; 0: never
    QString requestId;
    int errorCode = 0; ///< failed: Meta's code (0: none, e.g. no answer)
    QString errorMessage;
    QString errorDetails;
    QString agent; ///< who asked (a supervisor's name, "setup", the single seat's "me")
    bool wasAccepted() const { return requestedAtMs > 0; }
};

/// The history chunks of one phase seen so far.
struct HistoryPhase
{
    int phase = 0;    ///< 0: day 0-1, 1: day 1-90, 2: day 90-180
    int chunks = 0;   ///< distinct chunks stored
    int progress = 0; ///< the highest progress (0-100) any of them carried
};

/// Everything a supervisor needs to see about the import, for one business number.
struct ImportStatus
{
    bool connected = false; ///< a `connected` onboarding event is in the log
    QString phoneNumberId;
    QString wabaId;
    QString displayPhoneNumber;
    QString verifiedName;
    bool onBusinessApp = true;
    qint64 connectedAtMs = 0;
    std::optional<SyncRequestState> contacts; ///< smb_app_state_sync; empty: never requested
    std::optional<SyncRequestState> history;
    QList<HistoryPhase> phases;   ///< by phase
    int chunks = 0;               ///< every history chunk stored
    int progress = 0;             ///< the highest progress of any chunk; 100: the whole history arrived
    bool historyDeclined = false; ///< the business turned history sharing off (2593109)
    int historyErrorCode = 0;
    int contactsImported = 0;     ///< customers with an address-book name from the phone app
    int historyConversations = 0; ///< conversations that have only history so far (status `history`)

    static constexpr qint64 kDeadlineMs = 24LL * 60 * 60 * 1000;
    /// Meta's deadline for the requests: 24 hours after the number was connected.
    qint64 deadlineMs() const { return connectedAtMs + kDeadlineMs; }
    /// Connected, on the Business app, and at least one sync never requested.
    bool needsRequest() const { return connected && onBusinessApp && (!contacts || !history); }
    bool historyComplete() const { return progress >= 100; }
};

/// Reads the import status of `phoneNumberId`, or of the most recently connected number when it
/// is empty. A store without the team tables, or with nothing connected, gives connected false
/// (and still counts the chunks and the decline the webhooks brought). False with *error on a
/// database error.
bool readImportStatus(QSqlDatabase db, const QString& phoneNumberId, ImportStatus* status, QString* error);

} // namespace duet::store
