// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client: what each frame from the hub means, the state, reconnecting, demand.
#include "SyncClient.h"

#include "core/Clock.h"
#include "core/ContactKey.h"
#include "store/EventApplier.h"
#include "store/TeamApplier.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "duet.sync")

namespace duet::sync {
namespace {

/// The longest the timer sleeps, so a jump of the wall clock (the machine slept) is noticed soon.
constexpr qint64 kMaxTimerMs = 5000;

} // namespace

SyncClient::SyncClient(QSqlDatabase db, store::Backend backend, store::EventApplier& events, const Clock& clock,
                       QObject* parent)
    : SyncClient(db, backend, events, clock, Settings{}, parent)
{}

SyncClient::SyncClient(QSqlDatabase db, store::Backend backend, store::EventApplier& events, const Clock& clock,
                       const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_backend(backend)
    , m_events(events)
    , m_replica(db)
    , m_clock(clock)
    , m_settings(settings)
    , m_backoff(settings.backoff)
    , m_hub([this] { return clockNow(); }, HubSocket::Timing{settings.pingIntervalMs, settings.silenceLimitMs})
    , m_batch(db, events, m_replica)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncClient::processTimers);
    connect(&m_hub, &HubSocket::connected, this, &SyncClient::onConnected);
    connect(&m_hub, &HubSocket::textReceived, this, &SyncClient::onText);
    connect(&m_hub, &HubSocket::closed, this, &SyncClient::onClosed);
    connect(&m_hub, &HubSocket::problem, this, [this](const QString& detail) {
        m_detail = detail;
        qCWarning(lcSync).noquote() << m_detail;
    });
    connect(&m_commands, &CommandTracker::finished, this, &SyncClient::commandFinished);
}

SyncClient::~SyncClient()
{
    m_hub.close();
}

bool SyncClient::prepareStore(QString* error)
{
    if (m_storeReady)
        return true;
    if (!store::TeamApplier::prepareSchema(m_db, m_backend, error))
        return false;
    m_team = std::make_unique<store::TeamApplier>(m_db, m_backend, m_events);
    m_storeReady = true;
    return true;
}

bool SyncClient::agentsUrl(const QString& text, QUrl* url)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char(' ')))
        return false;
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("wss://")); // encrypted unless the person says otherwise
    QUrl u(t, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return false;
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("http"))
        u.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https"))
        u.setScheme(QStringLiteral("wss"));
    else if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return false;
    if (u.path().isEmpty() || u.path() == QLatin1String("/"))
        u.setPath(QStringLiteral("/agents"));
    u.setFragment({});
    u.setUserInfo({});
    if (url)
        *url = u;
    return true;
}

QUrl SyncClient::relayUrl(const QUrl& agentsUrl)
{
    QUrl u = agentsUrl;
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("ws"))
        u.setScheme(QStringLiteral("http"));
    else if (scheme == QLatin1String("wss"))
        u.setScheme(QStringLiteral("https"));
    else
        return {};
    // The relay sits next to /agents: at /graph, or beside it under a proxy's prefix.
    QString path = u.path();
    if (path.endsWith(QLatin1String("/agents")))
        path.chop(int(qstrlen("agents")));
    else
        path = QStringLiteral("/");
    u.setPath(path + QStringLiteral("graph"));
    u.setQuery(QString());
    u.setFragment({});
    u.setUserInfo({});
    return u;
}

bool SyncClient::isUnencryptedRemote(const QUrl& url)
{
    if (url.scheme().compare(QLatin1String("ws"), Qt::CaseInsensitive) != 0)
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

QString SyncClient::lastFailureText() const
{
    if (m_failure == Failure::CertificateRefused && !m_hub.certificateText().isEmpty())
        return m_hub.certificateText();
    return failureText(m_failure);
}

QString SyncClient::failureText(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::HubUnreachable:
        return tr("The hub cannot be reached. Duet keeps retrying; check the address and your network.");
    case Failure::TokenRefused:
        return tr("The hub refused this agent token. Ask your administrator for a new token and sign in again.");
    case Failure::TokenRevoked:
        return tr("This agent's access was revoked. Ask your administrator for a new token and sign in again.");
    case Failure::Throttled:
        return tr("Too many failed sign-ins from this computer. Duet tries again in a minute.");
    case Failure::UnsupportedVersion:
        return tr("The hub speaks a different protocol version. Update Duet to connect to it.");
    case Failure::ProtocolError:
        return tr("The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.");
    case Failure::LocalStoreFailed:
        return tr("Duet could not write its local store (is the disk full?). It retries shortly.");
    case Failure::TooManySessions:
        return tr("This agent is connected to the hub from too many places at once. Close Duet on another "
                  "computer; Duet tries again in a minute.");
    case Failure::CertificateRefused:
        return tr("The hub's certificate was refused, so Duet did not send your token. Ask your administrator.");
    }
    return {};
}

