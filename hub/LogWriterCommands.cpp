// SPDX-License-Identifier: GPL-3.0-or-later
// Agents' commands inside the writer's transaction: the rules of docs/PROTOCOL.md, then one team event.
#include "LogWriter.h"
#include "LogWriterPrivate.h"
#include "store/CustomerIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace duet::hub {
namespace {

using sync::CommandName;

constexpr int kMaxLabelChars = 64;
constexpr int kMaxNoteChars = 4096;
constexpr qint64 kPresenceLifetimeMs = 30'000;
/// An outbound report's `content` (the Cloud API message body), encoded as compact JSON.
constexpr qsizetype kMaxContentBytes = 64 * 1024;
/// An outbound report's `campaign`: the desktop's name for the bulk job, opaque to the hub.
constexpr qsizetype kMaxCampaignChars = 128;

CommandResult refuse(const char* reason)
{
    return CommandResult{false, QString::fromLatin1(reason), 0};
}

} // namespace

bool LogWriter::processCommand(Tx& tx, const CommandRequest& request, CommandResult* result)
{
    const sync::Command& c = request.command;
    const bool supervisor = request.role == sync::Role::Supervisor;
    if (!sync::commandHasConversation(c.name)) { // refresh_templates, request_sync: run elsewhere, not as commands
        *result = refuse("bad_command");
        return true;
    }

    // Outbound reports are idempotent on the desktop's client id, and never re-attribute a send:
    // a client id or wamid already reported by someone else, or a customer's message, is refused.
    if (c.name == CommandName::Outbound) {
        QSqlQuery& r = prepared(SelectReport,
                                QStringLiteral("SELECT seq, agent, wamid FROM outbound_reports WHERE client_id = ?"));
        r.bindValue(0, c.clientId);
        if (!exec(r, &tx.error))
            return false;
        if (r.next()) {
            const bool same = r.value(1).toString() == request.agent && r.value(2).toString() == c.wamid;
            *result = same ? CommandResult{true, {}, r.value(0).toLongLong()} : refuse("conflict");
            r.finish();
            return true;
        }
        r.finish();
        if (QJsonDocument(c.content).toJson(QJsonDocument::Compact).size() > kMaxContentBytes) {
            *result = refuse("bad_command");
            return true;
        }
        // Only templates go out in campaigns (a free-form message answers a customer).
        if (!c.campaign.isEmpty() && (c.campaign.size() > kMaxCampaignChars ||
                                      c.content.value(QLatin1String("type")).toString() != QLatin1String("template"))) {
            *result = refuse("bad_command");
            return true;
        }
        QSqlQuery& m =
            prepared(SelectReportedMessage, QStringLiteral("SELECT outbound, client_id FROM messages WHERE wamid = ?"));
        m.bindValue(0, c.wamid);
        if (!exec(m, &tx.error))
            return false;
        const bool taken = m.next() && (m.value(0).toInt() == 0 || !m.value(1).isNull());
        m.finish();
        if (taken) {
            *result = refuse("conflict");
            return true;
        }
    }

    // A command sent before the conversation was merged into another (one customer, two threads
    // until they were linked) acts on the merged one; the log names the key as it is now.
    QString conversation;
    if (!store::CustomerIdentity::currentKey(m_db.connection(), c.conversation, &conversation, &tx.error))
        return false;
    QSqlQuery& conv =
        prepared(SelectConversation, QStringLiteral("SELECT assignee FROM conversations WHERE contact_key = ?"));
    conv.bindValue(0, conversation);
    if (!exec(conv, &tx.error))
        return false;
    const bool exists = conv.next();
    const QString assignee = exists ? conv.value(0).toString() : QString();
    conv.finish();
    const bool hidden = request.ownOnly && !assignee.isEmpty() && assignee != request.agent;
    // Only a template may open a conversation (with a new customer); any other send answers one.
    const bool opensConversation = c.name == CommandName::Outbound &&
                                   c.content.value(QLatin1String("type")).toString() == QLatin1String("template");
    if ((!exists && !opensConversation) || hidden) {
        *result = refuse("not_found");
        return true;
    }

    QJsonObject e;
    e.insert(QStringLiteral("conversation"), conversation);
    e.insert(QStringLiteral("agent"), request.agent);
    switch (c.name) {
    case CommandName::Claim:
        if (!assignee.isEmpty() && assignee != request.agent) {
            *result = refuse("conflict");
            return true;
        }
        e.insert(QStringLiteral("kind"), QStringLiteral("assignment"));
        e.insert(QStringLiteral("assignee"), request.agent);
        break;
    case CommandName::Release:
        if (!assignee.isEmpty() && assignee != request.agent && !supervisor) {
            *result = refuse("forbidden");
            return true;
        }
        e.insert(QStringLiteral("kind"), QStringLiteral("assignment"));
        e.insert(QStringLiteral("assignee"), QString());
        break;
    case CommandName::Assign:
        if (!supervisor && c.agent != request.agent) {
            *result = refuse("forbidden");
            return true;
        }
        if (!supervisor && !assignee.isEmpty() && assignee != request.agent) { // claim's rule
            *result = refuse("conflict");
            return true;
        }
        if (!c.agent.isEmpty()) {
            QSqlQuery& a =
                prepared(SelectAgent, QStringLiteral("SELECT name FROM agents WHERE name = ? AND revoked_at IS NULL"));
            a.bindValue(0, c.agent);
            if (!exec(a, &tx.error))
                return false;
            const bool known = a.next();
            a.finish();
            if (!known) {
                *result = refuse("not_found");
                return true;
            }
        }
        e.insert(QStringLiteral("kind"), QStringLiteral("assignment"));
        e.insert(QStringLiteral("assignee"), c.agent);
        break;
    case CommandName::SetStatus:
        e.insert(QStringLiteral("kind"), QStringLiteral("status_change"));
        e.insert(QStringLiteral("status"), sync::statusName(c.status));
        if (c.status == sync::ConversationStatus::Snoozed)
            e.insert(QStringLiteral("until"), double(c.until));
        break;
    case CommandName::AddLabel:
    case CommandName::RemoveLabel:
        if (c.label.trimmed().isEmpty() || c.label.size() > kMaxLabelChars) {
            *result = refuse("bad_command");
            return true;
        }
        e.insert(QStringLiteral("kind"), QStringLiteral("label"));
        e.insert(QStringLiteral("action"),
                 c.name == CommandName::AddLabel ? QStringLiteral("add") : QStringLiteral("remove"));
        e.insert(QStringLiteral("label"), c.label);
        break;
    case CommandName::Note:
        if (c.text.trimmed().isEmpty() || c.text.size() > kMaxNoteChars) {
            *result = refuse("bad_command");
            return true;
        }
        e.insert(QStringLiteral("kind"), QStringLiteral("note"));
        e.insert(QStringLiteral("text"), c.text);
        break;
    case CommandName::Presence:
        e.insert(QStringLiteral("kind"), QStringLiteral("presence"));
        e.insert(QStringLiteral("state"), sync::presenceName(c.presence));
        e.insert(QStringLiteral("expires_at"), double(tx.atMs + kPresenceLifetimeMs));
        break;
    case CommandName::Outbound:
        e.insert(QStringLiteral("kind"), QStringLiteral("outbound"));
        e.insert(QStringLiteral("wamid"), c.wamid);
        e.insert(QStringLiteral("client_id"), c.clientId);
        e.insert(QStringLiteral("content"), c.content);
        if (!c.text.isEmpty() && c.text.size() <= kMaxNoteChars) // display only: an oversized one is dropped
            e.insert(QStringLiteral("text"), c.text);
        if (!c.campaign.isEmpty())
            e.insert(QStringLiteral("campaign"), c.campaign);
        break;
    case CommandName::MarkRead:
        e.insert(QStringLiteral("kind"), QStringLiteral("read"));
        e.insert(QStringLiteral("wamid"), c.wamid);
        break;
    case CommandName::RefreshTemplates:
    case CommandName::RequestSync:
        break; // refused above
    }

    qint64 seq = 0;
    if (!append(tx, e, conversation, 0, request.agent, &seq))
        return false;
    if (!m_team->apply(seq, tx.atMs, e, &tx.error))
        return false;
    *result = CommandResult{true, {}, seq};
    return true;
}

} // namespace duet::hub
