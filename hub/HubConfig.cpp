// SPDX-License-Identifier: GPL-3.0-or-later
// Layered configuration (INI < environment < flags), validation, and secret files checked for mode 0600.
#include "HubConfig.h"

#include "onboarding/NumberFacts.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace duet::hub {

namespace {

/// One setting: its INI key ("section/name"), environment variable and flag.
struct Setting
{
    const char* key;
    const char* env;
    const char* flag;
    bool isPath; ///< relative values in the INI file are relative to the file's directory
};

constexpr Setting kSettings[] = {
    {"hub/listen", "DUET_HUB_LISTEN", "--listen", false},
    {"hub/db", "DUET_HUB_DB", "--db", true},
    {"hub/app_secret_file", "DUET_HUB_APP_SECRET_FILE", "--app-secret-file", true},
    {"hub/verify_token_file", "DUET_HUB_VERIFY_TOKEN_FILE", "--verify-token-file", true},
    {"cloudapi/phone_number_id", "DUET_HUB_PHONE_NUMBER_ID", "--phone-number-id", false},
    {"cloudapi/waba_id", "DUET_HUB_WABA_ID", "--waba-id", false},
    {"cloudapi/api_version", "DUET_HUB_API_VERSION", "--api-version", false},
    {"cloudapi/access_token_file", "DUET_HUB_ACCESS_TOKEN_FILE", "--access-token-file", true},
    {"cloudapi/send_cap", "DUET_HUB_SEND_CAP", "--send-cap", false},
    {"cloudapi/base_url", "DUET_HUB_GRAPH_BASE_URL", "--graph-base-url", false},
    {"team/read_receipts", "DUET_HUB_READ_RECEIPTS", "--read-receipts", false},
    {"team/reply_claims", "DUET_HUB_REPLY_CLAIMS", "--reply-claims", false},
    {"team/visibility", "DUET_HUB_VISIBILITY", "--visibility", false},
    {"team/media_auto_download_mb", "DUET_HUB_MEDIA_AUTO_DOWNLOAD_MB", "--media-auto-download-mb", false},
    {"hub/trusted_proxies", "DUET_HUB_TRUSTED_PROXIES", "--trusted-proxies", false},
    {"hub/max_sessions_per_agent", "DUET_HUB_MAX_SESSIONS_PER_AGENT", "--max-sessions-per-agent", false},
    {"tls/certificate", "DUET_HUB_TLS_CERTIFICATE", "--tls-certificate", true},
    {"tls/key", "DUET_HUB_TLS_KEY", "--tls-key", true},
};
constexpr qint64 kMaxSecretBytes = 64 * 1024;

using Values = QMap<QString, QString>; // INI key -> value

const Setting* settingByKey(const QString& key)
{
    for (const Setting& s : kSettings) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

bool isUrl(const QString& db)
{
    return db.startsWith(QLatin1String("postgresql://")) || db.startsWith(QLatin1String("postgres://"));
}

/// Parses a small INI dialect: [section], key = value, ';' or '#' comments, optional double quotes.
/// A true/false setting (also yes/no, on/off, 1/0); unset keeps `*value`.
bool readBool(const Values& values, const QString& key, bool* value, QString* error)
{
    const QString text = values.value(key).trimmed().toLower();
    if (text.isEmpty())
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off") ||
        text == QLatin1String("0")) {
        *value = false;
        return true;
    }
    if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on") ||
        text == QLatin1String("1")) {
        *value = true;
        return true;
    }
    *error = QStringLiteral("bad %1 '%2': expected true or false").arg(key.section(QLatin1Char('/'), 1), text);
    return false;
}

