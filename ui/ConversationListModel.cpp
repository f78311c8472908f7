// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation list model: keyset paging, filters, and incremental updates of one row.
#include "ConversationListModel.h"

#include "CustomerText.h"
#include "MessageDetails.h"
#include "TimeText.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QMimeData>
#include <QVariant>

#include <utility>

namespace duet::ui {

using store::ConversationQuery;
using store::ConversationSummary;

ConversationListModel::ConversationListModel(QSqlDatabase db, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
    , m_query(db)
{}

void ConversationListModel::setFilter(Filter filter)
{
    m_filter = filter;
}

void ConversationListModel::setSort(ConversationQuery::Sort sort)
{
    m_sort = sort;
}

bool ConversationListModel::queryFilter(store::ConversationFilter* filter) const
{
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Mine:
        if (m_agent.isEmpty())
            return false; // nobody signed in: nothing is mine
        filter->assignee = m_agent;
        break;
    case Filter::Unassigned:
        filter->unassigned = true;
        break;
    case Filter::ClosingSoon:
        filter->window = ServiceWindow::State::Closing;
        break;
    case Filter::Closed:
        filter->window = ServiceWindow::State::Closed;
        break;
    }
    return true;
}

bool ConversationListModel::hidesSnoozed() const
{
    return m_filter == Filter::All || m_filter == Filter::Mine || m_filter == Filter::Unassigned;
}

qint64 ConversationListModel::snoozedUntil(const QString& contactKey) const
{
    const qint64 until = m_snoozes.value(contactKey);
    return until > m_clock.nowSecs() ? until : 0;
}

void ConversationListModel::loadSnoozes(const QString& contactKey)
{
    if (contactKey.isEmpty())
        m_snoozes.clear();
    else
        m_snoozes.remove(contactKey);
    QList<ConversationQuery::Snooze> snoozes;
    QString error;
    if (!m_query.snoozes(contactKey, &snoozes, &error))
        return;
    const qint64 now = m_clock.nowSecs();
    for (const ConversationQuery::Snooze& snooze : std::as_const(snoozes)) {
        // Past snoozes hide nothing, nor one already seen to end (the clock was set back since).
        if (snooze.until > now && m_woken.value(snooze.contactKey) != snooze.until)
            m_snoozes.insert(snooze.contactKey, snooze.until);
    }
}

bool ConversationListModel::checkSnoozes()
{
    const qint64 now = m_clock.nowSecs();
    QStringList due;
    for (auto it = m_snoozes.cbegin(); it != m_snoozes.cend(); ++it) {
        if (it.value() <= now)
            due << it.key();
    }
    // A snooze that was ahead when the rows were read is over: its row comes back (or loses its mark).
    for (const QString& key : std::as_const(due)) {
        m_woken.insert(key, m_snoozes.take(key));
        refreshConversation(key);
    }
    return !due.isEmpty();
}

bool ConversationListModel::matches(const ConversationSummary& row) const
{
    if (m_sort == ConversationQuery::ByWindowClosing && row.window.state == ServiceWindow::State::None)
        return false;
    if (hidesSnoozed() && row.status == QLatin1String("snoozed") && snoozedUntil(row.contactKey) > 0)
        return false;
    if (row.status == QLatin1String("campaign"))
        return false; // a campaign's recipient who has not answered: in no queue (ConversationQuery)
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Mine:
        return !m_agent.isEmpty() && row.assignee == m_agent;
    case Filter::Unassigned:
        return row.assignee.isEmpty();
    case Filter::ClosingSoon:
        return row.window.state == ServiceWindow::State::Closing;
    case Filter::Closed:
        return row.window.state == ServiceWindow::State::Closed;
    }
    return true;
}

// The query's order: activity newest first, or closing time soonest first; the key breaks ties.
bool ConversationListModel::sortsBefore(const ConversationSummary& a, const ConversationSummary& b) const
{
    if (m_sort == ConversationQuery::ByActivity) {
        if (a.lastActivityAt != b.lastActivityAt)
            return a.lastActivityAt > b.lastActivityAt;
        return a.contactKey > b.contactKey;
    }
    if (a.window.closesAt != b.window.closesAt)
        return a.window.closesAt < b.window.closesAt;
    return a.contactKey < b.contactKey;
}

