// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventApplier.h"

#include "core/ContactKey.h"
#include "core/EventJson.h"
#include "core/MessageMerge.h"
#include "core/PhoneNumber.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QVariant>

namespace duet::store {

enum EventApplier::Statement : int {
    SelectMessage,
    InsertMessage,
    UpdateContent,
    SelectForStatus,
    SelectPricing,
    UpdateStatus,
    UpdatePricing,
    MessageExists,
    UpsertReaction,
    UpdateEdit,
    UpdateRevoke,
    UpsertBookName,
    UpsertProfile,
    UpsertConversation,
    InsertParked,
    SelectParked,
    DeleteParked,
    AnyWaiting,
    UpsertAccount,
    UpsertDeclined,
    InsertChunk,
    UpsertAppActive,
    UpsertPreference,
    FillDetails,
    OpenConversations,
};

namespace {

const char* const kSql[] = {
    // SelectMessage
    "SELECT outbound, origin, live, in_history, ts, type, body, context_wamid, media_id, mime_type, filename,"
    " voice, referral, pricing_category, pricing_billable, pricing_type, contact_key FROM messages WHERE wamid = ?",
    // InsertMessage
    "INSERT INTO messages (wamid, contact_key, phone_number_id, outbound, origin, live, in_history, ts, type, body,"
    " context_wamid, media_id, mime_type, filename, voice, referral, error_code, error_title, details)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (wamid) DO NOTHING",
    // UpdateContent
    "UPDATE messages SET outbound = ?, origin = ?, live = ?, in_history = ?, ts = ?, type = ?, body = ?,"
    " context_wamid = ?, media_id = ?, mime_type = ?, filename = ?, voice = ?, referral = ?,"
    " phone_number_id = COALESCE(phone_number_id, ?) WHERE wamid = ?",
    // SelectForStatus
    "SELECT outbound, status_rank FROM messages WHERE wamid = ?",
    // SelectPricing
    "SELECT origin, ts, pricing_category, pricing_model, pricing_billable, pricing_type, callback FROM messages"
    " WHERE wamid = ?",
    // UpdateStatus
    "UPDATE messages SET status = ?, status_rank = ?, status_at = ?, error_code = COALESCE(?, error_code),"
    " error_title = COALESCE(?, error_title) WHERE wamid = ? AND outbound = 1 AND status_rank < ?",
    // UpdatePricing: a pricing block with a type (webhooks from v24) outranks one without; between
    // equals, each field keeps the first value seen and only fills what is still unknown. Either
    // arrival order gives the same row. Binds: type, then (type, value, value) for category, model
    // and billable, then type, callback, wamid.
    "UPDATE messages SET"
    " pricing_category = CASE WHEN pricing_type IS NULL AND CAST(? AS TEXT) IS NOT NULL THEN COALESCE(?, "
    "pricing_category)"
    "  ELSE COALESCE(pricing_category, ?) END,"
    " pricing_model = CASE WHEN pricing_type IS NULL AND CAST(? AS TEXT) IS NOT NULL THEN COALESCE(?, pricing_model)"
    "  ELSE COALESCE(pricing_model, ?) END,"
    " pricing_billable = CASE WHEN pricing_type IS NULL AND CAST(? AS TEXT) IS NOT NULL THEN COALESCE(?, "
    "pricing_billable)"
    "  ELSE COALESCE(pricing_billable, ?) END,"
    " pricing_type = COALESCE(pricing_type, ?), callback = COALESCE(callback, ?) WHERE wamid = ?",
    // MessageExists
    "SELECT 1 FROM messages WHERE wamid = ?",
    // UpsertReaction: the latest reaction per sender wins, whatever the arrival order; nothing
    // happens while the target is not stored.
    "INSERT INTO reactions (target_wamid, sender, emoji, ts, wamid)"
    " SELECT ?, ?, ?, CAST(? AS BIGINT), ? WHERE EXISTS (SELECT 1 FROM messages WHERE wamid = ?)"
    " ON CONFLICT (target_wamid, sender) DO UPDATE SET emoji = excluded.emoji, ts = excluded.ts,"
    " wamid = excluded.wamid WHERE excluded.ts > reactions.ts"
    " OR (excluded.ts = reactions.ts AND excluded.wamid > reactions.wamid)",
    // UpdateEdit: the latest edit is shown; the body keeps the original.
    "UPDATE messages SET edited_text = ?, edited_at = ? WHERE wamid = ?"
    " AND (edited_at IS NULL OR edited_at < ? OR (edited_at = ? AND COALESCE(edited_text, '') < ?))",
    // UpdateRevoke
    "UPDATE messages SET deleted = 1, deleted_at = ? WHERE wamid = ? AND (deleted_at IS NULL OR deleted_at > ?)",
    // UpsertBookName: the latest address-book change wins.
    "INSERT INTO contacts (contact_key, wa_id, book_name, book_at, book_removed) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (contact_key) DO UPDATE SET book_name = excluded.book_name, book_at = excluded.book_at,"
    " book_removed = excluded.book_removed WHERE excluded.book_at > contacts.book_at"
    " OR (excluded.book_at = contacts.book_at AND (excluded.book_removed > contacts.book_removed"
    " OR (excluded.book_removed = contacts.book_removed"
    " AND COALESCE(excluded.book_name, '') > COALESCE(contacts.book_name, ''))))",
    // UpsertProfile
    "INSERT INTO contacts (contact_key, wa_id, profile_name, user_id, parent_user_id, username)"
    " VALUES (?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (contact_key) DO UPDATE SET wa_id = COALESCE(excluded.wa_id, contacts.wa_id),"
    " profile_name = COALESCE(excluded.profile_name, contacts.profile_name),"
    " user_id = COALESCE(excluded.user_id, contacts.user_id),"
    " parent_user_id = COALESCE(excluded.parent_user_id, contacts.parent_user_id),"
    " username = COALESCE(excluded.username, contacts.username)",
    // UpsertConversation (one row here; flush() writes up to kMaxRowsPerStatement in one): every
    // column moves by a maximum, so any order gives the same row. A new row's status is 'history'
    // when only imported history made it; an existing row's status is OpenConversations' to move,
    // for the rows whose returned status asks for it.
    "INSERT INTO conversations (contact_key, phone_number_id, last_activity_at, last_wamid, last_customer_at,"
    " window_closes_at, referral_at, unread_count, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (contact_key) DO UPDATE SET"
    " phone_number_id = COALESCE(conversations.phone_number_id, excluded.phone_number_id),"
    " last_wamid = CASE WHEN excluded.last_wamid IS NOT NULL AND (conversations.last_wamid IS NULL"
    "  OR excluded.last_activity_at > conversations.last_activity_at"
    "  OR (excluded.last_activity_at = conversations.last_activity_at"
    "      AND excluded.last_wamid > conversations.last_wamid))"
    "  THEN excluded.last_wamid ELSE conversations.last_wamid END,"
    " last_activity_at = CASE WHEN excluded.last_activity_at > conversations.last_activity_at"
    "  THEN excluded.last_activity_at ELSE conversations.last_activity_at END,"
    " last_customer_at = CASE WHEN excluded.last_customer_at IS NOT NULL AND (conversations.last_customer_at IS NULL"
    "  OR excluded.last_customer_at > conversations.last_customer_at)"
    "  THEN excluded.last_customer_at ELSE conversations.last_customer_at END,"
    " window_closes_at = CASE WHEN excluded.window_closes_at IS NOT NULL AND (conversations.window_closes_at IS NULL"
    "  OR excluded.window_closes_at > conversations.window_closes_at)"
    "  THEN excluded.window_closes_at ELSE conversations.window_closes_at END,"
    " referral_at = CASE WHEN excluded.referral_at IS NOT NULL AND (conversations.referral_at IS NULL"
    "  OR excluded.referral_at > conversations.referral_at)"
    "  THEN excluded.referral_at ELSE conversations.referral_at END,"
    " unread_count = conversations.unread_count + excluded.unread_count"
    " RETURNING contact_key, status",
    // InsertParked: a fingerprint keeps a redelivered event from being parked twice.
    "INSERT INTO parked_events (waiting_for, kind, reason, fingerprint, payload, parked_at)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
    // SelectParked
    "SELECT payload FROM parked_events WHERE waiting_for = ? ORDER BY id",
    // DeleteParked
    "DELETE FROM parked_events WHERE waiting_for = ?",
    // AnyWaiting
    "SELECT 1 FROM parked_events WHERE waiting_for IS NOT NULL LIMIT 1",
    // UpsertAccount: the latest account event wins. Meta's times are whole seconds; within one, a
    // reconnection follows the disconnection it undoes and a deletion is final, then the name decides.
    "INSERT INTO accounts (phone_number_id, connection_state, last_event, reason, event_at) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (phone_number_id) DO UPDATE SET connection_state = excluded.connection_state,"
    " last_event = excluded.last_event, reason = excluded.reason, event_at = excluded.event_at"
    " WHERE (excluded.event_at, CASE excluded.last_event WHEN 'ACCOUNT_DELETED' THEN 3"
    " WHEN 'ACCOUNT_RECONNECTED' THEN 2 WHEN 'PARTNER_ADDED' THEN 2 ELSE 1 END, excluded.last_event)"
    " > (accounts.event_at, CASE accounts.last_event WHEN 'ACCOUNT_DELETED' THEN 3"
    " WHEN 'ACCOUNT_RECONNECTED' THEN 2 WHEN 'PARTNER_ADDED' THEN 2 ELSE 1 END, COALESCE(accounts.last_event, ''))",
    // UpsertDeclined
    "INSERT INTO accounts (phone_number_id, history_declined, history_error_code) VALUES (?, 1, ?)"
    " ON CONFLICT (phone_number_id) DO UPDATE SET history_declined = 1,"
    " history_error_code = excluded.history_error_code",
    // InsertChunk
    "INSERT INTO history_chunks (phone_number_id, phase, chunk_order, progress) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (phone_number_id, phase, chunk_order) DO NOTHING",
    // UpsertAppActive: the phone app's latest sign of life only moves forward.
    "INSERT INTO accounts (phone_number_id, app_active_at) VALUES (?, ?) ON CONFLICT (phone_number_id)"
    " DO UPDATE SET app_active_at = excluded.app_active_at WHERE excluded.app_active_at > accounts.app_active_at",
    // UpsertPreference: the latest preference per customer and category wins; within one second,
    // "stop" outranks "resume" (the careful reading), so any order gives the same row.
    "INSERT INTO customer_preferences (contact_key, category, value, detail, at) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (contact_key, category) DO UPDATE SET value = excluded.value, detail = excluded.detail,"
    " at = excluded.at WHERE excluded.at > customer_preferences.at"
    " OR (excluded.at = customer_preferences.at AND excluded.value > customer_preferences.value)",
    // FillDetails: another copy of a stored message brings the details the first one lacked.
    "UPDATE messages SET details = ? WHERE wamid = ? AND details IS NULL",
    // OpenConversations (one key here; flush() passes up to kMaxRowsPerStatement): a conversation
    // only imported history created stays out of the queues (status 'history') until a live event
    // (the customer's message, the business's from the phone app) arrives, and one only a
    // campaign's template made (TeamApplier) until the customer answers or the owner writes from
    // the phone app (an echo); whichever comes first, the row ends the same. flush() names the
    // rows that are to move, from the statuses the upsert returned.
    "UPDATE conversations SET status = 'open' WHERE contact_key IN (?) AND status IN ('history', 'campaign')",
};

constexpr qint64 kWindowSecs = 24 * 60 * 60;
/// Rows per multi-row statement at most: far below SQLite's and PostgreSQL's bound on values, and
/// a bounded number of prepared statements (one per row count).
constexpr int kMaxRowsPerStatement = 100;
/// m_queries ids of the multi-row statements: one of these plus the row count.
constexpr int kMultiRowProfile = 1000;
constexpr int kMultiRowConversation = 2000;
constexpr int kMultiRowOpen = 3000;
constexpr qsizetype kWrittenCacheLimit = 100'000;

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant integer(qint64 v, bool isNull)
{
    return isNull ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(v));
}

} // namespace

