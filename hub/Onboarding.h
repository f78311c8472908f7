// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's part in connecting the number: the `connected` step and the one-time sync requests, in the log.
#pragma once

#include "LogWriter.h"
#include "onboarding/AppDataRequest.h"
#include "onboarding/NumberFacts.h"

#include <QList>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace duet::hub {

/// Records the onboarding steps as log events (kind `onboarding`, docs/PROTOCOL.md) and asks Meta
/// for the phone app's contacts and chat history (POST /{phone-number-id}/smb_app_data), each
/// once: before calling Meta it appends `sync_requesting`, which the writer refuses
/// ("already_requested") when that sync was ever requested, unless a repeat was asked for
/// (`again`); then it appends Meta's answer (`sync_requested` or `sync_failed`). A hub that stops
/// between the two leaves `requesting` in the log: never asked again on its own. Requests run one
/// at a time, contacts before history. The same class serves the running hub (events through the
/// WebhookJournal) and `duet-hub setup` (straight through a LogWriter): only the Recorder differs.
/// Usage: `Onboarding o(recorder, settings, nam, clock); o.requestSyncs(false, "ana", done);`
class Onboarding : public QObject
{
    Q_OBJECT
public:
    /// Appends one hub event to the log and answers with the writer's result, on this object's thread.
    using Recorder = std::function<void(const HubEvent&, std::function<void(const CommandResult&)>)>;

    struct Settings
    {
        QString phoneNumberId;
        onboarding::GraphEndpoint endpoint;
        QByteArray accessToken;
        QByteArray appSecret;
    };

    /// How one sync request ended.
    struct SyncResult
    {
        enum class Outcome {
            Requested,        ///< Meta took it
            AlreadyRequested, ///< it was requested before and no repeat was asked for: nothing sent
            Refused,          ///< Meta refused it (outcome.error; the log has `sync_failed`)
            Unavailable,      ///< the log could not be written: nothing sent
        };
        QString syncType;
        Outcome outcome = Outcome::Unavailable;
        onboarding::AppDataOutcome answer; ///< Meta's answer when it was asked
        qint64 seq = 0;                    ///< the log event of the outcome
    };
    using SyncDone = std::function<void(const QList<SyncResult>&)>;

    Onboarding(Recorder recorder, Settings settings, QNetworkAccessManager& network, const Clock& clock,
               QObject* parent = nullptr);
    ~Onboarding() override;

    /// Whether Meta can be asked at all (a phone number id and an access token are configured).
    bool isConfigured() const;

    /// The `connected` step for a number whose checks passed.
    static HubEvent connectedEvent(const onboarding::Credentials& credentials, const onboarding::CheckReport& report,
                                   const QString& agent);
    /// Appends `connected`; `done` gets the writer's result.
    void recordConnected(const onboarding::Credentials& credentials, const onboarding::CheckReport& report,
                         const QString& agent, std::function<void(const CommandResult&)> done);

    /// Requests every sync type (contacts, then history) that was never requested, or all of them
    /// again when `again`; `done` gets one result per type. Calls queue behind one another.
    void requestSyncs(bool again, const QString& agent, SyncDone done);

    /// The ack reason for a set of results: empty when each was requested now or before (and at
    /// least one now); "already_requested" when all were before and none now; "refused" (Meta's
    /// error is in the log) or "unavailable" otherwise.
    static QString ackReason(const QList<SyncResult>& results);

private:
    struct Job
    {
        bool again = false;
        QString agent;
        SyncDone done;
        QStringList types;
        QList<SyncResult> results;
    };
    void startNext();
    void step();
    void finishType(const SyncResult& result);
    QJsonObject baseEvent(const QString& step, const QString& syncType) const;

    Recorder m_record;
    Settings m_settings;
    QNetworkAccessManager& m_network;
    const Clock& m_clock;
    std::deque<Job> m_jobs;
    bool m_running = false;
    std::unique_ptr<onboarding::GraphClient> m_graph;
};

} // namespace duet::hub
