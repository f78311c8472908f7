// SPDX-License-Identifier: GPL-3.0-or-later
// Customer names, numbers and identities as the views show them.
#include "CustomerText.h"

#include "core/CustomerId.h"
#include "core/PhoneFormat.h"
#include "store/ConversationQuery.h"
#include "store/SearchQuery.h"
#include "store/TeamQuery.h"

#include <QTextDocument>

namespace duet::ui {

CustomerFacts CustomerFacts::of(const store::ConversationSummary& s)
{
    return {s.contactKey, s.bookName, s.profileName, s.username, s.userId, s.parentUserId, s.waId};
}

CustomerFacts CustomerFacts::of(const store::ContactMatch& m)
{
    return {m.contactKey, m.bookName, m.profileName, m.username, m.userId, m.parentUserId, m.waId};
}

CustomerFacts CustomerFacts::of(const store::ClosingConversation& c)
{
    return {c.contactKey, c.bookName, c.profileName, c.username, c.userId, c.parentUserId};
}

bool CustomerFacts::hasPhone() const
{
    return CustomerId::isPhoneKey(contactKey) || !waId.isEmpty();
}

QString CustomerFacts::phone() const
{
    return !waId.isEmpty() ? waId : CustomerId::isPhoneKey(contactKey) ? contactKey : QString();
}

QString CustomerText::notShared()
{
    return tr("phone number not shared");
}

QString CustomerText::handle(const CustomerFacts& c)
{
    return c.username.isEmpty() ? QString() : QLatin1Char('@') + c.username;
}

QString CustomerText::country(const CustomerFacts& c)
{
    QString region = c.hasPhone() ? PhoneFormat::regionOf(c.phone()) : QString();
    if (region.isEmpty())
        region = CustomerId::countryOf(!c.userId.isEmpty() ? c.userId : c.parentUserId);
    if (region.isEmpty())
        region = CustomerId::countryOf(c.contactKey);
    return region.isEmpty() ? QString() : PhoneFormat::countryName(region);
}

QString CustomerText::name(const CustomerFacts& c)
{
    if (!c.bookName.isEmpty())
        return c.bookName;
    if (!c.profileName.isEmpty())
        return c.profileName;
    if (!c.username.isEmpty())
        return handle(c);
    if (c.hasPhone())
        return PhoneFormat::international(c.phone());
    const QString where = country(c);
    return where.isEmpty() ? tr("Customer without a shared number") : tr("Customer in %1").arg(where);
}

QString CustomerText::avatarName(const CustomerFacts& c)
{
    if (!c.bookName.isEmpty())
        return c.bookName;
    if (!c.profileName.isEmpty())
        return c.profileName;
    return handle(c);
}

QString CustomerText::name(const store::ConversationSummary& s)
{
    if (s.displayName.isEmpty() || (s.displayName == s.contactKey && !s.hasPhone()))
        return name(CustomerFacts::of(s));
    return s.displayName;
}

QString CustomerText::number(const CustomerFacts& c)
{
    return c.hasPhone() ? PhoneFormat::international(c.phone()) : notShared();
}

QString CustomerText::identityLine(const CustomerFacts& c, bool withCountry)
{
    const QString shownName = name(c);
    if (c.hasPhone()) {
        const QString phone = PhoneFormat::international(c.phone());
        // A username next to a known number still helps people find each other in WhatsApp.
        QString at = handle(c);
        if (phone == shownName)
            return at;
        return at.isEmpty() || at == shownName ? phone : phone + QStringLiteral(" · ") + at;
    }
    QStringList parts;
    const QString at = handle(c);
    if (!at.isEmpty() && at != shownName)
        parts << at;
    parts << notShared();
    const QString where = withCountry ? country(c) : QString();
    if (!where.isEmpty() && !shownName.contains(where))
        parts << where;
    return parts.join(QStringLiteral(" · "));
}

QString CustomerText::fullLine(const CustomerFacts& c)
{
    const QString line = identityLine(c);
    return line.isEmpty() ? name(c) : name(c) + QStringLiteral(" · ") + line;
}

QString CustomerText::fullLine(const store::ConversationSummary& s)
{
    const QString line = identityLine(CustomerFacts::of(s));
    return line.isEmpty() ? name(s) : name(s) + QStringLiteral(" · ") + line;
}

QString CustomerText::mergedRow(const QString& mergedKey, const CustomerFacts& survivor)
{
    QString who;
    if (CustomerId::isPhoneKey(mergedKey)) {
        who = PhoneFormat::international(mergedKey);
    } else if (!survivor.username.isEmpty()) {
        who = handle(survivor);
    } else if (!survivor.bookName.isEmpty() || !survivor.profileName.isEmpty()) {
        who = name(survivor);
    } else {
        CustomerFacts merged;
        merged.contactKey = mergedKey;
        who = name(merged);
    }
    return tr("Merged with the conversation of %1").arg(who);
}

QString plainToolTip(const QString& text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace duet::ui
