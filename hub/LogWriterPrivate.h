// SPDX-License-Identifier: GPL-3.0-or-later
// What LogWriter's translation units share: the state of one transaction and statement ids.
#pragma once

#include "LogWriter.h"
#include "core/Event.h"

#include <QElapsedTimer>
#include <QVariant>

namespace duet::hub {

/// One open transaction of the writer: the locked head and what has been appended so far.
struct LogWriter::Tx
{
    qint64 atMs = 0;       ///< the commit time every entry carries
    qint64 firstHead = 0;  ///< log_head when the lock was taken
    qint64 head = 0;       ///< the last seq appended
    qint64 lockWaitNs = 0; ///< how long taking the log_head lock took
    QElapsedTimer locked;  ///< started when the lock was taken
    QList<LogEntry> entries;
    QList<QVariantList> pendingLog; ///< log rows numbered, not yet inserted (flushLog())
    QList<EventKind> kinds;         ///< webhook events appended, for the metrics
    int foreignBodies = 0;          ///< bodies with events for another number, for the metrics
    QString error;
};

/// The writer's prepared statements.
enum LogStatement : int {
    LockHead,
    SetHead,
    Notify,
    InsertLog,
    InsertJournal,
    MarkApplied,
    SelectConversation,
    SelectAgent,
    SelectReport,
    SelectSyncRequest,
    SelectReportedMessage,
};

/// Rows per multi-row statement at most: far below SQLite's and PostgreSQL's bound on values, and
/// a bounded number of prepared statements (one per row count).
constexpr int kMaxRowsPerStatement = 100;
/// m_queries ids of multi-row statements: statement id times this, plus the row count.
constexpr int kMultiRowIds = 1000;

} // namespace duet::hub