EventApplier::EventApplier(QSqlDatabase db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
    , m_identity(db, db.driverName() == QLatin1String("QSQLITE"))
    , m_activity(db)
    , m_writtenLimit(kWrittenCacheLimit)
{
    m_activity.setCacheStates(db.driverName() == QLatin1String("QSQLITE"));
}

EventApplier::~EventApplier() = default;

QSqlQuery& EventApplier::query(Statement id)
{
    auto it = m_queries.find(id);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(QString::fromLatin1(kSql[id])))
            m_error = QStringLiteral("cannot prepare statement %1: %2").arg(int(id)).arg(q->lastError().text());
        it = m_queries.insert(id, q);
    }
    return **it;
}

bool EventApplier::exec(QSqlQuery& q)
{
    if (q.exec())
        return true;
    if (m_error.isEmpty())
        m_error = q.lastError().text();
    return false;
}

bool EventApplier::apply(const QList<Event>& events, QString* error, Counts* counts)
{
    m_error.clear();
    m_counts = {};
    m_conversations.clear();
    m_contacts.clear();
    m_appActive.clear();
    QSqlQuery& any = query(AnyWaiting);
    bool ok = exec(any);
    m_mayHaveWaiting = !ok || any.next();
    any.finish();
    for (const Event& e : events) {
        if (!ok)
            break;
        ok = applyOne(e);
    }
    ok = ok && flush();
    QString totalsError;
    if (ok && !m_activity.flush(&totalsError)) {
        ok = false;
        m_error = totalsError;
    }
    if (!ok)
        discardCaches();
    if (!ok && error)
        *error = m_error.isEmpty() ? QStringLiteral("database error") : m_error;
    if (counts)
        *counts = m_counts;
    return ok;
}

