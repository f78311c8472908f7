// SPDX-License-Identifier: GPL-3.0-or-later
// One customer's thread as an item model: the newest page first, older pages on scroll up.
#pragma once

#include "CustomerText.h"
#include "MediaFiles.h"
#include "OutboxTail.h"
#include "store/ConversationQuery.h"
#include "store/ThreadQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QSize>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>
#include <optional>

namespace duet::outbound {
class OutboxStore;
struct OutboxRow;
} // namespace duet::outbound

namespace duet::ui {

class ThreadPageReader;
struct ThreadPageResult;

/// The merged thread of one conversation, oldest at the top. setConversation() loads the newest
/// page; when the view scrolls to the top, fetchMore() prepends the page before it (Nheko's
/// timeline model). Everything a bubble paints is a role, including the grouping decisions
/// ("show day separator", "show author"), so the delegate never looks at neighbouring rows.
/// refresh() brings in what arrived since and updates changed rows (statuses, edits, reactions).
/// Private notes are merged in by time (read in one query per thread); the agent's sends still in
/// the outbox (setOutbox()) and not yet in the store follow at the end, with their state; when
/// the hub's report brings the store row, it takes the outbox row's place.
/// Quiet service rows (isServiceType(): a number change, two conversations merged) read as one
/// centred line; when another conversation is merged into the open one, refresh() reads the
/// thread again from its newest page, so the merged messages take their places by time.
/// Reading ahead (requestOlder()) keeps the query off the UI thread: a ThreadPageReader reads the
/// page before the loaded ones on its own connection, and the rows go in a slice at a time, one
/// slice per event-loop turn. A page read before a refresh() is read again (it may predate an
/// edit or a status the refresh saw); one read for a conversation since closed is dropped.
/// A long thread is shown through a window of rows (the view's, ThreadView::setWindowRows()):
/// dropNewest() and dropOldest() let rows far from the screen go, requestNewer() reads the rows
/// after the loaded ones again as requestOlder() reads those before. While the newest message is
/// not loaded (isAtEnd() false), new messages, the notes after the last row and the outbox tail
/// wait until paging down reaches the end.
/// Usage: `ThreadModel m(db); m.setConversation(key); view.setModel(&m);`
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    /// Who a message is from, as the bubble tells it.
    enum class Origin { Customer, Agent, App, History };
    Q_ENUM(Origin)
    /// What a row is: a message of the store, a private note, or a send still in the outbox.
    enum class Kind { Message, Note, Outbox };
    Q_ENUM(Kind)

    enum Role {
        WamidRole = Qt::UserRole + 1,
        TextRole,         ///< what to show: the latest edit, else the original
        OriginalTextRole, ///< the text before the edit; null when never edited
        OriginRole,       ///< int (Origin)
        AgentNameRole,    ///< the sending agent for API sends; null otherwise
        OutboundRole,     ///< bool: sent by the business
        TimestampRole,    ///< qint64 seconds
        TimeTextRole,     ///< "14:32"
        StatusRole,       ///< int (Delivery)
        ErrorCodeRole,    ///< Meta's code of a failed send; 0 otherwise
        FailureTextRole,  ///< "Not delivered (131047): <remedy>", or why a queued send waits; null otherwise
        ReplyToRole,      ///< the quoted message's wamid; null when not a reply
        ReplyTextRole,    ///< the quoted message's text as one line
        ReplyAuthorRole,  ///< who wrote the quoted message
        ReactionsRole,    ///< QStringList of emoji, one per reacting party
        EditedRole,       ///< bool
        DeletedRole,      ///< bool
        TypeRole,         ///< the Cloud API type: text, image, document, ...
        MediaTypeRole,    ///< image, video, audio, voice, document, sticker; null when no media
        FilenameRole,
        MimeTypeRole,
        HasMediaRole,         ///< bool
        ShowDaySeparatorRole, ///< bool: the first message of a calendar day
        DayRole,              ///< QDate (local)
        ShowAuthorRole,       ///< bool: the first of a run by the same author
        LayoutRevisionRole,   ///< changes whenever what the bubble shows changes (for layout caches)
        KindRole,             ///< int (Kind)
        OutboxIdRole,         ///< qint64: the outbox row of a Kind::Outbox row; 0 otherwise
        OutboxStateRole,      ///< int (outbound::OutboxState) of a Kind::Outbox row; -1 otherwise
        ActionsRole,          ///< QStringList: "retry", "resend", "discard" offered on the row
        MediaIdRole,          ///< the Cloud API media id; null when none
        MediaPathRole,        ///< the downloaded file in the media cache; null until it exists
        ThumbnailSizeRole,    ///< QSize of a cached image (for the thumbnail); invalid otherwise
        ClientIdRole,         ///< the outbox client id of an agent's send; null otherwise
        /// bool: a history media placeholder older than the cutoff (setHistoryMediaCutoff()), whose
        /// media WhatsApp does not transfer
        HistoryMediaGoneRole,
        /// qint64: when a scheduled send goes (ms since the epoch) while it waits for its time; 0 otherwise
        ScheduledAtRole,
        /// What Meta's statuses said of an API send's price: "Marketing · billable", "Service · free
        /// (service window)"; null for echoes, customers' messages and while nothing is known
        PricingTextRole,
        PricingToolTipRole, ///< why it was billed or free; null when PricingTextRole is
        /// the type-specific details as compact JSON (store::ThreadItem::details); null when none
        DetailsRole,
        /// QStringList: the links the details give ("map:<lat>,<lon>", "url:<address>",
        /// "chat:<digits>"; MessageDetails::linkLabel() says what each reads as)
        LinksRole,
        /// for supervisors only (setSupervisor()): the text before an edit, or the deleted text,
        /// labelled ("Original: …", "Deleted text: …"); null for agents and for untouched messages
        SupervisorTextRole,
        /// int (MediaFiles::Transfer): where the row's media download stands
        MediaTransferRole,
        MediaErrorRole, ///< why the last download failed; null unless MediaTransferRole is Failed
        MediaSizeRole,  ///< qint64 bytes: the downloaded file's size, else the size Meta stated; -1 unknown
    };