void SyncClient::start(const QUrl& url, const QString& token)
{
    stop();
    m_url = url;
    m_urlKey = url.toString(QUrl::FullyEncoded);
    m_token = token;
    m_running = true;
    m_backoff.reset();
    QString error;
    if (!prepareStore(&error) || !m_replica.load(m_urlKey, &m_applied, &error)) {
        m_running = false;
        m_detail = QStringLiteral("local store: %1").arg(error);
        qCWarning(lcSync).noquote() << m_detail;
        setState(State::Disconnected, Failure::LocalStoreFailed);
        return;
    }
    m_received = m_applied;
    m_failure = Failure::None; // a new start: the last session's failure no longer applies
    connectNow();
}

void SyncClient::stop()
{
    m_running = false;
    m_reconnectAtMs = 0;
    if (m_hub.isOpen() || m_state != State::Disconnected) {
        flushEvents();
        dropConnection(Failure::None, QStringLiteral("stopped"), -1);
    }
    m_timer.stop();
}

void SyncClient::connectNow()
{
    m_reconnectAtMs = 0;
    m_hub.prepare(m_url, m_trust, clockNow() + m_settings.connectTimeoutMs);
    setState(State::Connecting, m_failure);
    m_hub.start();
    rearm();
}

void SyncClient::onConnected()
{
    Hello hello;
    hello.token = m_token;
    hello.since = m_applied;
    hello.client = m_settings.clientName;
    hello.filtered = true; // backfill and forget are applied below
    m_hub.heard();
    setState(State::Authenticating, m_failure);
    m_hub.send(ClientMessage(hello));
}

void SyncClient::onText(const QString& text)
{
    m_hub.heard();
    HubMessage message;
    ProtocolError error;
    if (!decodeHubMessage(text.toUtf8(), &message, &error)) {
        // The frame itself is not logged: a welcome carries the access token.
        m_detail = QStringLiteral("undecodable frame from the hub: %1").arg(error.message);
        qCWarning(lcSync).noquote() << m_detail;
        return;
    }
    handle(message);
}

void SyncClient::handle(const HubMessage& message)
{
    if (const auto* event = std::get_if<EventFrame>(&message)) {
        if (isConnected())
            onEvent(*event);
        return;
    }
    // Everything else is ordered after the events before it: they are applied first.
    if (!flushEvents())
        return;
    if (const auto* welcome = std::get_if<Welcome>(&message)) {
        if (m_state != State::Authenticating)
            return;
        m_welcome = *welcome;
        m_filtered = welcome->filtered;
        if (!checkFilter())
            return;
        m_offsetMs = welcome->serverTimeMs - clockNow();
        m_head = welcome->head;
        m_sendShare = welcome->sendShare;
        m_hub.welcomed();
        m_detail.clear();
        // The lease first: a driver started by welcomed() must not send at an older rate before
        // the hub has leased it one (a send beyond the lease is refused by the relay).
        emit sendShareChanged(m_sendShare);
        setState(State::CatchingUp, Failure::None);
        emit welcomed();
        m_demandSent = Demand{};
        m_demandSentAtMs = -1;
        m_demandDirty = m_demand.live > 0 || m_demand.bulk > 0;
        flushDemand();
        rearm();
    } else if (const auto* backfill = std::get_if<Backfill>(&message)) {
        if (isConnected())
            onDrop(backfill->conversation, backfill->seq, true);
    } else if (const auto* forget = std::get_if<Forget>(&message)) {
        if (isConnected())
            onDrop(forget->conversation, forget->seq, false);
    } else if (const auto* caught = std::get_if<CaughtUp>(&message)) {
        if (m_state != State::CatchingUp)
            return;
        m_head = qMax(m_head, caught->head);
        if (m_filtered && caught->head > m_applied) {
            // Every seq up to the head was sent or left out for this agent: the next `since`
            // starts there, not at the last event this replica happened to see.
            QString error;
            if (!m_db.transaction() || !m_replica.record(m_urlKey, caught->head, &error) || !m_db.commit()) {
                m_db.rollback();
                dropConnection(Failure::LocalStoreFailed, QStringLiteral("cannot record the position: %1").arg(error),
                               m_backoff.next());
                return;
            }
            m_applied = m_received = caught->head;
        }
        m_backoff.reset();
        setState(State::Live, Failure::None);
        emit caughtUp(caught->head);
    } else if (const auto* ack = std::get_if<Ack>(&message)) {
        m_commands.finish(ack->id, CommandResult{ack->id, ack->ok, ack->reason, ack->seq});
    } else if (const auto* rate = std::get_if<Rate>(&message)) {
        m_sendShare = rate->sendShare;
        emit sendShareChanged(m_sendShare);
    } else if (const auto* list = std::get_if<Roster>(&message)) {
        if (!isConnected())
            return;
        m_roster = list->agents;
        emit rosterChanged();
    } else if (const auto* frame = std::get_if<Templates>(&message)) {
        if (!isConnected())
            return;
        const bool same = m_hasTemplates && frame->templates == m_templates.templates;
        m_templates = *frame;
        m_hasTemplates = true;
        if (!same)
            emit templatesChanged();
    } else if (const auto* bye = std::get_if<Bye>(&message)) {
        m_hub.setByeReason(bye->reason); // the close follows
    } else if (const auto* err = std::get_if<ErrorFrame>(&message)) {
        m_detail = QStringLiteral("the hub could not use a frame: %1 %2").arg(err->reason, err->detail);
        qCWarning(lcSync).noquote() << m_detail;
    }
}

