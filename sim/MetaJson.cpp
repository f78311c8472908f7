// SPDX-License-Identifier: GPL-3.0-or-later
// JSON written byte for byte as Meta writes webhook bodies: compact, ASCII only, \u escapes.
#include "MetaJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace duet::sim::MetaJson {

namespace {

void appendHex4(QByteArray& out, char16_t unit)
{
    static const char kHex[] = "0123456789abcdef";
    out.append("\\u");
    out.append(kHex[(unit >> 12) & 0xf]);
    out.append(kHex[(unit >> 8) & 0xf]);
    out.append(kHex[(unit >> 4) & 0xf]);
    out.append(kHex[unit & 0xf]);
}

void appendString(QByteArray& out, QStringView text)
{
    out.append('"');
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'/':
            out.append("\\/");
            break;
        case u'\b':
            out.append("\\b");
            break;
        case u'\f':
            out.append("\\f");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20 || c > 0x7e)
                appendHex4(out, c);
            else
                out.append(char(c));
        }
    }
    out.append('"');
}

void appendNumber(QByteArray& out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null");
        return;
    }
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        out.append(QByteArray::number(qint64(d)));
    else
        out.append(QByteArray::number(d, 'g', 17));
}

void appendValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, it.key());
            out.append(':');
            appendValue(out, it.value());
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray write(const QJsonValue& value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray quote(QStringView text)
{
    QByteArray out;
    appendString(out, text);
    return out;
}

} // namespace duet::sim::MetaJson
