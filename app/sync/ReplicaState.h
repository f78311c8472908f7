// SPDX-License-Identifier: GPL-3.0-or-later
// Where a desktop's replica of the hub log stands: the last seq applied, per hub.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace duet::sync {

/// Reads and records the last seq applied from a hub's log (the store's table sync_state).
/// record() never begins or commits: call it in the transaction that applied the events, so the
/// seq after a crash is exactly what the store holds (docs/PROTOCOL.md).
/// Usage: `ReplicaState state(db); qint64 since = 0; state.load(url, &since, &error);`
class ReplicaState
{
public:
    explicit ReplicaState(QSqlDatabase db);

    /// *seq = the last seq applied from this hub (0 when none). False with *error on a failure.
    bool load(const QString& hubUrl, qint64* seq, QString* error);
    bool record(const QString& hubUrl, qint64 seq, QString* error);
    /// Whether the replica was built from a filtered stream (docs/PROTOCOL.md, "Visibility"):
    /// a replica built one way is rebuilt when the hub's welcome says the other.
    bool loadFiltered(const QString& hubUrl, bool* filtered, QString* error);
    bool recordFiltered(const QString& hubUrl, bool filtered, QString* error);
    /// Drops the replica: every row the log's events built, and the seq of every hub (the hub's
    /// log is not the one this replica followed). Runs in a transaction of its own.
    bool reset(QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace duet::sync