bool SyncClient::checkFilter()
{
    bool built = false;
    QString error;
    if (!m_replica.loadFiltered(m_urlKey, &built, &error)) {
        dropConnection(Failure::LocalStoreFailed, QStringLiteral("cannot read the local store: %1").arg(error),
                       m_backoff.next());
        return false;
    }
    if (built == m_filtered)
        return true;
    // A replica built from the other kind of stream (the team's setting or the agent's role
    // changed) holds too much or too little: start again from nothing.
    const bool rebuild = m_applied > 0;
    if (rebuild) {
        qCInfo(lcSync).noquote() << "the hub's stream is" << (m_filtered ? "filtered" : "unfiltered")
                                 << "now; rebuilding the replica";
        dropConnection(Failure::None, QStringLiteral("rebuilding the replica"), -1);
    }
    bool ok = !rebuild || m_replica.reset(&error);
    if (ok && !m_db.transaction()) {
        ok = false;
        error = m_db.lastError().text();
    }
    if (ok && !(m_replica.recordFiltered(m_urlKey, m_filtered, &error) && m_db.commit())) {
        m_db.rollback();
        ok = false;
    }
    if (!ok) {
        if (m_hub.isOpen())
            dropConnection(Failure::LocalStoreFailed, QStringLiteral("local store: %1").arg(error), m_backoff.next());
        m_detail = QStringLiteral("local store: %1").arg(error);
        setState(State::Disconnected, Failure::LocalStoreFailed);
        m_reconnectAtMs = m_running ? clockNow() + m_backoff.next() : 0;
        rearm();
        return false;
    }
    if (!rebuild)
        return true;
    m_events.discardCaches();
    m_applied = m_received = 0;
    emit replicaReset();
    if (m_running)
        connectNow();
    return false;
}

void SyncClient::onDrop(const QString& conversation, qint64 seq, bool backfill)
{
    if (!m_filtered || (!backfill && seq <= m_received)) {
        const QString detail = QStringLiteral("unexpected %1 for seq %2")
                                   .arg(backfill ? QLatin1String("backfill") : QLatin1String("forget"))
                                   .arg(seq);
        qCWarning(lcSync).noquote() << detail << "; reconnecting";
        if (flushEvents())
            dropConnection(Failure::ProtocolError, detail, m_backoff.next());
        return;
    }
    m_batch.appendDrop(conversation, backfill ? 0 : seq); // a backfill's own event follows as an event frame
    if (!backfill)
        m_received = seq;
    scheduleFlush();
}

void SyncClient::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_flushScheduled = false;
            flushEvents();
        },
        Qt::QueuedConnection);
}

