// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's running totals: per-hour counts and customer turns, kept by triggers on messages.
#include "SchemaActivity.h"

namespace duet::store {
namespace {

// activity_hours: one row per (UTC hour, kind, bin) with a count n.
//   kind customer / agent / app: live messages by who wrote them (imported history left out);
//   kind opened: customer turns that began (a customer wrote while not already waiting);
//   kind first_response: turns that got their first reply, at the hour the turn began, bin by wait
//     (0 under 1 min, 1 under 5 min, 2 under 15 min, 3 under 1 h, 4 under 4 h, 5 under 24 h, 6 longer);
//   kind cost:<category>: agents' API sends priced by a status, bin 0 free, 1 billable, 2 not said.
// customer_turns: each customer turn, when its first reply came and from whom (agent or app).
const char* const kTables[] = {
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
    " origin TEXT,"
    " agent TEXT,"
    " PRIMARY KEY (contact_key, started_at))",
    "CREATE INDEX customer_turns_started ON customer_turns (started_at)",
    "CREATE INDEX customer_turns_open ON customer_turns (contact_key) WHERE replied_at IS NULL",
    "CREATE INDEX customer_turns_waiting ON customer_turns (started_at) WHERE replied_at IS NULL",
    // The dashboard's agent loads and closing windows read these without visiting every row.
    "CREATE INDEX conversations_load ON conversations (assignee, status) WHERE assignee IS NOT NULL",
    "CREATE INDEX conversations_customer ON conversations (last_customer_at)",
};

#define DUET_BIN(d)                                                                                                    \
    "CASE WHEN " d " < 60 THEN 0 WHEN " d " < 300 THEN 1 WHEN " d " < 900 THEN 2 WHEN " d " < 3600 THEN 3"             \
    " WHEN " d " < 14400 THEN 4 WHEN " d " < 86400 THEN 5 ELSE 6 END"
#define DUET_PRICED(r)                                                                                                 \
    "(" r ".pricing_category IS NOT NULL OR " r ".pricing_billable IS NOT NULL OR " r ".pricing_type IS NOT NULL)"
#define DUET_BILLED(r)                                                                                                 \
    "CASE WHEN " r ".pricing_billable IS NOT NULL THEN (CASE WHEN " r ".pricing_billable <> 0 THEN 1 ELSE 0 END)"      \
    " WHEN " r ".pricing_type IN ('free_customer_service', 'free_entry_point') THEN 0"                                 \
    " WHEN " r ".pricing_type = 'regular' THEN 1 ELSE 2 END"
#define DUET_COST_KIND(r) "'cost:' || COALESCE(LOWER(" r ".pricing_category), '')"
#define DUET_UPSERT " ON CONFLICT (hour, kind, bin) DO UPDATE SET n = activity_hours.n + excluded.n"
// The latest live message of the conversation at or before NEW (an outbound one at the same second
// comes after it); the customer opens a turn when there is none or it was outbound.
#define DUET_OPENS_TURN                                                                                                \
    "COALESCE((SELECT p.outbound FROM messages p WHERE p.contact_key = NEW.contact_key AND p.origin <> 'history'"      \
    " AND p.wamid <> NEW.wamid AND p.ts <= NEW.ts AND NOT (p.ts = NEW.ts AND p.outbound = 1)"                          \
    " ORDER BY p.ts DESC LIMIT 1), 1) = 1"                                                                             \
    " AND NOT EXISTS (SELECT 1 FROM customer_turns t WHERE t.contact_key = NEW.contact_key AND t.started_at = NEW.ts)"
#define DUET_COUNT_MESSAGE                                                                                             \
    "INSERT INTO activity_hours (hour, kind, bin, n) VALUES (NEW.ts - NEW.ts % 3600, NEW.origin, 0, 1)" DUET_UPSERT
#define DUET_OPEN_TURN "INSERT INTO customer_turns (contact_key, started_at) VALUES (NEW.contact_key, NEW.ts)"
#define DUET_COUNT_OPENED                                                                                              \
    "INSERT INTO activity_hours (hour, kind, bin, n) VALUES (NEW.ts - NEW.ts % 3600, 'opened', 0, 1)" DUET_UPSERT
#define DUET_COUNT_REPLIED                                                                                             \
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT started_at - started_at % 3600, "                          \
    "'first_response', " DUET_BIN(                                                                                     \
        "(NEW.ts - started_at)") ", COUNT(*) FROM customer_turns WHERE contact_key = NEW.contact_key"                  \
                                 " AND replied_at IS NULL AND started_at <= NEW.ts GROUP BY 1, 3" DUET_UPSERT
#define DUET_CLOSE_TURNS                                                                                               \
    "UPDATE customer_turns SET replied_at = NEW.ts, origin = NEW.origin, agent = NEW.agent"                            \
    " WHERE contact_key = NEW.contact_key AND replied_at IS NULL AND started_at <= NEW.ts"
#define DUET_COST(r, delta)                                                                                            \
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT " r ".ts - " r                                             \
    ".ts % 3600, " DUET_COST_KIND(r) ", " DUET_BILLED(r) ", " delta " WHERE " DUET_PRICED(r) DUET_UPSERT

const char* const kSqliteTriggers[] = {
    "CREATE TRIGGER activity_message AFTER INSERT ON messages WHEN NEW.origin <> 'history' BEGIN " DUET_COUNT_MESSAGE
    "; END",
    "CREATE TRIGGER activity_turn_opened AFTER INSERT ON messages WHEN NEW.origin = 'customer' AND " DUET_OPENS_TURN
    " BEGIN " DUET_OPEN_TURN "; " DUET_COUNT_OPENED "; END",
    "CREATE TRIGGER activity_turn_replied AFTER INSERT ON messages"
    " WHEN NEW.outbound = 1 AND NEW.origin IN ('agent', 'app') BEGIN " DUET_COUNT_REPLIED "; " DUET_CLOSE_TURNS "; END",
    "CREATE TRIGGER activity_cost_sent AFTER INSERT ON messages WHEN NEW.origin = 'agent' BEGIN " DUET_COST(
        "NEW", "1") "; END",
    "CREATE TRIGGER activity_cost_priced AFTER UPDATE OF pricing_category, pricing_billable, pricing_type ON messages"
    " WHEN NEW.origin = 'agent' BEGIN " DUET_COST("OLD", "-1") "; " DUET_COST("NEW", "1") "; END",
};

// PostgreSQL: the same steps in one trigger function.
const char* const kPostgresTriggers[] = {
    "CREATE FUNCTION activity_on_message() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'INSERT' THEN"
    "  IF NEW.origin <> 'history' THEN " DUET_COUNT_MESSAGE "; END IF;"
    "  IF NEW.origin = 'customer' AND " DUET_OPENS_TURN " THEN " DUET_OPEN_TURN "; " DUET_COUNT_OPENED "; END IF;"
    "  IF NEW.outbound = 1 AND NEW.origin IN ('agent', 'app') THEN " DUET_COUNT_REPLIED "; " DUET_CLOSE_TURNS
    "; END IF;"
    "  IF NEW.origin = 'agent' THEN " DUET_COST("NEW", "1") "; END IF;"
                                                            " ELSIF NEW.origin = 'agent' THEN " DUET_COST(
                                                                "OLD", "-1") "; " DUET_COST("NEW",
                                                                                            "1") "; END IF;"
                                                                                                 " RETURN NULL; END $$",
    "CREATE TRIGGER activity_on_message AFTER INSERT OR UPDATE OF pricing_category, pricing_billable, pricing_type"
    " ON messages FOR EACH ROW EXECUTE FUNCTION activity_on_message()",
};

// The existing messages, turn by turn: in each conversation's order (time, then inbound first), a
// customer message after an outbound one (or first) starts a turn; the first outbound message
// after a customer message is its reply.
const char* const kBackfill[] = {
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT ts - ts % 3600, origin, 0, COUNT(*) FROM messages"
    " WHERE origin <> 'history' GROUP BY 1, 2",
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT m.ts - m.ts % 3600, " DUET_COST_KIND("m") ", " DUET_BILLED(
        "m") ", COUNT(*) FROM messages m WHERE m.origin = 'agent' AND " DUET_PRICED("m") " GROUP BY 1, 2, 3",
    "INSERT INTO customer_turns (contact_key, started_at, replied_at, origin, agent)"
    " SELECT contact_key, MIN(CASE WHEN s = 1 THEN ts END), MIN(CASE WHEN r = 1 THEN ts END),"
    " MAX(CASE WHEN r = 1 THEN origin END), MAX(CASE WHEN r = 1 THEN agent END) FROM ("
    "  SELECT contact_key, ts, origin, agent, s, r,"
    "  SUM(s) OVER (PARTITION BY contact_key ORDER BY ts, outbound, wamid ROWS UNBOUNDED PRECEDING) AS turn FROM ("
    "   SELECT contact_key, ts, origin, agent, outbound, wamid,"
    "   CASE WHEN outbound = 0 AND COALESCE(LAG(outbound) OVER w, 1) = 1 THEN 1 ELSE 0 END AS s,"
    "   CASE WHEN outbound = 1 AND LAG(outbound) OVER w = 0 THEN 1 ELSE 0 END AS r"
    "   FROM messages WHERE origin <> 'history' WINDOW w AS (PARTITION BY contact_key ORDER BY ts, outbound, wamid)"
    "  ) marked) turns WHERE turn > 0 GROUP BY contact_key, turn",
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT started_at - started_at % 3600, 'opened', 0, COUNT(*)"
    " FROM customer_turns GROUP BY 1",
    "INSERT INTO activity_hours (hour, kind, bin, n) SELECT started_at - started_at % 3600, "
    "'first_response', " DUET_BIN(
        "(replied_at - started_at)") ", COUNT(*) FROM customer_turns WHERE replied_at IS NOT NULL GROUP BY 1, 3",
};

} // namespace

QStringList activitySchema(Backend backend)
{
    QStringList out;
    for (const char* s : kTables)
        out << QString::fromLatin1(s);
    if (backend == Backend::Sqlite) {
        for (const char* s : kSqliteTriggers)
            out << QString::fromLatin1(s);
    } else {
        for (const char* s : kPostgresTriggers)
            out << QString::fromLatin1(s);
    }
    return out;
}

QStringList activityBackfill()
{
    QStringList out;
    for (const char* s : kBackfill)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace duet::store
