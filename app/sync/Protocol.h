// SPDX-License-Identifier: GPL-3.0-or-later
// The agent wire protocol (docs/PROTOCOL.md): message types and their JSON text frames.
#pragma once

#include "core/TemplateRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

namespace duet::sync {

/// The protocol version this build speaks; hello and welcome carry it as "v".
constexpr int kProtocolVersion = 1;
/// Frames larger than this are refused before parsing (a 1,000-event page fits comfortably).
constexpr qsizetype kMaxFrameBytes = 4 * 1024 * 1024;

enum class Role { Agent, Supervisor };

/// What an agent asks the hub to do with a conversation.
enum class CommandName {
    Claim,
    Release,
    Assign,
    SetStatus,
    AddLabel,
    RemoveLabel,
    Note,
    Presence,
    Outbound,
    MarkRead,
    RefreshTemplates, ///< supervisors: fetch the templates from Meta now; about no conversation
    RequestSync,      ///< supervisors: ask Meta once for the phone app's contacts and history; no conversation
};

/// Whether a command is about one conversation (and so must name it).
bool commandHasConversation(CommandName name);

enum class ConversationStatus { Open, Pending, Snoozed, Resolved };

enum class PresenceState {
    Viewing,   ///< the conversation is open on the agent's screen
    Composing, ///< the agent is typing a reply
    Left,      ///< the agent closed it (presence also expires on its own)
};

// client -> hub --------------------------------------------------------------------------------

/// The first frame of every connection: who is there and where their replica stops.
struct Hello
{
    int version = kProtocolVersion;
    QString token;    ///< the agent's token; never logged
    qint64 since = 0; ///< the last seq the client has applied; 0 for a fresh replica
    QString client;   ///< optional software name and version, e.g. "duet/0.1.0"
    /// The client applies a filtered stream (`backfill`, `forget`, seqs that skip); a hub whose
    /// agents see only their own conversations refuses agents whose client does not.
    bool filtered = false;
};

/// One request, acknowledged by an Ack with the same id. Only the fields of its name are used.
struct Command
{
    QString id; ///< chosen by the client, unique per connection; echoed in the ack
    CommandName name = CommandName::Claim;
    QString conversation; ///< the customer's contact key (digits); empty for refresh_templates, request_sync
    bool again = false;   ///< request_sync: ask again although it was requested before (an explicit repeat)

