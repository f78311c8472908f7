// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the labels of a page of conversations in one statement.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace duet::ui {

/// The labels of many conversations at once, for the list model (ConversationSummary carries
/// none). Labels come back sorted by name.
/// Usage: `ConversationLabels labels(db); QHash<QString, QStringList> byKey = labels.of(keys, &error);`
class ConversationLabels
{
public:
    explicit ConversationLabels(QSqlDatabase db);
    /// False with *error on a database failure; keys without labels are absent from *out.
    bool of(const QStringList& contactKeys, QHash<QString, QStringList>* out, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace duet::ui
