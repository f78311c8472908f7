// SPDX-License-Identifier: GPL-3.0-or-later
// A simulator scenario: the business, its limits and templates, and a scripted day of traffic.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace duet::sim {

/// A template of the business account, how many parameters each of its components takes, its
/// review status (only APPROVED ones can be sent) and the texts GET /{waba-id}/message_templates shows.
struct TemplateSpec
{
    QString id; ///< Meta's template id (digits); derived from name and language when the scenario gives none
    QString name;
    QString language;                            ///< e.g. "en_US"
    QString category;                            ///< "marketing", "utility" or "authentication"
    QString status = QStringLiteral("APPROVED"); ///< APPROVED, PENDING, REJECTED, PAUSED, DISABLED, ...
    int headerParams = 0;
    int bodyParams = 0;
    int buttonCount = 0;              ///< buttons listed in `buttons` (each a quick reply, or a URL with a parameter)
    QMap<int, int> buttonParams;      ///< button index -> parameters it takes (buttons with none are absent)
    bool requestsContactInfo = false; ///< has a REQUEST_CONTACT_INFO button (no parameters): asks for the number
    QString headerText;               ///< empty: "{{1}}" when the header takes a parameter, else no header
    QString bodyText;                 ///< empty: made from the name and the body's parameters
    QString footerText;

    /// The components as Meta lists them: HEADER (TEXT), BODY, FOOTER, BUTTONS.
    QJsonArray components() const;
};

/// One scripted customer. `waId` names them in the scenario's steps for the whole run, also after
/// a `change_number` step gave them another number.
struct CustomerSpec
{
    QString waId;     ///< their phone number, digits only
    QString name;     ///< profile name
    QString username; ///< without '@'; empty: none
    /// With a username, Meta leaves the number out of webhooks unless the 30-day rule or the
    /// contact book allow it (docs/CLOUDAPI-CONTRACT.md, "When the phone number is included"). false: the number is in
    /// the contact book from the start.
    bool phoneHidden = false;
    bool sharesPhone = true;     ///< answers a request for their number by sharing it
    qint64 shareAfterMs = 20000; ///< ... this long after the request was delivered
};

/// How the simulated network treats accepted messages: status delays (simulated ms, uniform
/// between min and max), which share are read or fail, and how webhooks are delivered.
struct DeliveryProfile
{
    qint64 sentMinMs = 300, sentMaxMs = 1500;
    qint64 deliveredMinMs = 500, deliveredMaxMs = 4000;
    qint64 readMinMs = 3000, readMaxMs = 60000;
    double readRatio = 0.8;      ///< share of delivered messages later read
    double failureRatio = 0.0;   ///< share of accepted messages failing with 131026 or 130472
    double duplicateRatio = 0.0; ///< share of acknowledged webhook POSTs delivered a second time
    int batchMax = 1;            ///< most changes in one webhook POST
    QStringList undeliverable;   ///< wa_ids whose messages always fail with 131026

    /// A campaign's outcomes, decided per recipient (`delivery.outcomes`): every send to one
    /// number ends the same way, drawn from the seed and the number alone, so the mix does not
    /// depend on the order or the timing of the sends. Without it (usesOutcomes false) readRatio
    /// and failureRatio draw per send.
    bool usesOutcomes = false;
    double outcomeRead = 0;         ///< share of recipients who read (the rest of the delivered only deliver)
    double outcomeFailed131026 = 0; ///< share whose messages fail with 131026 (undeliverable)
    double outcomeFailed131049 = 0; ///< ... with 131049 (healthy ecosystem engagement)
    double outcomeFailed130472 = 0; ///< ... with 130472 (experiment group)
    double outcomeReply = 0;        ///< share of the delivered recipients who write back once
    qint64 replyMinMs = 5000, replyMaxMs = 60000; ///< ... this long after the delivery
};

/// One scripted event. `data` is the step as written (already checked by the loader).
struct ScenarioStep
{
    qint64 atMs = 0; ///< simulated milliseconds after the start
    /// text, image, video, audio, document, sticker, location, contacts, order, button_reply,
    /// list_reply, button, reaction, echo, contact, partner_removed,
    /// account_offboarded, account_reconnected,
    /// share_phone, change_number, username
    QString type;
    QString id; ///< optional name other steps refer to (reply_to, target)
    QJsonObject data;
};

/// One history chunk, delivered in the order listed after `smb_app_data` sync_type history.
struct HistoryChunk
{
    int phase = 0;
    int chunkOrder = 1;
    int progress = 100;
    QJsonArray threads; ///< [{id, messages:[{from_me, ago_s, type, text | media, status}]}]
};

/// Everything a simulator run is configured with. Scenario::defaults() is a business with two
/// templates and no traffic; load() reads a scenario file (format in docs/SIMULATOR.md).
struct Scenario
{
    QString name = QStringLiteral("default");
    QString phoneNumberId = QStringLiteral("106540352242922");
    QString displayPhoneNumber = QStringLiteral("15550783881");
    QString wabaId = QStringLiteral("102290129340398");
    // What GET /{phone-number-id} and GET /debug_token tell about the number and the app.
    QString verifiedName = QStringLiteral("Duet Demo Shop");
    QString qualityRating = QStringLiteral("GREEN");
    bool onBusinessApp = true; ///< is_on_biz_app: the number is in Coexistence (the Business app and the API)
    QString appId = QStringLiteral("1000000000000123"); ///< the app the access token belongs to
    QString appName = QStringLiteral("Duet");
    bool appSubscribed = true; ///< the app is subscribed to the account's webhooks from the start
    int throughputPerSec = 20; ///< Coexistence numbers: fixed 20 mps (docs/CLOUDAPI-CONTRACT.md)
    int pairBurst = 45;
    qint64 pairIntervalMs = 6000;
    int tierLimit = 250;       ///< business-initiated unique recipients per moving 24 h
    bool parentBsuids = false; ///< the portfolio is enrolled in parent BSUIDs: webhooks carry them too
    bool contactBook = true;   ///< Meta's contact book is on (the business can switch it off)
    QList<TemplateSpec> templates;
    QMap<QString, CustomerSpec> customers; ///< wa_id -> the customer
    DeliveryProfile delivery;
    QList<ScenarioStep> steps; ///< sorted by atMs (stable)
    bool historyDeclined = false;
    QList<HistoryChunk> history;
    QJsonArray contacts; ///< [{phone_number, full_name, first_name}] sent on smb_app_state_sync

    static Scenario defaults();
    /// Parses a scenario. On failure returns false and sets *error to one line naming the place.
    static bool load(const QByteArray& json, Scenario* out, QString* error);
    static bool loadFile(const QString& path, Scenario* out, QString* error);

    const TemplateSpec* findTemplate(const QString& name, const QString& language) const;
};

} // namespace duet::sim
