// SPDX-License-Identifier: GPL-3.0-or-later
// The Cloud API simulator's logic: Graph endpoints, Meta's rules, statuses and scripted traffic.
#pragma once

#include "Customers.h"
#include "MediaStore.h"
#include "MessageValidator.h"
#include "Scenario.h"
#include "SendGate.h"
#include "SimTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

#include <functional>
#include <map>
#include <optional>

namespace duet {
class Clock;
}

namespace duet::sim {

/// Everything the simulator does, without sockets: handle() answers one Graph API request
/// (docs/CLOUDAPI-CONTRACT.md) and schedules what follows from it (statuses, history chunks, contact
/// syncs) on the injected clock; tick() runs what is due and the scenario's timeline; the webhook
/// changes that became due are collected with takeReadyChanges() (WebhookDispatcher sends them).
/// The same seed, clock and requests give the same ids, delays and payloads.
/// Customers are users of 2026's Cloud API (docs/CLOUDAPI-CONTRACT.md, "Identity: phone numbers, business-scoped user
/// ids and usernames"): every webhook carries their business-scoped user ID, a customer with a username has their
/// number left out unless Meta's rules allow it (Customers), sends may go to `recipient`, and customers answer a
/// request for their number.
///
///     Simulator sim(clock, scenario, token, seed);
///     SimResponse r = sim.handle(request);   // in tests, straight from a FakeClock
///     clock.advanceSecs(5); sim.tick(); QList<WebhookChange> due = sim.takeReadyChanges();
class Simulator
{
public:
    Simulator(const Clock& clock, Scenario scenario, QByteArray accessToken, quint64 seed);

    /// Answers one request. Paths: /vNN.N/{phone-number-id}/messages|media|smb_app_data,
    /// DELETE /vNN.N/{phone-number-id}/contact_book?bsuid=…, /vNN.N/{media-id} (GET, DELETE), the
    /// media download URL, GET /_sim/stats, POST /_sim/inbound (a customer message on demand:
    /// {"from": a number or a BSUID, "text"[, "name"]}), POST /_sim/echo (the phone app answers:
    /// {"to", "text"}) and POST /_sim/account_update (Meta changes the connection: {"event"[,
    /// "reason"][, "initiated_by"]}).
    SimResponse handle(const SimRequest& request);

    /// Runs the scheduled work and timeline steps due by now.
    void tick();
    /// The service's steady timer beat: see SendGate::heartbeat() (never called per request).
    void heartbeat() { m_gate.heartbeat(); }
    /// The real time heartbeats are judged by (SendGate::setStallClock()); null: none.
    void setStallClock(const Clock* real) { m_gate.setStallClock(real); }
    /// Webhook changes that became due, oldest first; the list is emptied.
    QList<WebhookChange> takeReadyChanges();

    /// Emits a customer text message now (opens the window); returns its wamid. `from`: a
    /// customer's number (or scenario wa_id) or BSUID; an unknown number becomes a new customer.
    QString customerText(const QString& from, const QString& text);
    /// Meta reviews a template again (SimTemplates.cpp): its status follows `event` (APPROVED,
    /// REJECTED, PAUSED, DISABLED, REINSTATED, …) and a `message_template_status_update` webhook
    /// says so. `language` empty: every language of that name. False when no template has that name.
    bool changeTemplateStatus(const QString& name, const QString& language, const QString& event,
                              const QString& reason = {});
    /// Meta changes the account's connection now (SimAccountUpdates.cpp): an `account_update`
    /// webhook with `event` PARTNER_REMOVED (with disconnection_info {reason, initiated_by} when
    /// `reason` is not empty), ACCOUNT_OFFBOARDED, ACCOUNT_RECONNECTED, ACCOUNT_DELETED or
    /// PARTNER_ADDED, shaped as Meta's examples are. False for any other event.
    bool accountUpdate(const QString& event, const QString& reason = QStringLiteral("PRIMARY_INACTIVITY"),
                       const QString& initiatedBy = QStringLiteral("SYSTEM"));
    /// The customer shares their number as the request-contact-info button does (a contacts
    /// message with origin contact_request); from then on webhooks carry it (the contact book).
    QString customerSharesPhone(const QString& handle);
    /// The customer changes number: a `system` message, and new ids from then on.
    QString customerChangesNumber(const QString& handle, const QString& newPhone);

    /// The app secret, to check the appsecret_proof a request carries (Meta refuses a wrong one).
    void setAppSecret(const QByteArray& appSecret) { m_appSecret = appSecret; }
    /// Whether the scenario's app is subscribed to the account's webhooks now.
    bool isAppSubscribed() const { return m_appSubscribed; }

    /// The base of media download URLs, e.g. "http://127.0.0.1:8080" (set once listening).
    void setPublicBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    const Scenario& scenario() const { return m_scenario; }
    SimStats& stats() { return m_stats; }
    /// The bytes of a customer's media of type `mime`: the sample photo (grown to `fileSize` bytes
    /// when larger), voice note, PDF or video; empty for other types (random bytes stand in for them).
    QByteArray sampleMedia(const QByteArray& mime, qint64 fileSize);
    /// The media the simulator holds (uploads and what its customers send); tests add files here.
    MediaStore& media() { return m_media; }
    const SendGate& gate() const { return m_gate; }
    Customers& customers() { return m_customers; }
    /// The stats as JSON (GET /_sim/stats).
    /// `brief`: without the per-id maps (accepted_by_client_id, client_id_by_wamid,
    /// accepted_by_recipient), for frequent polls (GET /_sim/stats?brief=1).
    QJsonObject statsJson(bool brief = false) const;

