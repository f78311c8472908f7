// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook decoder's envelope walk: body checks, entries, changes and the fields of a value.
#include "WebhookDecoder.h"

#include "WebhookReader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace duet::cloudapi {

using namespace detail;

namespace {

/// Calls `fn` over the objects of value[key] when it is there; a non-array becomes an invalid event.
template <typename Fn>
void eachItem(const JsonRef& value, const char* key, const JsonPath& valuePath, const ValueContext& ctx, Fn&& fn)
{
    const JsonRef items = value.value(QLatin1String(key));
    if (items.isUndefined() || ctx.sink->isFull())
        return;
    const JsonPath path = valuePath.child(key);
    if (!items.isArray())
        return ctx.sink->invalid(path, QStringLiteral("not an array"), ctx.phoneNumberId);
    forEachObject(items, path, ctx, fn);
}

bool hasAny(const JsonRef& value, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (value.contains(QLatin1String(key)))
            return true;
    }
    return false;
}

/// Reads value.metadata into the context; a malformed metadata becomes an invalid event and the
/// value is still decoded, without a phone number id.
void readMetadata(const JsonRef& value, const JsonPath& valuePath, ValueContext* ctx)
{
    const JsonRef m = value.value(QLatin1String("metadata"));
    if (m.isUndefined())
        return;
    QString problem;
    if (!m.isObject()) {
        ctx->sink->invalid(valuePath.child("metadata"), QStringLiteral("not an object"));
        return;
    }
    QString display;
    if (!readString(m, QLatin1String("phone_number_id"), "phone_number_id", false, &ctx->phoneNumberId, &problem) ||
        !readString(m, QLatin1String("display_phone_number"), "display_phone_number", false, &display, &problem)) {
        ctx->sink->invalid(valuePath.child("metadata"), problem, ctx->phoneNumberId);
        return;
    }
    ctx->businessDigits = digitsOf(display);
}

void decodeAccountUpdate(const JsonRef& value, const JsonPath& valuePath, const ValueContext& ctx, qint64 entryTime)
{
    Event e;
    e.kind = EventKind::Account;
    e.phoneNumberId = ctx.phoneNumberId;
    e.timestamp = entryTime;
    QString problem;
    JsonRef disconnection;
    if (!readString(value, QLatin1String("event"), "event", true, &e.accountEvent, &problem) ||
        !readObject(value, QLatin1String("disconnection_info"), "disconnection_info", false, &disconnection,
                    &problem) ||
        !readString(disconnection, QLatin1String("reason"), "disconnection_info.reason", false, &e.reason, &problem))
        return ctx.sink->invalid(valuePath, problem, ctx.phoneNumberId);
    ctx.sink->add(std::move(e));
}

/// A template's status changed (`message_template_status_update`): `event`, the template's id (a
/// number on the wire; a string is taken too), name and language are required; category and
/// reason when Meta sends them (reason is null when a template is scheduled for deletion).
void decodeTemplateStatus(const JsonRef& value, const JsonPath& valuePath, const ValueContext& ctx, qint64 entryTime)
{
    Event e;
    e.kind = EventKind::TemplateStatus;
    e.phoneNumberId = ctx.phoneNumberId;
    e.timestamp = entryTime;
    QString problem;
    if (!readString(value, QLatin1String("event"), "event", true, &e.accountEvent, &problem) ||
        !readString(value, QLatin1String("message_template_name"), "message_template_name", true, &e.templateName,
                    &problem) ||
        !readString(value, QLatin1String("message_template_language"), "message_template_language", true,
                    &e.templateLanguage, &problem) ||
        !readString(value, QLatin1String("message_template_category"), "message_template_category", false,
                    &e.templateCategory, &problem))
        return ctx.sink->invalid(valuePath, problem, ctx.phoneNumberId);
    const JsonRef id = value.value(QLatin1String("message_template_id"));
    double number = 0;
    if (id.isString() && !id.toString().isEmpty())
        e.templateId = id.toString();
    else if (id.isNumber() && id.toDouble(&number) && number >= 0 && number <= 9007199254740991.0 &&
             number == double(qint64(number)))
        e.templateId = QString::number(qint64(number));
    else
        return ctx.sink->invalid(valuePath,
                                 id.isUndefined() ? QStringLiteral("message_template_id is missing")
                                                  : QStringLiteral("message_template_id is not a template id"),
                                 ctx.phoneNumberId);
    const JsonRef reason = value.value(QLatin1String("reason"));
    if (reason.isString())
        e.reason = reason.toString();
    ctx.sink->add(std::move(e));
}

