// SPDX-License-Identifier: GPL-3.0-or-later
// The thread model: paging from the store, notes merged in by time, the outbox tail, the bubble's roles.
#include "ThreadModel.h"

#include "MessageDetails.h"
#include "PaintHelpers.h"
#include "PricingText.h"
#include "ThreadPageReader.h"
#include "TimeText.h"
#include "cloudapi/ApiError.h"
#include "outbound/OutboxStore.h"
#include "outbound/OutboxTypes.h"

#include <QDate>

#include <limits>

namespace duet::ui {

using outbound::OutboxRow;
using store::ThreadItem;
using store::ThreadQuery;

namespace {

constexpr qint64 kAuthorRunGapSecs = 10 * 60; // a pause this long starts a new run of bubbles

// Whether two rows are by the same author (origin, direction and sending agent). Asked for every
// loaded row each time the view lays the thread out again, so it builds no strings.
bool sameAuthor(const ThreadItem& a, const ThreadItem& b)
{
    return a.outbound == b.outbound && a.origin == b.origin && a.agent == b.agent;
}

QString noteKey(qint64 seq)
{
    return QStringLiteral("note:%1").arg(seq);
}

ThreadItem noteItem(const store::NoteItem& note, const QString& contactKey)
{
    ThreadItem item;
    item.wamid = noteKey(note.seq);
    item.contactKey = contactKey;
    item.origin = QStringLiteral("note");
    item.outbound = true;
    item.timestamp = note.atMs / 1000;
    item.type = QStringLiteral("note");
    item.text = note.text;
    item.agent = note.agent;
    return item;
}

} // namespace

ThreadModel::ThreadModel(QSqlDatabase db, QObject* parent)
    : QAbstractListModel(parent)
    , m_query(db)
    , m_db(db)
    , m_quoteQuery(db)
    , m_customers(db)
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &ThreadModel::insertPendingSlice);
}

ThreadModel::~ThreadModel() = default;

bool ThreadModel::isServiceType(const QString& type)
{
    return type == QLatin1String("system") || type == QLatin1String("merge");
}

bool ThreadModel::isServiceRow(int row) const
{
    return row >= 0 && row < m_items.size() && m_kinds.at(row) == Kind::Message && isServiceType(m_items.at(row).type);
}

const CustomerFacts& ThreadModel::customer() const
{
    if (!m_customer) {
        store::ConversationSummary summary;
        bool found = false;
        QString error;
        m_customers.find(m_contactKey, 0, &summary, &found, &error);
        m_customer = found ? CustomerFacts::of(summary) : CustomerFacts{m_contactKey, {}, {}, {}, {}, {}};
    }
    return *m_customer;
}

QString ThreadModel::mergeText(const ThreadItem& item) const
{
    return CustomerText::mergedRow(item.text, customer());
}

ThreadModel::Origin ThreadModel::originOf(const QString& origin)
{
    if (origin == QLatin1String("agent"))
        return Origin::Agent;
    if (origin == QLatin1String("app"))
        return Origin::App;
    if (origin == QLatin1String("history"))
        return Origin::History;
    return Origin::Customer;
}

void ThreadModel::setConversation(const QString& contactKey)
{
    beginResetModel();
    m_contactKey = contactKey;
    m_items.clear();
    m_grouping.clear();
    m_kinds.clear();
    m_positions.clear();
    m_quoted.clear();
    m_outboxTail.clear();
    m_clientIds.clear();
    m_notes.clear();
    m_notesFromSecs = std::numeric_limits<qint64>::max();
    m_notesToSecs = std::numeric_limits<qint64>::max();
    m_messageCount = 0;
    m_base = 0;
    m_atStart = true; // nothing to fetch while the reset is announced
    m_atEnd = true;
    m_olderTicket = 0; // a page still being read for the conversation before is dropped
    m_olderStale = false;
    m_newerTicket = 0;
    m_newerStale = false;
    m_pending.clear();
    m_pendingKinds.clear();
    m_fetching = false;
    m_customer.reset();
    m_mergedKeys.clear();
    endResetModel();
    m_atStart = contactKey.isEmpty();
    if (contactKey.isEmpty())
        return;
    QString error;
    if (!m_customers.mergedInto(contactKey, &m_mergedKeys, &error))
        fail(error);
    if (!m_query.notes(contactKey, &m_notes, &error))
        fail(error);
    fetchMore({});
    syncOutbox();
}

bool ThreadModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_fetching && (!m_atStart || !m_pending.isEmpty());
}

store::ThreadCursor ThreadModel::olderCursor() const
{
    for (int i = 0; i < m_pending.size(); ++i) {
        if (m_pendingKinds.at(i) == Kind::Message)
            return {m_pending.at(i).timestamp, m_pending.at(i).wamid};
    }
    if (const ThreadItem* first = firstMessage())
        return {first->timestamp, first->wamid};
    return {};
}

void ThreadModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    if (!m_pending.isEmpty()) {
        // A page read ahead is waiting: all of it goes in now.
        insertPending(int(m_pending.size()));
        m_fetching = false;
        return;
    }
    m_olderTicket = 0; // a read in flight would bring this same page: it is dropped
    QList<ThreadItem> page;
    QString error;
    if (!m_query.page(m_contactKey, olderCursor(), ThreadQuery::Older, m_pageSize, &page, &error)) {
        m_atStart = true;
        m_fetching = false;
        fail(error);
        return;
    }
    takeOlderPage(page);
    insertPending(int(m_pending.size()));
    m_fetching = false;
}

void ThreadModel::takeOlderPage(QList<ThreadItem> page)
{
    m_atStart = page.size() < m_pageSize;
    QList<Kind> kinds(page.size(), Kind::Message);
    // The notes written in this page's stretch of time join it (all that are left, at the start).
    const qint64 from = m_atStart || page.isEmpty() ? std::numeric_limits<qint64>::min() : page.first().timestamp;
    // Up to the first loaded row's second included: a note of that second may have been dropped
    // with the rows above it (the loaded ones are not merged twice).
    const qint64 to = m_notesFromSecs == std::numeric_limits<qint64>::max() ? m_notesFromSecs : m_notesFromSecs + 1;
    mergeNotes(&page, &kinds, from, to, m_atStart);
    m_notesFromSecs = qMin(m_notesFromSecs, from);
    m_pending = page + m_pending;
    m_pendingKinds = kinds + m_pendingKinds;
}

void ThreadModel::insertPending(int count)
{
    const int n = qMin(count, int(m_pending.size()));
    if (n <= 0)
        return;
    const int from = int(m_pending.size()) - n;
    const bool fetching = m_fetching;
    m_fetching = true; // whoever hears of the insertion does not start a fetch inside it
    beginInsertRows({}, 0, n - 1);
    // QList grows at its front when prepended to, so this costs the new rows only (amortized).
    for (int i = int(m_pending.size()) - 1; i >= from; --i) {
        m_items.prepend(std::move(m_pending[i]));
        m_kinds.prepend(m_pendingKinds.at(i));
    }
    m_pending.resize(from);
    m_pendingKinds.resize(from);
    m_grouping.remove(m_base); // the old first row gets a predecessor
    m_messageCount += n;
    m_base -= n;
    indexRows(0, n - 1);
    endInsertRows();
    // The old first row may lose its day separator or author line now that it has a predecessor.
    if (m_items.size() > n)
        emit dataChanged(index(n), index(n), {ShowDaySeparatorRole, ShowAuthorRole});
    m_fetching = fetching;
}

void ThreadModel::insertPendingSlice()
{
    m_sliceQueued = false;
    if (m_pending.isEmpty())
        return;
    insertPending(m_insertSlice);
    if (m_pending.isEmpty()) {
        emit olderPageLoaded();
        return;
    }
    // The next slice after the event loop's next turn (its input, its paint), not within this
    // turn's posted events: a zero timer, not a queued call.
    m_sliceQueued = true;
    m_sliceTimer.start();
}

ThreadPageReader* ThreadModel::pageReader()
{
    if (!m_reader) {
        m_reader = std::make_unique<ThreadPageReader>(m_db);
        connect(m_reader.get(), &ThreadPageReader::pageRead, this, &ThreadModel::pageRead);
    }
    return m_reader.get();
}

bool ThreadModel::isReadingOlder() const
{
    return m_olderTicket != 0 || !m_pending.isEmpty();
}

bool ThreadModel::requestOlder()
{
    if (m_contactKey.isEmpty() || m_fetching)
        return false;
    if (!m_backgroundReads || !pageReader()->isAvailable()) {
        if (!canFetchMore({}))
            return false;
        fetchMore({});
        emit olderPageLoaded();
        return true;
    }
    // One page read ahead at a time, and no more while a page's worth waits to go in.
    if (m_olderTicket != 0 || m_atStart || m_pending.size() >= m_pageSize)
        return false;
    return startOlderRead();
}

bool ThreadModel::startOlderRead()
{
    m_olderReadCursor = olderCursor();
    m_olderStale = false;
    m_olderTicket = pageReader()->read(m_contactKey, m_olderReadCursor, m_pageSize);
    return true;
}

void ThreadModel::pageRead(const ThreadPageResult& result)
{
    // Neither: read for a conversation since closed, for rows since dropped, or fetchMore() read
    // the page meanwhile.
    if (result.ticket != 0 && result.ticket == m_olderTicket)
        olderPageRead(result);
    else if (result.ticket != 0 && result.ticket == m_newerTicket)
        newerPageRead(result);
}

bool ThreadModel::readFailed(const ThreadPageResult& result)
{
    if (result.ok)
        return false;
    // The reader's own connection failed: read here from now on, so nothing goes missing.
    qWarning("duet: reading thread pages in the background failed (%s); reading them in the window",
             qPrintable(result.error));
    m_backgroundReads = false;
    return true;
}

