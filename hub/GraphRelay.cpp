// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication, path checks, send admission, forwarding and streamed media for the Graph relay.
#include "GraphRelay.h"

#include "net/PostOnce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>

#include <memory>

Q_LOGGING_CATEGORY(lcRelay, "duet.hub.relay")

namespace duet::hub {
namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

/// Meta's headers a desktop reads (rate hints, usage, trace ids); passed back unchanged.
const char* const kPassedHeaders[] = {
    "retry-after", "x-business-use-case-usage", "x-app-usage",  "x-ad-account-usage", "x-fb-trace-id", "x-fb-debug",
    "x-fb-rev",    "www-authenticate",          "content-type", "content-disposition"};

/// Meta's hosts media URLs point at (the lookup's `url`): https only.
bool isMetaHost(const QString& host)
{
    static const QStringList domains = {QStringLiteral("facebook.com"), QStringLiteral("fbsbx.com"),
                                        QStringLiteral("fbcdn.net"), QStringLiteral("whatsapp.net")};
    const QString h = host.toLower();
    for (const QString& d : domains) {
        if (h == d || h.endsWith(QLatin1Char('.') + d))
            return true;
    }
    return false;
}

QList<QPair<QByteArray, QByteArray>> passedHeaders(QNetworkReply* reply, bool withContentType)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto& h : reply->rawHeaderPairs()) {
        const QByteArray name = h.first.toLower();
        if (!withContentType && name == "content-type")
            continue;
        for (const char* passed : kPassedHeaders) {
            if (name == passed) {
                out.append(h);
                break;
            }
        }
    }
    return out;
}

/// The Graph error code in a body, 0 when it has none (a success), -1 when it is not Graph's.
int graphCodeOf(int status, const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    if (!error.isEmpty())
        return error.value(QLatin1String("code")).toInt(-1);
    return status >= 200 && status < 300 ? 0 : -1;
}

/// Errors after which the request surely never reached Meta.
bool neverLeft(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError ||
           e == QNetworkReply::ProxyConnectionRefusedError || e == QNetworkReply::ProxyNotFoundError ||
           e == QNetworkReply::ProtocolUnknownError;
}

/// The relay's answer when Meta did not answer: deliberately NOT Graph-shaped (no `error`
/// object), so a desktop treats the send as uncertain, exactly like a lost answer from Meta.
QByteArray lostBody(const QString& detail)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("duet_relay"),
                                      QJsonObject{{QStringLiteral("reason"), QStringLiteral("meta_no_answer")},
                                                  {QStringLiteral("message"), detail}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

GraphRelay::GraphRelay(Settings settings, QNetworkAccessManager& network, Authenticate authenticate,
                       SendAdmission* admission, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(network)
    , m_authenticate(std::move(authenticate))
    , m_admission(admission)
{
    if (m_settings.graphBaseUrl.isEmpty())
        m_settings.graphBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
}

GraphRelay::~GraphRelay() = default;

void GraphRelay::install(net::HttpServer& server)
{
    // Media uploads are larger than webhooks: their own limit, refused before Qt buffers them.
    server.setMaxBodyBytes(QStringLiteral("/graph/"), qsizetype(m_settings.maxUploadBytes));
    QPointer<GraphRelay> self(this);
    server.routePrefix(QStringLiteral("/graph/"), [self](const net::HttpRequest& request, net::HttpReply reply) {
        if (self)
            self->handle(request, reply);
        else
            reply.sendText(503, QByteArrayLiteral("the relay is stopping\n"));
    });
}

QByteArray GraphRelay::errorBody(const QString& message, const QString& type, int code, const QString& details,
                                 const QString& reason)
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), details}}}};
    if (!reason.isEmpty())
        error.insert(QStringLiteral("duet_reason"), reason);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

void GraphRelay::refuse(net::HttpReply reply, int status, const QString& message, const QString& type, int code,
                        const QString& reason, qint64 retryAfterMs)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (retryAfterMs >= 0)
        headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number((retryAfterMs + 999) / 1000)});
    reply.send(status, errorBody(message, type, code, message, reason), kJson, headers);
}

bool GraphRelay::isAllowedDownload(const QUrl& url) const
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") && isMetaHost(url.host()))
        return true;
    const QUrl& base = m_settings.graphBaseUrl;
    return scheme == base.scheme().toLower() && url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(scheme == QLatin1String("https") ? 443 : 80) ==
               base.port(base.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}

