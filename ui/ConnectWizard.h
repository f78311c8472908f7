// SPDX-License-Identifier: GPL-3.0-or-later
// The single seat's first run: connect the WhatsApp number, step by step, each value checked with Meta.
#pragma once

#include "onboarding/NumberCheck.h"

#include <QUrl>
#include <QWizard>

#include <functional>

class QNetworkAccessManager;

namespace duet {
class Clock;
}

namespace duet::ui {

/// What the wizard asks of the program around it once the checks passed.
struct ConnectHooks
{
    /// Keeps the credentials (the keychain) and starts the hub with them; gives where the hub
    /// receives webhooks on this computer and the verify token for Meta's dashboard. False with
    /// *error (shown on the check page).
    std::function<bool(const onboarding::Credentials& credentials, const onboarding::CheckReport& report, QUrl* webhook,
                       QByteArray* verifyToken, QString* error)>
        connectNumber;
    /// Asks Meta for the phone app's contacts and history, once; `done` gets whether Meta took it
    /// and one sentence for people.
    std::function<void(std::function<void(bool ok, const QString& message)> done)> requestImport;
};

/// The first-run wizard of `duet --single-seat` (docs/DESKTOP.md, "Connecting a number"):
///   1. Number: the phone number ID and WhatsApp Business Account ID (where Meta shows them);
///   2. Access: the access token and the app secret (hidden as typed; kept in the keychain);
///   3. Check: onboarding::NumberCheck with Meta — the token and app secret, the number (display
///      number, verified name, quality, throughput, on the Business app), the app's subscription
///      (subscribed when missing); a failure shows Meta's error and what to do, and Back fixes it;
///      Next connects (hooks.connectNumber);
///   4. Webhook: the callback URL and verify token to paste into Meta's dashboard, with the
///      fields to subscribe;
///   5. Import: the one-time request for the phone app's history and contacts and its 24-hour
///      deadline (hooks.requestImport), or later from the team overview.
/// Usage: `ConnectWizard w(nam, endpoint, clock, hooks); w.setProblem(why); if (w.exec()) ...`
class ConnectWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { NumberPage, AccessPage, CheckPage, WebhookPage, ImportPage };

    ConnectWizard(QNetworkAccessManager& network, onboarding::GraphEndpoint endpoint, const Clock& clock,
                  ConnectHooks hooks, QWidget* parent = nullptr);
    ~ConnectWizard() override;

    /// Something the person must know before starting (a locked keychain, a failed start).
    void setProblem(const QString& text);
    /// Fills the fields, e.g. from a keychain entry that could not be used.
    void setValues(const onboarding::Credentials& credentials);
    onboarding::Credentials credentials() const;

    // What the pages hold, for the program and its tests.
    const onboarding::CheckReport& report() const;
    bool isChecking() const;
    QUrl webhookUrl() const { return m_webhook; }
    QByteArray verifyToken() const { return m_verifyToken; }
    bool isImportRequested() const { return m_importRequested; }

    onboarding::NumberCheck& check() { return m_check; }
    const ConnectHooks& hooks() const { return m_hooks; }
    const Clock& clock() const { return m_clock; }
    void setConnected(const QUrl& webhook, const QByteArray& verifyToken);
    void setImportRequested(bool requested) { m_importRequested = requested; }

private:
    onboarding::NumberCheck m_check;
    ConnectHooks m_hooks;
    const Clock& m_clock;
    QUrl m_webhook;
    QByteArray m_verifyToken;
    bool m_importRequested = false;
};

} // namespace duet::ui