void ThreadModel::olderPageRead(const ThreadPageResult& result)
{
    m_olderTicket = 0;
    if (readFailed(result)) {
        requestOlder();
        return;
    }
    const store::ThreadCursor now = olderCursor();
    if (m_olderStale || now.wamid != m_olderReadCursor.wamid || now.timestamp != m_olderReadCursor.timestamp) {
        // A refresh() came while the page was read: it may predate an edit or a status. Again.
        startOlderRead();
        return;
    }
    takeOlderPage(result.items);
    if (m_pending.isEmpty()) {
        emit olderPageLoaded();
        return;
    }
    if (!m_sliceQueued)
        insertPendingSlice();
}

bool ThreadModel::requestNewer()
{
    if (m_contactKey.isEmpty() || m_fetching || m_atEnd || m_newerTicket != 0)
        return false;
    const ThreadItem* last = lastMessage();
    if (!last)
        return false;
    const store::ThreadCursor cursor{last->timestamp, last->wamid};
    if (!m_backgroundReads || !pageReader()->isAvailable()) {
        QList<ThreadItem> page;
        QString error;
        if (!m_query.page(m_contactKey, cursor, ThreadQuery::Newer, m_pageSize, &page, &error)) {
            fail(error);
            return false;
        }
        appendNewerPage(page);
        return true;
    }
    m_newerReadCursor = cursor;
    m_newerStale = false;
    m_newerTicket = pageReader()->read(m_contactKey, cursor, m_pageSize, ThreadQuery::Newer);
    return true;
}

void ThreadModel::newerPageRead(const ThreadPageResult& result)
{
    m_newerTicket = 0;
    if (readFailed(result)) {
        requestNewer();
        return;
    }
    const ThreadItem* last = lastMessage();
    if (m_newerStale || !last || last->wamid != m_newerReadCursor.wamid ||
        last->timestamp != m_newerReadCursor.timestamp) {
        requestNewer(); // a refresh() came while the page was read: it may predate what it saw
        return;
    }
    appendNewerPage(result.items);
}

void ThreadModel::appendNewerPage(QList<ThreadItem> page)
{
    const bool atEnd = page.size() < m_pageSize;
    QList<Kind> kinds(page.size(), Kind::Message);
    // The notes of the page's stretch of time join it (all that are left, at the end).
    const qint64 to = atEnd ? std::numeric_limits<qint64>::max() : page.last().timestamp;
    mergeNotes(&page, &kinds, m_notesToSecs, to, false);
    m_notesToSecs = to;
    if (!page.isEmpty()) {
        const int first = m_messageCount; // no outbox tail while the end is not loaded
        const bool fetching = m_fetching;
        m_fetching = true;
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_items.append(page);
        m_kinds.append(kinds);
        m_messageCount += int(page.size());
        indexRows(first, int(m_items.size()) - 1);
        endInsertRows();
        m_fetching = fetching;
    }
    m_atEnd = atEnd;
    if (m_atEnd)
        syncOutbox();
    emit newerPageLoaded();
}

void ThreadModel::forgetRow(int row)
{
    const ThreadItem& item = m_items.at(row);
    m_positions.remove(item.wamid);
    m_grouping.remove(m_base + row);
    if (m_kinds.at(row) == Kind::Outbox)
        m_outboxTail.remove(item.wamid);
    else if (m_kinds.at(row) == Kind::Message && !item.clientId.isEmpty())
        m_clientIds.remove(item.clientId);
}

int ThreadModel::placeOf(const QString& wamid) const
{
    if (rowOfWamid(wamid) >= 0)
        return 0;
    ThreadItem item;
    bool exists = false;
    QString error;
    const ThreadItem* first = firstMessage();
    const ThreadItem* last = lastMessage();
    if (!first || !last || !m_quoteQuery.find(wamid, &item, &exists, &error) || !exists)
        return 0;
    const auto before = [](const ThreadItem& a, const ThreadItem& b) {
        return a.timestamp < b.timestamp || (a.timestamp == b.timestamp && a.wamid < b.wamid);
    };
    if (before(item, *first))
        return -1;
    return before(*last, item) ? 1 : 0;
}

void ThreadModel::dropNewest(int row)
{
    if (row >= m_items.size())
        return;
    // The last row left is a message: the notes after it are read again with the page after it.
    int last = qMin(row, m_messageCount) - 1;
    while (last >= 0 && m_kinds.at(last) != Kind::Message)
        --last;
    const int from = last + 1;
    if (last < 0 || from >= m_items.size())
        return;
    m_newerTicket = 0; // a page being read follows rows that are going
    beginRemoveRows({}, from, int(m_items.size()) - 1);
    for (int r = from; r < m_items.size(); ++r)
        forgetRow(r);
    m_items.resize(from);
    m_kinds.resize(from);
    m_messageCount = from;
    m_atEnd = false;
    m_notesToSecs = m_items.at(last).timestamp;
    endRemoveRows();
    syncOutbox(); // counts the scheduled sends the header shows
}

void ThreadModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    // The first row left is a message: the notes before it are read again with the page before it.
    int first = qMax(0, qMin(count, m_messageCount));
    while (first < m_messageCount && m_kinds.at(first) != Kind::Message)
        ++first;
    if (first <= 0 || first >= m_messageCount)
        return;
    // What was read ahead above the rows is older still.
    m_olderTicket = 0;
    m_pending.clear();
    m_pendingKinds.clear();
    beginRemoveRows({}, 0, first - 1);
    for (int r = 0; r < first; ++r)
        forgetRow(r);
    m_items.remove(0, first);
    m_kinds.remove(0, first);
    m_messageCount -= first;
    m_base += first;
    m_atStart = false;
    m_notesFromSecs = m_items.first().timestamp;
    m_grouping.remove(m_base); // the new first row has no predecessor: it shows its day and author
    endRemoveRows();
    emit dataChanged(index(0), index(0), {ShowDaySeparatorRole, ShowAuthorRole});
}

void ThreadModel::refresh()
{
    if (m_contactKey.isEmpty())
        return;
    m_quoted.clear(); // a quoted message may have arrived, been edited or deleted
    if (m_olderTicket != 0)
        m_olderStale = true; // the page being read may predate what this refresh sees
    if (m_newerTicket != 0)
        m_newerStale = true;
    // Rows read ahead go in first, so notes and new rows find their places among them.
    insertPending(int(m_pending.size()));
    m_customer.reset(); // a name or username may have changed
    QList<ThreadItem> newest;
    QString error;
    // Another conversation was merged into this one: its messages belong among the loaded ones.
    QStringList merged;
    if (m_customers.mergedInto(m_contactKey, &merged, &error) && merged != m_mergedKeys) {
        const QString key = m_contactKey;
        setConversation(key);
        return;
    }
    if (!m_query.page(m_contactKey, {}, ThreadQuery::Older, m_pageSize, &newest, &error)) {
        fail(error);
        return;
    }
    if (!lastMessage()) {
        // Nothing loaded yet (or only notes): read the thread again from its newest page.
        const QString key = m_contactKey;
        setConversation(key);
        return;
    }
    for (const ThreadItem& item : std::as_const(newest)) {
        const int row = rowOfWamid(item.wamid);
        if (row >= 0) {
            m_items[row] = item;
            m_grouping.clear();
            emit dataChanged(index(row), index(row));
        }
    }
    // What is newer than the last loaded message, a page at a time (paging down brings it while
    // the end is not loaded).
    while (m_atEnd) {
        QList<ThreadItem> page;
        const ThreadItem* last = lastMessage();
        const store::ThreadCursor after{last->timestamp, last->wamid};
        if (!m_query.page(m_contactKey, after, ThreadQuery::Newer, m_pageSize, &page, &error)) {
            fail(error);
            return;
        }
        if (page.isEmpty())
            break;
        for (const ThreadItem& item : std::as_const(page))
            addMessage(item);
        if (page.size() < m_pageSize)
            break;
    }
    reloadNotes();
    syncOutbox();
}

void ThreadModel::indexRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const ThreadItem& item = m_items.at(row);
        m_positions.insert(item.wamid, m_base + row);
        if (!item.clientId.isEmpty() && m_kinds.at(row) == Kind::Message)
            m_clientIds.insert(item.clientId);
    }
}

const ThreadItem* ThreadModel::lastMessage() const
{
    for (int row = m_messageCount - 1; row >= 0; --row) {
        if (m_kinds.at(row) == Kind::Message)
            return &m_items.at(row);
    }
    return nullptr;
}

const ThreadItem* ThreadModel::firstMessage() const
{
    for (int row = 0; row < m_messageCount; ++row) {
        if (m_kinds.at(row) == Kind::Message)
            return &m_items.at(row);
    }
    return nullptr;
}

const ThreadItem* ThreadModel::quotedItem(const QString& wamid) const
{
    const int row = rowOfWamid(wamid);
    if (row >= 0)
        return &m_items.at(row);
    auto it = m_quoted.find(wamid);
    if (it == m_quoted.end()) {
        ThreadItem found;
        bool exists = false;
        QString error;
        if (!m_quoteQuery.find(wamid, &found, &exists, &error))
            return nullptr; // shown as "an earlier message"; the next reset asks again
        it = m_quoted.insert(wamid, exists ? std::optional<ThreadItem>(found) : std::nullopt);
    }
    return it->has_value() ? &**it : nullptr;
}

int ThreadModel::rowOfWamid(const QString& wamid) const
{
    const auto it = m_positions.constFind(wamid);
    if (it == m_positions.cend())
        return -1;
    const qint64 row = it.value() - m_base;
    return row >= 0 && row < m_items.size() ? int(row) : -1;
}

int ThreadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

quint8 ThreadModel::grouping(int row) const
{
    // Asked for every loaded row whenever the view lays the thread out again (each page read
    // ahead): computed once per row, by the row's position, which prepending never changes.
    const qint64 position = m_base + row;
    if (const auto it = m_grouping.constFind(position); it != m_grouping.cend())
        return *it;
    const quint8 flags = quint8((showDaySeparator(row) ? kDaySeparator : 0) | (showAuthor(row) ? kAuthor : 0));
    m_grouping.insert(position, flags);
    return flags;
}

