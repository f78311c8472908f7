// SPDX-License-Identifier: GPL-3.0-or-later
// The identifiers a WhatsApp customer may arrive with, told apart and written one way.
#pragma once

#include <QString>

namespace duet {

/// A customer is known by up to four identifiers (docs/IDENTITY.md): a phone number, a
/// business-scoped user id (BSUID, "US.13491208655302741918"), a parent BSUID ("US.ENT.1181…") and
/// a username. Meta may send any of them alone, so each is kept in one canonical spelling here:
/// phones in their contactKey() form, BSUIDs exactly as sent (they are opaque and case matters),
/// usernames without '@' and in lower case (WhatsApp compares them ignoring case).
/// Usage: `const CustomerId id = CustomerId::parse(argument); if (id.kind == CustomerId::Kind::Phone) ...`
struct CustomerId
{
    enum class Kind : quint8 { None, Phone, Bsuid, ParentBsuid, Username };
    Kind kind = Kind::None;
    QString value; ///< canonical spelling (see above)

    /// Reads what a person or a script typed: "+1 (650) 555-1234", "US.1349…", "US.ENT.1181…",
    /// "@pablomorales" or "pablomorales". A string that could be a BSUID or a username
    /// ("ab.cd") reads as a BSUID; lookups try it as a username too (see alternatives()).
    static CustomerId parse(QStringView text);
    /// The same string read as a username, for lookups of ambiguous input; None when it cannot be one.
    static CustomerId asUsername(QStringView text);

    /// "US.ENT.…" (case-insensitive prefix) -> true.
    static bool isParentBsuid(QStringView text);
    /// A two-letter country code, a period, then at least one more character (not a parent BSUID).
    static bool isBsuid(QStringView text);
    /// The ISO 3166 country code a BSUID or parent BSUID starts with ("US"), or null.
    static QString countryOf(QStringView bsuid);
    /// "@PabloMorales" -> "pablomorales".
    static QString normalizedUsername(QStringView username);
    /// Whether a conversation key names a phone number (digits only) rather than a BSUID.
    static bool isPhoneKey(QStringView key);
    /// The conversation key a send address stands for: a BSUID or parent BSUID is its own key, a
    /// phone number its contactKey() (which would strip a BSUID to digits).
    static QString keyOfAddress(QStringView address);

    bool isValid() const { return kind != Kind::None && !value.isEmpty(); }
};

} // namespace duet
