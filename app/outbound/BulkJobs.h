// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk sends: one template to a list or a label of contacts, with an estimate, progress and control.
#pragma once

#include "cloudapi/GraphRequests.h"
#include "outbound/OutboxStore.h"

#include <QStringList>
#include <QtGlobal>

namespace duet::outbound {

class OutboundDriver;

/// Where the contacts of a label come from (the desktop: its local store).
class ContactProvider
{
public:
    virtual ~ContactProvider() = default;
    /// The contacts that carry `label`: their conversation keys (phone numbers or BSUIDs).
    virtual QStringList contactsWithLabel(const QString& label) const = 0;
};

/// Where the business-initiated tier figure comes from.
enum class TierSource : quint8 {
    Default, ///< nobody said: Duet assumes 250, Meta's starting tier
    Setting, ///< the supervisor set it
    Meta,    ///< the number's messaging limit as the Graph API reported it
};

/// The pre-flight estimate of a bulk send or a campaign.
struct BulkEstimate
{
    int recipients = 0;   ///< distinct, valid numbers that will get the template
    int duplicates = 0;   ///< numbers listed more than once (sent once)
    int invalid = 0;      ///< entries that are not a phone number (not sent)
    int closedWindow = 0; ///< recipients whose window is closed or none: they count against the tier
    int tierSize = 0;     ///< the business-initiated tier (unique recipients per moving 24 h)
    double tierShare = 0; ///< closedWindow / tierSize
    bool exceedsTier = false;
    double ratePerSec = 0; ///< the rate the estimate assumes (the limiter's rate in force)
    int queuedAhead = 0;   ///< bulk sends already waiting before this job
    double minutes = 0;    ///< (queuedAhead + recipients) at ratePerSec

    // Campaign figures (Campaigns::estimate(); BulkJobs::estimate() fills what it knows).
    TierSource tierSource = TierSource::Setting; ///< where tierSize comes from
    bool tierUnlimited = false;                  ///< Meta says the number has no messaging limit
    int openWindow = 0;                          ///< recipients inside an open service window
    double capRatePerSec = 0;                    ///< the number's cap (Coexistence: 20 msg/s); 0 when unknown
    double minutesAtCap = 0;                     ///< (queuedAhead + recipients) at capRatePerSec; -1 when unknown
    /// The lease is smaller than the cap: the send takes `minutes`, not `minutesAtCap`.
    bool leaseBelowCap() const { return capRatePerSec > 0 && ratePerSec < capRatePerSec; }
    cloudapi::TemplateCategory category = cloudapi::TemplateCategory::Unspecified;
    /// Recipients the send is expected to be billed for: every delivered one for MARKETING and
    /// AUTHENTICATION, those outside an open window for UTILITY; every one when the category is unknown.
    int billable = 0;
    /// Recipients who stopped marketing messages (MarketingPreferences). For a MARKETING template
    /// they are left out unless the draft includes them (Meta would refuse them with 131050).
    QStringList stoppedMarketing;
    bool stoppedMarketingLeftOut = false; ///< whether `stoppedMarketing` is left out of `recipients`
};

/// A bulk job's progress: counts per outbox state, and its own state.
struct BulkProgress
{
    int total = 0;
    int queued = 0, sending = 0, accepted = 0, sent = 0, delivered = 0, read = 0;
    int failed = 0, uncertain = 0, discarded = 0, cancelled = 0;
    OutboxStore::BulkJobState state = OutboxStore::BulkJobState::Running;
    /// Nothing left to send or to reconcile.
    bool isDone() const { return queued == 0 && sending == 0 && uncertain == 0; }
    /// Sends whose outcome is unknown: the job's "needs attention" count (see resendUncertain()).
    int needsAttention() const { return uncertain; }
    /// A job's progress as the outbox counts its rows, in `state`.
    static BulkProgress of(const OutboxStore& outbox, qint64 job, OutboxStore::BulkJobState state);
};

/// Creates and controls bulk template sends through an OutboundDriver. Every recipient's row is
/// written in one transaction before any of them is handed to the limiter; the rows go in the
/// Bulk lane, behind agents' live replies.
///     BulkJobs bulk(driver, settings.tierSize);
///     const BulkEstimate e = bulk.estimate(contacts);   // show it, then
///     const qint64 job = bulk.create(QStringLiteral("May promo"), content, contacts, agent, &error);
class BulkJobs
{
public:
    /// The driver's window gate tells which recipients count against the tier (without a gate,
    /// all of them do). `tierSize` is the business-initiated tier, a setting.
    BulkJobs(OutboundDriver& driver, int tierSize);

    BulkEstimate estimate(const QStringList& contacts) const;
    /// Queues the template to every distinct valid contact. Returns the job id, 0 on failure
    /// (a template the builder refuses, e.g. an authentication template to a BSUID; no valid
    /// recipient; a storage error: *error says why).
    /// `text` is the template as the customers read it (OutboxRow::text), for display only.
    qint64 create(const QString& name, const cloudapi::TemplateContent& content, const QStringList& contacts,
                  const QString& agent, QString* error, const QString& text = {});
    qint64 createForLabel(const ContactProvider& provider, const QString& label,
                          const cloudapi::TemplateContent& content, const QString& agent, QString* error);

    /// Stops handing the job's queued rows to the limiter (rows in flight finish).
    bool pause(qint64 job);
    bool resume(qint64 job);
    /// Cancels the queued rows; what was sent stays sent. A cancelled job cannot be resumed.
    bool cancel(qint64 job);
    BulkProgress progress(qint64 job) const;
    /// The "needs attention" action: sends every uncertain row of the job again, with the same
    /// client id (a late status still reconciles it). Returns how many. See docs/OUTBOUND.md for when this is the right
    /// choice.
    int resendUncertain(qint64 job);

private:
    OutboundDriver& m_driver;
    int m_tierSize;
};

} // namespace duet::outbound
