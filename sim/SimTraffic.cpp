// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's outgoing traffic: statuses, scripted customer messages, echoes, syncs, history.
#include "Simulator.h"
#include "core/Clock.h"

#include <QJsonArray>

namespace duet::sim {

namespace {

const QString kMessagingProduct = QStringLiteral("messaging_product");

QJsonObject statusError(int code)
{
    const SimError e = SimError::make(code, code == ErrorCode::Undeliverable
                                                ? QStringLiteral("Message Undeliverable.")
                                                : QStringLiteral("Message failed to send because the user's number is "
                                                                 "part of an experiment."));
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

qint64 Simulator::nextDueMs() const
{
    qint64 next = m_schedule.empty() ? -1 : m_schedule.begin()->first;
    if (m_nextStep < m_scenario.steps.size()) {
        const qint64 step = m_startMs + m_scenario.steps.at(m_nextStep).atMs;
        next = next < 0 ? step : qMin(next, step);
    }
    return next;
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

void Simulator::scheduleStatuses(const QString& wamid, const QString& waId, const QString& clientId,
                                 const QString& type, const QString& category, bool windowOpen)
{
    const DeliveryProfile& d = m_scenario.delivery;
    const qint64 sentAt = m_clock.nowMs() + randomBetween(d.sentMinMs, d.sentMaxMs);
    int failure = 0;
    if (d.undeliverable.contains(waId))
        failure = ErrorCode::Undeliverable;
    else if (chance(d.failureRatio))
        failure = chance(0.5) ? ErrorCode::Undeliverable : ErrorCode::ExperimentGroup;
    if (failure) {
        const QJsonObject extra{{QStringLiteral("errors"), QJsonArray{statusError(failure)}}};
        at(sentAt, [=] { emitStatus(wamid, waId, clientId, QStringLiteral("failed"), extra); });
        return;
    }
    const bool free = type != QLatin1String("template") || (windowOpen && category == QLatin1String("utility"));
    const QJsonObject pricing{
        {QStringLiteral("billable"), !free},
        {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
        {QStringLiteral("type"), free ? QStringLiteral("free_customer_service") : QStringLiteral("regular")},
        {QStringLiteral("category"), category}};
    const QJsonObject extra{{QStringLiteral("pricing"), pricing}};
    at(sentAt, [=] { emitStatus(wamid, waId, clientId, QStringLiteral("sent"), extra); });
    if (type == QLatin1String("reaction"))
        return; // reactions only ever get "sent" (CLOUDAPI.md §1.3)
    const qint64 deliveredAt = sentAt + randomBetween(d.deliveredMinMs, d.deliveredMaxMs);
    at(deliveredAt, [=] { emitStatus(wamid, waId, clientId, QStringLiteral("delivered"), extra); });
    if (chance(d.readRatio)) {
        const qint64 readAt = deliveredAt + randomBetween(d.readMinMs, d.readMaxMs);
        at(readAt, [=] { emitStatus(wamid, waId, clientId, QStringLiteral("read"), {}); });
    }
}

void Simulator::emitStatus(const QString& wamid, const QString& waId, const QString& clientId, const QString& status,
                           const QJsonObject& extra)
{
    QJsonObject item{{QStringLiteral("id"), wamid},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
                     {QStringLiteral("recipient_id"), waId}};
    if (!clientId.isEmpty())
        item.insert(QStringLiteral("biz_opaque_callback_data"), clientId);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        item.insert(it.key(), it.value());
    QJsonObject value = valueEnvelope();
    value.insert(QStringLiteral("statuses"), QJsonArray{item});
    ++m_stats.statusesByKind[status];
    emitChange(QStringLiteral("messages"), value);
}

QString Simulator::emitCustomerMessage(const QString& waId, const QString& type, const QJsonObject& content,
                                       const QJsonObject& extra)
{
    const QString wamid = newWamid(waId);
    QJsonObject message{{QStringLiteral("from"), waId},
                        {QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
                        {QStringLiteral("type"), type},
                        {type, content}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        message.insert(it.key(), it.value());
    QJsonObject value = valueEnvelope();
    const QString name = m_scenario.customers.value(waId, waId);
    value.insert(QStringLiteral("contacts"),
                 QJsonArray{QJsonObject{{QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), name}}},
                                        {QStringLiteral("wa_id"), waId}}});
    value.insert(QStringLiteral("messages"), QJsonArray{message});
    m_gate.customerMessaged(waId);
    m_lastThreadWamid.insert(waId, wamid);
    ++m_stats.customerMessages;
    emitChange(QStringLiteral("messages"), value);
    return wamid;
}

QString Simulator::customerText(const QString& waId, const QString& text)
{
    return emitCustomerMessage(waId, QStringLiteral("text"), {{QStringLiteral("body"), text}}, {});
}

QString Simulator::resolveReference(const QString& reference, const QString& waId) const
{
    if (reference != QLatin1String("last_business"))
        return m_stepWamids.value(reference);
    // Nothing sent to this customer yet: the last message of the thread, whoever sent it.
    const QString business = m_lastBusinessWamid.value(waId);
    return business.isEmpty() ? m_lastThreadWamid.value(waId) : business;
}

QJsonObject Simulator::customerMedia(const QJsonObject& step)
{
    const QByteArray mime = step.value(QStringLiteral("mime_type")).toString().toLatin1();
    QByteArray data = "DUET-SIM " + mime + "\n";
    for (int i = 0; i < 512; ++i)
        data.append(char(m_random.bounded(256)));
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
    const QString customer = d.value(QStringLiteral("from")).toString();
    QJsonObject extra;
    const QString replyTo = d.value(QStringLiteral("reply_to")).toString();
    if (!replyTo.isEmpty()) {
        extra.insert(QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("from"), m_scenario.displayPhoneNumber},
                                 {QStringLiteral("id"), resolveReference(replyTo, customer)}});
    }
    if (step.type == QLatin1String("text")) {
        if (d.contains(QStringLiteral("referral"))) {
            QJsonObject referral = d.value(QStringLiteral("referral")).toObject();
            if (!referral.contains(QStringLiteral("ctwa_clid")))
                referral.insert(QStringLiteral("ctwa_clid"),
                                QString(QStringLiteral("ARAk") + newTraceId() + newTraceId()));
            extra.insert(QStringLiteral("referral"), referral);
        }
        wamid = emitCustomerMessage(customer, step.type, {{QStringLiteral("body"), d.value(QStringLiteral("text"))}},
                                    extra);
    } else if (step.type == QLatin1String("reaction")) {
        const QJsonObject reaction{
            {QStringLiteral("message_id"), resolveReference(d.value(QStringLiteral("target")).toString(), customer)},
            {QStringLiteral("emoji"), d.value(QStringLiteral("emoji")).toString()}};
        wamid = emitCustomerMessage(customer, step.type, reaction, {});
    } else if (step.type == QLatin1String("echo")) {
        const QString to = d.value(QStringLiteral("to")).toString();
        wamid = newWamid(to);
        m_lastBusinessWamid.insert(to, wamid);
        m_lastThreadWamid.insert(to, wamid);
        QJsonObject value = valueEnvelope();
        value.insert(QStringLiteral("message_echoes"),
                     QJsonArray{QJsonObject{{QStringLiteral("from"), m_scenario.displayPhoneNumber},
                                            {QStringLiteral("to"), to},
                                            {QStringLiteral("id"), wamid},
                                            {QStringLiteral("timestamp"), QString::number(m_clock.nowSecs())},
                                            {QStringLiteral("type"), QStringLiteral("text")},
                                            {QStringLiteral("text"),
                                             QJsonObject{{QStringLiteral("body"), d.value(QStringLiteral("text"))}}}}});
        emitChange(QStringLiteral("smb_message_echoes"), value);
    } else if (step.type == QLatin1String("contact")) {
        const bool add = d.value(QStringLiteral("action")).toString() == QLatin1String("add");
        QJsonObject contact{{QStringLiteral("phone_number"), d.value(QStringLiteral("phone_number"))}};
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
    } else if (step.type == QLatin1String("partner_removed")) {
        const QJsonObject value{
            {QStringLiteral("event"), QStringLiteral("PARTNER_REMOVED")},
            {QStringLiteral("waba_info"), QJsonObject{{QStringLiteral("waba_id"), m_scenario.wabaId},
                                                      {QStringLiteral("owner_business_id"), newNumericId()}}},
            {QStringLiteral("disconnection_info"),
             QJsonObject{{QStringLiteral("reason"),
                          d.value(QStringLiteral("reason")).toString(QStringLiteral("PRIMARY_INACTIVITY"))},
                         {QStringLiteral("initiated_by"),
                          d.value(QStringLiteral("initiated_by")).toString(QStringLiteral("SYSTEM"))}}}};
        emitChange(QStringLiteral("account_update"), value);
    } else { // media
        wamid = emitCustomerMessage(customer, step.type, customerMedia(d), extra);
    }
    if (!step.id.isEmpty())
        m_stepWamids.insert(step.id, wamid);
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
    QJsonArray followUps;
    qint64 due = now;
    for (const HistoryChunk& chunk : m_scenario.history) {
        QJsonArray threads;
        for (const QJsonValue& t : chunk.threads) {
            const QString thread = t.toObject().value(QStringLiteral("id")).toString();
            QJsonArray messages;
            for (const QJsonValue& m : t.toObject().value(QStringLiteral("messages")).toArray()) {
                const QJsonObject spec = m.toObject();
                const bool fromMe = spec.value(QStringLiteral("from_me")).toBool();
                const qint64 sentMs = now - qint64(spec.value(QStringLiteral("ago_s")).toDouble() * 1000);
                const QString type = spec.value(QStringLiteral("type")).toString(QStringLiteral("text"));
                QJsonObject message{
                    {QStringLiteral("from"), fromMe ? m_scenario.displayPhoneNumber : thread},
                    {QStringLiteral("id"), newWamid(thread)},
                    {QStringLiteral("timestamp"), QString::number(sentMs / 1000)},
                    {QStringLiteral("type"), type},
                    {QStringLiteral("history_context"),
                     QJsonObject{{QStringLiteral("status"),
                                  spec.value(QStringLiteral("status")).toString(QStringLiteral("READ"))}}}};
                if (fromMe)
                    message.insert(QStringLiteral("to"), thread);
                if (type == QLatin1String("text")) {
                    message.insert(QStringLiteral("text"),
                                   QJsonObject{{QStringLiteral("body"), spec.value(QStringLiteral("text"))}});
                } else if (type == QLatin1String("media_placeholder")) {
                    const QJsonObject media = spec.value(QStringLiteral("media")).toObject();
                    const QString kind = media.value(QStringLiteral("type")).toString(QStringLiteral("image"));
                    QJsonObject step = media;
                    step.insert(QStringLiteral("mime_type"),
                                media.value(QStringLiteral("mime_type")).toString(QStringLiteral("image/jpeg")));
                    QJsonObject followUp{{QStringLiteral("from"), message.value(QStringLiteral("from"))},
                                         {QStringLiteral("id"), message.value(QStringLiteral("id"))},
                                         {QStringLiteral("timestamp"), message.value(QStringLiteral("timestamp"))},
                                         {QStringLiteral("type"), kind},
                                         {kind, customerMedia(step)}};
                    if (fromMe)
                        followUp.insert(QStringLiteral("to"), thread);
                    followUps.append(followUp);
                }
                if (!fromMe)
                    m_gate.customerMessagedAt(thread, sentMs);
                messages.append(message);
            }
            threads.append(QJsonObject{{QStringLiteral("id"), thread}, {QStringLiteral("messages"), messages}});
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
    if (!followUps.isEmpty()) {
        QJsonObject value = valueEnvelope();
        value.insert(QStringLiteral("messages"), followUps);
        at(due + 1000, [this, value] { emitChange(QStringLiteral("history"), value); });
    }
}

void Simulator::startContactSync()
{
    QJsonArray items;
    for (const QJsonValue& c : m_scenario.contacts) {
        const QJsonObject spec = c.toObject();
        QJsonObject contact{{QStringLiteral("phone_number"), spec.value(QStringLiteral("phone_number"))}};
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
