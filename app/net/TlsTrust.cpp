// SPDX-License-Identifier: GPL-3.0-or-later
// Extra CA certificates and pinned fingerprints -> a QSslConfiguration, and sslErrors in plain words.
#include "TlsTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace duet::net {

namespace {

QString normalised(const QString& fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            hex += c.toUpper();
    }
    return hex;
}

} // namespace

bool TlsTrust::addCaFile(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = QCoreApplication::translate("duet", "The CA certificate file %1 does not exist.").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("duet", "Cannot read the CA certificate file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(4 * 1024 * 1024), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QCoreApplication::translate(
                     "duet", "%1 holds no PEM certificate (a file that starts with -----BEGIN CERTIFICATE-----).")
                     .arg(path);
        return false;
    }
    addCaCertificates(certificates);
    return true;
}

void TlsTrust::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    for (const QSslCertificate& c : certificates) {
        if (!c.isNull() && !m_cas.contains(c))
            m_cas.append(c);
    }
}

void TlsTrust::pin(const QString& fingerprint)
{
    const QString hex = normalised(fingerprint);
    if (hex.size() == 64)
        m_pins.insert(hex);
}

QSslConfiguration TlsTrust::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_cas.isEmpty())
        config.addCaCertificates(m_cas);
    return config;
}

bool TlsTrust::isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QSslCertificate TlsTrust::pinnable(const QList<QSslError>& errors)
{
    QSslCertificate leaf;
    for (const QSslError& e : errors) {
        if (!isTrustError(e.error()))
            return QSslCertificate();
        if (leaf.isNull())
            leaf = e.certificate();
    }
    return leaf;
}

bool TlsTrust::accepts(const QList<QSslError>& errors) const
{
    if (errors.isEmpty() || m_pins.isEmpty())
        return false;
    for (const QSslError& e : errors) {
        if (!isTrustError(e.error()) || e.certificate().isNull() ||
            !m_pins.contains(normalised(fingerprint(e.certificate()))))
            return false;
    }
    return true;
}

QString TlsTrust::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString TlsTrust::describe(const QList<QSslError>& errors, const QString& host)
{
    QStringList lines;
    const auto add = [&lines](const QString& line) {
        if (!lines.contains(line))
            lines << line;
    };
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            add(QCoreApplication::translate(
                "duet",
                "The hub's certificate is self-signed: no authority this computer trusts vouches for it. Ask your "
                "administrator for the CA certificate, or to confirm its fingerprint before you trust it."));
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            add(QCoreApplication::translate(
                "duet",
                "The hub's certificate is not trusted: it was issued by an authority this computer does not know. "
                "Ask your administrator for the CA certificate (Duet's --ca-file option)."));
            break;
        case QSslError::CertificateExpired:
            add(QCoreApplication::translate(
                    "duet", "The hub's certificate has expired (on %1). Ask your administrator to renew it.")
                    .arg(QLocale().toString(e.certificate().expiryDate().date(), QLocale::ShortFormat)));
            break;
        case QSslError::CertificateNotYetValid:
            add(QCoreApplication::translate(
                    "duet", "The hub's certificate is not valid yet (from %1). Check this computer's date and time.")
                    .arg(QLocale().toString(e.certificate().effectiveDate().date(), QLocale::ShortFormat)));
            break;
        case QSslError::HostNameMismatch: {
            QStringList names = e.certificate().subjectAlternativeNames().values(QSsl::DnsEntry);
            names += e.certificate().subjectAlternativeNames().values(QSsl::IpAddressEntry);
            if (names.isEmpty())
                names = e.certificate().subjectInfo(QSslCertificate::CommonName);
            add(QCoreApplication::translate(
                    "duet",
                    "The hub's certificate was issued for another name (%1), not for %2. Check the address, or ask "
                    "your administrator for a certificate that names it.")
                    .arg(names.join(QStringLiteral(", ")), host));
            break;
        }
        case QSslError::CertificateRevoked:
            add(QCoreApplication::translate(
                "duet", "The hub's certificate was revoked by its issuer. Do not connect; tell your administrator."));
            break;
        case QSslError::CertificateSignatureFailed:
        case QSslError::CertificateBlacklisted:
            add(QCoreApplication::translate(
                "duet", "The hub's certificate cannot be checked: its signature is wrong or it is blocked. Do not "
                        "connect; tell your administrator."));
            break;
        default:
            add(QCoreApplication::translate("duet", "The hub's certificate was refused: %1").arg(e.errorString()));
            break;
        }
    }
    if (lines.isEmpty())
        return QCoreApplication::translate("duet", "The secure connection to the hub could not be set up.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace duet::net
