// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

namespace duet::PhoneNumber {

QString digitsOnly(QStringView number)
{
    QString out;
    out.reserve(number.size());
    for (QChar c : number) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

QString toE164(QStringView number)
{
    const QString digits = digitsOnly(number);
    if (digits.size() < 7 || digits.size() > 15)
        return {};
    return QLatin1Char('+') + digits;
}

} // namespace duet::PhoneNumber
