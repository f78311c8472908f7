// SPDX-License-Identifier: GPL-3.0-or-later
// The `outbound` reports of accepted sends, resent until the hub acknowledges them.
#include "OutboundReporter.h"

#include "core/CustomerId.h"
#include "outbound/OutboxStore.h"
#include "sync/SyncClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace duet::desktop {

Q_LOGGING_CATEGORY(lcReports, "duet.desktop.reports")

namespace {

/// Answers that leave the report's fate open: it is sent again after the next catch-up.
bool isRetryable(const QString& reason)
{
    return reason == QLatin1String("offline") || reason == QLatin1String("disconnected") ||
           reason == QLatin1String("timeout") || reason == QLatin1String("internal");
}

/// The conversation a send belongs to: the one it was made from, else its address as a key.
QString conversationOf(const outbound::OutboxRow& row)
{
    return !row.conversation.isEmpty() ? row.conversation : CustomerId::keyOfAddress(row.contact);
}

} // namespace

OutboundReporter::OutboundReporter(outbound::OutboxStore& outbox, sync::SyncClient& client, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_client(client)
{
    connect(&m_client, &sync::SyncClient::caughtUp, this, &OutboundReporter::reportPending);
}

void OutboundReporter::reportPending()
{
    if (!m_client.isConnected())
        return;
    for (const outbound::OutboxRow& row : m_outbox.unreportedRows()) {
        if (m_inFlight.contains(row.id))
            continue;
        sync::Command command;
        command.name = sync::CommandName::Outbound;
        command.conversation = conversationOf(row);
        command.wamid = row.wamid;
        command.clientId = row.clientId;
        command.content = QJsonDocument::fromJson(row.body).object();
        command.text = row.text; // a template's rendered text; empty for the rest
        // A bulk job's send: the hub keeps a conversation it makes out of the queues until the
        // customer answers. The job's outbox id names it (opaque to the hub).
        if (row.bulkJob != 0 && row.kind == QLatin1String("template"))
            command.campaign = QString::number(row.bulkJob);
        m_inFlight.insert(row.id);
        const qint64 id = row.id;
        m_client.sendCommand(command, [this, id](const sync::CommandResult& result) {
            m_inFlight.remove(id);
            if (result.ok) {
                m_outbox.markReported(id);
                emit reported(id);
            } else if (!isRetryable(result.reason)) {
                // The hub will never take this report: stop offering it (the send itself happened).
                qCWarning(lcReports).noquote()
                    << "the hub refused the report of outbox row" << id << ":" << result.reason;
                m_outbox.markReported(id);
            }
        });
    }
}

} // namespace duet::desktop
