// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's outgoing traffic: statuses, scripted customer messages, echoes, syncs, history.
#include "Simulator.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"

#include <QFile>
#include <QJsonArray>

namespace duet::sim {

namespace {

const QString kMessagingProduct = QStringLiteral("messaging_product");
/// How old history media may be for Meta to send it after its placeholder: 14 days.
constexpr qint64 kHistoryMediaMs = 14LL * 24 * 60 * 60 * 1000;

QString statusErrorDetails(int code)
{
    switch (code) {
    case ErrorCode::Undeliverable:
        return QStringLiteral("Message Undeliverable.");
    case ErrorCode::EcosystemEngagement:
        return QStringLiteral("In order to maintain healthy ecosystem engagement, the message failed to be "
                              "delivered.");
    default:
        return QStringLiteral("Message failed to send because the user's number is part of an experiment.");
    }
}

QJsonObject statusError(int code)
{
    const SimError e = SimError::make(code, statusErrorDetails(code));
    return {{QStringLiteral("code"), code},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("message"), e.title},
            {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), e.details}}},
            {QStringLiteral("href"), QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/"
                                                    "error-codes/")}};
}

} // namespace

void Simulator::at(qint64 dueMs, std::function<void()> work)
{
    m_schedule.emplace(dueMs, std::move(work));
}

void Simulator::tick()
{
    const qint64 now = m_clock.nowMs();
    while (true) {
        const bool stepDue =
            m_nextStep < m_scenario.steps.size() && m_startMs + m_scenario.steps.at(m_nextStep).atMs <= now;
        const bool workDue = !m_schedule.empty() && m_schedule.begin()->first <= now;
        if (!stepDue && !workDue)
            return;
        if (stepDue && (!workDue || m_startMs + m_scenario.steps.at(m_nextStep).atMs <= m_schedule.begin()->first)) {
            runStep(m_scenario.steps.at(m_nextStep++));
        } else {
            auto work = std::move(m_schedule.begin()->second);
            m_schedule.erase(m_schedule.begin());
            work();
        }
    }
}

QList<WebhookChange> Simulator::takeReadyChanges()
{
    QList<WebhookChange> ready;
    ready.swap(m_ready);
    return ready;
}

void Simulator::emitChange(const QString& field, const QJsonObject& value)
{
    m_ready.append({field, value});
}

QJsonObject Simulator::valueEnvelope() const
{
    return {{kMessagingProduct, QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), m_scenario.displayPhoneNumber},
                         {QStringLiteral("phone_number_id"), m_scenario.phoneNumberId}}}};
}

bool Simulator::inFreeEntryPoint(const QString& handle)
{
    constexpr qint64 kHourMs = 3600 * 1000;
    const qint64 now = m_clock.nowMs();
    const qint64 until = m_entryPointUntilMs.value(handle, 0);
    if (now < until)
        return true;
    const qint64 referralAt = m_referralAtMs.value(handle, -1);
    if (referralAt < 0 || now >= referralAt + 24 * kHourMs || until > referralAt)
        return false; // no ad, the reply came too late, or this ad's 72 hours are spent
    m_entryPointUntilMs.insert(handle, now + 72 * kHourMs);
    return true;
}

