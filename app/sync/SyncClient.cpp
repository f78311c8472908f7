// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client's connection, frames, event application and commands.
#include "SyncClient.h"

#include "core/Clock.h"
#include "core/ContactKey.h"
#include "store/CustomerIdentity.h"
#include "store/EventApplier.h"
#include "store/TeamApplier.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSslConfiguration>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "duet.sync")

namespace duet::sync {
namespace {

/// The longest the timer sleeps, so a jump of the wall clock (the machine slept) is noticed soon.
constexpr qint64 kMaxTimerMs = 5000;

/// A bye reason from the WebSocket close code, when the bye frame itself was lost.
QString reasonFromCloseCode(int code)
{
    switch (code) {
    case 4001:
        return QStringLiteral("unauthorized");
    case 4002:
        return QStringLiteral("unsupported_version");
    case 4003:
        return QStringLiteral("revoked");
    case 4009:
        return QStringLiteral("since_ahead");
    case 4029:
        return QStringLiteral("throttled");
    case 4011:
        return QStringLiteral("too_many_sessions");
    case 4008:
        return QStringLiteral("hello_timeout");
    case 1001:
        return QStringLiteral("shutdown");
    default:
        return {};
    }
}

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
{
    qRegisterMetaType<CommandResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncClient::processTimers);
}

SyncClient::~SyncClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
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
    if (m_failure == Failure::CertificateRefused && !m_certificateText.isEmpty())
        return m_certificateText;
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
    if (m_socket || m_state != State::Disconnected) {
        flushEvents();
        dropConnection(Failure::None, QStringLiteral("stopped"), -1);
    }
    m_timer.stop();
}

void SyncClient::connectNow()
{
    m_reconnectAtMs = 0;
    m_byeReason.clear();
    m_socket = std::make_unique<QWebSocket>(QString(), QWebSocketProtocol::VersionLatest);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    QWebSocket* socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &SyncClient::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this] {
        m_detail = QStringLiteral("the hub sent a binary frame");
        qCWarning(lcSync).noquote() << m_detail;
    });
    connect(socket, &QWebSocket::pong, this, [this] { m_lastHeardMs = clockNow(); });
    m_certificateText.clear();
    m_refusedCertificate = QSslCertificate();
    if (m_url.scheme() == QLatin1String("wss")) {
        socket->setSslConfiguration(m_trust.configuration());
        connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
            if (m_trust.accepts(errors)) {
                socket->ignoreSslErrors();
                return;
            }
            // The handshake stops here; onClosed() reports it as CertificateRefused.
            m_certificateText = net::TlsTrust::describe(errors, m_url.host());
            m_refusedCertificate = net::TlsTrust::pinnable(errors);
            QStringList kinds;
            for (const QSslError& e : errors)
                kinds << e.errorString();
            m_detail = QStringLiteral("the hub's certificate was refused: %1").arg(kinds.join(QStringLiteral("; ")));
            qCWarning(lcSync).noquote() << m_detail;
        });
    }
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { onClosed(socket); });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    onClosed(socket);
            });
    m_connectDeadlineMs = clockNow() + m_settings.connectTimeoutMs;
    setState(State::Connecting, m_failure);
    socket->open(m_url);
    rearm();
}

void SyncClient::onConnected()
{
    Hello hello;
    hello.token = m_token;
    hello.since = m_applied;
    hello.client = m_settings.clientName;
    hello.filtered = true; // backfill and forget are applied below
    m_lastHeardMs = clockNow();
    setState(State::Authenticating, m_failure);
    m_socket->sendTextMessage(QString::fromUtf8(encode(ClientMessage(hello))));
}

void SyncClient::onText(const QString& text)
{
    m_lastHeardMs = clockNow();
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
        m_connectDeadlineMs = 0;
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
        finishCommand(ack->id, CommandResult{ack->id, ack->ok, ack->reason, ack->seq});
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
        m_byeReason = bye->reason; // the close follows
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
        if (m_socket)
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
    Incoming item;
    item.drop = conversation;
    item.frame.seq = backfill ? 0 : seq; // a backfill's own event follows as an event frame
    m_incoming.append(item);
    if (!backfill)
        m_received = seq;
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushScheduled = false;
                flushEvents();
            },
            Qt::QueuedConnection);
    }
}

