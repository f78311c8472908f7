// SPDX-License-Identifier: GPL-3.0-or-later
// Self-signed certificates and keys made with openssl for the TLS tests, in a directory they choose.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace duet::test {

/// Makes `name`.crt and `name`.key (mode 0600) in `dir`: a self-signed certificate valid for a
/// month whose subject alternative names are `names` (e.g. "DNS:localhost,IP:127.0.0.1"). `ec`
/// picks a P-256 key instead of RSA 2048. False, with the reason, when openssl is missing or fails.
/// Usage: `QVERIFY2(makeCertificate(dir.path(), "hub", "DNS:localhost,IP:127.0.0.1", &error), qPrintable(error));`
inline bool makeCertificate(const QString& dir, const QString& name, const QString& names, QString* error,
                            bool ec = false)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("openssl is not installed");
        return false;
    }
    const QString key = QDir(dir).filePath(name + QStringLiteral(".key"));
    const QString crt = QDir(dir).filePath(name + QStringLiteral(".crt"));
    QStringList args{QStringLiteral("req"),   QStringLiteral("-x509"), QStringLiteral("-nodes"),
                     QStringLiteral("-days"), QStringLiteral("30"),    QStringLiteral("-newkey")};
    if (ec)
        args << QStringLiteral("ec") << QStringLiteral("-pkeyopt") << QStringLiteral("ec_paramgen_curve:prime256v1");
    else
        args << QStringLiteral("rsa:2048");
    const QString cn = names.section(QLatin1Char(','), 0, 0).section(QLatin1Char(':'), 1);
    args << QStringLiteral("-keyout") << key << QStringLiteral("-out") << crt << QStringLiteral("-subj")
         << QStringLiteral("/CN=") + cn << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + names;
    QProcess p;
    p.start(openssl, args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace duet::test
