// SPDX-License-Identifier: GPL-3.0-or-later
// JsonDom's parser (RFC 8259 with UTF-8 validation) and JsonRef's accessors.
#include "JsonDom.h"

#include "core/Hex.h"

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

namespace duet::cloudapi {

namespace {

/// Bytes that need no attention inside a string: ASCII except '"' and '\\' (control characters
/// included: QJsonDocument accepts them, and so does Duet).
constexpr std::array<bool, 256> makePlainTable()
{
    std::array<bool, 256> t{};
    for (int c = 0x00; c < 0x80; ++c)
        t[size_t(c)] = c != '"' && c != '\\';
    return t;
}
constexpr std::array<bool, 256> kPlain = makePlainTable();

bool isContinuation(const char* p)
{
    return (static_cast<unsigned char>(*p) & 0xC0) == 0x80;
}

/// The length of the valid UTF-8 sequence at `p` (a byte >= 0x80), or 0 when it is invalid
/// (overlong forms, surrogates and code points past U+10FFFF included).
int utf8SequenceLength(const char* p, const char* end)
{
    const auto b0 = static_cast<unsigned char>(p[0]);
    const qsizetype left = end - p;
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return left >= 2 && isContinuation(p + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (left < 3 || !isContinuation(p + 1) || !isContinuation(p + 2))
            return 0;
        const auto b1 = static_cast<unsigned char>(p[1]);
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F))
            return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (left < 4 || !isContinuation(p + 1) || !isContinuation(p + 2) || !isContinuation(p + 3))
            return 0;
        const auto b1 = static_cast<unsigned char>(p[1]);
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

// Parsing ------------------------------------------------------------------------------------

bool JsonDom::fail(const char* at, const char* text, Error error)
{
    m_error = error;
    m_errorOffset = at - m_begin;
    m_errorText = text;
    return false;
}

void JsonDom::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonDom::parse(const QByteArray& json, int maxDepth)
{
    m_nodes.clear();
    m_error = Error::None;
    m_errorOffset = 0;
    m_errorText = "";
    m_begin = json.constData();
    m_p = m_begin;
    m_end = m_begin + json.size();
    m_maxDepth = maxDepth;
    if (json.size() >= std::numeric_limits<qint32>::max())
        return fail(m_begin, "document too large");
    m_nodes.reserve(size_t(json.size() / 8 + 8));
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3; // a byte order mark
    if (!parseValue(0)) {
        m_nodes.clear();
        return false;
    }
    skipSpace();
    if (m_p != m_end) {
        m_nodes.clear();
        return fail(m_p, "garbage at the end of the document");
    }
    return true;
}

bool JsonDom::parseString(bool* escaped)
{
    ++m_p; // the opening quote
    while (true) {
        while (m_p < m_end && kPlain[static_cast<unsigned char>(*m_p)])
            ++m_p;
        if (m_p >= m_end)
            return fail(m_p, "unterminated string");
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            ++m_p;
            return true;
        }
        if (c == '\\') {
            *escaped = true;
            if (m_end - m_p < 2)
                return fail(m_p, "unterminated string");
            if (m_p[1] == 'u') {
                if (m_end - m_p < 6 || hexDigitValue(m_p[2]) < 0 || hexDigitValue(m_p[3]) < 0 ||
                    hexDigitValue(m_p[4]) < 0 || hexDigitValue(m_p[5]) < 0)
                    return fail(m_p, "illegal \\u escape sequence");
                m_p += 6;
            } else {
                m_p += 2; // as QJsonDocument does: any other escaped byte stands for itself
            }
            continue;
        }
        const int n = utf8SequenceLength(m_p, m_end);
        if (n == 0)
            return fail(m_p, "invalid UTF-8 in a string");
        m_p += n;
    }
}

bool JsonDom::parseNumber()
{
    const char* p = m_p;
    auto digit = [&](const char* q) { return q < m_end && *q >= '0' && *q <= '9'; };
    if (p < m_end && *p == '-')
        ++p;
    if (!digit(p))
        return fail(p, "illegal number");
    if (*p == '0') {
        ++p;
    } else {
        while (digit(p))
            ++p;
    }
    if (p < m_end && *p == '.') {
        ++p;
        if (!digit(p))
            return fail(p, "illegal number");
        while (digit(p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digit(p))
            return fail(p, "illegal number");
        while (digit(p))
            ++p;
    }
    // Like QJsonDocument, refuse numbers beyond double's range, too large or too small (1e999, 1e-999).
    double value = 0;
    if (std::from_chars(m_p, p, value).ec != std::errc())
        return fail(m_p, "illegal number");
    m_p = p;
    return true;
}

bool JsonDom::parseValue(int depth)
{
    skipSpace();
    if (m_p >= m_end)
        return fail(m_p, "unexpected end of the document");
    const quint32 index = quint32(m_nodes.size());
    m_nodes.emplace_back();
    switch (*m_p) {
    case '{':
    case '[': {
        const bool isObject = *m_p == '{';
        const char close = isObject ? '}' : ']';
        if (depth + 1 > m_maxDepth)
            return fail(m_p, "nested too deep", Error::TooDeep);
        m_nodes[index].type = isObject ? JsonRef::Type::Object : JsonRef::Type::Array;
        ++m_p;
        skipSpace();
        quint32 count = 0;
        if (m_p < m_end && *m_p == close) {
            ++m_p;
        } else {
            while (true) {
                if (isObject) {
                    skipSpace();
                    if (m_p >= m_end || *m_p != '"')
                        return fail(m_p, "expected a member name");
                    const quint32 key = quint32(m_nodes.size());
                    m_nodes.emplace_back();
                    const char* start = m_p + 1;
                    bool escaped = false;
                    if (!parseString(&escaped))
                        return false;
                    Node& k = m_nodes[key];
                    k.type = JsonRef::Type::String;
                    k.start = quint32(start - m_begin);
                    k.length = quint32(m_p - 1 - start);
                    k.escaped = escaped;
                    k.end = key + 1;
                    skipSpace();
                    if (m_p >= m_end || *m_p != ':')
                        return fail(m_p, "expected ':' after a member name");
                    ++m_p;
                }
                if (!parseValue(depth + 1))
                    return false;
                ++count;
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == close) {
                    ++m_p;
                    break;
                }
                return fail(m_p, isObject ? "expected ',' or '}'" : "expected ',' or ']'");
            }
        }
        m_nodes[index].length = count;
        break;
    }
    case '"': {
        const char* start = m_p + 1;
        bool escaped = false;
        if (!parseString(&escaped))
            return false;
        Node& n = m_nodes[index];
        n.type = JsonRef::Type::String;
        n.start = quint32(start - m_begin);
        n.length = quint32(m_p - 1 - start);
        n.escaped = escaped;
        break;
    }
    case 't':
    case 'f':
    case 'n': {
        const char* word = *m_p == 't' ? "true" : *m_p == 'f' ? "false" : "null";
        const size_t len = std::strlen(word);
        if (size_t(m_end - m_p) < len || std::memcmp(m_p, word, len) != 0)
            return fail(m_p, "illegal value");
        m_nodes[index].type = *m_p == 'n' ? JsonRef::Type::Null : JsonRef::Type::Bool;
        m_nodes[index].flag = *m_p == 't';
        m_p += len;
        break;
    }
    default: {
        const char* start = m_p;
        if (*m_p != '-' && (*m_p < '0' || *m_p > '9'))
            return fail(m_p, "illegal value");
        if (!parseNumber())
            return false;
        Node& n = m_nodes[index];
        n.type = JsonRef::Type::Number;
        n.start = quint32(start - m_begin);
        n.length = quint32(m_p - start);
        break;
    }
    }
    m_nodes[index].end = quint32(m_nodes.size());
    return true;
}

// Strings ------------------------------------------------------------------------------------

QString JsonDom::stringAt(const Node& node) const
{
    const char* p = m_begin + node.start;
    if (node.length == 0)
        return QLatin1String("");
    if (!node.escaped)
        return QString::fromUtf8(p, node.length);
    const char* end = p + node.length;
    QString out(node.length, Qt::Uninitialized); // never more UTF-16 units than bytes
    QChar* d = out.data();
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == '\\') {
            const char e = p[1];
            p += 2;
            switch (e) {
            case 'b':
                *d++ = QLatin1Char('\b');
                break;
            case 'f':
                *d++ = QLatin1Char('\f');
                break;
            case 'n':
                *d++ = QLatin1Char('\n');
                break;
            case 'r':
                *d++ = QLatin1Char('\r');
                break;
            case 't':
                *d++ = QLatin1Char('\t');
                break;
            case 'u': {
                // The four digits were validated while parsing; the mask keeps any byte in range anyway.
                const auto digit = [](char h) { return unsigned(hexDigitValue(h)) & 0xFu; };
                *d++ = QChar(char16_t((digit(p[0]) << 12) | (digit(p[1]) << 8) | (digit(p[2]) << 4) | digit(p[3])));
                p += 4;
                break;
            }
            default: // '"', '\\', '/' and any other byte stand for themselves
                *d++ = QLatin1Char(e);
                break;
            }
        } else if (c < 0x80) {
            *d++ = QLatin1Char(char(c));
            ++p;
        } else { // validated while parsing
            const int n = utf8SequenceLength(p, end);
            char32_t cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
            for (int i = 1; i < n; ++i)
                cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
            if (cp > 0xFFFF) {
                *d++ = QChar(QChar::highSurrogate(cp));
                *d++ = QChar(QChar::lowSurrogate(cp));
            } else {
                *d++ = QChar(char16_t(cp));
            }
            p += n;
        }
    }
    out.truncate(d - out.constData());
    return out;
}

