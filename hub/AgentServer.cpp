// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions, login throttling, fan-out of commits in seq order, send-share re-division, revocation.
#include "AgentServer.h"

#include "AgentSession.h"
#include "HubMetrics.h"
#include "Onboarding.h"
#include "TemplateService.h"
#include "core/Clock.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QWebSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAgents, "duet.hub.agents")

namespace duet::hub {
namespace {

constexpr int kMaxFailuresPerMinute = 5;
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kPresenceIntervalMs = 5'000;

SendBudget::Options budgetOptions(const AgentServer::Settings& settings)
{
    SendBudget::Options options;
    options.cap = settings.sendCap;
    return options;
}

} // namespace

AgentServer::AgentServer(LogReader& reader, WebhookJournal& journal, HubMetrics& metrics, const Clock& clock,
                         const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_reader(reader)
    , m_journal(journal)
    , m_metrics(metrics)
    , m_clock(clock)
    , m_settings(settings)
    , m_budget(clock, budgetOptions(settings))
{
    connect(&m_budget, &SendBudget::leaseChanged, this, &AgentServer::onLeaseChanged);
    connect(&m_journal, &WebhookJournal::committed, this, &AgentServer::onCommitted, Qt::QueuedConnection);
    connect(&m_reader, &LogReader::notified, this, &AgentServer::catchUp, Qt::QueuedConnection);
    connect(&m_revocation, &QTimer::timeout, this, &AgentServer::checkRevoked);
    connect(&m_poll, &QTimer::timeout, this, &AgentServer::catchUp);
    connect(&m_prune, &QTimer::timeout, this, &AgentServer::pruneThrottle);
    connect(&m_ping, &QTimer::timeout, this, &AgentServer::heartbeat);
}

void AgentServer::heartbeat()
{
    ++m_heartbeats;
    const QList<AgentSession*> sessions = m_sessions;
    for (AgentSession* s : sessions)
        s->heartbeat();
}

AgentServer::~AgentServer()
{
    const QList<AgentSession*> sessions = m_sessions;
    m_sessions.clear();
    qDeleteAll(sessions);
}

bool AgentServer::start(QString* error)
{
    m_head = m_reader.head(error);
    if (m_head < 0)
        return false;
    m_metrics.setLogHead(m_head);
    m_revocation.start(m_settings.revocationCheckMs);
    m_poll.start(m_settings.pollMs);
    m_ping.start(m_settings.pingMs);
    m_prune.start(m_settings.throttlePruneMs);
    m_budget.start();
    return true;
}

void AgentServer::acceptAgent(std::unique_ptr<QWebSocket> socket)
{
    // Counted per client, not per proxy: behind a trusted proxy everyone shares its address.
    const QHostAddress client = clientAddress(socket->peerAddress(), socket->request().rawHeader("X-Forwarded-For"));
    const bool overAddress = pendingCount(client) >= m_settings.maxPendingPerAddress;
    if (overAddress || pendingCount() >= m_settings.maxPendingTotal) {
        const QString detail = overAddress ? QStringLiteral("too many connections awaiting hello from this address")
                                           : QStringLiteral("too many connections awaiting hello");
        qCWarning(lcAgents).noquote() << "connection from" << client.toString() << "refused:" << detail;
        const QString busy = QStringLiteral("busy");
        socket->sendTextMessage(QString::fromUtf8(sync::encode(sync::HubMessage(sync::Bye{busy, detail}))));
        QWebSocket* s = socket.release();
        s->setParent(this);
        connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
        s->close(QWebSocketProtocol::CloseCode(4013), busy); // 4013: "try again later" (Qt clients refuse 1013)
        // A client that does not answer the close handshake is cut off.
        QTimer::singleShot(5'000, s, [s] {
            s->abort();
            s->deleteLater();
        });
        return;
    }
    auto* session = new AgentSession(std::move(socket), client, *this);
    session->setParent(this);
    m_sessions.append(session);
    connect(session, &AgentSession::finished, this, &AgentServer::remove, Qt::QueuedConnection);
    m_metrics.setAgentsConnected(welcomedCount());
}

void AgentServer::remove(AgentSession* session)
{
    if (!m_sessions.removeOne(session))
        return;
    const bool welcomed = !session->agentName().isEmpty();
    if (welcomed)
        m_lastSeen.insert(session->agentName(), m_clock.nowMs());
    session->deleteLater();
    m_metrics.setAgentsConnected(welcomedCount());
    m_budget.removeSession(session->budgetKey());
    if (welcomed)
        scheduleRoster();
}

void AgentServer::shutdown()
{
    m_revocation.stop();
    m_poll.stop();
    m_ping.stop();
    m_prune.stop();
    for (AgentSession* s : std::as_const(m_sessions))
        s->bye(QStringLiteral("shutdown"), QStringLiteral("the hub is stopping"));
}

int AgentServer::welcomedCount() const
{
    int n = 0;
    for (const AgentSession* s : m_sessions)
        n += s->isWelcomed() ? 1 : 0;
    return n;
}

int AgentServer::pendingCount(const QHostAddress& address) const
{
    int n = 0;
    for (const AgentSession* s : m_sessions) {
        if (s->isAwaitingHello() && (address.isNull() || s->clientAddress().isEqual(address)))
            ++n;
    }
    return n;
}

double AgentServer::sendShare(const AgentSession* session) const
{
    return m_budget.lease(session->budgetKey());
}

void AgentServer::demand(AgentSession* session, int live, int bulk)
{
    if (session->isWelcomed())
        m_budget.setDemand(session->budgetKey(), session->agentName(), live, bulk);
}

void AgentServer::sessionWelcomed(AgentSession* session)
{
    Q_UNUSED(session)
    m_metrics.setAgentsConnected(welcomedCount());
    scheduleRoster(); // queued: the new session's welcome goes first
}

bool AgentServer::roster(sync::Roster* out, QString* error) const
{
    QList<AgentInfo> agents;
    if (!AgentRegistry(m_reader.connection()).list(&agents, error))
        return false;
    QHash<QString, qint64> onlineSince;
    for (const AgentSession* s : m_sessions) {
        if (!s->isWelcomed())
            continue;
        const qint64 at = s->welcomedAtMs();
        auto it = onlineSince.find(s->agentName());
        if (it == onlineSince.end())
            onlineSince.insert(s->agentName(), at);
        else
            *it = qMin(*it, at);
    }
    out->agents.clear();
    for (const AgentInfo& a : std::as_const(agents)) {
        if (a.revokedAt != 0)
            continue;
        sync::RosterEntry e;
        e.name = a.name;
        e.role = a.role;
        e.online = onlineSince.contains(a.name);
        e.sinceMs = e.online ? onlineSince.value(a.name) : m_lastSeen.value(a.name);
        out->agents.append(e);
    }
    std::sort(out->agents.begin(), out->agents.end(),
              [](const sync::RosterEntry& x, const sync::RosterEntry& y) { return x.name < y.name; });
    return true;
}

void AgentServer::setTemplates(TemplateService* templates)
{
    m_templates = templates;
    if (!m_templates)
        return;
    connect(m_templates, &TemplateService::changed, this, [this] {
        const std::optional<sync::Templates> frame = templatesFrame();
        for (AgentSession* s : std::as_const(m_sessions)) {
            if (frame && s->isWelcomed())
                s->sendTemplates(*frame);
        }
    });
}

std::optional<sync::Templates> AgentServer::templatesFrame() const
{
    if (!m_templates)
        return std::nullopt;
    sync::Templates frame = m_templates->templates();
    if (frame.templates.isEmpty() && frame.updatedAtMs == 0)
        return std::nullopt; // never fetched, nothing stored (no waba_id): desktops keep their own files
    if (sync::encode(sync::HubMessage(frame)).size() > sync::kMaxFrameBytes / 2) {
        QList<TemplateRecord> approved;
        for (const TemplateRecord& t : std::as_const(frame.templates)) {
            if (t.isApproved())
                approved.append(t);
        }
        qCWarning(lcAgents).noquote() << "the template list is too large for one frame; sending the" << approved.size()
                                      << "approved of" << frame.templates.size();
        frame.templates = approved;
    }
    return frame;
}

void AgentServer::refreshTemplates(std::function<void(bool ok, const QString& reason)> done)
{
    if (!m_templates) {
        done(false, QStringLiteral("not_configured"));
        return;
    }
    QPointer<AgentServer> self(this);
    m_templates->refresh([self, done = std::move(done)](bool ok, const QString& reason, const QString&) {
        if (self)
            done(ok, reason);
    });
}

void AgentServer::requestSync(bool again, const QString& agent,
                              std::function<void(bool ok, const QString& reason, qint64 seq)> done)
{
    if (!m_onboarding || !m_onboarding->isConfigured()) {
        done(false, QStringLiteral("not_configured"), 0);
        return;
    }
    m_onboarding->requestSyncs(again, agent, [done = std::move(done)](const QList<Onboarding::SyncResult>& results) {
        const QString reason = Onboarding::ackReason(results);
        qint64 seq = 0;
        for (const Onboarding::SyncResult& r : results)
            seq = qMax(seq, r.seq);
        done(reason.isEmpty(), reason, seq);
    });
}

void AgentServer::scheduleRoster()
{
    if (m_rosterScheduled)
        return;
    m_rosterScheduled = true;
    QMetaObject::invokeMethod(this, &AgentServer::sendRoster, Qt::QueuedConnection);
}

void AgentServer::sendRoster()
{
    m_rosterScheduled = false;
    sync::Roster current;
    QString error;
    if (!roster(&current, &error)) {
        qCWarning(lcAgents).noquote() << "cannot read the agents for the roster:" << error;
        return;
    }
    for (AgentSession* s : std::as_const(m_sessions))
        s->sendRoster(current);
}

/// The session whose lease changed gets a `rate` frame (a new one finds its lease in its welcome).
void AgentServer::onLeaseChanged(const QString& session, double lease)
{
    for (AgentSession* s : std::as_const(m_sessions)) {
        if (s->isWelcomed() && s->budgetKey() == session)
            s->sendRate(lease);
    }
}

AgentServer::Login AgentServer::authenticate(const QString& token, const QHostAddress& client, AgentInfo* agent)
{
    AgentRegistry registry(m_reader.connection());
    QString error;
    const AgentRegistry::Auth auth = registry.authenticate(token, agent, &error);
    if (auth == AgentRegistry::Auth::Ok)
        return Login::Ok; // whatever failed from the same address before
    if (auth == AgentRegistry::Auth::Error) {
        qCWarning(lcAgents).noquote() << "cannot check an agent's token:" << error;
        return Login::Unavailable;
    }
    const QString address = client.toString();
    const qint64 now = m_clock.nowMs();
    auto it = m_failures.find(address);
    if (it == m_failures.end()) {
        if (m_failures.size() >= m_settings.maxThrottledAddresses)
            pruneThrottle();
        if (m_failures.size() >= m_settings.maxThrottledAddresses) {
            // Still full of live entries: forget an address that is not throttled, the one whose
            // last failure is the oldest (a throttled address only when all are).
            const auto key = [now](const Failures& f) { return std::pair(f.throttledUntil > now, f.lastMs); };
            auto oldest = m_failures.begin();
            for (auto i = m_failures.begin(); i != m_failures.end(); ++i) {
                if (key(*i) < key(*oldest))
                    oldest = i;
            }
            m_failures.erase(oldest);
        }
        it = m_failures.insert(address, Failures{});
    }
    Failures& f = *it;
    f.lastMs = now;
    // A clock set back throttles for at most the minute, and forgets failures "in the future".
    f.throttledUntil = std::min(f.throttledUntil, now + kMinuteMs);
    f.times.removeIf([now](qint64 t) { return t > now; });
    if (f.throttledUntil > now)
        return Login::Throttled;
    f.times.append(now);
    while (!f.times.isEmpty() && f.times.first() <= now - kMinuteMs)
        f.times.removeFirst();
    if (f.times.size() >= kMaxFailuresPerMinute) {
        f.throttledUntil = now + kMinuteMs;
        f.times.clear();
        qCWarning(lcAgents).noquote() << "failed logins from" << address << "throttled for a minute";
    }
    return auth == AgentRegistry::Auth::Revoked ? Login::Revoked : Login::Unauthorized;
}

QHostAddress AgentServer::clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor) const
{
    return hub::clientAddress(peer, forwardedFor, m_settings.trustedProxies);
}

