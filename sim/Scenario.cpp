// SPDX-License-Identifier: GPL-3.0-or-later
// A simulator scenario: the business, its limits and templates, and a scripted day of traffic.
#include "Scenario.h"

#include "core/PhoneNumber.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace duet::sim {

namespace {

/// Reads typed fields and remembers the first problem with its JSON path.
class Reader
{
public:
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + what;
        return false;
    }

    bool string(const QJsonObject& o, const QString& key, const QString& where, bool required, QString* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            return required ? fail(where + QLatin1Char('.') + key, QStringLiteral("is missing")) : true;
        }
        if (!v.isString() || (required && v.toString().isEmpty()))
            return fail(where + QLatin1Char('.') + key, QStringLiteral("must be a non-empty string"));
        *out = v.toString();
        return true;
    }

    bool number(const QJsonObject& o, const QString& key, const QString& where, double min, double max, double* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max) {
            return fail(where + QLatin1Char('.') + key,
                        QStringLiteral("must be a number from %1 to %2").arg(min).arg(max));
        }
        *out = v.toDouble();
        return true;
    }

    bool integer(const QJsonObject& o, const QString& key, const QString& where, qint64 min, qint64 max, qint64* out)
    {
        double d = double(*out);
        if (!number(o, key, where, double(min), double(max), &d))
            return false;
        if (d != std::floor(d))
            return fail(where + QLatin1Char('.') + key, QStringLiteral("must be a whole number"));
        *out = qint64(d);
        return true;
    }

    bool intField(const QJsonObject& o, const QString& key, const QString& where, int min, int max, int* out)
    {
        qint64 v = *out;
        if (!integer(o, key, where, min, max, &v))
            return false;
        *out = int(v);
        return true;
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& where, bool* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(where + QLatin1Char('.') + key, QStringLiteral("must be true or false"));
        *out = v.toBool();
        return true;
    }

    /// A username by WhatsApp's rules (docs/CLOUDAPI-CONTRACT.md, "The identifiers"), a leading '@' dropped; empty
    /// allowed when `mayBeEmpty`.
    bool username(const QJsonObject& o, const QString& key, const QString& where, bool mayBeEmpty, QString* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        QString name = v.toString();
        if (name.startsWith(QLatin1Char('@')))
            name.remove(0, 1);
        if (!v.isString() || (name.isEmpty() && !mayBeEmpty) || (!name.isEmpty() && !isUsername(name)))
            return fail(where + QLatin1Char('.') + key,
                        QStringLiteral("must be a username: 3 to 35 English letters, digits, '.' or '_', with a "
                                       "letter, no '.' at either end or twice in a row, not starting with www"));
        *out = name;
        return true;
    }

    static bool isUsername(const QString& name)
    {
        if (name.size() < 3 || name.size() > 35 || name.startsWith(QLatin1Char('.')) ||
            name.endsWith(QLatin1Char('.')) || name.contains(QLatin1String("..")) ||
            name.startsWith(QLatin1String("www"), Qt::CaseInsensitive))
            return false;
        bool letter = false;
        for (QChar c : name) {
            const bool isLetter =
                (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
            letter = letter || isLetter;
            if (!isLetter && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char('.') &&
                c != QLatin1Char('_'))
                return false;
        }
        return letter;
    }

    bool phone(const QJsonObject& o, const QString& key, const QString& where, QString* out)
    {
        QString raw;
        if (!string(o, key, where, true, &raw))
            return false;
        if (PhoneNumber::toE164(raw).isNull())
            return fail(where + QLatin1Char('.') + key, QStringLiteral("is not a phone number (7 to 15 digits)"));
        *out = PhoneNumber::digitsOnly(raw);
        return true;
    }
};

const QStringList kMediaTypes = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                                 QStringLiteral("document"), QStringLiteral("sticker")};

