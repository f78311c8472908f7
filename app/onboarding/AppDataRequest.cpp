// SPDX-License-Identifier: GPL-3.0-or-later
// The one-time request for the phone app's contacts and chat history: POST /{phone-number-id}/smb_app_data.
#include "AppDataRequest.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace duet::onboarding {

void requestAppData(GraphClient& graph, const QString& phoneNumberId, const QString& syncType,
                    std::function<void(const AppDataOutcome&)> done)
{
    const QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("sync_type"), syncType}};
    graph.post(QLatin1Char('/') + phoneNumberId + QStringLiteral("/smb_app_data"), body,
               [syncType, done = std::move(done)](const GraphReply& reply) {
                   AppDataOutcome out;
                   out.syncType = syncType;
                   out.ok = reply.ok;
                   out.requestId = reply.json.value(QLatin1String("request_id")).toVariant().toString();
                   out.error = reply.error;
                   done(out);
               });
}

QString syncTypeTitle(const QString& syncType)
{
    if (syncType == QLatin1String("history"))
        return QCoreApplication::translate("duet", "chat history");
    if (syncType == QLatin1String("smb_app_state_sync"))
        return QCoreApplication::translate("duet", "address book");
    return syncType;
}

QString appDataRemedy(const cloudapi::ApiError& error)
{
    const QString text = (error.message + QLatin1Char(' ') + error.details).toLower();
    if (text.contains(QLatin1String("already")) || text.contains(QLatin1String("once")))
        return QCoreApplication::translate(
            "duet", "Meta allows this import once per onboarding, and it was already requested. To import again, "
                    "disconnect the number from the Cloud API and connect it again (Embedded Signup), then request "
                    "the import within 24 hours.");
    if (error.code == 190 || error.code == 0)
        return QCoreApplication::translate("duet", "The access token was refused. Renew it with duet-hub setup (or "
                                                   "the single seat's Connect dialog), then request the import.");
    if (error.code < 0 && error.httpStatus == 0)
        return QCoreApplication::translate("duet", "Meta did not answer, so Duet does not know whether it took the "
                                                   "request. Wait an hour for the import to start; if nothing arrives, "
                                                   "request it again.");
    return cloudapi::remedyText(error);
}

} // namespace duet::onboarding
