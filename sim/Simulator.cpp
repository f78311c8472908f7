// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloud API simulator's logic: Graph endpoints, Meta's rules and their error bodies.
#include "Simulator.h"

#include "cloudapi/WebhookSignature.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace duet::sim {

Simulator::Simulator(const Clock& clock, Scenario scenario, QByteArray accessToken, quint64 seed)
    : m_clock(clock)
    , m_scenario(std::move(scenario))
    , m_accessToken(std::move(accessToken))
    , m_random(quint32(seed ^ (seed >> 32)))
    , m_seed(seed)
    , m_gate(clock, m_scenario)
    , m_media(clock, [this] { return newNumericId(); })
    , m_validator(m_scenario, [this](const QString& id) { return m_media.find(id) != nullptr; })
    , m_customers(clock, m_scenario, seed)
    , m_startMs(clock.nowMs())
    , m_appSubscribed(m_scenario.appSubscribed)
{}

QString Simulator::newWamid(const QString& waId)
{
    // Meta's wamids are base64 of a small binary record holding the recipient and a message key.
    // (The record's tail holds a zero byte: a plain literal would end the bytes there.)
    QByteArray raw = QByteArray("\x18\x0b") + waId.toLatin1() + QByteArray("\x15\x02\x00\x11\x18\x12", 6);
    for (int i = 0; i < 9; ++i)
        raw.append(char(m_random.bounded(256)));
    return QStringLiteral("wamid.HBgL") + QString::fromLatin1(raw.toBase64());
}

QString Simulator::newNumericId()
{
    QString id = QString::number(1 + m_random.bounded(9));
    for (int i = 0; i < 15; ++i)
        id.append(QChar(u'0' + m_random.bounded(10)));
    return id;
}

QString Simulator::newTraceId()
{
    QByteArray raw;
    for (int i = 0; i < 8; ++i)
        raw.append(char(m_random.bounded(256)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 Simulator::randomBetween(qint64 minMs, qint64 maxMs)
{
    if (maxMs <= minMs)
        return minMs;
    return minMs + qint64(m_random.bounded(double(maxMs - minMs + 1)));
}

bool Simulator::chance(double probability)
{
    return probability > 0 && m_random.generateDouble() < probability;
}

double Simulator::recipientDraw(const QString& key, quint64 salt) const
{
    // FNV-1a over the key, mixed with the seed and the salt by splitmix64's finalizer.
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    quint64 z = h ^ (m_seed * 0x9E3779B97F4A7C15ULL) ^ (salt * 0xD1B54A32D192ED03ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}

SimResponse Simulator::error(const SimError& e)
{
    ++m_stats.errorsByCode[e.code];
    SimResponse r;
    r.status = e.httpStatus;
    r.body = e.body(newTraceId());
    return r;
}

SimResponse Simulator::json(const QJsonObject& object, int status)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

bool Simulator::isAuthorized(const QByteArray& header) const
{
    const QByteArray prefix = "Bearer ";
    return !m_accessToken.isEmpty() && header.startsWith(prefix) &&
           cloudapi::constantTimeEquals(header.mid(prefix.size()).trimmed(), m_accessToken);
}

SimResponse Simulator::handle(const SimRequest& request)
{
    tick();
    if (request.path == QLatin1String("/_sim/stats") && request.method == "GET")
        return json(statsJson(request.query.queryItemValue(QStringLiteral("brief")) == QLatin1String("1")));
    if (request.path == QLatin1String("/_sim/inbound") && request.method == "POST")
        return inbound(request);
    if (request.path == QLatin1String("/_sim/echo") && request.method == "POST")
        return echo(request);
    if (request.path == QLatin1String("/_sim/account_update") && request.method == "POST")
        return accountUpdateRequest(request);
    if (request.path == QLatin1String("/_sim/template_status") && request.method == "POST")
        return templateStatus(request);
    if (request.path == QLatin1String("/_sim/user_preferences") && request.method == "POST")
        return userPreference(request);
    if (request.path == QLatin1String("/whatsapp_business/attachments/") && request.method == "GET")
        return download(request);

    static const QRegularExpression kVersion(QStringLiteral("^/v[0-9]{1,2}\\.[0-9]$"));
    QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || !kVersion.match(QLatin1Char('/') + parts.first()).hasMatch()) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("Unknown path components: %1").arg(request.path)));
    }
    if (!isAuthorized(request.authorization)) {
        return error(SimError::make(ErrorCode::AccessToken,
                                    request.authorization.isEmpty()
                                        ? QStringLiteral("An active access token must be used to query this resource.")
                                        : QStringLiteral("The access token could not be decrypted.")));
    }
    if (std::optional<SimResponse> refused = checkAppSecretProof(request))
        return *refused;
    parts.removeFirst();
    return graph(request, parts);
}

