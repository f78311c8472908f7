// SPDX-License-Identifier: GPL-3.0-or-later
// JSON encoding and strict decoding of the agent protocol's frames.
#include "sync/Protocol.h"

#include "core/EnumNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace duet::sync {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1: larger integers lose precision in JSON

constexpr EnumName<CommandName> kCommandNames[] = {
    {CommandName::Claim, "claim"},
    {CommandName::Release, "release"},
    {CommandName::Assign, "assign"},
    {CommandName::SetStatus, "set_status"},
    {CommandName::AddLabel, "add_label"},
    {CommandName::RemoveLabel, "remove_label"},
    {CommandName::Note, "note"},
    {CommandName::Presence, "presence"},
    {CommandName::Outbound, "outbound"},
    {CommandName::MarkRead, "mark_read"},
    {CommandName::RefreshTemplates, "refresh_templates"},
    {CommandName::RequestSync, "request_sync"},
};
constexpr EnumName<ConversationStatus> kStatusNames[] = {
    {ConversationStatus::Open, "open"},
    {ConversationStatus::Pending, "pending"},
    {ConversationStatus::Snoozed, "snoozed"},
    {ConversationStatus::Resolved, "resolved"},
};
constexpr EnumName<PresenceState> kPresenceNames[] = {
    {PresenceState::Viewing, "viewing"},
    {PresenceState::Composing, "composing"},
    {PresenceState::Left, "left"},
};
constexpr EnumName<Role> kRoleNames[] = {{Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}};

/// Reads the fields of one JSON object; the first problem sticks and later reads do nothing.
class Reader
{
public:
    Reader(const QJsonObject& object, ProtocolError* error)
        : m_object(object)
        , m_error(error)
    {}

    bool ok() const { return m_ok; }

    bool fail(ProtocolError::Code code, const QString& field, const QString& message)
    {
        if (m_ok) {
            m_ok = false;
            *m_error = {code, field, message};
        }
        return false;
    }

    /// A string field; `required` fields must be present, `nonEmpty` ones must not be "".
    QString string(const char* key, bool required, bool nonEmpty = false)
    {
        const QString name = QLatin1String(key);
        const QJsonValue v = m_object.value(name);
        if (!m_ok)
            return {};
        if (v.isUndefined()) {
            if (required)
                fail(ProtocolError::Code::MissingField, name, QStringLiteral("missing field \"%1\"").arg(name));
            return {};
        }
        if (!v.isString()) {
            fail(ProtocolError::Code::WrongType, name, QStringLiteral("field \"%1\" must be a string").arg(name));
            return {};
        }
        if (nonEmpty && v.toString().isEmpty())
            fail(ProtocolError::Code::BadValue, name, QStringLiteral("field \"%1\" must not be empty").arg(name));
        return v.toString();
    }

    /// An integral number field, within ±(2^53 - 1) and at least `minimum`.
    qint64 integer(const char* key, bool required, qint64 minimum = 0)
    {
        const QString name = QLatin1String(key);
        const QJsonValue v = m_object.value(name);
        if (!m_ok)
            return 0;
        if (v.isUndefined()) {
            if (required)
                fail(ProtocolError::Code::MissingField, name, QStringLiteral("missing field \"%1\"").arg(name));
            return 0;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > kMaxSafeInteger) {
            fail(ProtocolError::Code::WrongType, name, QStringLiteral("field \"%1\" must be an integer").arg(name));
            return 0;
        }
        if (qint64(d) < minimum) {
            fail(ProtocolError::Code::BadValue, name,
                 QStringLiteral("field \"%1\" must be at least %2").arg(name).arg(minimum));
            return 0;
        }
        return qint64(d);
    }

    double number(const char* key, bool required)
    {
        const QString name = QLatin1String(key);
        const QJsonValue v = m_object.value(name);
        if (!m_ok)
            return 0;
        if (v.isUndefined()) {
            if (required)
                fail(ProtocolError::Code::MissingField, name, QStringLiteral("missing field \"%1\"").arg(name));
            return 0;
        }
        if (!v.isDouble() || v.toDouble() < 0) {
            fail(ProtocolError::Code::WrongType, name,
                 QStringLiteral("field \"%1\" must be a non-negative number").arg(name));
            return 0;
        }
        return v.toDouble();
    }

