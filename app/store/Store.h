// SPDX-License-Identifier: GPL-3.0-or-later
// A store ready to use: an open connection, the latest schema and the one EventApplier.
#pragma once

#include "Database.h"
#include "EventApplier.h"

#include <memory>

namespace duet::store {

/// Opens a database (SQLite path or postgresql:// URL), brings its schema up to date and applies
/// events to it. One Store per thread. For the hub, which journals the raw webhook and appends to
/// its log in the same transaction, use applier() inside its own transaction instead of ingest().
/// Usage: `Store store(clock); if (!store.open(dbArgument, &error)) ...; store.ingest(events, &error);`
class Store
{
public:
    explicit Store(const Clock& clock);
    ~Store();

    bool open(const DatabaseLocation& location, QString* error);
    /// The same, from a --db argument.
    bool open(const QString& database, QString* error);

    /// For a process that stays up all day beside others (the desktop): SQLite keeps a 2 MB page
    /// cache and reads through the OS's file cache instead of mapping the file, so the process's
    /// memory does not grow with the part of the store it has read (the hub keeps the 32 MB cache
    /// and memory-mapped reads); its applier remembers 2,000 customers' profiles instead of
    /// 100,000. Nothing more to do on PostgreSQL. False with *error on failure.
    bool useCompactMemory(QString* error);

    /// Applies the events in one transaction of their own; rolls back and fails on a database error.
    bool ingest(const QList<Event>& events, QString* error, EventApplier::Counts* counts = nullptr);

    EventApplier& applier() { return *m_applier; }
    QSqlDatabase connection() const { return m_db.connection(); }
    Backend backend() const { return m_db.backend(); }
    const DatabaseLocation& location() const { return m_db.location(); }

private:
    const Clock& m_clock;
    Database m_db;
    std::unique_ptr<EventApplier> m_applier;
};

} // namespace duet::store