qint64 Simulator::scheduleStatuses(const Sent& sent, const QString& type, const QString& category, bool windowOpen,
                                   bool entryPoint)
{
    const DeliveryProfile& d = m_scenario.delivery;
    const qint64 sentAt = m_clock.nowMs() + randomBetween(d.sentMinMs, d.sentMaxMs);
    const SimCustomer* customer = m_customers.byHandle(sent.handle);
    // delivery.outcomes: the recipient's fate, the same for every send to them.
    const QString key = customer ? customer->phone : sent.handle;
    int failure = 0;
    if (customer && d.undeliverable.contains(customer->phone)) {
        failure = ErrorCode::Undeliverable;
    } else if (d.usesOutcomes) {
        const double u = recipientDraw(key, 1);
        double edge = d.outcomeFailed131026;
        if (u < edge)
            failure = ErrorCode::Undeliverable;
        else if (u < (edge += d.outcomeFailed131049))
            failure = ErrorCode::EcosystemEngagement;
        else if (u < edge + d.outcomeFailed130472)
            failure = ErrorCode::ExperimentGroup;
    } else if (chance(d.failureRatio)) {
        failure = chance(0.5) ? ErrorCode::Undeliverable : ErrorCode::ExperimentGroup;
    }
    if (failure) {
        const QJsonObject extra{{QStringLiteral("errors"), QJsonArray{statusError(failure)}}};
        at(sentAt, [=] {
            ++m_stats.failedByCode[failure];
            emitStatus(sent, QStringLiteral("failed"), extra);
        });
        return -1;
    }
    // Per-message pricing (docs/SIMULATOR.md): service replies and utility templates inside the
    // window are free_customer_service; every send in a free entry point is free_entry_point /
    // referral_conversion; other templates are regular and billed by their category.
    const bool free =
        entryPoint || type != QLatin1String("template") || (windowOpen && category == QLatin1String("utility"));
    const QJsonObject pricing{
        {QStringLiteral("billable"), !free},
        {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
        {QStringLiteral("type"), entryPoint ? QStringLiteral("free_entry_point")
                                 : free     ? QStringLiteral("free_customer_service")
                                            : QStringLiteral("regular")},
        {QStringLiteral("category"), entryPoint ? QStringLiteral("referral_conversion") : category}};
    const QJsonObject extra{{QStringLiteral("pricing"), pricing}};
    at(sentAt, [=] { emitStatus(sent, QStringLiteral("sent"), extra); });
    if (type == QLatin1String("reaction"))
        return -1; // reactions only ever get "sent" (docs/CLOUDAPI-CONTRACT.md, "Statuses")
    const qint64 deliveredAt = sentAt + randomBetween(d.deliveredMinMs, d.deliveredMaxMs);
    at(deliveredAt, [=] { emitStatus(sent, QStringLiteral("delivered"), extra); });
    if (d.usesOutcomes ? recipientDraw(key, 2) < d.outcomeRead : chance(d.readRatio)) {
        const qint64 readAt = deliveredAt + randomBetween(d.readMinMs, d.readMaxMs);
        at(readAt, [=] { emitStatus(sent, QStringLiteral("read"), {}); });
    }
    if (d.usesOutcomes && recipientDraw(key, 3) < d.outcomeReply && !m_repliers.contains(sent.handle)) {
        // They write back once, some time after the first message that reached them.
        m_repliers.insert(sent.handle);
        const qint64 replyAt =
            deliveredAt + d.replyMinMs + qint64(recipientDraw(key, 4) * double(d.replyMaxMs - d.replyMinMs));
        const QString handle = sent.handle;
        at(replyAt, [this, handle] {
            ++m_stats.replies;
            customerText(handle, QStringLiteral("Thanks! Is it still available?"));
        });
    }
    return deliveredAt;
}

void Simulator::emitStatus(const Sent& sent, const QString& status, const QJsonObject& extra)
{
    const SimCustomer* c = m_customers.byHandle(sent.handle);
    if (!c)
        return;
    QJsonObject item{{QStringLiteral("id"), sent.wamid},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())}};
    // docs/CLOUDAPI-CONTRACT.md, "Where they arrive": recipient_id is the number the message went to, or for a send to
    // a BSUID the number only when it may be shared; recipient_user_id always, except on a failed send to a number;
    // contacts on sent, delivered and read only, the username never on sent.
    const bool failed = status == QLatin1String("failed");
    const bool toPhone = !sent.phone.isEmpty();
    if (toPhone)
        item.insert(QStringLiteral("recipient_id"), sent.phone);
    else if (m_customers.phoneShareable(*c))
        item.insert(QStringLiteral("recipient_id"), c->phone);
    if (!(failed && toPhone)) {
        item.insert(QStringLiteral("recipient_user_id"), c->bsuid);
        if (m_customers.parentBsuids())
            item.insert(QStringLiteral("recipient_parent_user_id"), c->parentBsuid);
    }
    if (!sent.clientId.isEmpty())
        item.insert(QStringLiteral("biz_opaque_callback_data"), sent.clientId);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        item.insert(it.key(), it.value());
    QJsonObject value = valueEnvelope();
    if (!failed) {
        value.insert(QStringLiteral("contacts"),
                     QJsonArray{m_customers.contactEntry(*c, true, status != QLatin1String("sent"))});
    }
    value.insert(QStringLiteral("statuses"), QJsonArray{item});
    ++m_stats.statusesByKind[status];
    emitChange(QStringLiteral("messages"), value);
}

