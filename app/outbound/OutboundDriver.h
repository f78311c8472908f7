// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the outbox through the window gate and the rate limiter to the Graph API, and back.
#pragma once

#include "cloudapi/ApiError.h"
#include "cloudapi/GraphApiVersion.h"
#include "cloudapi/GraphRequests.h"
#include "core/SendScheduler.h"
#include "outbound/GraphEndpoint.h"
#include "outbound/OutboxStore.h"
#include "outbound/WindowGate.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace duet::outbound {

/// Where and how sends go (the endpoint, GraphEndpoint) and how long they may take.
struct DriverSettings : GraphEndpoint
{
    qint64 requestTimeoutMs = 30'000;      ///< every POST is abandoned (and its send uncertain) after this
    int maxTransientAttempts = 5;          ///< POSTs per send refused by a definite transient error
    qint64 transientBackoffMs = 1'000;     ///< first wait after such a refusal; doubles each time
    qint64 uncertainGraceMs = 15 * 60'000; ///< an uncertain send needs the agent's choice after this
};

/// The result of submitting a send.
struct SubmitResult
{
    qint64 id = 0; ///< the outbox row, 0 when refused
    QString clientId;
    /// Refused before queueing: the window gate's reason, a request problem, or a storage error.
    GateDecision::Reason gateReason = GateDecision::Reason::None;
    cloudapi::RequestProblem problem = cloudapi::RequestProblem::None;
    QString error; ///< agent-facing (translated) reason when refused
    bool isQueued() const { return id != 0; }
};

/// The outbound pipeline of one desktop (docs/ARCHITECTURE.md, "How a Send travels"):
/// submit*() writes the outbox row (after the window gate), the SendScheduler picks what may go,
/// one QTimer wakes it at nextWakeMs(), each send is marked `sending` durably and POSTed to
/// {base}/{version}/{phone_number_id}/messages with a timeout, and the answer moves the row on.
/// Status webhooks (fed by the sync layer through onStatus()) move rows forward and reconcile
/// uncertain ones through biz_opaque_callback_data.
///     OutboundDriver driver(clock, outbox, &gate, settings, schedulerOptions);
///     driver.start();                   // recovers after a crash, re-queues, starts sending
///     driver.submitText(contact, text); // an agent's reply
/// Use it from one thread with an event loop.
class OutboundDriver : public QObject
{
    Q_OBJECT
public:
    /// `gate` may be null (no local window facts: Meta's 131047 is then the only check).
    OutboundDriver(const Clock& clock, OutboxStore& outbox, const WindowGate* gate, DriverSettings settings,
                   SendScheduler::Options schedulerOptions, QObject* parent = nullptr);
    ~OutboundDriver() override;

    /// Recovers what a previous run left: `sending` rows become `uncertain` (never re-sent
    /// blindly), queued rows go back to the limiter in their order. Then starts sending.
    void start();

    // Submitting. Each writes the row (durably) before anything else happens. `contact` is the
    // customer's address as the conversation is keyed: a phone number (sent as `to`) or a
    // business-scoped user ID / parent BSUID (sent as `recipient`). Refusals before the network
    // (the window, a bad address, an authentication template to a BSUID) say why in SubmitResult.
    SubmitResult submitText(const QString& contact, const QString& text, const QString& agent = {},
                            const QString& replyToWamid = {}, const QString& conversation = {});
    /// `text` is the template as the customer reads it (OutboxRow::text), for display only.
    SubmitResult submitTemplate(const QString& contact, const cloudapi::TemplateContent& content,
                                OutboxLane lane = OutboxLane::Live, const QString& agent = {},
                                const QString& conversation = {}, const QString& text = {});
    SubmitResult submitMedia(const QString& contact, const cloudapi::MediaContent& media, const QString& agent = {},
                             const QString& replyToWamid = {}, const QString& conversation = {});
    /// A reaction to `targetWamid` (an empty emoji removes it).
    SubmitResult submitReaction(const QString& contact, const QString& targetWamid, const QString& emoji,
                                const QString& agent = {}, const QString& conversation = {});
    /// Asks the customer to share their phone number: the interactive `request_contact_info`
    /// message with `bodyText` above WhatsApp's "Share Contact Info" button (docs/CLOUDAPI-CONTRACT.md, "Requesting the
    /// phone number"). Gated by the window like free-form text; outside it, send a template with a REQUEST_CONTACT_INFO
    /// button instead. The customer's answer arrives as a contacts message (origin contact_request).
    SubmitResult submitContactRequest(const QString& contact, const QString& bodyText, const QString& agent = {},
                                      const QString& conversation = {});
    /// Any built draft (a retry's copy ...). The gate applies to free-form kinds. A draft with a
    /// dueAtMs ahead of the clock is a scheduled send (see scheduleText()).
    SubmitResult submit(const OutboxDraft& draft);