    bool boolean(const char* key, bool required)
    {
        const QString name = QLatin1String(key);
        const QJsonValue v = m_object.value(name);
        if (!m_ok)
            return false;
        if (v.isUndefined()) {
            if (required)
                fail(ProtocolError::Code::MissingField, name, QStringLiteral("missing field \"%1\"").arg(name));
            return false;
        }
        if (!v.isBool()) {
            fail(ProtocolError::Code::WrongType, name, QStringLiteral("field \"%1\" must be true or false").arg(name));
            return false;
        }
        return v.toBool();
    }

    QJsonObject object(const char* key, bool required)
    {
        const QString name = QLatin1String(key);
        const QJsonValue v = m_object.value(name);
        if (!m_ok)
            return {};
        if (v.isUndefined()) {
            if (required)
                fail(ProtocolError::Code::MissingField, name, QStringLiteral("missing field \"%1\"").arg(name));
            return {};
        }
        if (!v.isObject()) {
            fail(ProtocolError::Code::WrongType, name, QStringLiteral("field \"%1\" must be an object").arg(name));
            return {};
        }
        return v.toObject();
    }

    /// One of the values `names` names (the first one when the field is bad).
    template <typename E, std::size_t N> E choice(const char* key, const EnumName<E> (&names)[N])
    {
        const QString text = string(key, true);
        if (!m_ok)
            return names[0].value;
        const std::optional<E> value = fromName(names, text);
        if (!value)
            fail(ProtocolError::Code::BadValue, QLatin1String(key),
                 QStringLiteral("field \"%1\" has an unknown value \"%2\"").arg(QLatin1String(key), text.left(64)));
        return value.value_or(names[0].value);
    }

    void version()
    {
        const qint64 v = integer("v", true, 1);
        if (m_ok && v != kProtocolVersion)
            fail(ProtocolError::Code::UnsupportedVersion, QStringLiteral("v"),
                 QStringLiteral("protocol version %1 is not supported (this side speaks %2)")
                     .arg(v)
                     .arg(kProtocolVersion));
    }

private:
    const QJsonObject& m_object;
    ProtocolError* m_error;
    bool m_ok = true;
};

/// Parses a frame into an object and its "type"; false with *error set otherwise.
bool openFrame(const QByteArray& frame, QJsonObject* object, QString* type, ProtocolError* error)
{
    if (frame.size() > kMaxFrameBytes) {
        *error = {ProtocolError::Code::TooLarge,
                  {},
                  QStringLiteral("frame of %1 bytes is over the %2-byte limit").arg(frame.size()).arg(kMaxFrameBytes)};
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = {ProtocolError::Code::NotJson,
                  {},
                  QStringLiteral("not JSON at offset %1: %2").arg(parse.offset).arg(parse.errorString())};
        return false;
    }
    if (!doc.isObject()) {
        *error = {ProtocolError::Code::NotObject, {}, QStringLiteral("a frame must be a JSON object")};
        return false;
    }
    *object = doc.object();
    Reader r(*object, error);
    *type = r.string("type", true, true);
    return r.ok();
}