void SyncClient::onEvent(const EventFrame& frame)
{
    if (frame.backfill && m_filtered) { // history: older than the position, not recorded as it
        m_batch.append(frame);
        if (m_batch.size() >= m_settings.maxEventsPerTransaction)
            flushEvents();
        return;
    }
    if (frame.backfill || (m_filtered ? frame.seq <= m_received : frame.seq != m_received + 1)) {
        const QString detail =
            QStringLiteral("gap in the log: expected seq %1, received %2").arg(m_received + 1).arg(frame.seq);
        qCWarning(lcSync).noquote() << detail << "; reconnecting";
        if (flushEvents())
            dropConnection(Failure::ProtocolError, detail, m_backoff.next());
        return;
    }
    m_batch.append(frame);
    m_received = frame.seq;
    if (m_batch.size() >= m_settings.maxEventsPerTransaction) {
        flushEvents();
        return;
    }
    scheduleFlush();
}

/// Applies the events received so far in one transaction, with their last seq.
bool SyncClient::flushEvents()
{
    if (m_batch.isEmpty())
        return true;
    EventBatch::Outcome outcome;
    if (!m_batch.flush(*m_team, m_urlKey, &outcome)) {
        m_received = m_applied;
        dropConnection(Failure::LocalStoreFailed, QStringLiteral("cannot apply events: %1").arg(outcome.error),
                       m_backoff.next());
        return false;
    }
    if (outcome.position > 0) {
        const qint64 first = m_applied + 1;
        m_applied = outcome.position;
        emit eventsApplied(first, m_applied);
    }
    if (!outcome.conversations.isEmpty())
        emit conversationsChanged(outcome.conversations);
    for (const EventFrame& f : std::as_const(outcome.statuses)) {
        emit statusApplied(
            f.event.value(QLatin1String("callback")).toString(), f.event.value(QLatin1String("wamid")).toString(),
            f.event.value(QLatin1String("status")).toString(), f.event.value(QLatin1String("error_code")).toInt());
    }
    return true;
}

void SyncClient::onClosed()
{
    flushEvents();
    if (!m_hub.isOpen())
        return; // the flush failed and dropped the connection
    const QString reason = m_hub.closeReason();
    if (!reason.isEmpty()) {
        onBye(reason);
        return;
    }
    if (!m_hub.certificateText().isEmpty()) {
        // Retried with back-off like an unreachable hub: a renewed certificate or a new trust
        // setting lets the next attempt through.
        dropConnection(Failure::CertificateRefused, m_detail, m_backoff.next());
        return;
    }
    const QString detail =
        m_hub.errorString().isEmpty() ? QStringLiteral("the connection closed") : m_hub.errorString();
    dropConnection(Failure::HubUnreachable, detail, m_backoff.next());
}

void SyncClient::onBye(const QString& reason)
{
    const QString detail = QStringLiteral("the hub said goodbye: %1").arg(reason);
    qCInfo(lcSync).noquote() << detail;
    if (reason == QLatin1String("unauthorized")) {
        dropConnection(Failure::TokenRefused, detail, -1);
    } else if (reason == QLatin1String("revoked")) {
        dropConnection(Failure::TokenRevoked, detail, -1);
    } else if (reason == QLatin1String("unsupported_version")) {
        dropConnection(Failure::UnsupportedVersion, detail, -1);
    } else if (reason == QLatin1String("throttled")) {
        dropConnection(Failure::Throttled, detail, m_settings.throttledRetryMs);
    } else if (reason == QLatin1String("too_many_sessions")) {
        dropConnection(Failure::TooManySessions, detail, m_settings.throttledRetryMs);
    } else if (reason == QLatin1String("since_ahead")) {
        // The hub's log is not the one this replica followed: start again from nothing.
        dropConnection(Failure::None, detail, -1);
        QString error;
        if (!m_replica.reset(&error)) {
            m_detail = QStringLiteral("cannot reset the local store: %1").arg(error);
            setState(State::Disconnected, Failure::LocalStoreFailed);
            m_reconnectAtMs = clockNow() + m_backoff.next();
            rearm();
            return;
        }
        m_events.discardCaches();
        m_applied = m_received = 0;
        emit replicaReset();
        if (m_running)
            connectNow();
    } else {
        dropConnection(Failure::HubUnreachable, detail, m_backoff.next());
    }
}

