// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageMerge.h"

#include "EnumNames.h"

namespace duet {
namespace {

QString fill(const QString& have, const QString& incoming)
{
    return have.isNull() ? incoming : have;
}

QString prefer(const QString& incoming, const QString& have)
{
    return incoming.isNull() ? have : incoming;
}

} // namespace

bool MessageCopy::operator==(const MessageCopy& o) const
{
    return outbound == o.outbound && origin == o.origin && live == o.live && inHistory == o.inHistory &&
           timestamp == o.timestamp && type == o.type && text == o.text && contextWamid == o.contextWamid &&
           mediaId == o.mediaId && mimeType == o.mimeType && filename == o.filename && voice == o.voice &&
           referral == o.referral;
}

QString originName(Origin origin)
{
    static constexpr EnumName<Origin> kOriginNames[] = {
        {Origin::Customer, "customer"},
        {Origin::App, "app"},
        {Origin::History, "history"},
    };
    return toName(kOriginNames, origin);
}

MessageCopy messageCopyOf(const Event& e)
{
    MessageCopy c;
    c.outbound = e.outbound;
    c.origin = originName(e.origin());
    c.live = e.kind != EventKind::History;
    c.inHistory = e.kind == EventKind::History;
    c.timestamp = e.timestamp;
    c.type = e.type.isEmpty() ? QStringLiteral("unknown") : e.type;
    c.text = e.text;
    c.contextWamid = e.contextWamid;
    c.mediaId = e.mediaId;
    c.mimeType = e.mimeType;
    c.filename = e.filename;
    c.voice = e.voice;
    c.referral = e.referral;
    return c;
}

MessageCopy mergeMessageCopies(const MessageCopy& have, const MessageCopy& in)
{
    MessageCopy out = have;
    const QLatin1String placeholder("media_placeholder");
    if (in.live && !have.live) {
        out.outbound = in.outbound;
        out.origin = in.origin;
        out.live = true;
        out.timestamp = in.timestamp;
        out.type = in.type == placeholder ? have.type : in.type;
        out.text = prefer(in.text, have.text);
        out.contextWamid = prefer(in.contextWamid, have.contextWamid);
        out.mediaId = prefer(in.mediaId, have.mediaId);
        out.mimeType = prefer(in.mimeType, have.mimeType);
        out.filename = prefer(in.filename, have.filename);
    } else {
        if (have.type == placeholder && in.type != placeholder)
            out.type = in.type;
        out.text = fill(have.text, in.text);
        out.contextWamid = fill(have.contextWamid, in.contextWamid);
        out.mediaId = fill(have.mediaId, in.mediaId);
        out.mimeType = fill(have.mimeType, in.mimeType);
        out.filename = fill(have.filename, in.filename);
    }
    out.voice = have.voice || in.voice;
    out.referral = have.referral || in.referral;
    out.inHistory = have.inHistory || in.inHistory;
    return out;
}

int statusRank(QStringView status)
{
    if (status == QLatin1String("pending"))
        return 0;
    if (status == QLatin1String("sent"))
        return 1;
    if (status == QLatin1String("delivered"))
        return 2;
    if (status == QLatin1String("read"))
        return 3;
    if (status == QLatin1String("played"))
        return 4;
    if (status == QLatin1String("failed") || status == QLatin1String("error"))
        return 9;
    return -1;
}

bool isCustomersOwnMessage(const Event& e)
{
    return (e.kind == EventKind::Message || e.kind == EventKind::History) && !e.outbound;
}

QString connectionStateFor(QStringView event)
{
    if (event == QLatin1String("PARTNER_REMOVED"))
        return QStringLiteral("partner_removed");
    if (event == QLatin1String("ACCOUNT_OFFBOARDED"))
        return QStringLiteral("offboarded");
    if (event == QLatin1String("ACCOUNT_DELETED"))
        return QStringLiteral("deleted");
    if (event == QLatin1String("ACCOUNT_RECONNECTED") || event == QLatin1String("PARTNER_ADDED"))
        return QStringLiteral("connected");
    return {};
}

} // namespace duet
