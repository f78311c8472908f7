// SPDX-License-Identifier: GPL-3.0-or-later
// Events as the webhook decoder makes them, for tests that fill a store without a webhook body.
#pragma once

#include "core/Event.h"

namespace duet::test {

// Every builder sets phone_number_id "100"; where a builder takes no customer, it is 16505551234.

inline constexpr qint64 kT0 = 1'750'000'000; // seconds; FakeClock's default start

inline Event customerMessage(const QString& wamid, const QString& contact, qint64 ts, const QString& text)
{
    Event e;
    e.kind = EventKind::Message;
    e.phoneNumberId = QStringLiteral("100");
    e.wamid = wamid;
    e.contact = contact;
    e.timestamp = ts;
    e.type = QStringLiteral("text");
    e.text = text;
    e.name = QStringLiteral("Ana");
    return e;
}

inline Event echo(const QString& wamid, const QString& to, qint64 ts, const QString& text)
{
    Event e = customerMessage(wamid, to, ts, text);
    e.kind = EventKind::Echo;
    e.outbound = true;
    e.name = QString();
    return e;
}

inline Event history(const QString& wamid, const QString& contact, qint64 ts, const QString& text, bool outbound,
                     const QString& status = QString())
{
    Event e = customerMessage(wamid, contact, ts, text);
    e.kind = EventKind::History;
    e.outbound = outbound;
    e.name = QString();
    e.historyStatus = status;
    return e;
}

inline Event status(const QString& wamid, const QString& value, qint64 ts, int errorCode = 0)
{
    Event e;
    e.kind = EventKind::Status;
    e.phoneNumberId = QStringLiteral("100");
    e.wamid = wamid;
    e.contact = QStringLiteral("16505551234");
    e.status = value;
    e.timestamp = ts;
    e.errorCode = errorCode;
    if (errorCode != 0)
        e.errorTitle = QStringLiteral("Message failed");
    return e;
}

inline Event related(const QString& type, const QString& wamid, const QString& target, const QString& contact,
                     qint64 ts, bool outbound)
{
    Event e;
    e.kind = outbound ? EventKind::Echo : EventKind::Message;
    e.phoneNumberId = QStringLiteral("100");
    e.wamid = wamid;
    e.contact = contact;
    e.timestamp = ts;
    e.type = type;
    e.targetWamid = target;
    e.outbound = outbound;
    return e;
}

inline Event reaction(const QString& wamid, const QString& target, const QString& emoji, qint64 ts,
                      bool outbound = false)
{
    Event e = related(QStringLiteral("reaction"), wamid, target, QStringLiteral("16505551234"), ts, outbound);
    e.emoji = emoji;
    return e;
}

inline Event edit(const QString& wamid, const QString& target, const QString& text, qint64 ts)
{
    Event e = related(QStringLiteral("edit"), wamid, target, QStringLiteral("16505551234"), ts, false);
    e.text = text;
    return e;
}

inline Event revoke(const QString& wamid, const QString& target, qint64 ts)
{
    return related(QStringLiteral("revoke"), wamid, target, QStringLiteral("16505551234"), ts, false);
}

} // namespace duet::test
