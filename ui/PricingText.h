// SPDX-License-Identifier: GPL-3.0-or-later
// How a business message's price reads to an agent: its category and whether Meta billed it.
#pragma once

#include <QString>

namespace duet::ui {

/// Short, translated texts built from what status webhooks said of a message's price
/// (pricing.category, pricing.type, pricing.billable; docs/STORE.md "Pricing"). Pure functions.
namespace PricingText {

/// The category for people: "Marketing", "Utility", "Authentication", "Authentication
/// (international)", "Marketing lite", "Service", "Ad entry point"; other codes as Meta wrote them,
/// capitalised; null for a null or empty code.
QString categoryName(const QString& category);
/// Whether the message was free, from pricing.billable (1, 0, -1 unknown) and pricing.type:
/// billable false, or a free_* type, is free; billable true, or type regular, is billed.
/// -1 while nothing says.
int billedState(int billable, const QString& type);
/// The line under a business message's bubble: "Marketing · billable", "Service · free (service
/// window)", "Utility · free (ad entry point, 72 h)"; null when neither the category nor the
/// billing is known.
QString line(const QString& category, const QString& type, int billable);
/// The line's tooltip: what the category is and why Meta billed it or not; null when line() is.
QString toolTip(const QString& category, const QString& type, int billable);

} // namespace PricingText
} // namespace duet::ui
