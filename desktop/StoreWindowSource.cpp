// SPDX-License-Identifier: GPL-3.0-or-later
// The window gate's facts from the desktop's local store.
#include "StoreWindowSource.h"

#include "core/CustomerId.h"
#include "store/CustomerIdentity.h"

#include <QSqlQuery>
#include <QVariant>

namespace duet::desktop {

StoreWindowSource::StoreWindowSource(QSqlDatabase db)
    : m_db(db)
{}

QString StoreWindowSource::customerKey(const QString& contact) const
{
    QString key = CustomerId::keyOfAddress(contact);
    QString current;
    if (!store::CustomerIdentity::currentKey(m_db, key, &current, nullptr))
        return key; // the store cannot answer now: the address as it stands
    return current;
}

std::optional<qint64> StoreWindowSource::lastCustomerAt(const QString& contact) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT last_customer_at FROM conversations WHERE contact_key = ?"));
    q.addBindValue(customerKey(contact));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace duet::desktop
