// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerId.h"

#include "ContactKey.h"

namespace duet {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isPhoneSpelling(QStringView text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')') && c != QLatin1Char('.') && c != QChar(0x00A0))
            return false;
    }
    return digits > 0;
}

} // namespace

bool CustomerId::isParentBsuid(QStringView text)
{
    return text.size() > 7 && isAsciiLetter(text[0]) && isAsciiLetter(text[1]) &&
           text.mid(2, 5).compare(QLatin1String(".ENT."), Qt::CaseInsensitive) == 0;
}

bool CustomerId::isBsuid(QStringView text)
{
    return text.size() > 3 && isAsciiLetter(text[0]) && isAsciiLetter(text[1]) && text[2] == QLatin1Char('.') &&
           !isParentBsuid(text);
}

QString CustomerId::countryOf(QStringView bsuid)
{
    if (!isBsuid(bsuid) && !isParentBsuid(bsuid))
        return {};
    return bsuid.left(2).toString().toUpper();
}

QString CustomerId::normalizedUsername(QStringView username)
{
    QStringView u = username.trimmed();
    if (u.startsWith(QLatin1Char('@')))
        u = u.mid(1);
    return u.toString().toLower();
}

bool CustomerId::isPhoneKey(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString CustomerId::keyOfAddress(QStringView address)
{
    const QStringView trimmed = address.trimmed();
    return isBsuid(trimmed) || isParentBsuid(trimmed) ? trimmed.toString() : contactKey(trimmed);
}

CustomerId CustomerId::asUsername(QStringView text)
{
    const QString name = normalizedUsername(text);
    if (name.isEmpty())
        return {};
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')))
            return {};
    }
    return {Kind::Username, name};
}

CustomerId CustomerId::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.startsWith(QLatin1Char('@')))
        return asUsername(t);
    if (isParentBsuid(t))
        return {Kind::ParentBsuid, t.toString()};
    if (isBsuid(t))
        return {Kind::Bsuid, t.toString()};
    if (isPhoneSpelling(t))
        return {Kind::Phone, contactKey(t)};
    return asUsername(t);
}

} // namespace duet
