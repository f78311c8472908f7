// SPDX-License-Identifier: GPL-3.0-or-later
// Turns one webhook POST body from Meta into Duet's ordered list of normalized events.
#pragma once

#include "core/Event.h"

#include <QByteArray>
#include <QList>

namespace duet::cloudapi {

/// The outcome of decoding one body. When the body as a whole cannot be read (not JSON, not an
/// object, too large, nested too deep) `failure` says why and `events` is empty; otherwise every
/// change and message yields exactly one event, in document order, and problems inside the body
/// become `invalid` or `unknown` events rather than failures.
struct DecodeResult
{
    enum class Failure { None, TooLarge, NotJson, NotObject, TooDeep };
    Failure failure = Failure::None;
    QString reason; ///< one line, for an administrator: what is wrong and where (a JSON path)
    QList<Event> events;
    bool ok() const { return failure == Failure::None; }
};

/// Decodes webhook bodies (docs/CLOUDAPI-CONTRACT.md, "Webhook payloads"). Stateless and thread-safe; never throws.
/// Usage: `const DecodeResult r = WebhookDecoder::decode(body); for (const Event& e : r.events) ...`
class WebhookDecoder
{
public:
    static constexpr qsizetype kMaxBodyBytes = 3 * 1024 * 1024; ///< Meta's documented payload limit
    static constexpr int kMaxDepth = 64;                        ///< deeper nesting is refused
    /// Elements decoded per JSON array (entries, changes, messages, threads, ...). Beyond it, one
    /// invalid event names the array. 3 MB holds at most about 15,000 real history messages.
    static constexpr qsizetype kMaxArrayItems = 20000;
    /// Events per body; past it, one last invalid event at "$" says the rest was not decoded.
    static constexpr qsizetype kMaxEvents = 50000;
    /// The longest business-scoped user id (BSUID) or parent BSUID accepted in any member
    /// (`user_id`, `from_user_id`, `recipient_parent_user_id`, ...). Meta's format is a two-letter
    /// country code, a period and at most 128 letters and digits ("US.13491208655302741918"); a
    /// parent BSUID puts "ENT." after the country. 160 holds both with room to spare, so a value
    /// longer than that is not an id Meta issued and must not become a customer's key.
    static constexpr qsizetype kMaxUserIdLength = 160;
    /// The longest username accepted, without its leading '@'. WhatsApp usernames are 3 to 35
    /// characters; the slack keeps a small rule change on Meta's side from losing messages.
    static constexpr qsizetype kMaxUsernameLength = 64;

    static DecodeResult decode(const QByteArray& body);
};

} // namespace duet::cloudapi
