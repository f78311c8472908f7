// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's agents: names, roles and token hashes (a token is shown once and never stored).
#pragma once

#include "sync/Protocol.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace duet::hub {

/// One row of the agents table, without its token hash.
struct AgentInfo
{
    QString name;
    sync::Role role = sync::Role::Agent;
    qint64 createdAt = 0; ///< unix seconds
    qint64 revokedAt = 0; ///< 0 while the agent may log in
};

/// Adds, lists, revokes and authenticates agents on a connection with the hub schema. A token is
/// "dt_" + 32 random bytes in base64url; the table keeps only base64url(SHA-256(token)).
/// Usage: `AgentRegistry reg(db); QString token; reg.add("ana", Role::Agent, now, &token, &error);`
class AgentRegistry
{
public:
    enum class Auth { Ok, Unknown, Revoked, Error };

    explicit AgentRegistry(QSqlDatabase db);

    /// A new agent; *token receives its token (show it once). Fails when the name is taken or invalid.
    bool add(const QString& name, sync::Role role, qint64 nowSecs, QString* token, QString* error);
    bool list(QList<AgentInfo>* agents, QString* error);
    /// False with *error when there is no such agent; revoking twice is fine.
    bool revoke(const QString& name, qint64 nowSecs, QString* error);
    /// Who holds this token. The hash is looked up, then compared in constant time.
    Auth authenticate(const QString& token, AgentInfo* agent, QString* error);
    /// Which of these names are revoked (or gone) now.
    bool revokedAmong(const QStringList& names, QStringList* revoked, QString* error);

    static QString newToken();
    static QString tokenHash(const QString& token);
    /// Names: 1..64 characters of letters, digits, '.', '_', '-', '@'.
    static bool isValidName(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace duet::hub