bool EventApplier::applyOne(const Event& e)
{
    // An echo (a message, reaction, edit or deletion sent from the phone app) or an address-book
    // change shows the phone app was in use then: Meta disconnects a number whose app stays unused.
    if ((e.kind == EventKind::Echo || e.kind == EventKind::Contact) && e.timestamp > 0) {
        qint64& at = m_appActive[e.phoneNumberId.isNull() ? QString::fromLatin1("") : e.phoneNumberId];
        at = qMax(at, e.timestamp);
    }
    switch (e.kind) {
    case EventKind::Message:
    case EventKind::Echo:
    case EventKind::History: {
        if (e.wamid.isEmpty() || CustomerIdentity::idsOf(e).isEmpty())
            return park(e, {}, QStringLiteral("message without id or customer"));
        QString key;
        if (!customerKey(e, &key))
            return false;
        if (e.type == QLatin1String("reaction"))
            return applyReaction(e, key);
        if (e.type == QLatin1String("edit"))
            return applyEdit(e, key);
        if (e.type == QLatin1String("revoke"))
            return applyRevoke(e, key);
        if (e.type == QLatin1String("contacts") && e.shareOrigin == QLatin1String("contact_request") &&
            e.kind == EventKind::Message && !linkSharedPhones(e, &key))
            return false;
        return applyMessage(e, key);
    }
    case EventKind::Status: {
        if (e.wamid.isEmpty() || statusRank(e.status) < 0)
            return park(e, {}, QStringLiteral("status without message id or with an unknown value"));
        // A status that names the customer twice (phone and BSUID) links the two; one that names
        // them once adds nothing a message has not.
        const CustomerIdentity::Ids ids = CustomerIdentity::idsOf(e);
        const int named = int(!ids.phone.isEmpty()) + int(!ids.bsuid.isEmpty()) + int(!ids.parent.isEmpty());
        if (named >= 2 || (named == 1 && !ids.username.isEmpty())) {
            QString key;
            if (!customerKey(e, &key))
                return false;
        }
        return applyStatus(e, e.status, e.timestamp);
    }
    case EventKind::Contact:
        return applyContact(e);
    case EventKind::IdentityChange:
        return applyIdentityChange(e);
    case EventKind::Account:
        return applyAccount(e);
    case EventKind::HistoryProgress:
        return applyHistoryProgress(e);
    case EventKind::HistoryDeclined:
        return applyHistoryDeclined(e);
    case EventKind::Error:
        return park(e, {}, e.errorTitle.isEmpty() ? QStringLiteral("error %1").arg(e.errorCode) : e.errorTitle);
    case EventKind::Preference:
        return applyPreference(e);
    case EventKind::TemplateStatus:
        return true; // the hub keeps the templates (hub/TemplateStore); replicas get them in `templates` frames
    case EventKind::Unknown:
        return park(e, {}, QStringLiteral("unhandled field %1").arg(e.field));
    case EventKind::Invalid:
        return park(e, {}, e.reason.isEmpty() ? QStringLiteral("invalid") : e.reason);
    }
    return park(e, {}, QStringLiteral("unknown event kind"));
}

