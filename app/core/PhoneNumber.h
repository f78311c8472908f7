// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling-independent handling of WhatsApp phone numbers.
#pragma once

#include <QString>

namespace duet {

/// Phone-number spellings as Duet meets them: wa_ids ("16505551234"), echo recipients as the
/// owner typed them ("+1 650-555-1234"), and +E.164 for sends.
namespace PhoneNumber {
/// The digits of a number, everything else removed: "+1 (650) 555-1234" -> "16505551234".
QString digitsOnly(QStringView number);
/// The +E.164 form the Cloud API asks for on sends: "16505551234" -> "+16505551234".
/// Returns a null string when the number has fewer than 7 or more than 15 digits.
QString toE164(QStringView number);
} // namespace PhoneNumber

} // namespace duet
