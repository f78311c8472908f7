// SPDX-License-Identifier: GPL-3.0-or-later
// Graph API paths as tests write them: always in the version Duet is built for.
#pragma once

#include "cloudapi/GraphApiVersion.h"

#include <QString>

namespace duet::test {

/// The test number every simulator and fixture uses by default.
inline constexpr char kTestPhoneNumberId[] = "106540352242922";

/// "/{kGraphApiVersion}/" + rest, e.g. graphPath("106540352242922/messages"). Tests spell no
/// version of their own, so a new kGraphApiVersion reaches them all.
inline QString graphPath(const QString& rest)
{
    return QLatin1Char('/') + cloudapi::graphApiVersion() + QLatin1Char('/') + rest;
}

} // namespace duet::test