bool ThreadModel::showDaySeparator(int row) const
{
    if (row == 0)
        return true;
    return TimeText::localDay(m_items.at(row).timestamp) != TimeText::localDay(m_items.at(row - 1).timestamp);
}

bool ThreadModel::showAuthor(int row) const
{
    if (showDaySeparator(row) || m_kinds.at(row) != m_kinds.at(row - 1))
        return true;
    const ThreadItem& item = m_items.at(row);
    const ThreadItem& before = m_items.at(row - 1);
    return !sameAuthor(item, before) || item.timestamp - before.timestamp > kAuthorRunGapSecs;
}

QString ThreadModel::authorOf(const ThreadItem& item) const
{
    switch (originOf(item.origin)) {
    case Origin::Customer:
        return tr("Customer");
    case Origin::Agent:
        return tr("Agent");
    case Origin::App:
        return tr("Phone app");
    case Origin::History:
        return item.outbound ? tr("Business (history)") : tr("Customer (history)");
    }
    return QString();
}

QString ThreadModel::mediaType(const ThreadItem& item) const
{
    static const QLatin1String kMedia[] = {QLatin1String("image"), QLatin1String("video"), QLatin1String("audio"),
                                           QLatin1String("document"), QLatin1String("sticker")};
    for (const QLatin1String& t : kMedia) {
        if (item.type == t)
            return item.voice ? QStringLiteral("voice") : QString(t);
    }
    return QString();
}

QString ThreadModel::failureText(const ThreadItem& item) const
{
    if (item.status != QLatin1String("failed"))
        return QString();
    cloudapi::ApiError error;
    error.code = item.errorCode == 0 ? -1 : item.errorCode;
    error.category = cloudapi::classify(item.errorCode);
    error.title = item.errorTitle;
    const QString remedy = cloudapi::remedyText(error);
    if (item.errorCode == 0)
        return tr("Not delivered. %1").arg(remedy);
    return tr("Not delivered (error %1). %2").arg(item.errorCode).arg(remedy);
}

QVariant ThreadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ThreadItem& item = m_items.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        if (item.type == QLatin1String("merge") && m_kinds.at(row) == Kind::Message)
            return mergeText(item); // the body is the merged conversation's key
        return item.text;
    case KindRole:
        return int(m_kinds.at(row));
    case OutboxIdRole:
        return m_kinds.at(row) == Kind::Outbox ? m_outboxTail.info(item.wamid).id : qint64(0);
    case OutboxStateRole:
        return m_kinds.at(row) == Kind::Outbox ? m_outboxTail.info(item.wamid).state : -1;
    case ScheduledAtRole:
        return scheduledAt(row);
    case ActionsRole:
        return actionsOf(row);
    case MediaIdRole:
        return item.mediaId;
    case MediaPathRole:
        return m_media.path(item);
    case ThumbnailSizeRole:
        return m_media.thumbnailSize(item);
    case ClientIdRole:
        return item.clientId;
    case WamidRole:
        return item.wamid;
    case OriginalTextRole:
        return item.originalText;
    case OriginRole:
        return int(originOf(item.origin));
    case AgentNameRole:
        return item.agent;
    case OutboundRole:
        return item.outbound;
    case TimestampRole:
        return item.timestamp;
    case TimeTextRole:
        return TimeText::clockTime(item.timestamp);
    case StatusRole:
        return int(item.outbound ? deliveryFromStatus(item.status) : Delivery::None);
    case ErrorCodeRole:
        return item.errorCode;
    case FailureTextRole:
        return m_kinds.at(row) == Kind::Outbox ? m_outboxTail.failureText(item.wamid) : failureText(item);
    case ReplyToRole:
        return item.contextWamid;
    case ReplyTextRole: {
        if (item.contextWamid.isEmpty())
            return QString();
        const ThreadItem* q = quotedItem(item.contextWamid);
        if (!q)
            return tr("An earlier message");
        if (q->deleted)
            return tr("This message was deleted");
        return q->text.isEmpty() ? mediaType(*q) : q->text.simplified();
    }
    case ReplyAuthorRole: {
        const ThreadItem* q = item.contextWamid.isEmpty() ? nullptr : quotedItem(item.contextWamid);
        return q ? authorOf(*q) : QString();
    }
    case ReactionsRole: {
        QStringList emoji;
        for (const store::Reaction& r : item.reactions)
            emoji << r.emoji;
        return emoji;
    }
    case EditedRole:
        return item.edited;
    case DeletedRole:
        return item.deleted;
    case TypeRole:
        return item.type;
    case HistoryMediaGoneRole:
        return item.type == QLatin1String("media_placeholder") && m_historyMediaCutoff > 0 &&
               item.timestamp < m_historyMediaCutoff;
    case PricingTextRole:
        return item.origin == QLatin1String("agent") && m_kinds.at(row) == Kind::Message
                   ? PricingText::line(item.pricingCategory, item.pricingType, item.pricingBillable)
                   : QString();
    case PricingToolTipRole:
        return item.origin == QLatin1String("agent") && m_kinds.at(row) == Kind::Message
                   ? PricingText::toolTip(item.pricingCategory, item.pricingType, item.pricingBillable)
                   : QString();
    case MediaTypeRole:
        return mediaType(item);
    case FilenameRole:
        return item.filename;
    case MimeTypeRole:
        return item.mimeType;
    case HasMediaRole:
        return !mediaType(item).isEmpty();
    case ShowDaySeparatorRole:
        return (grouping(row) & kDaySeparator) != 0;
    case DayRole:
        return TimeText::localDay(item.timestamp);
    case ShowAuthorRole:
        return (grouping(row) & kAuthor) != 0;
    case LayoutRevisionRole: {
        size_t h = qHash(item.type == QLatin1String("merge") ? index.data(TextRole).toString() : item.text);
        h = qHashMulti(h, item.edited, item.deleted, item.status, item.reactions.size(), item.contextWamid);
        h = qHashMulti(h, item.pricingCategory, item.pricingType, item.pricingBillable);
        if (!item.details.isEmpty() || m_supervisor)
            h = qHashMulti(h, item.details, m_supervisor);
        if (m_kinds.at(row) == Kind::Outbox) {
            const OutboxTail::Info info = m_outboxTail.info(item.wamid);
            h = qHashMulti(h, info.state, info.errorCode,
                           info.state == int(outbound::OutboxState::Queued) ? m_outboxTail.hold() : QString(),
                           scheduledAt(row));
        }
        if (!item.mediaId.isEmpty()) {
            const QSize thumb = m_media.thumbnailSize(item);
            h = qHashMulti(h, m_media.path(item).isEmpty(), thumb.width(), thumb.height());
            h = qHashMulti(h, int(m_media.transfer(item.mediaId)), m_media.error(item.mediaId), m_media.size(item));
        }
        return quint64(h);
    }
    case DetailsRole:
        return item.details;
    case LinksRole:
        return MessageDetails::view(item.type, item.text, item.details).links;
    case SupervisorTextRole:
        return supervisorText(item);
    case MediaTransferRole:
        return item.mediaId.isEmpty() || !m_media.path(item).isEmpty() ? int(MediaFiles::Transfer::None)
                                                                       : int(m_media.transfer(item.mediaId));
    case MediaErrorRole:
        return item.mediaId.isEmpty() ? QString() : m_media.error(item.mediaId);
    case MediaSizeRole:
        return item.mediaId.isEmpty() ? qint64(-1) : m_media.size(item);
    default:
        return {};
    }
}

