// SPDX-License-Identifier: GPL-3.0-or-later
// Event <-> JSON line, driven by one table of the string fields and their keys.
#include "EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace duet {

namespace {

struct StringKey
{
    const char* key;
    QString Event::*member;
};

/// Every string field and its key. The kind's own keys (see kindKeys()) are always written; the
/// others only when set.
const std::array<StringKey, 34> kStringKeys = {{
    {"wamid", &Event::wamid},
    {"contact", &Event::contact},
    {"type", &Event::type},
    {"text", &Event::text},
    {"name", &Event::name},
    {"context_wamid", &Event::contextWamid},
    {"target_wamid", &Event::targetWamid},
    {"emoji", &Event::emoji},
    {"media_id", &Event::mediaId},
    {"mime_type", &Event::mimeType},
    {"filename", &Event::filename},
    {"history_status", &Event::historyStatus},
    {"status", &Event::status},
    {"callback", &Event::callback},
    {"pricing_type", &Event::pricingType},
    {"pricing_category", &Event::pricingCategory},
    {"pricing_model", &Event::pricingModel},
    {"action", &Event::action},
    {"event", &Event::accountEvent},
    {"error_title", &Event::errorTitle},
    {"error_details", &Event::errorDetails},
    {"field", &Event::field},
    {"user_id", &Event::userId},
    {"parent_user_id", &Event::parentUserId},
    {"username", &Event::username},
    {"previous_user_id", &Event::previousUserId},
    {"previous_parent_user_id", &Event::previousParentUserId},
    {"previous_contact", &Event::previousContact},
    {"share_origin", &Event::shareOrigin},
    {"vcard", &Event::vcard},
    {"template_id", &Event::templateId},
    {"template_name", &Event::templateName},
    {"template_language", &Event::templateLanguage},
    {"template_category", &Event::templateCategory},
}};

struct IntKey
{
    const char* key;
    int Event::*member;
};

const std::array<IntKey, 3> kIntKeys = {{
    {"phase", &Event::phase},
    {"chunk_order", &Event::chunkOrder},
    {"progress", &Event::progress},
}};

bool hasOwnKey(EventKind kind, const char* key)
{
    const QLatin1String k(key);
    switch (kind) {
    case EventKind::Message:
    case EventKind::Echo:
    case EventKind::History:
        return k == QLatin1String("wamid") || k == QLatin1String("contact") || k == QLatin1String("type") ||
               k == QLatin1String("timestamp");
    case EventKind::Status:
        return k == QLatin1String("wamid") || k == QLatin1String("status") || k == QLatin1String("contact") ||
               k == QLatin1String("timestamp");
    case EventKind::Contact:
        return k == QLatin1String("contact") || k == QLatin1String("action") || k == QLatin1String("name") ||
               k == QLatin1String("timestamp");
    case EventKind::HistoryProgress:
        return k == QLatin1String("phase") || k == QLatin1String("chunk_order") || k == QLatin1String("progress");
    case EventKind::HistoryDeclined:
    case EventKind::Error:
        return k == QLatin1String("code");
    case EventKind::Account:
        return k == QLatin1String("event");
    case EventKind::Unknown:
        return k == QLatin1String("field");
    case EventKind::Invalid:
        return k == QLatin1String("path") || k == QLatin1String("reason");
    case EventKind::IdentityChange:
        return k == QLatin1String("user_id") || k == QLatin1String("contact") || k == QLatin1String("timestamp");
    case EventKind::Preference:
        return k == QLatin1String("type") || k == QLatin1String("action") || k == QLatin1String("timestamp");
    case EventKind::TemplateStatus:
        return k == QLatin1String("event") || k == QLatin1String("template_id") ||
               k == QLatin1String("template_name") || k == QLatin1String("template_language");
    }
    return false;
}

QJsonValue stringOrNull(const QString& s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// The key errorCode is written under: `code` where it is the event's point, else `error_code`.
const char* codeKey(EventKind kind)
{
    return kind == EventKind::Error || kind == EventKind::HistoryDeclined ? "code" : "error_code";
}

bool readString(const QJsonValue& v, QString* out)
{
    if (v.isNull()) {
        *out = QString();
        return true;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    if (out->isNull())
        *out = QLatin1String("");
    return true;
}

bool readInteger(const QJsonValue& v, qint64 min, qint64 max, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < double(min) || d > double(max))
        return false;
    *out = qint64(d);
    return true;
}

} // namespace

QJsonObject eventToJson(const Event& event)
{
    const EventKind kind = event.kind;
    QJsonObject o;
    o.insert(QLatin1String("kind"), eventKindName(kind));
    o.insert(QLatin1String("phone_number_id"), stringOrNull(event.phoneNumberId));
    for (const StringKey& s : kStringKeys) {
        const QString& value = event.*(s.member);
        if (!value.isNull() || hasOwnKey(kind, s.key))
            o.insert(QLatin1String(s.key), stringOrNull(value));
    }
    for (const IntKey& i : kIntKeys) {
        const int value = event.*(i.member);
        if (value >= 0 || hasOwnKey(kind, i.key))
            o.insert(QLatin1String(i.key), value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null));
    }
    if (event.timestamp != 0 || hasOwnKey(kind, "timestamp"))
        o.insert(QLatin1String("timestamp"), event.timestamp);
    if (event.isMessageLike()) {
        o.insert(QLatin1String("direction"), QLatin1String(event.outbound ? "out" : "in"));
        const Origin origin = event.origin();
        o.insert(QLatin1String("origin"), QLatin1String(origin == Origin::App       ? "app"
                                                        : origin == Origin::History ? "history"
                                                                                    : "customer"));
    } else if (event.outbound) {
        o.insert(QLatin1String("direction"), QLatin1String("out"));
    }
    if (event.billable >= 0)
        o.insert(QLatin1String("billable"), event.billable > 0);
    if (event.referral)
        o.insert(QLatin1String("referral"), true);
    if (event.voice)
        o.insert(QLatin1String("voice"), true);
    if (event.unsupported)
        o.insert(QLatin1String("unsupported"), true);
    if (!event.sharedPhones.isEmpty())
        o.insert(QLatin1String("shared_phones"), QJsonArray::fromStringList(event.sharedPhones));
    if (!event.details.isNull()) {
        // Travels as an object; a details text that is not one (never made by the decoder) as a string.
        const QJsonDocument doc = QJsonDocument::fromJson(event.details.toUtf8());
        o.insert(QLatin1String("details"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(event.details));
    }
    if (event.errorCode != 0 || hasOwnKey(kind, "code"))
        o.insert(QLatin1String(codeKey(kind)), event.errorCode);
    // path and reason: invalid events always; unknown and account events when set.
    if (!event.path.isNull() || kind == EventKind::Invalid)
        o.insert(QLatin1String("path"), stringOrNull(event.path));
    if (!event.reason.isNull() || kind == EventKind::Invalid)
        o.insert(QLatin1String("reason"), stringOrNull(event.reason));
    return o;
}

bool eventFromJson(const QJsonObject& json, Event* event)
{
    Event e;
    const QJsonValue kind = json.value(QLatin1String("kind"));
    if (!kind.isString() || !eventKindFromName(kind.toString(), &e.kind))
        return false;
    if (!readString(json.value(QLatin1String("phone_number_id")), &e.phoneNumberId) &&
        json.contains(QLatin1String("phone_number_id")))
        return false;
    for (const StringKey& s : kStringKeys) {
        const QJsonValue v = json.value(QLatin1String(s.key));
        if (!v.isUndefined() && !readString(v, &(e.*(s.member))))
            return false;
    }
    for (const IntKey& i : kIntKeys) {
        const QJsonValue v = json.value(QLatin1String(i.key));
        qint64 n = -1;
        if (!v.isUndefined() && !v.isNull() && !readInteger(v, 0, std::numeric_limits<int>::max(), &n))
            return false;
        e.*(i.member) = int(n);
    }
    const QJsonValue timestamp = json.value(QLatin1String("timestamp"));
    if (!timestamp.isUndefined() && !readInteger(timestamp, std::numeric_limits<qint64>::min() / 2,
                                                 std::numeric_limits<qint64>::max() / 2, &e.timestamp))
        return false;
    const QJsonValue direction = json.value(QLatin1String("direction"));
    if (!direction.isUndefined()) {
        if (direction.toString() != QLatin1String("in") && direction.toString() != QLatin1String("out"))
            return false;
        e.outbound = direction.toString() == QLatin1String("out");
    }
    for (auto [key, member] : {std::pair{"referral", &Event::referral}, std::pair{"voice", &Event::voice},
                               std::pair{"unsupported", &Event::unsupported}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            return false;
        e.*member = v.toBool(false);
    }
    const QJsonValue billable = json.value(QLatin1String("billable"));
    if (!billable.isUndefined() && !billable.isNull()) {
        if (!billable.isBool())
            return false;
        e.billable = billable.toBool() ? 1 : 0;
    }
    const QJsonValue phones = json.value(QLatin1String("shared_phones"));
    if (!phones.isUndefined()) {
        if (!phones.isArray())
            return false;
        const QJsonArray phoneList = phones.toArray();
        for (const auto& p : phoneList) {
            if (!p.isString())
                return false;
            e.sharedPhones << p.toString();
        }
    }
    const QJsonValue details = json.value(QLatin1String("details"));
    if (details.isObject())
        e.details = QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact));
    else if (details.isString())
        e.details = details.toString();
    else if (!details.isUndefined() && !details.isNull())
        return false;
    const QJsonValue code = json.value(QLatin1String(codeKey(e.kind)));
    qint64 n = 0;
    if (!code.isUndefined()) {
        if (!readInteger(code, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), &n))
            return false;
        e.errorCode = int(n);
    }
    if (!readString(json.value(QLatin1String("path")), &e.path) && json.contains(QLatin1String("path")))
        return false;
    if (!readString(json.value(QLatin1String("reason")), &e.reason) && json.contains(QLatin1String("reason")))
        return false;
    *event = std::move(e);
    return true;
}

bool sameEvent(const Event& a, const Event& b)
{
    auto sameString = [](const QString& x, const QString& y) { return x.isNull() == y.isNull() && x == y; };
    for (const StringKey& s : kStringKeys) {
        if (!sameString(a.*(s.member), b.*(s.member)))
            return false;
    }
    for (const IntKey& i : kIntKeys) {
        if (a.*(i.member) != b.*(i.member))
            return false;
    }
    return a.kind == b.kind && sameString(a.phoneNumberId, b.phoneNumberId) && a.outbound == b.outbound &&
           a.timestamp == b.timestamp && a.billable == b.billable && a.referral == b.referral && a.voice == b.voice &&
           a.unsupported == b.unsupported && a.sharedPhones == b.sharedPhones && sameString(a.details, b.details) &&
           a.errorCode == b.errorCode && sameString(a.path, b.path) && sameString(a.reason, b.reason);
}

} // namespace duet
