// SPDX-License-Identifier: GPL-3.0-or-later
// Team commands (claim, assign, status, labels, notes, presence) with results agents can read.
#pragma once

#include "sync/Protocol.h"
#include "sync/SyncClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace duet::ui {

/// What the team bar, the composer's note mode and the supervisor view ask of the hub. It wraps
/// the SyncClient (null when Duet runs without a hub: every action is then refused as offline)
/// and turns every outcome, the hub's ack or the client's own "offline", "timeout" and
/// "disconnected", into one translated sentence: what happened and what to do. Each action
/// answers exactly once, later (never from inside the call), through its callback and finished().
/// Usage: `TeamActions team(&syncClient); team.claim(key); connect(&team, &TeamActions::finished, ...)`
class TeamActions : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Claim, Release, Assign, SetStatus, AddLabel, RemoveLabel, Note, Presence, RequestSync };
    Q_ENUM(Kind)

    struct Result
    {
        Kind kind = Kind::Claim;
        QString conversation;
        bool ok = false;
        QString reason;  ///< the ack's reason or the client's ("offline", "timeout", ...); empty when ok
        QString message; ///< for the agent: what happened and what to do (translated)
    };
    using Callback = std::function<void(const Result&)>;

    explicit TeamActions(sync::SyncClient* client, QObject* parent = nullptr);

    /// Connected to a hub now: actions can reach it.
    bool isOnline() const;
    /// The signed-in agent and role, as the hub welcomed them (empty / Agent without a hub).
    QString agent() const;
    sync::Role role() const;
    bool isSupervisor() const { return role() == sync::Role::Supervisor; }
    /// The hub's agents with who is online (empty when offline).
    QList<sync::RosterEntry> roster() const;

    void claim(const QString& key, Callback done = {});
    void release(const QString& key, Callback done = {});
    /// `agent` empty unassigns.
    void assign(const QString& key, const QString& agent, Callback done = {});
    /// `untilSecs` (unix seconds) is required for Snoozed and ignored otherwise.
    void setStatus(const QString& key, sync::ConversationStatus status, qint64 untilSecs = 0, Callback done = {});
    void addLabel(const QString& key, const QString& label, Callback done = {});
    void removeLabel(const QString& key, const QString& label, Callback done = {});
    void note(const QString& key, const QString& text, Callback done = {});
    void presence(const QString& key, sync::PresenceState state, Callback done = {});
    /// Supervisors: asks Meta, through the hub, for the phone app's contacts and chat history;
    /// `again` repeats a request made before (Meta takes each once per onboarding).
    void requestSync(bool again, Callback done = {});

    /// The sentence for an outcome; `detail` is the agent's name (assign), the label, or the
    /// snooze time as text.
    static QString messageFor(Kind kind, bool ok, const QString& reason, const QString& detail = {},
                              sync::ConversationStatus status = sync::ConversationStatus::Open);

signals:
    void finished(const duet::ui::TeamActions::Result& result);
    /// The hub's roster changed (or the connection went).
    void rosterChanged();
    /// The hub welcomed the agent: agent() and role() are known.
    void welcomed();

private:
    static QString attemptText(Kind kind);
    static QString successText(Kind kind, const QString& detail, sync::ConversationStatus status);
    static QString failureText(Kind kind, const QString& reason, const QString& detail);
    void send(Kind kind, sync::Command command, const QString& detail, Callback done);

    QPointer<sync::SyncClient> m_client;
};

} // namespace duet::ui

Q_DECLARE_METATYPE(duet::ui::TeamActions::Result)