QString ThreadModel::supervisorText(const ThreadItem& item) const
{
    if (!m_supervisor)
        return QString();
    if (item.deleted) {
        const QString gone = item.edited && !item.originalText.isEmpty() && item.originalText != item.text
                                 ? tr("Deleted text: %1 (before its edit: %2)").arg(item.text, item.originalText)
                                 : tr("Deleted text: %1").arg(item.text);
        return item.text.isEmpty() && item.originalText.isEmpty() ? QString() : gone;
    }
    if (item.edited && item.originalText != item.text)
        return tr("Original: %1").arg(item.originalText);
    return QString();
}

void ThreadModel::setSupervisor(bool supervisor)
{
    if (m_supervisor == supervisor)
        return;
    m_supervisor = supervisor;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1), {SupervisorTextRole, LayoutRevisionRole});
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{WamidRole, "wamid"},
                  {TextRole, "text"},
                  {OriginalTextRole, "originalText"},
                  {OriginRole, "origin"},
                  {AgentNameRole, "agentName"},
                  {OutboundRole, "outbound"},
                  {TimestampRole, "timestamp"},
                  {TimeTextRole, "timeText"},
                  {StatusRole, "status"},
                  {ErrorCodeRole, "errorCode"},
                  {FailureTextRole, "failureText"},
                  {ReplyToRole, "replyTo"},
                  {ReplyTextRole, "replyText"},
                  {ReplyAuthorRole, "replyAuthor"},
                  {ReactionsRole, "reactions"},
                  {EditedRole, "edited"},
                  {DeletedRole, "deleted"},
                  {TypeRole, "type"},
                  {MediaTypeRole, "mediaType"},
                  {FilenameRole, "filename"},
                  {MimeTypeRole, "mimeType"},
                  {HasMediaRole, "hasMedia"},
                  {ShowDaySeparatorRole, "showDaySeparator"},
                  {DayRole, "day"},
                  {ShowAuthorRole, "showAuthor"},
                  {LayoutRevisionRole, "layoutRevision"},
                  {KindRole, "kind"},
                  {OutboxIdRole, "outboxId"},
                  {OutboxStateRole, "outboxState"},
                  {ActionsRole, "actions"},
                  {MediaIdRole, "mediaId"},
                  {MediaPathRole, "mediaPath"},
                  {ThumbnailSizeRole, "thumbnailSize"},
                  {ClientIdRole, "clientId"},
                  {HistoryMediaGoneRole, "historyMediaGone"},
                  {PricingTextRole, "pricingText"},
                  {PricingToolTipRole, "pricingToolTip"},

                  {DetailsRole, "details"},
                  {LinksRole, "links"},
                  {SupervisorTextRole, "supervisorText"},
                  {MediaTransferRole, "mediaTransfer"},
                  {MediaErrorRole, "mediaError"},
                  {MediaSizeRole, "mediaSize"}});
    return names;
}

