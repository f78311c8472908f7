// SPDX-License-Identifier: GPL-3.0-or-later
// The current schema in one piece. It must equal the result of every migration in order
// (TestSchema checks it): when adding migration N, update this text to match.
#include "Schema.h"

namespace duet::store {
namespace {

const char* const kCommon[] = {
    "CREATE TABLE accounts ("
    " phone_number_id TEXT PRIMARY KEY,"
    " connection_state TEXT NOT NULL DEFAULT 'connected',"
    " last_event TEXT,"
    " reason TEXT,"
    " event_at BIGINT NOT NULL DEFAULT 0,"
    " history_declined INTEGER NOT NULL DEFAULT 0,"
    " history_error_code INTEGER,"
    " app_active_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE contacts ("
    " contact_key TEXT PRIMARY KEY,"
    " wa_id TEXT,"
    " profile_name TEXT,"
    " book_name TEXT,"
    " book_at BIGINT NOT NULL DEFAULT 0,"
    " book_removed INTEGER NOT NULL DEFAULT 0,"
    " user_id TEXT,"
    " parent_user_id TEXT,"
    " username TEXT)",
    "CREATE TABLE conversations ("
    " contact_key TEXT PRIMARY KEY,"
    " phone_number_id TEXT,"
    " last_activity_at BIGINT NOT NULL,"
    " last_wamid TEXT,"
    " last_customer_at BIGINT,"
    " window_closes_at BIGINT,"
    " referral_at BIGINT,"
    " assignee TEXT,"
    " status TEXT NOT NULL DEFAULT 'open',"
    " unread_count INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX conversations_activity ON conversations (last_activity_at, contact_key)",
    "CREATE INDEX conversations_assignee ON conversations (assignee, last_activity_at, contact_key)"
    " WHERE assignee IS NOT NULL",
    "CREATE INDEX conversations_window ON conversations (window_closes_at, contact_key)",
    "CREATE TABLE conversation_labels ("
    " contact_key TEXT NOT NULL,"
    " label TEXT NOT NULL,"
    " PRIMARY KEY (contact_key, label))",
    "CREATE INDEX conversation_labels_label ON conversation_labels (label, contact_key)",
    "CREATE TABLE messages ("
    " wamid TEXT PRIMARY KEY,"
    " contact_key TEXT NOT NULL,"
    " phone_number_id TEXT,"
    " outbound INTEGER NOT NULL,"
    " origin TEXT NOT NULL CHECK (origin IN ('customer', 'agent', 'app', 'history')),"
    " live INTEGER NOT NULL,"
    " in_history INTEGER NOT NULL,"
    " ts BIGINT NOT NULL,"
    " type TEXT NOT NULL,"
    " body TEXT,"
    " edited_text TEXT,"
    " edited_at BIGINT,"
    " deleted INTEGER NOT NULL DEFAULT 0,"
    " deleted_at BIGINT,"
    " context_wamid TEXT,"
    " media_id TEXT,"
    " mime_type TEXT,"
    " filename TEXT,"
    " voice INTEGER NOT NULL DEFAULT 0,"
    " referral INTEGER NOT NULL DEFAULT 0,"
    " status TEXT,"
    " status_rank INTEGER NOT NULL DEFAULT 0,"
    " status_at BIGINT,"
    " error_code INTEGER,"
    " error_title TEXT,"
    " pricing_type TEXT,"
    " pricing_category TEXT,"
    " callback TEXT,"
    " client_id TEXT,"
    " agent TEXT%SEARCH%,"
    " pricing_billable INTEGER,"
    " pricing_model TEXT,"
    " details TEXT)",
    "CREATE INDEX messages_thread ON messages (contact_key, ts, wamid)",
    "CREATE INDEX messages_agent_sends ON messages (ts) WHERE origin = 'agent'",
    "CREATE TABLE reactions ("
    " target_wamid TEXT NOT NULL,"
    " sender TEXT NOT NULL,"
    " emoji TEXT NOT NULL,"
    " ts BIGINT NOT NULL,"
    " wamid TEXT NOT NULL,"
    " PRIMARY KEY (target_wamid, sender))",
    "CREATE TABLE parked_events ("
    " id %ID%,"
    " waiting_for TEXT,"
    " kind TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL UNIQUE,"
    " payload TEXT NOT NULL,"
    " parked_at BIGINT NOT NULL)",
    "CREATE INDEX parked_waiting ON parked_events (waiting_for)",
    "CREATE TABLE history_chunks ("
    " phone_number_id TEXT NOT NULL,"
    " phase INTEGER NOT NULL,"
    " chunk_order INTEGER NOT NULL,"
    " progress INTEGER NOT NULL,"
    " PRIMARY KEY (phone_number_id, phase, chunk_order))",
    "CREATE TABLE sync_state ("
    " hub_url TEXT PRIMARY KEY,"
    " last_seq BIGINT NOT NULL)",
    "CREATE TABLE customer_ids ("
    " kind TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " contact_key TEXT NOT NULL,"
    " seen_at BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (kind, value))",
    "CREATE INDEX customer_ids_customer ON customer_ids (contact_key)",
    "CREATE TABLE customer_merges ("
    " merged_key TEXT PRIMARY KEY,"
    " into_key TEXT NOT NULL,"
    " merged_at BIGINT NOT NULL,"
    " reason TEXT NOT NULL)",
    "CREATE INDEX customer_merges_into ON customer_merges (into_key)",
    "CREATE TABLE customer_preferences ("
    " contact_key TEXT NOT NULL,"
    " category TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " detail TEXT,"
    " at BIGINT NOT NULL,"
    " PRIMARY KEY (contact_key, category))",
    "CREATE TABLE activity_hours ("
    " hour BIGINT NOT NULL,"
    " kind TEXT NOT NULL,"
    " bin INTEGER NOT NULL,"
    " n BIGINT NOT NULL,"
    " PRIMARY KEY (hour, kind, bin))",
    "CREATE TABLE customer_turns ("
    " contact_key TEXT NOT NULL,"
    " started_at BIGINT NOT NULL,"
    " replied_at BIGINT,"
    " PRIMARY KEY (contact_key, started_at))",
    "CREATE INDEX customer_turns_waiting ON customer_turns (started_at) WHERE replied_at IS NULL",
    // The dashboard's agent loads and closing windows read these without visiting every row.
    "CREATE INDEX conversations_load ON conversations (assignee, status) WHERE assignee IS NOT NULL",
    "CREATE INDEX conversations_customer ON conversations (last_customer_at)",
};

const char* const kSqliteSearch[] = {
    "CREATE VIRTUAL TABLE messages_fts USING fts5(body, edited_text, content='messages', content_rowid='rowid')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO messages_fts (rowid, body, edited_text) VALUES (new.rowid, new.body, new.edited_text); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO messages_fts (messages_fts, rowid, body, edited_text)"
    " VALUES ('delete', old.rowid, old.body, old.edited_text); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body, edited_text ON messages BEGIN"
    " INSERT INTO messages_fts (messages_fts, rowid, body, edited_text)"
    " VALUES ('delete', old.rowid, old.body, old.edited_text);"
    " INSERT INTO messages_fts (rowid, body, edited_text) VALUES (new.rowid, new.body, new.edited_text); END",
};

const char* const kPostgresSearch[] = {
    "CREATE INDEX messages_search ON messages USING GIN (search)",
};

} // namespace

QStringList Schema::freshSchema(Backend backend)
{
    const bool sqlite = backend == Backend::Sqlite;
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QString search =
        sqlite
            ? QString()
            : QStringLiteral(", search tsvector GENERATED ALWAYS AS"
                             " (to_tsvector('simple', coalesce(body, '') || ' ' || coalesce(edited_text, ''))) STORED");
    QStringList out;
    for (const char* s : kCommon) {
        QString sql = QString::fromLatin1(s);
        sql.replace(QLatin1String("%ID%"), id);
        sql.replace(QLatin1String("%SEARCH%"), search);
        out << sql;
    }
    if (sqlite) {
        for (const char* s : kSqliteSearch)
            out << QString::fromLatin1(s);
    } else {
        for (const char* s : kPostgresSearch)
            out << QString::fromLatin1(s);
    }
    return out;
}

} // namespace duet::store