    // Ids in Meta's shapes, from the seeded generator.
    QString newWamid(const QString& waId);
    QString newNumericId();
    QString newTraceId();
    qint64 randomBetween(qint64 minMs, qint64 maxMs);
    bool chance(double probability);
    /// A number in [0, 1) fixed by the seed, `key` (a customer's number) and `salt` alone: the
    /// same in every run with that seed, whatever else happened (delivery.outcomes).
    double recipientDraw(const QString& key, quint64 salt) const;

private:
    SimResponse error(const SimError& e);
    SimResponse json(const QJsonObject& object, int status = 200);
    SimResponse graph(const SimRequest& request, const QStringList& parts);
    SimResponse sendMessage(const SimRequest& request);
    SimResponse uploadMedia(const SimRequest& request);
    // The business account's templates (SimTemplates.cpp).
    SimResponse listTemplates(const SimRequest& request, const QString& wabaId);
    SimResponse templateStatus(const SimRequest& request);
    SimResponse mediaInfo(const QString& mediaId);
    SimResponse download(const SimRequest& request);
    SimResponse appData(const SimRequest& request);
    SimResponse forgetContact(const SimRequest& request);
    SimResponse inbound(const SimRequest& request);
    SimResponse echo(const SimRequest& request);
    /// POST /_sim/user_preferences: a customer stops or resumes marketing messages now.
    SimResponse userPreference(const SimRequest& request);
    SimResponse accountUpdateRequest(const SimRequest& request);
    // The number, the token and the account's app subscriptions (SimAccount.cpp).
    SimResponse numberInfo(const SimRequest& request);
    SimResponse debugToken(const SimRequest& request);
    SimResponse subscribedApps(const SimRequest& request, const QString& wabaId);
    /// A request whose appsecret_proof does not match the app secret: Meta's error; null otherwise.
    std::optional<SimResponse> checkAppSecretProof(const SimRequest& request);
    bool isAuthorized(const QByteArray& header) const;

    // Scheduled work (SimTraffic.cpp).
    void at(qint64 dueMs, std::function<void()> work);
    void emitChange(const QString& field, const QJsonObject& value);
    QJsonObject valueEnvelope() const;
    /// One accepted send, as its statuses need it: who it went to and how.
    struct Sent
    {
        QString wamid;
        QString handle;   ///< the customer (Customers)
        QString phone;    ///< the number it went to; empty when it went to a BSUID
        QString clientId; ///< biz_opaque_callback_data
    };
    /// Schedules the statuses of a send; returns when it is delivered (-1 when it fails).
    /// `entryPoint`: inside a free entry point (priced free_entry_point / referral_conversion).
    qint64 scheduleStatuses(const Sent& sent, const QString& type, const QString& category, bool windowOpen,
                            bool entryPoint = false);
    /// Whether a send to `handle` now falls in a free entry point: the customer came from an ad and
    /// the business's first reply within 24 h of it opened 72 free hours (this send may open them).
    bool inFreeEntryPoint(const QString& handle);
    void emitStatus(const Sent& sent, const QString& status, const QJsonObject& extra);
    void runStep(const ScenarioStep& step);
    /// A location, contact cards, an order, a reply button or list tap, or a template button tap
    /// (steps of those types), Meta-shaped.
    QString emitRichMessage(SimCustomer& customer, const ScenarioStep& step, QJsonObject extra);
    QString emitCustomerMessage(SimCustomer& customer, const QString& type, const QJsonObject& content,
                                const QJsonObject& extra);
    QString resolveReference(const QString& reference, const QString& handle) const;
    QJsonObject customerMedia(const QJsonObject& step);
    /// A state-sync `contact` object's identifiers for `c` (docs/CLOUDAPI-CONTRACT.md, "Where they arrive").
    QJsonObject stateSyncContact(const SimCustomer& c) const;
    void startHistorySync();
    void startContactSync();

    const Clock& m_clock;
    Scenario m_scenario;
    QByteArray m_accessToken;
    QRandomGenerator m_random;
    quint64 m_seed;
    SendGate m_gate;
    MediaStore m_media;
    MessageValidator m_validator;
    Customers m_customers;
    SimStats m_stats;
    QString m_baseUrl = QStringLiteral("http://127.0.0.1");
    qint64 m_startMs;
    int m_nextStep = 0;
    bool m_historyRequested = false;
    bool m_contactsRequested = false;
    QByteArray m_appSecret;
    bool m_appSubscribed = true;
    std::multimap<qint64, std::function<void()>> m_schedule;
    QList<WebhookChange> m_ready;
    QHash<QString, QString> m_stepWamids;        // step id -> wamid
    QHash<QString, QString> m_lastBusinessWamid; // handle -> last message the business sent (API or app)
    QHash<QString, QString> m_lastThreadWamid;   // handle -> last message in the thread, either way
    QHash<QString, qint64> m_referralAtMs;       // handle -> the customer's latest message from an ad
    QHash<QString, qint64> m_entryPointUntilMs;  // handle -> end of the 72 free hours the reply opened
    QSet<QString> m_repliers;                    // handles that answered a send (delivery.outcomes reply)
};

} // namespace duet::sim
