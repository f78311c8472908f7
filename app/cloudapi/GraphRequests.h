// SPDX-License-Identifier: GPL-3.0-or-later
// Graph API request builders: message sends, reactions, mark-as-read and the media endpoints.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace duet::cloudapi {

/// Why a request was refused before anything was built. Show it with requestProblemText().
enum class RequestProblem {
    None,
    InvalidApiVersion,       ///< not of the form "v<major>.<minor>"
    InvalidPhoneNumberId,    ///< the sending number's id is empty or not digits
    InvalidRecipient,        ///< `to` does not have 7 to 15 digits
    InvalidUserId,           ///< a business-scoped user ID that is not "CC." (or "CC.ENT.") and 1-128 letters or digits
    TemplateNeedsPhone,      ///< an authentication template to a customer known only by their user ID
    MissingClientId,         ///< biz_opaque_callback_data is required on every send
    ClientIdTooLong,         ///< biz_opaque_callback_data over 512 characters
    EmptyText,               ///< a text body that is empty or only white space
    TextTooLong,             ///< a text body over 4096 UTF-16 code units
    InteractiveTextTooLong,  ///< an interactive message's body over 1024 UTF-16 code units
    MissingMedia,            ///< media with neither an id nor a link
    AmbiguousMedia,          ///< media with both an id and a link
    InvalidMediaLink,        ///< a media link that is not an absolute http(s) URL
    CaptionNotAllowed,       ///< a caption on audio or a sticker
    CaptionTooLong,          ///< a caption over 1024 UTF-16 code units
    FilenameNotAllowed,      ///< a filename on anything but a document
    VoiceNotAllowed,         ///< the voice flag on anything but audio
    MissingTemplateName,     ///< a template without a name
    MissingTemplateLanguage, ///< a template without a language code
    MissingParameterValue,   ///< a template parameter without its value (text, fallback, code, media)
    ParameterNotAllowed,     ///< a parameter type the component does not take
    InvalidButton,           ///< a button component without a sub_type or with an index outside 0-9
    MissingTarget,           ///< a reaction or mark-as-read without the message it is about
    ReplyNotAllowed,         ///< reply context on a reaction
};

/// The agent-facing, translated text for a problem (QCoreApplication::translate, context "duet").
QString requestProblemText(RequestProblem problem);
/// The untranslated source text of the same, for logs and tests.
const char* requestProblemSource(RequestProblem problem);

/// Who a send goes to and how Duet recognises it again. Every send needs all of `to` and
/// `clientId`; `replyToWamid` adds `context.message_id` (not allowed on reactions).
/// `to` is the customer's address as Duet keys them: a phone number in any spelling goes out as
/// `"to": "+E.164"`; a business-scoped user ID ("US.1349…") or a parent one ("US.ENT.1181…") goes
/// out exactly as given as `"recipient"`, with no `to` (docs/CLOUDAPI-CONTRACT.md, "Sending to a BSUID").
struct Envelope
{
    QString to;           ///< the customer's phone number (any spelling) or BSUID / parent BSUID
    QString clientId;     ///< Duet's id for this send; echoed back as biz_opaque_callback_data
    QString replyToWamid; ///< the message quoted, or empty
};

/// Where a piece of media comes from: an uploaded media id or a public http(s) link, not both.
struct MediaSource
{
    QString id;
    QString link;
    static MediaSource fromId(const QString& id) { return {id, {}}; }
    static MediaSource fromLink(const QString& link) { return {{}, link}; }
};

/// A media message. Captions go on images, videos and documents; filenames on documents; the
/// voice flag on audio (an OGG/OPUS voice note).
struct MediaContent
{
    enum class Kind { Image, Video, Audio, Document, Sticker };
    Kind kind = Kind::Image;
    MediaSource source;
    QString caption;
    QString filename;
    bool voice = false;
};

/// One template parameter. Build it with the factories; the type decides which fields count.
struct TemplateParameter
{
    enum class Type { Text, Currency, DateTime, Image, Video, Document, Payload };
    Type type = Type::Text;
    QString text;          ///< Text; also the payload of Payload
    QString fallbackValue; ///< Currency, DateTime
    QString currencyCode;  ///< Currency: ISO 4217
    qint64 amount1000 = 0; ///< Currency: the amount times 1000
    MediaSource media;     ///< Image, Video, Document
    QString filename;      ///< Document, optional

    static TemplateParameter textValue(const QString& text) { return {Type::Text, text, {}, {}, 0, {}, {}}; }
    static TemplateParameter currency(const QString& fallback, const QString& code, qint64 amount1000)
    {
        return {Type::Currency, {}, fallback, code, amount1000, {}, {}};
    }
    static TemplateParameter dateTime(const QString& fallback) { return {Type::DateTime, {}, fallback, {}, 0, {}, {}}; }
    static TemplateParameter image(const MediaSource& m) { return {Type::Image, {}, {}, {}, 0, m, {}}; }
    static TemplateParameter video(const MediaSource& m) { return {Type::Video, {}, {}, {}, 0, m, {}}; }
    static TemplateParameter document(const MediaSource& m, const QString& filename = {})
    {
        return {Type::Document, {}, {}, {}, 0, m, filename};
    }
    static TemplateParameter payload(const QString& payload) { return {Type::Payload, payload, {}, {}, 0, {}, {}}; }
};