QString Simulator::emitCustomerMessage(SimCustomer& customer, const QString& type, const QJsonObject& content,
                                       const QJsonObject& extra)
{
    QString wamid = newWamid(customer.phone);
    QJsonObject message{{QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
                        {QStringLiteral("type"), type},
                        {type, content}};
    m_customers.addAddress(message, QStringLiteral("from"), customer);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        message.insert(it.key(), it.value());
    QJsonObject value = valueEnvelope();
    value.insert(QStringLiteral("contacts"), QJsonArray{m_customers.contactEntry(customer, true, true)});
    value.insert(QStringLiteral("messages"), QJsonArray{message});
    // A user without a username writes from their number; one with a username from their account,
    // which tells Meta nothing new about the number.
    if (!customer.hidesPhone)
        m_customers.phoneContact(customer);
    m_gate.customerMessaged(customer.handle);
    m_lastThreadWamid.insert(customer.handle, wamid);
    ++m_stats.customerMessages;
    emitChange(QStringLiteral("messages"), value);
    return wamid;
}

QString Simulator::emitRichMessage(SimCustomer& customer, const ScenarioStep& step, QJsonObject extra)
{
    // Meta's shapes of these messages (docs/SIMULATOR.md, "Scenario files": the timeline's step types).
    const QJsonObject& d = step.data;
    const QString type = step.type;
    if (type == QLatin1String("location")) {
        QJsonObject location{{QStringLiteral("latitude"), d.value(QStringLiteral("latitude"))},
                             {QStringLiteral("longitude"), d.value(QStringLiteral("longitude"))}};
        for (const char* key : {"name", "address", "url"}) {
            if (d.contains(QLatin1String(key)))
                location.insert(QLatin1String(key), d.value(QLatin1String(key)));
        }
        return emitCustomerMessage(customer, type, location, extra);
    }
    if (type == QLatin1String("contacts")) {
        QJsonArray cards;
        const QJsonArray valueList = d.value(QStringLiteral("cards")).toArray();
        for (const auto& value : valueList) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(QStringLiteral("name")).toString();
            QJsonObject card{{QStringLiteral("name"),
                              QJsonObject{{QStringLiteral("formatted_name"), name},
                                          {QStringLiteral("first_name"), name.section(QLatin1Char(' '), 0, 0)}}}};
            QJsonArray phones;
            const QJsonArray phoneList = c.value(QStringLiteral("phones")).toArray();
            for (const auto& phone : phoneList) {
                const QString digits = PhoneNumber::digitsOnly(phone.toString());
                phones.append(QJsonObject{{QStringLiteral("phone"), Customers::displayPhone(digits)},
                                          {QStringLiteral("wa_id"), digits},
                                          {QStringLiteral("type"), QStringLiteral("CELL")}});
            }
            if (!phones.isEmpty())
                card.insert(QStringLiteral("phones"), phones);
            QJsonArray emails;
            const QJsonArray emailList = c.value(QStringLiteral("emails")).toArray();
            for (const auto& email : emailList)
                emails.append(
                    QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("type"), QStringLiteral("WORK")}});
            if (!emails.isEmpty())
                card.insert(QStringLiteral("emails"), emails);
            if (c.contains(QStringLiteral("org")))
                card.insert(QStringLiteral("org"),
                            QJsonObject{{QStringLiteral("company"), c.value(QStringLiteral("org"))}});
            cards.append(card);
        }
        extra.insert(QStringLiteral("contacts"), cards); // the message's `contacts` is an array
        return emitCustomerMessage(customer, type, {}, extra);
    }
    if (type == QLatin1String("order")) {
        QJsonObject order{{QStringLiteral("catalog_id"), d.value(QStringLiteral("catalog_id"))},
                          {QStringLiteral("text"), d.value(QStringLiteral("text")).toString()}};
        QJsonArray items;
        const QJsonArray valueList = d.value(QStringLiteral("items")).toArray();
        for (const auto& value : valueList) {
            QJsonObject item = value.toObject();
            if (!item.contains(QStringLiteral("quantity")))
                item.insert(QStringLiteral("quantity"), 1);
            items.append(item);
        }
        order.insert(QStringLiteral("product_items"), items);
        return emitCustomerMessage(customer, type, order, extra);
    }
    if (type == QLatin1String("button")) {
        const QString text = d.value(QStringLiteral("text")).toString();
        return emitCustomerMessage(customer, type,
                                   {{QStringLiteral("text"), text},
                                    {QStringLiteral("payload"), d.value(QStringLiteral("payload")).toString(text)}},
                                   extra);
    }
    // button_reply, list_reply: an interactive reply to the business's last message unless told.
    const QString last = resolveReference(QStringLiteral("last_business"), customer.handle);
    if (!extra.contains(QStringLiteral("context")) && !last.isEmpty()) {
        extra.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), m_scenario.displayPhoneNumber},
                                                            {QStringLiteral("id"), last}});
    }
    QJsonObject reply{{QStringLiteral("id"), d.value(QStringLiteral("reply_id"))},
                      {QStringLiteral("title"), d.value(QStringLiteral("title"))}};
    if (d.contains(QStringLiteral("description")))
        reply.insert(QStringLiteral("description"), d.value(QStringLiteral("description")));
    return emitCustomerMessage(customer, QStringLiteral("interactive"), {{QStringLiteral("type"), type}, {type, reply}},
                               extra);
}