const QStringList kTemplateStatuses = {QStringLiteral("APPROVED"),         QStringLiteral("PENDING"),
                                       QStringLiteral("REJECTED"),         QStringLiteral("PAUSED"),
                                       QStringLiteral("DISABLED"),         QStringLiteral("IN_APPEAL"),
                                       QStringLiteral("PENDING_DELETION"), QStringLiteral("ARCHIVED")};

/// A template id like Meta's (16 digits, below 2^53 as Meta's are), the same for the same name and language.
QString templateIdFor(const QString& name, const QString& language)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a
    const QString key = name + QLatin1Char('/') + language;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return QString::number(1000000000000000ULL + h % 8000000000000000ULL); // below 2^53: exact as a JSON number
}

bool readTemplates(Reader& r, const QJsonValue& value, QList<TemplateSpec>* out)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return r.fail(QStringLiteral("templates"), QStringLiteral("must be an array"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("templates[%1]").arg(i);
        if (!array.at(i).isObject())
            return r.fail(where, QStringLiteral("must be an object"));
        const QJsonObject o = array.at(i).toObject();
        TemplateSpec t;
        t.language = QStringLiteral("en_US");
        t.category = QStringLiteral("utility");
        if (!r.string(o, QStringLiteral("name"), where, true, &t.name) ||
            !r.string(o, QStringLiteral("language"), where, false, &t.language) ||
            !r.string(o, QStringLiteral("category"), where, false, &t.category) ||
            !r.intField(o, QStringLiteral("header"), where, 0, 1, &t.headerParams) ||
            !r.intField(o, QStringLiteral("body"), where, 0, 100, &t.bodyParams))
            return false;
        const QJsonValue buttons = o.value(QStringLiteral("buttons"));
        if (!buttons.isUndefined()) {
            if (!buttons.isArray() || buttons.toArray().size() > 10)
                return r.fail(where + QStringLiteral(".buttons"),
                              QStringLiteral("must be an array of up to 10 counts"));
            const QJsonArray counts = buttons.toArray();
            for (qsizetype b = 0; b < counts.size(); ++b) {
                const double n = counts.at(b).toDouble(-1);
                if (!counts.at(b).isDouble() || n < 0 || n > 1 || n != std::floor(n))
                    return r.fail(where + QStringLiteral(".buttons[%1]").arg(b), QStringLiteral("must be 0 or 1"));
                if (n > 0)
                    t.buttonParams.insert(int(b), int(n));
            }
        }
        if (!r.boolean(o, QStringLiteral("request_contact_info"), where, &t.requestsContactInfo) ||
            !r.string(o, QStringLiteral("id"), where, false, &t.id) ||
            !r.string(o, QStringLiteral("status"), where, false, &t.status) ||
            !r.string(o, QStringLiteral("header_text"), where, false, &t.headerText) ||
            !r.string(o, QStringLiteral("body_text"), where, false, &t.bodyText) ||
            !r.string(o, QStringLiteral("footer_text"), where, false, &t.footerText))
            return false;
        t.buttonCount = int(buttons.toArray().size());
        t.status = t.status.toUpper();
        if (!kTemplateStatuses.contains(t.status))
            return r.fail(where + QStringLiteral(".status"),
                          QStringLiteral("must be one of %1").arg(kTemplateStatuses.join(QStringLiteral(", "))));
        for (const TemplateSpec& other : std::as_const(*out)) {
            if (other.name == t.name && other.language == t.language)
                return r.fail(where, QStringLiteral("%1 in %2 is listed twice").arg(t.name, t.language));
        }
        if (t.id.isEmpty())
            t.id = templateIdFor(t.name, t.language);
        out->append(t);
    }
    return true;
}