void SyncClient::dropConnection(Failure failure, const QString& detail, qint64 retryInMs)
{
    m_hub.close();
    m_batch.clear();
    m_received = m_applied;
    if (failure != Failure::None || m_detail.isEmpty())
        m_detail = detail;
    if (retryInMs < 0) {
        if (failure != Failure::None)
            m_running = false;
        m_reconnectAtMs = 0;
    } else {
        m_reconnectAtMs = m_running ? clockNow() + retryInMs : 0;
    }
    m_commands.failAll(QStringLiteral("disconnected"));
    if (!m_roster.isEmpty()) {
        m_roster.clear();
        emit rosterChanged();
    }
    setState(State::Disconnected, failure);
    rearm();
}

QString SyncClient::sendCommand(Command command, Callback done)
{
    if (command.id.isEmpty())
        command.id = m_commands.nextId();
    if (!isConnected() || !m_hub.isOpen()) {
        m_commands.refuse(done, CommandResult{command.id, false, QStringLiteral("offline"), 0});
        return command.id;
    }
    m_commands.track(command.id, clockNow() + m_settings.commandTimeoutMs, std::move(done));
    m_hub.send(ClientMessage(command));
    rearm();
    return command.id;
}

qint64 SyncClient::clockNow()
{
    const qint64 now = m_clock.nowMs();
    followClock(now);
    return now;
}

void SyncClient::followClock(qint64 now)
{
    const qint64 back = m_lastTickMs - now;
    m_lastTickMs = now;
    if (back <= 0)
        return; // forward (or a real pause): deadlines that passed are due, checked as usual
    const auto shift = [back](qint64& at) {
        if (at > 0)
            at = std::max<qint64>(1, at - back); // 0 means "none": a set time stays set
    };
    shift(m_reconnectAtMs);
    m_hub.shiftBack(back);
    if (m_demandSentAtMs >= 0)
        m_demandSentAtMs = std::max<qint64>(0, m_demandSentAtMs - back);
    m_commands.shiftBack(back);
}

void SyncClient::processTimers()
{
    const qint64 now = clockNow();
    if (m_reconnectAtMs && now >= m_reconnectAtMs && !m_hub.isOpen() && m_running) {
        connectNow();
        return;
    }
    switch (m_hub.check(now, isConnected())) {
    case HubSocket::Lapse::NoWelcome:
        dropConnection(Failure::HubUnreachable, QStringLiteral("no answer from the hub in time"), m_backoff.next());
        return;
    case HubSocket::Lapse::Silent:
        dropConnection(Failure::HubUnreachable, QStringLiteral("the hub went silent"), m_backoff.next());
        return;
    case HubSocket::Lapse::None:
        break;
    }
    m_commands.expire(now);
    flushDemand();
    rearm();
}

void SyncClient::setDemand(int live, int bulk)
{
    const Demand demand{qMax(0, live), qMax(0, bulk)};
    m_demand = demand;
    m_demandDirty = demand.live != m_demandSent.live || demand.bulk != m_demandSent.bulk;
    flushDemand();
    rearm();
}

void SyncClient::flushDemand()
{
    if (!m_demandDirty || !m_hub.isOpen() || !isConnected())
        return;
    const qint64 now = clockNow();
    const bool wasIdle = m_demandSent.live == 0 && m_demandSent.bulk == 0;
    const bool busy = m_demand.live > 0 || m_demand.bulk > 0;
    if (!(wasIdle && busy) && m_demandSentAtMs >= 0 && now - m_demandSentAtMs < kDemandIntervalMs)
        return; // rearm() wakes for it
    m_hub.send(ClientMessage(m_demand));
    m_demandSent = m_demand;
    m_demandSentAtMs = now;
    m_demandDirty = false;
    ++m_demandsSent;
}

void SyncClient::rearm()
{
    const qint64 now = clockNow();
    qint64 next = 0;
    const auto consider = [&next](qint64 at) {
        if (at > 0 && (next == 0 || at < next))
            next = at;
    };
    consider(m_reconnectAtMs);
    consider(m_hub.nextDeadlineMs(isConnected()));
    consider(m_commands.nextDeadlineMs());
    if (m_demandDirty && m_hub.isOpen() && isConnected() && m_demandSentAtMs >= 0)
        consider(qMax(now, m_demandSentAtMs + kDemandIntervalMs));
    if (next == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, next - now, kMaxTimerMs)));
}

void SyncClient::setState(State state, Failure failure)
{
    if (state == m_state && failure == m_failure)
        return;
    m_state = state;
    m_failure = failure;
    emit stateChanged(state);
}

} // namespace duet::sync
