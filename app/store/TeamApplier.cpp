// SPDX-License-Identifier: GPL-3.0-or-later
// Team events to tables.
#include "TeamApplier.h"

#include "CustomerIdentity.h"
#include "TeamSchema.h"
#include "core/Event.h"
#include "core/EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace duet::store {
namespace {

enum Statement : int {
    Assign,
    SetStatus,
    DeleteSnooze,
    UpsertSnooze,
    AddLabel,
    RemoveLabel,
    InsertNote,
    UpsertPresence,
    InsertReport,
    UpsertMessage,
    AttributeMessage,
    UpsertConversation,
    MarkRead,
    SelectParked,
    DeleteParked,
    InsertStatusHistory,
    SelectMerged,
};

/// The text a message row shows for what an agent sent: a text body, a caption, an interactive
/// message's body (the request for the phone number), a template's rendered text (the report's
/// `text`) or else its name; null when none.
QString bodyOf(const QJsonObject& content, const QString& shown)
{
    const QString type = content.value(QLatin1String("type")).toString();
    const QJsonObject inner = content.value(type).toObject();
    if (type == QLatin1String("text"))
        return inner.value(QLatin1String("body")).toString();
    if (type == QLatin1String("interactive")) {
        const QString body = inner.value(QLatin1String("body")).toObject().value(QLatin1String("text")).toString();
        return body.isEmpty() ? shown : body;
    }
    if (inner.contains(QLatin1String("caption")))
        return inner.value(QLatin1String("caption")).toString();
    if (type == QLatin1String("template"))
        return shown.isEmpty() ? inner.value(QLatin1String("name")).toString() : shown;
    return {};
}

} // namespace

TeamApplier::TeamApplier(QSqlDatabase db, Backend backend, EventApplier& events)
    : m_db(db)
    , m_backend(backend)
    , m_events(events)
{}

TeamApplier::~TeamApplier() = default;

int TeamApplier::latestSchemaVersion()
{
    return TeamSchema::latestVersion();
}

QStringList TeamApplier::schemaMigration(int number, Backend backend)
{
    return TeamSchema::migration(number, backend);
}

bool TeamApplier::prepareSchema(QSqlDatabase db, Backend backend, QString* error)
{
    return TeamSchema::prepare(db, backend, error);
}

bool TeamApplier::isTeamKind(const QString& kind)
{
    static const QStringList kinds = {
        QStringLiteral("assignment"), QStringLiteral("status_change"), QStringLiteral("label"),
        QStringLiteral("note"),       QStringLiteral("presence"),      QStringLiteral("outbound"),
        QStringLiteral("read"),       QStringLiteral("onboarding"),
    };
    return kinds.contains(kind);
}

QSqlQuery& TeamApplier::prepared(int id, const char* sql)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(QString::fromLatin1(sql)))
            m_error = q->lastError().text();
        it = m_queries.insert(id, q);
    }
    return **it;
}

bool TeamApplier::exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

bool TeamApplier::forgetConversation(const QString& key, QString* error)
{
    static const char* const kStatements[] = {
        "DELETE FROM reactions WHERE target_wamid IN (SELECT wamid FROM messages WHERE contact_key = ?)",
        "DELETE FROM messages WHERE contact_key = ?",
        "DELETE FROM conversation_labels WHERE contact_key = ?",
        "DELETE FROM conversation_snoozes WHERE contact_key = ?",
        "DELETE FROM notes WHERE contact_key = ?",
        "DELETE FROM presence WHERE contact_key = ?",
        "DELETE FROM status_history WHERE contact_key = ?",
        "DELETE FROM outbound_reports WHERE contact_key = ?",
        "DELETE FROM conversations WHERE contact_key = ?",
        "DELETE FROM contacts WHERE contact_key = ?",
        "DELETE FROM customer_ids WHERE contact_key = ?",
        "DELETE FROM customer_merges WHERE into_key = ?",
    };
    // The dashboard's totals lose the conversation's messages and turns with it.
    if (!m_events.activity().noteForget(key, error))
        return false;
    QSqlQuery q(m_db);
    for (const char* sql : kStatements) {
        q.prepare(QString::fromLatin1(sql));
        q.bindValue(0, key);
        if (!q.exec()) {
            *error = q.lastError().text();
            m_events.activity().discard();
            return false;
        }
    }
    return m_events.activity().flush(error);
}

