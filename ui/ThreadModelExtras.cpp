// SPDX-License-Identifier: GPL-3.0-or-later
// The thread model's other rows: private notes merged in by time, the outbox tail, media files.
#include "ThreadModel.h"
#include "outbound/OutboxStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace duet::ui {

using outbound::OutboxRow;
using outbound::OutboxState;
using store::ThreadItem;

namespace {

constexpr int kThumbnailMax = 260; // pixels, either side

QString noteKey(qint64 seq)
{
    return QStringLiteral("note:%1").arg(seq);
}

QString outboxKey(qint64 id)
{
    return QStringLiteral("outbox:%1").arg(id);
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

QString statusOfState(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
    case OutboxState::Sending:
    case OutboxState::Uncertain:
        return QStringLiteral("pending");
    case OutboxState::Accepted:
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Read:
        return QStringLiteral("read");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Discarded:
    case OutboxState::Cancelled:
        break;
    }
    return QString();
}

} // namespace

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
    m_outbox = outbox;
    syncOutbox();
}

void ThreadModel::outboxChanged()
{
    syncOutbox();
}

void ThreadModel::setOutboxHold(const QString& reason)
{
    if (reason == m_outboxHold)
        return;
    m_outboxHold = reason;
    for (int row = m_messageCount; row < m_items.size(); ++row) {
        if (m_kinds.at(row) == Kind::Outbox)
            emit dataChanged(index(row), index(row));
    }
}

void ThreadModel::setMediaCache(const QString& dir)
{
    m_mediaCache = dir;
    m_mediaFiles.clear();
    m_thumbSizes.clear();
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}

void ThreadModel::mediaDownloaded(const QString& mediaId)
{
    m_mediaFiles.remove(mediaId);
    m_thumbSizes.remove(mediaId);
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).mediaId == mediaId)
            emit dataChanged(index(row), index(row));
    }
}

QString ThreadModel::mediaPath(const ThreadItem& item) const
{
    if (m_mediaCache.isEmpty() || item.mediaId.isEmpty())
        return QString();
    auto it = m_mediaFiles.find(item.mediaId);
    if (it == m_mediaFiles.end()) {
        // The id comes from a webhook: never let it name a path outside the cache.
        const bool safe = !item.mediaId.contains(QLatin1Char('/')) && !item.mediaId.contains(QLatin1Char('\\')) &&
                          !item.mediaId.startsWith(QLatin1Char('.'));
        const QString path = QDir(m_mediaCache).filePath(item.mediaId);
        it = m_mediaFiles.insert(item.mediaId, safe && QFileInfo::exists(path) ? path : QString());
    }
    return *it;
}

