// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: agent protocol text frames in both directions (docs/PROTOCOL.md): what the hub's
// AgentSession decodes from desktops and what the desktop's SyncClient decodes from the hub.

#include "FuzzSupport.h"
#include "sync/Protocol.h"

#include <QString>

using namespace duet;

namespace {

/// A decoded message encodes to a frame that decodes again, and from the second pass on the
/// encoding is the same bytes: whatever one side accepted, it can pass on and the other side reads
/// the same. (Not from the first pass: Qt 6.4 keeps a byte order mark that starts a key or string
/// when parsing but drops it when writing, which can also move a key; template components, kept as
/// JSON, carry such keys through once.)
template <typename Message, typename Decode> void checkRoundTrip(const Message& message, Decode decode)
{
    const QByteArray encoded = sync::encode(message);
    Message once;
    sync::ProtocolError error;
    FUZZ_CHECK_MSG(decode(encoded, &once, &error), error.message + QStringLiteral(": ") + QString::fromUtf8(encoded));
    const QByteArray passed = sync::encode(once);
    Message twice;
    FUZZ_CHECK_MSG(decode(passed, &twice, &error), error.message + QStringLiteral(": ") + QString::fromUtf8(passed));
    FUZZ_CHECK_MSG(sync::encode(twice) == passed, QString::fromUtf8(passed));
}

void decodeBoth(const QByteArray& frame)
{
    sync::ClientMessage client;
    sync::ProtocolError clientError;
    if (sync::decodeClientMessage(frame, &client, &clientError))
        checkRoundTrip(client, sync::decodeClientMessage);
    else
        FUZZ_CHECK(!clientError.reason().isEmpty());

    sync::HubMessage hub;
    sync::ProtocolError hubError;
    if (sync::decodeHubMessage(frame, &hub, &hubError))
        checkRoundTrip(hub, sync::decodeHubMessage);
    else
        FUZZ_CHECK(!hubError.reason().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray input = fuzz::bytes(data, size);
    // WebSocket text frames arrive as QString (the socket refuses invalid UTF-8); both sides turn
    // them back into UTF-8 bytes before decoding. The raw bytes are decoded too.
    const QByteArray frame = QString::fromUtf8(input).toUtf8();
    decodeBoth(frame);
    if (frame != input)
        decodeBoth(input);
    return 0;
}
