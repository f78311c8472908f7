// SPDX-License-Identifier: GPL-3.0-or-later
// HMAC-SHA256 webhook signatures from precomputed pad midstates, and the verify-token handshake.
#include "cloudapi/WebhookSignature.h"

#include "cloudapi/Sha256.h"
#include "core/Hex.h"

#include <algorithm>
#include <type_traits>

namespace duet::cloudapi {

namespace {

constexpr qsizetype kBlockSize = 64; // SHA-256 block size in bytes
constexpr qsizetype kDigestSize = 32;
constexpr char kPrefix[] = "sha256=";
constexpr qsizetype kPrefixSize = sizeof(kPrefix) - 1;

} // namespace

static_assert(std::is_same_v<std::array<quint32, 8>, sha256::State>, "SHA-256 state layout");

WebhookSignature::WebhookSignature(const QByteArray& appSecret)
{
    // RFC 2104: keys longer than the block are hashed first; shorter ones are zero-padded.
    std::array<std::uint8_t, kBlockSize> key{};
    if (appSecret.size() > kBlockSize) {
        const sha256::Digest hashed = sha256::hash(appSecret);
        std::copy(hashed.begin(), hashed.end(), key.begin());
    } else {
        std::copy(appSecret.begin(), appSecret.end(), key.begin());
    }
    std::array<std::uint8_t, kBlockSize> pad{};
    for (qsizetype i = 0; i < kBlockSize; ++i)
        pad[size_t(i)] = key[size_t(i)] ^ 0x36;
    m_innerState = sha256::initialState();
    sha256::compress(m_innerState, pad.data(), 1);
    for (qsizetype i = 0; i < kBlockSize; ++i)
        pad[size_t(i)] = key[size_t(i)] ^ 0x5c;
    m_outerState = sha256::initialState();
    sha256::compress(m_outerState, pad.data(), 1);
    key.fill(0);
    pad.fill(0);
}

namespace {

/// HMAC-SHA256 from the precomputed inner and outer states.
sha256::Digest hmac(const sha256::State& inner, const sha256::State& outer, QByteArrayView body)
{
    const sha256::Digest innerDigest = sha256::finish(inner, kBlockSize, body);
    return sha256::finish(outer, kBlockSize,
                          QByteArrayView(reinterpret_cast<const char*>(innerDigest.data()), kDigestSize));
}

} // namespace

QByteArray WebhookSignature::digest(QByteArrayView rawBody) const
{
    const sha256::Digest d = hmac(m_innerState, m_outerState, rawBody);
    return QByteArray(reinterpret_cast<const char*>(d.data()), kDigestSize);
}

bool WebhookSignature::verify(QByteArrayView rawBody, QByteArrayView headerValue) const
{
    if (headerValue.size() != kPrefixSize + 2 * kDigestSize || !headerValue.startsWith(QByteArrayView(kPrefix)))
        return false;
    // Decode the claimed digest; any non-hex character makes the header malformed.
    std::array<char, kDigestSize> claimed{};
    const QByteArrayView hex = headerValue.sliced(kPrefixSize);
    for (qsizetype i = 0; i < kDigestSize; ++i) {
        const int hi = hexDigitValue(hex.at(2 * i));
        const int lo = hexDigitValue(hex.at(2 * i + 1));
        if (hi < 0 || lo < 0)
            return false;
        claimed[size_t(i)] = char((hi << 4) | lo);
    }
    const sha256::Digest actual = hmac(m_innerState, m_outerState, rawBody);
    return constantTimeEquals(QByteArrayView(claimed.data(), kDigestSize),
                              QByteArrayView(reinterpret_cast<const char*>(actual.data()), kDigestSize));
}

QByteArray WebhookSignature::sign(QByteArrayView rawBody) const
{
    return QByteArray(kPrefix) + digest(rawBody).toHex();
}

bool acceptSubscription(const QUrlQuery& query, QByteArrayView verifyToken, QByteArray* challenge)
{
    if (verifyToken.isEmpty()) // an unset token must never accept anything
        return false;
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QByteArray token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    const bool tokenOk = constantTimeEquals(token, verifyToken);
    if (mode != QLatin1String("subscribe") || !tokenOk || !query.hasQueryItem(QStringLiteral("hub.challenge")))
        return false;
    if (challenge)
        *challenge = query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8();
    return true;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Compare over the longer length so the time does not depend on where the bytes differ.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char x = i < a.size() ? static_cast<unsigned char>(a.data()[i]) : 0u;
        const unsigned char y = i < b.size() ? static_cast<unsigned char>(b.data()[i]) : 0u;
        diff |= unsigned(x ^ y);
    }
    return diff == 0;
}

} // namespace duet::cloudapi