QString Simulator::customerText(const QString& from, const QString& text)
{
    SimCustomer* customer = m_customers.resolve(from);
    if (!customer)
        return {};
    return emitCustomerMessage(*customer, QStringLiteral("text"), {{QStringLiteral("body"), text}}, {});
}

QString Simulator::customerSharesPhone(const QString& handle)
{
    SimCustomer* c = m_customers.byHandle(handle);
    if (!c)
        return {};
    // docs/CLOUDAPI-CONTRACT.md, "Requesting the phone number": the answer to the request-contact-info button. The
    // identifiers are judged before the share; from the next webhook on, the contact book has the number.
    const QString first = c->name.section(QLatin1Char(' '), 0, 0);
    QJsonObject shared{
        {QStringLiteral("origin"), QStringLiteral("contact_request")},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("formatted_name"), c->name}, {QStringLiteral("first_name"), first}}},
        {QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("phone"), Customers::displayPhone(c->phone)},
                                                          {QStringLiteral("wa_id"), c->phone},
                                                          {QStringLiteral("type"), QStringLiteral("CELL")}}}}};
    QString wamid = newWamid(c->phone);
    QJsonObject message{{QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
                        {QStringLiteral("type"), QStringLiteral("contacts")},
                        {QStringLiteral("contacts"), QJsonArray{shared}}};
    m_customers.addAddress(message, QStringLiteral("from"), *c);
    QJsonObject value = valueEnvelope();
    value.insert(QStringLiteral("contacts"), QJsonArray{m_customers.contactEntry(*c, true, true)});
    value.insert(QStringLiteral("messages"), QJsonArray{message});
    m_customers.sharedPhone(*c);
    m_gate.customerMessaged(c->handle);
    m_lastThreadWamid.insert(c->handle, wamid);
    ++m_stats.customerMessages;
    ++m_stats.phonesShared;
    emitChange(QStringLiteral("messages"), value);
    return wamid;
}