QByteArray toFrame(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject commandArgs(const Command& c)
{
    QJsonObject args;
    switch (c.name) {
    case CommandName::Claim:
    case CommandName::Release:
        break;
    case CommandName::Assign:
        args.insert(QStringLiteral("agent"), c.agent);
        break;
    case CommandName::SetStatus:
        args.insert(QStringLiteral("status"), statusName(c.status));
        if (c.status == ConversationStatus::Snoozed)
            args.insert(QStringLiteral("until"), double(c.until));
        break;
    case CommandName::AddLabel:
    case CommandName::RemoveLabel:
        args.insert(QStringLiteral("label"), c.label);
        break;
    case CommandName::Note:
        args.insert(QStringLiteral("text"), c.text);
        break;
    case CommandName::Presence:
        args.insert(QStringLiteral("state"), presenceName(c.presence));
        break;
    case CommandName::Outbound:
        args.insert(QStringLiteral("wamid"), c.wamid);
        args.insert(QStringLiteral("client_id"), c.clientId);
        args.insert(QStringLiteral("content"), c.content);
        if (!c.text.isEmpty())
            args.insert(QStringLiteral("text"), c.text);
        if (!c.campaign.isEmpty())
            args.insert(QStringLiteral("campaign"), c.campaign);
        break;
    case CommandName::MarkRead:
        args.insert(QStringLiteral("wamid"), c.wamid);
        break;
    case CommandName::RefreshTemplates:
        break;
    case CommandName::RequestSync:
        if (c.again)
            args.insert(QStringLiteral("again"), true);
        break;
    }
    return args;
}

bool decodeCommand(const QJsonObject& o, Command* c, ProtocolError* error)
{
    Reader r(o, error);
    c->id = r.string("id", true, true);
    c->name = r.choice("name", kCommandNames);
    c->conversation = r.string("conversation", r.ok() && commandHasConversation(c->name), true);
    const QJsonObject args = r.object("args", false);
    if (!r.ok())
        return false;

    Reader a(args, error);
    switch (c->name) {
    case CommandName::Claim:
    case CommandName::Release:
        break;
    case CommandName::Assign:
        c->agent = a.string("agent", true);
        break;
    case CommandName::SetStatus:
        c->status = a.choice("status", kStatusNames);
        if (a.ok() && c->status == ConversationStatus::Snoozed)
            c->until = a.integer("until", true, 1);
        break;
    case CommandName::AddLabel:
    case CommandName::RemoveLabel:
        c->label = a.string("label", true, true);
        break;
    case CommandName::Note:
        c->text = a.string("text", true, true);
        break;
    case CommandName::Presence:
        c->presence = a.choice("state", kPresenceNames);
        break;
    case CommandName::Outbound:
        c->wamid = a.string("wamid", true, true);
        c->clientId = a.string("client_id", true, true);
        c->content = a.object("content", true);
        c->text = a.string("text", false);
        c->campaign = a.string("campaign", false, true);
        if (a.ok() && (!c->content.value(QStringLiteral("type")).isString() ||
                       c->content.value(QStringLiteral("type")).toString().isEmpty()))
            a.fail(ProtocolError::Code::BadValue, QStringLiteral("content"),
                   QStringLiteral("field \"content\" must carry a non-empty string \"type\""));
        break;
    case CommandName::MarkRead:
        c->wamid = a.string("wamid", true, true);
        break;
    case CommandName::RefreshTemplates:
        break;
    case CommandName::RequestSync:
        c->again = a.boolean("again", false);
        break;
    }
    if (!a.ok() && !error->field.isEmpty())
        error->field = QStringLiteral("args.") + error->field;
    return a.ok();
}

} // namespace

QString ProtocolError::reason() const
{
    static constexpr EnumName<Code> kReasons[] = {
        {Code::TooLarge, "too_large"},         {Code::NotJson, "not_json"},
        {Code::NotObject, "not_object"},       {Code::UnknownType, "unknown_type"},
        {Code::MissingField, "missing_field"}, {Code::WrongType, "wrong_type"},
        {Code::BadValue, "bad_value"},         {Code::UnsupportedVersion, "unsupported_version"},
    };
    const char* name = nameOf(kReasons, code);
    return QLatin1String(name ? name : "bad_frame");
}

QString roleName(Role role)
{
    return toName(kRoleNames, role);
}

bool roleFromName(QStringView name, Role* role)
{
    return fromName(kRoleNames, name, role);
}

bool commandHasConversation(CommandName name)
{
    return name != CommandName::RefreshTemplates && name != CommandName::RequestSync;
}

QString commandNameText(CommandName name)
{
    return toName(kCommandNames, name);
}

bool commandNameFromText(QStringView text, CommandName* name)
{
    return fromName(kCommandNames, text, name);
}

QString statusName(ConversationStatus status)
{
    return toName(kStatusNames, status);
}

QString presenceName(PresenceState state)
{
    return toName(kPresenceNames, state);
}