void SyncClient::onEvent(const EventFrame& frame)
{
    if (frame.backfill && m_filtered) { // history: older than the position, not recorded as it
        m_incoming.append(Incoming{frame, {}});
        if (m_incoming.size() >= m_settings.maxEventsPerTransaction)
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
    m_incoming.append(Incoming{frame, {}});
    m_received = frame.seq;
    if (m_incoming.size() >= m_settings.maxEventsPerTransaction) {
        flushEvents();
        return;
    }
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushScheduled = false;
                flushEvents();
            },
            Qt::QueuedConnection);
    }
}

/// Applies the events received so far in one transaction, with their last seq.
bool SyncClient::flushEvents()
{
    if (m_incoming.isEmpty())
        return true;
    const QList<Incoming> items = std::exchange(m_incoming, {});
    QList<EventFrame> frames;
    qint64 position = 0; // the last in-order seq: backfill history is older and not recorded
    QSet<QString> keys;
    QSet<QString> identifiers;
    QString error;
    bool ok = m_db.transaction();
    if (!ok)
        error = m_db.lastError().text();
    for (const Incoming& item : items) {
        if (!ok)
            break;
        const EventFrame& f = item.frame;
        if (!f.backfill && f.seq > 0)
            position = f.seq;
        if (!item.drop.isEmpty()) {
            for (const store::CustomerIdentity::Merge& m : m_events.takeMerges())
                keys << m.from << m.into;
            ok = m_team->forgetConversation(item.drop, &error);
            m_events.discardCaches(); // it may remember the rows just deleted
            keys.insert(item.drop);
            continue;
        }
        frames.append(f);
        ok = m_team->applyLogEvent(f.seq, f.atMs, f.event, &error);
        const QString key = f.event.value(QLatin1String("conversation")).toString();
        if (!key.isEmpty()) {
            keys.insert(key);
            continue;
        }
        // A webhook event names its customer by phone, BSUID or parent BSUID: which conversation
        // that is, the store says once the whole batch is applied (one lookup per customer).
        for (const char* id : {"contact", "user_id", "parent_user_id"}) {
            const QString value = f.event.value(QLatin1String(id)).toString();
            if (!value.isEmpty())
                identifiers.insert(value);
        }
    }
    for (const QString& identifier : std::as_const(identifiers)) {
        QString key;
        if (!ok || !(ok = store::CustomerIdentity::lookup(m_db, identifier, &key, &error)))
            break;
        if (!key.isEmpty())
            keys.insert(key);
    }
    // Merged conversations: the one merged away is gone, the survivor changed.
    for (const store::CustomerIdentity::Merge& m : m_events.takeMerges()) {
        keys.insert(m.from);
        keys.insert(m.into);
    }
    ok = ok && (position == 0 || m_replica.record(m_urlKey, position, &error));
    if (ok && !m_db.commit()) {
        ok = false;
        error = m_db.lastError().text();
    }
    if (!ok) {
        m_db.rollback();
        m_events.discardCaches();
        m_received = m_applied;
        dropConnection(Failure::LocalStoreFailed, QStringLiteral("cannot apply events: %1").arg(error),
                       m_backoff.next());
        return false;
    }
    if (position > 0) {
        const qint64 first = m_applied + 1;
        m_applied = position;
        emit eventsApplied(first, m_applied);
    }
    if (!keys.isEmpty()) {
        QStringList list(keys.begin(), keys.end());
        std::sort(list.begin(), list.end());
        emit conversationsChanged(list);
    }
    for (const EventFrame& f : frames) {
        if (f.event.value(QLatin1String("kind")).toString() != QLatin1String("status"))
            continue;
        emit statusApplied(
            f.event.value(QLatin1String("callback")).toString(), f.event.value(QLatin1String("wamid")).toString(),
            f.event.value(QLatin1String("status")).toString(), f.event.value(QLatin1String("error_code")).toInt());
    }
    return true;
}