bool readStep(Reader& r, const QJsonObject& o, const QString& where, const QSet<QString>& customers,
              const QSet<QString>& knownIds, ScenarioStep* step)
{
    double at = -1;
    if (!r.number(o, QStringLiteral("at"), where, 0, 31.0 * 24 * 3600, &at))
        return false;
    if (at < 0)
        return r.fail(where + QStringLiteral(".at"), QStringLiteral("is missing"));
    step->atMs = qint64(std::llround(at * 1000));
    if (!r.string(o, QStringLiteral("type"), where, true, &step->type) ||
        !r.string(o, QStringLiteral("id"), where, false, &step->id))
        return false;
    step->data = o;
    const QString& type = step->type;
    QString text;
    auto needCustomer = [&](const QString& key) {
        QString number;
        if (!r.phone(o, key, where, &number))
            return false;
        if (!customers.contains(number))
            return r.fail(where + QLatin1Char('.') + key, QStringLiteral("is not one of the scenario's customers"));
        step->data.insert(key, number);
        return true;
    };
    auto needReference = [&](const QString& key, bool required) {
        QString ref;
        if (!r.string(o, key, where, required, &ref))
            return false;
        if (!ref.isEmpty() && ref != QLatin1String("last_business") && !knownIds.contains(ref))
            return r.fail(where + QLatin1Char('.') + key,
                          QStringLiteral("names no earlier step (use a step id or \"last_business\")"));
        return true;
    };
    if (type == QLatin1String("text"))
        return needCustomer(QStringLiteral("from")) && r.string(o, QStringLiteral("text"), where, true, &text) &&
               needReference(QStringLiteral("reply_to"), false) &&
               (o.value(QStringLiteral("referral")).isUndefined() || o.value(QStringLiteral("referral")).isObject() ||
                r.fail(where + QStringLiteral(".referral"), QStringLiteral("must be an object"))) &&
               (o.value(QStringLiteral("product")).isUndefined() || o.value(QStringLiteral("product")).isObject() ||
                r.fail(where + QStringLiteral(".product"), QStringLiteral("must be an object")));
    if (kMediaTypes.contains(type)) {
        double fileSize = 0;
        return needCustomer(QStringLiteral("from")) && r.string(o, QStringLiteral("mime_type"), where, true, &text) &&
               needReference(QStringLiteral("reply_to"), false) &&
               r.number(o, QStringLiteral("file_size"), where, 1, 100.0 * 1024 * 1024, &fileSize);
    }
    if (type == QLatin1String("location")) {
        double latitude = 1000;
        double longitude = 1000;
        if (!needCustomer(QStringLiteral("from")) ||
            !r.number(o, QStringLiteral("latitude"), where, -90, 90, &latitude) ||
            !r.number(o, QStringLiteral("longitude"), where, -180, 180, &longitude) ||
            !r.string(o, QStringLiteral("name"), where, false, &text) ||
            !r.string(o, QStringLiteral("address"), where, false, &text) ||
            !r.string(o, QStringLiteral("url"), where, false, &text))
            return false;
        if (latitude > 90 || longitude > 180)
            return r.fail(where, QStringLiteral("latitude and longitude are required"));
        return true;
    }
    if (type == QLatin1String("contacts")) {
        if (!needCustomer(QStringLiteral("from")))
            return false;
        const QJsonArray cards = o.value(QStringLiteral("cards")).toArray();
        if (cards.isEmpty())
            return r.fail(where + QStringLiteral(".cards"), QStringLiteral("must be a non-empty array of cards"));
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const QString cardAt = where + QStringLiteral(".cards[%1]").arg(i);
            const QJsonObject card = cards.at(i).toObject();
            if (!r.string(card, QStringLiteral("name"), cardAt, true, &text) ||
                !r.string(card, QStringLiteral("org"), cardAt, false, &text))
                return false;
            if (!card.value(QStringLiteral("phones")).isUndefined() && !card.value(QStringLiteral("phones")).isArray())
                return r.fail(cardAt + QStringLiteral(".phones"), QStringLiteral("must be an array of numbers"));
            const QJsonArray phoneList = card.value(QStringLiteral("phones")).toArray();
            for (const auto& phone : phoneList) {
                if (!phone.isString() || PhoneNumber::toE164(phone.toString()).isNull())
                    return r.fail(cardAt + QStringLiteral(".phones"),
                                  QStringLiteral("must hold phone numbers (7 to 15 digits)"));
            }
            const QJsonArray emailList = card.value(QStringLiteral("emails")).toArray();
            for (const auto& email : emailList) {
                if (!email.isString())
                    return r.fail(cardAt + QStringLiteral(".emails"), QStringLiteral("must hold strings"));
            }
        }
        return true;
    }
    if (type == QLatin1String("order")) {
        if (!needCustomer(QStringLiteral("from")) || !r.string(o, QStringLiteral("catalog_id"), where, true, &text) ||
            !r.string(o, QStringLiteral("text"), where, false, &text))
            return false;
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            return r.fail(where + QStringLiteral(".items"), QStringLiteral("must be a non-empty array of products"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemAt = where + QStringLiteral(".items[%1]").arg(i);
            const QJsonObject item = items.at(i).toObject();
            qint64 quantity = 1;
            double price = 0;
            if (!r.string(item, QStringLiteral("product_retailer_id"), itemAt, true, &text) ||
                !r.integer(item, QStringLiteral("quantity"), itemAt, 1, 10000, &quantity) ||
                !r.number(item, QStringLiteral("item_price"), itemAt, 0, 1e9, &price) ||
                !r.string(item, QStringLiteral("currency"), itemAt, true, &text))
                return false;
        }
        return true;
    }
    if (type == QLatin1String("button_reply") || type == QLatin1String("list_reply")) {
        // A tap on a reply button or a list row of the business's interactive message.
        return needCustomer(QStringLiteral("from")) && r.string(o, QStringLiteral("reply_id"), where, true, &text) &&
               r.string(o, QStringLiteral("title"), where, true, &text) &&
               r.string(o, QStringLiteral("description"), where, false, &text) &&
               needReference(QStringLiteral("reply_to"), false);
    }
    if (type == QLatin1String("button")) {
        // A tap on a template's quick-reply button.
        return needCustomer(QStringLiteral("from")) && r.string(o, QStringLiteral("text"), where, true, &text) &&
               r.string(o, QStringLiteral("payload"), where, false, &text) &&
               needReference(QStringLiteral("reply_to"), false);
    }
    if (type == QLatin1String("reaction"))
        return needCustomer(QStringLiteral("from")) && needReference(QStringLiteral("target"), true) &&
               r.string(o, QStringLiteral("emoji"), where, false, &text);
    if (type == QLatin1String("echo"))
        return needCustomer(QStringLiteral("to")) && r.string(o, QStringLiteral("text"), where, true, &text);
    if (type == QLatin1String("contact")) {
        QString action, number;
        if (!r.string(o, QStringLiteral("action"), where, true, &action) ||
            !r.phone(o, QStringLiteral("phone_number"), where, &number))
            return false;
        step->data.insert(QStringLiteral("phone_number"), number);
        if (action != QLatin1String("add") && action != QLatin1String("remove"))
            return r.fail(where + QStringLiteral(".action"), QStringLiteral("must be \"add\" or \"remove\""));
        return true;
    }
    if (type == QLatin1String("partner_removed"))
        return r.string(o, QStringLiteral("reason"), where, false, &text) &&
               r.string(o, QStringLiteral("initiated_by"), where, false, &text);
    if (type == QLatin1String("account_offboarded") || type == QLatin1String("account_reconnected"))
        return true;
    if (type == QLatin1String("template_status")) {
        QString name, event;
        return r.string(o, QStringLiteral("name"), where, true, &name) &&
               r.string(o, QStringLiteral("event"), where, true, &event) &&
               r.string(o, QStringLiteral("language"), where, false, &text) &&
               r.string(o, QStringLiteral("reason"), where, false, &text);
    }
    if (type == QLatin1String("share_phone"))
        return needCustomer(QStringLiteral("from"));
    if (type == QLatin1String("change_number")) {
        QString number;
        if (!needCustomer(QStringLiteral("from")) || !r.phone(o, QStringLiteral("new_phone"), where, &number))
            return false;
        if (customers.contains(number))
            return r.fail(where + QStringLiteral(".new_phone"), QStringLiteral("is another customer's number"));
        step->data.insert(QStringLiteral("new_phone"), number);
        return true;
    }
    if (type == QLatin1String("username")) {
        QString name;
        bool hidden = true;
        if (!needCustomer(QStringLiteral("from")) || !r.username(o, QStringLiteral("username"), where, true, &name) ||
            !r.boolean(o, QStringLiteral("phone_hidden"), where, &hidden))
            return false;
        step->data.insert(QStringLiteral("username"), name);
        step->data.insert(QStringLiteral("phone_hidden"), hidden);
        return true;
    }
    return r.fail(where + QStringLiteral(".type"), QStringLiteral("\"%1\" is not a step type").arg(type));
}

