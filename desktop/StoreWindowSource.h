// SPDX-License-Identifier: GPL-3.0-or-later
// The window gate's facts from the desktop's local store: conversations.last_customer_at.
#pragma once

#include "outbound/WindowGate.h"

#include <QSqlDatabase>

namespace duet::desktop {

/// Reads a contact's latest customer message time from the local store (the replica of the
/// hub's log), so the window gate sees what the thread shows. Echoes and business sends never
/// move last_customer_at (store::EventApplier keeps it to customer messages and history).
/// An address is resolved to its conversation as it stands now (store::CustomerIdentity::
/// currentKey): a BSUID conversation renamed to the phone, or merged into another, still answers.
/// Usage: `StoreWindowSource source(store.connection()); WindowGate gate(clock, source);`
class StoreWindowSource final : public outbound::WindowSource
{
public:
    explicit StoreWindowSource(QSqlDatabase db);
    std::optional<qint64> lastCustomerAt(const QString& contact) const override;
    QString customerKey(const QString& contact) const override;

private:
    QSqlDatabase m_db;
};

} // namespace duet::desktop
