// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub setup: connects the number (each value checked against the Graph API), writes the hub's
// config and secret files, and requests the one-time import of contacts and history.
#include "Commands.h"
#include "HubConfig.h"
#include "IniFile.h"
#include "Onboarding.h"
#include "SecretFiles.h"
#include "SetupSteps.h"
#include "core/Clock.h"
#include "onboarding/NumberCheck.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace duet::hub {
namespace {

const char* const kUsage =
    "Usage: duet-hub setup --config FILE [--phone-number-id ID] [--waba-id ID]\n"
    "                      [--access-token-file F|-] [--app-secret-file F|-] [--db DB] [--listen HOST:PORT]\n"
    "                      [--public-url URL] [--graph-base-url URL] [--api-version V] [--yes]\n"
    "       duet-hub setup --config FILE --request-sync [again]\n";

/// The flags of `duet-hub setup`.
struct SetupArgs
{
    QString config, db, listen, publicUrl, phoneNumberId, wabaId, tokenFile, secretFile, graphBaseUrl, apiVersion;
    bool requestSync = false;
    bool again = false;
    bool yes = false; ///< never ask: fail on what is missing
    bool help = false;

    bool parse(const QStringList& args, QString* error)
    {
        const QList<QPair<const char*, QString*>> valued = {
            {"--config", &config},
            {"--db", &db},
            {"--listen", &listen},
            {"--public-url", &publicUrl},
            {"--phone-number-id", &phoneNumberId},
            {"--waba-id", &wabaId},
            {"--access-token-file", &tokenFile},
            {"--app-secret-file", &secretFile},
            {"--graph-base-url", &graphBaseUrl},
            {"--api-version", &apiVersion},
        };
        for (int i = 0; i < args.size(); ++i) {
            QString flag = args.at(i);
            QString value;
            bool hasValue = false;
            const qsizetype eq = flag.indexOf(QLatin1Char('='));
            if (flag.startsWith(QLatin1String("--")) && eq > 0) {
                value = flag.mid(eq + 1);
                flag = flag.left(eq);
                hasValue = true;
            }
            if (flag == QLatin1String("--help") || flag == QLatin1String("-h")) {
                help = true;
                continue;
            }
            if (flag == QLatin1String("--yes") || flag == QLatin1String("--non-interactive")) {
                yes = true;
                continue;
            }
            if (flag == QLatin1String("--request-sync")) {
                requestSync = true;
                if (hasValue || (i + 1 < args.size() && args.at(i + 1) == QLatin1String("again"))) {
                    again = hasValue ? value == QLatin1String("again") : (++i, true);
                    if (hasValue && !again) {
                        *error = QStringLiteral("--request-sync takes no value but 'again'");
                        return false;
                    }
                }
                continue;
            }
            QString* target = nullptr;
            for (const auto& [name, field] : valued) {
                if (flag == QLatin1String(name))
                    target = field;
            }
            if (!target) {
                *error = QStringLiteral("unknown option or argument '%1'").arg(flag);
                return false;
            }
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    *error = QStringLiteral("option %1 needs a value").arg(flag);
                    return false;
                }
                value = args.at(++i);
            }
            *target = value;
        }
        return true;
    }
};

/// A path from the INI file: relative ones are relative to the file's directory.
QString resolved(const QString& configFile, const QString& value)
{
    if (value.isEmpty() || value.contains(QLatin1String("://")) || QDir::isAbsolutePath(value))
        return value;
    return QFileInfo(configFile).absoluteDir().filePath(value);
}

