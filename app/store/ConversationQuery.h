// SPDX-License-Identifier: GPL-3.0-or-later
// Pages through the inbox's conversation list, sorted and filtered as the UI asks.
#pragma once

#include "core/ServiceWindow.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace duet::store {

/// The name a customer is shown by when nothing more is known: the address-book name, else the
/// profile name, else "@username", else the number as people read it ("+1 650-555-1234"), else
/// the conversation key itself (a BSUID: the UI words that case).
QString customerDisplayName(const QString& contactKey, const QString& bookName, const QString& profileName,
                            const QString& username);

/// One row of the conversation list.
struct ConversationSummary
{
    QString contactKey;  ///< the phone's contactKey() once a phone is known, else the (parent) BSUID
    QString displayName; ///< customerDisplayName()
    QString profileName;
    QString bookName;
    QString waId;         ///< the phone as Meta sent it; null when it was never shared
    QString userId;       ///< the business-scoped user id (BSUID); null when never seen
    QString parentUserId; ///< the parent BSUID; null when never seen
    QString username;     ///< lower case, without '@'; null when the customer has none
    QString phoneNumberId;
    qint64 lastActivityAt = 0;
    QString lastWamid;
    QString lastText; ///< what the latest message shows (its latest edit)
    QString lastType;
    bool lastDeleted = false;
    QString lastDetails;       ///< the latest message's details (ThreadItem::details); null when none
    qint64 lastCustomerAt = 0; ///< 0: the customer never wrote
    qint64 referralAt = 0;     ///< latest click-to-WhatsApp referral message; 0: none
    QString assignee;          ///< null: unassigned
    QString status;            ///< open, pending, snoozed, resolved; `history`: only imported history so far
    int unread = 0;
    ServiceWindow window; ///< at the query's `now`
    QStringList labels;   ///< the conversation's labels, sorted by name
    bool isFreeEntryPoint() const { return referralAt > 0; }
    /// Whether the customer's phone number is known (the key is then the phone's).
    bool hasPhone() const;
};

/// Filters of the conversation list; unset members do not filter. `unassigned` and `window` leave
/// out the conversations that only have imported history (status `history`). Conversations only a
/// campaign's template made (status `campaign`, until the customer answers) are left out unless
/// `status` asks for them.
struct ConversationFilter
{
    QString assignee;
    bool unassigned = false;
    QString status;
    QString label;
    std::optional<ServiceWindow::State> window;
    bool unreadOnly = false;
};

/// Where the next page starts: the sort key and contact key of the last row seen.
struct ConversationCursor
{
    qint64 sortKey = 0;
    QString contactKey;
    bool isNull() const { return contactKey.isEmpty(); }
};

/// Keyset pagination over conversations: by last activity (newest first) or by window closing
/// time (soonest first; conversations without a window are left out of that order).
/// Keeps its statements prepared: reuse one ConversationQuery for many pages.
/// Usage: `ConversationQuery q(db); q.page(filter, ConversationQuery::ByActivity, {}, 50, now, &rows, &next, &e);`
class ConversationQuery
{
public:
    enum Sort { ByActivity, ByWindowClosing };

    explicit ConversationQuery(QSqlDatabase db, qint64 closingMarginSecs = ServiceWindow::kDefaultClosingMarginSecs);

    bool page(const ConversationFilter& filter, Sort sort, const ConversationCursor& after, int limit, qint64 nowSecs,
              QList<ConversationSummary>* rows, ConversationCursor* next, QString* error);
    /// The cursor that continues a page ending at `row`.
    static ConversationCursor cursorAt(const ConversationSummary& row, Sort sort);
    /// One conversation by contact key; *found false when the customer has none.
    bool find(const QString& contactKey, qint64 nowSecs, ConversationSummary* row, bool* found, QString* error);
    /// The keys of the conversations merged (or renamed) into `contactKey`, sorted: their rows
    /// and threads are now `contactKey`'s (CustomerIdentity, docs/IDENTITY.md).
    bool mergedInto(const QString& contactKey, QStringList* keys, QString* error);
    /// A snoozed conversation and until when (unix seconds), as conversation_snoozes holds it.
    struct Snooze
    {
        QString contactKey;
        qint64 until = 0;
    };
    /// The snoozes: every conversation's when `contactKey` is null, else only its own (past ones
    /// included). A store without the team tables has none.
    bool snoozes(const QString& contactKey, QList<Snooze>* rows, QString* error);

private:
    QSqlQuery* prepared(const QString& sql, QString* error);
    /// Fills in the labels of the rows with one statement.
    bool loadLabels(QList<ConversationSummary>* rows, QString* error);

    qint64 m_margin;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; ///< by SQL text: one per filter combination
    bool m_hasSnoozes = false;                             ///< conversation_snoozes was seen (tables are never dropped)
};

} // namespace duet::store
