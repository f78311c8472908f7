// SPDX-License-Identifier: GPL-3.0-or-later
// Team commands through the sync client, and the sentences their outcomes become.
#include "TeamActions.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace duet::ui {

/// What the agent tried, for a failure's first half.
QString TeamActions::attemptText(Kind kind)
{
    switch (kind) {
    case TeamActions::Kind::Claim:
        return tr("Could not take this conversation");
    case TeamActions::Kind::Release:
        return tr("Could not release this conversation");
    case TeamActions::Kind::Assign:
        return tr("Could not assign this conversation");
    case TeamActions::Kind::SetStatus:
        return tr("Could not change the status");
    case TeamActions::Kind::AddLabel:
        return tr("Could not add the label");
    case TeamActions::Kind::RemoveLabel:
        return tr("Could not remove the label");
    case TeamActions::Kind::Note:
        return tr("Could not save the note");
    case TeamActions::Kind::Presence:
        return tr("Could not tell the team you are here");
    case TeamActions::Kind::RequestSync:
        return tr("The history and contacts were not requested");
    }
    return {};
}

QString TeamActions::successText(Kind kind, const QString& detail, sync::ConversationStatus status)
{
    switch (kind) {
    case TeamActions::Kind::Claim:
        return tr("You took this conversation.");
    case TeamActions::Kind::Release:
        return tr("Released: the conversation is back in Unassigned.");
    case TeamActions::Kind::Assign:
        return detail.isEmpty() ? tr("Unassigned: the conversation is back in Unassigned.")
                                : tr("Assigned to %1.").arg(detail);
    case TeamActions::Kind::SetStatus:
        switch (status) {
        case sync::ConversationStatus::Open:
            return tr("Marked open.");
        case sync::ConversationStatus::Pending:
            return tr("Marked pending.");
        case sync::ConversationStatus::Snoozed:
            return tr("Snoozed until %1. It comes back by itself then.").arg(detail);
        case sync::ConversationStatus::Resolved:
            return tr("Resolved.");
        }
        break;
    case TeamActions::Kind::AddLabel:
        return tr("Label “%1” added.").arg(detail);
    case TeamActions::Kind::RemoveLabel:
        return tr("Label “%1” removed.").arg(detail);
    case TeamActions::Kind::Note:
        return tr("Note saved. Only your team sees it.");
    case TeamActions::Kind::Presence:
        return {};
    case TeamActions::Kind::RequestSync:
        return tr("Requested: Meta sends the phone app's contacts and chat history over the next minutes to hours.");
    }
    return {};
}

QString TeamActions::failureText(Kind kind, const QString& reason, const QString& detail)
{
    if (reason == QLatin1String("offline"))
        return tr("Duet is offline. Nothing was changed; try again when the status bar shows Connected.");
    if (reason == QLatin1String("timeout"))
        return tr("the hub did not answer in time. Look at the conversation in a moment to see whether it "
                  "changed, then try again if needed.");
    if (reason == QLatin1String("disconnected"))
        return tr("the connection dropped before the hub answered. Once Duet reconnects, the conversation shows "
                  "whether it happened.");
    if (reason == QLatin1String("forbidden")) {
        if (kind == Kind::Assign)
            return tr("only a supervisor can assign a conversation to someone else. Ask a supervisor, or take it "
                      "yourself.");
        if (kind == Kind::Release)
            return tr("only the assigned agent or a supervisor can release it. Ask them or a supervisor.");
        return tr("your role does not allow this. Ask a supervisor.");
    }
    if (reason == QLatin1String("not_found")) {
        if (kind == Kind::Assign && !detail.isEmpty())
            return tr("the hub has no agent named %1. Pick someone from the list.").arg(detail);
        return tr("the hub does not know this conversation yet. Wait until Duet has caught up and try again.");
    }
    if (reason == QLatin1String("conflict"))
        return tr("someone else has already taken it. Ask them or a supervisor to reassign it.");
    if (reason == QLatin1String("rate_limited"))
        return tr("too many actions at once. Wait a few seconds and try again.");
    if (reason == QLatin1String("unavailable"))
        return tr("the hub cannot reach its database. Nothing was changed; try again shortly.");
    if (reason == QLatin1String("disk_full"))
        return tr("the hub's disk is full, so it cannot store anything new. Nothing was changed; tell the hub's "
                  "administrator, and try again once they have freed space.");
    if (reason == QLatin1String("already_requested"))
        return tr("they were requested before, and Meta takes each once. Use “Request again” only if nothing ever "
                  "arrived.");
    if (reason == QLatin1String("refused"))
        return tr("Meta refused it. The team overview shows Meta's answer and what to do.");
    if (reason == QLatin1String("not_configured"))
        return tr("the hub has no phone number id and access token. Connect the number first (duet-hub setup).");
    if (reason == QLatin1String("bad_command")) {
        if (kind == Kind::AddLabel || kind == Kind::RemoveLabel)
            return tr("labels must be 1 to 64 characters. Shorten it and try again.");
        if (kind == Kind::Note)
            return tr("notes must be 1 to 4,096 characters. Shorten it and try again.");
        return tr("the hub refused the request as malformed. Update Duet if this keeps happening.");
    }
    return tr("the hub refused it (%1). Try again, or tell your administrator if it keeps happening.").arg(reason);
}