SimResponse Simulator::graph(const SimRequest& request, const QStringList& parts)
{
    const bool isPost = request.method == "POST";
    if (parts.size() == 2 && parts.at(1) == QLatin1String("subscribed_apps"))
        return subscribedApps(request, parts.at(0));
    if (parts.size() == 2 && isPost) {
        if (parts.at(0) != m_scenario.phoneNumberId) {
            return error(SimError::make(ErrorCode::InvalidParameter,
                                        QStringLiteral("Unsupported post request. Object with ID '%1' does not exist, "
                                                       "cannot be loaded due to missing permissions, or does not "
                                                       "support this operation.")
                                            .arg(parts.at(0))));
        }
        if (parts.at(1) == QLatin1String("messages"))
            return sendMessage(request);
        if (parts.at(1) == QLatin1String("media"))
            return uploadMedia(request);
        if (parts.at(1) == QLatin1String("smb_app_data"))
            return appData(request);
    }
    if (parts.size() == 2 && request.method == "GET" && parts.at(1) == QLatin1String("message_templates"))
        return listTemplates(request, parts.at(0));
    if (parts.size() == 2 && request.method == "DELETE" && parts.at(0) == m_scenario.phoneNumberId &&
        parts.at(1) == QLatin1String("contact_book"))
        return forgetContact(request);
    if (parts.size() == 1 && request.method == "GET" && parts.at(0) == m_scenario.phoneNumberId)
        return numberInfo(request);
    if (parts.size() == 1 && request.method == "GET" && parts.at(0) == QLatin1String("debug_token"))
        return debugToken(request);
    if (parts.size() == 1 && request.method == "GET")
        return mediaInfo(parts.at(0));
    if (parts.size() == 1 && request.method == "DELETE") {
        if (!m_media.remove(parts.at(0)))
            return mediaInfo(parts.at(0)); // the same "does not exist" error
        return json({{QStringLiteral("success"), true}});
    }
    return error(
        SimError::make(ErrorCode::InvalidParameter, QStringLiteral("Unknown path components: %1").arg(request.path)));
}