void AgentServer::pruneThrottle()
{
    const qint64 now = m_clock.nowMs();
    for (auto i = m_failures.begin(); i != m_failures.end();) {
        const bool live = i->throttledUntil > now || (!i->times.isEmpty() && i->times.last() > now - kMinuteMs);
        i = live ? std::next(i) : m_failures.erase(i);
    }
}

bool AgentServer::sessionAllowed(const QString& agent) const
{
    int sessions = 0;
    for (const AgentSession* s : m_sessions)
        sessions += s->isWelcomed() && s->agentName() == agent ? 1 : 0;
    return sessions < m_settings.maxSessionsPerAgent;
}

bool AgentServer::presenceAllowed(const QString& agent, const QString& conversation, int state)
{
    const QString key = agent + QLatin1Char('\n') + conversation + QLatin1Char('\n') + QString::number(state);
    const qint64 now = m_clock.nowMs();
    auto it = m_presence.find(key);
    // Only a frame sent less than the interval ago holds the next back; one "in the future" came
    // before the clock was set back.
    if (it != m_presence.end() && now - *it < kPresenceIntervalMs && *it <= now)
        return false;
    m_presence.insert(key, now);
    if (m_presence.size() > 10'000) {
        for (auto i = m_presence.begin(); i != m_presence.end();)
            i = now - *i >= kPresenceIntervalMs ? m_presence.erase(i) : std::next(i);
    }
    return true;
}