bool EventApplier::customerKey(const Event& e, QString* key)
{
    QList<CustomerIdentity::Merge> merges;
    if (!m_identity.resolve(CustomerIdentity::idsOf(e), e.timestamp, key, &merges, &m_error))
        return false;
    noteMerges(merges);
    noteIdentity(e, *key);
    return true;
}

void EventApplier::noteIdentity(const Event& e, const QString& key)
{
    if (e.userId.isNull() && e.parentUserId.isNull() && e.username.isNull())
        return;
    // Every identifier on a message-like event, status or sync names the customer (echoes carry
    // the customer's BSUID as to_user_id); the latest seen is the one shown and sent to.
    ContactDelta& c = m_contacts[key];
    if (!e.userId.isEmpty())
        c.userId = e.userId;
    if (!e.parentUserId.isEmpty())
        c.parentUserId = e.parentUserId;
    if (!e.username.isEmpty())
        c.username = CustomerId::normalizedUsername(e.username);
}

void EventApplier::noteMerges(const QList<CustomerIdentity::Merge>& merges)
{
    m_mergeLog << merges;
    for (const CustomerIdentity::Merge& m : merges) {
        ++m_counts.merged;
        m_activity.noteMerge(m.from, m.into);
        m_written.remove(m.from);
        m_written.remove(m.into);
        if (m_conversations.contains(m.from)) {
            const ConversationDelta f = m_conversations.take(m.from);
            ConversationDelta& t = m_conversations[m.into];
            if (t.phoneNumberId.isNull())
                t.phoneNumberId = f.phoneNumberId;
            t.activityAt = qMax(t.activityAt, f.activityAt);
            if (f.lastWamidAt > t.lastWamidAt || (f.lastWamidAt == t.lastWamidAt && f.lastWamid > t.lastWamid)) {
                t.lastWamidAt = f.lastWamidAt;
                t.lastWamid = f.lastWamid;
            }
            t.customerAt = qMax(t.customerAt, f.customerAt);
            t.referralAt = qMax(t.referralAt, f.referralAt);
            t.unread += f.unread;
            t.sawHistory = t.sawHistory || f.sawHistory;
            t.live = t.live || f.live;
            t.answered = t.answered || f.answered;
        }
        if (m_contacts.contains(m.from)) {
            const ContactDelta f = m_contacts.take(m.from);
            ContactDelta& t = m_contacts[m.into];
            for (auto member : {&ContactDelta::waId, &ContactDelta::profileName, &ContactDelta::userId,
                                &ContactDelta::parentUserId, &ContactDelta::username}) {
                if ((t.*member).isNull())
                    t.*member = f.*member;
            }
            t.stored = false;
        }
    }
}

bool EventApplier::linkSharedPhones(const Event& e, QString* key)
{
    // The customer tapped "Share contact info": the numbers are their own.
    for (const QString& phone : e.sharedPhones) {
        if (PhoneNumber::digitsOnly(phone).isEmpty())
            continue;
        CustomerIdentity::Ids shared;
        shared.phone = contactKey(phone);
        QList<CustomerIdentity::Merge> merges;
        if (!m_identity.link(CustomerIdentity::idsOf(e), shared, e.timestamp, QStringLiteral("shared_number"), key,
                             &merges, &m_error))
            return false;
        noteMerges(merges);
        m_contacts[*key].waId = PhoneNumber::digitsOnly(phone);
    }
    return true;
}

bool EventApplier::applyIdentityChange(const Event& e)
{
    const CustomerIdentity::Ids now = CustomerIdentity::idsOf(e);
    const CustomerIdentity::Ids before = CustomerIdentity::previousIdsOf(e);
    if (now.isEmpty() && before.isEmpty())
        return park(e, {}, QStringLiteral("identity change without identifiers"));
    QString key;
    QList<CustomerIdentity::Merge> merges;
    const bool ok = before.isEmpty() ? m_identity.resolve(now, e.timestamp, &key, &merges, &m_error)
                    : now.isEmpty()  ? m_identity.resolve(before, e.timestamp, &key, &merges, &m_error)
                                    : m_identity.link(before, now, e.timestamp, QStringLiteral("identity_change"), &key,
                                                      &merges, &m_error);
    if (!ok)
        return false;
    noteMerges(merges);
    noteIdentity(e, key);
    ContactDelta& c = m_contacts[key];
    if (!e.contact.isEmpty())
        c.waId = e.contact;
    if (!e.name.isEmpty())
        c.profileName = e.name;
    if (e.wamid.isEmpty()) {
        ++m_counts.applied;
        return true;
    }
    // The thread shows the change as a quiet system row; it moves no window and counts as no
    // unread message.
    if (!m_activity.prepare(key, &m_error))
        return false;
    QSqlQuery& ins = query(InsertMessage);
    const QVariantList values = {e.wamid,
                                 key,
                                 text(e.phoneNumberId),
                                 0,
                                 QStringLiteral("customer"),
                                 1,
                                 0,
                                 qlonglong(e.timestamp),
                                 QStringLiteral("system"),
                                 text(e.text),
                                 QVariant(QMetaType::fromType<QString>()),
                                 QVariant(QMetaType::fromType<QString>()),
                                 QVariant(QMetaType::fromType<QString>()),
                                 QVariant(QMetaType::fromType<QString>()),
                                 0,
                                 0,
                                 QVariant(QMetaType::fromType<qlonglong>()),
                                 QVariant(QMetaType::fromType<QString>()),
                                 QVariant(QMetaType::fromType<QString>())};
    for (int i = 0; i < values.size(); ++i)
        ins.bindValue(i, values[i]);
    if (!exec(ins))
        return false;
    if (ins.numRowsAffected() == 1) {
        ActivityTotals::Row row;
        row.ts = e.timestamp;
        row.origin = QStringLiteral("customer");
        m_activity.noteRow(key, nullptr, &row);
    }
    m_conversations[key].activityAt = qMax(m_conversations[key].activityAt, e.timestamp);
    m_conversations[key].live = true;
    ++m_counts.applied;
    return true;
}

