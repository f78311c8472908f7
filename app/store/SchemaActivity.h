// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's running totals: tables and triggers that keep per-hour counts as messages arrive.
#pragma once

#include "Database.h"

#include <QStringList>

namespace duet::store {

/// The tables, indexes and triggers of the dashboard's running totals (docs/STORE.md,
/// "Dashboard totals"), the same in the fresh schema and in the migration that adds them.
QStringList activitySchema(Backend backend);
/// Fills the totals from the messages a store already holds (the migration runs it once).
QStringList activityBackfill();

} // namespace duet::store
