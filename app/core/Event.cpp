// SPDX-License-Identifier: GPL-3.0-or-later
#include "Event.h"

#include "EnumNames.h"

namespace duet {
namespace {
constexpr EnumName<EventKind> kKindNames[] = {
    {EventKind::Message, "message"},
    {EventKind::Echo, "echo"},
    {EventKind::History, "history"},
    {EventKind::Status, "status"},
    {EventKind::Contact, "contact"},
    {EventKind::HistoryProgress, "history_progress"},
    {EventKind::HistoryDeclined, "history_declined"},
    {EventKind::Account, "account"},
    {EventKind::Error, "error"},
    {EventKind::Unknown, "unknown"},
    {EventKind::Invalid, "invalid"},
    {EventKind::IdentityChange, "identity_change"},
    {EventKind::TemplateStatus, "template_status"},
    {EventKind::Preference, "preference"},
};
} // namespace

QString eventKindName(EventKind kind)
{
    return toName(kKindNames, kind);
}

bool eventKindFromName(QStringView name, EventKind* kind)
{
    return fromName(kKindNames, name, kind);
}

} // namespace duet