QString Simulator::customerChangesNumber(const QString& handle, const QString& newPhone)
{
    SimCustomer* c = m_customers.byHandle(handle);
    if (!c || newPhone == c->phone)
        return {};
    const QString oldPhone = c->phone;
    const QString oldBsuid = c->bsuid;
    const QString oldParent = c->parentBsuid;
    const bool oldShareable = m_customers.phoneShareable(*c);
    m_customers.changeNumber(*c, newPhone);
    // docs/CLOUDAPI-CONTRACT.md, "Changes of number and BSUID" (August 2026): user_changed_number when the new number
    // may be shared, else user_changed_user_id with the ids alone. Both name the previous ids; no contacts array.
    const bool newShareable = m_customers.phoneShareable(*c);
    QJsonObject system{{QStringLiteral("user_id"), c->bsuid}, {QStringLiteral("previous_user_id"), oldBsuid}};
    if (m_customers.parentBsuids()) {
        system.insert(QStringLiteral("parent_user_id"), c->parentBsuid);
        system.insert(QStringLiteral("previous_parent_user_id"), oldParent);
    }
    if (newShareable) {
        system.insert(QStringLiteral("type"), QStringLiteral("user_changed_number"));
        system.insert(QStringLiteral("wa_id"), newPhone);
        system.insert(
            QStringLiteral("body"),
            QStringLiteral("User %1 changed from %2 to %3").arg(c->name, oldShareable ? oldPhone : oldBsuid, newPhone));
    } else {
        system.insert(QStringLiteral("type"), QStringLiteral("user_changed_user_id"));
        system.insert(QStringLiteral("body"),
                      QStringLiteral("User %1 changed from %2 to %3").arg(c->name, oldBsuid, c->bsuid));
    }
    QString wamid = newWamid(oldPhone);
    QJsonObject message{{QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
                        {QStringLiteral("type"), QStringLiteral("system")},
                        {QStringLiteral("system"), system},
                        {QStringLiteral("from_user_id"), oldBsuid}};
    if (oldShareable && newShareable)
        message.insert(QStringLiteral("from"), oldPhone);
    if (m_customers.parentBsuids())
        message.insert(QStringLiteral("from_parent_user_id"), oldParent);
    QJsonObject value = valueEnvelope();
    value.insert(QStringLiteral("messages"), QJsonArray{message});
    ++m_stats.numberChanges;
    emitChange(QStringLiteral("messages"), value);
    return wamid;
}

QString Simulator::resolveReference(const QString& reference, const QString& handle) const
{
    if (reference != QLatin1String("last_business"))
        return m_stepWamids.value(reference);
    // Nothing sent to this customer yet: the last message of the thread, whoever sent it.
    const QString business = m_lastBusinessWamid.value(handle);
    return business.isEmpty() ? m_lastThreadWamid.value(handle) : business;
}

QByteArray Simulator::sampleMedia(const QByteArray& mime, qint64 fileSize)
{
    // Real files, so a desktop shows what it would show for a customer's: a photo, a voice note, a
    // PDF, a short video (H.264 in MP4, as WhatsApp sends them).
    const QByteArray type = mime.split(';').first().trimmed().toLower();
    QString name;
    if (type == "image/jpeg")
        name = QStringLiteral(":/sim/media/photo.jpg");
    else if (type == "audio/ogg")
        name = QStringLiteral(":/sim/media/voice.ogg");
    else if (type == "application/pdf")
        name = QStringLiteral(":/sim/media/price-list.pdf");
    else if (type == "video/mp4")
        name = QStringLiteral(":/sim/media/clip.mp4");
    QFile file(name);
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.readAll();
    if (type != "image/jpeg" || fileSize <= data.size())
        return data;
    // A photo of the size asked for: comment segments (FF FE) after the start marker, filled with
    // seeded noise, grow the file the way a camera's larger photo is larger; decoders skip them.
    fileSize = qMin(fileSize, MediaStore::limitFor(type));
    QByteArray padding;
    qint64 missing = fileSize - data.size();
    while (missing > 4) {
        const int length = int(qMin<qint64>(missing - 2, 65535)); // counts its own two length bytes
        padding.append(char(0xFF)).append(char(0xFE));
        padding.append(char(length >> 8)).append(char(length & 0xFF));
        for (int i = 0; i < length - 2; ++i)
            padding.append(char(m_random.bounded(256)));
        missing -= length + 2;
    }
    data.insert(2, padding);
    return data;
}

QJsonObject Simulator::customerMedia(const QJsonObject& step)
{
    const QByteArray mime = step.value(QStringLiteral("mime_type")).toString().toLatin1();
    QByteArray data = sampleMedia(mime, qint64(step.value(QStringLiteral("file_size")).toDouble(-1)));
    if (data.isEmpty()) {
        data = "DUET-SIM " + mime + "\n";
        for (int i = 0; i < 512; ++i)
            data.append(char(m_random.bounded(256)));
    }
    const QString id = m_media.addGenerated(mime, data);
    QJsonObject media{
        {QStringLiteral("id"), id},
        {QStringLiteral("mime_type"), QString::fromLatin1(mime)},
        {QStringLiteral("sha256"), QString::fromLatin1(QByteArray::fromHex(m_media.find(id)->sha256Hex).toBase64())}};
    for (const char* key : {"caption", "filename", "voice"}) {
        const QString k = QString::fromLatin1(key);
        if (step.contains(k))
            media.insert(k, step.value(k));
    }
    return media;
}

void Simulator::runStep(const ScenarioStep& step)
{
    const QJsonObject& d = step.data;
    QString wamid;
    const QString handle = d.value(QStringLiteral("from")).toString();
    SimCustomer* customer = handle.isEmpty() ? nullptr : m_customers.byHandle(handle);
    QJsonObject extra;
    const QString replyTo = d.value(QStringLiteral("reply_to")).toString();
    if (!replyTo.isEmpty()) {
        extra.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), m_scenario.displayPhoneNumber},
                                                            {QStringLiteral("id"), resolveReference(replyTo, handle)}});
    }
    if (step.type == QLatin1String("text") && customer) {
        if (d.contains(QStringLiteral("referral"))) {
            QJsonObject referral = d.value(QStringLiteral("referral")).toObject();
            if (!referral.contains(QStringLiteral("ctwa_clid")))
                referral.insert(QStringLiteral("ctwa_clid"),
                                QString(QStringLiteral("ARAk") + newTraceId() + newTraceId()));
            extra.insert(QStringLiteral("referral"), referral);
        }
        if (d.contains(QStringLiteral("product"))) {
            // A question about a catalog product: the context names it (Meta's "product inquiry").
            const QJsonObject product = d.value(QStringLiteral("product")).toObject();
            QJsonObject context = extra.value(QStringLiteral("context")).toObject();
            context.insert(QStringLiteral("from"), m_scenario.displayPhoneNumber);
            if (!context.contains(QStringLiteral("id")))
                context.insert(QStringLiteral("id"), newWamid(m_scenario.displayPhoneNumber));
            context.insert(QStringLiteral("referred_product"), product);
            extra.insert(QStringLiteral("context"), context);
        }
        wamid = emitCustomerMessage(*customer, step.type, {{QStringLiteral("body"), d.value(QStringLiteral("text"))}},
                                    extra);
        if (extra.contains(QStringLiteral("referral")))
            m_referralAtMs.insert(customer->handle, m_clock.nowMs());
    } else if (customer && (step.type == QLatin1String("location") || step.type == QLatin1String("contacts") ||
                            step.type == QLatin1String("order") || step.type == QLatin1String("button_reply") ||
                            step.type == QLatin1String("list_reply") || step.type == QLatin1String("button"))) {
        wamid = emitRichMessage(*customer, step, extra);
    } else if (step.type == QLatin1String("reaction") && customer) {
        const QJsonObject reaction{
            {QStringLiteral("message_id"), resolveReference(d.value(QStringLiteral("target")).toString(), handle)},
            {QStringLiteral("emoji"), d.value(QStringLiteral("emoji")).toString()}};
        wamid = emitCustomerMessage(*customer, step.type, reaction, {});
    } else if (step.type == QLatin1String("echo")) {
        SimCustomer* to = m_customers.byHandle(d.value(QStringLiteral("to")).toString());
        if (!to)
            return;
        wamid = newWamid(to->phone);
        m_lastBusinessWamid.insert(to->handle, wamid);
        m_lastThreadWamid.insert(to->handle, wamid);
        // docs/CLOUDAPI-CONTRACT.md, "Where they arrive": the echo names the customer as `to` (when shareable) and
        // `to_user_id`, beside a contacts array whose profile holds only the username.
        QJsonObject echo{
            {QStringLiteral("from"), m_scenario.displayPhoneNumber},
            {QStringLiteral("id"), wamid},
            {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), d.value(QStringLiteral("text"))}}}};
        m_customers.addAddress(echo, QStringLiteral("to"), *to);
        QJsonObject value = valueEnvelope();
        value.insert(QStringLiteral("contacts"), QJsonArray{m_customers.contactEntry(*to, false, true)});
        value.insert(QStringLiteral("message_echoes"), QJsonArray{echo});
        if (!to->hidesPhone)
            m_customers.phoneContact(*to);
        emitChange(QStringLiteral("smb_message_echoes"), value);
    } else if (step.type == QLatin1String("contact")) {
        const bool add = d.value(QStringLiteral("action")).toString() == QLatin1String("add");
        QJsonObject contact =
            stateSyncContact(m_customers.forPhone(d.value(QStringLiteral("phone_number")).toString()));
        if (add) {
            contact.insert(QStringLiteral("full_name"), d.value(QStringLiteral("full_name")).toString());
            contact.insert(QStringLiteral("first_name"), d.value(QStringLiteral("first_name")).toString());
        }
        QJsonObject value = valueEnvelope();
        value.insert(
            QStringLiteral("state_sync"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")},
                                   {QStringLiteral("contact"), contact},
                                   {QStringLiteral("action"), add ? QStringLiteral("add") : QStringLiteral("remove")},
                                   {QStringLiteral("metadata"),
                                    QJsonObject{{QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())}}}}});
        emitChange(QStringLiteral("smb_app_state_sync"), value);
    } else if (step.type == QLatin1String("template_status")) {
        changeTemplateStatus(d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("language")).toString(),
                             d.value(QStringLiteral("event")).toString(), d.value(QStringLiteral("reason")).toString());
    } else if (step.type == QLatin1String("partner_removed")) {
        accountUpdate(QStringLiteral("PARTNER_REMOVED"),
                      d.value(QStringLiteral("reason")).toString(QStringLiteral("PRIMARY_INACTIVITY")),
                      d.value(QStringLiteral("initiated_by")).toString(QStringLiteral("SYSTEM")));
    } else if (step.type == QLatin1String("account_offboarded")) {
        accountUpdate(QStringLiteral("ACCOUNT_OFFBOARDED"));
    } else if (step.type == QLatin1String("account_reconnected")) {
        accountUpdate(QStringLiteral("ACCOUNT_RECONNECTED"));
    } else if (step.type == QLatin1String("share_phone")) {
        // The script's ask; a customer who already answered an agent's request does not share twice.
        if (customer && !customer->hasShared)
            wamid = customerSharesPhone(handle);
    } else if (step.type == QLatin1String("change_number")) {
        wamid = customerChangesNumber(handle, d.value(QStringLiteral("new_phone")).toString());
    } else if (step.type == QLatin1String("username") && customer) {
        m_customers.setUsername(*customer, d.value(QStringLiteral("username")).toString(),
                                d.value(QStringLiteral("phone_hidden")).toBool(true));
    } else if (customer) { // media
        wamid = emitCustomerMessage(*customer, step.type, customerMedia(d), extra);
    }
    if (!step.id.isEmpty())
        m_stepWamids.insert(step.id, wamid);
}