/// One template component. Headers take text and media parameters, bodies text, currency and
/// date_time, buttons text (URL buttons) and payload (quick replies) plus a sub_type and an index.
/// A REQUEST_CONTACT_INFO button (sub_type kRequestContactInfoButton) takes no parameters: such a
/// component may be given without any and is left out of the request (docs/CLOUDAPI-CONTRACT.md, "Requesting the phone
/// number").
struct TemplateComponent
{
    enum class Type { Header, Body, Button };
    Type type = Type::Body;
    QList<TemplateParameter> parameters;
    QString subType; ///< Button only: "quick_reply", "url", "request_contact_info", ...
    int index = -1;  ///< Button only: 0-9
};

/// The sub_type of the button that asks the customer for their phone number.
inline constexpr char kRequestContactInfoButton[] = "request_contact_info";

/// A template's category as Meta approved it (the template list's "category").
enum class TemplateCategory { Unspecified, Marketing, Utility, Authentication };
/// "AUTHENTICATION", "authentication", ... -> the category; Unspecified for anything else.
TemplateCategory templateCategoryFromName(QStringView name);
/// "MARKETING", "UTILITY", "AUTHENTICATION" (as Meta writes them); empty for Unspecified.
QString templateCategoryName(TemplateCategory category);

/// An approved template with the values for its placeholders. `category` is not sent: Meta knows
/// it. Duet uses it to refuse what Meta would (authentication templates need a phone number).
struct TemplateContent
{
    QString name;
    QString languageCode; ///< e.g. "en_US"
    QList<TemplateComponent> components;
    TemplateCategory category = TemplateCategory::Unspecified;
};

/// A built request: the path below https://graph.facebook.com and the JSON body, or the reason
/// it was refused (then path and body are empty and `where` names the offending field).
struct GraphRequest
{
    QString path;
    QJsonObject body;
    RequestProblem problem = RequestProblem::None;
    QString where; ///< JSON path of the refused field, e.g. "template.components[1].parameters[0]"
    bool isValid() const { return problem == RequestProblem::None; }
};

/// Builds Cloud API requests for one sending number (docs/CLOUDAPI-CONTRACT.md, "Sending: what Meta expects"). Every
/// send carries messaging_product, recipient_type "individual", the address (`to` as +E.164 for a phone number,
/// `recipient` for a business-scoped user ID) and biz_opaque_callback_data.
/// Input is validated first: nothing is built from bad input. Cheap to copy; no network.
///
///     GraphRequestBuilder graph(cloudapi::graphApiVersion(), phoneNumberId);
///     GraphRequest r = graph.text({customer, clientId, {}}, QStringLiteral("Hello"));
///     if (!r.isValid()) show(requestProblemText(r.problem));
class GraphRequestBuilder
{
public:
    static constexpr int kMaxTextLength = 4096;            ///< UTF-16 code units, as QString::size() counts
    static constexpr int kMaxCaptionLength = 1024;         ///< UTF-16 code units
    static constexpr int kMaxInteractiveTextLength = 1024; ///< an interactive body, UTF-16 code units
    static constexpr int kMaxUserIdLength = 128;           ///< a BSUID's part after the country (and ENT)
    static constexpr int kMaxClientIdLength = 512;

    GraphRequestBuilder(const QString& apiVersion, const QString& phoneNumberId);

    GraphRequest text(const Envelope& envelope, const QString& body, bool previewUrl = false) const;
    GraphRequest media(const Envelope& envelope, const MediaContent& media) const;
    /// Refused with TemplateNeedsPhone for an authentication template to a BSUID (docs/CLOUDAPI-CONTRACT.md, "Sending
    /// to a BSUID").
    GraphRequest templateMessage(const Envelope& envelope, const TemplateContent& content) const;
    /// Asks the customer to share their phone number (docs/CLOUDAPI-CONTRACT.md, "Requesting the phone number"): an
    /// interactive `request_contact_info` message whose body is `bodyText`. The answer arrives as a contacts message
    /// with origin contact_request. Free-form: only inside the 24-hour window.
    GraphRequest contactRequest(const Envelope& envelope, const QString& bodyText) const;
    /// A reaction to `targetWamid`; an empty `emoji` removes an earlier reaction.
    GraphRequest reaction(const Envelope& envelope, const QString& targetWamid, const QString& emoji) const;
    /// Marks `inboundWamid` (and the earlier messages of that chat) as read, optionally showing
    /// "typing…" until the reply or for 25 s. Not a send: no `to`, no biz_opaque_callback_data.
    GraphRequest markRead(const QString& inboundWamid, bool showTyping = false) const;

    /// Whether an address is a business-scoped user ID or a parent one (sent as `recipient`).
    static bool isUserIdAddress(QStringView address);

    /// "/{version}/{phone-number-id}/messages"
    QString messagesPath() const;
    /// "/{version}/{phone-number-id}/media": multipart upload (messaging_product, file).
    QString mediaUploadPath() const;
    /// "/{version}/{media-id}": GET gives the download URL (valid 5 min), DELETE removes it.
    QString mediaPath(const QString& mediaId) const;

private:
    RequestProblem checkSender() const;
    GraphRequest envelopeRequest(const Envelope& envelope, const QString& type, const QJsonObject& content,
                                 bool allowReply) const;

    QString m_apiVersion;
    QString m_phoneNumberId;
};

} // namespace duet::cloudapi
