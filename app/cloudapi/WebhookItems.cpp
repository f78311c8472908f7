// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook decoder's item decoders: one message, echo, history message, status, contact sync
// item, value-level error or history chunk in, one event out (docs/EVENTS.md has the mapping).
#include "WebhookReader.h"

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
    if (type == QLatin1String("interactive")) {
        JsonRef interactive;
        QString kind;
        if (!readObject(m, QLatin1String("interactive"), "interactive", true, &interactive, problem) ||
            !readString(interactive, QLatin1String("type"), "interactive.type", false, &kind, problem))
            return false;
        JsonRef reply;
        if (kind == QLatin1String("button_reply")) {
            return readObject(interactive, QLatin1String("button_reply"), "interactive.button_reply", true, &reply,
                              problem) &&
                   readString(reply, QLatin1String("title"), "interactive.button_reply.title", false, &e->text,
                              problem);
        }
        if (kind == QLatin1String("list_reply")) {
            return readObject(interactive, QLatin1String("list_reply"), "interactive.list_reply", true, &reply,
                              problem) &&
                   readString(reply, QLatin1String("title"), "interactive.list_reply.title", false, &e->text, problem);
        }
        return true; // other interactive replies (flows, ...) carry no text Duet shows
    }
    if (type == QLatin1String("button")) {
        JsonRef button;
        return readObject(m, QLatin1String("button"), "button", true, &button, problem) &&
               readString(button, QLatin1String("text"), "button.text", false, &e->text, problem);
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
        JsonRef order;
        return readObject(m, QLatin1String("order"), "order", false, &order, problem) &&
               readString(order, QLatin1String("text"), "order.text", false, &e->text, problem);
    }
    // location, contacts, unsupported, media_placeholder and types Duet does not know yet keep
    // their type and nothing else.
    return true;
}

/// The members every message-like item shares: id, timestamp, type, context, referral, errors and
/// the type's payload.
bool decodeCommon(const JsonRef& m, Event* e, QString* problem)
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
    return readFirstError(m, "errors", e, problem) && decodeContent(m, e->type, e, problem);
}

QString profileName(const JsonRef& contacts, const QString& waId)
{
    JsonRef contact = contacts.first();
    for (qsizetype i = contacts.size(); i > 0; --i, contact = contact.next()) {
        if (contact.value(QLatin1String("wa_id")).toString() == waId)
            return contact.value(QLatin1String("profile")).value(QLatin1String("name")).toString();
    }
    return {};
}

Event messageEvent(EventKind kind, const ValueContext& ctx)
{
    Event e;
    e.kind = kind;
    e.phoneNumberId = ctx.phoneNumberId;
    return e;
}

} // namespace

