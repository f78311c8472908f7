// SPDX-License-Identifier: GPL-3.0-or-later
// Which customers asked the business to stop marketing messages.
#pragma once

#include <QString>

namespace duet::outbound {

/// The customers' marketing choice as the `user_preferences` webhook reports it ("stop" /
/// "resume" marketing messages). Campaign estimates and creation take one (or none): a MARKETING
/// template to a customer who stopped marketing is refused by Meta (131050), so such recipients
/// are left out and listed with the reason.
class MarketingPreferences
{
public:
    virtual ~MarketingPreferences() = default;
    /// `key` is the conversation key: a phone number's contactKey() or a business-scoped user ID.
    virtual bool stoppedMarketing(const QString& key) const = 0;
};

} // namespace duet::outbound