bool readHistory(Reader& r, const QJsonValue& value, Scenario* s)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return r.fail(QStringLiteral("history"), QStringLiteral("must be an object"));
    const QJsonObject o = value.toObject();
    s->historyDeclined = o.value(QStringLiteral("declined")).toBool(false);
    const QJsonArray chunks = o.value(QStringLiteral("chunks")).toArray();
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        const QString where = QStringLiteral("history.chunks[%1]").arg(i);
        const QJsonObject c = chunks.at(i).toObject();
        HistoryChunk chunk;
        if (!r.intField(c, QStringLiteral("phase"), where, 0, 2, &chunk.phase) ||
            !r.intField(c, QStringLiteral("chunk_order"), where, 1, 100000, &chunk.chunkOrder) ||
            !r.intField(c, QStringLiteral("progress"), where, 0, 100, &chunk.progress))
            return false;
        chunk.threads = c.value(QStringLiteral("threads")).toArray();
        for (qsizetype t = 0; t < chunk.threads.size(); ++t) {
            QJsonObject thread = chunk.threads.at(t).toObject();
            QString id;
            if (!r.phone(thread, QStringLiteral("id"), where + QStringLiteral(".threads[%1]").arg(t), &id))
                return false;
            thread.insert(QStringLiteral("id"), id); // digits only, as Meta writes thread ids
            chunk.threads.replace(t, thread);
            if (!thread.value(QStringLiteral("messages")).isArray())
                return r.fail(where + QStringLiteral(".threads[%1].messages").arg(t),
                              QStringLiteral("must be an array"));
        }
        s->history.append(chunk);
    }
    return true;
}

} // namespace