SimResponse Simulator::sendMessage(const SimRequest& request)
{
    ValidatedSend send;
    SimError e = m_validator.validate(request.body, &send);
    if (e.isError())
        return error(e);
    if (send.kind == ValidatedSend::Kind::MarkRead) {
        ++m_stats.markedRead;
        if (send.typing)
            ++m_stats.typingIndicators;
        return json({{QStringLiteral("success"), true}});
    }
    SimCustomer* customer = send.isToUserId() ? m_customers.byUserId(send.userId) : &m_customers.forPhone(send.waId);
    if (!customer) {
        // Meta gives no code for a BSUID it does not know (another portfolio's, altered, or retired
        // by a number change): the simulator answers as for any invalid parameter.
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("Invalid parameter: recipient %1 is not a business-scoped user ID "
                                                   "of this business portfolio.")
                                        .arg(send.userId)));
    }
    if (send.isToUserId() && send.isTemplate() && send.templateCategory == QLatin1String("authentication")) {
        return error(SimError::make(ErrorCode::BsuidNotSupported,
                                    QStringLiteral("Business-scoped User ID (BSUID) recipients are not supported for "
                                                   "this message.")));
    }
    const QString handle = customer->handle;
    const bool windowOpen = m_gate.isWindowOpen(handle);
    e = m_gate.admit(handle, send.isTemplate());
    if (e.isError())
        return error(e);

    if (!send.isToUserId())
        m_customers.phoneContact(*customer); // a message to the number: Meta may share it for 30 days
    const Sent sent{newWamid(send.isToUserId() ? send.userId : send.waId), handle, send.waId, send.clientId};
    ++m_stats.accepted;
    // The largest count in any sliding second: every window that holds the most ends at an accept.
    const qint64 acceptedAt = m_clock.nowMs();
    std::deque<qint64>& recent = m_stats.acceptedLastSecond;
    recent.push_back(acceptedAt);
    while (!recent.empty() && recent.front() <= acceptedAt - 1000)
        recent.pop_front();
    m_stats.maxAcceptedIn1s = std::max<qint64>(m_stats.maxAcceptedIn1s, qint64(recent.size()));
    ++m_stats.acceptedByClientId[send.clientId];
    m_stats.clientIdByWamid.insert(sent.wamid, send.clientId);
    const QString recipientKey = customer->phone.isEmpty() ? customer->bsuid : customer->phone;
    ++m_stats.acceptedByRecipient[recipientKey];
    if (send.isTemplate()) {
        const QString key = recipientKey + QLatin1Char(' ') + send.templateName;
        if (++m_stats.acceptedByRecipientTemplate[key] == 2)
            m_stats.recipientTemplatesAcceptedTwice.append(key);
    }
    m_lastBusinessWamid.insert(handle, sent.wamid);
    m_lastThreadWamid.insert(handle, sent.wamid);
    const QString category = send.isTemplate() ? send.templateCategory : QStringLiteral("service");
    const qint64 deliveredAt = scheduleStatuses(sent, send.type, category, windowOpen, inFreeEntryPoint(handle));

    // A request for the customer's number (the interactive message or a template's button): the
    // customer answers a while after it reached them, if they are willing.
    const TemplateSpec* spec =
        send.isTemplate() ? m_scenario.findTemplate(send.templateName, send.templateLanguage) : nullptr;
    const bool asksForPhone =
        send.interactiveType == QLatin1String("request_contact_info") || (spec && spec->requestsContactInfo);
    if (asksForPhone && deliveredAt >= 0 && customer->sharesPhone)
        at(deliveredAt + customer->shareAfterMs, [this, handle] { customerSharesPhone(handle); });

    QJsonObject message{{QStringLiteral("id"), sent.wamid}};
    if (send.isTemplate())
        message.insert(QStringLiteral("message_status"), QStringLiteral("accepted"));
    // docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID": wa_id only for a send to the number, user_id only for one to a
    // BSUID (the value sent, parent or not); never the other, whatever the contact book knows.
    QJsonObject contact{{QStringLiteral("input"), send.toInput}};
    if (send.isToUserId())
        contact.insert(QStringLiteral("user_id"), send.userId);
    else
        contact.insert(QStringLiteral("wa_id"), send.waId);
    return json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                 {QStringLiteral("contacts"), QJsonArray{contact}},
                 {QStringLiteral("messages"), QJsonArray{message}}});
}

SimResponse Simulator::forgetContact(const SimRequest& request)
{
    const QString bsuid = request.query.queryItemValue(QStringLiteral("bsuid"));
    if (request.query.queryItemValue(QStringLiteral("messaging_product")) != QLatin1String("whatsapp"))
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("The parameter messaging_product is required.")));
    SimCustomer* customer = m_customers.byUserId(bsuid);
    if (!customer || bsuid != customer->bsuid) {
        // Parent BSUIDs are not accepted here (docs/CLOUDAPI-CONTRACT.md, "The contact book"), nor ids of another
        // portfolio.
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("Param bsuid must be a business-scoped user ID of this business "
                                                   "portfolio.")));
    }
    return json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                 {QStringLiteral("success"), true},
                 {QStringLiteral("deleted"), m_customers.forget(*customer)}});
}

SimResponse Simulator::uploadMedia(const SimRequest& request)
{
    QList<FormPart> parts;
    if (!parseMultipart(request.contentType, request.body, &parts)) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("The upload must be multipart/form-data with the fields "
                                                   "messaging_product and file.")));
    }
    const FormPart* file = nullptr;
    bool hasProduct = false;
    for (const FormPart& part : parts) {
        if (part.name == "file")
            file = &part;
        else if (part.name == "messaging_product")
            hasProduct = part.data == "whatsapp";
    }
    if (!hasProduct)
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("The parameter messaging_product is required.")));
    if (!file)
        return error(SimError::make(ErrorCode::InvalidParameter, QStringLiteral("The parameter file is required.")));
    QByteArray type = file->contentType;
    for (const FormPart& part : parts) {
        if (part.name == "type" && !part.data.isEmpty())
            type = part.data;
    }
    QString id;
    const SimError e = m_media.upload(type, file->data, &id);
    if (e.isError())
        return error(e);
    return json({{QStringLiteral("id"), id}});
}