QByteArray encode(const ClientMessage& message)
{
    QJsonObject o;
    if (const auto* h = std::get_if<Hello>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("hello"));
        o.insert(QStringLiteral("v"), h->version);
        o.insert(QStringLiteral("token"), h->token);
        o.insert(QStringLiteral("since"), double(h->since));
        if (!h->client.isEmpty())
            o.insert(QStringLiteral("client"), h->client);
        if (h->filtered)
            o.insert(QStringLiteral("filtered"), true);
    } else if (const auto* c = std::get_if<Command>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("command"));
        o.insert(QStringLiteral("id"), c->id);
        o.insert(QStringLiteral("name"), commandNameText(c->name));
        if (commandHasConversation(c->name) || !c->conversation.isEmpty())
            o.insert(QStringLiteral("conversation"), c->conversation);
        const QJsonObject args = commandArgs(*c);
        if (!args.isEmpty())
            o.insert(QStringLiteral("args"), args);
    } else if (const auto* d = std::get_if<Demand>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("demand"));
        o.insert(QStringLiteral("live"), d->live);
        o.insert(QStringLiteral("bulk"), d->bulk);
    }
    return toFrame(o);
}

QByteArray encode(const HubMessage& message)
{
    QJsonObject o;
    if (const auto* w = std::get_if<Welcome>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("welcome"));
        o.insert(QStringLiteral("v"), w->version);
        o.insert(QStringLiteral("agent"), w->agent);
        o.insert(QStringLiteral("role"), roleName(w->role));
        o.insert(QStringLiteral("server_time"), double(w->serverTimeMs));
        o.insert(QStringLiteral("head"), double(w->head));
        o.insert(QStringLiteral("session"), w->session);
        o.insert(QStringLiteral("cloudapi"), QJsonObject{{QStringLiteral("phone_number_id"), w->phoneNumberId},
                                                         {QStringLiteral("api_version"), w->apiVersion}});
        o.insert(QStringLiteral("send_share"), w->sendShare);
        o.insert(QStringLiteral("team"),
                 QJsonObject{{QStringLiteral("read_receipts"), w->readReceipts},
                             {QStringLiteral("reply_claims"), w->replyClaims},
                             {QStringLiteral("visibility"), w->ownOnly ? QStringLiteral("own") : QStringLiteral("all")},
                             {QStringLiteral("media_auto_download_bytes"), double(w->mediaAutoDownloadBytes)}});
        if (w->filtered)
            o.insert(QStringLiteral("filtered"), true);
    } else if (const auto* e = std::get_if<EventFrame>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("event"));
        o.insert(QStringLiteral("seq"), double(e->seq));
        o.insert(QStringLiteral("at"), double(e->atMs));
        o.insert(QStringLiteral("event"), e->event);
        if (e->backfill)
            o.insert(QStringLiteral("backfill"), true);
    } else if (const auto* bf = std::get_if<Backfill>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("backfill"));
        o.insert(QStringLiteral("conversation"), bf->conversation);
        o.insert(QStringLiteral("seq"), double(bf->seq));
    } else if (const auto* f = std::get_if<Forget>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("forget"));
        o.insert(QStringLiteral("conversation"), f->conversation);
        o.insert(QStringLiteral("seq"), double(f->seq));
    } else if (const auto* u = std::get_if<CaughtUp>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("caught_up"));
        o.insert(QStringLiteral("head"), double(u->head));
    } else if (const auto* a = std::get_if<Ack>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("ack"));
        o.insert(QStringLiteral("id"), a->id);
        o.insert(QStringLiteral("ok"), a->ok);
        if (a->ok && a->seq > 0)
            o.insert(QStringLiteral("seq"), double(a->seq));
        if (!a->ok)
            o.insert(QStringLiteral("reason"), a->reason);
    } else if (const auto* x = std::get_if<ErrorFrame>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("error"));
        o.insert(QStringLiteral("reason"), x->reason);
        if (!x->detail.isEmpty())
            o.insert(QStringLiteral("detail"), x->detail);
    } else if (const auto* r = std::get_if<Rate>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("rate"));
        o.insert(QStringLiteral("send_share"), r->sendShare);
    } else if (const auto* b = std::get_if<Bye>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("bye"));
        o.insert(QStringLiteral("reason"), b->reason);
        if (!b->detail.isEmpty())
            o.insert(QStringLiteral("detail"), b->detail);
    } else if (const auto* ro = std::get_if<Roster>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("roster"));
        QJsonArray agents;
        for (const RosterEntry& entry : ro->agents) {
            agents.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                      {QStringLiteral("role"), roleName(entry.role)},
                                      {QStringLiteral("online"), entry.online},
                                      {QStringLiteral("since"), double(entry.sinceMs)}});
        }
        o.insert(QStringLiteral("agents"), agents);
    } else if (const auto* t = std::get_if<Templates>(&message)) {
        o.insert(QStringLiteral("type"), QStringLiteral("templates"));
        QJsonArray list;
        for (const TemplateRecord& record : t->templates)
            list.append(record.toJson());
        o.insert(QStringLiteral("templates"), list);
        o.insert(QStringLiteral("updated_at"), double(t->updatedAtMs));
    }
    return toFrame(o);
}

