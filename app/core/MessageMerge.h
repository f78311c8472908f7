// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's merge rules as pure functions: how copies of one message, statuses and account
// events combine, whatever order they arrive in (docs/STORE.md).
#pragma once

#include "Event.h"

#include <QString>

namespace duet {

/// The content of one message as one source tells it (a live message, an echo, a history item),
/// or as merged from several.
struct MessageCopy
{
    bool outbound = false;
    QString origin;         ///< customer, agent, app, history
    bool live = false;      ///< a live copy (customer message, echo, agent send) is part of it
    bool inHistory = false; ///< a history copy is part of it
    qint64 timestamp = 0;
    QString type, text, contextWamid, mediaId, mimeType, filename;
    bool voice = false;
    bool referral = false;

    bool operator==(const MessageCopy& o) const;
    bool operator!=(const MessageCopy& o) const { return !(*this == o); }
};

/// The copy a message-like event carries.
MessageCopy messageCopyOf(const Event& event);

/// `have` merged with `incoming`. A live copy takes over what a history-only copy says (keeping
/// what it lacks); any other copy only fills what is still empty; real media replaces a
/// media_placeholder, never the reverse. merge(merge(a, b), c) gives the same for every order
/// of a, b and c, and merging a copy twice changes nothing.
MessageCopy mergeMessageCopies(const MessageCopy& have, const MessageCopy& incoming);

/// "customer", "app" or "history".
QString originName(Origin origin);

/// The rank statuses move forward by: pending 0 < sent 1 < delivered 2 < read 3 < played 4;
/// failed 9 is final; history's "error" counts as failed; -1 when unknown.
int statusRank(QStringView status);

/// Whether the event is the customer's own message, the only kind that moves the service
/// window (live messages of any type, inbound history items).
bool isCustomersOwnMessage(const Event& event);

/// The connection state an account_update event sets for the UI's banner: partner_removed,
/// offboarded, deleted, connected; null when the event does not change the connection.
QString connectionStateFor(QStringView accountEvent);

} // namespace duet