bool TeamApplier::applyLogEvent(qint64 seq, qint64 atMs, const QJsonObject& event, QString* error)
{
    if (isTeamKind(event.value(QLatin1String("kind")).toString()))
        return apply(seq, atMs, event, error);
    Event e;
    if (!eventFromJson(event, &e))
        return true; // a kind this version does not know: nothing to build from it
    return m_events.apply({e}, error);
}

bool TeamApplier::apply(qint64 seq, qint64 atMs, const QJsonObject& event, QString* error)
{
    m_error.clear();
    const QString kind = event.value(QLatin1String("kind")).toString();
    QString key = event.value(QLatin1String("conversation")).toString();
    bool ok = true;
    if (kind == QLatin1String("onboarding")) {
        ok = applyOnboarding(atMs, event);
        if (!ok && error)
            *error = QStringLiteral("team event %1 (seq %2): %3").arg(kind).arg(seq).arg(m_error);
        return ok;
    }
    if (key.isEmpty())
        return true;
    // A command about a conversation merged since it was sent acts on the merged one.
    QSqlQuery& merged = prepared(SelectMerged, "SELECT into_key FROM customer_merges WHERE merged_key = ?");
    merged.bindValue(0, key);
    if (!exec(merged)) {
        if (error)
            *error = m_error;
        return false;
    }
    if (merged.next())
        key = merged.value(0).toString();
    merged.finish();
    if (kind == QLatin1String("assignment"))
        ok = applyAssignment(key, event);
    else if (kind == QLatin1String("status_change"))
        ok = applyStatus(seq, atMs, key, event);
    else if (kind == QLatin1String("label"))
        ok = applyLabel(key, event);
    else if (kind == QLatin1String("note"))
        ok = applyNote(seq, atMs, key, event);
    else if (kind == QLatin1String("presence"))
        ok = applyPresence(key, event);
    else if (kind == QLatin1String("outbound"))
        ok = applyOutbound(seq, atMs, key, event) && m_events.activity().flush(&m_error);
    else if (kind == QLatin1String("read"))
        ok = applyRead(key);
    if (!ok)
        m_events.activity().discard();
    if (!ok && error)
        *error = QStringLiteral("team event %1 (seq %2): %3").arg(kind).arg(seq).arg(m_error);
    return ok;
}

bool TeamApplier::applyAssignment(const QString& key, const QJsonObject& e)
{
    // Someone taking a campaign-only conversation makes it work: it joins the queues.
    QSqlQuery& q = prepared(Assign, "UPDATE conversations SET assignee = ?,"
                                    " status = CASE WHEN ? = 1 AND status = 'campaign' THEN 'open' ELSE status END"
                                    " WHERE contact_key = ?");
    const QString assignee = e.value(QLatin1String("assignee")).toString();
    q.bindValue(0, assignee.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(assignee));
    q.bindValue(1, assignee.isEmpty() ? 0 : 1);
    q.bindValue(2, key);
    return exec(q);
}

