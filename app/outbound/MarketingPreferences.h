// SPDX-License-Identifier: GPL-3.0-or-later
// Which customers asked the business to stop marketing messages.
#pragma once

#include <QString>
#include <QStringList>

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
    /// Called with every recipient before a campaign's estimate or creation asks about them one
    /// by one: a source may read them all at once and must answer from what is true now.
    virtual void prepare(const QStringList& keys) const { Q_UNUSED(keys) }
};

} // namespace duet::outbound