void ConversationListModel::reload()
{
    loadSnoozes();
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_pagedRows = 0;
    m_atEnd = true; // nothing to fetch while the reset is announced
    m_fetching = false;
    endResetModel();
    m_atEnd = false;
    if (canFetchMore({}))
        fetchMore({});
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ConversationListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    store::ConversationFilter filter;
    QList<ConversationSummary> page;
    store::ConversationCursor next;
    QString error;
    if (!queryFilter(&filter)) {
        m_atEnd = true;
    } else if (!m_query.page(filter, m_sort, m_cursor, m_pageSize, m_clock.nowSecs(), &page, &next, &error)) {
        m_atEnd = true; // a failing store would fail again on every scroll
        m_fetching = false;
        fail(error);
        return;
    } else {
        m_atEnd = page.size() < m_pageSize;
        m_cursor = next;
    }
    // Rows that refreshConversation() already placed inside the loaded range must not repeat.
    QList<ConversationSummary> fresh;
    for (const ConversationSummary& row : std::as_const(page)) {
        if (rowOfKey(row.contactKey) < 0 && matches(row))
            fresh << row;
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        m_rows << fresh;
        endInsertRows();
    }
    m_pagedRows = int(m_rows.size());
    m_fetching = false;
}

void ConversationListModel::removeRow(int row)
{
    m_removing = true;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_removing = false;
}

void ConversationListModel::refreshConversation(const QString& contactKey)
{
    ConversationSummary row;
    bool found = false;
    QString error;
    QStringList merged;
    loadSnoozes(contactKey);
    if (!m_query.find(contactKey, m_clock.nowSecs(), &row, &found, &error) ||
        (found && !m_query.mergedInto(contactKey, &merged, &error))) {
        fail(error);
        return;
    }
    // A conversation merged into this one, or renamed to it, is gone: so is its row.
    for (const QString& gone : std::as_const(merged)) {
        const int at = rowOfKey(gone);
        if (at >= 0)
            removeRow(at);
    }
    const int current = rowOfKey(contactKey);
    if (!found || !matches(row)) {
        if (current >= 0)
            removeRow(current);
        return;
    }
    // Its place among the other rows, which stay sorted.
    int position = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != current && sortsBefore(m_rows.at(i), row))
            ++position;
    }
    const int others = int(m_rows.size()) - (current >= 0 ? 1 : 0);
    // Past the last loaded row while more pages remain: fetchMore brings it in its turn.
    if (position == others && !m_atEnd) {
        if (current >= 0)
            removeRow(current);
        return;
    }
    if (current < 0) {
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        endInsertRows();
        trimToPagedRows();
        return;
    }
    if (position != current) {
        beginMoveRows({}, current, current, {}, position < current ? position : position + 1);
        m_rows.move(current, position);
        endMoveRows();
    }
    m_rows[position] = row;
    emit dataChanged(index(position), index(position));
}

void ConversationListModel::trimToPagedRows()
{
    if (m_atEnd || m_pagedRows <= 0 || m_rows.size() <= m_pagedRows)
        return;
    m_removing = true;
    beginRemoveRows({}, m_pagedRows, int(m_rows.size()) - 1);
    m_rows.resize(m_pagedRows);
    endRemoveRows();
    m_removing = false;
    m_cursor = store::ConversationQuery::cursorAt(m_rows.last(), m_sort);
}