    // Scheduled sends (docs/OUTBOUND.md): written to the outbox now with their due time, handed to
    // the limiter when it comes (one timer, armed for the earliest), and across restarts. A
    // free-form send is refused now when the customer's window closes before its time
    // (SubmitResult::error says when); when it comes due the window gate checks it again like any
    // send. A template is not gated.
    SubmitResult scheduleText(const QString& contact, const QString& text, qint64 dueAtMs, const QString& agent = {},
                              const QString& conversation = {});
    SubmitResult scheduleTemplate(const QString& contact, const cloudapi::TemplateContent& content, qint64 dueAtMs,
                                  const QString& agent = {}, const QString& conversation = {},
                                  const QString& text = {});
    /// Cancels a scheduled send that has not gone yet (its row becomes `cancelled`).
    bool cancelScheduled(qint64 id);
    /// Sends a scheduled send now, through the window gate and the limiter like any other.
    bool sendScheduledNow(qint64 id);
    /// Moves a scheduled send to another time; refused (false, *error says why) when it has gone
    /// already or, for a free-form send, when the window closes before the new time.
    bool reschedule(qint64 id, qint64 dueAtMs, QString* error = nullptr);
    /// The scheduled sends waiting for their time, soonest first (one contact's, or all).
    QList<OutboxRow> scheduledSends(const QString& contact = {}) const { return m_outbox.scheduledRows(contact); }
    /// When the earliest scheduled send is due (ms), -1 when none waits: the timer is armed for it.
    qint64 nextScheduledAtMs() const { return m_dueAt.empty() ? -1 : m_dueAt.begin()->first; }
    /// What the timer does when it fires: hands over whatever is due at the clock's time. Nothing
    /// needs to call it; tests moving a fake clock do.
    void wake()
    {
        checkAttention();
        pump();
    }
    /// Why a free-form send to `contact` cannot be scheduled for `dueAtMs` (translated), empty
    /// when it can; *reason gets the gate's reason.
    QString scheduleRefusal(const QString& contact, qint64 dueAtMs, GateDecision::Reason* reason = nullptr) const;
    /// Hands already written queued rows to the limiter (bulk jobs write theirs in one go).
    void enqueueRows(const QList<qint64>& ids);
    /// Takes queued rows out of the limiter (not out of the outbox): bulk pause and cancel.
    void withdrawRows(const QList<qint64>& ids);

    /// A status webhook: moves the row forward (never back) and reconciles an uncertain send.
    /// Returns the outcome (id 0 when the status is not about one of this outbox's sends).
    OutboxStore::StatusOutcome onStatus(const QString& callbackClientId, const QString& wamid, const QString& status,
                                        int errorCode);

    /// Uncertain sends older than the grace period: they need the agent's choice.
    QList<OutboxRow> needsAttention() const;
    /// The agent's choice for an uncertain send: send it again (same client id) or drop it.
    bool resendUncertain(qint64 id);
    bool discardUncertain(qint64 id);

    /// The lease: this desktop's share of the number's cap, from the hub.
    void setLeasedRate(double ratePerSec);
    /// The TLS trust of the endpoint (DriverSettings::tls and acceptTlsErrors), learnt with it.
    void setTls(std::optional<QSslConfiguration> configuration,
                std::function<bool(const QList<QSslError>&)> acceptErrors);
    /// A new token after "token refused": sending resumes.
    void setAccessToken(const QByteArray& token);
    /// Where sends go, learnt after construction (the desktop hears it in the hub's welcome):
    /// the Graph base URL, API version, phone number id and token. Rows already written keep
    /// their bodies (they do not name the number); sending resumes if the token was refused.
    void setEndpoint(const QUrl& baseUrl, const QString& apiVersion, const QString& phoneNumberId,
                     const QByteArray& token);
    /// The hub connection's id, named in `X-Duet-Session` on every request (with `X-Duet-Lane`).
    void setSession(const QByteArray& session) { m_settings.session = session; }
    bool isAuthPaused() const { return m_authPaused; }
    /// Holds every send while the number cannot send: Meta disconnected it from the Cloud API
    /// (account_update PARTNER_REMOVED, ACCOUNT_OFFBOARDED, ACCOUNT_DELETED). Rows stay queued in
    /// their order, bulk jobs too, instead of each failing on Meta's refusal; sends already in
    /// flight finish. setHeld(false) (ACCOUNT_RECONNECTED) sends them on. Submitting still works.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    /// Marks the customer's message `inboundWamid` read on WhatsApp (Meta's `status: read`, which
    /// also marks the earlier ones), with Meta's typing indicator when `typing` (shown until the
    /// reply, or for 25 s). Paced by the same limiter as sends, in the live lane, but not stored
    /// in the outbox, never counted as a message and never retried: a refusal or a lost answer is
    /// only reported by receiptFinished(). Returns its limiter id (negative), or 0 when it cannot
    /// go: no endpoint yet, the token refused, the number held, or no message id. (OutboundDriverReceipts.cpp)
    qint64 submitReadReceipt(const QString& contact, const QString& inboundWamid, bool typing = false);
    /// Receipts queued in the limiter or in flight.
    int pendingReceipts() const { return int(m_receipts.size()); }