Scenario Scenario::defaults()
{
    Scenario s;
    TemplateSpec hello;
    hello.name = QStringLiteral("hello_world");
    hello.language = QStringLiteral("en_US");
    hello.category = QStringLiteral("utility");
    hello.id = templateIdFor(hello.name, hello.language);
    s.templates.append(hello);
    TemplateSpec order;
    order.name = QStringLiteral("order_update");
    order.language = QStringLiteral("en_US");
    order.category = QStringLiteral("utility");
    order.bodyParams = 2;
    order.id = templateIdFor(order.name, order.language);
    s.templates.append(order);
    return s;
}

QJsonArray TemplateSpec::components() const
{
    QJsonArray out;
    const QString header = !headerText.isEmpty() ? headerText : headerParams > 0 ? QStringLiteral("{{1}}") : QString();
    if (!header.isEmpty()) {
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")},
                               {QStringLiteral("format"), QStringLiteral("TEXT")},
                               {QStringLiteral("text"), header}});
    }
    QString body = bodyText;
    if (body.isEmpty()) {
        body = QString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
        for (int i = 1; i <= bodyParams; ++i)
            body += QStringLiteral(" {{%1}}").arg(i);
    }
    out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")}, {QStringLiteral("text"), body}});
    if (!footerText.isEmpty())
        out.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("FOOTER")}, {QStringLiteral("text"), footerText}});
    QJsonArray buttons;
    for (int i = 0; i < buttonCount; ++i) {
        if (buttonParams.value(i) > 0 && category == QLatin1String("authentication"))
            buttons.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("OTP")},
                                       {QStringLiteral("otp_type"), QStringLiteral("COPY_CODE")},
                                       {QStringLiteral("text"), QStringLiteral("Copy code")}});
        else if (buttonParams.value(i) > 0)
            buttons.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")},
                                       {QStringLiteral("text"), QStringLiteral("Open")},
                                       {QStringLiteral("url"), QStringLiteral("https://shop.example/{{1}}")}});
        else
            buttons.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("QUICK_REPLY")},
                                       {QStringLiteral("text"), QStringLiteral("Reply %1").arg(i + 1)}});
    }
    if (requestsContactInfo)
        buttons.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("REQUEST_CONTACT_INFO")},
                                   {QStringLiteral("text"), QStringLiteral("Share Contact Info")}});
    if (!buttons.isEmpty())
        out.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("BUTTONS")}, {QStringLiteral("buttons"), buttons}});
    return out;
}

