// SPDX-License-Identifier: GPL-3.0-or-later
// A large, realistic inbox written straight into a store, for the ui benchmark.
#pragma once

#include <QString>
#include <QtGlobal>

namespace duet::bench {

/// What to generate.
struct UiStoreShape
{
    int conversations = 100'000;
    qint64 messages = 2'000'000;
    int bigThread = 50'000; ///< messages of the one very long thread
    int bigThreadRank = 3;  ///< its place in the list by last activity (0: the newest)
    qint64 now = 0;         ///< seconds; the newest activity is a little before it
};

/// The generated store's landmarks.
struct UiStoreInfo
{
    QString bigThreadKey;
    qint64 messages = 0;
    qint64 reactions = 0;
    double seconds = 0;
};

/// Creates the store's schema through store::Store, then fills it with plain INSERTs in one
/// transaction (no journal while filling; WAL again afterwards): conversations with a skewed
/// number of messages, realistic text lengths, customer, agent, phone-app and history messages,
/// delivery statuses and some failures, replies, edits, deletions, media, reactions, labels,
/// assignees and unread counts, prices on agents' sends. Rows are written in key order, so the indexes grow
/// at their ends; the dashboard's running totals are computed from them at the end.
/// Usage: `UiStoreInfo info; if (!generateUiStore(path, shape, &info, &error)) ...`
bool generateUiStore(const QString& path, const UiStoreShape& shape, UiStoreInfo* info, QString* error);

/// The contact key of the conversation at `index` (0-based) of a generated store.
QString uiStoreContactKey(int index);

} // namespace duet::bench