SimResponse Simulator::mediaInfo(const QString& mediaId)
{
    const MediaStore::Media* media = m_media.find(mediaId);
    if (!media) {
        return error(
            SimError::make(ErrorCode::InvalidParameter,
                           QStringLiteral("Unsupported get request. Object with ID '%1' does not exist, cannot "
                                          "be loaded due to missing permissions, or does not support this "
                                          "operation.")
                               .arg(mediaId)));
    }
    const QString token = m_media.issueToken(mediaId);
    const QString url = m_baseUrl + QStringLiteral("/whatsapp_business/attachments/?mid=") + mediaId +
                        QStringLiteral("&ext=") + QString::number(m_clock.nowSecs()) + QStringLiteral("&hash=") + token;
    return json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                 {QStringLiteral("url"), url},
                 {QStringLiteral("mime_type"), QString::fromLatin1(media->mimeType)},
                 {QStringLiteral("sha256"), QString::fromLatin1(media->sha256Hex)},
                 {QStringLiteral("file_size"), qint64(media->data.size())},
                 {QStringLiteral("id"), mediaId}});
}

SimResponse Simulator::download(const SimRequest& request)
{
    if (!isAuthorized(request.authorization))
        return error(
            SimError::make(ErrorCode::AccessToken, QStringLiteral("The access token could not be decrypted.")));
    const MediaStore::Media* media = m_media.resolve(request.query.queryItemValue(QStringLiteral("hash")));
    if (!media) {
        SimResponse r;
        r.status = 404;
        r.contentType = "text/plain";
        r.body = "The URL has expired or does not exist. Ask for a new one with GET /{media-id}.";
        return r;
    }
    SimResponse r;
    r.contentType = media->mimeType;
    r.body = media->data;
    return r;
}

SimResponse Simulator::appData(const SimRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (body.value(QStringLiteral("messaging_product")).toString() != QLatin1String("whatsapp"))
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("The parameter messaging_product is required.")));
    const QString type = body.value(QStringLiteral("sync_type")).toString();
    bool* requested = type == QLatin1String("history")              ? &m_historyRequested
                      : type == QLatin1String("smb_app_state_sync") ? &m_contactsRequested
                                                                    : nullptr;
    if (!requested) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("Param sync_type must be one of {HISTORY, SMB_APP_STATE_SYNC}.")));
    }
    if (*requested) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("The %1 sync was already requested for this phone number; it can be "
                                                   "requested once per onboarding.")
                                        .arg(type)));
    }
    *requested = true;
    if (type == QLatin1String("history"))
        startHistorySync();
    else
        startContactSync();
    return json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                 {QStringLiteral("request_id"), newNumericId()}});
}

SimResponse Simulator::inbound(const SimRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString text = body.value(QStringLiteral("text")).toString();
    SimCustomer* customer = m_customers.resolve(body.value(QStringLiteral("from")).toString());
    if (!customer || text.isEmpty()) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("POST /_sim/inbound needs {\"from\": a phone number or a known "
                                                   "BSUID, \"text\": a non-empty string}.")));
    }
    if (body.contains(QStringLiteral("name")))
        customer->name = body.value(QStringLiteral("name")).toString();
    return json({{QStringLiteral("id"), customerText(customer->handle, text)}});
}

SimResponse Simulator::echo(const SimRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString text = body.value(QStringLiteral("text")).toString();
    SimCustomer* customer = m_customers.resolve(body.value(QStringLiteral("to")).toString());
    if (!customer || text.isEmpty()) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("POST /_sim/echo needs {\"to\": a phone number or a known BSUID, "
                                                   "\"text\": a non-empty string}.")));
    }
    ScenarioStep step;
    step.type = QStringLiteral("echo");
    step.data = {{QStringLiteral("to"), customer->handle}, {QStringLiteral("text"), text}};
    runStep(step);
    return json({{QStringLiteral("id"), m_lastBusinessWamid.value(customer->handle)}});
}

