// SPDX-License-Identifier: GPL-3.0-or-later
#include "Event.h"

#include <array>

namespace duet {
namespace {
constexpr std::array<const char*, 14> kKindNames = {
    "message", "echo",  "history", "status",  "contact",         "history_progress", "history_declined",
    "account", "error", "unknown", "invalid", "identity_change", "template_status",  "preference",
};
} // namespace

QString eventKindName(EventKind kind)
{
    return QString::fromLatin1(kKindNames[static_cast<size_t>(kind)]);
}

bool eventKindFromName(QStringView name, EventKind* kind)
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == QLatin1String(kKindNames[i])) {
            *kind = static_cast<EventKind>(i);
            return true;
        }
    }
    return false;
}

} // namespace duet