QSize ThreadModel::thumbnailSize(const ThreadItem& item) const
{
    if (item.type != QLatin1String("image") && item.type != QLatin1String("sticker"))
        return {};
    const QString path = mediaPath(item);
    if (path.isEmpty())
        return {};
    auto it = m_thumbSizes.find(item.mediaId);
    if (it == m_thumbSizes.end()) {
        QSize size = QImageReader(path).size(); // the header only
        if (size.isValid() && !size.isEmpty()) {
            if (size.width() > kThumbnailMax || size.height() > kThumbnailMax)
                size.scale(kThumbnailMax, kThumbnailMax, Qt::KeepAspectRatio);
            size = size.expandedTo(QSize(24, 24));
        } else {
            size = QSize();
        }
        it = m_thumbSizes.insert(item.mediaId, size);
    }
    return *it;
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
        if (n.atMs / 1000 >= m_notesFromSecs && !m_positions.contains(noteKey(n.seq)))
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
    m_outboxInfo.remove(m_items.at(row).wamid);
    if (m_kinds.at(row) != Kind::Outbox)
        --m_messageCount;
    m_items.removeAt(row);
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
        const OutboxInfo& info = m_outboxInfo[m_items.at(row).wamid];
        if ((!item.clientId.isEmpty() && info.clientId == item.clientId) ||
            (!info.wamid.isEmpty() && info.wamid == item.wamid))
            outboxRow = row;
    }
    int place = m_messageCount;
    while (place > 0 && m_items.at(place - 1).timestamp > item.timestamp)
        --place;
    if (outboxRow >= 0 && outboxRow == place) {
        // The report landed: the store row takes the outbox row's place, in the same row.
        m_positions.remove(m_items.at(outboxRow).wamid);
        m_outboxInfo.remove(m_items.at(outboxRow).wamid);
        m_items[outboxRow] = item;
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

ThreadItem ThreadModel::outboxItem(const OutboxRow& row) const
{
    ThreadItem item;
    item.wamid = outboxKey(row.id);
    item.contactKey = m_contactKey;
    item.origin = QStringLiteral("agent");
    item.outbound = true;
    item.timestamp = row.createdAtMs / 1000;
    item.type = row.kind;
    item.agent = row.agent;
    item.clientId = row.clientId;
    item.status = statusOfState(row.state);
    item.errorCode = row.errorCode;
    const QJsonObject body = QJsonDocument::fromJson(row.body).object();
    item.contextWamid = body.value(QLatin1String("context")).toObject().value(QLatin1String("message_id")).toString();
    if (row.kind == QLatin1String("text")) {
        item.text = body.value(QLatin1String("text")).toObject().value(QLatin1String("body")).toString();
    } else if (row.kind == QLatin1String("template") && !row.text.isEmpty()) {
        item.text = row.text;
    } else if (row.kind == QLatin1String("template")) {
        item.text = tr("Template: %1")
                        .arg(body.value(QLatin1String("template")).toObject().value(QLatin1String("name")).toString());
    } else {
        const QJsonObject media = body.value(row.kind).toObject();
        item.text = media.value(QLatin1String("caption")).toString();
        item.filename = media.value(QLatin1String("filename")).toString();
    }
    return item;
}

void ThreadModel::syncOutbox()
{
    QList<OutboxRow> rows;
    if (m_outbox && m_outbox->isOpen() && !m_contactKey.isEmpty()) {
        // Only the states a live send waits or stops in; what Meta took is in the store soon.
        const QList<OutboxRow> live =
            m_outbox->liveRowsFor(m_contactKey, {OutboxState::Queued, OutboxState::Sending, OutboxState::Accepted,
                                                 OutboxState::Uncertain, OutboxState::Failed});
        for (const OutboxRow& r : live) {
            if (r.kind == QLatin1String("reaction") || m_clientIds.contains(r.clientId) ||
                (!r.wamid.isEmpty() && m_positions.contains(r.wamid)))
                continue;
            rows << r;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const OutboxRow& a, const OutboxRow& b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
    });
    QSet<QString> keep;
    for (const OutboxRow& r : std::as_const(rows))
        keep.insert(outboxKey(r.id));
    for (int row = int(m_items.size()) - 1; row >= m_messageCount; --row) {
        if (!keep.contains(m_items.at(row).wamid))
            removeRowAt(row);
    }
    for (const OutboxRow& r : std::as_const(rows)) {
        const QString key = outboxKey(r.id);
        const OutboxInfo info{r.id, int(r.state), r.errorCode, r.remedy, r.wamid, r.clientId, r.dueAtMs};
        const int existing = rowOfWamid(key);
        if (existing >= 0) {
            const OutboxInfo& before = m_outboxInfo[key];
            if (before.state != info.state || before.errorCode != info.errorCode || before.wamid != info.wamid ||
                before.dueAtMs != info.dueAtMs) {
                m_outboxInfo.insert(key, info);
                m_items[existing] = outboxItem(r);
                emit dataChanged(index(existing), index(existing));
            }
            continue;
        }
        m_outboxInfo.insert(key, info);
        insertRowAt(int(m_items.size()), outboxItem(r), Kind::Outbox);
    }
}

QString ThreadModel::outboxFailureText(int row) const
{
    const OutboxInfo info = m_outboxInfo.value(m_items.at(row).wamid);
    if (info.state == int(OutboxState::Failed)) {
        const QString remedy =
            info.remedy.isEmpty() ? QString() : QCoreApplication::translate("duet", info.remedy.toUtf8().constData());
        if (info.errorCode == 0)
            return tr("Not sent. %1").arg(remedy).trimmed();
        return tr("Not sent (error %1). %2").arg(info.errorCode).arg(remedy).trimmed();
    }
    if (info.state == int(OutboxState::Uncertain))
        return tr("May not have been sent: the connection broke before WhatsApp answered. Resend it, or discard "
                  "it if the customer already has it.");
    if (const qint64 due = scheduledAt(row)) {
        // "🕒 Scheduled for Tue 09:00" (the weekday only when it is not today).
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(due);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_outbox->clock().nowMs());
        const QLocale locale;
        const QString time = locale.toString(at.time(), QLocale::ShortFormat);
        const QString when = at.date() == now.date() ? time
                             : at.date() < now.date().addDays(7)
                                 ? QString(locale.toString(at.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + time)
                                 : locale.toString(at, QLocale::ShortFormat);
        return QStringLiteral("\U0001F552 ") + tr("Scheduled for %1").arg(when);
    }
    if (info.state == int(OutboxState::Queued) && !m_outboxHold.isEmpty())
        return tr("Waiting: %1").arg(m_outboxHold);
    return QString();
}

qint64 ThreadModel::scheduledAt(int row) const
{
    if (m_kinds.at(row) != Kind::Outbox || !m_outbox)
        return 0;
    const OutboxInfo info = m_outboxInfo.value(m_items.at(row).wamid);
    return info.state == int(OutboxState::Queued) && info.dueAtMs > m_outbox->clock().nowMs() ? info.dueAtMs : 0;
}

int ThreadModel::scheduledCount() const
{
    int count = 0;
    for (int row = m_messageCount; row < int(m_items.size()); ++row) {
        if (scheduledAt(row) > 0)
            ++count;
    }
    return count;
}

QStringList ThreadModel::actionsOf(int row) const
{
    if (m_kinds.at(row) != Kind::Outbox)
        return {};
    const int state = m_outboxInfo.value(m_items.at(row).wamid).state;
    if (state == int(OutboxState::Failed))
        return {QStringLiteral("retry")};
    if (state == int(OutboxState::Uncertain))
        return {QStringLiteral("resend"), QStringLiteral("discard")};
    if (scheduledAt(row) > 0)
        return {QStringLiteral("send_now"), QStringLiteral("reschedule"), QStringLiteral("cancel_scheduled")};
    return {};
}

} // namespace duet::ui