bool TeamApplier::applyStatus(qint64 seq, qint64 atMs, const QString& key, const QJsonObject& e)
{
    const QString status = e.value(QLatin1String("status")).toString();
    if (status.isEmpty())
        return true;
    QSqlQuery& q = prepared(SetStatus, "UPDATE conversations SET status = ? WHERE contact_key = ?");
    q.bindValue(0, status);
    q.bindValue(1, key);
    if (!exec(q))
        return false;
    QSqlQuery& h = prepared(InsertStatusHistory, "INSERT INTO status_history (seq, contact_key, status, agent, at)"
                                                 " VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING");
    h.bindValue(0, qlonglong(seq));
    h.bindValue(1, key);
    h.bindValue(2, status);
    h.bindValue(3, e.value(QLatin1String("agent")).toString());
    h.bindValue(4, qlonglong(atMs));
    if (!exec(h))
        return false;
    if (status == QLatin1String("snoozed")) {
        QSqlQuery& s = prepared(UpsertSnooze, "INSERT INTO conversation_snoozes (contact_key, until) VALUES (?, ?)"
                                              " ON CONFLICT (contact_key) DO UPDATE SET until = excluded.until");
        s.bindValue(0, key);
        s.bindValue(1, qlonglong(e.value(QLatin1String("until")).toDouble()));
        return exec(s);
    }
    QSqlQuery& d = prepared(DeleteSnooze, "DELETE FROM conversation_snoozes WHERE contact_key = ?");
    d.bindValue(0, key);
    return exec(d);
}

bool TeamApplier::applyLabel(const QString& key, const QJsonObject& e)
{
    const QString label = e.value(QLatin1String("label")).toString();
    if (label.isEmpty())
        return true;
    const bool add = e.value(QLatin1String("action")).toString() != QLatin1String("remove");
    QSqlQuery& q = add ? prepared(AddLabel, "INSERT INTO conversation_labels (contact_key, label) VALUES (?, ?)"
                                            " ON CONFLICT (contact_key, label) DO NOTHING")
                       : prepared(RemoveLabel, "DELETE FROM conversation_labels WHERE contact_key = ? AND label = ?");
    q.bindValue(0, key);
    q.bindValue(1, label);
    return exec(q);
}

bool TeamApplier::applyNote(qint64 seq, qint64 atMs, const QString& key, const QJsonObject& e)
{
    QSqlQuery& q = prepared(InsertNote, "INSERT INTO notes (seq, contact_key, agent, text, at) VALUES (?, ?, ?, ?, ?)"
                                        " ON CONFLICT (seq) DO NOTHING");
    q.bindValue(0, qlonglong(seq));
    q.bindValue(1, key);
    q.bindValue(2, e.value(QLatin1String("agent")).toString());
    q.bindValue(3, e.value(QLatin1String("text")).toString());
    q.bindValue(4, qlonglong(atMs));
    return exec(q);
}

bool TeamApplier::applyPresence(const QString& key, const QJsonObject& e)
{
    QSqlQuery& q =
        prepared(UpsertPresence, "INSERT INTO presence (contact_key, agent, state, expires_at) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (contact_key, agent) DO UPDATE SET state = excluded.state,"
                                 " expires_at = excluded.expires_at");
    q.bindValue(0, key);
    q.bindValue(1, e.value(QLatin1String("agent")).toString());
    q.bindValue(2, e.value(QLatin1String("state")).toString());
    q.bindValue(3, qlonglong(e.value(QLatin1String("expires_at")).toDouble()));
    return exec(q);
}

