// SPDX-License-Identifier: GPL-3.0-or-later
// Agent rows and token hashing.
#include "AgentRegistry.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::hub {
namespace {

bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

AgentRegistry::AgentRegistry(QSqlDatabase db)
    : m_db(db)
{}

QString AgentRegistry::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return QStringLiteral("dt_") +
           QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString AgentRegistry::tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool AgentRegistry::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return re.match(name).hasMatch();
}

bool AgentRegistry::add(const QString& name, sync::Role role, qint64 nowSecs, QString* token, QString* error)
{
    if (!isValidName(name)) {
        *error = QStringLiteral("invalid agent name '%1': use 1 to 64 letters, digits, '.', '_', '-' or '@'")
                     .arg(name.left(80));
        return false;
    }
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM agents WHERE name = ?"));
    exists.bindValue(0, name);
    if (!exists.exec()) {
        *error = exists.lastError().text();
        return false;
    }
    if (exists.next()) {
        *error = QStringLiteral("an agent named '%1' already exists").arg(name);
        return false;
    }
    const QString t = newToken();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO agents (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)"));
    q.bindValue(0, name);
    q.bindValue(1, sync::roleName(role));
    q.bindValue(2, tokenHash(t));
    q.bindValue(3, qlonglong(nowSecs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *token = t;
    return true;
}

bool AgentRegistry::list(QList<AgentInfo>* agents, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, role, created_at, revoked_at FROM agents ORDER BY name"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        AgentInfo a;
        a.name = q.value(0).toString();
        sync::roleFromName(q.value(1).toString(), &a.role);
        a.createdAt = q.value(2).toLongLong();
        a.revokedAt = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        agents->append(a);
    }
    return true;
}

bool AgentRegistry::revoke(const QString& name, qint64 nowSecs, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE agents SET revoked_at = COALESCE(revoked_at, ?) WHERE name = ?"));
    q.bindValue(0, qlonglong(nowSecs));
    q.bindValue(1, name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() < 1) {
        *error = QStringLiteral("no agent named '%1'").arg(name.left(80));
        return false;
    }
    return true;
}

AgentRegistry::Auth AgentRegistry::authenticate(const QString& token, AgentInfo* agent, QString* error)
{
    const QString hash = tokenHash(token);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, role, created_at, revoked_at, token_hash FROM agents WHERE token_hash = ?"));
    q.bindValue(0, hash);
    if (!q.exec()) {
        *error = q.lastError().text();
        return Auth::Error;
    }
    if (!q.next() || !constantTimeEqual(q.value(4).toString().toLatin1(), hash.toLatin1()))
        return Auth::Unknown;
    agent->name = q.value(0).toString();
    sync::roleFromName(q.value(1).toString(), &agent->role);
    agent->createdAt = q.value(2).toLongLong();
    agent->revokedAt = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    return agent->revokedAt ? Auth::Revoked : Auth::Ok;
}

bool AgentRegistry::revokedAmong(const QStringList& names, QStringList* revoked, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM agents WHERE revoked_at IS NOT NULL"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString n = q.value(0).toString();
        if (names.contains(n))
            revoked->append(n);
    }
    return true;
}

} // namespace duet::hub