bool decodeClientMessage(const QByteArray& frame, ClientMessage* message, ProtocolError* error)
{
    QJsonObject o;
    QString type;
    if (!openFrame(frame, &o, &type, error))
        return false;
    if (type == QLatin1String("hello")) {
        Reader r(o, error);
        Hello h;
        r.version();
        h.version = kProtocolVersion;
        h.token = r.string("token", true, true);
        h.since = r.integer("since", true, 0);
        h.client = r.string("client", false);
        h.filtered = r.boolean("filtered", false);
        if (!r.ok())
            return false;
        *message = h;
        return true;
    }
    if (type == QLatin1String("command")) {
        Command c;
        if (!decodeCommand(o, &c, error))
            return false;
        *message = c;
        return true;
    }
    if (type == QLatin1String("demand")) {
        Reader r(o, error);
        Demand d;
        // A queue count beyond a million says nothing more to the lease than a million does.
        d.live = int(qMin<qint64>(r.integer("live", true, 0), 1'000'000));
        d.bulk = int(qMin<qint64>(r.integer("bulk", true, 0), 1'000'000));
        if (!r.ok())
            return false;
        *message = d;
        return true;
    }
    *error = {ProtocolError::Code::UnknownType, QStringLiteral("type"),
              QStringLiteral("unknown client frame type \"%1\"").arg(type.left(64))};
    return false;
}

namespace {

bool decodeRoster(const QJsonObject& o, HubMessage* message, ProtocolError* error)
{
    const QJsonValue list = o.value(QLatin1String("agents"));
    if (list.isUndefined()) {
        *error = {ProtocolError::Code::MissingField, QStringLiteral("agents"),
                  QStringLiteral("missing field \"agents\"")};
        return false;
    }
    if (!list.isArray()) {
        *error = {ProtocolError::Code::WrongType, QStringLiteral("agents"),
                  QStringLiteral("field \"agents\" must be an array")};
        return false;
    }
    Roster roster;
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("agents[%1]").arg(i);
        if (!items.at(i).isObject()) {
            *error = {ProtocolError::Code::WrongType, where, where + QStringLiteral(" must be an object")};
            return false;
        }
        const QJsonObject item = items.at(i).toObject(); // Reader keeps a reference
        Reader r(item, error);
        RosterEntry a;
        a.name = r.string("name", true, true);
        a.role = r.choice("role", kRoleNames);
        a.online = r.boolean("online", true);
        a.sinceMs = r.integer("since", false, 0);
        if (!r.ok()) {
            error->field = where + QLatin1Char('.') + error->field;
            return false;
        }
        roster.agents.append(a);
    }
    *message = roster;
    return true;
}

bool decodeTemplates(const QJsonObject& o, HubMessage* message, ProtocolError* error)
{
    Reader r(o, error);
    Templates templates;
    templates.updatedAtMs = r.integer("updated_at", false, 0);
    if (!r.ok())
        return false;
    const QJsonValue list = o.value(QLatin1String("templates"));
    if (list.isUndefined()) {
        *error = {ProtocolError::Code::MissingField, QStringLiteral("templates"),
                  QStringLiteral("missing field \"templates\"")};
        return false;
    }
    if (!list.isArray()) {
        *error = {ProtocolError::Code::WrongType, QStringLiteral("templates"),
                  QStringLiteral("field \"templates\" must be an array")};
        return false;
    }
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("templates[%1]").arg(i);
        TemplateRecord record;
        QString problem;
        if (!items.at(i).isObject()) {
            *error = {ProtocolError::Code::WrongType, where, where + QStringLiteral(" must be an object")};
            return false;
        }
        if (!TemplateRecord::fromJson(items.at(i).toObject(), &record, &problem)) {
            *error = {ProtocolError::Code::BadValue, where, where + QStringLiteral(": ") + problem};
            return false;
        }
        templates.templates.append(record);
    }
    *message = templates;
    return true;
}

} // namespace

