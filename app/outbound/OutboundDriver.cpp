// SPDX-License-Identifier: GPL-3.0-or-later
// The outbound driver: limiter-paced POSTs, outcomes into the outbox, status reconciliation.
#include "OutboundDriver.h"

#include "MediaTransfer.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <algorithm>

namespace duet::outbound {
namespace {

/// The outbox's spelling of a customer's address: a business-scoped user ID exactly as given (it
/// is opaque and any change breaks it), a phone number as its digits.
QString addressKey(const QString& contact)
{
    if (cloudapi::GraphRequestBuilder::isUserIdAddress(contact))
        return contact.trimmed();
    QString out;
    out.reserve(contact.size());
    for (QChar c : contact) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

/// Network failures that prove the request never reached the server.
bool neverLeft(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

QString remedyOf(const cloudapi::ApiError& e)
{
    return QString::fromUtf8(cloudapi::remedySource(e));
}

} // namespace

OutboundDriver::OutboundDriver(const Clock& clock, OutboxStore& outbox, const WindowGate* gate, DriverSettings settings,
                               SendScheduler::Options schedulerOptions, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_outbox(outbox)
    , m_gate(gate)
    , m_settings(std::move(settings))
    , m_graph(m_settings.apiVersion, m_settings.phoneNumberId)
    , m_scheduler(clock, schedulerOptions)
    , m_network(new QNetworkAccessManager(this))
{
    if (m_settings.requestTimeoutMs <= 0)
        m_settings.requestTimeoutMs = DriverSettings().requestTimeoutMs; // a timeout is mandatory
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        checkAttention();
        pump();
    });
}

OutboundDriver::~OutboundDriver()
{
    // Requests still in flight stay `sending` in the outbox: the next start() makes them uncertain.
    for (QNetworkReply* reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
    }
}

QString OutboundDriver::customerOf(const QString& contact) const
{
    return m_gate ? m_gate->customerKey(contact) : contact;
}

SendScheduler::Lane OutboundDriver::lane(OutboxLane l) const
{
    return l == OutboxLane::Bulk ? SendScheduler::Lane::Bulk : SendScheduler::Lane::Live;
}

void OutboundDriver::start()
{
    if (m_started)
        return;
    m_started = true;
    m_outbox.recoverAfterRestart();
    const qint64 now = m_clock.nowMs();
    for (const OutboxRow& r : m_outbox.queuedRows()) {
        if (r.dueAtMs > now) { // a scheduled send: its time has not come
            m_dueAt.emplace(r.dueAtMs, r.id);
            m_pending.insert(r.id, {r.contact, r.lane});
            continue;
        }
        if (m_scheduler.enqueue(r.id, customerOf(r.contact), lane(r.lane)))
            m_pending.insert(r.id, {r.contact, r.lane});
    }
    const QList<OutboxRow> uncertain = m_outbox.rowsInState(OutboxState::Uncertain);
    for (const OutboxRow& r : uncertain) {
        const qint64 due = r.uncertainSinceMs + m_settings.uncertainGraceMs;
        if (m_nextAttentionMs < 0 || due < m_nextAttentionMs)
            m_nextAttentionMs = due;
    }
    pump();
}

OutboxDraft OutboundDriver::draft(const QString& contact, const QString& agent, const QString& conversation) const
{
    OutboxDraft d;
    d.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.contact = addressKey(contact);
    d.conversation = conversation;
    d.agent = agent;
    return d;
}

SubmitResult OutboundDriver::submitBuilt(OutboxDraft draft, const cloudapi::GraphRequest& request)
{
    if (!request.isValid()) {
        SubmitResult out;
        out.problem = request.problem;
        out.error = cloudapi::requestProblemText(request.problem);
        return out;
    }
    draft.kind = request.body.value(QLatin1String("type")).toString();
    draft.body = request.body;
    return submit(draft);
}

SubmitResult OutboundDriver::submitText(const QString& contact, const QString& text, const QString& agent,
                                        const QString& replyToWamid, const QString& conversation)
{
    const OutboxDraft d = draft(contact, agent, conversation);
    return submitBuilt(d, m_graph.text({contact, d.clientId, replyToWamid}, text));
}

SubmitResult OutboundDriver::submitTemplate(const QString& contact, const cloudapi::TemplateContent& content,
                                            OutboxLane lane, const QString& agent, const QString& conversation,
                                            const QString& text)
{
    OutboxDraft d = draft(contact, agent, conversation);
    d.lane = lane;
    d.text = text;
    return submitBuilt(d, m_graph.templateMessage({contact, d.clientId, {}}, content));
}

SubmitResult OutboundDriver::submitMedia(const QString& contact, const cloudapi::MediaContent& media,
                                         const QString& agent, const QString& replyToWamid, const QString& conversation)
{
    const OutboxDraft d = draft(contact, agent, conversation);
    return submitBuilt(d, m_graph.media({contact, d.clientId, replyToWamid}, media));
}

SubmitResult OutboundDriver::submitReaction(const QString& contact, const QString& targetWamid, const QString& emoji,
                                            const QString& agent, const QString& conversation)
{
    const OutboxDraft d = draft(contact, agent, conversation);
    return submitBuilt(d, m_graph.reaction({contact, d.clientId, {}}, targetWamid, emoji));
}

SubmitResult OutboundDriver::submitContactRequest(const QString& contact, const QString& bodyText, const QString& agent,
                                                  const QString& conversation)
{
    OutboxDraft d = draft(contact, agent, conversation);
    d.text = bodyText; // the thread shows what was asked; the body's interactive object says it too
    return submitBuilt(d, m_graph.contactRequest({contact, d.clientId, {}}, bodyText));
}

SubmitResult OutboundDriver::submit(const OutboxDraft& draft)
{
    SubmitResult out;
    out.clientId = draft.clientId;
    const bool scheduled = draft.dueAtMs > m_clock.nowMs();
    if (scheduled) {
        if (draft.isFreeForm()) {
            out.error = scheduleRefusal(draft.contact, draft.dueAtMs, &out.gateReason);
            if (!out.error.isEmpty())
                return out;
        }
        QString error;
        const qint64 id = m_outbox.insert(draft, &error);
        if (id == 0) {
            out.error = tr("The message could not be saved, so it was not scheduled: %1").arg(error);
            emit storageFailed(error);
            return out;
        }
        out.id = id;
        m_dueAt.emplace(draft.dueAtMs, id);
        m_pending.insert(id, {draft.contact, draft.lane});
        arm();
        emit scheduledChanged(draft.contact);
        return out;
    }
    if (m_gate && draft.isFreeForm()) {
        const GateDecision decision = m_gate->check(draft.contact, true);
        if (!decision.isAllowed()) {
            out.gateReason = decision.reason;
            out.error = decision.reasonText();
            return out;
        }
    }
    QString error;
    const qint64 id = m_outbox.insert(draft, &error);
    if (id == 0) {
        out.error = tr("The message could not be saved, so it was not sent: %1").arg(error);
        emit storageFailed(error);
        return out;
    }
    out.id = id;
    if (m_scheduler.enqueue(id, customerOf(draft.contact), lane(draft.lane)))
        m_pending.insert(id, {draft.contact, draft.lane});
    if (m_started)
        pump();
    return out;
}

SubmitResult OutboundDriver::scheduleText(const QString& contact, const QString& text, qint64 dueAtMs,
                                          const QString& agent, const QString& conversation)
{
    OutboxDraft d = draft(contact, agent, conversation);
    d.dueAtMs = dueAtMs;
    return submitBuilt(d, m_graph.text({contact, d.clientId, {}}, text));
}

SubmitResult OutboundDriver::scheduleTemplate(const QString& contact, const cloudapi::TemplateContent& content,
                                              qint64 dueAtMs, const QString& agent, const QString& conversation,
                                              const QString& text)
{
    OutboxDraft d = draft(contact, agent, conversation);
    d.dueAtMs = dueAtMs;
    d.text = text;
    return submitBuilt(d, m_graph.templateMessage({contact, d.clientId, {}}, content));
}

QString OutboundDriver::scheduleRefusal(const QString& contact, qint64 dueAtMs, GateDecision::Reason* reason) const
{
    if (reason)
        *reason = GateDecision::Reason::None;
    if (!m_gate)
        return {};
    GateDecision d;
    d.window = m_gate->window(addressKey(contact));
    // The window must still be open when the send goes: the gate's own rule, at the due time.
    if (d.window.isSendable() && d.window.closesAt * 1000 > dueAtMs)
        return {};
    d.reason = d.window.state == ServiceWindow::State::None ? GateDecision::Reason::NoWindow
                                                            : GateDecision::Reason::WindowClosed;
    if (reason)
        *reason = d.reason;
    if (!d.window.isSendable())
        return d.reasonText(); // closed (or never opened) already
    const QDateTime closes = QDateTime::fromSecsSinceEpoch(d.window.closesAt);
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(dueAtMs);
    const QLocale locale;
    const auto shown = [&](const QDateTime& at) -> QString {
        // The time alone on the day of the clock, else with the weekday ("Tue 09:00").
        QString time = locale.toString(at.time(), QLocale::ShortFormat);
        if (at.date() == QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date())
            return time;
        return locale.toString(at.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + time;
    };
    return tr("The customer's window closes at %1, before %2: schedule a template instead.")
        .arg(shown(closes), shown(due));
}

void OutboundDriver::dropDue(qint64 id)
{
    for (auto it = m_dueAt.begin(); it != m_dueAt.end();)
        it = it->second == id ? m_dueAt.erase(it) : std::next(it);
}

bool OutboundDriver::cancelScheduled(qint64 id)
{
    const std::optional<OutboxRow> r = m_outbox.row(id);
    if (!r || !r->isScheduledAt(m_clock.nowMs()) || !m_outbox.cancelQueuedRow(id))
        return false;
    dropDue(id);
    m_pending.remove(id);
    arm();
    emit rowChanged(id, OutboxState::Cancelled);
    emit scheduledChanged(r->contact);
    return true;
}

bool OutboundDriver::sendScheduledNow(qint64 id)
{
    const std::optional<OutboxRow> r = m_outbox.row(id);
    if (!r || !r->isScheduledAt(m_clock.nowMs()) || !m_outbox.setDueAt(id, m_clock.nowMs()))
        return false;
    dropDue(id);
    m_pending.remove(id);
    emit scheduledChanged(r->contact);
    enqueueRows({id}); // the gate checks a free-form one at dispatch, like any send
    return true;
}

bool OutboundDriver::reschedule(qint64 id, qint64 dueAtMs, QString* error)
{
    const std::optional<OutboxRow> r = m_outbox.row(id);
    if (!r || !r->isScheduledAt(m_clock.nowMs())) {
        if (error)
            *error = tr("This message is no longer waiting to be sent.");
        return false;
    }
    if (dueAtMs <= m_clock.nowMs())
        return sendScheduledNow(id);
    if (r->isFreeForm()) {
        const QString refusal = scheduleRefusal(r->contact, dueAtMs);
        if (!refusal.isEmpty()) {
            if (error)
                *error = refusal;
            return false;
        }
    }
    if (!m_outbox.setDueAt(id, dueAtMs)) {
        if (error)
            *error = m_outbox.lastError();
        return false;
    }
    dropDue(id);
    m_dueAt.emplace(dueAtMs, id);
    arm();
    emit scheduledChanged(r->contact);
    return true;
}

void OutboundDriver::enqueueRows(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const std::optional<OutboxRow> r = m_outbox.row(id);
        if (r && r->state == OutboxState::Queued && m_scheduler.enqueue(id, customerOf(r->contact), lane(r->lane)))
            m_pending.insert(id, {r->contact, r->lane});
    }
    if (m_started)
        pump();
}

void OutboundDriver::withdrawRows(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        m_scheduler.cancel(id);
        m_pending.remove(id);
        dropDue(id);
        for (auto it = m_retryAt.begin(); it != m_retryAt.end();)
            it = it->second == id ? m_retryAt.erase(it) : std::next(it);
    }
    arm();
}

void OutboundDriver::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const qint64 now = m_clock.nowMs();
    // Scheduled sends whose time came join the limiter (the gate checks a free-form one at dispatch).
    while (!m_dueAt.empty() && m_dueAt.begin()->first <= now) {
        const qint64 id = m_dueAt.begin()->second;
        m_dueAt.erase(m_dueAt.begin());
        const std::optional<OutboxRow> r = m_outbox.row(id);
        if (r && r->state == OutboxState::Queued && m_scheduler.enqueue(id, customerOf(r->contact), lane(r->lane))) {
            m_pending.insert(id, {r->contact, r->lane});
            emit scheduledChanged(r->contact);
        } else {
            m_pending.remove(id);
        }
    }
    // A wall clock set back must not stretch a back-off: none waits longer than the longest from now.
    const qint64 longest = std::max<qint64>(1000, m_settings.transientBackoffMs << 10);
    if (!m_retryAt.empty() && std::prev(m_retryAt.end())->first > now + longest) {
        std::multimap<qint64, qint64> clamped;
        for (const auto& [at, id] : m_retryAt)
            clamped.emplace(std::min(at, now + longest), id);
        m_retryAt.swap(clamped);
    }
    while (!m_retryAt.empty() && m_retryAt.begin()->first <= now) {
        const qint64 id = m_retryAt.begin()->second;
        m_retryAt.erase(m_retryAt.begin());
        const auto it = m_pending.constFind(id);
        if (it != m_pending.constEnd())
            m_scheduler.enqueue(id, customerOf(it->contact), lane(it->lane));
    }
    if (m_started && !m_authPaused && !m_held) {
        while (const std::optional<SendScheduler::ItemId> id = m_scheduler.next())
            dispatch(*id);
    }
    m_pumping = false;
    arm();
}

