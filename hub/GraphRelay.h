// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's Graph send relay: desktops' sends and media go through the hub, which adds Meta's token.
#pragma once

#include "AgentServer.h"
#include "SendAdmission.h"
#include "net/HttpServer.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace duet::hub {

/// Serves `/graph/...` on the hub's HTTP port (docs/PROTOCOL.md "Graph relay"). Every request
/// carries `Authorization: Bearer <the agent's token>`, checked on every request; only these are
/// forwarded to the Graph API with Meta's token:
///   POST /graph/{vNN.N}/{phone-number-id}/messages   sends, read receipts, typing (the hub's number only)
///   POST /graph/{vNN.N}/{phone-number-id}/media      uploads (multipart, as is; capped)
///   GET  /graph/{vNN.N}/{media-id}                   media URL lookup; the `url` becomes a relay path
///   GET  /graph/download?url=...                     the media bytes, streamed (Meta's hosts only)
/// Anything else is answered 404 with a Graph-shaped error. Meta's status, error body and rate
/// headers come back unchanged. Message sends ask the SendAdmission first (null: all admitted).
/// Usage: `GraphRelay relay(settings, network, authenticate, admission); relay.install(httpServer);`
class GraphRelay : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString phoneNumberId;            ///< the hub's number: the only one sends may name
        QUrl graphBaseUrl;                ///< where Meta is (a duet-sim in tests); empty: https://graph.facebook.com
        QByteArray accessToken;           ///< Meta's token; only ever in the Authorization header upstream
        qint64 requestTimeoutMs = 30'000; ///< messages and lookups: no answer from Meta for this long
        qint64 mediaTimeoutMs = 120'000;  ///< uploads and downloads: no bytes moving for this long
        /// Qt 6.4 buffers a request body whole before the relay sees it: uploads over this are
        /// refused (the Cloud API's largest media, a 100 MB document, plus the multipart framing).
        qint64 maxUploadBytes = 100 * 1024 * 1024 + 64 * 1024;
        qint64 highWaterBytes = 1024 * 1024; ///< a download pauses reading Meta while this much waits for the desktop
    };
    /// Checks a bearer token (AgentServer::authenticateRelay, with its login throttle keyed on the
    /// client address: the peer, or X-Forwarded-For when the peer is a trusted proxy).
    using Authenticate = std::function<AgentServer::Login(const QString& token, const QHostAddress& peer,
                                                          const QByteArray& forwardedFor, AgentInfo*)>;

    GraphRelay(Settings settings, QNetworkAccessManager& network, Authenticate authenticate,
               SendAdmission* admission = nullptr, QObject* parent = nullptr);
    ~GraphRelay() override;

    /// Routes `/graph/` on `server` to this relay.
    void install(net::HttpServer& server);
    void setAdmission(SendAdmission* admission) { m_admission = admission; }

    /// May the relay fetch media from `url`? Meta's hosts over https, and the configured Graph
    /// base URL's own host and port (a simulator, a proxy). Nothing else: it is no open proxy.
    bool isAllowedDownload(const QUrl& url) const;
    /// Requests being forwarded now.
    int inFlight() const { return m_inFlight; }

    /// The Graph-shaped error body the relay answers its own refusals with.
    static QByteArray errorBody(const QString& message, const QString& type, int code, const QString& details,
                                const QString& reason);

private:
    void handle(const net::HttpRequest& request, const net::HttpReply& reply);
    void relayMessage(const net::HttpRequest& request, net::HttpReply reply, const AgentInfo& agent,
                      const QString& version);
    void forward(const net::HttpRequest& request, net::HttpReply reply, const QString& upstreamPath,
                 std::function<void(int status, int graphCode)> answered = {}, bool rewriteMediaUrl = false);
    void download(const net::HttpRequest& request, net::HttpReply reply);
    QUrl upstream(const QString& path) const;
    void refuse(net::HttpReply reply, int status, const QString& message, const QString& type, int code,
                const QString& reason, qint64 retryAfterMs = -1);

    Settings m_settings;
    QNetworkAccessManager& m_network;
    Authenticate m_authenticate;
    SendAdmission* m_admission;
    int m_inFlight = 0;
};

} // namespace duet::hub
