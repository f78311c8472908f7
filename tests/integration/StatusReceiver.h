// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny signed-webhook receiver that hands delivery statuses to a callback (tests and the outbound worker).
#pragma once

#include "cloudapi/WebhookDecoder.h"
#include "cloudapi/WebhookSignature.h"
#include "net/HttpServer.h"

#include <functional>

namespace duet::test {

/// Listens for Meta-style webhook POSTs on /webhook, checks the signature on the raw bytes,
/// decodes them and calls `onStatus` for every status event; answers 200 only after the
/// callback has run (401 for a bad signature, 400 for a body that is not a webhook).
///     StatusReceiver receiver(secret, [&](const Event& e) { driver.onStatus(e.callback, e.wamid, e.status,
///     e.errorCode); }); const quint16 port = receiver.listen(0);
class StatusReceiver
{
public:
    using Callback = std::function<void(const Event&)>;

    StatusReceiver(const QByteArray& appSecret, Callback onStatus)
        : m_signature(appSecret)
        , m_onStatus(std::move(onStatus))
    {
        m_server.route("POST", QStringLiteral("/webhook"),
                       [this](const net::HttpRequest& request, net::HttpReply reply) {
                           if (!m_signature.verify(request.body, request.header("x-hub-signature-256"))) {
                               reply.sendText(401, "bad signature");
                               return;
                           }
                           const cloudapi::DecodeResult decoded = cloudapi::WebhookDecoder::decode(request.body);
                           if (!decoded.ok()) {
                               reply.sendText(400, "not a webhook");
                               return;
                           }
                           for (const Event& e : decoded.events) {
                               if (e.kind == EventKind::Status)
                                   m_onStatus(e);
                           }
                           ++m_posts;
                           reply.sendText(200, "ok");
                       });
    }

    /// Listens on 127.0.0.1:port (0: any); returns the port, 0 on failure.
    quint16 listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    QString errorString() const { return m_server.errorString(); }
    int posts() const { return m_posts; }

private:
    net::HttpServer m_server;
    cloudapi::WebhookSignature m_signature;
    Callback m_onStatus;
    int m_posts = 0;
};

} // namespace duet::test
