// SPDX-License-Identifier: GPL-3.0-or-later
// JSON paths, typed reads and the event sink of the webhook decoder.
#include "WebhookReader.h"

#include "core/PhoneNumber.h"

#include <QVarLengthArray>

#include <cmath>

namespace duet::cloudapi::detail {

QString JsonPath::toString() const
{
    QVarLengthArray<const JsonPath*, 16> steps;
    for (const JsonPath* p = this; p; p = p->parent)
        steps.append(p);
    QString out = QStringLiteral("$");
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        const JsonPath* step = steps[i];
        if (!step->parent)
            continue; // the root is "$"
        if (step->key) {
            out += QLatin1Char('.');
            out += QLatin1String(step->key);
        } else {
            out += QLatin1Char('[');
            out += QString::number(step->index);
            out += QLatin1Char(']');
        }
    }
    return out;
}

void EventSink::add(Event&& event)
{
    if (m_events->size() >= WebhookDecoder::kMaxEvents) {
        m_full = true;
        return;
    }
    m_events->append(std::move(event));
}

void EventSink::invalid(const JsonPath& path, const QString& reason, const QString& phoneNumberId)
{
    Event e;
    e.kind = EventKind::Invalid;
    e.phoneNumberId = phoneNumberId;
    e.path = path.toString();
    e.reason = reason;
    add(std::move(e));
}

void EventSink::finish()
{
    if (!m_full)
        return;
    Event e;
    e.kind = EventKind::Invalid;
    e.path = QStringLiteral("$");
    e.reason =
        QStringLiteral("more than %1 events in one body; the rest is not decoded").arg(WebhookDecoder::kMaxEvents);
    m_events->append(std::move(e));
}

namespace {
const char* typeName(const JsonRef& v)
{
    switch (v.type()) {
    case JsonRef::Type::Null:
        return "null";
    case JsonRef::Type::Bool:
        return "a boolean";
    case JsonRef::Type::Number:
        return "a number";
    case JsonRef::Type::String:
        return "a string";
    case JsonRef::Type::Array:
        return "an array";
    case JsonRef::Type::Object:
        return "an object";
    case JsonRef::Type::Undefined:
        break;
    }
    return "missing";
}

bool wrongType(const JsonRef& v, const char* name, const char* expected, bool required, QString* problem)
{
    if (v.isUndefined()) {
        if (!required)
            return true;
        *problem = QStringLiteral("%1 is missing").arg(QLatin1String(name));
        return false;
    }
    *problem = QStringLiteral("%1 is %2, not %3")
                   .arg(QLatin1String(name), QLatin1String(typeName(v)), QLatin1String(expected));
    return false;
}

/// An integral double within [min, max].
bool integral(double d, double min, double max)
{
    return d >= min && d <= max && d == std::floor(d);
}
} // namespace

bool readString(const JsonRef& o, QLatin1String key, const char* name, bool required, QString* out, QString* problem)
{
    const JsonRef v = o.value(key);
    if (v.isString()) {
        *out = v.toString(); // "" stays distinguishable from absent
        return true;
    }
    return wrongType(v, name, "a string", required, problem);
}

bool readObject(const JsonRef& o, QLatin1String key, const char* name, bool required, JsonRef* out, QString* problem)
{
    const JsonRef v = o.value(key);
    if (v.isObject()) {
        *out = v;
        return true;
    }
    return wrongType(v, name, "an object", required, problem);
}

bool readInt(const JsonRef& o, QLatin1String key, const char* name, bool required, int* out, QString* problem)
{
    const JsonRef v = o.value(key);
    if (v.isNumber()) {
        double d = 0;
        if (v.toDouble(&d) && integral(d, -2147483648.0, 2147483647.0)) {
            *out = int(d);
            return true;
        }
        *problem = QStringLiteral("%1 is not an integer").arg(QLatin1String(name));
        return false;
    }
    return wrongType(v, name, "an integer", required, problem);
}

bool readTimestamp(const JsonRef& o, QLatin1String key, const char* name, bool required, qint64* out, QString* problem)
{
    const JsonRef v = o.value(key);
    if (v.isString() || v.isNumber()) {
        qint64 t = 0;
        double d = 0;
        if (v.digitsToInt64(&t) && t < 1'000'000'000'000) {
            *out = t;
            return true;
        }
        if (v.toDouble(&d) && integral(d, 0, 1e12 - 1)) {
            *out = qint64(d);
            return true;
        }
        *problem = QStringLiteral("%1 is not a Unix time").arg(QLatin1String(name));
        return false;
    }
    return wrongType(v, name, "a Unix time", required, problem);
}

bool readFirstError(const JsonRef& o, const char* name, Event* event, QString* problem)
{
    const JsonRef errors = o.value(QLatin1String("errors"));
    if (errors.isUndefined())
        return true;
    if (!errors.isArray())
        return wrongType(errors, name, "an array", true, problem);
    if (errors.size() == 0)
        return true;
    const JsonRef error = errors.first();
    if (!error.isObject()) {
        *problem =
            QStringLiteral("%1[0] is %2, not an object").arg(QLatin1String(name), QLatin1String(typeName(error)));
        return false;
    }
    QString reason;
    if (!readInt(error, QLatin1String("code"), "code", true, &event->errorCode, &reason)) {
        *problem = QStringLiteral("%1[0].%2").arg(QLatin1String(name), reason);
        return false;
    }
    // Title and details are informative; a wrong type there does not make the item unusable.
    QString title;
    if (!readString(error, QLatin1String("title"), "title", false, &title, &reason) || title.isNull())
        readString(error, QLatin1String("message"), "message", false, &title, &reason);
    event->errorTitle = title;
    JsonRef data;
    if (readObject(error, QLatin1String("error_data"), "error_data", false, &data, &reason))
        readString(data, QLatin1String("details"), "details", false, &event->errorDetails, &reason);
    return true;
}

QString digitsOf(const QString& number)
{
    for (QChar c : number) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return PhoneNumber::digitsOnly(number);
    }
    return number;
}

QString internedWord(const QString& word, bool lower)
{
    // Static strings: copies share them without allocating or counting references.
    static const QString kWords[] = {
        QStringLiteral("text"),
        QStringLiteral("image"),
        QStringLiteral("video"),
        QStringLiteral("audio"),
        QStringLiteral("document"),
        QStringLiteral("sticker"),
        QStringLiteral("reaction"),
        QStringLiteral("location"),
        QStringLiteral("contacts"),
        QStringLiteral("interactive"),
        QStringLiteral("button"),
        QStringLiteral("order"),
        QStringLiteral("system"),
        QStringLiteral("edit"),
        QStringLiteral("revoke"),
        QStringLiteral("unsupported"),
        QStringLiteral("media_placeholder"),
        QStringLiteral("sent"),
        QStringLiteral("delivered"),
        QStringLiteral("read"),
        QStringLiteral("played"),
        QStringLiteral("failed"),
        QStringLiteral("deleted"),
        QStringLiteral("error"),
        QStringLiteral("pending"),
        QStringLiteral("add"),
        QStringLiteral("remove"),
    };
    const Qt::CaseSensitivity cs = lower ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const QString& w : kWords) {
        if (w.size() == word.size() && w.compare(word, cs) == 0)
            return w;
    }
    return lower ? word.toLower() : word;
}

} // namespace duet::cloudapi::detail
