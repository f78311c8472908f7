// SPDX-License-Identifier: GPL-3.0-or-later
// Who is on the other end of a request: the peer, or the client a trusted reverse proxy names.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace duet::hub {

/// An address or a CIDR range, as QHostAddress::parseSubnet() returns it.
using Subnet = QPair<QHostAddress, int>;

/// Parses `[hub] trusted_proxies`: addresses and CIDR ranges separated by commas or spaces, e.g.
/// "127.0.0.1, 10.0.0.0/8, ::1". An empty text is an empty list. False with *error naming the
/// first entry that is neither.
bool parseTrustedProxies(const QString& text, QList<Subnet>* proxies, QString* error);

/// The list back as text (for the hub's start-up line).
QString describeTrustedProxies(const QList<Subnet>& proxies);

/// The client's address for throttling and logs. It is `peer` unless `peer` is one of the trusted
/// proxies; then it is the right-most address of `forwardedFor` (the X-Forwarded-For header, all
/// its values joined by commas) that is not itself a trusted proxy. Entries to the left of that
/// one were written by the client and are ignored. When the header is missing, or the entry in
/// question is not an address, the nearest trusted hop is the answer. IPv4-mapped IPv6 addresses
/// count as the IPv4 address.
QHostAddress clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor,
                           const QList<Subnet>& trustedProxies);

} // namespace duet::hub
