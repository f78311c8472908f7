// SPDX-License-Identifier: GPL-3.0-or-later
// Which hub certificates the desktop trusts beyond the system's, and certificate problems in words.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace duet::net {

/// The desktop's trust for TLS connections to its hub (the sync WebSocket and every HTTPS request
/// to the same address): the system's CA certificates, plus those of a private CA read from a PEM
/// file, plus certificates the person pinned by their SHA-256 fingerprint after confirming them.
/// A plain value; copy it into each connection.
/// Usage: `TlsTrust t; t.addCaFile(path, &error); socket.setSslConfiguration(t.configuration());`
/// and on sslErrors: `if (t.accepts(errors)) socket.ignoreSslErrors(errors); else show(TlsTrust::describe(errors));`
class TlsTrust
{
public:
    /// Adds every certificate in a PEM file (a CA or a chain). False, with a sentence, when the
    /// file is missing, unreadable or holds no PEM certificate.
    bool addCaFile(const QString& path, QString* error);
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    /// Trusts the certificate with this SHA-256 fingerprint (hex, colons and case ignored) even
    /// though no CA vouches for it. Only problems of trust are forgiven: an expired certificate
    /// or one issued for another name stays refused.
    void pin(const QString& fingerprint);
    bool isEmpty() const { return m_cas.isEmpty() && m_pins.isEmpty(); }

    /// The default configuration with the extra CA certificates added to the system's.
    QSslConfiguration configuration() const;
    /// True when every error is forgiven by a pin (see pin()), so the handshake may go on.
    bool accepts(const QList<QSslError>& errors) const;

    /// The SHA-256 fingerprint as upper-case hex pairs joined by colons ("AB:CD:...").
    static QString fingerprint(const QSslCertificate& certificate);
    /// The certificate the errors are about that a person could pin (the server's own when it is
    /// named), or a null certificate when some error cannot be forgiven by pinning.
    static QSslCertificate pinnable(const QList<QSslError>& errors);
    /// What is wrong, in plain words for people (translated): not trusted, self-signed, expired or
    /// not yet valid, issued for another name, revoked, or the error's own text for the rest.
    static QString describe(const QList<QSslError>& errors, const QString& host);

private:
    static bool isTrustError(QSslError::SslError error);

    QList<QSslCertificate> m_cas;
    QSet<QString> m_pins; ///< normalised: upper-case hex, no colons
};

} // namespace duet::net
