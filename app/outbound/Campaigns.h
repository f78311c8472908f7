// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns: a template to many recipients with their own parameters, now or at a set time.
#pragma once

#include "cloudapi/GraphRequests.h"
#include "outbound/BulkJobs.h"
#include "outbound/CampaignCsv.h"
#include "outbound/MarketingPreferences.h"
#include "outbound/OutboxStore.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace duet {
class Clock;
}

namespace duet::outbound {

class OutboundDriver;

/// A campaign's state: the bulk job's (scheduled, running, paused, cancelled, done).
using CampaignState = OutboxStore::BulkJobState;

/// What a campaign sends and to whom, as the supervisor set it up.
struct CampaignDraft
{
    QString name;
    /// The template (name, language, category). Its components are kept as given (a header's
    /// media, buttons), except the BODY's parameters: each recipient's parameters become the
    /// body's text parameters, in order (a BODY component is added when there is none).
    cloudapi::TemplateContent content;
    /// The template's named body parameters in order ("first_name", "order_id"): each body
    /// parameter then carries its `parameter_name`. Empty: positional ({{1}}, {{2}} ...).
    QStringList parameterNames;
    /// The template's body as the customer reads it, with its placeholders ("Hi {{1}}"). Each
    /// recipient's row shows it with their values filled in.
    QString text;
    QList<CampaignRecipient> recipients; ///< from CampaignCsv::parse(), or fromContacts()
    QString createdBy;                   ///< the supervisor's name
    qint64 scheduledAtMs = 0;            ///< when to start (epoch ms); 0 or a past time: at once
    /// Send a MARKETING template also to customers who stopped marketing messages (Meta refuses
    /// them with 131050; off by default).
    bool includeStoppedMarketing = false;

    /// Recipients without parameters from a plain list of numbers/BSUIDs (invalid ones dropped;
    /// BulkEstimate counts them).
    static QList<CampaignRecipient> fromContacts(const QStringList& contacts);
};

/// A group of a campaign's failed sends with the same Meta error code.
struct CampaignFailure
{
    int code = 0; ///< Meta's error code (131047 for the window gate's refusals); 0: none given
    int count = 0;
    QString reason; ///< OutboxRow::errorReason of the group's first row (reason::k*)
    QString remedy; ///< the untranslated remedy the outbox keeps; translate with context "duet"
    /// A short title for the code, translated (Campaigns::errorTitle()).
    QString title;
};

/// One campaign as the Campaigns view lists it.
struct CampaignInfo
{
    qint64 id = 0;
    QString name;
    QString templateName;
    QString language;
    cloudapi::TemplateCategory category = cloudapi::TemplateCategory::Unspecified;
    QString text; ///< the template as read, with placeholders
    QStringList parameterNames;
    QString createdBy;
    qint64 createdAtMs = 0;
    qint64 scheduledAtMs = 0; ///< 0: started at creation
    qint64 startedAtMs = 0;   ///< 0: not started yet
    qint64 finishedAtMs = 0;  ///< 0: not finished (done or cancelled) yet
    /// Its time passed while Duet was closed (or while it was paused): it started when Duet next
    /// ran, at startedAtMs.
    bool startedLate = false;
    int leftOut = 0; ///< recipients left out at creation (stopped marketing)
    CampaignState state = CampaignState::Running;
    BulkProgress progress;
};

/// Creates, schedules and controls campaigns through an OutboundDriver, over the outbox's bulk
/// jobs (docs/OUTBOUND.md, "Campaigns"). Every recipient's row, with its own body and parameters,
/// is written in one transaction at creation; a scheduled campaign hands none of them to the
/// limiter until its time (one timer on the injected Clock's time wakes it). Rows go in the Bulk
/// lane, behind agents' live replies. Restarts keep everything: call start() after the driver's
/// start(), and campaigns whose time passed while Duet was closed start at once, marked late.
///     Campaigns campaigns(clock, driver);
///     driver.start(); campaigns.start();
///     const BulkEstimate e = campaigns.estimate(draft, prefs);  // show it, then
///     const qint64 id = campaigns.create(draft, prefs, &error);
/// Use it from the driver's thread.
class Campaigns : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTier = 250;        ///< Meta's starting messaging limit
    static constexpr double kCoexistenceCap = 20.0; ///< msg/s, a Coexistence number's fixed cap

