// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's sends still in the outbox as the open thread shows them: their rows, state and buttons.
#include "OutboxTail.h"

#include "core/Clock.h"
#include "outbound/OutboxStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace duet::ui {

using outbound::OutboxRow;
using outbound::OutboxState;
using store::ThreadItem;

namespace {

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

bool OutboxTail::Info::differsFrom(const Info& other) const
{
    return state != other.state || errorCode != other.errorCode || wamid != other.wamid || dueAtMs != other.dueAtMs;
}

bool OutboxTail::setHold(const QString& reason)
{
    if (reason == m_hold)
        return false;
    m_hold = reason;
    return true;
}

QString OutboxTail::keyOf(qint64 id)
{
    return QStringLiteral("outbox:%1").arg(id);
}

OutboxTail::Info OutboxTail::infoOf(const OutboxRow& row)
{
    return Info{row.id, int(row.state), row.errorCode, row.remedy, row.wamid, row.clientId, row.dueAtMs};
}

ThreadItem OutboxTail::itemOf(const OutboxRow& row, const QString& contactKey)
{
    ThreadItem item;
    item.wamid = keyOf(row.id);
    item.contactKey = contactKey;
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

QList<OutboxRow> OutboxTail::liveRows(const QString& contactKey,
                                      const std::function<bool(const OutboxRow&)>& loaded) const
{
    QList<OutboxRow> rows;
    if (m_outbox && m_outbox->isOpen() && !contactKey.isEmpty()) {
        // Only the states a live send waits or stops in; what Meta took is in the store soon.
        const QList<OutboxRow> live =
            m_outbox->liveRowsFor(contactKey, {OutboxState::Queued, OutboxState::Sending, OutboxState::Accepted,
                                               OutboxState::Uncertain, OutboxState::Failed});
        for (const OutboxRow& r : live) {
            if (r.kind == QLatin1String("reaction") || loaded(r))
                continue;
            rows << r;
        }
    }
    std::sort(rows.begin(), rows.end(), [](const OutboxRow& a, const OutboxRow& b) {
        return a.createdAtMs != b.createdAtMs ? a.createdAtMs < b.createdAtMs : a.id < b.id;
    });
    return rows;
}

bool OutboxTail::standsFor(const QString& key, const ThreadItem& item) const
{
    const auto it = m_info.constFind(key);
    if (it == m_info.constEnd())
        return false;
    return (!item.clientId.isEmpty() && it->clientId == item.clientId) ||
           (!it->wamid.isEmpty() && it->wamid == item.wamid);
}

QString OutboxTail::failureText(const QString& key) const
{
    const Info info = m_info.value(key);
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
    if (const qint64 due = scheduledAt(key)) {
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
    if (info.state == int(OutboxState::Queued) && !m_hold.isEmpty())
        return tr("Waiting: %1").arg(m_hold);
    return QString();
}

qint64 OutboxTail::scheduledAt(const Info& info) const
{
    if (!m_outbox)
        return 0;
    return info.state == int(OutboxState::Queued) && info.dueAtMs > m_outbox->clock().nowMs() ? info.dueAtMs : 0;
}

QStringList OutboxTail::actions(const QString& key) const
{
    const int state = m_info.value(key).state;
    if (state == int(OutboxState::Failed))
        return {QStringLiteral("retry")};
    if (state == int(OutboxState::Uncertain))
        return {QStringLiteral("resend"), QStringLiteral("discard")};
    if (scheduledAt(key) > 0)
        return {QStringLiteral("send_now"), QStringLiteral("reschedule"), QStringLiteral("cancel_scheduled")};
    return {};
}

} // namespace duet::ui