    explicit ThreadModel(QSqlDatabase db, QObject* parent = nullptr);
    ~ThreadModel() override;

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    /// Rows inserted per event-loop turn when a page read ahead arrives (requestOlder()).
    void setInsertSlice(int rows) { m_insertSlice = qMax(1, rows); }
    /// Starts reading the page before the loaded rows off the UI thread, unless one is being read
    /// or waits to be inserted, or the thread's start is loaded; olderPageLoaded() follows once
    /// its rows are in. Where no other connection can read the store (SQLite in memory), or
    /// background reads are off, it is fetchMore(). Returns whether a read started or rows came.
    bool requestOlder();
    /// Whether a page is being read or waits to be inserted.
    bool isReadingOlder() const;
    /// Whether the thread's newest message is loaded; false after dropNewest() until
    /// requestNewer() reaches the end again.
    bool isAtEnd() const { return m_atEnd; }
    /// Starts reading the page after the last loaded message (off the UI thread where
    /// requestOlder() would), unless the end is loaded or a page is being read; newerPageLoaded()
    /// follows once its rows are in. Returns whether a read started or rows came.
    bool requestNewer();
    bool isReadingNewer() const { return m_newerTicket != 0; }
    /// Where the thread's message `wamid` stands against the loaded rows: -1 before the first,
    /// 1 after the last, 0 among them (or not in the store). One query when it is not loaded.
    int placeOf(const QString& wamid) const;
    /// Drops the rows from `row` on (the outbox tail, and notes after the last message left, go
    /// with them); requestNewer() reads them again. Nothing when no message would be left.
    void dropNewest(int row);
    /// Drops the first `count` rows (and notes before the first message left), with any older
    /// page read ahead; requestOlder() reads them again. Nothing when no message would be left.
    void dropOldest(int count);
    /// Off: requestOlder() reads on the calling thread (fetchMore()).
    void setBackgroundReads(bool on) { m_backgroundReads = on; }
    /// The reader of requestOlder()'s pages (created on first use).
    ThreadPageReader* pageReader();
    /// Shows `contactKey`'s thread from its newest page; a null key empties the model.
    void setConversation(const QString& contactKey);
    QString conversation() const { return m_contactKey; }
    /// Reloads the newest page's rows and appends what is newer than the last loaded row.
    void refresh();
    /// The agent's outbox: its live rows for the open contact are shown at the end.
    void setOutbox(outbound::OutboxStore* outbox);
    /// Why the outbox holds every send now (the number is disconnected); null when it does not.
    /// Queued outbox rows say so under the bubble.
    void setOutboxHold(const QString& reason);
    /// The open thread's scheduled sends still waiting for their time (the header's count).
    int scheduledCount() const;
    /// Meta sends the media of imported history only for the 14 days before the import: history
    /// placeholders older than `secs` say their media never comes. 0: none do.
    void setHistoryMediaCutoff(qint64 secs) { m_historyMediaCutoff = secs; }
    /// Where downloaded media live, each file named by its media id.
    void setMediaCache(const QString& dir);
    Kind kindAt(int row) const { return m_kinds.at(row); }
    /// Whether the viewer is a supervisor: supervisors also see what a customer edited away or
    /// deleted (SupervisorTextRole). Agents see "edited" and "This message was deleted" only.
    void setSupervisor(bool supervisor);
    bool isSupervisor() const { return m_supervisor; }
    /// Other agents' unexpired presence in the open thread (one query; none without team tables).
    QList<store::PresenceItem> presence(qint64 nowMs);
    /// The newest phone-app message of the open thread at or after `sinceSecs`.
    std::optional<store::ThreadItem> lastAppMessageSince(qint64 sinceSecs);
    /// The open customer's latest marketing preference (user_preferences); nullopt when none.
    std::optional<store::CustomerPreference> marketingPreference();