bool JsonDom::keyEquals(const Node& node, QLatin1String key) const
{
    if (!node.escaped)
        return qsizetype(node.length) == key.size() && std::memcmp(m_begin + node.start, key.data(), node.length) == 0;
    return stringAt(node) == key;
}

// JsonRef ------------------------------------------------------------------------------------

JsonRef::Type JsonRef::type() const
{
    return m_dom ? m_dom->m_nodes[m_index].type : Type::Undefined;
}

JsonRef JsonRef::value(QLatin1String key) const
{
    if (type() != Type::Object)
        return {};
    const auto& nodes = m_dom->m_nodes;
    quint32 j = m_index + 1;
    quint32 found = 0;
    for (quint32 n = nodes[m_index].length; n > 0; --n) {
        if (m_dom->keyEquals(nodes[j], key))
            found = j + 1; // keep going: the last of repeated keys wins, as in QJsonDocument
        j = nodes[j + 1].end;
    }
    return found ? JsonRef(m_dom, found) : JsonRef();
}

qsizetype JsonRef::size() const
{
    const Type t = type();
    return t == Type::Array || t == Type::Object ? qsizetype(m_dom->m_nodes[m_index].length) : 0;
}

JsonRef JsonRef::first() const
{
    return type() == Type::Array && m_dom->m_nodes[m_index].length > 0 ? JsonRef(m_dom, m_index + 1) : JsonRef();
}