bool TeamApplier::applyOutbound(qint64 seq, qint64 atMs, const QString& key, const QJsonObject& e)
{
    const QString wamid = e.value(QLatin1String("wamid")).toString();
    const QString clientId = e.value(QLatin1String("client_id")).toString();
    const QString agent = e.value(QLatin1String("agent")).toString();
    const QJsonObject content = e.value(QLatin1String("content")).toObject();
    if (wamid.isEmpty() || clientId.isEmpty())
        return true;
    QSqlQuery& r = prepared(InsertReport, "INSERT INTO outbound_reports (client_id, wamid, contact_key, agent, seq)"
                                          " VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING");
    r.bindValue(0, clientId);
    r.bindValue(1, wamid);
    r.bindValue(2, key);
    r.bindValue(3, agent);
    r.bindValue(4, qlonglong(seq));
    if (!exec(r))
        return false;
    const qint64 ts = atMs / 1000;
    const QString body = bodyOf(content, e.value(QLatin1String("text")).toString());
    if (!m_events.activity().prepare(key, &m_error))
        return false;
    QSqlQuery& m = prepared(UpsertMessage,
                            "INSERT INTO messages (wamid, contact_key, outbound, origin, live, in_history, ts, type,"
                            " body, client_id, agent) VALUES (?, ?, 1, 'agent', 1, 0, ?, ?, ?, ?, ?)"
                            " ON CONFLICT (wamid) DO NOTHING");
    m.bindValue(0, wamid);
    m.bindValue(1, key);
    m.bindValue(2, qlonglong(ts));
    m.bindValue(3, content.value(QLatin1String("type")).toString());
    m.bindValue(4, body.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(body));
    m.bindValue(5, clientId);
    m.bindValue(6, agent);
    if (!exec(m))
        return false;
    if (m.numRowsAffected() == 1) {
        ActivityTotals::Row row;
        row.ts = ts;
        row.outbound = true;
        row.origin = QStringLiteral("agent");
        m_events.activity().noteRow(key, nullptr, &row);
    } else {
        // A row already there (an echo of the send) gets its sender once; an attributed send or a
        // customer's message keeps what it has.
        QSqlQuery& a = prepared(AttributeMessage, "UPDATE messages SET client_id = ?, agent = ?"
                                                  " WHERE wamid = ? AND client_id IS NULL AND outbound = 1");
        a.bindValue(0, clientId);
        a.bindValue(1, agent);
        a.bindValue(2, wamid);
        if (!exec(a))
            return false;
    }
    // A campaign send to a customer without a conversation makes one out of the queues (status
    // 'campaign') until the customer answers; an agent's own send to them opens it, like one to a
    // customer only known from history. A campaign send changes no existing conversation's status.
    const bool campaign = !e.value(QLatin1String("campaign")).toString().isEmpty();
    QSqlQuery& c = prepared(UpsertConversation,
                            "INSERT INTO conversations (contact_key, last_activity_at, last_wamid, status)"
                            " VALUES (?, ?, ?, ?)"
                            " ON CONFLICT (contact_key) DO UPDATE SET"
                            " status = CASE WHEN excluded.status = 'campaign' THEN conversations.status"
                            " WHEN conversations.status IN ('history', 'campaign') THEN 'open'"
                            " ELSE conversations.status END,"
                            " last_wamid = CASE WHEN excluded.last_activity_at >= conversations.last_activity_at"
                            " THEN excluded.last_wamid ELSE conversations.last_wamid END,"
                            " last_activity_at = CASE WHEN excluded.last_activity_at > conversations.last_activity_at"
                            " THEN excluded.last_activity_at ELSE conversations.last_activity_at END");
    c.bindValue(0, key);
    c.bindValue(1, qlonglong(ts));
    c.bindValue(2, wamid);
    c.bindValue(3, campaign ? QStringLiteral("campaign") : QStringLiteral("open"));
    if (!exec(c))
        return false;
    return releaseParked(wamid);
}

bool TeamApplier::applyRead(const QString& key)
{
    QSqlQuery& q = prepared(MarkRead, "UPDATE conversations SET unread_count = 0 WHERE contact_key = ?");
    q.bindValue(0, key);
    return exec(q);
}

// Statuses that arrived before the agent's report of its send waited in parked_events; now that
// the message row exists, they go through EventApplier like any status.
bool TeamApplier::releaseParked(const QString& wamid)
{
    QSqlQuery& sel = prepared(SelectParked, "SELECT payload FROM parked_events WHERE waiting_for = ? ORDER BY id");
    sel.bindValue(0, wamid);
    if (!exec(sel))
        return false;
    QList<Event> events;
    while (sel.next()) {
        Event parked;
        if (eventFromJson(QJsonDocument::fromJson(sel.value(0).toString().toUtf8()).object(), &parked))
            events << parked;
    }
    sel.finish();
    if (events.isEmpty())
        return true;
    QSqlQuery& del = prepared(DeleteParked, "DELETE FROM parked_events WHERE waiting_for = ?");
    del.bindValue(0, wamid);
    if (!exec(del))
        return false;
    QString why;
    if (!m_events.apply(events, &why)) {
        m_error = why;
        return false;
    }
    return true;
}

} // namespace duet::store