TeamActions::TeamActions(sync::SyncClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<Result>();
    if (client) {
        connect(client, &sync::SyncClient::rosterChanged, this, &TeamActions::rosterChanged);
        connect(client, &sync::SyncClient::welcomed, this, &TeamActions::welcomed);
    }
}

bool TeamActions::isOnline() const
{
    return m_client && m_client->isConnected();
}

QString TeamActions::agent() const
{
    return m_client ? m_client->agent() : QString();
}

sync::Role TeamActions::role() const
{
    return m_client ? m_client->role() : sync::Role::Agent;
}

QList<sync::RosterEntry> TeamActions::roster() const
{
    return m_client ? m_client->roster() : QList<sync::RosterEntry>();
}

QString TeamActions::messageFor(Kind kind, bool ok, const QString& reason, const QString& detail,
                                sync::ConversationStatus status)
{
    if (ok)
        return successText(kind, detail, status);
    //: "Could not take this conversation: someone else has already taken it. ..."
    return tr("%1: %2").arg(attemptText(kind), failureText(kind, reason, detail));
}

void TeamActions::send(Kind kind, sync::Command command, const QString& detail, Callback done)
{
    const QString key = command.conversation;
    const sync::ConversationStatus status = command.status;
    QPointer<TeamActions> self(this);
    auto finish = [self, kind, key, detail, status, done = std::move(done)](bool ok, const QString& reason) {
        if (!self)
            return;
        Result r{kind, key, ok, ok ? QString() : reason, messageFor(kind, ok, reason, detail, status)};
        if (done)
            done(r);
        emit self->finished(r);
    };
    if (!m_client || (key.isEmpty() && sync::commandHasConversation(command.name))) {
        const QString reason = m_client ? QStringLiteral("not_found") : QStringLiteral("offline");
        QTimer::singleShot(0, this, [finish, reason] { finish(false, reason); });
        return;
    }
    m_client->sendCommand(std::move(command),
                          [finish](const sync::CommandResult& result) { finish(result.ok, result.reason); });
}

void TeamActions::claim(const QString& key, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::Claim;
    c.conversation = key;
    send(Kind::Claim, c, {}, std::move(done));
}

void TeamActions::release(const QString& key, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::Release;
    c.conversation = key;
    send(Kind::Release, c, {}, std::move(done));
}

void TeamActions::assign(const QString& key, const QString& agent, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::Assign;
    c.conversation = key;
    c.agent = agent;
    send(Kind::Assign, c, agent, std::move(done));
}

void TeamActions::setStatus(const QString& key, sync::ConversationStatus status, qint64 untilSecs, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::SetStatus;
    c.conversation = key;
    c.status = status;
    c.until = status == sync::ConversationStatus::Snoozed ? untilSecs : 0;
    const QString when = status == sync::ConversationStatus::Snoozed
                             ? QLocale().toString(QDateTime::fromSecsSinceEpoch(untilSecs), QLocale::ShortFormat)
                             : QString();
    send(Kind::SetStatus, c, when, std::move(done));
}

void TeamActions::addLabel(const QString& key, const QString& label, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::AddLabel;
    c.conversation = key;
    c.label = label.trimmed();
    send(Kind::AddLabel, c, c.label, std::move(done));
}

void TeamActions::removeLabel(const QString& key, const QString& label, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::RemoveLabel;
    c.conversation = key;
    c.label = label;
    send(Kind::RemoveLabel, c, label, std::move(done));
}

void TeamActions::note(const QString& key, const QString& text, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::Note;
    c.conversation = key;
    c.text = text;
    send(Kind::Note, c, {}, std::move(done));
}

void TeamActions::presence(const QString& key, sync::PresenceState state, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::Presence;
    c.conversation = key;
    c.presence = state;
    send(Kind::Presence, c, {}, std::move(done));
}

void TeamActions::requestSync(bool again, Callback done)
{
    sync::Command c;
    c.name = sync::CommandName::RequestSync;
    c.again = again;
    send(Kind::RequestSync, c, {}, std::move(done));
}

} // namespace duet::ui
