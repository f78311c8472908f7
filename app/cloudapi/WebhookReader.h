// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the webhook decoder: JSON paths, typed field reads and the event sink it shares
// between the envelope walk (WebhookDecoder.cpp) and the per-item decoders (WebhookItems.cpp).
#pragma once

#include "JsonDom.h"
#include "WebhookDecoder.h"
#include "core/Event.h"

#include <QList>
#include <QString>

namespace duet::cloudapi::detail {

/// One step of a JSON path, chained to its parent on the stack; rendered only when an event
/// needs it ("$.entry[0].changes[1].value.messages[2]").
struct JsonPath
{
    const JsonPath* parent = nullptr;
    const char* key = nullptr; ///< the member name, or null for an array index
    qsizetype index = -1;

    JsonPath child(const char* name) const { return {this, name, -1}; }
    JsonPath at(qsizetype i) const { return {this, nullptr, i}; }
    QString toString() const;
};

/// Where decoded events go: enforces the per-body event limit.
class EventSink
{
public:
    explicit EventSink(QList<Event>* events)
        : m_events(events)
    {}
    void add(Event&& event);
    void invalid(const JsonPath& path, const QString& reason, const QString& phoneNumberId = {});
    bool isFull() const { return m_full; }
    /// Appends the final "too many events" marker when the limit was hit.
    void finish();

private:
    QList<Event>* m_events;
    bool m_full = false;
};

/// What every item of one change's value shares.
struct ValueContext
{
    QString phoneNumberId;  ///< metadata.phone_number_id; null when absent
    QString businessDigits; ///< metadata.display_phone_number, digits only
    JsonRef value;          ///< the value itself (its `errors` explain messages that lack their content)
    JsonRef contacts;       ///< value.contacts: names, usernames and ids of the customers its items name
    qint64 entryTime = 0;   ///< the entry's `time`, for items that carry no time of their own
    EventSink* sink = nullptr;
};

// Typed reads. Each returns false with a reason naming `name` when the member is present with
// the wrong type, or absent while required; an absent optional member leaves *out untouched.
bool readString(const JsonRef& o, QLatin1String key, const char* name, bool required, QString* out, QString* problem);
bool readObject(const JsonRef& o, QLatin1String key, const char* name, bool required, JsonRef* out, QString* problem);
bool readInt(const JsonRef& o, QLatin1String key, const char* name, bool required, int* out, QString* problem);
/// A Unix time in seconds, as a string of digits or as a number.
bool readTimestamp(const JsonRef& o, QLatin1String key, const char* name, bool required, qint64* out, QString* problem);
/// The code (and title, details) of the first element of an `errors` array, when there is one.
bool readFirstError(const JsonRef& o, const char* name, Event* event, QString* problem);

/// Digits only, without copying when the number is already digits only.
QString digitsOf(const QString& number);
/// The string as one of Duet's shared constants when it is a well-known word (a message type, a
/// status, an action), lower-cased when `lower`; otherwise its text (lower-cased when `lower`).
QString internedWord(const QString& word, bool lower);

/// Calls `fn(object, path)` for each element of `array` up to the per-array limit; non-objects and
/// the elements past the limit become invalid events.
template <typename Fn> void forEachObject(const JsonRef& array, const JsonPath& path, const ValueContext& ctx, Fn&& fn)
{
    const qsizetype count = array.size();
    const qsizetype n = qMin(count, WebhookDecoder::kMaxArrayItems);
    JsonRef item = array.first();
    for (qsizetype i = 0; i < n && !ctx.sink->isFull(); ++i, item = item.next()) {
        const JsonPath itemPath = path.at(i);
        if (!item.isObject()) {
            ctx.sink->invalid(itemPath, QStringLiteral("not an object"), ctx.phoneNumberId);
            continue;
        }
        fn(item, itemPath);
    }
    if (count > n && !ctx.sink->isFull()) {
        ctx.sink->invalid(
            path,
            QStringLiteral("%1 elements, over the limit of %2; the elements from index %2 on are not decoded")
                .arg(count)
                .arg(WebhookDecoder::kMaxArrayItems),
            ctx.phoneNumberId);
    }
}

/// The type-specific details of message `m` of type `type` as a compact JSON object
/// (docs/EVENTS.md, "Message details"); null when it has none. Never fails: members of the wrong
/// type are left out and named in the object's "problems".
QString messageDetails(const JsonRef& m, const QString& type);

// Item decoders (WebhookItems.cpp): each appends one event (or one invalid event).
void decodeInboundMessage(const JsonRef& m, const JsonPath& path, const ValueContext& ctx);
void decodeEcho(const JsonRef& m, const JsonPath& path, const ValueContext& ctx);
/// A history media follow-up (field "history"): value.messages[] (either direction, told apart by
/// `from`) or, with `echo`, value.message_echoes[] (the business's messages).
void decodeHistoryFollowUp(const JsonRef& m, const JsonPath& path, const ValueContext& ctx, bool echo);
void decodeStatus(const JsonRef& s, const JsonPath& path, const ValueContext& ctx);
void decodeStateSync(const JsonRef& s, const JsonPath& path, const ValueContext& ctx);
void decodeValueError(const JsonRef& e, const JsonPath& path, const ValueContext& ctx);
void decodeHistoryChunk(const JsonRef& chunk, const JsonPath& path, const ValueContext& ctx);
/// One item of the withdrawn `user_id_update` field: an identity_change event.
void decodeUserIdUpdate(const JsonRef& u, const JsonPath& path, const ValueContext& ctx);
/// One item of `user_preferences`: a preference event (a customer stopped or resumed marketing).
void decodeUserPreference(const JsonRef& u, const JsonPath& path, const ValueContext& ctx);
/// A `business_username_update(s)` value: an account event about the business's own username.
void decodeBusinessUsername(const JsonRef& value, const JsonPath& path, const ValueContext& ctx);

} // namespace duet::cloudapi::detail