bool readIni(const QString& path, Values* values, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QString baseDir = QFileInfo(path).absolutePath();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QString section;
    for (int i = 0; i < lines.size(); ++i) {
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(i + 1);
        QString line = lines[i].trimmed();
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line = line.mid(1).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                *error = where + QStringLiteral("a section header must look like [hub]");
                return false;
            }
            section = line.mid(1, line.size() - 2).trimmed();
            if (section != QLatin1String("hub") && section != QLatin1String("cloudapi") &&
                section != QLatin1String("team") && section != QLatin1String("tls")) {
                *error = where +
                         QStringLiteral("unknown section [%1] (known: [hub], [cloudapi], [team], [tls])").arg(section);
                return false;
            }
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = where + QStringLiteral("expected key = value");
            return false;
        }
        if (section.isEmpty()) {
            *error = where + QStringLiteral("setting outside a section; put it under [hub] or [cloudapi]");
            return false;
        }
        const QString key = section + QLatin1Char('/') + line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        const Setting* setting = settingByKey(key);
        if (!setting) {
            *error = where + QStringLiteral("unknown setting '%1'").arg(line.left(eq).trimmed());
            return false;
        }
        if (values->contains(key)) {
            *error = where + QStringLiteral("'%1' is set twice").arg(line.left(eq).trimmed());
            return false;
        }
        if (setting->isPath && !value.isEmpty() && !isUrl(value) && QDir::isRelativePath(value))
            value = QDir(baseDir).filePath(value);
        values->insert(key, value);
    }
    return true;
}

bool parseFlags(const QStringList& args, Values* values, QString* configFile, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        QString flag = args[i];
        QString value;
        bool hasValue = false;
        const qsizetype eq = flag.indexOf(QLatin1Char('='));
        if (flag.startsWith(QLatin1String("--")) && eq > 0) {
            value = flag.mid(eq + 1);
            flag = flag.left(eq);
            hasValue = true;
        }
        const Setting* setting = nullptr;
        for (const Setting& s : kSettings) {
            if (flag == QLatin1String(s.flag))
                setting = &s;
        }
        const bool isConfig = flag == QLatin1String("--config");
        if (!setting && !isConfig) {
            *error = QStringLiteral("unknown option '%1' (see duet-hub serve --help)").arg(flag);
            return false;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("option %1 needs a value").arg(flag);
                return false;
            }
            value = args[++i];
        }
        if (isConfig)
            *configFile = value;
        else
            values->insert(QLatin1String(setting->key), value);
    }
    return true;
}

bool parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint p = colon > 0 ? QStringView(text).mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress a;
    if (host == QLatin1String("localhost"))
        a = QHostAddress(QHostAddress::LocalHost);
    else if (host == QLatin1String("*"))
        a = QHostAddress(QHostAddress::Any);
    else
        a = QHostAddress(host);
    if (!portOk || p > 65535 || a.isNull()) {
        *error = QStringLiteral("bad listen address '%1': expected HOST:PORT with an IP address, e.g. 127.0.0.1:8080 "
                                "or [::1]:8080")
                     .arg(text);
        return false;
    }
    *address = a;
    *port = quint16(p);
    return true;
}

/// A file's permissions in octal, e.g. "0644".
QString octalMode(QFileDevice::Permissions p)
{
    auto digit = [&](QFileDevice::Permission r, QFileDevice::Permission w, QFileDevice::Permission x) {
        return QString::number((p & r ? 4 : 0) + (p & w ? 2 : 0) + (p & x ? 1 : 0));
    };
    return QLatin1Char('0') + digit(QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner) +
           digit(QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup) +
           digit(QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther);
}

bool readSecret(const QString& what, const QString& path, QByteArray* secret, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1 %2 does not exist").arg(what, path);
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1 %2 is not a regular file").arg(what, path);
        return false;
    }
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions exposed =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (p & exposed) {
        *error = QStringLiteral("%1 %2 is accessible by group or others (mode %3); fix it with: chmod 600 %2")
                     .arg(what, path, octalMode(p));
        return false;
    }
    if (info.size() > kMaxSecretBytes) {
        *error = QStringLiteral("%1 %2 is larger than %3 bytes; it should hold the secret alone")
                     .arg(what, path)
                     .arg(kMaxSecretBytes);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 %2: %3").arg(what, path, file.errorString());
        return false;
    }
    *secret = file.readAll().trimmed();
    if (secret->isEmpty()) {
        *error = QStringLiteral("%1 %2 is empty").arg(what, path);
        return false;
    }
    return true;
}