void AgentServer::submit(const CommandRequest& request, WebhookJournal::CommandDone done)
{
    m_journal.submit(request, std::move(done));
}

void AgentServer::onCommitted(const QList<LogEntry>& entries)
{
    if (entries.isEmpty() || entries.last().seq <= m_head)
        return;
    if (entries.first().seq == m_head + 1) {
        dispatch(entries); // the usual case: this instance's own commit, right after the last one
        return;
    }
    catchUp(); // another instance committed in between: read from the log in order
}

void AgentServer::catchUp()
{
    for (;;) {
        QList<LogEntry> page;
        QString error;
        if (!m_reader.read(m_head, m_settings.pageSize, &page, &error)) {
            qCWarning(lcAgents).noquote() << "cannot read the log:" << error;
            return;
        }
        if (page.isEmpty())
            return;
        dispatch(page);
        if (page.size() < m_settings.pageSize)
            return;
    }
}

void AgentServer::dispatch(const QList<LogEntry>& entries)
{
    // Customers' messages count against the number's cap as Meta counts them.
    for (const LogEntry& e : entries) {
        if (e.seq > m_head && e.event.value(QLatin1String("kind")).toString() == QLatin1String("message"))
            m_budget.noteInbound();
    }
    if (m_templates) { // a template's review (message_template_status_update) changes the team's list
        for (const LogEntry& e : entries) {
            if (e.seq > m_head)
                m_templates->onLogEvent(e.event);
        }
    }
    bool anyLive = false;
    for (const AgentSession* s : std::as_const(m_sessions))
        anyLive = anyLive || s->isLive();
    if (!anyLive) { // nobody to send to: sessions catching up read the log themselves
        if (!entries.isEmpty() && entries.last().seq > m_head)
            m_head = entries.last().seq;
        m_metrics.setLogHead(m_head);
        return;
    }
    for (const LogEntry& e : entries) {
        if (e.seq <= m_head)
            continue;
        const QString frame =
            QString::fromUtf8(sync::encode(sync::HubMessage(sync::EventFrame{e.seq, e.atMs, e.event})));
        for (AgentSession* s : std::as_const(m_sessions))
            s->deliverLive(e, frame);
        m_head = e.seq;
    }
    m_metrics.setLogHead(m_head);
}

void AgentServer::checkRevoked()
{
    QStringList names;
    for (const AgentSession* s : std::as_const(m_sessions)) {
        if (s->isWelcomed())
            names << s->agentName();
    }
    if (names.isEmpty())
        return;
    QStringList revoked;
    QString error;
    AgentRegistry registry(m_reader.connection());
    if (!registry.revokedAmong(names, &revoked, &error) || revoked.isEmpty())
        return;
    for (AgentSession* s : std::as_const(m_sessions)) {
        if (s->isWelcomed() && revoked.contains(s->agentName()))
            s->bye(QStringLiteral("revoked"), QStringLiteral("this agent's token was revoked"));
    }
}

} // namespace duet::hub