EventApplier::ConversationDelta& EventApplier::noteActivity(const Event& e, const QString& key)
{
    ConversationDelta& d = m_conversations[key];
    if (d.phoneNumberId.isNull())
        d.phoneNumberId = e.phoneNumberId;
    d.activityAt = qMax(d.activityAt, e.timestamp);
    if (e.kind == EventKind::History)
        d.sawHistory = true;
    else
        d.live = true;
    if (e.kind == EventKind::Message || e.kind == EventKind::Echo)
        d.answered = true;
    if (isCustomersOwnMessage(e)) {
        d.customerAt = qMax(d.customerAt, e.timestamp);
        if (e.referral)
            d.referralAt = qMax(d.referralAt, e.timestamp);
    }
    if (e.kind == EventKind::Message || (e.kind == EventKind::History && !e.outbound)) {
        ContactDelta& c = m_contacts[key];
        if (e.kind == EventKind::Message && !e.contact.isEmpty())
            c.waId = e.contact;
        if (!e.name.isNull())
            c.profileName = e.name;
    }
    return d;
}

bool EventApplier::applyMessage(const Event& e, const QString& key)
{
    const MessageCopy in = messageCopyOf(e);
    if (in.live && !m_activity.prepare(key, &m_error))
        return false;
    // Most messages are new: try the insert first; a conflict means another copy is stored.
    QSqlQuery& ins = query(InsertMessage);
    ins.bindValue(0, e.wamid);
    ins.bindValue(1, key);
    ins.bindValue(2, text(e.phoneNumberId));
    ins.bindValue(3, int(in.outbound));
    ins.bindValue(4, in.origin);
    ins.bindValue(5, int(in.live));
    ins.bindValue(6, int(in.inHistory));
    ins.bindValue(7, qlonglong(in.timestamp));
    ins.bindValue(8, in.type);
    ins.bindValue(9, text(in.text));
    ins.bindValue(10, text(in.contextWamid));
    ins.bindValue(11, text(in.mediaId));
    ins.bindValue(12, text(in.mimeType));
    ins.bindValue(13, text(in.filename));
    ins.bindValue(14, int(in.voice));
    ins.bindValue(15, int(in.referral));
    ins.bindValue(16, integer(e.errorCode, e.errorCode == 0));
    ins.bindValue(17, text(e.errorTitle));
    ins.bindValue(18, text(e.details));
    if (!exec(ins))
        return false;
    const bool inserted = ins.numRowsAffected() == 1;
    bool firstLiveCopy = in.live;
    if (inserted) {
        ActivityTotals::Row row;
        row.ts = in.timestamp;
        row.outbound = in.outbound;
        row.origin = in.origin;
        m_activity.noteRow(key, nullptr, &row);
    } else {
        QSqlQuery& sel = query(SelectMessage);
        sel.bindValue(0, e.wamid);
        if (!exec(sel))
            return false;
        if (!sel.next()) {
            m_error = QStringLiteral("message %1 neither inserted nor found").arg(e.wamid);
            return false;
        }
        MessageCopy have;
        have.outbound = sel.value(0).toInt() != 0;
        have.origin = sel.value(1).toString();
        have.live = sel.value(2).toInt() != 0;
        have.inHistory = sel.value(3).toInt() != 0;
        have.timestamp = sel.value(4).toLongLong();
        have.type = sel.value(5).toString();
        have.text = sel.value(6).toString();
        have.contextWamid = sel.value(7).toString();
        have.mediaId = sel.value(8).toString();
        have.mimeType = sel.value(9).toString();
        have.filename = sel.value(10).toString();
        have.voice = sel.value(11).toInt() != 0;
        have.referral = sel.value(12).toInt() != 0;
        ActivityTotals::Row before;
        before.ts = have.timestamp;
        before.outbound = have.outbound;
        before.origin = have.origin;
        before.pricingCategory = sel.value(13).toString();
        before.billable = sel.value(14).isNull() ? -1 : sel.value(14).toInt();
        before.pricingType = sel.value(15).toString();
        // The row stays in its conversation, which may not be the one this copy named.
        const QString rowKey = sel.value(16).toString();
        sel.finish();
        firstLiveCopy = in.live && !have.live;
        if (!e.details.isEmpty()) {
            QSqlQuery& fill = query(FillDetails);
            fill.bindValue(0, e.details);
            fill.bindValue(1, e.wamid);
            if (!exec(fill))
                return false;
        }
        const MessageCopy out = mergeMessageCopies(have, in);
        if (!(out == have)) {
            if (!m_activity.prepare(rowKey, &m_error))
                return false;
            QSqlQuery& up = query(UpdateContent);
            const QVariantList values = {int(out.outbound),
                                         out.origin,
                                         int(out.live),
                                         int(out.inHistory),
                                         qlonglong(out.timestamp),
                                         out.type,
                                         text(out.text),
                                         text(out.contextWamid),
                                         text(out.mediaId),
                                         text(out.mimeType),
                                         text(out.filename),
                                         int(out.voice),
                                         int(out.referral),
                                         text(e.phoneNumberId),
                                         e.wamid};
            for (int i = 0; i < values.size(); ++i)
                up.bindValue(i, values[i]);
            if (!exec(up))
                return false;
            ActivityTotals::Row after = before;
            after.ts = out.timestamp;
            after.outbound = out.outbound;
            after.origin = out.origin;
            m_activity.noteRow(rowKey, &before, &after);
        }
    }
    ConversationDelta& d = noteActivity(e, key);
    if (e.timestamp > d.lastWamidAt || (e.timestamp == d.lastWamidAt && e.wamid > d.lastWamid)) {
        d.lastWamidAt = e.timestamp;
        d.lastWamid = e.wamid;
    }
    if (firstLiveCopy && e.kind == EventKind::Message)
        ++d.unread; // counted once per message, whether or not its history copy came first
    ++m_counts.applied;
    // An outbound history item carries its delivery status; it moves forward like any status.
    if (e.kind == EventKind::History && e.outbound && !e.historyStatus.isEmpty()) {
        const QString status = e.historyStatus == QLatin1String("error") ? QStringLiteral("failed") : e.historyStatus;
        if (statusRank(status) >= 0 && !applyStatus(e, status, e.timestamp))
            return false;
        --m_counts.applied; // counted once, as the message
    }
    return !inserted || releaseParked(e.wamid);
}

