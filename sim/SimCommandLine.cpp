// SPDX-License-Identifier: GPL-3.0-or-later
// duet-sim's command line: options, their checks (loopback only, private secret files), help.
#include "SimCommandLine.h"

#include <QFile>
#include <QFileInfo>

namespace duet::sim {

namespace {

constexpr qint64 kMaxSecretBytes = 4096;

bool parseListen(const QString& value, QHostAddress* address, quint16* port, QString* error)
{
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("--listen needs HOST:PORT, got \"%1\"").arg(value);
        return false;
    }
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int p = QStringView(value).mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535) {
        *error = QStringLiteral("--listen: \"%1\" is not a port number").arg(value.mid(colon + 1));
        return false;
    }
    QHostAddress a;
    if (host == QLatin1String("localhost"))
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!a.setAddress(host)) {
        *error = QStringLiteral("--listen: \"%1\" is not an IP address").arg(host);
        return false;
    }
    if (!a.isLoopback()) {
        *error = QStringLiteral("--listen: %1 is not a loopback address; duet-sim serves only this machine "
                                "(use 127.0.0.1 or ::1)")
                     .arg(host);
        return false;
    }
    *address = a;
    *port = quint16(p);
    return true;
}

bool readSecret(const QString& option, const QString& path, QByteArray* secret, QString* error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = QStringLiteral("%1: %2 is not a readable file").arg(option, path);
        return false;
    }
    const QFileDevice::Permissions exposed =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (QFile::permissions(path) & exposed) {
        *error = QStringLiteral("%1: %2 is accessible by group or others; fix it with: chmod 600 %2").arg(option, path);
        return false;
    }
    QFile file(path);
    if (info.size() > kMaxSecretBytes || !file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("%1: cannot read %2 (or it is larger than %3 bytes)").arg(option, path).arg(kMaxSecretBytes);
        return false;
    }
    *secret = file.readAll().trimmed();
    if (secret->isEmpty()) {
        *error = QStringLiteral("%1: %2 is empty").arg(option, path);
        return false;
    }
    return true;
}

} // namespace

QString SimCommandLine::helpText()
{
    return QStringLiteral(
        "Usage: duet-sim --listen HOST:PORT --webhook-url URL --app-secret-file F --access-token-file F\n"
        "                [--scenario FILE] [--seed N] [--speed X]\n\n"
        "A local stand-in for the WhatsApp Cloud API (docs/SIMULATOR.md).\n\n"
        "  --listen HOST:PORT        loopback address to serve the Graph API on (127.0.0.1:0 picks a port)\n"
        "  --webhook-url URL         where signed webhooks are POSTed (the hub's /webhook)\n"
        "  --app-secret-file F       the app secret that signs webhooks (mode 600)\n"
        "  --access-token-file F     the bearer token clients must send (mode 600)\n"
        "  --scenario FILE           scripted traffic, templates and limits (default: none)\n"
        "  --seed N                  makes ids, delays and duplicates repeatable (default 1)\n"
        "  --speed X                 simulated time runs X times faster (default 1)\n"
        "  --version, --help\n\n"
        "Exit codes: 0 ok, 1 runtime failure, 2 usage or bad input.\n");
}

bool SimCommandLine::parse(const QStringList& args, SimCommandLine* out, QString* error)
{
    SimCommandLine c;
    bool hasListen = false;
    QString secretFile, tokenFile, webhookUrl;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out->action = Action::Help;
            return true;
        }
        if (arg == QLatin1String("--version")) {
            out->action = Action::Version;
            return true;
        }
        static const QStringList kValued = {QStringLiteral("--listen"),
                                            QStringLiteral("--webhook-url"),
                                            QStringLiteral("--app-secret-file"),
                                            QStringLiteral("--access-token-file"),
                                            QStringLiteral("--scenario"),
                                            QStringLiteral("--seed"),
                                            QStringLiteral("--speed")};
        if (!kValued.contains(arg)) {
            *error = QStringLiteral("unknown option \"%1\" (see duet-sim --help)").arg(arg);
            return false;
        }
        if (i + 1 >= args.size()) {
            *error = QStringLiteral("%1 needs a value").arg(arg);
            return false;
        }
        const QString& value = args.at(++i);
        bool ok = true;
        if (arg == QLatin1String("--listen")) {
            ok = parseListen(value, &c.options.address, &c.options.port, error);
            hasListen = true;
        } else if (arg == QLatin1String("--webhook-url")) {
            webhookUrl = value;
        } else if (arg == QLatin1String("--app-secret-file")) {
            secretFile = value;
        } else if (arg == QLatin1String("--access-token-file")) {
            tokenFile = value;
        } else if (arg == QLatin1String("--scenario")) {
            c.scenarioPath = value;
        } else if (arg == QLatin1String("--seed")) {
            c.options.seed = value.toULongLong(&ok);
            if (!ok)
                *error = QStringLiteral("--seed needs a whole number, got \"%1\"").arg(value);
        } else if (arg == QLatin1String("--speed")) {
            c.speed = value.toDouble(&ok);
            if (!ok || c.speed <= 0 || c.speed > 100000) {
                ok = false;
                *error = QStringLiteral("--speed needs a number above 0 and up to 100000, got \"%1\"").arg(value);
            }
        }
        if (!ok)
            return false;
    }
    if (!hasListen || webhookUrl.isEmpty() || secretFile.isEmpty() || tokenFile.isEmpty()) {
        *error = QStringLiteral("--listen, --webhook-url, --app-secret-file and --access-token-file are required");
        return false;
    }
    const QUrl url(webhookUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        *error = QStringLiteral("--webhook-url: \"%1\" is not an http(s) URL").arg(webhookUrl);
        return false;
    }
    c.options.webhookUrl = url;
    if (!readSecret(QStringLiteral("--app-secret-file"), secretFile, &c.options.appSecret, error) ||
        !readSecret(QStringLiteral("--access-token-file"), tokenFile, &c.options.accessToken, error))
        return false;
    if (!c.scenarioPath.isEmpty() && !Scenario::loadFile(c.scenarioPath, &c.options.scenario, error)) {
        *error = QStringLiteral("--scenario: ") + *error;
        return false;
    }
    *out = c;
    return true;
}

} // namespace duet::sim
