// SPDX-License-Identifier: GPL-3.0-or-later
// Duet's normalized event: what one webhook change (or one message inside it) means to Duet.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace duet {

/// What an Event describes. The names on the wire (docs/EVENTS.md) are the lower-case forms
/// returned by eventKindName().
enum class EventKind : quint8 {
    Message,         ///< a customer's message to the business (`messages` field)
    Echo,            ///< a message the business sent from the phone app (`smb_message_echoes`)
    History,         ///< a message from the imported chat history (`history`), either direction
    Status,          ///< a delivery status of a message the business sent through the API
    Contact,         ///< an address-book change on the phone app (`smb_app_state_sync`)
    HistoryProgress, ///< the metadata of one history chunk (phase, chunk order, progress)
    HistoryDeclined, ///< the business turned history sharing off (code 2593109)
    Account,         ///< an `account_update` event (PARTNER_REMOVED, ACCOUNT_OFFBOARDED, ...)
    Error,           ///< a value-level error Meta reports (`value.errors[]`)
    Unknown,         ///< a webhook field Duet does not handle yet; kept, never dropped
    Invalid,         ///< a change or message lacking what the contract requires
    IdentityChange,  ///< a customer changed number or BSUID (system message or `user_id_update`)
    TemplateStatus,  ///< a message template's status changed (`message_template_status_update`)
    Preference,      ///< a customer stopped or resumed a kind of message (`user_preferences`)
};

/// The wire name of a kind: "message", "echo", "history", "status", "contact",
/// "history_progress", "history_declined", "account", "error", "unknown", "invalid", "identity_change",
/// "template_status", "preference".
QString eventKindName(EventKind kind);
/// The kind for a wire name; false when the name is not one of eventKindName()'s.
bool eventKindFromName(QStringView name, EventKind* kind);

/// Who wrote a message-like event.
enum class Origin : quint8 {
    Customer, ///< the customer (live `messages`)
    App,      ///< the business on the phone app (echo)
    History,  ///< imported history, either direction
};

/// One normalized event. A flat value type: the fields that apply to its kind are set, the rest
/// stay null/zero. Strings that the payload does not carry stay null (QString::isNull()), so a
/// consumer can tell "absent" from "empty" (an empty emoji removes a reaction).
struct Event
{
    EventKind kind = EventKind::Unknown;
    QString phoneNumberId; ///< the business number's id from `metadata`; null when the payload has none

    // message, echo, history ------------------------------------------------------------------
    QString wamid;         ///< the message id; for statuses, the id of the message the status is about
    QString contact;       ///< the customer's number, digits only; null when Meta withheld it (docs/IDENTITY.md)
    bool outbound = false; ///< direction: true when the business sent it (echo, business history item)
    qint64 timestamp = 0;  ///< seconds since the epoch
    QString type;          ///< the Cloud API type string: text, image, reaction, media_placeholder, ...;
                           ///< preference: the category (marketing_messages)
    QString text;          ///< body, caption, button or list title, template button text; preference: detail
    QString name;          ///< the customer's profile name (messages) or address-book name (contact)
    QString contextWamid;  ///< the message this one replies to
    QString targetWamid;   ///< the message a reaction, edit or revoke is about
    QString emoji;         ///< reactions only: the emoji, "" when the reaction was removed
    QString mediaId;       ///< media id (image, video, audio, document, sticker)
    QString mimeType;      ///< media MIME type
    QString filename;      ///< document file name
    bool referral = false; ///< the message came from a click-to-WhatsApp ad or post
    bool voice = false;    ///< audio recorded as a voice note
    QString historyStatus; ///< history items: the delivery status Meta reports, lower case
    /// The type-specific details as one compact JSON object (docs/EVENTS.md, "Message details"):
    /// location, shared contact cards, interactive and button replies, order, the product asked
    /// about, the click-to-WhatsApp referral, and the problems met reading them; null when none.
    QString details;

    // who the customer is (every kind that names a customer; docs/IDENTITY.md) ---------------------
    QString userId;       ///< the business-scoped user id (BSUID), e.g. "US.13491208655302741918"; opaque
    QString parentUserId; ///< the parent BSUID ("US.ENT.…"), only for enrolled portfolios
    QString username;     ///< the customer's username, without a leading '@'; also the business's own
    // identity_change: the customer's identifiers before the change (the new ones are above) ------
    QString previousUserId;
    QString previousParentUserId;
    QString previousContact; ///< the old number, digits only, when Meta sent it

    // contacts messages: the contact cards the customer shared ------------------------------------
    QString shareOrigin;      ///< `contacts[].origin`: contact_request (the button) or other
    QStringList sharedPhones; ///< every shared number, digits only (the wa_id when given, else the phone)
    QString vcard;            ///< the raw vCard(s) (origin other), concatenated in order
    bool unsupported = false; ///< Meta sent `errors` instead of the message's content

    // status ------------------------------------------------------------------------------------
    QString status;          ///< sent, delivered, read, played, failed (lower case)
    QString callback;        ///< biz_opaque_callback_data, as sent
    QString pricingType;     ///< pricing.type: regular, free_customer_service, free_entry_point
    QString pricingCategory; ///< pricing.category: service, marketing, utility, referral_conversion, ...
    QString pricingModel;    ///< pricing.pricing_model: PMP (per message) or CBP (before July 2025)
    int billable = -1;       ///< pricing.billable: 1 billed, 0 free, -1 when the status carries none

    // contact -----------------------------------------------------------------------------------
    QString action; ///< add (added or edited) or remove; preference: stop, resume (others kept as sent)

    // history_progress --------------------------------------------------------------------------
    int phase = -1;      ///< 0, 1 or 2
    int chunkOrder = -1; ///< the chunk's place in its phase; chunks may arrive out of order
    int progress = -1;   ///< 0..100; 100 means the whole sync is done

    // account -----------------------------------------------------------------------------------
    QString accountEvent; ///< PARTNER_REMOVED, ACCOUNT_OFFBOARDED, ACCOUNT_RECONNECTED, ...

    // template_status (the template event itself is accountEvent, its reason `reason`) -------------
    QString templateId;       ///< Meta's template id (a number on the wire, kept as its digits)
    QString templateName;     ///< message_template_name
    QString templateLanguage; ///< message_template_language, e.g. en_US
    QString templateCategory; ///< message_template_category: MARKETING, UTILITY, AUTHENTICATION

    // error, status failures, message errors, history_declined -----------------------------------
    int errorCode = 0;    ///< Meta's error code; 0 when there is none
    QString errorTitle;   ///< Meta's title or message for the error, for logs and supervisors
    QString errorDetails; ///< error_data.details

    // unknown, invalid, account -------------------------------------------------------------------
    QString field;  ///< unknown: the webhook field name
    QString path;   ///< invalid, some unknown: the JSON path of the node, e.g. $.entry[0].changes[1].value
    QString reason; ///< invalid: what is wrong; unknown: what is not handled; account: disconnection_info.reason

    /// The origin of a message-like event (Message, Echo, History).
    Origin origin() const
    {
        return kind == EventKind::Echo ? Origin::App : kind == EventKind::History ? Origin::History : Origin::Customer;
    }
    bool isMessageLike() const
    {
        return kind == EventKind::Message || kind == EventKind::Echo || kind == EventKind::History;
    }
};

} // namespace duet