bool EventApplier::applyStatus(const Event& e, const QString& status, qint64 ts)
{
    // Most statuses move their message forward: try that first, look closer only when it did not.
    const int newRank = statusRank(status);
    QSqlQuery& up = query(UpdateStatus);
    up.bindValue(0, status);
    up.bindValue(1, newRank);
    up.bindValue(2, qlonglong(ts));
    up.bindValue(3, integer(e.errorCode, e.errorCode == 0));
    up.bindValue(4, text(e.errorTitle));
    up.bindValue(5, e.wamid);
    up.bindValue(6, newRank);
    if (!exec(up))
        return false;
    if (up.numRowsAffected() != 1) {
        QSqlQuery& sel = query(SelectForStatus);
        sel.bindValue(0, e.wamid);
        if (!exec(sel))
            return false;
        if (!sel.next()) {
            sel.finish();
            return park(e, e.wamid, QStringLiteral("status before its message"));
        }
        const bool outbound = sel.value(0).toInt() != 0;
        sel.finish();
        if (!outbound)
            return park(e, {}, QStringLiteral("status for a message the customer sent"));
        // else: an older or equal status arriving late; it changes nothing.
    }
    if (!e.pricingType.isNull() || !e.pricingCategory.isNull() || !e.pricingModel.isNull() || e.billable >= 0 ||
        !e.callback.isNull()) {
        // The row's pricing as it is and as UpdatePricing leaves it: an unchanged row is not
        // written, a changed one of an agent's send moves the dashboard's costs.
        QSqlQuery& have = query(SelectPricing);
        have.bindValue(0, e.wamid);
        if (!exec(have))
            return false;
        if (!have.next()) {
            m_error = QStringLiteral("message %1 not found for its pricing").arg(e.wamid);
            return false;
        }
        ActivityTotals::Row before;
        before.origin = have.value(0).toString();
        before.ts = have.value(1).toLongLong();
        before.outbound = true;
        before.pricingCategory = have.value(2).toString();
        const QString model = have.value(3).toString();
        before.billable = have.value(4).isNull() ? -1 : have.value(4).toInt();
        before.pricingType = have.value(5).toString();
        const QString callback = have.value(6).toString();
        have.finish();
        const bool typed = before.pricingType.isNull() && !e.pricingType.isNull();
        const auto merged = [typed](const QString& stored, const QString& incoming) {
            if (typed)
                return incoming.isNull() ? stored : incoming;
            return stored.isNull() ? incoming : stored;
        };
        ActivityTotals::Row after = before;
        after.pricingCategory = merged(before.pricingCategory, e.pricingCategory);
        const QString newModel = merged(model, e.pricingModel);
        if (typed)
            after.billable = e.billable >= 0 ? e.billable : before.billable;
        else
            after.billable = before.billable >= 0 ? before.billable : e.billable;
        after.pricingType = before.pricingType.isNull() ? e.pricingType : before.pricingType;
        const QString newCallback = callback.isNull() ? e.callback : callback;
        if (after.pricingCategory == before.pricingCategory &&
            after.pricingCategory.isNull() == before.pricingCategory.isNull() && newModel == model &&
            newModel.isNull() == model.isNull() && after.billable == before.billable &&
            after.pricingType == before.pricingType && after.pricingType.isNull() == before.pricingType.isNull() &&
            newCallback == callback && newCallback.isNull() == callback.isNull()) {
            ++m_counts.applied;
            return true;
        }
        if (before.origin == QLatin1String("agent"))
            m_activity.noteRow(QString(), &before, &after);
        QSqlQuery& pricing = query(UpdatePricing);
        const QVariant type = text(e.pricingType);
        const QVariant billable = integer(e.billable, e.billable < 0);
        const QVariantList values = {type,
                                     text(e.pricingCategory),
                                     text(e.pricingCategory),
                                     type,
                                     text(e.pricingModel),
                                     text(e.pricingModel),
                                     type,
                                     billable,
                                     billable,
                                     type,
                                     text(e.callback),
                                     e.wamid};
        for (int i = 0; i < values.size(); ++i)
            pricing.bindValue(i, values[i]);
        if (!exec(pricing))
            return false;
    }
    ++m_counts.applied;
    return true;
}

bool EventApplier::messageExists(const QString& wamid, bool* exists)
{
    QSqlQuery& q = query(MessageExists);
    q.bindValue(0, wamid);
    if (!exec(q))
        return false;
    *exists = q.next();
    q.finish();
    return true;
}

