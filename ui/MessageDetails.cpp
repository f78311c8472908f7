// SPDX-License-Identifier: GPL-3.0-or-later
// Message details as bubble parts, previews and links.
#include "MessageDetails.h"

#include "core/PhoneFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace duet::ui {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool hasNumber(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).isDouble();
}

/// A number as people read it: no trailing zeros for whole numbers, two decimals for money.
QString amount(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString quantity(double value)
{
    return value == std::floor(value) ? QString::number(qint64(value)) : QLocale().toString(value, 'g', 6);
}

QString digitsOf(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QString phoneText(const QJsonObject& phone)
{
    QString given = str(phone, "phone");
    if (!given.isEmpty())
        return given;
    const QString formatted = PhoneFormat::international(str(phone, "wa_id"));
    return formatted.isEmpty() ? str(phone, "wa_id") : formatted;
}

QString placeText(const QJsonObject& location)
{
    QStringList parts;
    for (const char* key : {"name", "address"}) {
        const QString part = str(location, key).simplified();
        if (!part.isEmpty())
            parts << part;
    }
    if (parts.isEmpty() && hasNumber(location, "latitude") && hasNumber(location, "longitude"))
        parts << MessageDetails::coordinates(location.value(QLatin1String("latitude")).toDouble(),
                                             location.value(QLatin1String("longitude")).toDouble());
    return parts.join(QLatin1String(", "));
}

QStringList cardNames(const QJsonArray& cards)
{
    QStringList names;
    for (const auto& card : cards) {
        const QString name = str(card.toObject(), "name");
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

double itemCount(const QJsonArray& items)
{
    double count = 0;
    for (const auto& item : items) {
        const QJsonObject i = item.toObject();
        count += hasNumber(i, "quantity") ? i.value(QLatin1String("quantity")).toDouble() : 1;
    }
    return count;
}

} // namespace

QJsonObject MessageDetails::parse(const QString& details)
{
    if (details.isEmpty())
        return {};
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

QString MessageDetails::coordinates(double latitude, double longitude)
{
    return QStringLiteral("%1, %2").arg(latitude, 0, 'f', 6).arg(longitude, 0, 'f', 6);
}

QUrl MessageDetails::mapUrl(double latitude, double longitude)
{
    const QString lat = QString::number(latitude, 'f', 6);
    const QString lon = QString::number(longitude, 'f', 6);
    return QUrl(QStringLiteral("https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=16/%1/%2").arg(lat, lon));
}

QUrl MessageDetails::linkUrl(const QString& link)
{
    if (link.startsWith(QLatin1String("map:"))) {
        const QStringList parts = link.mid(4).split(QLatin1Char(','));
        bool okLat = false;
        bool okLon = false;
        const double lat = parts.value(0).toDouble(&okLat);
        const double lon = parts.value(1).toDouble(&okLon);
        return okLat && okLon ? mapUrl(lat, lon) : QUrl();
    }
    if (link.startsWith(QLatin1String("url:"))) {
        const QUrl url(link.mid(4));
        // Only web addresses: the payload comes from outside.
        return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ? url : QUrl();
    }
    return QUrl();
}

QString MessageDetails::chatNumber(const QString& link)
{
    return link.startsWith(QLatin1String("chat:")) ? link.mid(5) : QString();
}

QString MessageDetails::linkLabel(const QString& link)
{
    if (link.startsWith(QLatin1String("map:")))
        return tr("Open in map");
    if (link.startsWith(QLatin1String("url:")))
        return tr("Open link: %1").arg(link.mid(4));
    if (link.startsWith(QLatin1String("chat:"))) {
        const QString formatted = PhoneFormat::international(link.mid(5));
        return tr("Start a conversation with %1").arg(formatted.isEmpty() ? link.mid(5) : formatted);
    }
    return link;
}

DetailsView MessageDetails::view(const QString& type, const QString& text, const QString& details)
{
    DetailsView v;
    const QJsonObject d = parse(details);
    if (d.isEmpty())
        return v;
    QStringList body;
    QStringList note;

    const QJsonObject referral = d.value(QLatin1String("referral")).toObject();
    if (d.contains(QLatin1String("referral"))) {
        const QString headline = str(referral, "headline");
        const QString source = str(referral, "source_type");
        v.header = source == QLatin1String("post")
                       ? (headline.isEmpty() ? tr("From a post") : tr("From post: %1").arg(headline))
                       : (headline.isEmpty() ? tr("From an ad") : tr("From ad: %1").arg(headline));
        QStringList about;
        if (!source.isEmpty())
            about << source;
        if (!str(referral, "media_type").isEmpty())
            about << str(referral, "media_type");
        if (!str(referral, "body").isEmpty())
            about << str(referral, "body").simplified();
        if (!about.isEmpty())
            note << about.join(QStringLiteral(" · "));
        if (!str(referral, "source_id").isEmpty())
            note << tr("Ad id: %1").arg(str(referral, "source_id"));
        if (!str(referral, "source_url").isEmpty())
            v.links << QStringLiteral("url:") + str(referral, "source_url");
    }

    if (type == QLatin1String("location") && d.contains(QLatin1String("location"))) {
        const QJsonObject l = d.value(QLatin1String("location")).toObject();
        for (const char* key : {"name", "address"}) {
            if (!str(l, key).isEmpty())
                body << str(l, key);
        }
        if (hasNumber(l, "latitude") && hasNumber(l, "longitude")) {
            const double lat = l.value(QLatin1String("latitude")).toDouble();
            const double lon = l.value(QLatin1String("longitude")).toDouble();
            body << coordinates(lat, lon);
            v.links << QStringLiteral("map:%1,%2").arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6);
        }
        if (!str(l, "url").isEmpty())
            v.links << QStringLiteral("url:") + str(l, "url");
        if (body.isEmpty())
            body << tr("Location");
    } else if (type == QLatin1String("contacts") && d.contains(QLatin1String("contacts"))) {
        const QJsonArray cards = d.value(QLatin1String("contacts")).toArray();
        for (const auto& value : cards) {
            const QJsonObject card = value.toObject();
            QString name = str(card, "name");
            if (name.isEmpty())
                name = tr("Contact without a name");
            const QString company = str(card.value(QLatin1String("org")).toObject(), "company");
            body << (company.isEmpty() ? name : tr("%1 (%2)").arg(name, company));
            const QJsonArray pList = card.value(QLatin1String("phones")).toArray();
            for (const auto& p : pList) {
                const QJsonObject phone = p.toObject();
                const QString kind = str(phone, "type");
                body << (kind.isEmpty() ? QStringLiteral("  ") + phoneText(phone)
                                        : QStringLiteral("  %1 (%2)").arg(phoneText(phone), kind.toLower()));
                QString digits = digitsOf(str(phone, "wa_id"));
                if (digits.isEmpty())
                    digits = digitsOf(str(phone, "phone"));
                if (!digits.isEmpty() && !v.links.contains(QStringLiteral("chat:") + digits))
                    v.links << QStringLiteral("chat:") + digits;
            }
            const QJsonArray eList = card.value(QLatin1String("emails")).toArray();
            for (const auto& e : eList)
                body << QStringLiteral("  ") + str(e.toObject(), "email");
        }
        if (body.isEmpty())
            body << tr("Contact card");
    } else if ((type == QLatin1String("interactive") || type == QLatin1String("button")) &&
               d.contains(QLatin1String("reply"))) {
        const QJsonObject r = d.value(QLatin1String("reply")).toObject();
        const QString kind = str(r, "kind");
        if (kind == QLatin1String("nfm_reply")) {
            body << (str(r, "body").isEmpty() ? tr("Form answered") : str(r, "body"));
            if (!str(r, "name").isEmpty())
                note << tr("Form: %1").arg(str(r, "name"));
            const QJsonObject response = r.value(QLatin1String("response")).toObject();
            for (auto it = response.begin(); it != response.end(); ++it) {
                if (it.key() == QLatin1String("flow_token"))
                    continue;
                const QJsonValue value = it.value();
                const QString shown =
                    value.isString() ? value.toString()
                    : value.isDouble()
                        ? quantity(value.toDouble())
                        : QString::fromUtf8(
                              QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
                body << QStringLiteral("%1: %2").arg(it.key(), shown);
            }
        } else {
            body << (str(r, "title").isEmpty() ? text : str(r, "title"));
            if (!str(r, "description").isEmpty())
                body << str(r, "description");
            if (kind == QLatin1String("button"))
                note << tr("Button payload: %1").arg(str(r, "payload"));
            else if (!str(r, "id").isEmpty())
                note << (kind == QLatin1String("list_reply") ? tr("List reply id: %1").arg(str(r, "id"))
                                                             : tr("Button reply id: %1").arg(str(r, "id")));
        }
    } else if (type == QLatin1String("order") && d.contains(QLatin1String("order"))) {
        const QJsonObject o = d.value(QLatin1String("order")).toObject();
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        if (!str(o, "text").isEmpty())
            body << str(o, "text");
        body << tr("Order: %n item(s)", nullptr, int(itemCount(items)));
        double total = 0;
        QString currency;
        bool computable = !items.isEmpty();
        for (const auto& value : items) {
            const QJsonObject i = value.toObject();
            const QString product =
                str(i, "product_retailer_id").isEmpty() ? tr("Unnamed product") : str(i, "product_retailer_id");
            const double qty = hasNumber(i, "quantity") ? i.value(QLatin1String("quantity")).toDouble() : 1;
            const QString itemCurrency = str(i, "currency");
            if (hasNumber(i, "item_price")) {
                const double price = i.value(QLatin1String("item_price")).toDouble();
                body << tr("%1 × %2, %3 %4 each").arg(quantity(qty), product, amount(price), itemCurrency).trimmed();
                total += qty * price;
            } else {
                body << tr("%1 × %2").arg(quantity(qty), product);
                computable = false;
            }
            if (currency.isNull())
                currency = itemCurrency;
            else if (currency != itemCurrency)
                computable = false;
        }
        if (computable)
            body << tr("Total: %1 %2").arg(amount(total), currency).trimmed();
        if (!str(o, "catalog_id").isEmpty())
            note << tr("Catalog: %1").arg(str(o, "catalog_id"));
    }

    if (d.contains(QLatin1String("product"))) {
        const QJsonObject p = d.value(QLatin1String("product")).toObject();
        note << tr("Asking about product %1 (catalog %2)")
                    .arg(str(p, "product_retailer_id"),
                         str(p, "catalog_id").isEmpty() ? QStringLiteral("?") : str(p, "catalog_id"));
    }
    if (!d.value(QLatin1String("problems")).toArray().isEmpty())
        note << tr("Some details of this message could not be read.");
    // Lines as QTextLayout breaks them (it takes no '\n').
    if (!body.isEmpty())
        v.body = body.join(QChar(QChar::LineSeparator));
    if (!note.isEmpty())
        v.note = note.join(QChar(QChar::LineSeparator));
    return v;
}

QString MessageDetails::oneLine(const QString& type, const QString& text, const QString& details)
{
    const QJsonObject d = parse(details);
    if (type == QLatin1String("location")) {
        const QString place = placeText(d.value(QLatin1String("location")).toObject());
        const QString shown = place.isEmpty() ? text.simplified() : place;
        return QStringLiteral("📍 ") + (shown.isEmpty() ? tr("Location") : shown);
    }
    if (type == QLatin1String("contacts")) {
        QStringList names = cardNames(d.value(QLatin1String("contacts")).toArray());
        const QString shown = names.isEmpty() ? text.simplified() : names.join(QLatin1String(", "));
        return QStringLiteral("👤 ") + (shown.isEmpty() ? tr("Contact card") : shown);
    }
    if (type == QLatin1String("order")) {
        const QJsonArray items = d.value(QLatin1String("order")).toObject().value(QLatin1String("items")).toArray();
        return QStringLiteral("🛒 ") + tr("Order: %n item(s)", nullptr, int(itemCount(items)));
    }
    if ((type == QLatin1String("interactive") || type == QLatin1String("button")) && !text.isEmpty())
        return QStringLiteral("↩ ") + text.simplified();
    return QString();
}

} // namespace duet::ui
