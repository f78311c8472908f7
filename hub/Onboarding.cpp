// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's part in connecting the number: the `connected` step and the one-time sync requests, in the log.
#include "Onboarding.h"

#include <QPointer>

namespace duet::hub {

Onboarding::Onboarding(Recorder recorder, Settings settings, QNetworkAccessManager& network, const Clock& clock,
                       QObject* parent)
    : QObject(parent)
    , m_record(std::move(recorder))
    , m_settings(std::move(settings))
    , m_network(network)
    , m_clock(clock)
{}

Onboarding::~Onboarding() = default;

bool Onboarding::isConfigured() const
{
    return !m_settings.phoneNumberId.isEmpty() && !m_settings.accessToken.isEmpty();
}

HubEvent Onboarding::connectedEvent(const onboarding::Credentials& credentials, const onboarding::CheckReport& report,
                                    const QString& agent)
{
    QJsonObject e{{QStringLiteral("kind"), QStringLiteral("onboarding")},
                  {QStringLiteral("step"), QStringLiteral("connected")},
                  {QStringLiteral("phone_number_id"), credentials.phoneNumberId},
                  {QStringLiteral("waba_id"), credentials.wabaId},
                  {QStringLiteral("on_business_app"), report.number.isCoexistence()},
                  {QStringLiteral("agent"), agent}};
    if (!report.number.displayPhoneNumber.isEmpty())
        e.insert(QStringLiteral("display_phone_number"), report.number.displayPhoneNumber);
    if (!report.number.verifiedName.isEmpty())
        e.insert(QStringLiteral("verified_name"), report.number.verifiedName);
    return HubEvent{e, agent};
}

void Onboarding::recordConnected(const onboarding::Credentials& credentials, const onboarding::CheckReport& report,
                                 const QString& agent, std::function<void(const CommandResult&)> done)
{
    m_record(connectedEvent(credentials, report, agent), std::move(done));
}

QString Onboarding::ackReason(const QList<SyncResult>& results)
{
    bool requested = false, already = false, refused = false;
    for (const SyncResult& r : results) {
        switch (r.outcome) {
        case SyncResult::Outcome::Requested:
            requested = true;
            break;
        case SyncResult::Outcome::Unavailable:
            return QStringLiteral("unavailable");
        case SyncResult::Outcome::Refused:
            refused = true;
            break;
        case SyncResult::Outcome::AlreadyRequested:
            already = true;
            break;
        }
    }
    // The ones requested before are skipped quietly when another one went out now.
    return refused                 ? QStringLiteral("refused")
           : already && !requested ? QStringLiteral("already_requested")
                                   : QString();
}

void Onboarding::requestSyncs(bool again, const QString& agent, SyncDone done)
{
    m_jobs.push_back(Job{again, agent, std::move(done), onboarding::syncTypes(), {}});
    if (!m_running)
        startNext();
}

QJsonObject Onboarding::baseEvent(const QString& step, const QString& syncType) const
{
    return {{QStringLiteral("kind"), QStringLiteral("onboarding")},
            {QStringLiteral("step"), step},
            {QStringLiteral("phone_number_id"), m_settings.phoneNumberId},
            {QStringLiteral("sync_type"), syncType}};
}

void Onboarding::startNext()
{
    if (m_jobs.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    m_graph = std::make_unique<onboarding::GraphClient>(m_network, m_settings.endpoint, m_settings.accessToken,
                                                        m_settings.appSecret, m_clock);
    step();
}

void Onboarding::step()
{
    Job& job = m_jobs.front();
    if (job.types.isEmpty()) {
        Job finished = std::move(job);
        m_jobs.pop_front();
        if (finished.done)
            finished.done(finished.results);
        startNext();
        return;
    }
    const QString type = job.types.first();
    QJsonObject e = baseEvent(QStringLiteral("sync_requesting"), type);
    e.insert(QStringLiteral("agent"), job.agent);
    e.insert(QStringLiteral("again"), job.again);
    QPointer<Onboarding> self(this);
    m_record(HubEvent{e, job.agent}, [self, type](const CommandResult& written) {
        if (!self)
            return;
        SyncResult result;
        result.syncType = type;
        if (!written.ok) {
            result.outcome = written.reason == QLatin1String("already_requested")
                                 ? SyncResult::Outcome::AlreadyRequested
                                 : SyncResult::Outcome::Unavailable;
            self->finishType(result);
            return;
        }
        // Recorded: now, and only now, ask Meta.
        onboarding::requestAppData(
            *self->m_graph, self->m_settings.phoneNumberId, type,
            [self, result](const onboarding::AppDataOutcome& answer) mutable {
                if (!self)
                    return;
                result.answer = answer;
                QJsonObject outcome = self->baseEvent(
                    answer.ok ? QStringLiteral("sync_requested") : QStringLiteral("sync_failed"), answer.syncType);
                const QString agent = self->m_jobs.front().agent;
                if (answer.ok) {
                    if (!answer.requestId.isEmpty())
                        outcome.insert(QStringLiteral("request_id"), answer.requestId);
                } else {
                    if (answer.error.code >= 0)
                        outcome.insert(QStringLiteral("error_code"), answer.error.code);
                    if (!answer.error.message.isEmpty())
                        outcome.insert(QStringLiteral("error_message"), answer.error.message);
                    if (!answer.error.details.isEmpty())
                        outcome.insert(QStringLiteral("error_details"), answer.error.details);
                }
                self->m_record(HubEvent{outcome, agent}, [self, result](const CommandResult& w) mutable {
                    if (!self)
                        return;
                    result.seq = w.seq;
                    result.outcome = !result.answer.ok ? SyncResult::Outcome::Refused
                                     : w.ok            ? SyncResult::Outcome::Requested
                                                       : SyncResult::Outcome::Unavailable;
                    self->finishType(result);
                });
            });
    });
}

void Onboarding::finishType(const SyncResult& result)
{
    Job& job = m_jobs.front();
    job.types.removeFirst();
    job.results << result;
    if (result.outcome == SyncResult::Outcome::Unavailable)
        job.types.clear(); // the log cannot be written: ask Meta for nothing more
    step();
}

} // namespace duet::hub
