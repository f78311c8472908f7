// SPDX-License-Identifier: GPL-3.0-or-later
// Trusted proxy lists and the right-most untrusted X-Forwarded-For address.
#include "ClientAddress.h"

#include <QRegularExpression>
#include <QStringList>

namespace duet::hub {
namespace {

/// ::ffff:a.b.c.d as a.b.c.d, so one client has one key whichever way the socket was opened.
QHostAddress normalized(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = address.toIPv4Address(&ok);
        if (ok)
            return QHostAddress(v4);
    }
    QHostAddress copy(address);
    copy.setScopeId({});
    return copy;
}

bool isTrusted(const QHostAddress& address, const QList<Subnet>& proxies)
{
    for (const Subnet& s : proxies) {
        if (address.isInSubnet(s))
            return true;
    }
    return false;
}

/// One X-Forwarded-For entry: "203.0.113.7", "2001:db8::1", "[2001:db8::1]:4711" or
/// "203.0.113.7:4711" (some proxies add the port). Null when it is none of these.
QHostAddress parseEntry(QString entry)
{
    entry = entry.trimmed();
    if (entry.startsWith(QLatin1Char('"')) && entry.endsWith(QLatin1Char('"')) && entry.size() >= 2)
        entry = entry.mid(1, entry.size() - 2);
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        entry = entry.mid(1, close - 1);
    } else if (entry.count(QLatin1Char(':')) == 1) {
        entry = entry.left(entry.indexOf(QLatin1Char(':')));
    }
    if (entry.isEmpty() || entry.size() > 64)
        return {};
    QHostAddress address;
    if (!address.setAddress(entry))
        return {};
    return normalized(address);
}

} // namespace

bool parseTrustedProxies(const QString& text, QList<Subnet>* proxies, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QList<Subnet> out;
    for (const QString& entry : text.split(separators, Qt::SkipEmptyParts)) {
        Subnet subnet = QHostAddress::parseSubnet(entry);
        if (subnet.first.isNull() || subnet.second < 0) {
            *error = QStringLiteral("bad trusted_proxies entry '%1': expected an IP address or a CIDR range such as "
                                    "127.0.0.1 or 10.0.0.0/8")
                         .arg(entry);
            return false;
        }
        out.append(subnet);
    }
    *proxies = out;
    return true;
}

QString describeTrustedProxies(const QList<Subnet>& proxies)
{
    QStringList parts;
    for (const Subnet& s : proxies)
        parts << s.first.toString() + QLatin1Char('/') + QString::number(s.second);
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QLatin1Char(','));
}

QHostAddress clientAddress(const QHostAddress& peer, const QByteArray& forwardedFor,
                           const QList<Subnet>& trustedProxies)
{
    QHostAddress hop = normalized(peer);
    if (trustedProxies.isEmpty() || !isTrusted(hop, trustedProxies) || forwardedFor.trimmed().isEmpty())
        return hop;
    const QStringList entries = QString::fromLatin1(forwardedFor).split(QLatin1Char(','));
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const QHostAddress entry = parseEntry(entries[i]);
        if (entry.isNull())
            return hop; // garbage where the proxy's own entry should be: keep the hop that wrote it
        if (!isTrusted(entry, trustedProxies))
            return entry;
        hop = entry; // another proxy of ours in the chain
    }
    return hop; // every hop is a trusted proxy: the left-most one is the client
}

} // namespace duet::hub
