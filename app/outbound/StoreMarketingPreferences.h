// SPDX-License-Identifier: GPL-3.0-or-later
// MarketingPreferences answered from the store's `customer_preferences` (user_preferences webhooks).
#pragma once

#include "MarketingPreferences.h"
#include "store/PreferenceQuery.h"

#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

namespace duet::outbound {

/// The customers whose latest marketing preference in the store is "stop". prefetch() reads many
/// keys in a few queries (a campaign's recipients); a key not prefetched is read on its own. A
/// database error answers "not stopped" and is kept in lastError() (Meta then refuses the send
/// itself with error 131050, so nothing is lost).
/// Usage: `StoreMarketingPreferences prefs(db); prefs.prefetch(keys); campaigns.estimate(draft, &prefs);`
class StoreMarketingPreferences : public MarketingPreferences
{
public:
    explicit StoreMarketingPreferences(QSqlDatabase db)
        : m_db(db)
    {}

    /// Reads the preferences of `keys` at once; false with lastError() on a database failure.
    bool prefetch(const QStringList& keys)
    {
        QSet<QString> stopped;
        if (!store::PreferenceQuery::stoppedMarketing(m_db, keys, &stopped, &m_error))
            return false;
        for (const QString& key : keys)
            m_asked.insert(key);
        m_stopped.unite(stopped);
        return true;
    }

    bool stoppedMarketing(const QString& key) const override
    {
        if (!m_asked.contains(key)) {
            QSet<QString> stopped;
            if (!store::PreferenceQuery::stoppedMarketing(m_db, {key}, &stopped, &m_error))
                return false;
            m_asked.insert(key);
            m_stopped.unite(stopped);
        }
        return m_stopped.contains(key);
    }

    /// Forgets what was read before and reads `keys` afresh (a long-lived instance stays current).
    void prepare(const QStringList& keys) const override
    {
        m_asked.clear();
        m_stopped.clear();
        QSet<QString> stopped;
        if (!store::PreferenceQuery::stoppedMarketing(m_db, keys, &stopped, &m_error))
            return; // each key is then asked on its own
        for (const QString& key : keys)
            m_asked.insert(key);
        m_stopped = stopped;
    }

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QSet<QString> m_asked;
    mutable QSet<QString> m_stopped;
    mutable QString m_error;
};

} // namespace duet::outbound
