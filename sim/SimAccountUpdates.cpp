// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's account_update webhooks: Meta disconnecting, offboarding or reconnecting the number.
#include "Simulator.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duet::sim {

bool Simulator::accountUpdate(const QString& event, const QString& reason, const QString& initiatedBy)
{
    // Shaped as Meta's examples (docs/CLOUDAPI-CONTRACT.md, "Account updates"): PARTNER_REMOVED and PARTNER_ADDED name
    // the account in waba_info, a Coexistence disconnection adds disconnection_info; the offboarding, the reconnection
    // and the deletion carry the event alone. None has `metadata`: account events are about the business account, not
    // one number.
    QJsonObject value{{QStringLiteral("event"), event}};
    const QJsonObject wabaInfo{{QStringLiteral("waba_id"), m_scenario.wabaId},
                               {QStringLiteral("owner_business_id"), newNumericId()}};
    if (event == QLatin1String("PARTNER_REMOVED")) {
        value.insert(QStringLiteral("waba_info"), wabaInfo);
        if (!reason.isEmpty()) {
            value.insert(QStringLiteral("disconnection_info"),
                         QJsonObject{{QStringLiteral("reason"), reason},
                                     {QStringLiteral("initiated_by"),
                                      initiatedBy.isEmpty() ? QStringLiteral("SYSTEM") : initiatedBy}});
        }
    } else if (event == QLatin1String("PARTNER_ADDED")) {
        value.insert(QStringLiteral("waba_info"), wabaInfo);
    } else if (event != QLatin1String("ACCOUNT_OFFBOARDED") && event != QLatin1String("ACCOUNT_RECONNECTED") &&
               event != QLatin1String("ACCOUNT_DELETED")) {
        return false;
    }
    emitChange(QStringLiteral("account_update"), value);
    return true;
}

SimResponse Simulator::userPreference(const SimRequest& request)
{
    // A `user_preferences` change: the contacts block and the item name the customer by the
    // identity rules of every webhook (wa_id only when shareable); "value" is sent as given.
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    SimCustomer* customer = m_customers.resolve(body.value(QStringLiteral("from")).toString());
    const QString value = body.value(QStringLiteral("value")).toString();
    if (!customer || value.isEmpty()) {
        return error(SimError::make(ErrorCode::InvalidParameter,
                                    QStringLiteral("POST /_sim/user_preferences needs {\"from\": a phone number or a "
                                                   "known BSUID, \"value\": \"stop\" or \"resume\"}.")));
    }
    QJsonObject item{{QStringLiteral("detail"),
                      body.contains(QStringLiteral("detail"))
                          ? body.value(QStringLiteral("detail")).toString()
                          : QStringLiteral("User requested to ") + value + QStringLiteral(" marketing messages")},
                     {QStringLiteral("category"), QStringLiteral("marketing_messages")},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("timestamp"), qint64(m_clock.nowSecs())}};
    const QJsonObject contact = m_customers.contactEntry(*customer, true, true);
    for (const char* key : {"wa_id", "user_id", "parent_user_id"}) {
        if (contact.contains(QLatin1String(key)))
            item.insert(QLatin1String(key), contact.value(QLatin1String(key)));
    }
    QJsonObject change = valueEnvelope();
    change.insert(QStringLiteral("contacts"), QJsonArray{contact});
    change.insert(QStringLiteral("user_preferences"), QJsonArray{item});
    emitChange(QStringLiteral("user_preferences"), change);
    return json({{QStringLiteral("success"), true}});
}

SimResponse Simulator::accountUpdateRequest(const SimRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString event = body.value(QStringLiteral("event")).toString().toUpper();
    // Without "reason" a removal is Coexistence's most common one; "reason": "" sends none.
    const QString reason = body.contains(QStringLiteral("reason")) ? body.value(QStringLiteral("reason")).toString()
                                                                   : QStringLiteral("PRIMARY_INACTIVITY");
    if (!accountUpdate(event, reason, body.value(QStringLiteral("initiated_by")).toString())) {
        return error(SimError::make(
            ErrorCode::InvalidParameter,
            QStringLiteral("POST /_sim/account_update needs {\"event\": PARTNER_REMOVED, ACCOUNT_OFFBOARDED, "
                           "ACCOUNT_RECONNECTED, ACCOUNT_DELETED or PARTNER_ADDED[, \"reason\"][, "
                           "\"initiated_by\"]}.")));
    }
    return json({{QStringLiteral("success"), true}});
}

} // namespace duet::sim