/// Decodes one change's value. Within a value the arrays are taken in a fixed order: errors,
/// messages, statuses, message_echoes, history, state_sync, user_id_update (JSON objects keep no
/// member order).
void decodeValue(const QString& field, const JsonRef& value, const JsonPath& valuePath, EventSink& sink,
                 qint64 entryTime)
{
    ValueContext ctx;
    ctx.sink = &sink;
    ctx.value = value;
    ctx.entryTime = entryTime;
    readMetadata(value, valuePath, &ctx);
    const JsonRef contacts = value.value(QLatin1String("contacts"));
    if (contacts.isArray())
        ctx.contacts = contacts;

    const auto errors = [&](const JsonRef& o, const JsonPath& p) { decodeValueError(o, p, ctx); };
    if (field == QLatin1String("messages")) {
        if (!hasAny(value, {"errors", "messages", "statuses"}))
            return sink.invalid(valuePath, QStringLiteral("no messages, statuses or errors"), ctx.phoneNumberId);
        eachItem(value, "errors", valuePath, ctx, errors);
        eachItem(value, "messages", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeInboundMessage(o, p, ctx); });
        eachItem(value, "statuses", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeStatus(o, p, ctx); });
    } else if (field == QLatin1String("smb_message_echoes")) {
        if (!hasAny(value, {"errors", "message_echoes"}))
            return sink.invalid(valuePath, QStringLiteral("no message_echoes or errors"), ctx.phoneNumberId);
        eachItem(value, "errors", valuePath, ctx, errors);
        eachItem(value, "message_echoes", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeEcho(o, p, ctx); });
    } else if (field == QLatin1String("history")) {
        if (!hasAny(value, {"errors", "messages", "message_echoes", "history"}))
            return sink.invalid(valuePath, QStringLiteral("no history, messages, message_echoes or errors"),
                                ctx.phoneNumberId);
        eachItem(value, "errors", valuePath, ctx, errors);
        eachItem(value, "messages", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeHistoryFollowUp(o, p, ctx, false); });
        eachItem(value, "message_echoes", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeHistoryFollowUp(o, p, ctx, true); });
        eachItem(value, "history", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeHistoryChunk(o, p, ctx); });
    } else if (field == QLatin1String("smb_app_state_sync")) {
        if (!hasAny(value, {"errors", "state_sync"}))
            return sink.invalid(valuePath, QStringLiteral("no state_sync or errors"), ctx.phoneNumberId);
        eachItem(value, "errors", valuePath, ctx, errors);
        eachItem(value, "state_sync", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeStateSync(o, p, ctx); });
    } else if (field == QLatin1String("user_id_update")) {
        // Documented from March to August 2026, then withdrawn in favour of system messages; some
        // platforms still forward it, and a BSUID change must not be lost.
        if (!hasAny(value, {"errors", "user_id_update"}))
            return sink.invalid(valuePath, QStringLiteral("no user_id_update or errors"), ctx.phoneNumberId);
        eachItem(value, "errors", valuePath, ctx, errors);
        eachItem(value, "user_id_update", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeUserIdUpdate(o, p, ctx); });
    } else if (field == QLatin1String("user_preferences")) {
        if (!hasAny(value, {"errors", "user_preferences"}))
            return sink.invalid(valuePath, QStringLiteral("no user_preferences or errors"), ctx.phoneNumberId);
        eachItem(value, "errors", valuePath, ctx, errors);
        eachItem(value, "user_preferences", valuePath, ctx,
                 [&](const JsonRef& o, const JsonPath& p) { decodeUserPreference(o, p, ctx); });
    } else if (field == QLatin1String("business_username_updates") ||
               field == QLatin1String("business_username_update")) {
        // Meta's pages used both spellings for the same field.
        decodeBusinessUsername(value, valuePath, ctx);
    } else if (field == QLatin1String("account_update")) {
        decodeAccountUpdate(value, valuePath, ctx, entryTime);
    } else if (field == QLatin1String("message_template_status_update")) {
        decodeTemplateStatus(value, valuePath, ctx, entryTime);
    } else {
        Event e;
        e.kind = EventKind::Unknown;
        e.phoneNumberId = ctx.phoneNumberId;
        e.field = field;
        sink.add(std::move(e));
    }
}

/// The field a value belongs to when it arrives without its envelope (Meta's own example of the
/// declined history), from the arrays it carries.
QString inferField(const JsonRef& value)
{
    if (value.contains(QLatin1String("history")))
        return QStringLiteral("history");
    if (value.contains(QLatin1String("message_echoes")))
        return QStringLiteral("smb_message_echoes");
    if (value.contains(QLatin1String("state_sync")))
        return QStringLiteral("smb_app_state_sync");
    if (value.contains(QLatin1String("user_id_update")))
        return QStringLiteral("user_id_update");
    if (value.contains(QLatin1String("user_preferences")))
        return QStringLiteral("user_preferences");
    if (hasAny(value, {"messages", "statuses", "errors"}))
        return QStringLiteral("messages");
    if (value.contains(QLatin1String("event")))
        return QStringLiteral("account_update");
    return {};
}