void decodeInboundMessage(const JsonRef& m, const JsonPath& path, const ValueContext& ctx)
{
    Event e = messageEvent(EventKind::Message, ctx);
    QString problem;
    QString from;
    if (!readString(m, QLatin1String("from"), "from", true, &from, &problem) || !decodeCommon(m, &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    e.contact = digitsOf(from);
    if (e.contact.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("from has no digits"), ctx.phoneNumberId);
    if (ctx.contacts.size() > 0) {
        const QString name = profileName(ctx.contacts, from);
        if (!name.isEmpty())
            e.name = name;
    }
    ctx.sink->add(std::move(e));
}

void decodeEcho(const JsonRef& m, const JsonPath& path, const ValueContext& ctx)
{
    Event e = messageEvent(EventKind::Echo, ctx);
    e.outbound = true;
    QString problem;
    QString to;
    if (!readString(m, QLatin1String("to"), "to", true, &to, &problem) || !decodeCommon(m, &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    e.contact = digitsOf(to);
    if (e.contact.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("to has no digits"), ctx.phoneNumberId);
    ctx.sink->add(std::move(e));
}

void decodeHistoryMessage(const JsonRef& m, const JsonPath& path, const ValueContext& ctx, const QString& threadContact)
{
    Event e = messageEvent(EventKind::History, ctx);
    QString problem;
    QString from;
    QString to;
    const JsonRef fromMe = m.value(QLatin1String("from_me"));
    if (!fromMe.isUndefined() && !fromMe.isBool())
        return ctx.sink->invalid(path, QStringLiteral("from_me is not a boolean"), ctx.phoneNumberId);
    const bool needFrom = threadContact.isNull() || !fromMe.isBool();
    if (!readString(m, QLatin1String("from"), "from", needFrom, &from, &problem) ||
        !readString(m, QLatin1String("to"), "to", false, &to, &problem) || !decodeCommon(m, &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    const QString fromDigits = digitsOf(from);
    e.outbound = fromMe.toBool(false) || (!fromDigits.isEmpty() && fromDigits == ctx.businessDigits);
    if (!threadContact.isNull()) {
        e.contact = threadContact;
    } else {
        // The media follow-up: the contact is whoever is not the business.
        e.contact = e.outbound ? digitsOf(to) : fromDigits;
        if (e.contact.isEmpty())
            return ctx.sink->invalid(path,
                                     e.outbound ? QStringLiteral("to is missing on a message from the business")
                                                : QStringLiteral("from has no digits"),
                                     ctx.phoneNumberId);
    }
    JsonRef historyContext;
    if (!readObject(m, QLatin1String("history_context"), "history_context", false, &historyContext, &problem) ||
        !readString(historyContext, QLatin1String("status"), "history_context.status", false, &e.historyStatus,
                    &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (!e.historyStatus.isNull())
        e.historyStatus = internedWord(e.historyStatus, true);
    ctx.sink->add(std::move(e));
}

void decodeStatus(const JsonRef& s, const JsonPath& path, const ValueContext& ctx)
{
    Event e;
    e.kind = EventKind::Status;
    e.phoneNumberId = ctx.phoneNumberId;
    QString problem;
    QString recipient;
    JsonRef pricing;
    if (!readString(s, QLatin1String("id"), "id", true, &e.wamid, &problem) ||
        !readString(s, QLatin1String("status"), "status", true, &e.status, &problem) ||
        !readTimestamp(s, QLatin1String("timestamp"), "timestamp", true, &e.timestamp, &problem) ||
        !readString(s, QLatin1String("recipient_id"), "recipient_id", true, &recipient, &problem) ||
        !readString(s, QLatin1String("biz_opaque_callback_data"), "biz_opaque_callback_data", false, &e.callback,
                    &problem) ||
        !readObject(s, QLatin1String("pricing"), "pricing", false, &pricing, &problem) ||
        !readString(pricing, QLatin1String("type"), "pricing.type", false, &e.pricingType, &problem) ||
        !readString(pricing, QLatin1String("category"), "pricing.category", false, &e.pricingCategory, &problem) ||
        !readFirstError(s, "errors", &e, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    if (e.wamid.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("id is empty"), ctx.phoneNumberId);
    e.status = internedWord(e.status, true);
    e.contact = digitsOf(recipient);
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
    QString phone;
    QString fullName;
    QString firstName;
    if (!readObject(s, QLatin1String("contact"), "contact", true, &contact, &problem) ||
        !readString(contact, QLatin1String("phone_number"), "contact.phone_number", true, &phone, &problem) ||
        !readString(contact, QLatin1String("full_name"), "contact.full_name", false, &fullName, &problem) ||
        !readString(contact, QLatin1String("first_name"), "contact.first_name", false, &firstName, &problem) ||
        !readString(s, QLatin1String("action"), "action", true, &e.action, &problem) ||
        !readObject(s, QLatin1String("metadata"), "metadata", true, &metadata, &problem) ||
        !readTimestamp(metadata, QLatin1String("timestamp"), "metadata.timestamp", true, &e.timestamp, &problem))
        return ctx.sink->invalid(path, problem, ctx.phoneNumberId);
    e.action = internedWord(e.action, false);
    e.contact = digitsOf(phone);
    if (e.contact.isEmpty())
        return ctx.sink->invalid(path, QStringLiteral("contact.phone_number has no digits"), ctx.phoneNumberId);
    e.name = !fullName.isEmpty() ? fullName : firstName;
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
        QString reason;
        QString id;
        if (!readString(thread, QLatin1String("id"), "id", true, &id, &reason))
            return ctx.sink->invalid(threadPath, reason, ctx.phoneNumberId);
        const QString contact = digitsOf(id);
        if (contact.isEmpty())
            return ctx.sink->invalid(threadPath, QStringLiteral("id has no digits"), ctx.phoneNumberId);
        const JsonRef messages = thread.value(QLatin1String("messages"));
        const JsonPath messagesPath = threadPath.child("messages");
        if (!messages.isArray()) {
            return ctx.sink->invalid(messages.isUndefined() ? threadPath : messagesPath,
                                     messages.isUndefined() ? QStringLiteral("messages is missing")
                                                            : QStringLiteral("not an array"),
                                     ctx.phoneNumberId);
        }
        forEachObject(messages, messagesPath, ctx,
                      [&](const JsonRef& m, const JsonPath& mPath) { decodeHistoryMessage(m, mPath, ctx, contact); });
    });
}

} // namespace duet::cloudapi::detail
