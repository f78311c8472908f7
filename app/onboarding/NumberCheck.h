// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting a number: each credential checked against the Graph API, the app subscribed when missing.
#pragma once

#include "GraphClient.h"
#include "NumberFacts.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace duet::onboarding {

/// Checks the four values of a number before anything is saved, one step after the other, and
/// stops at the first failed step (its result names Meta's error and what to do):
///   1. Token: GET /debug_token?input_token=… with appsecret_proof — the token is valid, has
///      whatsapp_business_management and whatsapp_business_messaging, and the app secret is its
///      app's (Meta refuses a wrong appsecret_proof); a token that expires is a warning.
///   2. Number: GET /{phone-number-id}?fields=… — display number, verified name, quality,
///      throughput, and whether it is on the WhatsApp Business app (not: a warning; Duet works, but
///      without echoes and without history to import).
///   3. Subscription: GET /{waba-id}/subscribed_apps; when the token's app is not listed,
///      POST /{waba-id}/subscribed_apps subscribes it (the report says so).
/// The same checks serve the single seat's wizard and `duet-hub setup`.
/// Usage: `NumberCheck check(nam, endpoint, clock); connect(&check, &NumberCheck::finished, ...); check.start(c);`
class NumberCheck : public QObject
{
    Q_OBJECT
public:
    NumberCheck(QNetworkAccessManager& network, GraphEndpoint endpoint, const Clock& clock, QObject* parent = nullptr);
    ~NumberCheck() override;

    /// Runs every step for these credentials; an earlier run still going is abandoned.
    void start(const Credentials& credentials);
    bool isRunning() const { return m_running; }
    const CheckReport& report() const { return m_report; }

signals:
    void stepStarted(duet::onboarding::Step step);
    void stepFinished(const duet::onboarding::StepResult& result);
    /// Every step ran, or one failed; report().ok() tells which.
    void finished(const duet::onboarding::CheckReport& report);

private:
    void checkToken();
    void checkNumber();
    void checkSubscription();
    void subscribe();
    void finishStep(const StepResult& result);
    StepResult failure(Step step, const cloudapi::ApiError& error) const;

    QNetworkAccessManager& m_network;
    GraphEndpoint m_endpoint;
    const Clock& m_clock;
    Credentials m_credentials;
    std::unique_ptr<GraphClient> m_graph;
    CheckReport m_report;
    bool m_running = false;
};

} // namespace duet::onboarding