int requestSync(const SetupArgs& a, CommandIo& io)
{
    HubConfig config;
    QString error;
    QStringList flags = {QStringLiteral("--config"), a.config};
    if (!a.graphBaseUrl.isEmpty())
        flags << QStringLiteral("--graph-base-url") << a.graphBaseUrl;
    if (!HubConfig::load(flags, QProcessEnvironment::systemEnvironment(), &config, &error)) {
        io.err << "duet-hub setup: " << error << '\n';
        return 2;
    }
    if (config.phoneNumberId.isEmpty() || config.accessToken.isEmpty()) {
        io.err << "duet-hub setup: " << a.config << " names no phone_number_id and access_token_file: "
               << "connect the number first (duet-hub setup --config " << a.config << ")\n";
        return 2;
    }
    SetupLog log(config.db, io);
    if (!log.open(&error)) {
        io.err << "duet-hub setup: " << error << '\n';
        return 1;
    }
    SystemClock clock;
    QNetworkAccessManager network;
    Onboarding::Settings settings{
        config.phoneNumberId, {config.graphBaseUrl, config.apiVersion, 20'000}, config.accessToken, config.appSecret};
    Onboarding onboarding(log.recorder(), settings, network, clock);
    QList<Onboarding::SyncResult> results;
    QEventLoop loop;
    onboarding.requestSyncs(a.again, QStringLiteral("setup"), [&](const QList<Onboarding::SyncResult>& r) {
        results = r;
        loop.quit();
    });
    if (results.isEmpty())
        loop.exec();
    const int code = printSyncResults(results, log, io);
    log.close();
    return code;
}

} // namespace

int runSetup(const QStringList& args, CommandIo& io)
{
    SetupArgs a;
    QString error;
    if (!a.parse(args, &error)) {
        io.err << "duet-hub setup: " << error << '\n' << kUsage;
        return 2;
    }
    if (a.help) {
        io.out << kUsage << setupHelp();
        return 0;
    }
    if (a.config.isEmpty()) {
        io.err << "duet-hub setup: --config FILE is required (the hub's INI file, e.g. /etc/duet/hub.conf)\n" << kUsage;
        return 2;
    }
    if (a.requestSync)
        return requestSync(a, io);

    IniFile ini;
    if (!ini.load(a.config, &error)) {
        io.err << "duet-hub setup: " << error << '\n';
        return 2;
    }
    Prompter ask(io, a.yes);
    SetupValues v;
    v.db = a.db.isEmpty() ? ini.value(QStringLiteral("hub"), QStringLiteral("db")) : a.db;
    v.listen = a.listen.isEmpty() ? ini.value(QStringLiteral("hub"), QStringLiteral("listen")) : a.listen;
    if (v.listen.isEmpty())
        v.listen = QStringLiteral("127.0.0.1:8080");
    v.tokenPath = resolved(a.config, ini.value(QStringLiteral("cloudapi"), QStringLiteral("access_token_file")));
    v.secretPath = resolved(a.config, ini.value(QStringLiteral("hub"), QStringLiteral("app_secret_file")));
    v.verifyPath = resolved(a.config, ini.value(QStringLiteral("hub"), QStringLiteral("verify_token_file")));
    const QDir dir = QFileInfo(a.config).absoluteDir();
    if (v.tokenPath.isEmpty())
        v.tokenPath = dir.filePath(QStringLiteral("access-token"));
    if (v.secretPath.isEmpty())
        v.secretPath = dir.filePath(QStringLiteral("app-secret"));
    if (v.verifyPath.isEmpty())
        v.verifyPath = dir.filePath(QStringLiteral("verify-token"));
    v.graphBaseUrl =
        a.graphBaseUrl.isEmpty() ? ini.value(QStringLiteral("cloudapi"), QStringLiteral("base_url")) : a.graphBaseUrl;
    v.apiVersion =
        a.apiVersion.isEmpty() ? ini.value(QStringLiteral("cloudapi"), QStringLiteral("api_version")) : a.apiVersion;
    if (v.apiVersion.isEmpty())
        v.apiVersion = cloudapi::graphApiVersion();
    v.publicUrl = a.publicUrl;

    if (ask.isInteractive())
        io.out << "Connecting a WhatsApp number to this hub. Every value is checked with Meta before anything is "
                  "saved.\nFind them in Meta's App Dashboard under WhatsApp > API Setup, and the app secret under App "
                  "settings > Basic.\n\n";
    if (!ask.value(QStringLiteral("Phone number ID"), a.phoneNumberId,
                   ini.value(QStringLiteral("cloudapi"), QStringLiteral("phone_number_id")),
                   &v.credentials.phoneNumberId, &error) ||
        !ask.value(QStringLiteral("WhatsApp Business Account ID"), a.wabaId,
                   ini.value(QStringLiteral("cloudapi"), QStringLiteral("waba_id")), &v.credentials.wabaId, &error) ||
        !ask.secret(QStringLiteral("Access token"), a.tokenFile, v.tokenPath, &v.credentials.accessToken, &error) ||
        !ask.secret(QStringLiteral("App secret"), a.secretFile, v.secretPath, &v.credentials.appSecret, &error) ||
        (v.db.isEmpty() && !ask.value(QStringLiteral("Database (a SQLite file or a postgresql:// URL)"), {},
                                      dir.filePath(QStringLiteral("hub.sqlite")), &v.db, &error))) {
        io.err << "duet-hub setup: " << error << '\n';
        return 2;
    }
    if (!onboarding::isGraphId(v.credentials.phoneNumberId) || !onboarding::isGraphId(v.credentials.wabaId)) {
        io.err << "duet-hub setup: the phone number ID and the WhatsApp Business Account ID are the long numbers "
                  "Meta shows under WhatsApp > API Setup (digits only), not the phone number\n";
        return 2;
    }
    if (ask.isInteractive() && v.publicUrl.isEmpty())
        ask.value(QStringLiteral("Public address of this hub (e.g. https://inbox.example.com; Enter to skip)"), {}, {},
                  &v.publicUrl, &error);

    onboarding::CheckReport report;
    if (!checkNumber(v, io, &report))
        return 1;
    if (!saveSetup(a.config, ini, &v, report, io))
        return 1;
    printNextSteps(a.config, v, io);
    if (ask.isInteractive() && report.number.isCoexistence() &&
        ask.confirm(QStringLiteral("Request the contacts and chat history now? Only once the hub runs with this "
                                   "configuration and Meta's dashboard shows the webhook verified and the fields "
                                   "subscribed"))) {
        SetupArgs r = a;
        r.requestSync = true;
        return requestSync(r, io);
    }
    return 0;
}

} // namespace duet::hub