void ThreadModel::fail(const QString& error)
{
    emit errorOccurred(tr("The thread could not be read: %1").arg(error));
}

QList<store::PresenceItem> ThreadModel::presence(qint64 nowMs)
{
    QList<store::PresenceItem> items;
    QString error;
    if (!m_contactKey.isEmpty() && !m_query.presence(m_contactKey, nowMs, &items, &error))
        fail(error);
    return items;
}

std::optional<ThreadItem> ThreadModel::lastAppMessageSince(qint64 sinceSecs)
{
    ThreadItem item;
    bool found = false;
    QString error;
    if (m_contactKey.isEmpty())
        return std::nullopt;
    if (!m_query.lastAppMessageSince(m_contactKey, sinceSecs, &item, &found, &error)) {
        fail(error);
        return std::nullopt;
    }
    return found ? std::optional<ThreadItem>(item) : std::nullopt;
}

std::optional<store::CustomerPreference> ThreadModel::marketingPreference()
{
    store::CustomerPreference preference;
    bool found = false;
    QString error;
    if (m_contactKey.isEmpty())
        return std::nullopt;
    if (!m_query.marketingPreference(m_contactKey, &preference, &found, &error)) {
        fail(error);
        return std::nullopt;
    }
    return found ? std::optional<store::CustomerPreference>(preference) : std::nullopt;
}

void ThreadModel::setOutbox(outbound::OutboxStore* outbox)
{
    m_outboxTail.setOutbox(outbox);
    syncOutbox();
}

void ThreadModel::outboxChanged()
{
    syncOutbox();
}

void ThreadModel::setOutboxHold(const QString& reason)
{
    if (!m_outboxTail.setHold(reason))
        return;
    for (int row = m_messageCount; row < m_items.size(); ++row) {
        if (m_kinds.at(row) == Kind::Outbox)
            emit dataChanged(index(row), index(row));
    }
}

void ThreadModel::setMediaCache(const QString& dir)
{
    m_media.setDir(dir);
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}

void ThreadModel::mediaDownloaded(const QString& mediaId)
{
    m_media.forget(mediaId);
    m_media.setTransfer(mediaId, MediaFiles::Transfer::None);
    mediaRowsChanged(mediaId);
}

void ThreadModel::mediaLoading(const QString& mediaId)
{
    m_media.setTransfer(mediaId, MediaFiles::Transfer::Loading);
    mediaRowsChanged(mediaId);
}

void ThreadModel::mediaFailed(const QString& mediaId, const QString& error)
{
    m_media.setTransfer(mediaId, MediaFiles::Transfer::Failed, error);
    mediaRowsChanged(mediaId);
}

void ThreadModel::mediaSizeKnown(const QString& mediaId, qint64 bytes)
{
    m_media.setSize(mediaId, bytes);
    mediaRowsChanged(mediaId);
}

void ThreadModel::mediaSkipped(const QString& mediaId, qint64 bytes)
{
    m_media.setSize(mediaId, bytes);
    m_media.setTransfer(mediaId, MediaFiles::Transfer::None);
    mediaRowsChanged(mediaId);
}

void ThreadModel::mediaRowsChanged(const QString& mediaId)
{
    if (mediaId.isEmpty())
        return;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).mediaId == mediaId)
            emit dataChanged(index(row), index(row));
    }
}

void ThreadModel::mergeNotes(QList<ThreadItem>* page, QList<Kind>* kinds, qint64 fromSecs, qint64 toSecs, bool all)
{
    QList<ThreadItem> notes;
    for (const store::NoteItem& n : std::as_const(m_notes)) {
        const qint64 ts = n.atMs / 1000;
        if (ts < toSecs && (all || ts >= fromSecs) && !m_positions.contains(noteKey(n.seq)))
            notes << noteItem(n, m_contactKey);
    }
    if (notes.isEmpty())
        return;
    QList<ThreadItem> merged;
    QList<Kind> mergedKinds;
    merged.reserve(page->size() + notes.size());
    int i = 0;
    int j = 0;
    while (i < page->size() || j < notes.size()) {
        // A message and a note of the same second: the message first.
        if (j >= notes.size() || (i < page->size() && page->at(i).timestamp <= notes.at(j).timestamp)) {
            merged << page->at(i);
            mergedKinds << kinds->at(i);
            ++i;
        } else {
            merged << notes.at(j++);
            mergedKinds << Kind::Note;
        }
    }
    *page = merged;
    *kinds = mergedKinds;
}

void ThreadModel::reloadNotes()
{
    QString error;
    if (!m_query.notes(m_contactKey, &m_notes, &error)) {
        fail(error);
        return;
    }
    for (const store::NoteItem& n : std::as_const(m_notes)) {
        const qint64 ts = n.atMs / 1000;
        if (ts >= m_notesFromSecs && ts < m_notesToSecs && !m_positions.contains(noteKey(n.seq)))
            insertRowAt(-1, noteItem(n, m_contactKey), Kind::Note);
    }
}

