// SPDX-License-Identifier: GPL-3.0-or-later
// The type-specific details of a message (location, contact cards, replies, order, product,
// referral) as one normalized JSON object (docs/EVENTS.md, "Message details").
#include "WebhookReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace duet::cloudapi::detail {

namespace {

/// Reads the members of one payload object leniently: a member of the wrong type is left out and
/// named in `problems`, so the message itself is always kept.
class Reader
{
public:
    explicit Reader(QJsonArray* problems)
        : m_problems(problems)
    {}

    /// A string member; numbers are taken as their digits (ids sometimes arrive as numbers).
    void text(const JsonRef& o, const char* key, const QString& at, QJsonObject* out, const char* outKey = nullptr)
    {
        const JsonRef v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        const QLatin1String name(outKey ? outKey : key);
        if (v.isString()) {
            out->insert(name, v.toString());
            return;
        }
        double d = 0;
        if (v.isNumber() && v.toDouble(&d) && std::isfinite(d)) {
            out->insert(name, d == std::floor(d) && std::fabs(d) < 1e18 ? QString::number(qint64(d))
                                                                        : QString::number(d, 'g', 17));
            return;
        }
        problem(at + QLatin1String(key) + QLatin1String(" is not a string"));
    }

    /// A number member, given as a number or as a string holding one.
    void number(const JsonRef& o, const char* key, const QString& at, QJsonObject* out)
    {
        const JsonRef v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        double d = 0;
        bool ok = v.isNumber() && v.toDouble(&d);
        if (v.isString())
            d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d)) {
            out->insert(QLatin1String(key), d);
            return;
        }
        problem(at + QLatin1String(key) + QLatin1String(" is not a number"));
    }

    /// An object member; false (and a problem when present) when it is not one.
    bool object(const JsonRef& o, const char* key, const QString& at, JsonRef* out)
    {
        const JsonRef v = o.value(QLatin1String(key));
        if (v.isObject()) {
            *out = v;
            return true;
        }
        if (!v.isUndefined() && !v.isNull())
            problem(at + QLatin1String(key) + QLatin1String(" is not an object"));
        return false;
    }

    /// An array member; false (and a problem when present) when it is not one.
    bool array(const JsonRef& o, const char* key, const QString& at, JsonRef* out)
    {
        const JsonRef v = o.value(QLatin1String(key));
        if (v.isArray()) {
            *out = v;
            return true;
        }
        if (!v.isUndefined() && !v.isNull())
            problem(at + QLatin1String(key) + QLatin1String(" is not an array"));
        return false;
    }

    void problem(const QString& text) { m_problems->append(text); }

private:
    QJsonArray* m_problems;
};

/// Calls fn(element, "<at>[i].") for each object element of `array` up to the per-array limit.
template <typename Fn> void eachObject(Reader& r, const JsonRef& array, const QString& at, Fn&& fn)
{
    JsonRef item = array.first();
    const qsizetype n = qMin(array.size(), WebhookDecoder::kMaxArrayItems);
    for (qsizetype i = 0; i < n; ++i, item = item.next()) {
        const QString itemAt = at + QStringLiteral("[%1].").arg(i);
        if (!item.isObject()) {
            r.problem(itemAt.chopped(1) + QStringLiteral(" is not an object"));
            continue;
        }
        fn(item, itemAt);
    }
}

QJsonObject location(Reader& r, const JsonRef& l)
{
    const QString at = QStringLiteral("location.");
    QJsonObject o;
    r.number(l, "latitude", at, &o);
    r.number(l, "longitude", at, &o);
    r.text(l, "name", at, &o);
    r.text(l, "address", at, &o);
    r.text(l, "url", at, &o);
    const double lat = o.value(QLatin1String("latitude")).toDouble(0);
    const double lon = o.value(QLatin1String("longitude")).toDouble(0);
    if (std::fabs(lat) > 90 || std::fabs(lon) > 180) {
        r.problem(QStringLiteral("location coordinates are out of range"));
        o.remove(QLatin1String("latitude"));
        o.remove(QLatin1String("longitude"));
    }
    return o;
}