/// Reads the server's certificate (chain) and private key and checks they belong together.
bool readTls(HubConfig* c, QString* error)
{
    const QString& certPath = c->tlsCertificateFile;
    const QFileInfo info(certPath);
    if (!info.exists() || !info.isFile()) {
        *error = QStringLiteral("TLS certificate file %1 does not exist (set [tls] certificate to a PEM file)")
                     .arg(certPath);
        return false;
    }
    QFile file(certPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read TLS certificate file %1: %2").arg(certPath, file.errorString());
        return false;
    }
    c->tlsCertificateChain = QSslCertificate::fromData(file.read(1024 * 1024), QSsl::Pem);
    if (c->tlsCertificateChain.isEmpty() || c->tlsCertificateChain.first().isNull()) {
        *error = QStringLiteral("TLS certificate file %1 holds no PEM certificate (expected -----BEGIN "
                                "CERTIFICATE-----, the server's certificate first, then its chain)")
                     .arg(certPath);
        return false;
    }
    QByteArray pem;
    if (!readSecret(QStringLiteral("TLS key file"), c->tlsKeyFile, &pem, error))
        return false;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        c->tlsKey = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!c->tlsKey.isNull())
            break;
    }
    if (c->tlsKey.isNull()) {
        *error = QStringLiteral("TLS key file %1 holds no usable PEM private key (expected an RSA or EC key "
                                "without a passphrase; remove one with: openssl pkey -in ENCRYPTED.key -out %1)")
                     .arg(c->tlsKeyFile);
        return false;
    }
    // Qt has no call that compares a key with a certificate: a TLS handshake with itself over
    // loopback proves the pair works, exactly as clients will use it.
    QSslServer server;
    server.setSslConfiguration(c->tlsConfiguration());
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("cannot check the TLS key: %1").arg(server.errorString());
        return false;
    }
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&client, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&server, &QSslServer::errorOccurred, &loop, &QEventLoop::quit);
    limit.start(10'000);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    loop.exec();
    if (!client.isEncrypted()) {
        *error = QStringLiteral("the TLS key in %1 does not match the certificate in %2 (or the pair is unusable: "
                                "%3)")
                     .arg(c->tlsKeyFile, certPath, client.errorString());
        return false;
    }
    return true;
}

