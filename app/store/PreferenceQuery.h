// SPDX-License-Identifier: GPL-3.0-or-later
// What customers asked not to receive: the latest `user_preferences` event per customer.
#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace duet::store {

/// A customer's latest preference for one category of messages.
struct CustomerPreference
{
    QString contactKey;
    QString category; ///< marketing_messages
    QString value;    ///< stop, resume, or another word Meta sent (lower case)
    QString detail;   ///< Meta's description; null when none
    qint64 at = 0;    ///< seconds since the epoch
    bool isStop() const { return value == QLatin1String("stop"); }
};

/// Reads table `customer_preferences` (docs/STORE.md, "Customer preferences").
/// Usage: `QSet<QString> stopped; PreferenceQuery::stoppedMarketing(db, keys, &stopped, &error);`
class PreferenceQuery
{
public:
    static constexpr char kMarketing[] = "marketing_messages";

    /// The customer's latest preference for `category`; *found false when none was received.
    static bool latest(QSqlDatabase db, const QString& contactKey, const QString& category, CustomerPreference* out,
                       bool* found, QString* error);
    /// Of `contactKeys`, those whose latest marketing preference is "stop" (asked in batches, so
    /// thousands of keys cost a few queries). Keys of merged conversations resolve to the
    /// conversation they became.
    static bool stoppedMarketing(QSqlDatabase db, const QStringList& contactKeys, QSet<QString>* stopped,
                                 QString* error);
};

} // namespace duet::store