JsonRef JsonRef::next() const
{
    return m_dom ? JsonRef(m_dom, m_dom->m_nodes[m_index].end) : JsonRef();
}

QString JsonRef::toString() const
{
    return type() == Type::String ? m_dom->stringAt(m_dom->m_nodes[m_index]) : QString();
}

bool JsonRef::equals(QLatin1String text) const
{
    return type() == Type::String && m_dom->keyEquals(m_dom->m_nodes[m_index], text);
}

bool JsonRef::toBool(bool fallback) const
{
    return type() == Type::Bool ? m_dom->m_nodes[m_index].flag : fallback;
}

bool JsonRef::toDouble(double* out) const
{
    if (type() != Type::Number)
        return false;
    const auto& node = m_dom->m_nodes[m_index];
    const char* p = m_dom->m_begin + node.start;
    const auto [ptr, ec] = std::from_chars(p, p + node.length, *out);
    return ec == std::errc() && ptr == p + node.length;
}

bool JsonRef::digitsToInt64(qint64* out) const
{
    if (type() != Type::String)
        return false;
    const auto& node = m_dom->m_nodes[m_index];
    if (node.escaped || node.length == 0 || node.length > 18)
        return false;
    const char* p = m_dom->m_begin + node.start;
    qint64 v = 0;
    for (quint32 i = 0; i < node.length; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}

} // namespace duet::cloudapi