bool EventApplier::applyReaction(const Event& e, const QString& key)
{
    noteActivity(e, key);
    QSqlQuery& q = query(UpsertReaction);
    q.bindValue(0, e.targetWamid);
    q.bindValue(1, e.outbound ? QStringLiteral("business") : key);
    q.bindValue(2, e.emoji.isNull() ? QString::fromLatin1("") : e.emoji);
    q.bindValue(3, qlonglong(e.timestamp));
    q.bindValue(4, e.wamid);
    q.bindValue(5, e.targetWamid);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() == 0) {
        // Either an older reaction than the stored one (nothing to do) or no target yet.
        bool exists = false;
        if (!messageExists(e.targetWamid, &exists))
            return false;
        if (!exists)
            return park(e, e.targetWamid, QStringLiteral("reaction before its message"));
    }
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyEdit(const Event& e, const QString& key)
{
    bool exists = false;
    if (!messageExists(e.targetWamid, &exists))
        return false;
    noteActivity(e, key);
    if (!exists)
        return park(e, e.targetWamid, QStringLiteral("edit before its message"));
    const QString newText = e.text.isNull() ? QString::fromLatin1("") : e.text;
    QSqlQuery& q = query(UpdateEdit);
    q.bindValue(0, newText);
    q.bindValue(1, qlonglong(e.timestamp));
    q.bindValue(2, e.targetWamid);
    q.bindValue(3, qlonglong(e.timestamp));
    q.bindValue(4, qlonglong(e.timestamp));
    q.bindValue(5, newText);
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyRevoke(const Event& e, const QString& key)
{
    bool exists = false;
    if (!messageExists(e.targetWamid, &exists))
        return false;
    noteActivity(e, key);
    if (!exists)
        return park(e, e.targetWamid, QStringLiteral("revoke before its message"));
    QSqlQuery& q = query(UpdateRevoke);
    q.bindValue(0, qlonglong(e.timestamp));
    q.bindValue(1, e.targetWamid);
    q.bindValue(2, qlonglong(e.timestamp));
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyPreference(const Event& e)
{
    if (CustomerIdentity::idsOf(e).isEmpty() || e.type.isEmpty() || e.action.isEmpty())
        return park(e, {}, QStringLiteral("preference without customer, category or value"));
    QString key;
    if (!customerKey(e, &key))
        return false;
    QSqlQuery& q = query(UpsertPreference);
    const QVariantList values = {key, e.type, e.action, text(e.text), qlonglong(e.timestamp)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyContact(const Event& e)
{
    if (CustomerIdentity::idsOf(e).isEmpty())
        return park(e, {}, QStringLiteral("address-book change without a number or BSUID"));
    QString key;
    if (!customerKey(e, &key))
        return false;
    const bool remove = e.action == QLatin1String("remove");
    QSqlQuery& q = query(UpsertBookName);
    q.bindValue(0, key);
    q.bindValue(1, e.contact.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : PhoneNumber::digitsOnly(e.contact));
    q.bindValue(2, remove ? QVariant(QMetaType::fromType<QString>()) : text(e.name));
    q.bindValue(3, qlonglong(e.timestamp));
    q.bindValue(4, int(remove));
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyAccount(const Event& e)
{
    const QString state = connectionStateFor(e.accountEvent);
    if (state.isEmpty())
        return park(e, {}, QStringLiteral("account event %1 does not change the connection").arg(e.accountEvent));
    QSqlQuery& q = query(UpsertAccount);
    q.bindValue(0, e.phoneNumberId.isNull() ? QString::fromLatin1("") : e.phoneNumberId);
    q.bindValue(1, state);
    q.bindValue(2, e.accountEvent);
    q.bindValue(3, text(e.reason));
    q.bindValue(4, qlonglong(e.timestamp));
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyHistoryProgress(const Event& e)
{
    if (e.phase < 0 || e.chunkOrder < 0)
        return park(e, {}, QStringLiteral("history progress without phase or chunk order"));
    QSqlQuery& q = query(InsertChunk);
    q.bindValue(0, e.phoneNumberId.isNull() ? QString::fromLatin1("") : e.phoneNumberId);
    q.bindValue(1, e.phase);
    q.bindValue(2, e.chunkOrder);
    q.bindValue(3, qMax(0, e.progress));
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::applyHistoryDeclined(const Event& e)
{
    QSqlQuery& q = query(UpsertDeclined);
    q.bindValue(0, e.phoneNumberId.isNull() ? QString::fromLatin1("") : e.phoneNumberId);
    q.bindValue(1, e.errorCode);
    if (!exec(q))
        return false;
    ++m_counts.applied;
    return true;
}

bool EventApplier::park(const Event& e, const QString& waitingFor, const QString& reason)
{
    const QByteArray payload = QJsonDocument(eventToJson(e)).toJson(QJsonDocument::Compact);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(waitingFor.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(payload);
    QSqlQuery& q = query(InsertParked);
    q.bindValue(0, text(waitingFor.isEmpty() ? QString() : waitingFor));
    q.bindValue(1, eventKindName(e.kind));
    q.bindValue(2, reason);
    q.bindValue(3, QString::fromLatin1(hash.result().toHex()));
    q.bindValue(4, QString::fromUtf8(payload));
    q.bindValue(5, qlonglong(m_clock.nowSecs()));
    if (!exec(q))
        return false;
    if (waitingFor.isEmpty()) {
        ++m_counts.kept;
    } else {
        ++m_counts.parked;
        m_mayHaveWaiting = true;
    }
    return true;
}

bool EventApplier::releaseParked(const QString& wamid)
{
    if (!m_mayHaveWaiting)
        return true;
    QSqlQuery& sel = query(SelectParked);
    sel.bindValue(0, wamid);
    if (!exec(sel))
        return false;
    QList<QByteArray> payloads;
    while (sel.next())
        payloads << sel.value(0).toString().toUtf8();
    sel.finish();
    if (payloads.isEmpty())
        return true;
    for (const QByteArray& p : payloads) {
        Event parked;
        if (!eventFromJson(QJsonDocument::fromJson(p).object(), &parked))
            continue; // written by eventToJson(); cannot happen short of manual edits
        if (!applyOne(parked))
            return false;
        ++m_counts.released;
    }
    QSqlQuery& del = query(DeleteParked);
    del.bindValue(0, wamid);
    return exec(del);
}

void EventApplier::discardCaches()
{
    m_activity.discard();
    m_written.clear();
    m_mergeLog.clear();
    m_identity.discardCaches();
}

QSqlQuery& EventApplier::multiRow(Statement id, int rows)
{
    if (rows == 1)
        return query(id);
    // The one-row statement with each of its "(?, ...)" lists repeated `rows` times: the same
    // statement, row by row.
    const int base = id == UpsertProfile        ? kMultiRowProfile
                     : id == UpsertConversation ? kMultiRowConversation
                                                : kMultiRowOpen;
    auto it = m_queries.find(base + rows);
    if (it == m_queries.end()) {
        QString sql = QString::fromLatin1(kSql[id]);
        if (id == OpenConversations) {
            QStringList marks(rows, QStringLiteral("?"));
            sql.replace(QStringLiteral("IN (?)"), QStringLiteral("IN (%1)").arg(marks.join(QStringLiteral(", "))));
        } else {
            const qsizetype open = sql.indexOf(QStringLiteral("VALUES (")) + 7;
            const qsizetype close = sql.indexOf(QLatin1Char(')'), open);
            const QString one = sql.mid(open, close - open + 1);
            sql.replace(open, one.size(), QStringList(rows, one).join(QStringLiteral(", ")));
        }
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            m_error = QStringLiteral("cannot prepare statement %1 of %2 rows: %3")
                          .arg(int(id))
                          .arg(rows)
                          .arg(q->lastError().text());
        it = m_queries.insert(base + rows, q);
    }
    return **it;
}

bool EventApplier::flush()
{
    if (m_written.size() > m_writtenLimit)
        m_written.clear();
    QVariantList profiles;
    for (auto it = m_contacts.cbegin(); it != m_contacts.cend(); ++it) {
        // Customers repeat their name on every message: write it only when it says something new.
        ContactDelta& written = m_written[it.key()];
        bool news = false;
        for (auto member : {&ContactDelta::waId, &ContactDelta::profileName, &ContactDelta::userId,
                            &ContactDelta::parentUserId, &ContactDelta::username}) {
            if (!((*it).*member).isNull() && (*it).*member != written.*member) {
                news = true;
                written.*member = (*it).*member;
            }
        }
        if (written.stored && !news)
            continue;
        written.stored = true;
        profiles << it.key() << text(it->waId) << text(it->profileName) << text(it->userId) << text(it->parentUserId)
                 << text(it->username);
    }
    // Every customer's profile in as few statements as the rows allow: one round trip each on
    // PostgreSQL. Each key comes once, so no row is upserted twice in one statement.
    constexpr int kProfileColumns = 6;
    for (qsizetype first = 0; first < profiles.size(); first += kMaxRowsPerStatement * kProfileColumns) {
        const int rows = int(qMin<qsizetype>(kMaxRowsPerStatement, (profiles.size() - first) / kProfileColumns));
        QSqlQuery& q = multiRow(UpsertProfile, rows);
        for (int i = 0; i < rows * kProfileColumns; ++i)
            q.bindValue(i, profiles.at(first + i));
        if (!exec(q))
            return false;
    }
    // The conversations likewise: their rows in as few upserts as the rows allow, then (rarely)
    // the ones a live event touched out of 'history', and the answered ones out of 'campaign'.
    QVariantList conversations;
    QSet<QString> live;
    QSet<QString> answered;
    QStringList toOpen;
    for (auto it = m_conversations.cbegin(); it != m_conversations.cend(); ++it) {
        const ConversationDelta& d = *it;
        conversations << it.key() << text(d.phoneNumberId) << qlonglong(d.activityAt) << text(d.lastWamid)
                      << integer(d.customerAt, d.customerAt == 0)
                      << integer(d.customerAt + kWindowSecs, d.customerAt == 0)
                      << integer(d.referralAt, d.referralAt == 0) << d.unread
                      << (d.sawHistory && !d.live ? QStringLiteral("history") : QStringLiteral("open"));
        if (d.live)
            live.insert(it.key());
        if (d.answered)
            answered.insert(it.key());
    }
    constexpr int kConversationColumns = 9;
    for (qsizetype first = 0; first < conversations.size(); first += kMaxRowsPerStatement * kConversationColumns) {
        const int rows =
            int(qMin<qsizetype>(kMaxRowsPerStatement, (conversations.size() - first) / kConversationColumns));
        QSqlQuery& q = multiRow(UpsertConversation, rows);
        for (int i = 0; i < rows * kConversationColumns; ++i)
            q.bindValue(i, conversations.at(first + i));
        if (!exec(q))
            return false;
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QString status = q.value(1).toString();
            if ((status == QLatin1String("history") && live.contains(key)) ||
                (status == QLatin1String("campaign") && answered.contains(key)))
                toOpen << key;
        }
        q.finish();
    }
    for (qsizetype first = 0; first < toOpen.size(); first += kMaxRowsPerStatement) {
        const int rows = int(qMin<qsizetype>(kMaxRowsPerStatement, toOpen.size() - first));
        QSqlQuery& q = multiRow(OpenConversations, rows);
        for (int i = 0; i < rows; ++i)
            q.bindValue(i, toOpen.at(first + i));
        if (!exec(q))
            return false;
    }
    for (auto it = m_appActive.cbegin(); it != m_appActive.cend(); ++it) {
        QSqlQuery& q = query(UpsertAppActive);
        q.bindValue(0, it.key());
        q.bindValue(1, qlonglong(*it));
        if (!exec(q))
            return false;
    }
    m_contacts.clear();
    m_conversations.clear();
    m_appActive.clear();
    return true;
}

} // namespace duet::store
