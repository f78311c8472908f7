// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration of `duet-hub serve`: INI file < environment < command-line flags, plus its secrets.
#pragma once

#include "ClientAddress.h"
#include "cloudapi/GraphApiVersion.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace duet::hub {

/// Everything `duet-hub serve` needs to start. Build it with load(); log it with describe(), which
/// never contains a secret. Settings come from an INI file (--config FILE or DUET_HUB_CONFIG),
/// environment variables override the file and flags override both:
///
///   INI key                     environment                 flag
///   [hub] listen                DUET_HUB_LISTEN             --listen HOST:PORT     (127.0.0.1:8080)
///   [hub] db                    DUET_HUB_DB                 --db DB                (required)
///   [hub] app_secret_file       DUET_HUB_APP_SECRET_FILE    --app-secret-file F    (required)
///   [hub] verify_token_file     DUET_HUB_VERIFY_TOKEN_FILE  --verify-token-file F  (required)
///   [cloudapi] phone_number_id  DUET_HUB_PHONE_NUMBER_ID    --phone-number-id ID
///   [cloudapi] waba_id          DUET_HUB_WABA_ID            --waba-id ID           (the WhatsApp Business Account)
///   [cloudapi] api_version      DUET_HUB_API_VERSION        --api-version V        (cloudapi::kGraphApiVersion)
///   [cloudapi] access_token_file DUET_HUB_ACCESS_TOKEN_FILE --access-token-file F
///   [cloudapi] send_cap         DUET_HUB_SEND_CAP           --send-cap N           (20 msg/s)
///   [cloudapi] base_url         DUET_HUB_GRAPH_BASE_URL     --graph-base-url URL   (https://graph.facebook.com)
///   [team] read_receipts        DUET_HUB_READ_RECEIPTS      --read-receipts BOOL   (true)
///   [team] reply_claims         DUET_HUB_REPLY_CLAIMS       --reply-claims BOOL    (true)
///   [team] visibility           DUET_HUB_VISIBILITY         --visibility all|own   (all)
///   [team] media_auto_download_mb DUET_HUB_MEDIA_AUTO_DOWNLOAD_MB --media-auto-download-mb N (2; 0 off)
///   [hub] trusted_proxies       DUET_HUB_TRUSTED_PROXIES    --trusted-proxies LIST (none)
///   [hub] max_sessions_per_agent DUET_HUB_MAX_SESSIONS_PER_AGENT --max-sessions-per-agent N (4)
///   [tls] certificate           DUET_HUB_TLS_CERTIFICATE    --tls-certificate F    (none: plain HTTP)
///   [tls] key                   DUET_HUB_TLS_KEY            --tls-key F            (with certificate)
///
/// Relative paths in the file are relative to the file's directory. Secret files must not be
/// accessible by group or others (chmod 600); their contents, trimmed of surrounding whitespace,
/// are kept in memory only. With [tls] certificate and key (PEM: the server's certificate first,
/// then its chain; the private key unencrypted, mode 0600) the hub serves HTTPS and wss:// itself;
/// without them it serves plain HTTP, for a reverse proxy that terminates TLS in front of it.
struct HubConfig
{
    QString configFile; ///< empty when no file was given
    QHostAddress listenAddress{QHostAddress::LocalHost};
    quint16 listenPort = 8080; ///< 0 picks a free port
    QString db;                ///< a SQLite path or a postgresql:// URL
    QString appSecretFile;
    QString verifyTokenFile;
    QString accessTokenFile; ///< empty: the Graph relay has no token and desktops cannot send
    QString phoneNumberId;
    QString wabaId; ///< the WhatsApp Business Account id (templates, subscribed_apps); empty when not set
    QString apiVersion = cloudapi::graphApiVersion();
    double sendCap = 20; ///< the number's messages per second, shared among connected desktops
    /// Where the hub's Graph relay forwards desktops' sends (a duet-sim, a proxy); empty: Meta's
    /// https://graph.facebook.com.
    QString graphBaseUrl;
    /// The team's setting, told to desktops at welcome: mark customers' messages read on WhatsApp
    /// when an agent opens them, and show the typing indicator while an agent types.
    bool readReceipts = true;
    /// The team's setting, told to desktops at welcome: an agent's reply to an unassigned
    /// conversation claims it for them first (the claim command and its conflict rule).
    bool replyClaims = true;
    /// Who sees which conversations: false (`all`) everyone sees all; true (`own`) agents see only
    /// their own and unassigned conversations, supervisors all (docs/PROTOCOL.md, "Visibility").
    bool ownOnly = false;
    /// The team's setting, told to desktops at welcome: the largest media file (images, stickers,
    /// video, voice notes) an opened conversation downloads without a click, in bytes; 0: none.
    qint64 mediaAutoDownloadBytes = 2 * 1024 * 1024;
    /// Reverse proxies whose X-Forwarded-For names the client (addresses and CIDR ranges); the
    /// login throttle counts failures per client address (docs/OPERATIONS.md).
    QList<Subnet> trustedProxies;
    /// Connections one agent may hold at once; a further hello gets bye "too_many_sessions".
    int maxSessionsPerAgent = 4;

    QByteArray appSecret;   ///< from appSecretFile
    QByteArray verifyToken; ///< from verifyTokenFile
    QByteArray accessToken; ///< from accessTokenFile; empty when there is none

    QString tlsCertificateFile; ///< empty: no TLS (plain HTTP, e.g. behind a proxy)
    QString tlsKeyFile;
    QList<QSslCertificate> tlsCertificateChain; ///< from tlsCertificateFile, the server's own first
    QSslKey tlsKey;                             ///< from tlsKeyFile; never logged
    bool hasTls() const { return !tlsCertificateFile.isEmpty(); }
    /// The server configuration for the certificate and key (call only when hasTls()).
    QSslConfiguration tlsConfiguration() const;

    /// Reads the file named by --config or DUET_HUB_CONFIG, applies `env` and the flags in `args`
    /// (the arguments after "serve"), validates everything and loads the secret files. On failure
    /// returns false with one line in *error that says what is wrong and how to fix it (the CLI
    /// exits 2).
    static bool load(const QStringList& args, const QProcessEnvironment& env, HubConfig* config, QString* error);

    /// The flags and environment variables, for `duet-hub serve --help`.
    static QString usage();

    /// One line for the log: every setting, with secrets and database passwords redacted.
    QString describe() const;
};

} // namespace duet::hub
