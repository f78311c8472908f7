// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook decoder's item decoders: one message, echo, history message, status, contact sync
// item, value-level error or history chunk in, one event out (docs/EVENTS.md has the mapping).
#include "WebhookReader.h"

#include <QSet>
#include <QStringList>

namespace duet::cloudapi::detail {

namespace {

/// The member names of one media type, spelled out so that reasons need no allocation.
struct MediaKeys
{
    const char* type;
    const char* id;
    const char* mimeType;
    const char* caption;
    const char* filename;
    const char* voice;
};

constexpr MediaKeys kMediaKeys[] = {
    {"image", "image.id", "image.mime_type", "image.caption", "image.filename", "image.voice"},
    {"video", "video.id", "video.mime_type", "video.caption", "video.filename", "video.voice"},
    {"audio", "audio.id", "audio.mime_type", "audio.caption", "audio.filename", "audio.voice"},
    {"document", "document.id", "document.mime_type", "document.caption", "document.filename", "document.voice"},
    {"sticker", "sticker.id", "sticker.mime_type", "sticker.caption", "sticker.filename", "sticker.voice"},
};

const MediaKeys* mediaKeys(const QString& type)
{
    for (const MediaKeys& keys : kMediaKeys) {
        if (type == QLatin1String(keys.type))
            return &keys;
    }
    return nullptr;
}

/// The string member `key` of `o`, or null when absent or of another type (the message's details
/// name that problem; the message is kept).
QString lenientString(const JsonRef& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

/// A contacts message: every card's numbers (the wa_id when given, else the digits of `phone`;
/// each number once, in order), the cards' formatted names as the text, their vCards, and where
/// the share came from. `origin` sits on each card since May 2026 and on the message in Meta's
/// February form; the card's wins. A card or member of the wrong type is skipped (the details'
/// problems name it); the message is kept.
bool decodeSharedContacts(const JsonRef& m, Event* e, QString* problem)
{
    if (!readString(m, QLatin1String("origin"), "origin", false, &e->shareOrigin, problem))
        return false;
    const JsonRef cards = m.value(QLatin1String("contacts"));
    if (!cards.isArray())
        return true;
    QString cardOrigin;
    QStringList names;
    QStringList vcards;
    QSet<QString> seen;
    JsonRef card = cards.first();
    const qsizetype n = qMin(cards.size(), WebhookDecoder::kMaxArrayItems);
    for (qsizetype i = 0; i < n; ++i, card = card.next()) {
        if (!card.isObject())
            continue;
        const QString origin = lenientString(card, "origin");
        const QString vcard = lenientString(card, "vcard");
        const QString formatted = lenientString(card.value(QLatin1String("name")), "formatted_name");
        if (cardOrigin.isEmpty())
            cardOrigin = origin;
        if (!vcard.isEmpty())
            vcards << vcard;
        if (!formatted.isEmpty())
            names << formatted;
        const JsonRef phones = card.value(QLatin1String("phones"));
        if (!phones.isArray())
            continue;
        JsonRef phone = phones.first();
        const qsizetype count = qMin(phones.size(), WebhookDecoder::kMaxArrayItems);
        for (qsizetype j = 0; j < count; ++j, phone = phone.next()) {
            QString digits = digitsOf(lenientString(phone, "wa_id"));
            if (digits.isEmpty())
                digits = digitsOf(lenientString(phone, "phone"));
            if (!digits.isEmpty() && !seen.contains(digits)) {
                seen.insert(digits);
                e->sharedPhones << digits;
            }
        }
    }
    if (!cardOrigin.isEmpty())
        e->shareOrigin = cardOrigin;
    if (!vcards.isEmpty())
        e->vcard = vcards.join(QLatin1String("\r\n"));
    if (!names.isEmpty())
        e->text = names.join(QLatin1String(", "));
    return true;
}

/// Reads the `<type>` payload of a message (text, media, reaction, ...) into `e`.
bool decodeContent(const JsonRef& m, const QString& type, Event* e, QString* problem)
{
    if (type == QLatin1String("text")) {
        JsonRef text;
        return readObject(m, QLatin1String("text"), "text", true, &text, problem) &&
               readString(text, QLatin1String("body"), "text.body", true, &e->text, problem);
    }
    if (const MediaKeys* keys = mediaKeys(type)) {
        JsonRef media;
        if (!readObject(m, QLatin1String(keys->type), keys->type, true, &media, problem) ||
            !readString(media, QLatin1String("id"), keys->id, false, &e->mediaId, problem) ||
            !readString(media, QLatin1String("mime_type"), keys->mimeType, false, &e->mimeType, problem) ||
            !readString(media, QLatin1String("caption"), keys->caption, false, &e->text, problem) ||
            !readString(media, QLatin1String("filename"), keys->filename, false, &e->filename, problem))
            return false;
        const JsonRef voice = media.value(QLatin1String("voice"));
        if (!voice.isUndefined() && !voice.isBool()) {
            *problem = QStringLiteral("%1 is not a boolean").arg(QLatin1String(keys->voice));
            return false;
        }
        e->voice = voice.toBool(false);
        return true;
    }
    if (type == QLatin1String("reaction")) {
        JsonRef reaction;
        if (!readObject(m, QLatin1String("reaction"), "reaction", true, &reaction, problem) ||
            !readString(reaction, QLatin1String("message_id"), "reaction.message_id", true, &e->targetWamid, problem) ||
            !readString(reaction, QLatin1String("emoji"), "reaction.emoji", false, &e->emoji, problem))
            return false;
        if (e->emoji.isNull())
            e->emoji = QLatin1String(""); // a missing emoji removes the reaction, like an empty one
        return true;
    }
    if (type == QLatin1String("interactive") || type == QLatin1String("button")) {
        // The reply's title is the text; the id, payload and the rest are in the details. A
        // member of the wrong type is named among the details' problems; the message is kept.
        JsonRef payload;
        if (!readObject(m, QLatin1String(type == QLatin1String("button") ? "button" : "interactive"),
                        type == QLatin1String("button") ? "button" : "interactive", true, &payload, problem))
            return false;
        if (type == QLatin1String("button")) {
            e->text = lenientString(payload, "text");
            return true;
        }
        const JsonRef kind = payload.value(QLatin1String("type"));
        if (kind.equals(QLatin1String("button_reply")) || kind.equals(QLatin1String("list_reply")))
            e->text = lenientString(payload.value(QLatin1String(
                                        kind.equals(QLatin1String("button_reply")) ? "button_reply" : "list_reply")),
                                    "title");
        else if (kind.equals(QLatin1String("nfm_reply")))
            e->text = lenientString(payload.value(QLatin1String("nfm_reply")), "body");
        return true;
    }
    if (type == QLatin1String("edit")) {
        JsonRef edit;
        JsonRef inner;
        if (!readObject(m, QLatin1String("edit"), "edit", true, &edit, problem) ||
            !readString(edit, QLatin1String("original_message_id"), "edit.original_message_id", true, &e->targetWamid,
                        problem) ||
            !readObject(edit, QLatin1String("message"), "edit.message", false, &inner, problem))
            return false;
        QString innerType;
        if (!readString(inner, QLatin1String("type"), "edit.message.type", false, &innerType, problem))
            return false;
        if (innerType.isNull() || innerType == QLatin1String("edit"))
            return true;
        Event edited;
        if (!decodeContent(inner, innerType, &edited, problem)) {
            problem->prepend(QLatin1String("edit.message."));
            return false;
        }
        e->text = edited.text;
        e->mediaId = edited.mediaId;
        e->mimeType = edited.mimeType;
        e->filename = edited.filename;
        return true;
    }
    if (type == QLatin1String("revoke")) {
        JsonRef revoke;
        return readObject(m, QLatin1String("revoke"), "revoke", true, &revoke, problem) &&
               readString(revoke, QLatin1String("original_message_id"), "revoke.original_message_id", true,
                          &e->targetWamid, problem);
    }
    if (type == QLatin1String("system")) {
        JsonRef system;
        return readObject(m, QLatin1String("system"), "system", false, &system, problem) &&
               readString(system, QLatin1String("body"), "system.body", false, &e->text, problem);
    }
    if (type == QLatin1String("order")) {
        const QString text = lenientString(m.value(QLatin1String("order")), "text");
        if (!text.isEmpty())
            e->text = text;
        return true;
    }
    if (type == QLatin1String("location")) {
        // The place's name and address as the text (what search and previews read); the
        // coordinates are in the details.
        const JsonRef location = m.value(QLatin1String("location"));
        QStringList parts;
        for (const char* key : {"name", "address"}) {
            const QString part = lenientString(location, key).simplified();
            if (!part.isEmpty())
                parts << part;
        }
        if (!parts.isEmpty())
            e->text = parts.join(QLatin1String(", "));
        return true;
    }
    if (type == QLatin1String("contacts"))
        return decodeSharedContacts(m, e, problem);
    // unsupported, media_placeholder and types Duet does not know yet keep their type
    // and nothing else.
    return true;
}

/// The types whose payload object Duet reads and requires; a message of one of these types that
/// comes without it, next to an `errors` array of the value, is one Meta could not deliver.
bool needsContent(const QString& type)
{
    return mediaKeys(type) || type == QLatin1String("text") || type == QLatin1String("reaction") ||
           type == QLatin1String("interactive") || type == QLatin1String("button") || type == QLatin1String("edit") ||
           type == QLatin1String("revoke");
}

/// The members every message-like item shares: id, timestamp, type, context, referral, errors and
/// the type's payload. A message that carries Meta's `errors` instead of its payload (type
/// "unsupported", or any type whose object is missing) is kept as unsupported with the error,
/// so the thread shows that something arrived.
bool decodeCommon(const JsonRef& m, const ValueContext& ctx, Event* e, QString* problem)
{
    if (!readString(m, QLatin1String("id"), "id", true, &e->wamid, problem) ||
        !readTimestamp(m, QLatin1String("timestamp"), "timestamp", true, &e->timestamp, problem) ||
        !readString(m, QLatin1String("type"), "type", true, &e->type, problem))
        return false;
    e->type = internedWord(e->type, false);
    if (e->wamid.isEmpty()) {
        *problem = QStringLiteral("id is empty");
        return false;
    }
    JsonRef context;
    if (!readObject(m, QLatin1String("context"), "context", false, &context, problem) ||
        !readString(context, QLatin1String("id"), "context.id", false, &e->contextWamid, problem))
        return false;
    const JsonRef referral = m.value(QLatin1String("referral"));
    if (!referral.isUndefined() && !referral.isObject()) {
        *problem = QStringLiteral("referral is not an object");
        return false;
    }
    e->referral = referral.isObject();
    if (!readFirstError(m, "errors", e, problem))
        return false;
    const JsonRef errors = m.value(QLatin1String("errors"));
    const bool carriesErrors = errors.isArray() && errors.size() > 0;
    const QByteArray typeKey = e->type.toLatin1();
    const bool contentMissing = m.value(QLatin1String(typeKey)).isUndefined();
    const JsonRef valueErrors = ctx.value.value(QLatin1String("errors"));
    const bool valueHasErrors = valueErrors.isArray() && valueErrors.size() > 0;
    if (e->type == QLatin1String("unsupported") ||
        (contentMissing && (carriesErrors || (valueHasErrors && needsContent(e->type))))) {
        e->unsupported = true;
        if (!carriesErrors && valueHasErrors) {
            QString ignored; // the value's error is also its own error event, checked there
            readFirstError(ctx.value, "errors", e, &ignored);
        }
        return true;
    }
    if (!decodeContent(m, e->type, e, problem))
        return false;
    e->details = messageDetails(m, e->type);
    return true;
}

Event messageEvent(EventKind kind, const ValueContext& ctx)
{
    Event e;
    e.kind = kind;
    e.phoneNumberId = ctx.phoneNumberId;
    return e;
}

// Identity ------------------------------------------------------------------------------------------

/// The identifiers of the customer an item names, each only when Meta sent it.
struct Identity
{
    QString phone;        ///< digits only
    QString userId;       ///< the BSUID, opaque
    QString parentUserId; ///< the parent BSUID
    QString username;     ///< without its leading '@'

    /// True when nothing identifies the customer (a username alone is display data, never a key).
    bool isEmpty() const { return phone.isEmpty() && userId.isEmpty() && parentUserId.isEmpty(); }

    static void fillOne(QString* slot, const QString& value)
    {
        if (slot->isEmpty() && !value.isEmpty())
            *slot = value;
    }
    /// Takes the other's identifiers where this one has none.
    void fill(const Identity& other)
    {
        fillOne(&phone, other.phone);
        fillOne(&userId, other.userId);
        fillOne(&parentUserId, other.parentUserId);
        fillOne(&username, other.username);
    }
    void applyTo(Event* e) const
    {
        if (!phone.isEmpty())
            e->contact = phone;
        if (!userId.isEmpty())
            e->userId = userId;
        if (!parentUserId.isEmpty())
            e->parentUserId = parentUserId;
        if (!username.isEmpty())
            e->username = username;
    }
};

QString tooLong(const QString& name, qsizetype limit)
{
    return QStringLiteral("%1 is longer than %2 characters").arg(name).arg(limit);
}

/// Reads an optional BSUID member into *out unless *out is already set, so that the first of
/// several spellings of one field wins. "" counts as absent (Meta leaves out what it cannot
/// share); a value longer than kMaxUserIdLength is refused.
bool readUserId(const JsonRef& o, QLatin1String key, const char* name, QString* out, QString* problem)
{
    QString value;
    if (!readString(o, key, name, false, &value, problem))
        return false;
    if (value.size() > WebhookDecoder::kMaxUserIdLength) {
        *problem = tooLong(QLatin1String(name), WebhookDecoder::kMaxUserIdLength);
        return false;
    }
    Identity::fillOne(out, value);
    return true;
}

/// A username as Duet keeps it: without the leading '@' some of Meta's examples show.
QString usernameOf(const QString& raw)
{
    return raw.startsWith(QLatin1Char('@')) ? raw.mid(1) : raw;
}

bool readUsername(const JsonRef& o, QLatin1String key, const char* name, QString* out, QString* problem)
{
    QString value;
    if (!readString(o, key, name, false, &value, problem))
        return false;
    value = usernameOf(value);
    if (value.size() > WebhookDecoder::kMaxUsernameLength) {
        *problem = tooLong(QLatin1String(name), WebhookDecoder::kMaxUsernameLength);
        return false;
    }
    Identity::fillOne(out, value);
    return true;
}

/// Reads an optional phone member as digits into *out unless *out is already set. A value with
/// no digit at all (a placeholder) counts as no phone and sets *noDigits, for the reason given
/// when nothing else identifies the customer.
bool readPhone(const JsonRef& o, QLatin1String key, const char* name, QString* out, bool* noDigits, QString* problem)
{
    QString value;
    if (!readString(o, key, name, false, &value, problem))
        return false;
    if (value.isNull())
        return true;
    const QString digits = digitsOf(value);
    if (digits.isEmpty())
        *noDigits = true;
    Identity::fillOne(out, digits);
    return true;
}

/// What value.contacts[] says about the customer `who` names: the first entry whose wa_id,
/// user_id or parent_user_id equals one of who's fills what the item left out (the phone only
/// with `takePhone`) and gives the profile name. Members of the wrong type are ignored, since the
/// block only adds to what the item says; an oversized id or username refuses the item as it
/// would on the item itself.
bool matchContact(const ValueContext& ctx, Identity* who, bool takePhone, QString* name, QString* problem)
{
    const JsonRef contacts = ctx.contacts;
    if (contacts.size() == 0 || who->isEmpty())
        return true;
    JsonRef c = contacts.first();
    const qsizetype n = qMin(contacts.size(), WebhookDecoder::kMaxArrayItems);
    for (qsizetype i = 0; i < n; ++i, c = c.next()) {
        if (!c.isObject())
            continue;
        Identity found;
        found.phone = digitsOf(c.value(QLatin1String("wa_id")).toString());
        found.userId = c.value(QLatin1String("user_id")).toString();
        found.parentUserId = c.value(QLatin1String("parent_user_id")).toString();
        const bool match = (!who->phone.isEmpty() && found.phone == who->phone) ||
                           (!who->userId.isEmpty() && found.userId == who->userId) ||
                           (!who->parentUserId.isEmpty() && found.parentUserId == who->parentUserId);
        if (!match)
            continue;
        const JsonRef profile = c.value(QLatin1String("profile"));
        found.username = usernameOf(profile.value(QLatin1String("username")).toString());
        const QString at = QStringLiteral("contacts[%1].").arg(i);
        if (found.userId.size() > WebhookDecoder::kMaxUserIdLength) {
            *problem = tooLong(at + QLatin1String("user_id"), WebhookDecoder::kMaxUserIdLength);
            return false;
        }
        if (found.parentUserId.size() > WebhookDecoder::kMaxUserIdLength) {
            *problem = tooLong(at + QLatin1String("parent_user_id"), WebhookDecoder::kMaxUserIdLength);
            return false;
        }
        if (found.username.size() > WebhookDecoder::kMaxUsernameLength) {
            *problem = tooLong(at + QLatin1String("profile.username"), WebhookDecoder::kMaxUsernameLength);
            return false;
        }
        if (!takePhone)
            found.phone.clear();
        who->fill(found);
        if (name)
            *name = profile.value(QLatin1String("name")).toString();
        return true;
    }
    return true;
}

/// The reason an item names no customer: its phone member was a placeholder without digits, or
/// neither it nor its BSUID member is there.
QString noCustomer(bool noDigits, const char* phoneName, const char* userIdName)
{
    if (noDigits)
        return QStringLiteral("%1 has no digits").arg(QLatin1String(phoneName));
    return QStringLiteral("%1 and %2 are missing").arg(QLatin1String(phoneName), QLatin1String(userIdName));
}

// Number and BSUID changes ----------------------------------------------------------------------------

/// A `system` message that reports a new number or a new BSUID.
bool isIdentityChange(const JsonRef& m)
{
    if (!m.value(QLatin1String("type")).equals(QLatin1String("system")))
        return false;
    const JsonRef type = m.value(QLatin1String("system")).value(QLatin1String("type"));
    return type.equals(QLatin1String("user_changed_number")) || type.equals(QLatin1String("user_changed_user_id"));
}

/// One side of "changed from <OLD> to <NEW>", without the direction marks Meta puts around numbers.
QString changeToken(QStringView text)
{
    QString token;
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Format)
            token += c;
    }
    return token.trimmed();
}

/// Meta's system body, "User <NAME> changed from <OLD> to <NEW>": the name, the old and the new
/// identifier, each null when the body does not follow that template.
struct ChangeText
{
    QString name;
    QString from;
    QString to;
};

ChangeText parseChangeText(const QString& body)
{
    ChangeText t;
    const QLatin1String changed(" changed from ");
    const qsizetype at = body.indexOf(changed);
    if (at < 0)
        return t;
    const qsizetype start = at + changed.size();
    const qsizetype to = body.indexOf(QLatin1String(" to "), start);
    if (to < 0)
        return t;
    const QLatin1String user("User ");
    if (body.startsWith(user) && at > user.size())
        t.name = body.mid(user.size(), at - user.size()).trimmed();
    t.from = changeToken(QStringView(body).mid(start, to - start));
    t.to = changeToken(QStringView(body).mid(to + 4));
    return t;
}

/// Puts an identifier read from the body into `side` where it has none of that kind and `other`
/// does not hold it already: a value with a period is a BSUID, digits are a number.
void takeFromText(const QString& token, Identity* side, const Identity& other)
{
    if (token.isEmpty() || token.size() > WebhookDecoder::kMaxUserIdLength)
        return;
    if (token.contains(QLatin1Char('.'))) {
        if (token != other.userId && token != other.parentUserId)
            Identity::fillOne(token.contains(QLatin1String(".ENT.")) ? &side->parentUserId : &side->userId, token);
        return;
    }
    for (const QChar c : token) {
        if (c.isLetter())
            return; // a name or words, not a number
    }
    const QString digits = digitsOf(token);
    if (digits != other.phone)
        Identity::fillOne(&side->phone, digits);
}

/// A `user_changed_number` or `user_changed_user_id` system message. Two models exist: the one of
/// May-June 2026 puts the new number and BSUIDs in `system` (wa_id, user_id, parent_user_id) and
/// the old BSUID only in the body; the one of August 2026 adds `system.previous_user_id` and
/// `previous_parent_user_id`. Older payloads put the new number in `system.new_wa_id`. The old
/// number is the message's `from`. `sender` holds the message's own identifiers. False (and
/// nothing added) when the message names no new identifier: it is then an ordinary system message.
bool decodeSystemChange(const JsonRef& m, const JsonPath& path, const ValueContext& ctx, const Identity& sender)
{
    Event e;
    e.kind = EventKind::IdentityChange;
    e.phoneNumberId = ctx.phoneNumberId;
    QString problem;
    JsonRef system;
    Identity now;
    Identity before;
    bool noDigits = false;
    if (!readString(m, QLatin1String("id"), "id", true, &e.wamid, &problem) ||
        !readTimestamp(m, QLatin1String("timestamp"), "timestamp", true, &e.timestamp, &problem) ||
        !readObject(m, QLatin1String("system"), "system", true, &system, &problem) ||
        !readString(system, QLatin1String("type"), "system.type", true, &e.type, &problem) ||
        !readString(system, QLatin1String("body"), "system.body", false, &e.text, &problem) ||
        !readPhone(system, QLatin1String("wa_id"), "system.wa_id", &now.phone, &noDigits, &problem) ||
        !readPhone(system, QLatin1String("new_wa_id"), "system.new_wa_id", &now.phone, &noDigits, &problem) ||
        !readUserId(system, QLatin1String("user_id"), "system.user_id", &now.userId, &problem) ||
        !readUserId(system, QLatin1String("parent_user_id"), "system.parent_user_id", &now.parentUserId, &problem) ||
        !readUserId(system, QLatin1String("previous_user_id"), "system.previous_user_id", &before.userId, &problem) ||
        !readUserId(system, QLatin1String("previous_parent_user_id"), "system.previous_parent_user_id",
                    &before.parentUserId, &problem)) {
        ctx.sink->invalid(path, problem, ctx.phoneNumberId);
        return true;
    }
    // The sender's ids are the customer's before the change, unless Meta already sends the new ones.
    if (sender.phone != now.phone)
        Identity::fillOne(&before.phone, sender.phone);
    if (sender.userId != now.userId)
        Identity::fillOne(&before.userId, sender.userId);
    if (sender.parentUserId != now.parentUserId)
        Identity::fillOne(&before.parentUserId, sender.parentUserId);
    const ChangeText text = parseChangeText(e.text);
    takeFromText(text.to, &now, before);
    takeFromText(text.from, &before, now);
    if (now.isEmpty())
        return false;
    if (e.wamid.isEmpty()) {
        ctx.sink->invalid(path, QStringLiteral("id is empty"), ctx.phoneNumberId);
        return true;
    }
    // System messages come without a contacts block in Meta's reference; when one is there, its
    // entry for either side gives the name and username.
    Identity probe = before;
    probe.fill(now);
    QString name;
    if (!matchContact(ctx, &probe, false, &name, &problem)) {
        ctx.sink->invalid(path, problem, ctx.phoneNumberId);
        return true;
    }
    e.name = !name.isEmpty() ? name : text.name.isEmpty() ? QString() : text.name;
    now.username = probe.username;
    now.applyTo(&e);
    if (!before.phone.isEmpty())
        e.previousContact = before.phone;
    if (!before.userId.isEmpty())
        e.previousUserId = before.userId;
    if (!before.parentUserId.isEmpty())
        e.previousParentUserId = before.parentUserId;
    ctx.sink->add(std::move(e));
    return true;
}

/// Both parties of a history message as it names them (`from*` and `to*` members).
struct HistoryParties
{
    Identity from;
    Identity to;
    bool fromNoDigits = false;
    bool toNoDigits = false;
};

bool readHistoryParties(const JsonRef& m, HistoryParties* p, QString* problem)
{
    return readPhone(m, QLatin1String("from"), "from", &p->from.phone, &p->fromNoDigits, problem) &&
           readUserId(m, QLatin1String("from_user_id"), "from_user_id", &p->from.userId, problem) &&
           readUserId(m, QLatin1String("from_parent_user_id"), "from_parent_user_id", &p->from.parentUserId, problem) &&
           readPhone(m, QLatin1String("to"), "to", &p->to.phone, &p->toNoDigits, problem) &&
           readUserId(m, QLatin1String("to_user_id"), "to_user_id", &p->to.userId, problem) &&
           readUserId(m, QLatin1String("to_parent_user_id"), "to_parent_user_id", &p->to.parentUserId, problem);
}

/// One history message: in a thread (`thread` holds the thread's customer) or a media follow-up
/// (`thread` null; `echo` for value.message_echoes[], always the business's).
void decodeHistoryItem(const JsonRef& m, const JsonPath& path, const ValueContext& ctx, const Identity* thread,
                       bool echo)
{
    Event e = messageEvent(EventKind::History, ctx);
    QString problem;
    const JsonRef fromMe = m.value(QLatin1String("from_me"));
    if (!fromMe.isUndefined() && !fromMe.isBool())
        return ctx.sink->invalid(path, QStringLiteral("from_me is not a boolean"), ctx.phoneNumberId);
    HistoryParties parties;
    if (!readHistoryParties(m, &parties, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    // A business message always names the business number in `from`; a message without `from`
    // is the customer's, whose number Meta withholds.
    e.outbound =
        echo || fromMe.toBool(false) || (!parties.from.phone.isEmpty() && parties.from.phone == ctx.businessDigits);
    // The customer is the thread's, completed by the message's own ids: the sender of an inbound
    // message, the recipient of an outbound one. Meta describes `from_user_id` on history
    // messages as the user's BSUID in either direction.
    Identity who = thread ? *thread : Identity();
    if (e.outbound) {
        who.fill(parties.to);
        Identity userIds = parties.from;
        userIds.phone.clear(); // the business number
        who.fill(userIds);
    } else {
        who.fill(parties.from);
    }
    if (!matchContact(ctx, &who, true, nullptr, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (who.isEmpty()) {
        return ctx.sink->invalid(path,
                                 e.outbound ? noCustomer(parties.toNoDigits, "to", "to_user_id") +
                                                  QLatin1String(" on a message from the business")
                                            : noCustomer(parties.fromNoDigits, "from", "from_user_id"),
                                 ctx.phoneNumberId);
    }
    if (!decodeCommon(m, ctx, &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    JsonRef historyContext;
    if (!readObject(m, QLatin1String("history_context"), "history_context", false, &historyContext, &problem) ||
        !readString(historyContext, QLatin1String("status"), "history_context.status", false, &e.historyStatus,
                    &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (!e.historyStatus.isNull())
        e.historyStatus = internedWord(e.historyStatus, true);
    who.applyTo(&e);
    ctx.sink->add(std::move(e));
}

} // namespace

void decodeInboundMessage(const JsonRef& m, const JsonPath& path, const ValueContext& ctx)
{
    QString problem;
    Identity who;
    bool noDigits = false;
    if (!readPhone(m, QLatin1String("from"), "from", &who.phone, &noDigits, &problem) ||
        !readUserId(m, QLatin1String("from_user_id"), "from_user_id", &who.userId, &problem) ||
        !readUserId(m, QLatin1String("from_parent_user_id"), "from_parent_user_id", &who.parentUserId, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    // A number or BSUID change is one identity_change event and no message: the store shows it as
    // a quiet row in the thread.
    if (isIdentityChange(m) && decodeSystemChange(m, path, ctx, who))
        return;
    QString name;
    if (!matchContact(ctx, &who, true, &name, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (who.isEmpty())
        return ctx.sink->invalid(path, noCustomer(noDigits, "from", "from_user_id"), ctx.phoneNumberId);
    Event e = messageEvent(EventKind::Message, ctx);
    if (!decodeCommon(m, ctx, &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    who.applyTo(&e);
    if (!name.isEmpty())
        e.name = name;
    ctx.sink->add(std::move(e));
}

void decodeEcho(const JsonRef& m, const JsonPath& path, const ValueContext& ctx)
{
    QString problem;
    Identity who;
    bool noDigits = false;
    if (!readPhone(m, QLatin1String("to"), "to", &who.phone, &noDigits, &problem) ||
        !readUserId(m, QLatin1String("to_user_id"), "to_user_id", &who.userId, &problem) ||
        !readUserId(m, QLatin1String("to_parent_user_id"), "to_parent_user_id", &who.parentUserId, &problem) ||
        !matchContact(ctx, &who, true, nullptr, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (who.isEmpty())
        return ctx.sink->invalid(path, noCustomer(noDigits, "to", "to_user_id"), ctx.phoneNumberId);
    Event e = messageEvent(EventKind::Echo, ctx);
    e.outbound = true;
    if (!decodeCommon(m, ctx, &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    who.applyTo(&e);
    ctx.sink->add(std::move(e));
}

void decodeHistoryFollowUp(const JsonRef& m, const JsonPath& path, const ValueContext& ctx, bool echo)
{
    decodeHistoryItem(m, path, ctx, nullptr, echo);
}

void decodeStatus(const JsonRef& s, const JsonPath& path, const ValueContext& ctx)
{
    Event e;
    e.kind = EventKind::Status;
    e.phoneNumberId = ctx.phoneNumberId;
    QString problem;
    QString recipient;
    QString recipientType;
    Identity who;
    JsonRef pricing;
    // The parent BSUID's member was renamed twice in 2026: parent_user_id (one February example),
    // parent_recipient_user_id (until May 5), recipient_parent_user_id.
    if (!readString(s, QLatin1String("id"), "id", true, &e.wamid, &problem) ||
        !readString(s, QLatin1String("status"), "status", true, &e.status, &problem) ||
        !readTimestamp(s, QLatin1String("timestamp"), "timestamp", true, &e.timestamp, &problem) ||
        !readString(s, QLatin1String("recipient_id"), "recipient_id", false, &recipient, &problem) ||
        !readString(s, QLatin1String("recipient_type"), "recipient_type", false, &recipientType, &problem) ||
        !readUserId(s, QLatin1String("recipient_user_id"), "recipient_user_id", &who.userId, &problem) ||
        !readUserId(s, QLatin1String("recipient_parent_user_id"), "recipient_parent_user_id", &who.parentUserId,
                    &problem) ||
        !readUserId(s, QLatin1String("parent_recipient_user_id"), "parent_recipient_user_id", &who.parentUserId,
                    &problem) ||
        !readUserId(s, QLatin1String("parent_user_id"), "parent_user_id", &who.parentUserId, &problem) ||
        !readString(s, QLatin1String("biz_opaque_callback_data"), "biz_opaque_callback_data", false, &e.callback,
                    &problem) ||
        !readObject(s, QLatin1String("pricing"), "pricing", false, &pricing, &problem) ||
        !readString(pricing, QLatin1String("type"), "pricing.type", false, &e.pricingType, &problem) ||
        !readString(pricing, QLatin1String("category"), "pricing.category", false, &e.pricingCategory, &problem) ||
        !readString(pricing, QLatin1String("pricing_model"), "pricing.pricing_model", false, &e.pricingModel,
                    &problem) ||
        !readFirstError(s, "errors", &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    // billable is a boolean; anything else leaves it unknown rather than losing the status.
    if (const JsonRef billable = pricing.value(QLatin1String("billable")); billable.isBool())
        e.billable = billable.toBool() ? 1 : 0;
    if (!e.pricingType.isNull())
        e.pricingType = internedWord(e.pricingType, true);
    if (!e.pricingCategory.isNull())
        e.pricingCategory = internedWord(e.pricingCategory, true);
    if (!e.pricingModel.isNull())
        e.pricingModel = e.pricingModel.toUpper();
    if (e.wamid.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("id is empty"), ctx.phoneNumberId);
    e.status = internedWord(e.status, true);
    if (recipientType.compare(QLatin1String("group"), Qt::CaseInsensitive) == 0) {
        // A send to a group: recipient_id is the group, which is what Duet sent to; the
        // participants' ids in the status are not a customer of this conversation.
        if (recipient.isNull())
            return ctx.sink->invalid(path, QStringLiteral("recipient_id is missing"), ctx.phoneNumberId);
        e.contact = digitsOf(recipient);
        return ctx.sink->add(std::move(e));
    }
    bool noDigits = false;
    if (!recipient.isNull()) {
        const QString digits = digitsOf(recipient);
        noDigits = digits.isEmpty();
        who.phone = digits;
    }
    // The contacts block gives the username (and the BSUIDs a status may lack); the number comes
    // only from recipient_id, the address the message went to.
    if (!matchContact(ctx, &who, false, nullptr, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (who.isEmpty())
        return ctx.sink->invalid(path, noCustomer(noDigits, "recipient_id", "recipient_user_id"), ctx.phoneNumberId);
    who.applyTo(&e);
    ctx.sink->add(std::move(e));
}

void decodeStateSync(const JsonRef& s, const JsonPath& path, const ValueContext& ctx)
{
    QString problem;
    QString type;
    if (!readString(s, QLatin1String("type"), "type", true, &type, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (type != QLatin1String("contact")) {
        Event e;
        e.kind = EventKind::Unknown;
        e.phoneNumberId = ctx.phoneNumberId;
        e.field = QStringLiteral("smb_app_state_sync");
        e.path = path.toString();
        e.reason = QStringLiteral("state_sync type \"%1\" is not handled").arg(type);
        return ctx.sink->add(std::move(e));
    }
    Event e;
    e.kind = EventKind::Contact;
    e.phoneNumberId = ctx.phoneNumberId;
    JsonRef contact;
    JsonRef metadata;
    Identity who;
    bool noDigits = false;
    QString fullName;
    QString firstName;
    if (!readObject(s, QLatin1String("contact"), "contact", true, &contact, &problem) ||
        !readPhone(contact, QLatin1String("phone_number"), "contact.phone_number", &who.phone, &noDigits, &problem) ||
        !readUserId(contact, QLatin1String("user_id"), "contact.user_id", &who.userId, &problem) ||
        !readUserId(contact, QLatin1String("parent_user_id"), "contact.parent_user_id", &who.parentUserId, &problem) ||
        !readUsername(contact, QLatin1String("username"), "contact.username", &who.username, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (who.isEmpty())
        return ctx.sink->invalid(path, noCustomer(noDigits, "contact.phone_number", "contact.user_id"),
                                 ctx.phoneNumberId);
    if (!readString(contact, QLatin1String("full_name"), "contact.full_name", false, &fullName, &problem) ||
        !readString(contact, QLatin1String("first_name"), "contact.first_name", false, &firstName, &problem) ||
        !readString(s, QLatin1String("action"), "action", true, &e.action, &problem) ||
        !readObject(s, QLatin1String("metadata"), "metadata", true, &metadata, &problem) ||
        !readTimestamp(metadata, QLatin1String("timestamp"), "metadata.timestamp", true, &e.timestamp, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    e.action = internedWord(e.action, false);
    e.name = !fullName.isEmpty() ? fullName : firstName;
    who.applyTo(&e);
    ctx.sink->add(std::move(e));
}

void decodeValueError(const JsonRef& error, const JsonPath& path, const ValueContext& ctx)
{
    Event e;
    e.kind = EventKind::Error;
    e.phoneNumberId = ctx.phoneNumberId;
    QString problem;
    if (!readInt(error, QLatin1String("code"), "code", true, &e.errorCode, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (!readString(error, QLatin1String("title"), "title", false, &e.errorTitle, &problem) || e.errorTitle.isNull())
        readString(error, QLatin1String("message"), "message", false, &e.errorTitle, &problem);
    JsonRef data;
    if (readObject(error, QLatin1String("error_data"), "error_data", false, &data, &problem))
        readString(data, QLatin1String("details"), "details", false, &e.errorDetails, &problem);
    ctx.sink->add(std::move(e));
}

void decodeHistoryChunk(const JsonRef& chunk, const JsonPath& path, const ValueContext& ctx)
{
    QString problem;
    const JsonRef errors = chunk.value(QLatin1String("errors"));
    if (!errors.isUndefined()) {
        // The declined form: history sharing is off (2593109) or another chunk-level error.
        Event e;
        e.kind = EventKind::HistoryDeclined;
        e.phoneNumberId = ctx.phoneNumberId;
        if (!readFirstError(chunk, "errors", &e, &problem))
            return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
        if (e.errorCode == 0)
            return ctx.sink->invalid(path, QStringLiteral("errors is empty"), ctx.phoneNumberId);
        return ctx.sink->add(std::move(e));
    }

    JsonRef metadata;
    Event progress;
    progress.kind = EventKind::HistoryProgress;
    progress.phoneNumberId = ctx.phoneNumberId;
    if (!readObject(chunk, QLatin1String("metadata"), "metadata", true, &metadata, &problem) ||
        !readInt(metadata, QLatin1String("phase"), "metadata.phase", true, &progress.phase, &problem) ||
        !readInt(metadata, QLatin1String("chunk_order"), "metadata.chunk_order", true, &progress.chunkOrder,
                 &problem) ||
        !readInt(metadata, QLatin1String("progress"), "metadata.progress", true, &progress.progress, &problem))
        ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    else
        ctx.sink->add(std::move(progress));

    const JsonRef threads = chunk.value(QLatin1String("threads"));
    if (threads.isUndefined())
        return; // a chunk may carry progress alone
    const JsonPath threadsPath = path.child("threads");
    if (!threads.isArray())
        return ctx.sink->invalid(threadsPath, QStringLiteral("not an array"), ctx.phoneNumberId);
    forEachObject(threads, threadsPath, ctx, [&](const JsonRef& thread, const JsonPath& threadPath) {
        // The thread's customer: `id` is the number, absent when Meta withholds it; `context`
        // (2026) carries wa_id, user_id, parent_user_id and username.
        QString reason;
        Identity who;
        bool noDigits = false;
        JsonRef context;
        if (!readPhone(thread, QLatin1String("id"), "id", &who.phone, &noDigits, &reason) ||
            !readObject(thread, QLatin1String("context"), "context", false, &context, &reason) ||
            !readPhone(context, QLatin1String("wa_id"), "context.wa_id", &who.phone, &noDigits, &reason) ||
            !readUserId(context, QLatin1String("user_id"), "context.user_id", &who.userId, &reason) ||
            !readUserId(context, QLatin1String("parent_user_id"), "context.parent_user_id", &who.parentUserId,
                        &reason) ||
            !readUsername(context, QLatin1String("username"), "context.username", &who.username, &reason))
            return ctx.sink->invalid(threadPath, reason, ctx.phoneNumberId);
        if (who.isEmpty()) {
            return ctx.sink->invalid(threadPath,
                                     noDigits ? QStringLiteral("id has no digits")
                                              : QStringLiteral("id, context.wa_id and context.user_id are missing"),
                                     ctx.phoneNumberId);
        }
        const JsonRef messages = thread.value(QLatin1String("messages"));
        const JsonPath messagesPath = threadPath.child("messages");
        if (!messages.isArray()) {
            return ctx.sink->invalid(messages.isUndefined() ? threadPath : messagesPath,
                                     messages.isUndefined() ? QStringLiteral("messages is missing")
                                                            : QStringLiteral("not an array"),
                                     ctx.phoneNumberId);
        }
        forEachObject(messages, messagesPath, ctx,
                      [&](const JsonRef& m, const JsonPath& mPath) { decodeHistoryItem(m, mPath, ctx, &who, false); });
    });
}

void decodeUserIdUpdate(const JsonRef& u, const JsonPath& path, const ValueContext& ctx)
{
    Event e;
    e.kind = EventKind::IdentityChange;
    e.phoneNumberId = ctx.phoneNumberId;
    e.type = QStringLiteral("user_id_update");
    QString problem;
    Identity now;
    Identity before;
    bool noDigits = false;
    JsonRef userId;
    JsonRef parent;
    if (!readPhone(u, QLatin1String("wa_id"), "wa_id", &now.phone, &noDigits, &problem) ||
        !readObject(u, QLatin1String("user_id"), "user_id", false, &userId, &problem) ||
        !readUserId(userId, QLatin1String("current"), "user_id.current", &now.userId, &problem) ||
        !readUserId(userId, QLatin1String("previous"), "user_id.previous", &before.userId, &problem) ||
        !readObject(u, QLatin1String("parent_user_id"), "parent_user_id", false, &parent, &problem) ||
        !readUserId(parent, QLatin1String("current"), "parent_user_id.current", &now.parentUserId, &problem) ||
        !readUserId(parent, QLatin1String("previous"), "parent_user_id.previous", &before.parentUserId, &problem) ||
        !readString(u, QLatin1String("detail"), "detail", false, &e.text, &problem) ||
        !readTimestamp(u, QLatin1String("timestamp"), "timestamp", false, &e.timestamp, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (now.isEmpty())
        return ctx.sink->invalid(path, noCustomer(noDigits, "wa_id", "user_id.current"), ctx.phoneNumberId);
    if (e.timestamp == 0)
        e.timestamp = ctx.entryTime;
    QString name;
    if (!matchContact(ctx, &now, false, &name, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (!name.isEmpty())
        e.name = name;
    now.applyTo(&e);
    if (!before.userId.isEmpty() && before.userId != now.userId)
        e.previousUserId = before.userId;
    if (!before.parentUserId.isEmpty() && before.parentUserId != now.parentUserId)
        e.previousParentUserId = before.parentUserId;
    ctx.sink->add(std::move(e));
}

void decodeUserPreference(const JsonRef& u, const JsonPath& path, const ValueContext& ctx)
{
    Event e;
    e.kind = EventKind::Preference;
    e.phoneNumberId = ctx.phoneNumberId;
    QString problem;
    Identity who;
    bool noDigits = false;
    if (!readPhone(u, QLatin1String("wa_id"), "wa_id", &who.phone, &noDigits, &problem) ||
        !readUserId(u, QLatin1String("user_id"), "user_id", &who.userId, &problem) ||
        !readUserId(u, QLatin1String("parent_user_id"), "parent_user_id", &who.parentUserId, &problem) ||
        !readString(u, QLatin1String("category"), "category", true, &e.type, &problem) ||
        !readString(u, QLatin1String("value"), "value", true, &e.action, &problem) ||
        !readString(u, QLatin1String("detail"), "detail", false, &e.text, &problem) ||
        !readTimestamp(u, QLatin1String("timestamp"), "timestamp", false, &e.timestamp, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (e.type.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("category is empty"), ctx.phoneNumberId);
    if (e.action.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("value is empty"), ctx.phoneNumberId);
    e.type = e.type.toLower();
    e.action = e.action.toLower(); // stop, resume; another value is kept as sent (lower case)
    if (e.timestamp == 0)
        e.timestamp = ctx.entryTime;
    QString name;
    if (who.isEmpty()) {
        // Neither id on the item: the value's one contact is the customer it is about.
        const JsonRef contacts = ctx.contacts;
        if (contacts.size() == 1 && contacts.first().isObject()) {
            const JsonRef c = contacts.first();
            if (!readPhone(c, QLatin1String("wa_id"), "contacts[0].wa_id", &who.phone, &noDigits, &problem) ||
                !readUserId(c, QLatin1String("user_id"), "contacts[0].user_id", &who.userId, &problem) ||
                !readUserId(c, QLatin1String("parent_user_id"), "contacts[0].parent_user_id", &who.parentUserId,
                            &problem))
                return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
        }
        if (who.isEmpty())
            return ctx.sink->invalid(path, noCustomer(noDigits, "wa_id", "user_id"), ctx.phoneNumberId);
    }
    if (!matchContact(ctx, &who, true, &name, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (!name.isEmpty())
        e.name = name;
    who.applyTo(&e);
    ctx.sink->add(std::move(e));
}

void decodeBusinessUsername(const JsonRef& value, const JsonPath& path, const ValueContext& ctx)
{
    Event e;
    e.kind = EventKind::Account;
    e.phoneNumberId = ctx.phoneNumberId;
    e.accountEvent = QStringLiteral("BUSINESS_USERNAME_UPDATE");
    e.timestamp = ctx.entryTime;
    QString problem;
    // username is absent when the status is "deleted".
    if (!readString(value, QLatin1String("status"), "status", true, &e.status, &problem) ||
        !readUsername(value, QLatin1String("username"), "username", &e.username, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    e.status = internedWord(e.status, true);
    ctx.sink->add(std::move(e));
}

} // namespace duet::cloudapi::detail