bool Scenario::load(const QByteArray& json, Scenario* out, QString* error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("$: must be a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    Scenario s = defaults();
    Reader r;
    const QString top = QStringLiteral("$");
    const QJsonObject business = root.value(QStringLiteral("business")).toObject();
    const QJsonObject limits = root.value(QStringLiteral("limits")).toObject();
    const QJsonObject delivery = root.value(QStringLiteral("delivery")).toObject();
    DeliveryProfile& d = s.delivery;
    qint64 tier = s.tierLimit, throughput = s.throughputPerSec, burst = s.pairBurst;
    bool ok =
        r.string(root, QStringLiteral("name"), top, false, &s.name) &&
        r.string(business, QStringLiteral("phone_number_id"), QStringLiteral("business"), false, &s.phoneNumberId) &&
        r.string(business, QStringLiteral("display_phone_number"), QStringLiteral("business"), false,
                 &s.displayPhoneNumber) &&
        r.string(business, QStringLiteral("waba_id"), QStringLiteral("business"), false, &s.wabaId) &&
        r.string(business, QStringLiteral("verified_name"), QStringLiteral("business"), false, &s.verifiedName) &&
        r.string(business, QStringLiteral("quality_rating"), QStringLiteral("business"), false, &s.qualityRating) &&
        r.string(business, QStringLiteral("app_id"), QStringLiteral("business"), false, &s.appId) &&
        r.string(business, QStringLiteral("app_name"), QStringLiteral("business"), false, &s.appName) &&
        r.integer(limits, QStringLiteral("throughput_per_sec"), QStringLiteral("limits"), 1, 1000, &throughput) &&
        r.integer(limits, QStringLiteral("pair_burst"), QStringLiteral("limits"), 1, 1000, &burst) &&
        r.integer(limits, QStringLiteral("pair_interval_ms"), QStringLiteral("limits"), 1, 3600000,
                  &s.pairIntervalMs) &&
        r.integer(limits, QStringLiteral("tier"), QStringLiteral("limits"), 1, 100000000, &tier) &&
        r.integer(delivery, QStringLiteral("sent_min_ms"), QStringLiteral("delivery"), 0, 3600000, &d.sentMinMs) &&
        r.integer(delivery, QStringLiteral("sent_max_ms"), QStringLiteral("delivery"), 0, 3600000, &d.sentMaxMs) &&
        r.integer(delivery, QStringLiteral("delivered_min_ms"), QStringLiteral("delivery"), 0, 3600000,
                  &d.deliveredMinMs) &&
        r.integer(delivery, QStringLiteral("delivered_max_ms"), QStringLiteral("delivery"), 0, 3600000,
                  &d.deliveredMaxMs) &&
        r.integer(delivery, QStringLiteral("read_min_ms"), QStringLiteral("delivery"), 0, 86400000, &d.readMinMs) &&
        r.integer(delivery, QStringLiteral("read_max_ms"), QStringLiteral("delivery"), 0, 86400000, &d.readMaxMs) &&
        r.number(delivery, QStringLiteral("read_ratio"), QStringLiteral("delivery"), 0, 1, &d.readRatio) &&
        r.number(delivery, QStringLiteral("failure_ratio"), QStringLiteral("delivery"), 0, 1, &d.failureRatio) &&
        r.number(delivery, QStringLiteral("duplicate_ratio"), QStringLiteral("delivery"), 0, 1, &d.duplicateRatio) &&
        r.intField(delivery, QStringLiteral("batch_max"), QStringLiteral("delivery"), 1, 1000, &d.batchMax);
    s.throughputPerSec = int(throughput);
    s.pairBurst = int(burst);
    s.tierLimit = int(tier);
    if (ok && (d.sentMinMs > d.sentMaxMs || d.deliveredMinMs > d.deliveredMaxMs || d.readMinMs > d.readMaxMs))
        ok = r.fail(QStringLiteral("delivery"), QStringLiteral("a *_min_ms is larger than its *_max_ms"));
    const QJsonArray vList = delivery.value(QStringLiteral("undeliverable")).toArray();
    for (const auto& v : vList)
        d.undeliverable.append(PhoneNumber::digitsOnly(v.toString()));
    if (ok && delivery.contains(QStringLiteral("outcomes"))) {
        const QString where = QStringLiteral("delivery.outcomes");
        const QJsonObject o = delivery.value(QStringLiteral("outcomes")).toObject();
        d.usesOutcomes = true;
        ok = (delivery.value(QStringLiteral("outcomes")).isObject() ||
              r.fail(where, QStringLiteral("must be an object"))) &&
             r.number(o, QStringLiteral("read"), where, 0, 1, &d.outcomeRead) &&
             r.number(o, QStringLiteral("failed_131026"), where, 0, 1, &d.outcomeFailed131026) &&
             r.number(o, QStringLiteral("failed_131049"), where, 0, 1, &d.outcomeFailed131049) &&
             r.number(o, QStringLiteral("failed_130472"), where, 0, 1, &d.outcomeFailed130472) &&
             r.number(o, QStringLiteral("reply"), where, 0, 1, &d.outcomeReply) &&
             r.integer(o, QStringLiteral("reply_min_ms"), where, 0, 86400000, &d.replyMinMs) &&
             r.integer(o, QStringLiteral("reply_max_ms"), where, 0, 86400000, &d.replyMaxMs);
        if (ok && d.outcomeFailed131026 + d.outcomeFailed131049 + d.outcomeFailed130472 > 1.0 + 1e-9)
            ok = r.fail(where, QStringLiteral("the failed_* shares add up to more than 1"));
        if (ok && d.replyMinMs > d.replyMaxMs)
            ok = r.fail(where, QStringLiteral("reply_min_ms is larger than reply_max_ms"));
    }
    if (ok && root.contains(QStringLiteral("templates"))) {
        s.templates.clear();
        ok = readTemplates(r, root.value(QStringLiteral("templates")), &s.templates);
    }
    ok = ok && r.boolean(business, QStringLiteral("parent_bsuids"), QStringLiteral("business"), &s.parentBsuids) &&
         r.boolean(business, QStringLiteral("contact_book"), QStringLiteral("business"), &s.contactBook) &&
         r.boolean(business, QStringLiteral("on_business_app"), QStringLiteral("business"), &s.onBusinessApp) &&
         r.boolean(business, QStringLiteral("app_subscribed"), QStringLiteral("business"), &s.appSubscribed);
    const QJsonArray customers = root.value(QStringLiteral("customers")).toArray();
    for (qsizetype i = 0; ok && i < customers.size(); ++i) {
        const QString where = QStringLiteral("customers[%1]").arg(i);
        const QJsonObject o = customers.at(i).toObject();
        CustomerSpec c;
        QString answer = QStringLiteral("share");
        double shareAfter = double(c.shareAfterMs) / 1000;
        ok = r.phone(o, QStringLiteral("wa_id"), where, &c.waId) &&
             r.string(o, QStringLiteral("name"), where, true, &c.name) &&
             r.username(o, QStringLiteral("username"), where, false, &c.username) &&
             r.string(o, QStringLiteral("contact_request"), where, false, &answer) &&
             r.number(o, QStringLiteral("share_after_s"), where, 0, 7 * 24 * 3600, &shareAfter);
        c.phoneHidden = !c.username.isEmpty();
        ok = ok && r.boolean(o, QStringLiteral("phone_hidden"), where, &c.phoneHidden);
        if (ok && c.phoneHidden && c.username.isEmpty())
            ok = r.fail(where + QStringLiteral(".phone_hidden"), QStringLiteral("needs a username"));
        if (ok && answer != QLatin1String("share") && answer != QLatin1String("decline"))
            ok = r.fail(where + QStringLiteral(".contact_request"), QStringLiteral("must be \"share\" or \"decline\""));
        if (ok && s.customers.contains(c.waId))
            ok = r.fail(where + QStringLiteral(".wa_id"), QStringLiteral("is listed twice"));
        c.sharesPhone = answer == QLatin1String("share");
        c.shareAfterMs = qint64(std::llround(shareAfter * 1000));
        s.customers.insert(c.waId, c);
    }
    const QSet<QString> customerSet(s.customers.keyBegin(), s.customers.keyEnd());
    QSet<QString> stepIds;
    const QJsonValue steps = root.value(QStringLiteral("timeline"));
    if (ok && !steps.isUndefined() && !steps.isArray())
        ok = r.fail(QStringLiteral("timeline"), QStringLiteral("must be an array"));
    const QJsonArray stepArray = steps.toArray();
    for (qsizetype i = 0; ok && i < stepArray.size(); ++i) {
        const QString where = QStringLiteral("timeline[%1]").arg(i);
        if (!stepArray.at(i).isObject()) {
            ok = r.fail(where, QStringLiteral("must be an object"));
            break;
        }
        ScenarioStep step;
        ok = readStep(r, stepArray.at(i).toObject(), where, customerSet, stepIds, &step);
        if (ok && !step.id.isEmpty()) {
            if (stepIds.contains(step.id))
                ok = r.fail(where + QStringLiteral(".id"), QStringLiteral("\"%1\" is used twice").arg(step.id));
            stepIds.insert(step.id);
        }
        s.steps.append(step);
    }
    if (ok)
        ok = readHistory(r, root.value(QStringLiteral("history")), &s);
    s.contacts = root.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; ok && i < s.contacts.size(); ++i) {
        QString number;
        ok = r.phone(s.contacts.at(i).toObject(), QStringLiteral("phone_number"), QStringLiteral("contacts[%1]").arg(i),
                     &number);
    }
    if (!ok) {
        *error = r.error;
        return false;
    }
    std::stable_sort(s.steps.begin(), s.steps.end(),
                     [](const ScenarioStep& a, const ScenarioStep& b) { return a.atMs < b.atMs; });
    *out = s;
    return true;
}

bool Scenario::loadFile(const QString& path, Scenario* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString problem;
    if (!load(file.readAll(), out, &problem)) {
        *error = QStringLiteral("%1: %2").arg(path, problem);
        return false;
    }
    return true;
}

const TemplateSpec* Scenario::findTemplate(const QString& templateName, const QString& language) const
{
    for (const TemplateSpec& t : templates) {
        if (t.name == templateName && t.language == language)
            return &t;
    }
    return nullptr;
}

} // namespace duet::sim