    SendScheduler& scheduler() { return m_scheduler; }
    OutboxStore& outbox() { return m_outbox; }
    const WindowGate* gate() const { return m_gate; }
    const DriverSettings& settings() const { return m_settings; }
    int inFlightCount() const { return int(m_inFlight.size()); }
    /// When the first send waiting out a transient failure's back-off is due; -1 when none waits.
    qint64 nextRetryAtMs() const { return m_retryAt.empty() ? -1 : m_retryAt.begin()->first; }
    double leasedRate() const { return m_scheduler.leasedRate(); }

signals:
    /// A POST started for this row (for progress and latency figures).
    void requestStarted(qint64 id);
    /// The row moved to a new state.
    void rowChanged(qint64 id, duet::outbound::OutboxState state);
    /// A scheduled send was written, moved, sent early or cancelled: the thread's pending bubbles change.
    void scheduledChanged(const QString& contact);
    /// A free-form send found the window closed (at the gate or from Meta): offer a template.
    void windowClosed(qint64 id, const QString& contact);
    /// The token was refused: every send is on hold until setAccessToken().
    void tokenRefused();
    /// setHeld() changed whether sends wait.
    void heldChanged(bool held);
    /// Some uncertain sends are past the grace period: needsAttention() lists them.
    void attentionNeeded(int count);
    /// The outbox file could not be written: the send was not made.
    void storageFailed(const QString& error);
    /// A read receipt (or typing indicator) left the limiter and Meta answered: accepted or not.
    void receiptFinished(qint64 id, const QString& wamid, bool typing, bool accepted);
    /// What the limiter's lanes hold changed: the hub leases this desktop a rate by it (team mode).
    void demandChanged(int live, int bulk);

private:
    /// A draft to `contact` with a fresh client id (also the request's callback data).
    OutboxDraft draft(const QString& contact, const QString& agent, const QString& conversation) const;
    /// Queues a built request; a request that could not be built is refused with its problem.
    SubmitResult submitBuilt(OutboxDraft draft, const cloudapi::GraphRequest& request);
    void pump();
    void arm();
    void dispatch(qint64 id);
    void dispatchReceipt(qint64 id);
    /// POSTs a built body to the number's /messages with the bearer token, the request timeout
    /// and the relay's headers (`X-Duet-Lane`, `X-Duet-Session`).
    QNetworkReply* postMessage(const QByteArray& body, OutboxLane lane);
    void onReceiptReply(QNetworkReply* reply, qint64 id);
    void onReply(QNetworkReply* reply, qint64 id);
    void settle(qint64 id, OutboxState state);
    void retryLater(qint64 id, int attempts);
    void becomeUncertain(qint64 id);
    void checkAttention();
    SendScheduler::Lane lane(OutboxLane l) const;
    /// The customer a row's address belongs to now (the window source's answer): the pair limiter's key.
    QString customerOf(const QString& contact) const;

    const Clock& m_clock;
    OutboxStore& m_outbox;
    const WindowGate* m_gate;
    DriverSettings m_settings;
    cloudapi::GraphRequestBuilder m_graph;
    SendScheduler m_scheduler;
    QNetworkAccessManager* m_network;
    QTimer m_timer;
    QHash<qint64, QNetworkReply*> m_inFlight;
    struct Pending
    {
        QString contact; ///< the row's address; customerOf() gives the limiter's key
        OutboxLane lane = OutboxLane::Live;
    };
    QHash<qint64, Pending> m_pending;        ///< rows queued in the limiter, waiting for a retry, or in flight
    std::multimap<qint64, qint64> m_retryAt; ///< transient back-off: due time -> row
    std::multimap<qint64, qint64> m_dueAt;   ///< scheduled sends not handed to the limiter yet: due time -> row
    /// Forgets a scheduled row's place in m_dueAt.
    void dropDue(qint64 id);
    QHash<qint64, int> m_transientFailures;
    qint64 m_nextAttentionMs = -1;
    int m_lastAttention = 0;
    bool m_authPaused = false;
    bool m_held = false;
    int m_demandLive = 0; ///< the lanes as demandChanged() last said
    int m_demandBulk = 0;
    bool m_started = false;
    bool m_pumping = false;
    /// Read receipts and typing indicators in the limiter or in flight, by their (negative) limiter id.
    struct Receipt
    {
        QString wamid;
        QByteArray body;
        bool typing = false;
    };
    QHash<qint64, Receipt> m_receipts;
    qint64 m_lastReceiptId = 0;
};

} // namespace duet::outbound