QUrl GraphRelay::upstream(const QString& path) const
{
    QUrl url = m_settings.graphBaseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void GraphRelay::handle(const net::HttpRequest& request, const net::HttpReply& reply)
{
    // Authentication first, on every request: a revoked agent's very next call is refused.
    const QByteArray authorization = request.header("authorization");
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    if (!authorization.startsWith(scheme)) {
        refuse(reply, 401, QStringLiteral("Authorization: Bearer <agent token> is required"),
               QStringLiteral("OAuthException"), 190, QStringLiteral("unauthorized"));
        return;
    }
    AgentInfo agent;
    const QString token = QString::fromUtf8(authorization.mid(scheme.size()).trimmed());
    switch (m_authenticate(token, request.remoteAddress, request.header("x-forwarded-for"), &agent)) {
    case AgentServer::Login::Ok:
        break;
    case AgentServer::Login::Unauthorized:
        refuse(reply, 401, QStringLiteral("unknown agent token"), QStringLiteral("OAuthException"), 190,
               QStringLiteral("unauthorized"));
        return;
    case AgentServer::Login::Revoked:
        refuse(reply, 401, QStringLiteral("this agent's token was revoked"), QStringLiteral("OAuthException"), 190,
               QStringLiteral("revoked"));
        return;
    case AgentServer::Login::Throttled:
        refuse(reply, 429, QStringLiteral("too many failed logins; wait a minute"), QStringLiteral("OAuthException"), 4,
               QStringLiteral("throttled"), 60'000);
        return;
    case AgentServer::Login::Unavailable:
        refuse(reply, 503, QStringLiteral("the hub's database is unavailable"), QStringLiteral("DuetRelay"), 2,
               QStringLiteral("unavailable"), 5'000);
        return;
    }

    static const QRegularExpression versioned(
        QStringLiteral("^/graph/(v[0-9]{1,3}\\.[0-9]{1,3})/([A-Za-z0-9_.-]{1,200})"
                       "(?:/(messages|media))?$"));
    const QRegularExpressionMatch m = versioned.match(request.path);
    if (m.hasMatch()) {
        const QString version = m.captured(1);
        const QString id = m.captured(2);
        const QString edge = m.captured(3);
        if (!edge.isEmpty() && request.method == "POST") {
            if (id != m_settings.phoneNumberId || m_settings.phoneNumberId.isEmpty()) {
                refuse(reply, 400, QStringLiteral("this hub sends only as its own phone number id"),
                       QStringLiteral("OAuthException"), 100, QStringLiteral("wrong_phone_number_id"));
                return;
            }
            if (edge == QLatin1String("messages")) {
                relayMessage(request, reply, agent, version);
                return;
            }
            // Qt 6.4 has read the whole body by now: the cap refuses it before it goes anywhere.
            if (request.body.size() > m_settings.maxUploadBytes) {
                refuse(reply, 413, QStringLiteral("the upload is larger than the largest media the Cloud API takes"),
                       QStringLiteral("OAuthException"), 100, QStringLiteral("too_large"));
                return;
            }
            forward(request, reply, QLatin1Char('/') + version + QLatin1Char('/') + id + QStringLiteral("/media"));
            return;
        }
        if (edge.isEmpty() && request.method == "GET" && id != m_settings.phoneNumberId) {
            forward(request, reply, QLatin1Char('/') + version + QLatin1Char('/') + id, {}, true);
            return;
        }
    }
    if (request.path == QLatin1String("/graph/download") && request.method == "GET") {
        download(request, reply);
        return;
    }
    refuse(reply, 404,
           QStringLiteral("the relay does not forward %1 %2")
               .arg(QString::fromLatin1(request.method), request.path.left(200)),
           QStringLiteral("GraphMethodException"), 100, QStringLiteral("not_relayed"));
}

void GraphRelay::relayMessage(const net::HttpRequest& request, net::HttpReply reply, const AgentInfo& agent,
                              const QString& version)
{
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || body.isEmpty()) {
        refuse(reply, 400, QStringLiteral("the message body is not a JSON object"), QStringLiteral("OAuthException"),
               100, QStringLiteral("bad_body"));
        return;
    }
    RelayedSend send;
    send.agent = agent.name;
    send.session = QString::fromUtf8(request.header("x-duet-session")).left(100);
    send.recipient = body.value(QLatin1String("to")).toString();
    if (send.recipient.isEmpty())
        send.recipient = body.value(QLatin1String("recipient")).toString();
    send.live = request.header("x-duet-lane").trimmed().compare("bulk", Qt::CaseInsensitive) != 0;
    send.counted = body.value(QLatin1String("status")).toString() != QLatin1String("read");

    const QString path =
        QLatin1Char('/') + version + QLatin1Char('/') + m_settings.phoneNumberId + QStringLiteral("/messages");
    QPointer<GraphRelay> self(this);
    SendAdmission* admission = m_admission;
    auto go = [self, request, reply, path, send, admission](const Admission& a) mutable {
        if (!self) {
            reply.sendText(503, QByteArrayLiteral("the relay is stopping\n"));
            return;
        }
        if (!a.ok) {
            qCInfo(lcRelay).noquote() << "send by" << send.agent << "refused:" << a.reason;
            self->refuse(reply, a.httpStatus > 0 ? a.httpStatus : 429,
                         a.message.isEmpty() ? QStringLiteral("the team's send budget refused this send") : a.message,
                         QStringLiteral("DuetRelay"), a.graphCode > 0 ? a.graphCode : 130429, a.reason, a.retryAfterMs);
            return;
        }
        self->forward(request, reply, path, [admission, send](int status, int code) {
            if (admission)
                admission->answered(send, status, code);
        });
    };
    if (!m_admission) {
        go(Admission{});
        return;
    }
    // The budget may answer later and from another thread: the forward starts on the relay's.
    m_admission->admit(send, [self, go](const Admission& a) mutable {
        if (self && QThread::currentThread() != self->thread()) {
            QMetaObject::invokeMethod(
                self.data(), [go, a]() mutable { go(a); }, Qt::QueuedConnection);
            return;
        }
        go(a);
    });
}

void GraphRelay::forward(const net::HttpRequest& request, net::HttpReply reply, const QString& upstreamPath,
                         std::function<void(int status, int graphCode)> answered, bool rewriteMediaUrl)
{
    QUrl url = upstream(upstreamPath);
    QNetworkRequest out(url);
    out.setRawHeader("Authorization", "Bearer " + m_settings.accessToken);
    const QByteArray contentType = request.header("content-type");
    if (!contentType.isEmpty())
        out.setRawHeader("Content-Type", contentType);
    const bool isMedia = upstreamPath.endsWith(QLatin1String("/media"));
    out.setTransferTimeout(int(isMedia ? m_settings.mediaTimeoutMs : m_settings.requestTimeoutMs));
    // Never repeated by the network layer: a message Meta accepted before the connection broke
    // would reach the customer twice (the desktop hears "no answer" and leaves it uncertain).
    QNetworkReply* up = request.method == "POST" ? net::postOnce(m_network, out, request.body) : m_network.get(out);
    ++m_inFlight;
    QPointer<GraphRelay> self(this);
    connect(up, &QNetworkReply::finished, this,
            [self, this, up, reply, answered = std::move(answered), rewriteMediaUrl]() mutable {
                up->deleteLater();
                --m_inFlight;
                const int status = up->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QByteArray body = up->readAll();
                if (status == 0) {
                    const bool notSent = neverLeft(up->error());
                    qCWarning(lcRelay).noquote() << "Meta did not answer:" << up->errorString();
                    if (answered)
                        answered(-1, -1);
                    if (notSent) {
                        // Surely never reached Meta: a definite, retryable refusal (Graph code 2).
                        refuse(reply, 503, QStringLiteral("the hub cannot reach the Graph API"),
                               QStringLiteral("DuetRelay"), 2, QStringLiteral("meta_unreachable"), 5'000);
                    } else {
                        const bool timedOut = up->error() == QNetworkReply::OperationCanceledError ||
                                              up->error() == QNetworkReply::TimeoutError;
                        reply.send(timedOut ? 504 : 502, lostBody(up->errorString()), kJson);
                    }
                    return;
                }
                if (answered)
                    answered(status, graphCodeOf(status, body));
                if (rewriteMediaUrl && status >= 200 && status < 300) {
                    QJsonObject o = QJsonDocument::fromJson(body).object();
                    const QUrl media(o.value(QLatin1String("url")).toString());
                    if (o.isEmpty() || !media.isValid() || media.isEmpty()) {
                        // Another Graph node than a media (the number, the business account ...): the
                        // relay looks up media only, and keeps what Meta said about anything else.
                        refuse(reply, 404, QStringLiteral("the relay looks up media only"),
                               QStringLiteral("GraphMethodException"), 100, QStringLiteral("not_relayed"));
                        return;
                    }
                    if (!isAllowedDownload(media)) {
                        qCWarning(lcRelay).noquote()
                            << "media lookup named a host the relay does not fetch from:" << media.host();
                        refuse(reply, 502, QStringLiteral("the media is on a host the relay does not fetch from"),
                               QStringLiteral("DuetRelay"), 2, QStringLiteral("download_host_not_allowed"));
                        return;
                    }
                    // Relative to the lookup's own URL (/graph/{v}/{media-id}): /graph/download, also
                    // behind a proxy's path prefix.
                    o.insert(QStringLiteral("url"),
                             QString(QStringLiteral("../download?url=") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(media.toString(QUrl::FullyEncoded)))));
                    body = QJsonDocument(o).toJson(QJsonDocument::Compact);
                }
                const QByteArray type = up->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                reply.send(status, body, type.isEmpty() ? kJson : type, passedHeaders(up, false));
            });
}

void GraphRelay::download(const net::HttpRequest& request, net::HttpReply reply)
{
    const QUrl media(request.query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded), QUrl::StrictMode);
    if (!isAllowedDownload(media)) {
        refuse(reply, 403, QStringLiteral("the relay fetches media only from Meta's hosts"),
               QStringLiteral("OAuthException"), 10, QStringLiteral("download_host_not_allowed"));
        return;
    }
    QNetworkRequest out(media);
    out.setRawHeader("Authorization", "Bearer " + m_settings.accessToken);
    out.setTransferTimeout(int(m_settings.mediaTimeoutMs));
    // Redirects could leave the allowed hosts with Meta's token: none are followed.
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* up = m_network.get(out);
    up->setReadBufferSize(256 * 1024); // back-pressure: Qt stops reading the socket when this is full
    ++m_inFlight;

    struct Stream
    {
        bool started = false;
        bool done = false;
    };
    auto stream = std::make_shared<Stream>();
    QPointer<QNetworkReply> weak(up);
    const qint64 highWater = m_settings.highWaterBytes;
    // Moves what Meta sent on while the desktop keeps up; starts the answer on the first bytes.
    auto pump = [weak, reply, stream, highWater]() mutable {
        if (!weak || stream->done)
            return;
        const int status = weak->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return; // an error answer goes whole, when finished
        if (!stream->started) {
            stream->started = true;
            bool ok = false;
            qint64 length = weak->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
            if (!ok)
                length = -1;
            if (!reply.beginStream(status, passedHeaders(weak, true), length)) {
                weak->abort();
                return;
            }
        }
        while (weak->bytesAvailable() > 0 && reply.pendingBytes() < highWater) {
            if (!reply.writeStream(weak->read(64 * 1024))) {
                weak->abort();
                return;
            }
        }
    };
    connect(up, &QNetworkReply::readyRead, this, pump);
    reply.onProgress(pump, [weak] {
        if (weak)
            weak->abort(); // the desktop went: stop fetching
    });
    connect(up, &QNetworkReply::finished, this, [this, up, reply, stream, pump]() mutable {
        up->deleteLater();
        --m_inFlight;
        const int status = up->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300 && up->error() == QNetworkReply::NoError) {
            pump();
            // What is left fits the read buffer: write it out now, the socket takes it in time.
            while (up->bytesAvailable() > 0)
                reply.writeStream(up->read(64 * 1024));
            stream->done = true;
            if (stream->started)
                reply.endStream();
            else
                reply.send(status, {}, up->header(QNetworkRequest::ContentTypeHeader).toByteArray());
            return;
        }
        stream->done = true;
        if (stream->started) {
            reply.abortStream(); // the desktop sees a short body, never a complete-looking one
            return;
        }
        if (status == 0) {
            reply.send(502, lostBody(up->errorString()), kJson);
            return;
        }
        const QByteArray type = up->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply.send(status, up->readAll(), type.isEmpty() ? kJson : type, passedHeaders(up, false));
    });
}

} // namespace duet::hub