void ThreadModel::insertRowAt(int row, const ThreadItem& item, Kind kind)
{
    if (row < 0) {
        row = m_messageCount;
        while (row > 0 && m_items.at(row - 1).timestamp > item.timestamp)
            --row;
    }
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    m_grouping.clear(); // the rows after it are numbered again
    m_kinds.insert(row, kind);
    if (kind != Kind::Outbox)
        ++m_messageCount;
    indexRows(row, int(m_items.size()) - 1);
    endInsertRows();
    if (row + 1 < m_items.size())
        emit dataChanged(index(row + 1), index(row + 1), {ShowDaySeparatorRole, ShowAuthorRole});
}

void ThreadModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_positions.remove(m_items.at(row).wamid);
    m_outboxTail.remove(m_items.at(row).wamid);
    if (m_kinds.at(row) != Kind::Outbox)
        --m_messageCount;
    m_items.removeAt(row);
    m_grouping.clear();
    m_kinds.removeAt(row);
    indexRows(row, int(m_items.size()) - 1);
    endRemoveRows();
    if (row < m_items.size())
        emit dataChanged(index(row), index(row), {ShowDaySeparatorRole, ShowAuthorRole});
}

void ThreadModel::addMessage(const ThreadItem& item)
{
    int outboxRow = -1;
    for (int row = m_messageCount; row < m_items.size() && outboxRow < 0; ++row) {
        if (m_outboxTail.standsFor(m_items.at(row).wamid, item))
            outboxRow = row;
    }
    int place = m_messageCount;
    while (place > 0 && m_items.at(place - 1).timestamp > item.timestamp)
        --place;
    if (outboxRow >= 0 && outboxRow == place) {
        // The report landed: the store row takes the outbox row's place, in the same row.
        m_positions.remove(m_items.at(outboxRow).wamid);
        m_outboxTail.remove(m_items.at(outboxRow).wamid);
        m_items[outboxRow] = item;
        m_grouping.clear();
        m_kinds[outboxRow] = Kind::Message;
        ++m_messageCount;
        indexRows(outboxRow, outboxRow);
        emit dataChanged(index(outboxRow), index(outboxRow));
        return;
    }
    if (outboxRow >= 0)
        removeRowAt(outboxRow);
    insertRowAt(place, item, Kind::Message);
}

void ThreadModel::syncOutbox()
{
    if (!m_atEnd) {
        // The tail follows the newest message: shown when paging down reaches it. The header
        // still counts its scheduled sends.
        m_scheduledBeyond = 0;
        const auto rows = m_outboxTail.liveRows(m_contactKey, [](const OutboxRow&) { return false; });
        for (const OutboxRow& r : rows) {
            if (m_outboxTail.scheduledAt(OutboxTail::infoOf(r)) > 0)
                ++m_scheduledBeyond;
        }
        return;
    }
    const QList<OutboxRow> rows = m_outboxTail.liveRows(m_contactKey, [this](const OutboxRow& r) {
        return m_clientIds.contains(r.clientId) || (!r.wamid.isEmpty() && m_positions.contains(r.wamid));
    });
    QSet<QString> keep;
    for (const OutboxRow& r : rows)
        keep.insert(OutboxTail::keyOf(r.id));
    for (int row = int(m_items.size()) - 1; row >= m_messageCount; --row) {
        if (!keep.contains(m_items.at(row).wamid))
            removeRowAt(row);
    }
    for (const OutboxRow& r : rows) {
        const QString key = OutboxTail::keyOf(r.id);
        const OutboxTail::Info info = OutboxTail::infoOf(r);
        const int existing = rowOfWamid(key);
        if (existing >= 0) {
            if (m_outboxTail.info(key).differsFrom(info)) {
                m_outboxTail.setInfo(key, info);
                m_items[existing] = OutboxTail::itemOf(r, m_contactKey);
                m_grouping.clear();
                emit dataChanged(index(existing), index(existing));
            }
            continue;
        }
        m_outboxTail.setInfo(key, info);
        insertRowAt(int(m_items.size()), OutboxTail::itemOf(r, m_contactKey), Kind::Outbox);
    }
}

qint64 ThreadModel::scheduledAt(int row) const
{
    return m_kinds.at(row) == Kind::Outbox ? m_outboxTail.scheduledAt(m_items.at(row).wamid) : 0;
}

QStringList ThreadModel::actionsOf(int row) const
{
    return m_kinds.at(row) == Kind::Outbox ? m_outboxTail.actions(m_items.at(row).wamid) : QStringList();
}

int ThreadModel::scheduledCount() const
{
    int count = 0;
    if (!m_atEnd)
        return m_scheduledBeyond; // the tail is not in the rows: as the outbox said last
    for (int row = m_messageCount; row < int(m_items.size()); ++row) {
        if (scheduledAt(row) > 0)
            ++count;
    }
    return count;
}

} // namespace duet::ui
