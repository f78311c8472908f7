// SPDX-License-Identifier: GPL-3.0-or-later
// The team tables' migration steps.
#include "TeamSchema.h"

namespace duet::store {
namespace {

// ---- team migration 1 -----------------------------------------------------------------------
const char* const kTeamV1[] = {
    // A snoozed conversation wakes at `until` (unix seconds); the status itself is conversations.status.
    "CREATE TABLE conversation_snoozes (contact_key TEXT PRIMARY KEY, until BIGINT NOT NULL)",
    // Private notes: never sent to the customer. @mentions stay in the text.
    "CREATE TABLE notes ("
    " seq BIGINT PRIMARY KEY,"
    " contact_key TEXT NOT NULL,"
    " agent TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " at BIGINT NOT NULL)",
    "CREATE INDEX notes_conversation ON notes (contact_key, seq)",
    // Who is looking at or typing in a conversation; a row whose expires_at (ms) passed means nothing.
    "CREATE TABLE presence ("
    " contact_key TEXT NOT NULL,"
    " agent TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " expires_at BIGINT NOT NULL,"
    " PRIMARY KEY (contact_key, agent))",
    // An agent's API sends, by the desktop's outbox id: what makes outbound reports idempotent.
    "CREATE TABLE outbound_reports ("
    " client_id TEXT PRIMARY KEY,"
    " wamid TEXT NOT NULL,"
    " contact_key TEXT NOT NULL,"
    " agent TEXT NOT NULL,"
    " seq BIGINT NOT NULL)",
};

// ---- team migration 2: status history, for resolution times -------------------------------
const char* const kTeamV2[] = {
    // Every status change with its log seq and commit time (ms): when conversations were resolved
    // and reopened. Status changes applied before this migration are not in it.
    "CREATE TABLE status_history ("
    " seq BIGINT PRIMARY KEY,"
    " contact_key TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " agent TEXT NOT NULL,"
    " at BIGINT NOT NULL)",
    "CREATE INDEX status_history_at ON status_history (at, contact_key)",
};

// ---- team migration 3: connecting the number and the one-time imports ---------------------------
const char* const kTeamV3[] = {
    // The business number as `duet-hub setup` or the single seat's wizard connected it; connected_at
    // (ms) is the first connection's: Meta's 24 hours for the import requests count from about then.
    "CREATE TABLE number_connections ("
    " phone_number_id TEXT PRIMARY KEY,"
    " waba_id TEXT,"
    " display_phone_number TEXT,"
    " verified_name TEXT,"
    " on_business_app INTEGER NOT NULL DEFAULT 1,"
    " connected_at BIGINT NOT NULL,"
    " updated_at BIGINT NOT NULL)",
    // The contact and history sync requests (smb_app_data), once each: state requesting (asked,
    // answer not yet known), requested (Meta took it) or failed (Meta refused; error_*).
    "CREATE TABLE sync_requests ("
    " phone_number_id TEXT NOT NULL,"
    " sync_type TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 1,"
    " first_at BIGINT NOT NULL,"
    " last_at BIGINT NOT NULL,"
    " requested_at BIGINT,"
    " request_id TEXT,"
    " error_code INTEGER,"
    " error_message TEXT,"
    " error_details TEXT,"
    " agent TEXT,"
    " PRIMARY KEY (phone_number_id, sync_type))",
};

template <size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList out;
    for (const char* s : statements)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

int TeamSchema::latestVersion()
{
    return 3;
}

QStringList TeamSchema::migration(int number, Backend)
{
    switch (number) {
    case 1:
        return toList(kTeamV1);
    case 2:
        return toList(kTeamV2);
    case 3:
        return toList(kTeamV3);
    default:
        return {};
    }
}

SchemaDefinition TeamSchema::definition(Backend backend)
{
    SchemaDefinition d;
    d.name = QStringLiteral("team");
    d.legacyTable = QStringLiteral("team_schema_version");
    for (int n = 1; n <= latestVersion(); ++n)
        d.steps << MigrationStep{migration(n, backend), {}};
    return d;
}

int TeamSchema::version(QSqlDatabase db, QString* error)
{
    return MigrationRunner(db, Backend::Sqlite, definition(Backend::Sqlite)).version(error);
}

bool TeamSchema::prepare(QSqlDatabase db, Backend backend, QString* error)
{
    return MigrationRunner(db, backend, definition(backend)).prepare(error);
}

} // namespace duet::store