/// A database setting for logs: postgresql:// URLs lose their password.
QString redactedDb(const QString& db)
{
    if (!isUrl(db))
        return db;
    QUrl url(db);
    if (!url.password().isEmpty())
        url.setPassword(QStringLiteral("REDACTED"));
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("password"))) {
        query.removeAllQueryItems(QStringLiteral("password"));
        query.addQueryItem(QStringLiteral("password"), QStringLiteral("REDACTED"));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace

bool HubConfig::load(const QStringList& args, const QProcessEnvironment& env, HubConfig* config, QString* error)
{
    Values flags;
    QString configFile = env.value(QStringLiteral("DUET_HUB_CONFIG"));
    if (!parseFlags(args, &flags, &configFile, error))
        return false;

    Values merged;
    if (!configFile.isEmpty() && !readIni(configFile, &merged, error))
        return false;
    for (const Setting& s : kSettings) {
        const QString name = QLatin1String(s.env);
        if (env.contains(name))
            merged.insert(QLatin1String(s.key), env.value(name));
    }
    for (auto it = flags.cbegin(); it != flags.cend(); ++it)
        merged.insert(it.key(), it.value());

    HubConfig c;
    c.configFile = configFile;
    const QString listen = merged.value(QStringLiteral("hub/listen"), QStringLiteral("127.0.0.1:8080"));
    if (!parseListen(listen, &c.listenAddress, &c.listenPort, error))
        return false;
    c.db = merged.value(QStringLiteral("hub/db"));
    c.appSecretFile = merged.value(QStringLiteral("hub/app_secret_file"));
    c.verifyTokenFile = merged.value(QStringLiteral("hub/verify_token_file"));
    c.accessTokenFile = merged.value(QStringLiteral("cloudapi/access_token_file"));
    c.phoneNumberId = merged.value(QStringLiteral("cloudapi/phone_number_id"));
    c.wabaId = merged.value(QStringLiteral("cloudapi/waba_id"));
    c.apiVersion = merged.value(QStringLiteral("cloudapi/api_version"), c.apiVersion);

    if (c.db.isEmpty()) {
        *error =
            QStringLiteral("no database: set db in [hub], DUET_HUB_DB or --db (a SQLite path or a postgresql:// URL)");
        return false;
    }
    if (c.appSecretFile.isEmpty()) {
        *error = QStringLiteral(
            "no app secret: set app_secret_file in [hub], DUET_HUB_APP_SECRET_FILE or --app-secret-file");
        return false;
    }
    if (c.verifyTokenFile.isEmpty()) {
        *error = QStringLiteral(
            "no verify token: set verify_token_file in [hub], DUET_HUB_VERIFY_TOKEN_FILE or --verify-token-file");
        return false;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^v[0-9]+\\.[0-9]+$"));
    if (!versionPattern.match(c.apiVersion).hasMatch()) {
        *error = QStringLiteral("bad api_version '%1': expected a Graph API version like %2")
                     .arg(c.apiVersion, cloudapi::graphApiVersion());
        return false;
    }
    if (!c.phoneNumberId.isEmpty() && !onboarding::isGraphId(c.phoneNumberId)) {
        *error = QStringLiteral("bad phone_number_id '%1': expected the digits of the Cloud API phone number id")
                     .arg(c.phoneNumberId);
        return false;
    }
    if (!c.wabaId.isEmpty() && !onboarding::isGraphId(c.wabaId)) {
        *error =
            QStringLiteral("bad waba_id '%1': expected the digits of the WhatsApp Business Account id").arg(c.wabaId);
        return false;
    }
    if (c.phoneNumberId.isEmpty() != c.accessTokenFile.isEmpty()) {
        *error = QStringLiteral("phone_number_id and access_token_file go together: set both in [cloudapi] or neither");
        return false;
    }
    c.graphBaseUrl = merged.value(QStringLiteral("cloudapi/base_url"));
    if (!c.graphBaseUrl.isEmpty()) {
        const QUrl base(c.graphBaseUrl, QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() ||
            (base.scheme() != QLatin1String("http") && base.scheme() != QLatin1String("https"))) {
            *error = QStringLiteral("bad base_url '%1': expected an http(s):// URL like https://graph.facebook.com")
                         .arg(c.graphBaseUrl);
            return false;
        }
    }
    if (!readBool(merged, QStringLiteral("team/read_receipts"), &c.readReceipts, error) ||
        !readBool(merged, QStringLiteral("team/reply_claims"), &c.replyClaims, error))
        return false;
    const QString visibility = merged.value(QStringLiteral("team/visibility")).trimmed().toLower();
    if (visibility == QLatin1String("own")) {
        c.ownOnly = true;
    } else if (!visibility.isEmpty() && visibility != QLatin1String("all")) {
        *error = QStringLiteral("bad visibility '%1': expected all or own").arg(visibility);
        return false;
    }
    const QString cap = merged.value(QStringLiteral("cloudapi/send_cap"));
    if (!cap.isEmpty()) {
        bool ok = false;
        c.sendCap = cap.toDouble(&ok);
        if (!ok || !(c.sendCap > 0) || c.sendCap > 1000) {
            *error = QStringLiteral("bad send_cap '%1': expected messages per second between 0 and 1000").arg(cap);
            return false;
        }
    }

    if (!parseTrustedProxies(merged.value(QStringLiteral("hub/trusted_proxies")), &c.trustedProxies, error))
        return false;
    const QString autoMb = merged.value(QStringLiteral("team/media_auto_download_mb")).trimmed();
    if (!autoMb.isEmpty()) {
        bool ok = false;
        const double mb = autoMb.toDouble(&ok);
        if (!ok || mb < 0 || mb > 100) {
            *error =
                QStringLiteral("bad media_auto_download_mb '%1': expected a size in MB between 0 and 100").arg(autoMb);
            return false;
        }
        c.mediaAutoDownloadBytes = qint64(mb * 1024 * 1024);
    }
    const QString sessions = merged.value(QStringLiteral("hub/max_sessions_per_agent")).trimmed();
    if (!sessions.isEmpty()) {
        bool ok = false;
        c.maxSessionsPerAgent = sessions.toInt(&ok);
        if (!ok || c.maxSessionsPerAgent < 1 || c.maxSessionsPerAgent > 1000) {
            *error = QStringLiteral("bad max_sessions_per_agent '%1': expected a number of connections between 1 and "
                                    "1000")
                         .arg(sessions);
            return false;
        }
    }

    if (!readSecret(QStringLiteral("app secret file"), c.appSecretFile, &c.appSecret, error) ||
        !readSecret(QStringLiteral("verify token file"), c.verifyTokenFile, &c.verifyToken, error))
        return false;
    if (!c.accessTokenFile.isEmpty() &&
        !readSecret(QStringLiteral("access token file"), c.accessTokenFile, &c.accessToken, error))
        return false;
    c.tlsCertificateFile = merged.value(QStringLiteral("tls/certificate"));
    c.tlsKeyFile = merged.value(QStringLiteral("tls/key"));
    if (c.tlsCertificateFile.isEmpty() != c.tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("[tls] certificate and key go together: set both (PEM files) or neither (plain "
                                "HTTP, e.g. behind a proxy that terminates TLS)");
        return false;
    }
    if (c.hasTls() && !readTls(&c, error))
        return false;
    *config = c;
    return true;
}

QSslConfiguration HubConfig::tlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(tlsCertificateChain);
    tls.setPrivateKey(tlsKey);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with their token, not a certificate
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QString HubConfig::usage()
{
    QString text =
        QStringLiteral("Options (flags win over environment variables, which win over the --config file):\n"
                       "  --config FILE                INI file ([hub], [cloudapi], [team], [tls]) DUET_HUB_CONFIG\n");
    for (const Setting& s : kSettings) {
        const QString key = QLatin1String(s.key);
        const QString name = key.mid(key.indexOf(QLatin1Char('/')) + 1);
        const QString left = QStringLiteral("  %1 %2").arg(QLatin1String(s.flag), name.toUpper());
        // A column is at least one space wider than its text, so long flags stay readable.
        text += QString(left + QLatin1Char(' ')).leftJustified(31) +
                QStringLiteral("[%1] %2 ").arg(key.left(key.indexOf(QLatin1Char('/'))), name).leftJustified(42) +
                QLatin1String(s.env) + QLatin1Char('\n');
    }
    return text;
}

QString HubConfig::describe() const
{
    auto secret = [](const QString& file, const QByteArray& value) {
        return file.isEmpty()
                   ? QStringLiteral("(none)")
                   : file + (value.isEmpty() ? QStringLiteral(" (not loaded)") : QStringLiteral(" (loaded)"));
    };
    const QString host = listenAddress.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + listenAddress.toString() + QLatin1Char(']')
                             : listenAddress.toString();
    QString text =
        QStringLiteral("config=%1 listen=%2:%3 db=%4 app_secret_file=%5 verify_token_file=%6 "
                       "phone_number_id=%7 api_version=%8 access_token_file=%9 send_cap=%10 graph_base_url=%11 "
                       "waba_id=%12 read_receipts=%13 reply_claims=%14 visibility=%15")
            .arg(configFile.isEmpty() ? QStringLiteral("(none)") : configFile, host, QString::number(listenPort),
                 redactedDb(db), secret(appSecretFile, appSecret), secret(verifyTokenFile, verifyToken),
                 phoneNumberId.isEmpty() ? QStringLiteral("(none)") : phoneNumberId, apiVersion,
                 secret(accessTokenFile, accessToken))
            .arg(QString::number(sendCap), graphBaseUrl.isEmpty() ? QStringLiteral("(default)") : graphBaseUrl,
                 wabaId.isEmpty() ? QStringLiteral("(none)") : wabaId,
                 readReceipts ? QStringLiteral("true") : QStringLiteral("false"),
                 replyClaims ? QStringLiteral("true") : QStringLiteral("false"),
                 ownOnly ? QStringLiteral("own") : QStringLiteral("all"));
    text += QStringLiteral(" trusted_proxies=%1 max_sessions_per_agent=%2 tls=%3")
                .arg(describeTrustedProxies(trustedProxies))
                .arg(maxSessionsPerAgent)
                .arg(hasTls() ? tlsCertificateFile + QStringLiteral(" (key ") + tlsKeyFile + QLatin1Char(')')
                              : QStringLiteral("off"));
    text += QStringLiteral(" media_auto_download_bytes=%1").arg(mediaAutoDownloadBytes);
    return text;
}

} // namespace duet::hub
