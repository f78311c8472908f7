// SPDX-License-Identifier: GPL-3.0-or-later
// How a business message's price reads to an agent: its category and whether Meta billed it.
#include "PricingText.h"

#include <QCoreApplication>

namespace duet::ui {
namespace {
class PricingTextTr
{
    Q_DECLARE_TR_FUNCTIONS(PricingText)
};

const QLatin1String kFreeService("free_customer_service");
const QLatin1String kFreeEntryPoint("free_entry_point");
} // namespace

QString PricingText::categoryName(const QString& category)
{
    const QString c = category.toLower();
    if (c.isEmpty())
        return {};
    if (c == QLatin1String("marketing"))
        return PricingTextTr::tr("Marketing");
    if (c == QLatin1String("marketing_lite"))
        return PricingTextTr::tr("Marketing lite");
    if (c == QLatin1String("utility"))
        return PricingTextTr::tr("Utility");
    if (c == QLatin1String("authentication"))
        return PricingTextTr::tr("Authentication");
    if (c == QLatin1String("authentication_international"))
        return PricingTextTr::tr("Authentication (international)");
    if (c == QLatin1String("service"))
        return PricingTextTr::tr("Service");
    if (c == QLatin1String("referral_conversion"))
        return PricingTextTr::tr("Ad entry point");
    QString shown = category;
    shown.replace(QLatin1Char('_'), QLatin1Char(' '));
    shown[0] = shown.at(0).toUpper();
    return shown;
}

int PricingText::billedState(int billable, const QString& type)
{
    if (billable >= 0)
        return billable > 0 ? 1 : 0;
    if (type == kFreeService || type == kFreeEntryPoint)
        return 0;
    if (type == QLatin1String("regular"))
        return 1;
    return -1;
}

QString PricingText::line(const QString& category, const QString& type, int billable)
{
    QString name = categoryName(category);
    const int billed = billedState(billable, type);
    QString cost;
    if (billed > 0)
        cost = PricingTextTr::tr("billable");
    else if (billed == 0 && type == kFreeService)
        cost = PricingTextTr::tr("free (service window)");
    else if (billed == 0 && (type == kFreeEntryPoint || category == QLatin1String("referral_conversion")))
        cost = PricingTextTr::tr("free (ad entry point, 72 h)");
    else if (billed == 0)
        cost = PricingTextTr::tr("free");
    if (name.isEmpty())
        return cost;
    if (cost.isEmpty())
        return name;
    return name + QStringLiteral(" · ") + cost;
}

QString PricingText::toolTip(const QString& category, const QString& type, int billable)
{
    if (line(category, type, billable).isEmpty())
        return {};
    const QString c = category.toLower();
    QString what;
    if (c == QLatin1String("marketing") || c == QLatin1String("marketing_lite"))
        what = PricingTextTr::tr("Meta counted this message as marketing: offers, announcements, invitations.");
    else if (c == QLatin1String("utility"))
        what = PricingTextTr::tr("Meta counted this message as utility: an update about something the customer "
                                 "asked for or bought.");
    else if (c.startsWith(QLatin1String("authentication")))
        what = PricingTextTr::tr("Meta counted this message as authentication: a one-time code.");
    else if (c == QLatin1String("service"))
        what = PricingTextTr::tr("Meta counted this message as service: a reply inside the customer's 24-hour "
                                 "window.");
    else if (c == QLatin1String("referral_conversion"))
        what = PricingTextTr::tr("The customer came from a click-to-WhatsApp ad or a Page button.");
    const int billed = billedState(billable, type);
    QString why;
    if (billed > 0)
        why = PricingTextTr::tr("Meta bills this message at its category's rate.");
    else if (billed == 0 && type == kFreeService)
        why = PricingTextTr::tr("Free: sent while the customer's 24-hour service window was open.");
    else if (billed == 0 && (type == kFreeEntryPoint || c == QLatin1String("referral_conversion")))
        why = PricingTextTr::tr("Free: the customer came from an ad or a Page button and the business answered "
                                "within 24 hours, so every message is free for 72 hours.");
    else if (billed == 0)
        why = PricingTextTr::tr("Free: Meta does not bill this message.");
    else
        why = PricingTextTr::tr("Meta has not said yet whether it bills this message.");
    return what.isEmpty() ? why : what + QLatin1Char('\n') + why;
}

} // namespace duet::ui
