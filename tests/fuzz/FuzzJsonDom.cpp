// SPDX-License-Identifier: GPL-3.0-or-later
// Differential fuzz target: the webhook decoder's JsonDom against QJsonDocument, the reference
// reader: both accept the same documents, and on valid ones every value reads the same.

#include "FuzzSupport.h"
#include "cloudapi/JsonDom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace duet;
using cloudapi::JsonRef;

namespace {

/// The reference's nesting limit; JsonDom gets the same one so that depth does not differ.
constexpr int kDepth = 1024;

bool isAscii(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

void compare(const JsonRef& mine, const QJsonValue& ref, const QString& at)
{
    switch (ref.type()) {
    case QJsonValue::Null:
        FUZZ_CHECK_MSG(mine.isNull(), at);
        break;
    case QJsonValue::Bool:
        FUZZ_CHECK_MSG(mine.isBool() && mine.toBool() == ref.toBool(), at);
        break;
    case QJsonValue::Double: {
        FUZZ_CHECK_MSG(mine.isNumber(), at);
        double d = 0;
        // JsonDom refuses numbers out of double's range; the reference may keep them as infinity.
        if (mine.toDouble(&d)) {
            const double r = ref.toDouble();
            FUZZ_CHECK_MSG(d == r || (std::isnan(d) && std::isnan(r)),
                           at + QStringLiteral(": %1 != %2").arg(d, 0, 'g', 17).arg(r, 0, 'g', 17));
        }
        break;
    }
    case QJsonValue::String:
        FUZZ_CHECK_MSG(mine.isString() && mine.toString() == ref.toString(), at);
        break;
    case QJsonValue::Array: {
        const QJsonArray a = ref.toArray();
        FUZZ_CHECK_MSG(mine.isArray() && mine.size() == a.size(), at);
        JsonRef item = mine.first();
        for (qsizetype i = 0; i < a.size(); ++i, item = item.next())
            compare(item, a.at(i), at + QStringLiteral("[%1]").arg(i));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = ref.toObject();
        // Repeated keys count in JsonDom's size; the reference keeps the last of them, as value() does.
        FUZZ_CHECK_MSG(mine.isObject() && mine.size() >= o.size(), at);
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Lookups name keys in ASCII (every key Duet reads is).
            if (!isAscii(it.key()))
                continue;
            const QByteArray key = it.key().toLatin1();
            compare(mine.value(QLatin1String(key)), it.value(), at + QLatin1Char('.') + it.key());
        }
        break;
    }
    case QJsonValue::Undefined:
        FUZZ_CHECK_MSG(false, at);
    }
}

/// QJsonDocument's one known leniency: it takes numbers whose integer part, fraction or exponent
/// has no digit (".5", "-.5", "1.", "0.E15", "2e"); RFC 8259 does not, and neither does JsonDom.
/// True when JsonDom refused `json` at such a number.
bool isLenientNumber(const cloudapi::JsonDom& dom, const QByteArray& json)
{
    if (qstrcmp(dom.errorText(), "illegal number") != 0 && qstrcmp(dom.errorText(), "illegal value") != 0)
        return false;
    auto numeric = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    qsizetype begin = std::min(dom.errorOffset(), json.size());
    while (begin > 0 && numeric(json[begin - 1]))
        --begin;
    qsizetype end = begin;
    while (end < json.size() && numeric(json[end]))
        ++end;
    const QString token = QString::fromLatin1(json.mid(begin, end - begin));
    static const QRegularExpression strict(QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    static const QRegularExpression lenient(QStringLiteral("^-?(0|[0-9]*)(\\.[0-9]*)?([eE][+-]?[0-9]*)?$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    return token.contains(digit) && lenient.match(token).hasMatch() && !strict.match(token).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray json = fuzz::bytes(data, size);
    cloudapi::JsonDom dom;
    const bool parsed = dom.parse(json, kDepth);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const bool refAccepts = error.error == QJsonParseError::NoError;
    // QJsonDocument takes only an object or an array at the top; JsonDom any value.
    const bool mineAccepts = parsed && (dom.root().isObject() || dom.root().isArray());
    if (refAccepts && !parsed && isLenientNumber(dom, json))
        return 0;
    FUZZ_CHECK_MSG(mineAccepts == refAccepts,
                   QStringLiteral("JsonDom %1 (%2), QJsonDocument %3 (%4)")
                       .arg(QLatin1String(mineAccepts ? "accepts" : "refuses"), QLatin1String(dom.errorText()),
                            QLatin1String(refAccepts ? "accepts" : "refuses"), error.errorString()));
    if (!parsed)
        FUZZ_CHECK(dom.error() != cloudapi::JsonDom::Error::None && dom.errorOffset() >= 0 &&
                   dom.errorOffset() <= json.size());
    // QJsonDocument drops a byte order mark at the start of a key or string ("\xEF\xBB\xBFid" is
    // the key "id" to it); JsonDom keeps a key's bytes as they are. Values are compared when no BOM
    // follows the document's start.
    if (mineAccepts && json.indexOf("\xEF\xBB\xBF", 1) < 0)
        compare(dom.root(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), QStringLiteral("$"));
    return 0;
}
