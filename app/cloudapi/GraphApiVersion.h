// SPDX-License-Identifier: GPL-3.0-or-later
// The one Graph API version every request names unless the hub's config says otherwise.
#pragma once

#include <QString>

namespace duet::cloudapi {

/// The Graph API version Duet is written against (Meta's current version in November 2026; Meta
/// keeps a version about two years). Every Graph path is built from this or from the hub's
/// `[cloudapi] api_version`, which the hub passes to every desktop in its welcome. Nothing else
/// in the source spells a version: tests build their paths from this too.
inline constexpr char kGraphApiVersion[] = "v27.0";

/// kGraphApiVersion as a QString, for settings defaults and paths.
inline QString graphApiVersion()
{
    return QString::fromLatin1(kGraphApiVersion);
}

} // namespace duet::cloudapi