int ConversationListModel::rowOfKey(const QString& contactKey) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).contactKey == contactKey)
            return i;
    }
    return -1;
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ConversationListModel::preview(const ConversationSummary& row) const
{
    if (row.lastDeleted)
        return tr("This message was deleted");
    QString text = row.lastText.simplified();
    const QString& type = row.lastType;
    QString own = MessageDetails::oneLine(type, row.lastText, row.lastDetails);
    if (!own.isEmpty())
        return own; // a place, contact cards, an order, a reply: in a line of their own
    QString kind;
    if (type == QLatin1String("image"))
        kind = tr("Photo");
    else if (type == QLatin1String("video"))
        kind = tr("Video");
    else if (type == QLatin1String("audio"))
        kind = tr("Voice message");
    else if (type == QLatin1String("document"))
        kind = tr("Document");
    else if (type == QLatin1String("sticker"))
        kind = tr("Sticker");
    else if (type == QLatin1String("location"))
        kind = tr("Location");
    else if (type == QLatin1String("contacts"))
        kind = tr("Contact card");
    else if (type == QLatin1String("reaction"))
        kind = tr("Reaction");
    else if (type == QLatin1String("media_placeholder"))
        kind = tr("Media");
    else if (type == QLatin1String("unsupported"))
        kind = tr("Unsupported message");
    else if (type == QLatin1String("merge"))
        return tr("Conversations merged"); // the body is a conversation key, not for reading
    if (kind.isEmpty())
        return text;
    return text.isEmpty() ? kind : kind + QStringLiteral(" · ") + text;
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary& row = m_rows.at(index.row());
    const qint64 now = m_clock.nowSecs();
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return CustomerText::name(row);
    case Qt::ToolTipRole:
        return plainToolTip(CustomerText::fullLine(row));
    case NumberRole:
        return CustomerText::number(CustomerFacts::of(row));
    case HandleRole:
        return CustomerText::handle(CustomerFacts::of(row));
    case HasPhoneRole:
        return row.hasPhone();
    case IdentityRole:
        return CustomerText::identityLine(CustomerFacts::of(row));
    case AvatarNameRole:
        return CustomerText::avatarName(CustomerFacts::of(row));
    case Qt::AccessibleTextRole:
        return tr("%1, %n unread, %2", nullptr, row.unread).arg(CustomerText::fullLine(row), preview(row));
    case ContactKeyRole:
        return row.contactKey;
    case PreviewRole:
        return preview(row);
    case UnreadRole:
        return row.unread;
    case AssigneeRole:
        return row.assignee;
    case LabelsRole:
        return row.labels;
    case WindowStateRole:
        return int(ServiceWindow::at(row.lastCustomerAt, now).state);
    case WindowClosesAtRole:
        return row.window.closesAt;
    case WindowChipRole:
        return TimeText::chip(ServiceWindow::at(row.lastCustomerAt, now), now);
    case LastActivityRole:
        return row.lastActivityAt;
    case LastCustomerAtRole:
        return row.lastCustomerAt;
    case StatusRole:
        return row.status;
    case TimeTextRole:
        return TimeText::listStamp(row.lastActivityAt, now);
    case SnoozedUntilRole:
        return row.status == QLatin1String("snoozed") ? snoozedUntil(row.contactKey) : qint64(0);
    case StatusTextRole:
        if (row.status == QLatin1String("pending"))
            return tr("Pending");
        if (row.status == QLatin1String("resolved"))
            return tr("Resolved");
        if (row.status == QLatin1String("snoozed")) {
            const qint64 until = snoozedUntil(row.contactKey);
            if (until <= 0)
                return tr("Snooze over");
            return tr("Snoozed until %1")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(until), QLocale::ShortFormat));
        }
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ContactKeyRole, "contactKey"},
                  {DisplayNameRole, "displayName"},
                  {NumberRole, "number"},
                  {PreviewRole, "preview"},
                  {UnreadRole, "unread"},
                  {AssigneeRole, "assignee"},
                  {LabelsRole, "labels"},
                  {WindowStateRole, "windowState"},
                  {WindowClosesAtRole, "windowClosesAt"},
                  {WindowChipRole, "windowChip"},
                  {LastActivityRole, "lastActivity"},
                  {LastCustomerAtRole, "lastCustomerAt"},
                  {StatusRole, "status"},
                  {TimeTextRole, "timeText"},
                  {SnoozedUntilRole, "snoozedUntil"},
                  {StatusTextRole, "statusText"},
                  {HandleRole, "handle"},
                  {HasPhoneRole, "hasPhone"},
                  {IdentityRole, "identity"},
                  {AvatarNameRole, "avatarName"}});
    return names;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ConversationListModel::mimeTypes() const
{
    return {QStringLiteral("application/x-duet-contact-keys")};
}

QMimeData* ConversationListModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList keys;
    for (const QModelIndex& i : indexes) {
        if (i.isValid() && i.model() == this)
            keys << m_rows.at(i.row()).contactKey;
    }
    auto* data = new QMimeData;
    data->setData(mimeTypes().constFirst(), keys.join(QLatin1Char('\n')).toUtf8());
    return data;
}

void ConversationListModel::fail(const QString& error)
{
    m_error = error;
    emit errorOccurred(tr("The inbox could not be read: %1").arg(error));
}

} // namespace duet::ui