QJsonArray contactCards(Reader& r, const JsonRef& cards)
{
    QJsonArray out;
    eachObject(r, cards, QStringLiteral("contacts"), [&](const JsonRef& card, const QString& at) {
        QJsonObject c;
        JsonRef name;
        if (r.object(card, "name", at, &name)) {
            QJsonObject n;
            r.text(name, "formatted_name", at + QLatin1String("name."), &n);
            r.text(name, "first_name", at + QLatin1String("name."), &n);
            r.text(name, "last_name", at + QLatin1String("name."), &n);
            QString formatted = n.value(QLatin1String("formatted_name")).toString();
            if (formatted.isEmpty()) {
                formatted = QString(n.value(QLatin1String("first_name")).toString() + QLatin1Char(' ') +
                                    n.value(QLatin1String("last_name")).toString())
                                .trimmed();
            }
            if (!formatted.isEmpty())
                c.insert(QLatin1String("name"), formatted);
        }
        JsonRef org;
        if (r.object(card, "org", at, &org)) {
            QJsonObject o;
            r.text(org, "company", at + QLatin1String("org."), &o);
            r.text(org, "department", at + QLatin1String("org."), &o);
            r.text(org, "title", at + QLatin1String("org."), &o);
            if (!o.isEmpty())
                c.insert(QLatin1String("org"), o);
        }
        JsonRef phones;
        if (r.array(card, "phones", at, &phones)) {
            QJsonArray list;
            eachObject(r, phones, at + QLatin1String("phones"), [&](const JsonRef& phone, const QString& phoneAt) {
                QJsonObject p;
                r.text(phone, "phone", phoneAt, &p);
                r.text(phone, "wa_id", phoneAt, &p);
                r.text(phone, "type", phoneAt, &p);
                if (!p.value(QLatin1String("phone")).toString().isEmpty() ||
                    !p.value(QLatin1String("wa_id")).toString().isEmpty())
                    list.append(p);
            });
            if (!list.isEmpty())
                c.insert(QLatin1String("phones"), list);
        }
        JsonRef emails;
        if (r.array(card, "emails", at, &emails)) {
            QJsonArray list;
            eachObject(r, emails, at + QLatin1String("emails"), [&](const JsonRef& email, const QString& emailAt) {
                QJsonObject e;
                r.text(email, "email", emailAt, &e);
                r.text(email, "type", emailAt, &e);
                if (!e.value(QLatin1String("email")).toString().isEmpty())
                    list.append(e);
            });
            if (!list.isEmpty())
                c.insert(QLatin1String("emails"), list);
        }
        out.append(c);
    });
    return out;
}

QJsonObject interactiveReply(Reader& r, const JsonRef& interactive)
{
    QJsonObject reply;
    const QString at = QStringLiteral("interactive.");
    QJsonObject kind;
    r.text(interactive, "type", at, &kind);
    const QString type = kind.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        return reply;
    reply.insert(QLatin1String("kind"), type);
    JsonRef body;
    const QByteArray key = type.toLatin1();
    if (!r.object(interactive, key.constData(), at, &body))
        return reply;
    const QString bodyAt = at + type + QLatin1Char('.');
    r.text(body, "id", bodyAt, &reply);
    r.text(body, "title", bodyAt, &reply);
    r.text(body, "description", bodyAt, &reply);
    if (type == QLatin1String("nfm_reply")) {
        // A Flow's answer: its name, the text shown, and the form's fields (a JSON text on the wire).
        r.text(body, "name", bodyAt, &reply);
        r.text(body, "body", bodyAt, &reply);
        const JsonRef response = body.value(QLatin1String("response_json"));
        if (response.isString()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(response.toString().toUtf8(), &error);
            if (doc.isObject())
                reply.insert(QLatin1String("response"), doc.object());
            else
                r.problem(bodyAt + QLatin1String("response_json is not a JSON object"));
        } else if (!response.isUndefined() && !response.isNull()) {
            r.problem(bodyAt + QLatin1String("response_json is not a string"));
        }
    }
    return reply;
}

