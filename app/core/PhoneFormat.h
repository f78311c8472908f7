// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers the way people read them, and what is wrong with one an agent typed (libphonenumber).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace duet {

/// Google's libphonenumber behind a small Qt face. It formats numbers for people to read
/// ("16505551234" -> "+1 650-555-1234", "5511987654321" -> "+55 11 98765-4321") and checks
/// numbers agents type. It never decides which conversation a number belongs to: that stays
/// contactKey() (docs/STORE.md), so a number libphonenumber does not know still matches.
/// Usage: `label->setText(PhoneFormat::international(key));`
///        `const PhoneFormat::Check c = PhoneFormat::check(field->text()); if (!c.isValid()) show(c.problemText());`
class PhoneFormat
{
    Q_DECLARE_TR_FUNCTIONS(duet::PhoneFormat)
public:
    /// What is wrong with a typed number.
    enum class Problem {
        None,
        Empty,              ///< nothing typed
        NotANumber,         ///< letters or other characters a number has not
        NoCountryCode,      ///< no leading '+' and the digits do not read as an international number
        InvalidCountryCode, ///< "+999 …": no country has it
        TooShort,           ///< too few digits for the country
        TooLong,            ///< too many digits for the country
        NotInUse,           ///< the right length, but no number of the country is like it
    };

    /// The outcome of check().
    struct Check
    {
        Problem problem = Problem::None;
        QString e164;          ///< "+16505551234" when valid
        QString international; ///< "+1 650-555-1234" when valid
        QString region;        ///< ISO 3166 code of the number's country ("US"), when known
        bool isValid() const { return problem == Problem::None; }
        /// One translated sentence saying what is wrong and how to fix it; null when valid.
        QString problemText() const { return PhoneFormat::problemText(*this); }
    };

    /// The international form people read: "+1 650-555-1234", "+55 11 98765-4321". Takes any
    /// spelling (a wa_id, a conversation key, "+1 (650) 555-1234"); the Brazilian and Mexican
    /// mobile forms are first put in their contactKey() form. A number libphonenumber cannot read
    /// comes back as "+<digits>"; no digits at all gives a null string.
    static QString international(QStringView number);
    /// The ISO 3166 code of the number's country ("US", "BR"); null when unknown.
    static QString regionOf(QStringView number);
    /// Checks a number an agent typed. With a leading '+' (or "00") it is read as international;
    /// without, as a national number of `defaultRegion` when one is given ("US"), else as digits
    /// that already include the country code (a pasted wa_id).
    static Check check(QStringView typed, const QString& defaultRegion = QString());
    /// What is wrong with `check` and how to fix it, in one translated sentence; null when valid.
    static QString problemText(const Check& check);
    /// The country's name as Qt knows it, in English ("United States"); the code itself when unknown.
    static QString countryName(const QString& regionCode);
};

} // namespace duet