bool decodeHubMessage(const QByteArray& frame, HubMessage* message, ProtocolError* error)
{
    QJsonObject o;
    QString type;
    if (!openFrame(frame, &o, &type, error))
        return false;
    Reader r(o, error);
    if (type == QLatin1String("welcome")) {
        Welcome w;
        r.version();
        w.agent = r.string("agent", true, true);
        w.role = r.choice("role", kRoleNames);
        w.serverTimeMs = r.integer("server_time", true, 0);
        w.head = r.integer("head", true, 0);
        w.session = r.string("session", false);
        const QJsonObject api = r.object("cloudapi", true);
        w.sendShare = r.number("send_share", true);
        const QJsonObject team = r.object("team", false);
        w.filtered = r.boolean("filtered", false);
        if (!r.ok())
            return false;
        Reader t(team, error);
        w.readReceipts = team.contains(QLatin1String("read_receipts")) ? t.boolean("read_receipts", false) : true;
        w.replyClaims = team.contains(QLatin1String("reply_claims")) ? t.boolean("reply_claims", false) : true;
        w.ownOnly = t.string("visibility", false) == QLatin1String("own");
        if (team.contains(QLatin1String("media_auto_download_bytes")))
            w.mediaAutoDownloadBytes = t.integer("media_auto_download_bytes", true, 0);
        if (!t.ok()) {
            error->field = QStringLiteral("team.") + error->field;
            return false;
        }
        Reader c(api, error);
        w.phoneNumberId = c.string("phone_number_id", true);
        w.apiVersion = c.string("api_version", true);
        if (!c.ok()) {
            error->field = QStringLiteral("cloudapi.") + error->field;
            return false;
        }
        *message = w;
        return true;
    }
    if (type == QLatin1String("event")) {
        EventFrame e;
        e.seq = r.integer("seq", true, 1);
        e.atMs = r.integer("at", false, 0);
        e.event = r.object("event", true);
        e.backfill = r.boolean("backfill", false);
        if (!r.ok())
            return false;
        *message = e;
        return true;
    }
    if (type == QLatin1String("caught_up")) {
        CaughtUp u;
        u.head = r.integer("head", true, 0);
        if (!r.ok())
            return false;
        *message = u;
        return true;
    }
    if (type == QLatin1String("ack")) {
        Ack a;
        a.id = r.string("id", true, true);
        a.ok = r.boolean("ok", true);
        a.seq = r.integer("seq", false, 0);
        a.reason = r.string("reason", !a.ok && r.ok(), !a.ok);
        if (!r.ok())
            return false;
        *message = a;
        return true;
    }
    if (type == QLatin1String("error") || type == QLatin1String("bye")) {
        const QString reason = r.string("reason", true, true);
        const QString detail = r.string("detail", false);
        if (!r.ok())
            return false;
        if (type == QLatin1String("error"))
            *message = ErrorFrame{reason, detail};
        else
            *message = Bye{reason, detail};
        return true;
    }
    if (type == QLatin1String("rate")) {
        Rate rate;
        rate.sendShare = r.number("send_share", true);
        if (!r.ok())
            return false;
        *message = rate;
        return true;
    }
    if (type == QLatin1String("backfill") || type == QLatin1String("forget")) {
        const QString conversation = r.string("conversation", true, true);
        const qint64 seq = r.integer("seq", true, 1);
        if (!r.ok())
            return false;
        if (type == QLatin1String("backfill"))
            *message = Backfill{conversation, seq};
        else
            *message = Forget{conversation, seq};
        return true;
    }
    if (type == QLatin1String("roster"))
        return decodeRoster(o, message, error);
    if (type == QLatin1String("templates"))
        return decodeTemplates(o, message, error);
    *error = {ProtocolError::Code::UnknownType, QStringLiteral("type"),
              QStringLiteral("unknown hub frame type \"%1\"").arg(type.left(64))};
    return false;
}

} // namespace duet::sync