QJsonObject order(Reader& r, const JsonRef& order)
{
    const QString at = QStringLiteral("order.");
    QJsonObject o;
    r.text(order, "catalog_id", at, &o);
    r.text(order, "text", at, &o);
    JsonRef items;
    QJsonArray list;
    if (r.array(order, "product_items", at, &items)) {
        eachObject(r, items, at + QLatin1String("product_items"), [&](const JsonRef& item, const QString& itemAt) {
            QJsonObject i;
            r.text(item, "product_retailer_id", itemAt, &i);
            r.number(item, "quantity", itemAt, &i);
            r.number(item, "item_price", itemAt, &i);
            r.text(item, "currency", itemAt, &i);
            list.append(i);
        });
    }
    o.insert(QLatin1String("items"), list);
    return o;
}

QJsonObject referral(Reader& r, const JsonRef& ref)
{
    const QString at = QStringLiteral("referral.");
    QJsonObject o;
    for (const char* key : {"source_type", "source_id", "source_url", "headline", "body", "media_type", "image_url",
                            "video_url", "thumbnail_url", "ctwa_clid"})
        r.text(ref, key, at, &o);
    JsonRef welcome;
    if (r.object(ref, "welcome_message", at, &welcome))
        r.text(welcome, "text", at + QLatin1String("welcome_message."), &o, "welcome_text");
    return o;
}

} // namespace

QString messageDetails(const JsonRef& m, const QString& type)
{
    QJsonArray problems;
    Reader r(&problems);
    QJsonObject details;
    JsonRef payload;
    if (type == QLatin1String("location")) {
        if (r.object(m, "location", QString(), &payload))
            details.insert(QLatin1String("location"), location(r, payload));
    } else if (type == QLatin1String("contacts")) {
        if (r.array(m, "contacts", QString(), &payload))
            details.insert(QLatin1String("contacts"), contactCards(r, payload));
    } else if (type == QLatin1String("interactive")) {
        if (r.object(m, "interactive", QString(), &payload)) {
            const QJsonObject reply = interactiveReply(r, payload);
            if (!reply.isEmpty())
                details.insert(QLatin1String("reply"), reply);
        }
    } else if (type == QLatin1String("button")) {
        if (r.object(m, "button", QString(), &payload)) {
            QJsonObject reply{{QLatin1String("kind"), QLatin1String("button")}};
            r.text(payload, "text", QStringLiteral("button."), &reply, "title");
            r.text(payload, "payload", QStringLiteral("button."), &reply);
            details.insert(QLatin1String("reply"), reply);
        }
    } else if (type == QLatin1String("order")) {
        if (r.object(m, "order", QString(), &payload))
            details.insert(QLatin1String("order"), order(r, payload));
    }
    JsonRef context;
    JsonRef product;
    if (m.value(QLatin1String("context")).isObject()) {
        context = m.value(QLatin1String("context"));
        if (r.object(context, "referred_product", QStringLiteral("context."), &product)) {
            QJsonObject p;
            r.text(product, "catalog_id", QStringLiteral("context.referred_product."), &p);
            r.text(product, "product_retailer_id", QStringLiteral("context.referred_product."), &p);
            details.insert(QLatin1String("product"), p);
        }
    }
    JsonRef ref;
    if (m.value(QLatin1String("referral")).isObject()) {
        ref = m.value(QLatin1String("referral"));
        details.insert(QLatin1String("referral"), referral(r, ref));
    }
    if (!problems.isEmpty())
        details.insert(QLatin1String("problems"), problems);
    if (details.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
}

} // namespace duet::cloudapi::detail