void SyncClient::onClosed(QWebSocket* socket)
{
    if (!m_socket || socket != m_socket.get())
        return;
    flushEvents();
    if (!m_socket)
        return; // the flush failed and dropped the connection
    QString reason = m_byeReason;
    if (reason.isEmpty())
        reason = reasonFromCloseCode(int(m_socket->closeCode()));
    if (!reason.isEmpty()) {
        onBye(reason);
        return;
    }
    if (!m_certificateText.isEmpty()) {
        // Retried with back-off like an unreachable hub: a renewed certificate or a new trust
        // setting lets the next attempt through.
        dropConnection(Failure::CertificateRefused, m_detail, m_backoff.next());
        return;
    }
    const QString detail =
        m_socket->errorString().isEmpty() ? QStringLiteral("the connection closed") : m_socket->errorString();
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
    if (m_socket) {
        QWebSocket* socket = m_socket.release();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_incoming.clear();
    m_received = m_applied;
    m_connectDeadlineMs = 0;
    m_byeReason.clear();
    if (failure != Failure::None || m_detail.isEmpty())
        m_detail = detail;
    if (retryInMs < 0) {
        if (failure != Failure::None)
            m_running = false;
        m_reconnectAtMs = 0;
    } else {
        m_reconnectAtMs = m_running ? clockNow() + retryInMs : 0;
    }
    failAllPending(QStringLiteral("disconnected"));
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
        command.id = QStringLiteral("c-%1").arg(m_nextId++);
    if (!isConnected() || !m_socket) {
        post(done, CommandResult{command.id, false, QStringLiteral("offline"), 0});
        return command.id;
    }
    m_pending.insert(command.id, Pending{clockNow() + m_settings.commandTimeoutMs, std::move(done)});
    m_socket->sendTextMessage(QString::fromUtf8(encode(ClientMessage(command))));
    rearm();
    return command.id;
}

void SyncClient::finishCommand(const QString& id, const CommandResult& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // timed out already, or not ours
    const Callback done = it->done;
    m_pending.erase(it);
    if (done)
        done(result);
    emit commandFinished(result);
}

void SyncClient::failAllPending(const QString& reason)
{
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        post(it->done, CommandResult{it.key(), false, reason, 0});
}

void SyncClient::post(const Callback& done, const CommandResult& result)
{
    QMetaObject::invokeMethod(
        this,
        [this, done, result] {
            if (done)
                done(result);
            emit commandFinished(result);
        },
        Qt::QueuedConnection);
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
    shift(m_connectDeadlineMs);
    shift(m_lastHeardMs);
    shift(m_lastPingMs);
    if (m_demandSentAtMs >= 0)
        m_demandSentAtMs = std::max<qint64>(0, m_demandSentAtMs - back);
    for (Pending& p : m_pending)
        shift(p.deadlineMs);
}

void SyncClient::processTimers()
{
    const qint64 now = clockNow();
    if (m_reconnectAtMs && now >= m_reconnectAtMs && !m_socket && m_running) {
        connectNow();
        return;
    }
    if (m_socket && m_connectDeadlineMs && now >= m_connectDeadlineMs) {
        dropConnection(Failure::HubUnreachable, QStringLiteral("no answer from the hub in time"), m_backoff.next());
        return;
    }
    if (m_socket && isConnected()) {
        if (now - m_lastHeardMs >= m_settings.silenceLimitMs) {
            dropConnection(Failure::HubUnreachable, QStringLiteral("the hub went silent"), m_backoff.next());
            return;
        }
        if (now - qMax(m_lastHeardMs, m_lastPingMs) >= m_settings.pingIntervalMs) {
            m_lastPingMs = now;
            m_socket->ping();
        }
    }
    QStringList expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (now >= it->deadlineMs)
            expired << it.key();
    }
    for (const QString& id : expired)
        finishCommand(id, CommandResult{id, false, QStringLiteral("timeout"), 0});
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
    if (!m_demandDirty || !m_socket || !isConnected())
        return;
    const qint64 now = clockNow();
    const bool wasIdle = m_demandSent.live == 0 && m_demandSent.bulk == 0;
    const bool busy = m_demand.live > 0 || m_demand.bulk > 0;
    if (!(wasIdle && busy) && m_demandSentAtMs >= 0 && now - m_demandSentAtMs < kDemandIntervalMs)
        return; // rearm() wakes for it
    m_socket->sendTextMessage(QString::fromUtf8(encode(ClientMessage(m_demand))));
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
    if (m_socket)
        consider(m_connectDeadlineMs);
    if (m_socket && isConnected()) {
        consider(m_lastHeardMs + m_settings.silenceLimitMs);
        consider(qMax(m_lastHeardMs, m_lastPingMs) + m_settings.pingIntervalMs);
    }
    for (const Pending& p : std::as_const(m_pending))
        consider(p.deadlineMs);
    if (m_demandDirty && m_socket && isConnected() && m_demandSentAtMs >= 0)
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
