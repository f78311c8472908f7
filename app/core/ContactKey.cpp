// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactKey.h"

#include "PhoneNumber.h"

namespace duet {

QString contactKey(QStringView number)
{
    QString digits = PhoneNumber::digitsOnly(number);
    // Brazil: 55 + area code (2 digits, no leading 0) + 8-digit mobile number beginning 6..9.
    if (digits.size() == 12 && digits.startsWith(QLatin1String("55")) && digits.at(2) != QLatin1Char('0')) {
        const QChar first = digits.at(4);
        if (first >= QLatin1Char('6') && first <= QLatin1Char('9'))
            digits.insert(4, QLatin1Char('9'));
    }
    // Mexico: the legacy 521 mobile prefix before 10 national digits.
    if (digits.size() == 13 && digits.startsWith(QLatin1String("521")))
        digits.remove(2, 1);
    return digits;
}

} // namespace duet