/// Reads a member named "field" as a string; false (with a reason) when it has another type.
bool fieldName(const JsonRef& o, QString* field, QString* problem)
{
    return readString(o, QLatin1String("field"), "field", false, field, problem);
}

/// One change: its field is normally on the change, but Meta's samples also put it inside the
/// value or on the entry (account_update's PARTNER_APP_(UN)INSTALLED); all three are accepted.
void decodeChange(const JsonRef& change, const JsonPath& path, const JsonRef& entry, EventSink& sink, qint64 entryTime)
{
    QString problem;
    JsonRef value;
    if (!readObject(change, QLatin1String("value"), "value", true, &value, &problem))
        return sink.invalid(path, problem);
    QString field;
    if (!fieldName(change, &field, &problem))
        return sink.invalid(path, problem);
    if (field.isNull() && !fieldName(value, &field, &problem))
        return sink.invalid(path.child("value"), problem);
    if (field.isNull() && !fieldName(entry, &field, &problem))
        return sink.invalid(path, QStringLiteral("entry ") + problem);
    if (field.isNull())
        return sink.invalid(path, QStringLiteral("field is missing"));
    decodeValue(field, value, path.child("value"), sink, entryTime);
}

void decodeBody(const JsonRef& root, EventSink& sink)
{
    const JsonPath rootPath;
    ValueContext ctx;
    ctx.sink = &sink;
    const JsonRef entries = root.value(QLatin1String("entry"));
    if (entries.isUndefined()) {
        if (root.contains(QLatin1String("value")))
            return decodeChange(root, rootPath, JsonRef(), sink, 0);
        const QString field = inferField(root);
        if (field.isNull())
            return sink.invalid(rootPath, QStringLiteral("not a webhook body: no entry array and no known value"));
        return decodeValue(field, root, rootPath, sink, 0);
    }
    const JsonPath entriesPath = rootPath.child("entry");
    if (!entries.isArray())
        return sink.invalid(entriesPath, QStringLiteral("not an array"));
    forEachObject(entries, entriesPath, ctx, [&](const JsonRef& entry, const JsonPath& entryPath) {
        QString problem;
        qint64 time = 0;
        readTimestamp(entry, QLatin1String("time"), "time", false, &time, &problem); // informative only
        const JsonRef changes = entry.value(QLatin1String("changes"));
        if (!changes.isArray()) {
            return sink.invalid(changes.isUndefined() ? entryPath : entryPath.child("changes"),
                                changes.isUndefined() ? QStringLiteral("changes is missing")
                                                      : QStringLiteral("not an array"));
        }
        forEachObject(changes, entryPath.child("changes"), ctx, [&](const JsonRef& change, const JsonPath& changePath) {
            decodeChange(change, changePath, entry, sink, time);
        });
    });
}

/// Fills in a body the reader refused: Qt's own parser names the error and its offset when it
/// refuses it too (as it does for every syntax error the reader finds in practice).
void describeFailure(const QByteArray& body, const JsonDom& dom, DecodeResult* result)
{
    if (dom.error() == JsonDom::Error::TooDeep) {
        result->failure = DecodeResult::Failure::TooDeep;
        result->reason = QStringLiteral("$: nested deeper than %1 levels at byte %2")
                             .arg(WebhookDecoder::kMaxDepth)
                             .arg(dom.errorOffset());
        return;
    }
    result->failure = DecodeResult::Failure::NotJson;
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        result->reason = QStringLiteral("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
    else if (dom.error() == JsonDom::Error::Syntax)
        result->reason =
            QStringLiteral("not JSON: %1 at byte %2").arg(QLatin1String(dom.errorText())).arg(dom.errorOffset());
    else
        result->reason = QStringLiteral("not JSON: a single value, not an object or array, at byte 0");
}

} // namespace

DecodeResult WebhookDecoder::decode(const QByteArray& body)
{
    DecodeResult result;
    if (body.size() > kMaxBodyBytes) {
        result.failure = DecodeResult::Failure::TooLarge;
        result.reason =
            QStringLiteral("$: the body is %1 bytes, over the limit of %2").arg(body.size()).arg(kMaxBodyBytes);
        return result;
    }
    JsonDom dom;
    if (!dom.parse(body, kMaxDepth)) {
        describeFailure(body, dom, &result);
        return result;
    }
    const JsonRef root = dom.root();
    if (!root.isObject()) {
        // QJsonDocument refuses a lone value as a document; so does Duet, in the same words.
        if (!root.isArray()) {
            describeFailure(body, dom, &result);
            return result;
        }
        result.failure = DecodeResult::Failure::NotObject;
        result.reason = QStringLiteral("$: the body is an array, not an object");
        return result;
    }
    EventSink sink(&result.events);
    decodeBody(root, sink);
    sink.finish();
    return result;
}

} // namespace duet::cloudapi
