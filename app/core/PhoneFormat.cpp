// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneFormat.h"

#include "ContactKey.h"
#include "PhoneNumber.h"

#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

namespace duet {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

/// libphonenumber's one instance (it owns its metadata; the library hands out the same pointer).
const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

/// Parses "+<digits>" (an international number); false when libphonenumber cannot.
bool parseInternational(const QString& digits, LibNumber* number)
{
    if (digits.isEmpty())
        return false;
    const std::string text = QString(QLatin1Char('+') + digits).toStdString();
    return util().Parse(text, "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString formatted(const LibNumber& number, PhoneNumberUtil::PhoneNumberFormat format)
{
    std::string out;
    util().Format(number, format, &out);
    return QString::fromStdString(out);
}

QString regionCode(const LibNumber& number)
{
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    if (region.empty() || region == "ZZ" || region == "001")
        util().GetRegionCodeForCountryCode(number.country_code(), &region);
    return region == "ZZ" || region == "001" ? QString() : QString::fromStdString(region);
}

/// Only what people put in phone numbers: digits, '+', spaces, dashes, dots, brackets, slashes.
bool looksLikeANumber(QStringView text)
{
    for (QChar c : text) {
        if (!(c.isDigit() || c.isSpace() || QStringView(u"+-.()/").contains(c) || c == QChar(0x2010) ||
              c == QChar(0x2011) || c == QChar(0x2013) || c == QChar(0x00A0)))
            return false;
    }
    return true;
}

} // namespace

QString PhoneFormat::international(QStringView number)
{
    const QString digits = PhoneNumber::digitsOnly(number);
    if (digits.isEmpty())
        return {};
    const QString key = contactKey(digits);
    LibNumber parsed;
    if (!parseInternational(key, &parsed))
        return QLatin1Char('+') + key;
    return formatted(parsed, PhoneNumberUtil::INTERNATIONAL);
}

QString PhoneFormat::regionOf(QStringView number)
{
    LibNumber parsed;
    if (!parseInternational(contactKey(PhoneNumber::digitsOnly(number)), &parsed))
        return {};
    return regionCode(parsed);
}

QString PhoneFormat::countryName(const QString& regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    return territory == QLocale::AnyTerritory ? regionCode : QLocale::territoryToString(territory);
}

PhoneFormat::Check PhoneFormat::check(QStringView typed, const QString& defaultRegion)
{
    Check c;
    const QStringView text = typed.trimmed();
    const QString digits = PhoneNumber::digitsOnly(text);
    if (text.isEmpty()) {
        c.problem = Problem::Empty;
        return c;
    }
    if (!looksLikeANumber(text) || digits.isEmpty()) {
        c.problem = Problem::NotANumber;
        return c;
    }
    LibNumber number;
    PhoneNumberUtil::ErrorType error = PhoneNumberUtil::NO_PARSING_ERROR;
    if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1String("00"))) {
        const QString international = text.startsWith(QLatin1Char('+')) ? digits : digits.mid(2);
        error = util().Parse(QString(QLatin1Char('+') + international).toStdString(), "ZZ", &number);
    } else if (!defaultRegion.isEmpty()) {
        error = util().Parse(text.toString().toStdString(), defaultRegion.toUpper().toStdString(), &number);
    } else {
        // No '+': the digits must already start with a country code (a pasted wa_id).
        error = util().Parse(QString(QLatin1Char('+') + digits).toStdString(), "ZZ", &number);
        if (error != PhoneNumberUtil::NO_PARSING_ERROR || !util().IsValidNumber(number)) {
            c.problem = Problem::NoCountryCode;
            return c;
        }
    }
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        c.problem = Problem::InvalidCountryCode;
        return c;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        c.problem = Problem::TooShort;
        return c;
    case PhoneNumberUtil::TOO_LONG_NSN:
        c.problem = Problem::TooLong;
        return c;
    case PhoneNumberUtil::NOT_A_NUMBER:
        c.problem = Problem::NotANumber;
        return c;
    }
    c.region = regionCode(number);
    if (!util().IsValidNumber(number)) {
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            c.problem = Problem::InvalidCountryCode;
            break;
        case PhoneNumberUtil::TOO_SHORT:
            c.problem = Problem::TooShort;
            break;
        case PhoneNumberUtil::TOO_LONG:
            c.problem = Problem::TooLong;
            break;
        case PhoneNumberUtil::IS_POSSIBLE:
        case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        case PhoneNumberUtil::INVALID_LENGTH:
            c.problem = Problem::NotInUse;
            break;
        }
        return c;
    }
    c.e164 = formatted(number, PhoneNumberUtil::E164);
    c.international = formatted(number, PhoneNumberUtil::INTERNATIONAL);
    return c;
}

QString PhoneFormat::problemText(const Check& check)
{
    const QString country = check.region.isEmpty() ? QString() : countryName(check.region);
    switch (check.problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("Type the customer's phone number, starting with + and the country code.");
    case Problem::NotANumber:
        return tr("A phone number has only digits, spaces, dashes and brackets, after an optional +.");
    case Problem::NoCountryCode:
        return tr("Add the country code: start with + (for example +1 650 555 1234).");
    case Problem::InvalidCountryCode:
        return tr("No country has this code. Check the digits after the +.");
    case Problem::TooShort:
        return country.isEmpty() ? tr("This number is too short.")
                                 : tr("This number is too short for %1.").arg(country);
    case Problem::TooLong:
        return country.isEmpty() ? tr("This number is too long.") : tr("This number is too long for %1.").arg(country);
    case Problem::NotInUse:
        return country.isEmpty() ? tr("No phone number is like this one. Check the digits.")
                                 : tr("No phone number in %1 is like this one. Check the digits.").arg(country);
    }
    return {};
}

} // namespace duet
