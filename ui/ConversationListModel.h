// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's conversation list as an item model, paged from the store on demand.
#pragma once

#include "store/ConversationQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSqlDatabase>

namespace duet {
class Clock;
}

namespace duet::ui {

/// Conversations of the local store, filtered and sorted, loaded a page at a time as the view
/// scrolls (canFetchMore/fetchMore over ConversationQuery's keyset cursor). The window state is
/// computed at data() time from the injected clock, so chips count down without reloading.
/// When the store changes, the sync layer calls refreshConversation(key) (one row moves, appears,
/// changes or leaves) or reload() (everything, e.g. after a filter change).
/// Snoozed conversations leave Mine, Unassigned and All until their snooze time, as in Front and
/// Chatwoot (they come back by themselves: checkSnoozes() reloads when the earliest one is due);
/// the window filters (Closing soon, Closed) still show them, marked. A snooze time is a time on
/// the wall clock: a clock set forward past it brings the conversation back at the next check; a
/// clock set back keeps a snoozed conversation hidden until the clock reads its time again, and
/// never hides one that already came back. Rows drag as contact keys.
/// Usage: `ConversationListModel m(db, clock); m.setFilter(Filter::Mine); m.reload(); view.setModel(&m);`
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ContactKeyRole = Qt::UserRole + 1,
        DisplayNameRole,    ///< CustomerText::name(): address-book name > profile name > @username > number
        NumberRole,         ///< "+1 650-555-1234", or "phone number not shared"
        PreviewRole,        ///< the last message as one line
        UnreadRole,         ///< int
        AssigneeRole,       ///< null when unassigned
        LabelsRole,         ///< QStringList
        WindowStateRole,    ///< int (ServiceWindow::State) now
        WindowClosesAtRole, ///< qint64 seconds; 0 without a window
        WindowChipRole,     ///< the chip text now ("18 h left", "Closed"), null without a window
        LastActivityRole,   ///< qint64 seconds
        LastCustomerAtRole, ///< qint64 seconds; 0 when the customer never wrote
        StatusRole,         ///< open, pending, snoozed, resolved
        TimeTextRole,       ///< the time column ("14:32", "Yesterday")
        SnoozedUntilRole,   ///< qint64 unix seconds while snoozed and the time is ahead; 0 otherwise
        StatusTextRole,     ///< "Pending", "Snoozed until 09:00", "Resolved"; null when open
        HandleRole,         ///< "@username"; null when the customer has none
        HasPhoneRole,       ///< bool: the customer's number is known
        IdentityRole,   ///< CustomerText::identityLine(): the number, or "@name · phone number not shared · country"
        AvatarNameRole, ///< CustomerText::avatarName(): null when the customer gave no name (a silhouette)
    };
    enum class Filter { All, Mine, Unassigned, ClosingSoon, Closed };
    Q_ENUM(Filter)

    ConversationListModel(QSqlDatabase db, const Clock& clock, QObject* parent = nullptr);

    void setCurrentAgent(const QString& agent) { m_agent = agent; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setSort(store::ConversationQuery::Sort sort);
    store::ConversationQuery::Sort sort() const { return m_sort; }
    using QAbstractListModel::sort; // the view's sort(column, order), which the getter would hide
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    /// Drops every row and loads the first page again.
    void reload();
    /// Re-reads one conversation and moves, inserts, updates or removes its row, leaving the
    /// others alone. Rows past the loaded pages are left to fetchMore. The rows of conversations
    /// merged into it (CustomerIdentity) leave the list: their messages are now in its thread.
    void refreshConversation(const QString& contactKey);

    int rowOfKey(const QString& contactKey) const;
    /// True while rows leave the model: the view's current row moving then is not the agent's choice.
    bool isRemovingRows() const { return m_removing; }
    const store::ConversationSummary& summaryAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    /// Reloads when a hidden snoozed conversation's time has come; true when it did.
    bool checkSnoozes();
    /// When the conversation's snooze ends (unix seconds); 0 when it is not snoozed now.
    qint64 snoozedUntil(const QString& contactKey) const;

signals:
    void errorOccurred(const QString& message);

private:
    /// Drops the rows that live inserts pushed past the fetched pages (while more pages remain) and
    /// moves the cursor back to the new last row, so the list stays as long as the agent scrolled
    /// and fetchMore() brings the dropped rows again in their turn.
    void trimToPagedRows();
    bool queryFilter(store::ConversationFilter* filter) const;
    bool matches(const store::ConversationSummary& row) const;
    bool hidesSnoozed() const;
    /// Reads the snooze times (all, or one conversation's) from the team tables, when they exist.
    void loadSnoozes(const QString& contactKey = {});
    bool sortsBefore(const store::ConversationSummary& a, const store::ConversationSummary& b) const;
    void removeRow(int row);
    QString preview(const store::ConversationSummary& row) const;
    void fail(const QString& error);

    const Clock& m_clock;
    store::ConversationQuery m_query;
    QString m_agent;
    Filter m_filter = Filter::All;
    store::ConversationQuery::Sort m_sort = store::ConversationQuery::ByActivity;
    int m_pageSize = 60;
    QList<store::ConversationSummary> m_rows;
    store::ConversationCursor m_cursor;
    int m_pagedRows = 0; ///< how many rows the fetched pages cover; live inserts beyond it are trimmed
    bool m_atEnd = true;
    bool m_fetching = false;
    bool m_removing = false;
    QString m_error;
    QHash<QString, qint64> m_snoozes; ///< contact key -> until (unix seconds), from conversation_snoozes
    QHash<QString, qint64> m_woken;   ///< snoozes this model saw end: a clock set back does not hide them again
};

} // namespace duet::ui
