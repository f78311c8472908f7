// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON line form of an Event (docs/EVENTS.md): what `duet-hub decode` prints and the hub logs.
#pragma once

#include "core/Event.h"

#include <QJsonObject>

namespace duet {

/// The event as one JSON object, in the schema of docs/EVENTS.md: `kind` and `phone_number_id`
/// (null when none) always, the kind's own keys always, every other field when it is set.
QJsonObject eventToJson(const Event& event);

/// Reads what eventToJson() wrote back into *event (eventFromJson(eventToJson(e)) == e).
/// False, leaving *event unspecified, when `kind` is missing or unknown or a key has the wrong
/// JSON type. Keys it does not know are ignored.
bool eventFromJson(const QJsonObject& json, Event* event);

/// True when every field of the two events is equal (null and empty strings are told apart).
bool sameEvent(const Event& a, const Event& b);

} // namespace duet