    QString agent;                                        ///< assign: the agent's name; "" unassigns
    ConversationStatus status = ConversationStatus::Open; ///< set_status
    qint64 until = 0;                                     ///< set_status snoozed: unix seconds
    QString label;                                        ///< add_label, remove_label
    QString text;                                         ///< note; outbound: the text shown (optional)
    PresenceState presence = PresenceState::Viewing;      ///< presence
    QString wamid;                                        ///< outbound, mark_read
    QString clientId;                                     ///< outbound: the desktop's outbox id
    QJsonObject content;                                  ///< outbound: what was sent ({"type": ..., ...})
    /// outbound, optional: the campaign (bulk job) the send belongs to, as the desktop names it.
    /// A campaign send does not put a new conversation in the queues until the customer answers.
    QString campaign;
};

/// What the desktop has queued to send (its SendScheduler's lanes), for the hub to lease it a
/// share of the number's cap: sent when the queue changes, at most every kDemandIntervalMs, and at
/// once when it goes from idle to busy. The hub answers with a Rate frame when the lease changes.
struct Demand
{
    int live = 0; ///< replies queued in the live lane
    int bulk = 0; ///< campaign sends queued in the bulk lane
};
/// The shortest time between two demand frames of one connection (except idle -> busy).
constexpr int kDemandIntervalMs = 250;

// hub -> client --------------------------------------------------------------------------------

/// The hub's answer to a good hello.
struct Welcome
{
    int version = kProtocolVersion;
    QString agent;
    Role role = Role::Agent;
    qint64 serverTimeMs = 0; ///< the hub's clock, for the desktop to measure its skew
    qint64 head = 0;         ///< the newest seq in the log now
    QString phoneNumberId;   ///< the number the desktop sends as, through the hub's Graph relay
    QString apiVersion;
    /// This connection's id, made by the hub (random, not secret): the desktop names it in
    /// `X-Duet-Session` on its Graph relay calls. Meta's token never leaves the hub.
    QString session;
    double sendShare = 0; ///< this session's lease of the number's send cap, messages per second (0 while idle)
    /// The team's settings (`team` object): mark customers' messages read on WhatsApp when an agent
    /// opens them, and show the typing indicator while an agent types. On when the hub says nothing.
    bool readReceipts = true;
    /// `team.reply_claims`: an agent's reply to an unassigned conversation claims it first. On when
    /// the hub says nothing.
    bool replyClaims = true;
    /// `team.visibility`: agents see only their own and unassigned conversations (`own`), or all.
    bool ownOnly = false;
    /// `team.media_auto_download_bytes`: the largest media file an opened conversation downloads
    /// without a click (images, stickers, video, voice notes); 0: none. 2 MB when the hub says nothing.
    qint64 mediaAutoDownloadBytes = 2 * 1024 * 1024;
    /// This connection's stream is filtered (docs/PROTOCOL.md, "Visibility"): seqs increase but
    /// may skip, and `backfill` and `forget` frames come. False when the hub says nothing.
    bool filtered = false;
};

/// One log event. `event` is the event's JSON object (docs/EVENTS.md and PROTOCOL.md).
struct EventFrame
{
    qint64 seq = 0;
    qint64 atMs = 0; ///< when the hub committed it
    QJsonObject event;
    /// Part of a conversation's history after a `backfill` frame: older than the stream's position,
    /// applied but not recorded as the position.
    bool backfill = false;
};

/// Filtered streams: `conversation` became visible at `seq` (an assignment). The client drops what
/// it holds of it; the conversation's earlier events follow as backfill events, then event `seq`.
struct Backfill
{
    QString conversation;
    qint64 seq = 0;
};

/// Filtered streams: `conversation` stopped being visible at `seq` (an assignment to someone else).
/// The client drops it from its replica and counts `seq` as applied.
struct Forget
{
    QString conversation;
    qint64 seq = 0;
};

/// The backlog since hello's `since` has been sent; live events follow.
struct CaughtUp
{
    qint64 head = 0;
};

/// The outcome of one command.
struct Ack
{
    QString id;
    bool ok = false;
    QString reason; ///< when !ok: a reason code from PROTOCOL.md, e.g. "not_found"
    qint64 seq = 0; ///< when ok: the seq of the log event the command became
};

/// A frame the hub could not use, or a problem not tied to one command.
struct ErrorFrame
{
    QString reason; ///< a reason code, e.g. "bad_frame"
    QString detail; ///< one line for logs
};

/// The session's new lease of the send cap (its demand or the team's changed).
struct Rate
{
    double sendShare = 0;
};

/// The hub is about to close the connection, and why (also the WebSocket close reason).
struct Bye
{
    QString reason; ///< e.g. "unauthorized", "unsupported_version", "revoked", "flood", "shutdown"
    QString detail;
};

/// One agent of the hub as the roster lists it.
struct RosterEntry
{
    QString name;
    Role role = Role::Agent;
    bool online = false; ///< has at least one welcomed connection to this hub instance
    qint64 sinceMs = 0;  ///< online: when its oldest live connection was welcomed; offline: when it
                         ///< was last seen by this instance this run (0: not seen)
};

/// Every agent who may sign in, with who is connected now. Ephemeral (not a log event): sent after
/// welcome and whenever an agent connects, disconnects or is revoked.
struct Roster
{
    QList<RosterEntry> agents; ///< sorted by name
};

/// The business account's message templates as the hub last fetched them from Meta, every status
/// included (desktops offer only the approved ones). Ephemeral like the roster: sent after welcome
/// and whenever the list changes.
struct Templates
{
    QList<TemplateRecord> templates; ///< sorted by name, then language
    qint64 updatedAtMs = 0;          ///< when the hub last fetched them (0: never; the list is what it stored)
};

using ClientMessage = std::variant<Hello, Command, Demand>;
using HubMessage =
    std::variant<Welcome, EventFrame, CaughtUp, Ack, ErrorFrame, Rate, Bye, Roster, Templates, Backfill, Forget>;

/// Why a frame could not be decoded. Decoding never throws and never crashes.
struct ProtocolError
{
    enum class Code {
        TooLarge,           ///< over kMaxFrameBytes
        NotJson,            ///< not JSON text
        NotObject,          ///< JSON, but not an object
        UnknownType,        ///< "type" names no message of this direction
        MissingField,       ///< a required field is absent
        WrongType,          ///< a field has the wrong JSON type (or is not an integer)
        BadValue,           ///< a field's value is not allowed (unknown command name, empty id, ...)
        UnsupportedVersion, ///< hello or welcome with a "v" this build does not speak
    };
    Code code = Code::NotJson;
    QString field;   ///< the offending field, when there is one
    QString message; ///< one line for logs and error frames

    /// The wire reason code: "too_large", "not_json", ..., "unsupported_version".
    QString reason() const;
};

QString roleName(Role role);
bool roleFromName(QStringView name, Role* role);
/// "claim", "release", "assign", "set_status", "add_label", "remove_label", "note", "presence",
/// "outbound", "mark_read", "refresh_templates", "request_sync".
QString commandNameText(CommandName name);
bool commandNameFromText(QStringView text, CommandName* name);
QString statusName(ConversationStatus status);
QString presenceName(PresenceState state);

/// Compact JSON text frames.
QByteArray encode(const ClientMessage& message);
QByteArray encode(const HubMessage& message);

/// Strict decoding: unknown extra fields are ignored (for compatible additions within a version),
/// anything else that is wrong is a ProtocolError. Returns false and fills *error on failure.
bool decodeClientMessage(const QByteArray& frame, ClientMessage* message, ProtocolError* error);
bool decodeHubMessage(const QByteArray& frame, HubMessage* message, ProtocolError* error);

} // namespace duet::sync
