// SPDX-License-Identifier: GPL-3.0-or-later
// The team half of apply(): assignments, statuses, labels, notes, presence, outbound reports, reads.
#pragma once

#include "Database.h"
#include "EventApplier.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <memory>

namespace duet::store {

/// Applies the log's team events (docs/PROTOCOL.md: kinds assignment, status_change, label, note,
/// presence, outbound, read, onboarding) to a store, on the hub and on every desktop replaying the log. Like
/// EventApplier it never begins or commits: call it inside the transaction that records the seq.
/// Team state lives in the store's conversations table (assignee, status, unread_count), its
/// conversation_labels and messages tables, and the team tables of prepareSchema() (migration 2
/// adds status_history: every status change with its seq and time, for resolution times).
/// Usage: `TeamApplier team(db, backend, eventApplier); team.apply(seq, atMs, json, &error);`
class TeamApplier
{
public:
    TeamApplier(QSqlDatabase db, Backend backend, EventApplier& events);
    ~TeamApplier();
    TeamApplier(const TeamApplier&) = delete;
    TeamApplier& operator=(const TeamApplier&) = delete;

    /// Creates or upgrades the team tables: TeamSchema::prepare(). Needs the store's schema
    /// (Schema::prepare) first.
    static bool prepareSchema(QSqlDatabase db, Backend backend, QString* error);
    /// TeamSchema::latestVersion().
    static int latestSchemaVersion();
    /// The statements of team migration `number`: TeamSchema::migration().
    static QStringList schemaMigration(int number, Backend backend);

    /// True for the kinds this applier handles (the rest are webhook events for EventApplier).
    static bool isTeamKind(const QString& kind);

    /// Applies one event of the hub's log, whatever its kind: team kinds here, webhook events
    /// (eventToJson objects) through EventApplier. This is what a replica runs for each `event`
    /// frame, in the transaction that records its seq. False with *error on a database failure.
    bool applyLogEvent(qint64 seq, qint64 atMs, const QJsonObject& event, QString* error);

    /// Applies one team event with its log seq and commit time. An event of a kind it does not
    /// handle, or lacking its fields, changes nothing and returns true (a newer hub's kind).
    /// False with *error on a database failure: roll the transaction back.
    bool apply(qint64 seq, qint64 atMs, const QJsonObject& event, QString* error);

    /// Drops one conversation from a replica (docs/PROTOCOL.md, "Visibility"): its messages and
    /// their reactions, notes, labels, status history, presence, outbound reports, the contact and
    /// the customer's identifiers. Never begins or commits: run it in the transaction that records
    /// the seq. False with *error on a database failure.
    bool forgetConversation(const QString& key, QString* error);

private:
    bool exec(QSqlQuery& q);
    QSqlQuery& prepared(int id, const char* sql);
    bool applyAssignment(const QString& key, const QJsonObject& e);
    bool applyStatus(qint64 seq, qint64 atMs, const QString& key, const QJsonObject& e);
    bool applyLabel(const QString& key, const QJsonObject& e);
    bool applyNote(qint64 seq, qint64 atMs, const QString& key, const QJsonObject& e);
    bool applyPresence(const QString& key, const QJsonObject& e);
    bool applyOutbound(qint64 seq, qint64 atMs, const QString& key, const QJsonObject& e);
    bool applyRead(const QString& key);
    /// `onboarding` events (docs/PROTOCOL.md): the number connected, a sync requested or answered
    /// (TeamOnboarding.cpp).
    bool applyOnboarding(qint64 atMs, const QJsonObject& e);
    bool releaseParked(const QString& wamid);

    QSqlDatabase m_db;
    Backend m_backend;
    EventApplier& m_events;
    QHash<int, std::shared_ptr<QSqlQuery>> m_queries;
    QString m_error;
};

} // namespace duet::store
