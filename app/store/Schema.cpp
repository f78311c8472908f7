// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace duet::store {
namespace {

// One SQL text for both backends; %ID% is the only dialect word (an auto-numbered key).
// ---- migration 1: the merged timeline -------------------------------------------------------
const char* const kV1[] = {
    // The business numbers: connection state for the UI's banner, history sharing.
    "CREATE TABLE accounts ("
    " phone_number_id TEXT PRIMARY KEY,"
    " connection_state TEXT NOT NULL DEFAULT 'connected',"
    " last_event TEXT,"
    " reason TEXT,"
    " event_at BIGINT NOT NULL DEFAULT 0,"
    " history_declined INTEGER NOT NULL DEFAULT 0,"
    " history_error_code INTEGER)",
    // Customers: the profile name they chose and the owner's address-book name.
    "CREATE TABLE contacts ("
    " contact_key TEXT PRIMARY KEY,"
    " wa_id TEXT,"
    " profile_name TEXT,"
    " book_name TEXT,"
    " book_at BIGINT NOT NULL DEFAULT 0,"
    " book_removed INTEGER NOT NULL DEFAULT 0)",
    // One conversation per customer, with its service window.
    "CREATE TABLE conversations ("
    " contact_key TEXT PRIMARY KEY,"
    " phone_number_id TEXT,"
    " last_activity_at BIGINT NOT NULL,"
    " last_wamid TEXT,"
    " last_customer_at BIGINT,"
    " window_closes_at BIGINT,"
    " referral_at BIGINT)",
    "CREATE INDEX conversations_activity ON conversations (last_activity_at, contact_key)",
    // One row per wamid, whatever the source.
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
    " agent TEXT)",
    "CREATE INDEX messages_thread ON messages (contact_key, ts, wamid)",
    // Latest reaction per sender on a message; an empty emoji is a removal that is remembered so
    // an older reaction arriving late cannot come back.
    "CREATE TABLE reactions ("
    " target_wamid TEXT NOT NULL,"
    " sender TEXT NOT NULL,"
    " emoji TEXT NOT NULL,"
    " ts BIGINT NOT NULL,"
    " wamid TEXT NOT NULL,"
    " PRIMARY KEY (target_wamid, sender))",
    // Events waiting for their message (waiting_for) and events kept as they are (unknown,
    // invalid, error, contradicting the store). Never dropped.
    "CREATE TABLE parked_events ("
    " id %ID%,"
    " waiting_for TEXT,"
    " kind TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " fingerprint TEXT NOT NULL UNIQUE,"
    " payload TEXT NOT NULL,"
    " parked_at BIGINT NOT NULL)",
    "CREATE INDEX parked_waiting ON parked_events (waiting_for)",
    // Chunks of the history backfill seen, per phase.
    "CREATE TABLE history_chunks ("
    " phone_number_id TEXT NOT NULL,"
    " phase INTEGER NOT NULL,"
    " chunk_order INTEGER NOT NULL,"
    " progress INTEGER NOT NULL,"
    " PRIMARY KEY (phone_number_id, phase, chunk_order))",
};

// ---- migration 2: the inbox workflow (assignment, status, labels, unread) --------------------
const char* const kV2[] = {
    "ALTER TABLE conversations ADD COLUMN assignee TEXT",
    "ALTER TABLE conversations ADD COLUMN status TEXT NOT NULL DEFAULT 'open'",
    "ALTER TABLE conversations ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX conversations_assignee ON conversations (assignee, last_activity_at, contact_key)"
    " WHERE assignee IS NOT NULL",
    "CREATE INDEX conversations_window ON conversations (window_closes_at, contact_key)",
    "CREATE TABLE conversation_labels ("
    " contact_key TEXT NOT NULL,"
    " label TEXT NOT NULL,"
    " PRIMARY KEY (contact_key, label))",
    "CREATE INDEX conversation_labels_label ON conversation_labels (label, contact_key)",
};

// ---- migration 3: full-text search (dialect-specific) ---------------------------------------
const char* const kV3Sqlite[] = {
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
    "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
};
const char* const kV3Postgres[] = {
    "ALTER TABLE messages ADD COLUMN search tsvector GENERATED ALWAYS AS"
    " (to_tsvector('simple', coalesce(body, '') || ' ' || coalesce(edited_text, ''))) STORED",
    "CREATE INDEX messages_search ON messages USING GIN (search)",
};

// ---- migration 4: where a desktop's replica of the hub log stands ---------------------------
const char* const kV4[] = {
    "CREATE TABLE sync_state ("
    " hub_url TEXT PRIMARY KEY,"
    " last_seq BIGINT NOT NULL)",
};

// ---- migration 5: one customer, several identifiers (docs/IDENTITY.md) --------------------------
const char* const kV5[] = {
    "ALTER TABLE contacts ADD COLUMN user_id TEXT",
    "ALTER TABLE contacts ADD COLUMN parent_user_id TEXT",
    "ALTER TABLE contacts ADD COLUMN username TEXT",
    // Every identifier a customer was seen with -> their conversation key. kind: phone (contactKey
    // form), bsuid, parent (parent BSUID), username (lower case, no '@'; moves to its latest holder).
    "CREATE TABLE customer_ids ("
    " kind TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " contact_key TEXT NOT NULL,"
    " seen_at BIGINT NOT NULL DEFAULT 0,"
    " PRIMARY KEY (kind, value))",
    "CREATE INDEX customer_ids_customer ON customer_ids (contact_key)",
    // Conversations that turned out to be another's: their keys resolve to the survivor.
    "CREATE TABLE customer_merges ("
    " merged_key TEXT PRIMARY KEY,"
    " into_key TEXT NOT NULL,"
    " merged_at BIGINT NOT NULL,"
    " reason TEXT NOT NULL)",
    "CREATE INDEX customer_merges_into ON customer_merges (into_key)",
    // Every customer known so far was keyed by phone.
    "INSERT INTO customer_ids (kind, value, contact_key, seen_at) SELECT 'phone', contact_key, contact_key, 0"
    " FROM contacts WHERE contact_key <> '' ON CONFLICT (kind, value) DO NOTHING",
    "INSERT INTO customer_ids (kind, value, contact_key, seen_at) SELECT 'phone', contact_key, contact_key, 0"
    " FROM conversations WHERE contact_key <> '' ON CONFLICT (kind, value) DO NOTHING",
};

// ---- migration 6: when the phone app was last active (docs/STORE.md, "Account health") ----------
const char* const kV6[] = {
    // The latest phone-app echo or address-book sync of the number, seconds; 0 when none was seen.
    "ALTER TABLE accounts ADD COLUMN app_active_at BIGINT NOT NULL DEFAULT 0",
    // What the store already holds: the phone app's messages, and its address-book changes.
    "INSERT INTO accounts (phone_number_id, app_active_at) SELECT COALESCE(phone_number_id, ''), MAX(ts)"
    " FROM messages WHERE origin = 'app' GROUP BY COALESCE(phone_number_id, '')"
    " ON CONFLICT (phone_number_id) DO UPDATE SET app_active_at = excluded.app_active_at",
    "INSERT INTO accounts (phone_number_id, app_active_at) SELECT '', MAX(book_at) FROM contacts WHERE book_at > 0"
    " HAVING MAX(book_at) > 0 ON CONFLICT (phone_number_id) DO UPDATE SET app_active_at = excluded.app_active_at"
    " WHERE excluded.app_active_at > accounts.app_active_at",
};

// ---- migration 7: what a status said of a message's price (docs/STORE.md, "Pricing") ------------
const char* const kV7[] = {
    // pricing.billable: 1 billed, 0 free, NULL while no status said; pricing.pricing_model: PMP or CBP.
    "ALTER TABLE messages ADD COLUMN pricing_billable INTEGER",
    "ALTER TABLE messages ADD COLUMN pricing_model TEXT",
    // The supervisor's cost figures read the API sends of a period.
    "CREATE INDEX messages_agent_sends ON messages (ts) WHERE origin = 'agent'",
};

// ---- migration 8: what customers asked not to receive (docs/STORE.md, "Customer preferences") ----
const char* const kV8[] = {
    // The latest user_preferences event per customer and category (marketing_messages): value is
    // stop, resume, or another word Meta sent; at is its time, seconds.
    "CREATE TABLE customer_preferences ("
    " contact_key TEXT NOT NULL,"
    " category TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " detail TEXT,"
    " at BIGINT NOT NULL,"
    " PRIMARY KEY (contact_key, category))",
};

// ---- migration 9: a message's type-specific details (docs/STORE.md, docs/EVENTS.md) -------------
const char* const kV9[] = {
    // The decoder's details object (location, contact cards, replies, order, product, referral) as
    // compact JSON text; null when the message has none.
    "ALTER TABLE messages ADD COLUMN details TEXT",
};

// ---- migration 10: the dashboard's running totals ---------------------------------------------
// activity_hours: one row per (UTC hour, kind, bin) with a count n.
//   kind customer / agent / app: live messages by who wrote them (imported history left out);
//   kind opened: customer turns that began, at their hour;
//   kind first_response: turns that got their first reply, at the hour the turn began, bin by wait
//     (0 under 1 min, 1 under 5 min, 2 under 15 min, 3 under 1 h, 4 under 4 h, 5 under 24 h, 6 longer);
//   kind cost:<category>: agents' API sends with pricing, bin 0 free, 1 billable, 2 not said.
// customer_turns: each customer turn and when its first reply came. The write path keeps both
// (ActivityTotals); the step fills them from the messages already held (kV10Backfill).
const char* const kV10[] = {
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

#define DUET_BIN(d)                                                                                                    \
    "CASE WHEN " d " < 60 THEN 0 WHEN " d " < 300 THEN 1 WHEN " d " < 900 THEN 2 WHEN " d " < 3600 THEN 3"             \
    " WHEN " d " < 14400 THEN 4 WHEN " d " < 86400 THEN 5 ELSE 6 END"

// The totals computed from the messages alone. A conversation's live messages in order (time,
// inbound before outbound within a second): an inbound message after an outbound one (or first)
// starts a turn; the first outbound message after it is its reply. A turn starting in the same
// second as the one before it is part of that one.
const char* const kV10Backfill[] = {
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT ts - ts % 3600, origin, 0, COUNT(*) FROM messages"
    " WHERE origin <> 'history' GROUP BY ts - ts % 3600, origin",
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT hour, kind, bin, COUNT(*) FROM ("
    " SELECT ts - ts % 3600 AS hour, 'cost:' || COALESCE(LOWER(pricing_category), '') AS kind,"
    " CASE WHEN pricing_billable IS NOT NULL THEN (CASE WHEN pricing_billable <> 0 THEN 1 ELSE 0 END)"
    " WHEN pricing_type IN ('free_customer_service', 'free_entry_point') THEN 0"
    " WHEN pricing_type = 'regular' THEN 1 ELSE 2 END AS bin FROM messages WHERE origin = 'agent'"
    " AND (pricing_category IS NOT NULL OR pricing_billable IS NOT NULL OR pricing_type IS NOT NULL)) priced"
    " GROUP BY hour, kind, bin",
    "INSERT INTO customer_turns (contact_key, started_at, replied_at)"
    " SELECT contact_key, started_at, replied_at FROM ("
    "  SELECT contact_key, started_at, replied_at,"
    "  LAG(started_at) OVER (PARTITION BY contact_key ORDER BY turn) AS prev_start FROM ("
    "   SELECT contact_key, turn, MIN(CASE WHEN s = 1 THEN ts END) AS started_at,"
    "   MIN(CASE WHEN r = 1 THEN ts END) AS replied_at FROM ("
    "    SELECT contact_key, ts, s, r,"
    "    SUM(s) OVER (PARTITION BY contact_key ORDER BY ts, outbound, wamid ROWS UNBOUNDED PRECEDING) AS turn FROM ("
    "     SELECT contact_key, ts, outbound, wamid,"
    "     CASE WHEN outbound = 0 AND COALESCE(LAG(outbound) OVER w, 1) = 1 THEN 1 ELSE 0 END AS s,"
    "     CASE WHEN outbound = 1 AND LAG(outbound) OVER w = 0 THEN 1 ELSE 0 END AS r"
    "     FROM messages WHERE origin <> 'history' WINDOW w AS (PARTITION BY contact_key ORDER BY ts, outbound, wamid)"
    "    ) marked) numbered WHERE turn > 0 GROUP BY contact_key, turn) raw) turns"
    " WHERE prev_start IS NULL OR prev_start <> started_at",
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT started_at - started_at % 3600, 'opened', 0, COUNT(*)"
    " FROM customer_turns GROUP BY started_at - started_at % 3600",
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT hour, 'first_response', bin, COUNT(*) FROM ("
    " SELECT started_at - started_at % 3600 AS hour, " DUET_BIN(
        "(replied_at - started_at)") " AS bin"
                                     " FROM customer_turns WHERE replied_at IS NOT NULL) replied GROUP BY hour, bin",
};

#undef DUET_BIN

template <size_t N> QStringList toList(const char* const (&statements)[N])
{
    QStringList out;
    for (const char* s : statements)
        out << QString::fromLatin1(s);
    return out;
}

QStringList dialect(QStringList statements, Backend backend)
{
    const QString id =
        backend == Backend::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY") : QStringLiteral("BIGSERIAL PRIMARY KEY");
    for (QString& s : statements)
        s.replace(QLatin1String("%ID%"), id);
    return statements;
}

} // namespace

int Schema::latestVersion()
{
    return 10;
}

QStringList Schema::tables()
{
    return {QStringLiteral("accounts"),
            QStringLiteral("contacts"),
            QStringLiteral("conversations"),
            QStringLiteral("messages"),
            QStringLiteral("reactions"),
            QStringLiteral("parked_events"),
            QStringLiteral("history_chunks"),
            QStringLiteral("conversation_labels"),
            QStringLiteral("customer_ids"),
            QStringLiteral("customer_merges"),
            QStringLiteral("customer_preferences"),
            QStringLiteral("activity_hours"),
            QStringLiteral("customer_turns")};
}

QStringList Schema::migration(int number, Backend backend)
{
    switch (number) {
    case 1:
        return dialect(toList(kV1), backend);
    case 2:
        return dialect(toList(kV2), backend);
    case 3:
        return backend == Backend::Sqlite ? toList(kV3Sqlite) : toList(kV3Postgres);
    case 4:
        return toList(kV4);
    case 5:
        return toList(kV5);
    case 6:
        return toList(kV6);
    case 7:
        return toList(kV7);
    case 8:
        return toList(kV8);
    case 9:
        return toList(kV9);
    case 10:
        return toList(kV10) + toList(kV10Backfill);
    default:
        return {};
    }
}

QStringList Schema::dashboardBackfill()
{
    return toList(kV10Backfill);
}

bool Schema::hasTable(QSqlDatabase db, const QString& table)
{
    return db.tables().contains(table, Qt::CaseInsensitive);
}

SchemaDefinition Schema::definition(Backend backend)
{
    SchemaDefinition d;
    d.name = QStringLiteral("store");
    d.legacyTable = QStringLiteral("schema_version");
    for (int n = 1; n <= latestVersion(); ++n)
        d.steps << MigrationStep{migration(n, backend), {}};
    d.fresh = freshSchema(backend);
    return d;
}

int Schema::version(QSqlDatabase db, QString* error)
{
    // The backend only matters to the steps, not to reading the version.
    return MigrationRunner(db, Backend::Sqlite, definition(Backend::Sqlite)).version(error);
}

bool Schema::migrateTo(QSqlDatabase db, Backend backend, int target, QString* error)
{
    return MigrationRunner(db, backend, definition(backend)).migrateTo(target, error);
}

bool Schema::createFresh(QSqlDatabase db, Backend backend, QString* error)
{
    return MigrationRunner(db, backend, definition(backend)).createFresh(error);
}

bool Schema::prepare(QSqlDatabase db, Backend backend, QString* error)
{
    return MigrationRunner(db, backend, definition(backend)).prepare(error);
}

} // namespace duet::store