    int rowOfWamid(const QString& wamid) const;
    const store::ThreadItem& itemAt(int row) const { return m_items.at(row); }
    bool isAtStart() const { return m_atStart; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static Origin originOf(const QString& origin);
    /// Types shown as a quiet centred row, never quoted, reacted to or ticked: `system` (Meta's
    /// text, such as a number change) and `merge` (two conversations became this one).
    static bool isServiceType(const QString& type);
    /// Whether `row` is such a row.
    bool isServiceRow(int row) const;
    /// The name shown for who wrote `item` ("Customer name" is the caller's; this is for quotes).
    QString authorOf(const store::ThreadItem& item) const;

public slots:
    /// The outbox changed: re-reads the open contact's live rows (one query).
    void outboxChanged();
    /// A media file arrived in the cache: its rows show it.
    void mediaDownloaded(const QString& mediaId);
    /// The download of `mediaId` started: its rows say so.
    void mediaLoading(const QString& mediaId);
    /// The download of `mediaId` failed: its rows show `error` and offer Retry.
    void mediaFailed(const QString& mediaId, const QString& error);
    /// Meta stated the size of `mediaId` (a lookup): its rows show it.
    void mediaSizeKnown(const QString& mediaId, qint64 bytes);
    /// An automatic download stopped at the lookup (`bytes` is over the limit): the rows offer
    /// Download with the size.
    void mediaSkipped(const QString& mediaId, qint64 bytes);

signals:
    void errorOccurred(const QString& message);
    /// A page asked for by requestOlder() is in the rows (or turned out empty).
    void olderPageLoaded();
    /// A page asked for by requestNewer() is in the rows (or turned out empty).
    void newerPageLoaded();

private:
    static constexpr quint8 kDaySeparator = 1;
    static constexpr quint8 kAuthor = 2;
    /// The row's grouping flags (kDaySeparator, kAuthor), remembered in m_grouping.
    quint8 grouping(int row) const;
    bool showDaySeparator(int row) const;
    bool showAuthor(int row) const;
    QString mediaType(const store::ThreadItem& item) const;
    QString failureText(const store::ThreadItem& item) const;
    QString supervisorText(const store::ThreadItem& item) const;
    void fail(const QString& error);
    /// The open conversation's customer, read once per refresh (for the merge rows' text).
    const CustomerFacts& customer() const;
    /// What a `merge` row reads: "Merged with the conversation of …".
    QString mergeText(const store::ThreadItem& item) const;

    void indexRows(int first, int last);
    /// Takes a page read before the loaded rows: notes merged in, queued for insertion at the top.
    void takeOlderPage(QList<store::ThreadItem> page);
    /// Inserts up to `count` of the queued older rows (the newest of them) at the top.
    void insertPending(int count);
    void insertPendingSlice();
    void pageRead(const ThreadPageResult& result);
    /// Whether the reader failed; then pages are read in place from now on (a warning, once).
    bool readFailed(const ThreadPageResult& result);
    void olderPageRead(const ThreadPageResult& result);
    void newerPageRead(const ThreadPageResult& result);
    /// Appends a page read after the last loaded message, with the notes of its stretch of time.
    void appendNewerPage(QList<store::ThreadItem> page);
    /// Forgets what the index keeps of the row (its position, client id, outbox state, grouping).
    void forgetRow(int row);
    /// Where the next older page starts: the oldest message loaded or queued.
    store::ThreadCursor olderCursor() const;
    bool startOlderRead();
    /// The quoted message: a loaded row, else looked up in the store once (null when absent).
    const store::ThreadItem* quotedItem(const QString& wamid) const;

    // Notes and outbox rows.
    void mergeNotes(QList<store::ThreadItem>* page, QList<Kind>* kinds, qint64 fromSecs, qint64 toSecs, bool all);
    void reloadNotes();
    void syncOutbox();
    const store::ThreadItem* lastMessage() const;
    const store::ThreadItem* firstMessage() const;
    void insertRowAt(int row, const store::ThreadItem& item, Kind kind);
    /// A new store message: in time order before the outbox tail, in the place of the outbox
    /// row it stands for (same client id or wamid) when there is one.
    void addMessage(const store::ThreadItem& item);
    void removeRowAt(int row);
    QStringList actionsOf(int row) const;
    /// Tells the rows showing `mediaId` that its state changed.
    void mediaRowsChanged(const QString& mediaId);

    store::ThreadQuery m_query;
    QString m_contactKey;
    QList<store::ThreadItem> m_items;
    QList<Kind> m_kinds; ///< parallel to m_items
    /// The time a scheduled outbox row waits for, 0 when it is not (or no longer) waiting.
    qint64 scheduledAt(int row) const;
    OutboxTail m_outboxTail;         ///< the outbox rows shown, by the item key "outbox:<id>"
    QSet<QString> m_clientIds;       ///< client ids of the loaded messages (outbox rows they replace)
    QList<store::NoteItem> m_notes;  ///< every note of the thread, oldest first
    qint64 m_notesFromSecs = 0;      ///< notes at or after this are in the rows (all when at the start)
    qint64 m_notesToSecs = 0;        ///< and before this (all when at the end)
    int m_messageCount = 0;          ///< message and note rows; the outbox tail follows
    int m_scheduledBeyond = 0;       ///< scheduled sends waiting while the tail is not shown (not at the end)
    qint64 m_historyMediaCutoff = 0; ///< setHistoryMediaCutoff()
    bool m_supervisor = false;       ///< setSupervisor()
    MediaFiles m_media;              ///< setMediaCache()
    /// wamid -> position counted from an origin that moves down as older pages are prepended:
    /// row = position - m_base. Prepending never renumbers the rows already loaded.
    QHash<QString, qint64> m_positions;
    qint64 m_base = 0;
    int m_pageSize = 50;
    bool m_atStart = true;
    bool m_atEnd = true;
    bool m_fetching = false;
    // Reading ahead: the reader, the read in flight (0: none), its cursor, whether a refresh()
    // came while it was read, and the rows read but not yet inserted (oldest first).
    std::unique_ptr<ThreadPageReader> m_reader;
    QSqlDatabase m_db;
    bool m_backgroundReads = true;
    quint64 m_olderTicket = 0;
    store::ThreadCursor m_olderReadCursor;
    bool m_olderStale = false;
    quint64 m_newerTicket = 0; ///< the page after the loaded rows being read; 0: none
    store::ThreadCursor m_newerReadCursor;
    bool m_newerStale = false;
    QList<store::ThreadItem> m_pending;
    QList<Kind> m_pendingKinds;
    bool m_sliceQueued = false;
    QTimer m_sliceTimer; ///< the next slice's turn
    int m_insertSlice = 50;
    /// Quoted messages outside the loaded pages, by wamid (null item: not in the store); per thread.
    mutable store::ThreadQuery m_quoteQuery;
    /// The customer's identity and the keys merged into the conversation (read on open and refresh).
    mutable store::ConversationQuery m_customers;
    mutable std::optional<CustomerFacts> m_customer;
    QStringList m_mergedKeys;
    mutable QHash<QString, std::optional<store::ThreadItem>> m_quoted;
    /// grouping() by row position (m_base + row); emptied whenever rows are inserted among, removed
    /// from or replaced in the loaded ones.
    mutable QHash<qint64, quint8> m_grouping;
};

} // namespace duet::ui
