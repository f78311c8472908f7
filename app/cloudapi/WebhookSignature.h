// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's webhook authentication: the X-Hub-Signature-256 HMAC and the GET verify-token handshake.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUrlQuery>

#include <array>

namespace duet::cloudapi {

/// Checks `X-Hub-Signature-256: sha256=<hex>` over the raw body bytes with the app secret
/// (docs/CLOUDAPI-CONTRACT.md, "Signatures and the subscription handshake"), in constant time. Also signs bodies, for
/// the simulator and the tests. Construct once per app secret; verify() is const and thread-safe.
class WebhookSignature
{
public:
    explicit WebhookSignature(const QByteArray& appSecret);

    /// True when `headerValue` is "sha256=" followed by the lower- or upper-case hex HMAC-SHA256
    /// of exactly `rawBody`. A missing, malformed or wrong header is false.
    bool verify(QByteArrayView rawBody, QByteArrayView headerValue) const;
    /// The header value Meta would send for `rawBody`: "sha256=<lower-case hex>".
    QByteArray sign(QByteArrayView rawBody) const;

    /// The raw 32-byte HMAC-SHA256 of `rawBody`.
    QByteArray digest(QByteArrayView rawBody) const;

private:
    // SHA-256 states after absorbing the padded key XOR 0x36 (inner) and XOR 0x5c (outer): each
    // HMAC then starts from them instead of hashing the pads again.
    std::array<quint32, 8> m_innerState{};
    std::array<quint32, 8> m_outerState{};
};

/// The GET /webhook subscription handshake: when hub.mode is "subscribe" and hub.verify_token
/// equals `verifyToken` (compared in constant time), returns true and sets *challenge to the raw
/// hub.challenge to echo back with 200; otherwise false (answer 403).
bool acceptSubscription(const QUrlQuery& query, QByteArrayView verifyToken, QByteArray* challenge);

/// Constant-time equality of two byte strings (the time depends only on their lengths).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace duet::cloudapi