void OutboundDriver::arm()
{
    const int live = m_scheduler.queuedCount(SendScheduler::Lane::Live);
    const int bulk = m_scheduler.queuedCount(SendScheduler::Lane::Bulk);
    if (live != m_demandLive || bulk != m_demandBulk) {
        m_demandLive = live;
        m_demandBulk = bulk;
        emit demandChanged(live, bulk);
    }
    const qint64 now = m_clock.nowMs();
    qint64 wake = -1;
    const auto consider = [&wake](qint64 at) {
        if (at >= 0 && (wake < 0 || at < wake))
            wake = at;
    };
    bool limiter = false;
    if (m_started && !m_authPaused && !m_held) {
        const qint64 at = m_scheduler.nextWakeMs();
        consider(at);
        limiter = at >= 0 && at == wake;
    }
    if (!m_retryAt.empty())
        consider(m_retryAt.begin()->first);
    if (!m_dueAt.empty())
        consider(m_dueAt.begin()->first);
    consider(m_nextAttentionMs);
    if (wake < 0) {
        m_timer.stop();
        return;
    }
    // The limiter works in whole milliseconds of the clock, and a timer that fires even a fraction
    // late lands in the next one: at 20 msg/s that would cost 2 % of the rate. So the timer wakes a
    // millisecond early and the last millisecond is waited out on the event loop (the limiter says
    // "now" once the clock reaches it).
    const qint64 delay = limiter ? wake - now - 1 : wake - now;
    // At least once a minute: a wall clock set forward makes scheduled sends due without their
    // timer knowing; the next wake-up finds them.
    m_timer.start(int(std::clamp<qint64>(delay, 0, 60'000)));
}

void OutboundDriver::dispatch(qint64 id)
{
    if (id < 0) { // a read receipt or typing indicator: not an outbox row
        dispatchReceipt(id);
        return;
    }
    const std::optional<OutboxRow> r = m_outbox.row(id);
    if (!r || r->state != OutboxState::Queued) {
        m_scheduler.onFinished(id);
        m_pending.remove(id);
        return;
    }
    if (r->bulkJob != 0 && m_outbox.bulkJobState(r->bulkJob) != OutboxStore::BulkJobState::Running) {
        m_scheduler.onFinished(id); // paused or cancelled meanwhile; resume() enqueues it again
        m_pending.remove(id);
        return;
    }
    if (m_gate && r->isFreeForm()) {
        const GateDecision decision = m_gate->check(r->contact, true);
        if (!decision.isAllowed()) {
            // The window closed while the message waited.
            m_outbox.markFailed(id, kWindowClosedCode, QString::fromLatin1(reason::kWindowClosed),
                                QString::fromUtf8(decision.reasonSource()));
            m_scheduler.onFinished(id);
            settle(id, OutboxState::Failed);
            emit windowClosed(id, r->contact);
            return;
        }
    }
    if (!m_outbox.markSending(id)) {
        // Not durably marked: the POST must not leave. Try again shortly.
        m_scheduler.onFinished(id);
        m_retryAt.emplace(m_clock.nowMs() + 1000, id);
        emit storageFailed(m_outbox.lastError());
        return;
    }
    QNetworkReply* reply = postMessage(r->body, r->lane);
    m_inFlight.insert(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onReply(reply, id); });
    emit requestStarted(id);
}

void OutboundDriver::onReply(QNetworkReply* reply, qint64 id)
{
    m_inFlight.remove(id);
    reply->deleteLater();
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 now = m_clock.nowMs();

    if (httpStatus == 0) {
        if (neverLeft(reply->error())) {
            // Refused before a byte was sent: not a send at all.
            m_outbox.markRequeued(id);
            const int failures = m_transientFailures.value(id) + 1;
            m_transientFailures.insert(id, failures);
            retryLater(id, failures);
            return;
        }
        // Timeout, reset, closed: Meta may have accepted it. Never re-send blindly.
        becomeUncertain(id);
        pump();
        return;
    }

    const cloudapi::ApiResponse response = cloudapi::parseGraphResponse(
        cloudapi::Transport::Completed, httpStatus, reply->readAll(), reply->rawHeaderPairs(), now / 1000);
    if (response.ok && !response.wamid.isEmpty()) {
        m_scheduler.onAccepted(id);
        if (m_outbox.markAccepted(id, response.wamid))
            settle(id, OutboxState::Accepted);
        else
            m_pending.remove(id); // a status came first and already moved the row on
        m_transientFailures.remove(id);
        pump();
        return;
    }
    const cloudapi::ApiError& e = response.error;
    const qint64 retryAfterMs = e.retryAfterSecs >= 0 ? e.retryAfterSecs * 1000 : -1;
    switch (response.ok ? cloudapi::ErrorCategory::Unknown : e.category) {
    case cloudapi::ErrorCategory::Throttled:
    case cloudapi::ErrorCategory::PairLimited:
        // Meta refused it: it was not sent, so it goes back to its place (never a second send).
        m_outbox.markRequeued(id);
        if (!m_scheduler.onError(id, e.code, retryAfterMs))
            m_scheduler.onThrottled(id, retryAfterMs);
        break;
    case cloudapi::ErrorCategory::WindowClosed: {
        const std::optional<OutboxRow> r = m_outbox.row(id);
        m_outbox.markFailed(id, e.code, QString::fromLatin1(reason::kWindowClosed), remedyOf(e));
        m_scheduler.onFinished(id);
        settle(id, OutboxState::Failed);
        emit windowClosed(id, r ? r->contact : QString());
        break;
    }
    case cloudapi::ErrorCategory::Auth:
        m_outbox.markRequeued(id);
        m_scheduler.onRetryLater(id);
        if (!m_authPaused) {
            m_authPaused = true;
            emit tokenRefused();
        }
        break;
    case cloudapi::ErrorCategory::Permanent:
        m_outbox.markFailed(id, e.code, QString::fromLatin1(reason::kMetaError), remedyOf(e));
        m_scheduler.onFinished(id);
        settle(id, OutboxState::Failed);
        break;
    case cloudapi::ErrorCategory::Transient:
        if (e.code < 0) {
            // A 5xx without Meta's error body (a proxy, a gateway timeout): it may have gone out.
            becomeUncertain(id);
        } else if (m_scheduler.onError(id, e.code, retryAfterMs)) {
            m_outbox.markRequeued(id); // 131057: everything pauses, the item keeps its place
        } else {
            const int failures = m_transientFailures.value(id) + 1;
            if (failures < m_settings.maxTransientAttempts) {
                m_outbox.markRequeued(id);
                m_scheduler.onFinished(id);
                m_transientFailures.insert(id, failures);
                retryLater(id, failures);
            } else {
                m_outbox.markFailed(id, e.code, QString::fromLatin1(reason::kTooManyRetries), remedyOf(e));
                m_scheduler.onFinished(id);
                settle(id, OutboxState::Failed);
            }
        }
        break;
    case cloudapi::ErrorCategory::Unknown:
        if (e.code >= 0 && !response.ok) {
            m_outbox.markFailed(id, e.code, QString::fromLatin1(reason::kMetaError), remedyOf(e));
            m_scheduler.onFinished(id);
            settle(id, OutboxState::Failed);
        } else {
            // A 2xx without a message id, or an answer Duet cannot read: it may have gone out.
            becomeUncertain(id);
        }
        break;
    }
    pump();
}

void OutboundDriver::becomeUncertain(qint64 id)
{
    m_scheduler.onFinished(id);
    m_pending.remove(id);
    m_transientFailures.remove(id);
    // False when a status webhook already settled it while the request was out: nothing to do.
    if (!m_outbox.markUncertain(id))
        return;
    emit rowChanged(id, OutboxState::Uncertain);
    const qint64 due = m_clock.nowMs() + m_settings.uncertainGraceMs;
    if (m_nextAttentionMs < 0 || due < m_nextAttentionMs)
        m_nextAttentionMs = due;
}

void OutboundDriver::retryLater(qint64 id, int attempts)
{
    m_scheduler.onFinished(id);
    const qint64 wait = m_settings.transientBackoffMs << std::clamp(attempts - 1, 0, 10);
    m_retryAt.emplace(m_clock.nowMs() + wait, id);
    arm();
}

void OutboundDriver::settle(qint64 id, OutboxState state)
{
    m_pending.remove(id);
    m_transientFailures.remove(id);
    emit rowChanged(id, state);
}

OutboxStore::StatusOutcome OutboundDriver::onStatus(const QString& callbackClientId, const QString& wamid,
                                                    const QString& status, int errorCode)
{
    const OutboxStore::StatusOutcome out = m_outbox.applyStatus(callbackClientId, wamid, status, errorCode);
    if (!out.changed)
        return out;
    if (out.before == OutboxState::Queued) {
        // A resend was waiting, but the first attempt did reach Meta: do not send it again.
        withdrawRows({out.id});
    }
    emit rowChanged(out.id, out.after);
    return out;
}

QList<OutboxRow> OutboundDriver::needsAttention() const
{
    return m_outbox.uncertainSince(m_clock.nowMs() - m_settings.uncertainGraceMs);
}

void OutboundDriver::checkAttention()
{
    const qint64 now = m_clock.nowMs();
    if (m_nextAttentionMs < 0 || now < m_nextAttentionMs)
        return;
    m_nextAttentionMs = -1;
    int due = 0;
    for (const OutboxRow& r : m_outbox.rowsInState(OutboxState::Uncertain)) {
        const qint64 at = r.uncertainSinceMs + m_settings.uncertainGraceMs;
        if (at <= now)
            ++due;
        else if (m_nextAttentionMs < 0 || at < m_nextAttentionMs)
            m_nextAttentionMs = at;
    }
    if (due > 0)
        emit attentionNeeded(due);
}

bool OutboundDriver::resendUncertain(qint64 id)
{
    if (!m_outbox.resendUncertain(id))
        return false;
    emit rowChanged(id, OutboxState::Queued);
    enqueueRows({id});
    return true;
}

bool OutboundDriver::discardUncertain(qint64 id)
{
    if (!m_outbox.discardUncertain(id))
        return false;
    emit rowChanged(id, OutboxState::Discarded);
    return true;
}

void OutboundDriver::setLeasedRate(double ratePerSec)
{
    m_scheduler.setLeasedRate(ratePerSec);
    pump();
}

void OutboundDriver::setEndpoint(const QUrl& baseUrl, const QString& apiVersion, const QString& phoneNumberId,
                                 const QByteArray& token)
{
    m_settings.baseUrl = baseUrl;
    m_settings.apiVersion = apiVersion;
    m_settings.phoneNumberId = phoneNumberId;
    m_graph = cloudapi::GraphRequestBuilder(apiVersion, phoneNumberId);
    setAccessToken(token);
}

void OutboundDriver::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    emit heldChanged(held);
    pump();
}

void OutboundDriver::setAccessToken(const QByteArray& token)
{
    m_settings.accessToken = token;
    m_authPaused = false;
    pump();
}

QNetworkReply* OutboundDriver::postMessage(const QByteArray& body, OutboxLane lane)
{
    QNetworkRequest request = m_settings.request(m_graph.messagesPath());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Duet-Lane", outboxLaneName(lane).toLatin1());
    request.setTransferTimeout(int(m_settings.requestTimeoutMs));
    QNetworkReply* reply = m_network->post(request, body);
    m_settings.watch(reply);
    return reply;
}

void OutboundDriver::setTls(std::optional<QSslConfiguration> configuration,
                            std::function<bool(const QList<QSslError>&)> acceptErrors)
{
    m_settings.tls = std::move(configuration);
    m_settings.acceptTlsErrors = std::move(acceptErrors);
}

} // namespace duet::outbound
