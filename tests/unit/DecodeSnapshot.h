// SPDX-License-Identifier: GPL-3.0-or-later
// What the decoder tests share: a decode result as snapshot bytes, and the invariants every
// result must keep.
#pragma once

#include "cloudapi/WebhookDecoder.h"
#include "core/EventJson.h"

#include <QJsonDocument>

namespace duet::test {

/// The failure's name as .err snapshots spell it.
inline QByteArray failureName(cloudapi::DecodeResult::Failure failure)
{
    using F = cloudapi::DecodeResult::Failure;
    switch (failure) {
    case F::None:
        return "None";
    case F::TooLarge:
        return "TooLarge";
    case F::NotJson:
        return "NotJson";
    case F::NotObject:
        return "NotObject";
    case F::TooDeep:
        return "TooDeep";
    }
    return "?";
}

/// The events as `duet-hub decode` prints them: one compact JSON object per line.
inline QByteArray eventLines(const QList<Event>& events)
{
    QByteArray out;
    for (const Event& e : events)
        out += QJsonDocument(eventToJson(e)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

/// The snapshot of a result: its event lines, or (with *isFailure set) its failure name.
inline QByteArray snapshotOf(const cloudapi::DecodeResult& result, bool* isFailure)
{
    *isFailure = !result.ok();
    return result.ok() ? eventLines(result.events) : failureName(result.failure);
}

/// Checks what holds for any result, whatever the input: a failure has a reason and no events;
/// every event has a kind, a JSON form that reads back to the same event, the keys of its kind;
/// invalid events name a path from "$" and a reason. Returns an empty string or the first problem.
inline QString invariantProblem(const cloudapi::DecodeResult& result)
{
    if (!result.ok()) {
        if (result.reason.isEmpty())
            return QStringLiteral("failure without a reason");
        if (!result.events.isEmpty())
            return QStringLiteral("failure with events");
        return {};
    }
    if (result.events.size() > cloudapi::WebhookDecoder::kMaxEvents + 1)
        return QStringLiteral("more events than the limit");
    for (const Event& e : result.events) {
        const QJsonObject json = eventToJson(e);
        if (!json.value(QLatin1String("kind")).isString() || !json.contains(QLatin1String("phone_number_id")))
            return QStringLiteral("an event without kind or phone_number_id");
        Event back;
        if (!eventFromJson(json, &back) || !sameEvent(back, e))
            return QStringLiteral("an event that does not survive its JSON form: ") +
                   QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
        if (e.kind == EventKind::Invalid && (!e.path.startsWith(QLatin1Char('$')) || e.reason.isEmpty()))
            return QStringLiteral("an invalid event without path or reason");
        // Whoever the event is about is named by a number, a BSUID or a parent BSUID (or several).
        const bool namesCustomer = !e.contact.isEmpty() || !e.userId.isEmpty() || !e.parentUserId.isEmpty();
        if (e.isMessageLike() && (e.wamid.isEmpty() || e.type.isNull() || !namesCustomer || e.timestamp < 0))
            return QStringLiteral("a message without wamid, type, customer or timestamp");
        if (e.kind == EventKind::Status && (e.wamid.isEmpty() || e.status.isNull()))
            return QStringLiteral("a status without wamid or status");
        if ((e.kind == EventKind::Contact || e.kind == EventKind::IdentityChange) && !namesCustomer)
            return QStringLiteral("a contact or identity change that names no one");
        if (e.userId.size() > cloudapi::WebhookDecoder::kMaxUserIdLength ||
            e.parentUserId.size() > cloudapi::WebhookDecoder::kMaxUserIdLength ||
            e.previousUserId.size() > cloudapi::WebhookDecoder::kMaxUserIdLength ||
            e.previousParentUserId.size() > cloudapi::WebhookDecoder::kMaxUserIdLength ||
            e.username.size() > cloudapi::WebhookDecoder::kMaxUsernameLength)
            return QStringLiteral("an identifier over its length limit");
        if (e.contact.isEmpty() != e.contact.isNull() && e.kind != EventKind::Status)
            return QStringLiteral("an empty contact instead of a null one");
        if (e.kind == EventKind::Unknown && e.field.isNull())
            return QStringLiteral("an unknown event without field");
    }
    return {};
}

} // namespace duet::test