    Campaigns(const Clock& clock, OutboundDriver& driver, QObject* parent = nullptr);
    ~Campaigns() override;

    /// Starts campaigns whose time has passed (recording that they started late when their time
    /// was before this call), finishes the ones with nothing left, and arms the timer for the next.
    void start();
    /// Starts the scheduled campaigns whose time has come. The timer calls it (waking at least once
    /// a minute, so a wall-clock jump such as a suspended computer is noticed); so may a caller
    /// that knows the clock moved.
    void checkDue();

    /// The business-initiated tier (unique recipients outside a window per moving 24 h) and where
    /// the figure comes from. `size` <= 0 with TierSource::Meta: unlimited.
    void setTier(int size, TierSource source);

    /// The pre-flight estimate: recipients, duplicates and invalid rows (from the draft's CSV
    /// counts when `csv` is given), the window and tier figures, the time at the cap and at the
    /// lease, the cost category and the recipients who stopped marketing. `preferences` may be null.
    BulkEstimate estimate(const CampaignDraft& draft, const MarketingPreferences* preferences,
                          const CampaignCsvResult* csv = nullptr) const;
    /// Writes the campaign and all its rows (one transaction); starts it now or schedules it.
    /// Returns its id, 0 on failure with *error (translated) saying why: no recipient left, a
    /// template the request builder refuses (an authentication template to a BSUID), a storage
    /// error. `preferences` may be null.
    qint64 create(const CampaignDraft& draft, const MarketingPreferences* preferences, QString* error);

    /// Running or scheduled -> paused: queued rows leave the limiter (sends in flight finish).
    bool pause(qint64 id);
    /// Paused -> running (rows back to the limiter), or -> scheduled when its time is still ahead.
    bool resume(qint64 id);
    /// Cancels the queued rows of a scheduled, running or paused campaign; what was sent stays.
    bool cancel(qint64 id);
    /// Sends every uncertain row again with its client id; a done campaign runs again. Returns how many.
    int resendUncertain(qint64 id);
    /// Moves a scheduled (or paused, not yet started) campaign's time; false otherwise.
    bool reschedule(qint64 id, qint64 scheduledAtMs);

    /// Every campaign, newest first, with its progress.
    QList<CampaignInfo> campaigns() const;
    std::optional<CampaignInfo> campaign(qint64 id) const;
    BulkProgress progress(qint64 id) const;
    /// The failed sends grouped by Meta's error code, largest group first.
    QList<CampaignFailure> failures(qint64 id) const;

    /// The results as CSV: recipient, one column per parameter, state, wamid, error code, error
    /// text, last update (ISO 8601 UTC). RFC 4180, UTF-8 with a byte order mark, CRLF.
    QByteArray exportCsv(qint64 id) const;
    /// Writes exportCsv() to `path` atomically (QSaveFile). False with *error (translated).
    bool exportCsvTo(qint64 id, const QString& path, QString* error) const;

    /// A short, translated title for Meta's error code ("Message undeliverable"); "Error <code>"
    /// for codes Duet has no title for.
    static QString errorTitle(int code);

signals:
    /// A campaign was created, started, paused, resumed, cancelled, finished or rescheduled.
    void campaignChanged(qint64 id);
    /// A scheduled campaign started; `late` when its time passed while Duet was closed.
    void campaignStarted(qint64 id, bool late);
    /// Nothing is left to send or reconcile (or it was cancelled).
    void campaignFinished(qint64 id);

private:
    void startJob(qint64 id, bool late);
    void arm();
    void checkFinished(qint64 id);
    void onRowChanged(qint64 rowId, OutboxState state);

    const Clock& m_clock;
    OutboundDriver& m_driver;
    QTimer m_timer;
    int m_tierSize = kDefaultTier;
    TierSource m_tierSource = TierSource::Default;
    double m_capRate = kCoexistenceCap;
    bool m_started = false;
};

} // namespace duet::outbound
