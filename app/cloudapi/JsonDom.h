// SPDX-License-Identifier: GPL-3.0-or-later
// A lean, validating JSON reader for webhook bodies: one pass into a flat node array, strings
// left as byte ranges until asked for, nesting depth limited while parsing.
#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <vector>

namespace duet::cloudapi {

class JsonDom;

/// A read-only handle on one JSON value of a JsonDom (or on nothing: isUndefined()). Cheap to copy;
/// valid while its JsonDom lives. Lookups on the wrong type give an undefined handle, never fail.
class JsonRef
{
public:
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

    JsonRef() = default;
    JsonRef(const JsonDom* dom, quint32 index)
        : m_dom(dom)
        , m_index(index)
    {}

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    /// An object's member (the last one, when a key repeats); undefined when absent or not an object.
    JsonRef value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    /// Elements of an array, members of an object; 0 otherwise.
    qsizetype size() const;
    /// The first element of an array (undefined when empty); then next() walks the siblings.
    JsonRef first() const;
    /// The next element of the same array; undefined after the last.
    JsonRef next() const;

    /// The string's text (escapes resolved); a null QString for non-strings, "" (not null) for "".
    QString toString() const;
    /// True when this is a string equal to `text` (ASCII), without building a QString.
    bool equals(QLatin1String text) const;
    bool toBool(bool fallback = false) const;
    /// The number's value; false when this is not a number or it is out of double's range.
    bool toDouble(double* out) const;
    /// A string of 1 to 18 ASCII digits as an integer; false otherwise.
    bool digitsToInt64(qint64* out) const;

private:
    friend class JsonDom;
    const JsonDom* m_dom = nullptr;
    quint32 m_index = 0;
};

/// Parses one JSON text. Usage: `JsonDom dom; if (dom.parse(bytes, 64)) walk(dom.root());`
/// The bytes must outlive the JsonDom (it keeps pointers into them).
class JsonDom
{
public:
    enum class Error { None, Syntax, TooDeep };

    /// Parses `json` (RFC 8259, UTF-8; a leading BOM is skipped); false on invalid JSON or on
    /// nesting deeper than `maxDepth`, with error() and errorOffset() set.
    bool parse(const QByteArray& json, int maxDepth);
    /// A temporary would be gone before the first lookup: refused at compile time.
    bool parse(QByteArray&& json, int maxDepth) = delete;
    Error error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const char* errorText() const { return m_errorText; }
    JsonRef root() const { return m_nodes.empty() ? JsonRef() : JsonRef(this, 0); }

private:
    friend class JsonRef;
    struct Node
    {
        quint32 start = 0;  ///< strings and numbers: first byte of the text (inside the quotes)
        quint32 length = 0; ///< strings and numbers: byte count; containers: element count
        quint32 end = 0;    ///< the index after this node's subtree
        JsonRef::Type type = JsonRef::Type::Undefined;
        bool escaped = false; ///< strings: contains backslash escapes
        bool flag = false;    ///< booleans: the value
    };

    bool fail(const char* at, const char* text, Error error = Error::Syntax);
    bool parseValue(int depth);
    bool parseString(bool* escaped);
    bool parseNumber();
    void skipSpace();
    QString stringAt(const Node& node) const;
    bool keyEquals(const Node& node, QLatin1String key) const;

    std::vector<Node> m_nodes;
    const char* m_begin = nullptr;
    const char* m_p = nullptr;
    const char* m_end = nullptr;
    int m_maxDepth = 64;
    Error m_error = Error::None;
    qsizetype m_errorOffset = 0;
    const char* m_errorText = "";
};

} // namespace duet::cloudapi