QJsonObject Simulator::stateSyncContact(const SimCustomer& c) const
{
    // docs/CLOUDAPI-CONTRACT.md, "Where they arrive": phone_number only when shareable at sync time; user_id always;
    // username if any.
    QJsonObject contact{{QStringLiteral("user_id"), c.bsuid}};
    if (m_customers.phoneShareable(c))
        contact.insert(QStringLiteral("phone_number"), c.phone);
    if (m_customers.parentBsuids())
        contact.insert(QStringLiteral("parent_user_id"), c.parentBsuid);
    if (!c.username.isEmpty())
        contact.insert(QStringLiteral("username"), c.username);
    return contact;
}

void Simulator::startHistorySync()
{
    const qint64 now = m_clock.nowMs();
    if (m_scenario.historyDeclined) {
        const QJsonObject error{
            {QStringLiteral("code"), 2593109},
            {QStringLiteral("title"),
             QStringLiteral("History sync is turned off by the business from the WhatsApp Business App")},
            {QStringLiteral("message"),
             QStringLiteral("History sync is turned off by the business from the WhatsApp Business App")},
            {QStringLiteral("error_data"),
             QJsonObject{
                 {QStringLiteral("details"), QStringLiteral("History sharing is turned off by the business")}}}};
        QJsonObject value = valueEnvelope();
        value.insert(QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}});
        at(now + 1000, [this, value] { emitChange(QStringLiteral("history"), value); });
        return;
    }
    // Every identifier is judged now, when the sync is requested (docs/CLOUDAPI-CONTRACT.md, "Where they arrive").
    QList<QJsonObject> followUps; // one history webhook per thread with media
    qint64 due = now;
    for (const HistoryChunk& chunk : m_scenario.history) {
        QJsonArray threads;
        for (const auto& t : chunk.threads) {
            const SimCustomer& c = m_customers.forPhone(t.toObject().value(QStringLiteral("id")).toString());
            QJsonArray messages;
            QJsonArray mediaIn, mediaOut;
            const QJsonArray mList = t.toObject().value(QStringLiteral("messages")).toArray();
            for (const auto& m : mList) {
                const QJsonObject spec = m.toObject();
                const bool fromMe = spec.value(QStringLiteral("from_me")).toBool();
                const qint64 sentMs = now - qint64(spec.value(QStringLiteral("ago_s")).toDouble() * 1000);
                const QString type = spec.value(QStringLiteral("type")).toString(QStringLiteral("text"));
                QJsonObject message{
                    {QStringLiteral("id"), newWamid(c.phone)},
                    {QStringLiteral("timestamp"), QString::number(sentMs / 1000)},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("history_context"),
                     QJsonObject{{QStringLiteral("status"),
                                  spec.value(QStringLiteral("status")).toString(QStringLiteral("READ"))}}}};
                // The customer's messages carry from (when shareable) and from_user_id; the
                // business's carry its number as from and the customer's as to (when shareable).
                if (fromMe) {
                    message.insert(QStringLiteral("from"), m_scenario.displayPhoneNumber);
                    if (m_customers.phoneShareable(c))
                        message.insert(QStringLiteral("to"), c.phone);
                } else {
                    m_customers.addAddress(message, QStringLiteral("from"), c);
                }
                if (type == QLatin1String("text")) {
                    message.insert(QStringLiteral("text"),
                                   QJsonObject{{QStringLiteral("body"), spec.value(QStringLiteral("text"))}});
                } else if (type == QLatin1String("media_placeholder") && now - sentMs <= kHistoryMediaMs) {
                    // Meta sends the media of the last 14 days only; older ones stay placeholders.
                    const QJsonObject media = spec.value(QStringLiteral("media")).toObject();
                    const QString kind = media.value(QStringLiteral("type")).toString(QStringLiteral("image"));
                    QJsonObject step = media;
                    step.insert(QStringLiteral("mime_type"),
                                media.value(QStringLiteral("mime_type")).toString(QStringLiteral("image/jpeg")));
                    QJsonObject followUp{{QStringLiteral("id"), message.value(QStringLiteral("id"))},
                                         {QStringLiteral("timestamp"), message.value(QStringLiteral("timestamp"))},
                                         {QStringLiteral("type"), kind},
                                         {kind, customerMedia(step)}};
                    if (fromMe) {
                        followUp.insert(QStringLiteral("from"), m_scenario.displayPhoneNumber);
                        m_customers.addAddress(followUp, QStringLiteral("to"), c);
                        mediaOut.append(followUp);
                    } else {
                        m_customers.addAddress(followUp, QStringLiteral("from"), c);
                        mediaIn.append(followUp);
                    }
                }
                if (!fromMe)
                    m_gate.customerMessagedAt(c.handle, sentMs);
                messages.append(message);
            }
            // threads[].id and context.wa_id only when shareable; context always names the BSUID.
            QJsonObject context{{QStringLiteral("user_id"), c.bsuid}};
            if (m_customers.phoneShareable(c))
                context.insert(QStringLiteral("wa_id"), c.phone);
            if (m_customers.parentBsuids())
                context.insert(QStringLiteral("parent_user_id"), c.parentBsuid);
            if (!c.username.isEmpty())
                context.insert(QStringLiteral("username"), c.username);
            QJsonObject thread{{QStringLiteral("context"), context}, {QStringLiteral("messages"), messages}};
            if (m_customers.phoneShareable(c))
                thread.insert(QStringLiteral("id"), c.phone);
            threads.append(thread);
            if (!mediaIn.isEmpty() || !mediaOut.isEmpty()) {
                QJsonObject value = valueEnvelope();
                value.insert(QStringLiteral("contacts"), QJsonArray{m_customers.contactEntry(c, false, true)});
                if (!mediaIn.isEmpty())
                    value.insert(QStringLiteral("messages"), mediaIn);
                if (!mediaOut.isEmpty())
                    value.insert(QStringLiteral("message_echoes"), mediaOut);
                followUps.append(value);
            }
        }
        QJsonObject value = valueEnvelope();
        value.insert(QStringLiteral("history"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phase"), chunk.phase},
                                                                  {QStringLiteral("chunk_order"), chunk.chunkOrder},
                                                                  {QStringLiteral("progress"), chunk.progress}}},
                         {QStringLiteral("threads"), threads}}});
        due += 1000;
        at(due, [this, value] { emitChange(QStringLiteral("history"), value); });
    }
    due += 1000;
    for (const QJsonObject& value : std::as_const(followUps))
        at(due, [this, value] { emitChange(QStringLiteral("history"), value); });
}

void Simulator::startContactSync()
{
    QJsonArray items;
    for (const auto& c : std::as_const(m_scenario.contacts)) {
        const QJsonObject spec = c.toObject();
        QString digits;
        const QString phone = spec.value(QStringLiteral("phone_number")).toString();
        for (QChar ch : phone) {
            if (ch.isDigit())
                digits.append(ch);
        }
        QJsonObject contact = stateSyncContact(m_customers.forPhone(digits));
        for (const char* key : {"full_name", "first_name"}) {
            if (spec.contains(QLatin1String(key)))
                contact.insert(QLatin1String(key), spec.value(QLatin1String(key)));
        }
        items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")},
                                 {QStringLiteral("contact"), contact},
                                 {QStringLiteral("action"), QStringLiteral("add")},
                                 {QStringLiteral("metadata"),
                                  QJsonObject{{QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())}}}});
    }
    if (items.isEmpty())
        return;
    QJsonObject value = valueEnvelope();
    value.insert(QStringLiteral("state_sync"), items);
    at(m_clock.nowMs() + 500, [this, value] { emitChange(QStringLiteral("smb_app_state_sync"), value); });
}

} // namespace duet::sim
