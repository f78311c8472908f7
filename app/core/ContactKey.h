// SPDX-License-Identifier: GPL-3.0-or-later
// The matching rule that makes one customer one conversation, however their number is written.
#pragma once

#include <QString>

namespace duet {

/// The key of a customer: the same for every spelling of one WhatsApp number that Duet meets
/// (a wa_id, an echo's `to` as the owner typed it, a history thread id). Rule (docs/STORE.md):
///  1. keep the digits only ('+', spaces, dashes, brackets, dots dropped);
///  2. Brazil: 55 + a 2-digit area code + an 8-digit mobile number starting 6-9 (the form a wa_id
///     may carry) gains the mobile ninth digit: 55 AA 9XXXXXXXX, the form people type;
///  3. Mexico: the legacy mobile prefix 521 + 10 digits drops its 1: 52 + 10 digits.
/// Usage: `if (contactKey(echo.contact) == contactKey(message.contact)) ...`
QString contactKey(QStringView number);

} // namespace duet