QJsonObject Simulator::statsJson(bool brief) const
{
    QJsonObject byClient;
    QJsonArray duplicates;
    for (auto it = m_stats.acceptedByClientId.begin(); it != m_stats.acceptedByClientId.end(); ++it) {
        if (it.value() > 1 && !it.key().isEmpty())
            duplicates.append(it.key());
    }
    QJsonObject byWamid;
    QJsonObject byRecipient;
    if (!brief) {
        QList<std::pair<QString, int>> clients(m_stats.acceptedByClientId.keyValueBegin(),
                                               m_stats.acceptedByClientId.keyValueEnd());
        std::sort(clients.begin(), clients.end());
        for (const auto& [clientId, count] : clients)
            byClient.insert(clientId, count);
        // Built from sorted lists: QJsonObject keeps its keys sorted, so inserting in order is linear.
        QList<std::pair<QString, QString>> wamids(m_stats.clientIdByWamid.keyValueBegin(),
                                                  m_stats.clientIdByWamid.keyValueEnd());
        std::sort(wamids.begin(), wamids.end());
        for (const auto& [wamid, clientId] : wamids)
            byWamid.insert(wamid, clientId);
        QList<std::pair<QString, int>> recipients(m_stats.acceptedByRecipient.keyValueBegin(),
                                                  m_stats.acceptedByRecipient.keyValueEnd());
        std::sort(recipients.begin(), recipients.end());
        for (const auto& [recipient, count] : recipients)
            byRecipient.insert(recipient, count);
    }
    int recipientsTwice = 0;
    for (const int count : m_stats.acceptedByRecipient)
        recipientsTwice += count > 1 ? 1 : 0;
    QJsonObject failed;
    for (auto it = m_stats.failedByCode.begin(); it != m_stats.failedByCode.end(); ++it)
        failed.insert(QString::number(it.key()), it.value());
    QJsonObject errors;
    for (auto it = m_stats.errorsByCode.begin(); it != m_stats.errorsByCode.end(); ++it)
        errors.insert(QString::number(it.key()), it.value());
    QJsonObject statuses;
    for (auto it = m_stats.statusesByKind.begin(); it != m_stats.statusesByKind.end(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonObject stats{
        {QStringLiteral("accepted"), m_stats.accepted},
        {QStringLiteral("max_accepted_in_1s"), m_stats.maxAcceptedIn1s},
        {QStringLiteral("client_ids_accepted_twice"), duplicates},
        {QStringLiteral("recipients"), qint64(m_stats.acceptedByRecipient.size())},
        {QStringLiteral("recipients_accepted_more_than_once"), recipientsTwice},
        {QStringLiteral("recipient_templates_accepted_twice"),
         QJsonArray::fromStringList(m_stats.recipientTemplatesAcceptedTwice)},
        {QStringLiteral("failed_by_code"), failed},
        {QStringLiteral("replies"), m_stats.replies},
        {QStringLiteral("errors_by_code"), errors},
        {QStringLiteral("marked_read"), m_stats.markedRead},
        {QStringLiteral("typing_indicators"), m_stats.typingIndicators},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("customer_messages"), m_stats.customerMessages},
        {QStringLiteral("phones_shared"), m_stats.phonesShared},
        {QStringLiteral("number_changes"), m_stats.numberChanges},
        {QStringLiteral("tier_used"), m_gate.tierUsed()},
        {QStringLiteral("webhooks"), QJsonObject{{QStringLiteral("posts"), m_stats.webhookPosts},
                                                 {QStringLiteral("acknowledged"), m_stats.webhookAcknowledged},
                                                 {QStringLiteral("retries"), m_stats.webhookRetries},
                                                 {QStringLiteral("duplicates"), m_stats.webhookDuplicates},
                                                 {QStringLiteral("dropped"), m_stats.webhookDropped}}},
    };
    if (!brief) {
        stats.insert(QStringLiteral("accepted_by_client_id"), byClient);
        stats.insert(QStringLiteral("client_id_by_wamid"), byWamid);
        stats.insert(QStringLiteral("accepted_by_recipient"), byRecipient);
    }
    return stats;
}

} // namespace duet::sim
