// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing `duet`'s options.
#include "CommandLine.h"

#include "sync/SyncClient.h"
#include "ui/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace duet::desktop {

ParseResult parseCommandLine(const QStringList& arguments, Options* options, QString* output)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "duet", "Duet: the shared inbox for a WhatsApp Business number in Coexistence mode."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("duet", "Open this local store (a SQLite file)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("duet", "Render the main window to this PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("duet", "Quit (after the screenshot, if any) this many seconds after start."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   QCoreApplication::translate("duet", "The agent whose conversations \"Mine\" shows."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption templates(
        QStringLiteral("templates"),
        QCoreApplication::translate("duet", "A JSON file with the approved message templates."),
        QStringLiteral("FILE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("duet", "system (default), light or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("duet", "Use this language for this run: en, pt_BR or es (the default is the "
                                            "language chosen in Duet, else the system's)."),
        QStringLiteral("CODE"));
    const QCommandLineOption hub(
        QStringLiteral("hub"),
        QCoreApplication::translate("duet", "Sync with this hub, e.g. inbox.example.com or 127.0.0.1:8080 (the agent "
                                            "token comes from the keychain, else Duet asks for it)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("duet", "With --hub: also trust the CA certificates in this PEM file, for a hub "
                                            "whose certificate comes from your organisation's own authority "
                                            "(remembered as the setting hub/ca_file)."),
        QStringLiteral("FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("duet", "Try Duet: a simulated WhatsApp number with a scripted day of customers, "
                                            "in a temporary folder (nothing of yours is read or changed)."));
    const QCommandLineOption demoSpeed(
        QStringLiteral("demo-speed"),
        QCoreApplication::translate("duet", "With --demo: how many times faster than real time the day runs "
                                            "(default 20; 300 plays the whole day in five minutes)."),
        QStringLiteral("X"));
    const QCommandLineOption singleSeat(
        QStringLiteral("single-seat"),
        QCoreApplication::translate("duet", "Run the hub inside Duet, for one person on one computer (the Cloud API "
                                            "credentials are asked once and kept in the keychain)."));
    const QCommandLineOption webhookPort(
        QStringLiteral("webhook-port"),
        QCoreApplication::translate("duet", "With --single-seat: the port Meta's webhooks reach (default 8080)."),
        QStringLiteral("PORT"));
    const QCommandLineOption graphBaseUrl(
        QStringLiteral("graph-base-url"),
        QCoreApplication::translate("duet", "With --single-seat: where the Graph API is (a duet-sim for trying it "
                                            "out; default https://graph.facebook.com)."),
        QStringLiteral("URL"));
    const QCommandLineOption phoneNumberId(
        QStringLiteral("phone-number-id"),
        QCoreApplication::translate("duet", "With --single-seat: fill in the Connect wizard's phone number ID."),
        QStringLiteral("ID"));
    const QCommandLineOption wabaId(
        QStringLiteral("waba-id"),
        QCoreApplication::translate("duet", "With --single-seat: fill in the WhatsApp Business Account ID."),
        QStringLiteral("ID"));
    const QCommandLineOption accessTokenFile(
        QStringLiteral("access-token-file"),
        QCoreApplication::translate("duet", "With --single-seat: fill in the access token from this file."),
        QStringLiteral("FILE"));
    const QCommandLineOption appSecretFile(
        QStringLiteral("app-secret-file"),
        QCoreApplication::translate("duet", "With --single-seat: fill in the app secret from this file."),
        QStringLiteral("FILE"));
    parser.addOptions({db, screenshot, quitAfter, agent, templates, theme, language, hub, caFile, demo, demoSpeed,
                       singleSeat, webhookPort, graphBaseUrl, phoneNumberId, wabaId, accessTokenFile, appSecretFile});

    if (!parser.parse(arguments)) {
        *output = parser.errorText();
        return ParseResult::Error;
    }
    options->language = parser.value(language); // first: the help text is in this language
    if (parser.isSet(help)) {
        *output = parser.helpText();
        return ParseResult::Help;
    }
    if (parser.isSet(version)) {
        *output = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return ParseResult::Version;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *output = QCoreApplication::translate("duet", "Unexpected argument: %1")
                      .arg(parser.positionalArguments().constFirst());
        return ParseResult::Error;
    }
    options->database = parser.value(db);
    options->screenshot = parser.value(screenshot);
    options->agent = parser.value(agent);
    options->templates = parser.value(templates);
    options->hub = parser.value(hub);
    if (parser.isSet(hub) && !sync::SyncClient::agentsUrl(options->hub, nullptr)) {
        *output = QCoreApplication::translate("duet", "--hub must be a hub address, e.g. inbox.example.com or "
                                                      "127.0.0.1:8080.");
        return ParseResult::Error;
    }
    options->caFile = parser.value(caFile);
    options->demo = parser.isSet(demo);
    options->singleSeat = parser.isSet(singleSeat);
    options->graphBaseUrl = parser.value(graphBaseUrl);
    options->phoneNumberId = parser.value(phoneNumberId);
    options->wabaId = parser.value(wabaId);
    options->accessTokenFile = parser.value(accessTokenFile);
    options->appSecretFile = parser.value(appSecretFile);
    const bool seatValues = !options->graphBaseUrl.isEmpty() || !options->phoneNumberId.isEmpty() ||
                            !options->wabaId.isEmpty() || !options->accessTokenFile.isEmpty() ||
                            !options->appSecretFile.isEmpty();
    if (seatValues && !options->singleSeat) {
        *output = QCoreApplication::translate("duet", "--graph-base-url, --phone-number-id, --waba-id, "
                                                      "--access-token-file and --app-secret-file go with "
                                                      "--single-seat.");
        return ParseResult::Error;
    }
    if (int(options->demo) + int(options->singleSeat) + int(parser.isSet(hub)) > 1) {
        *output = QCoreApplication::translate("duet", "Choose one of --demo, --single-seat and --hub.");
        return ParseResult::Error;
    }
    if (parser.isSet(demoSpeed)) {
        bool ok = false;
        options->demoSpeed = parser.value(demoSpeed).toDouble(&ok);
        if (!ok || !(options->demoSpeed >= 1) || options->demoSpeed > 10000) {
            *output = QCoreApplication::translate("duet", "--demo-speed needs a number from 1 to 10000.");
            return ParseResult::Error;
        }
    }
    if (parser.isSet(webhookPort)) {
        bool ok = false;
        const uint port = parser.value(webhookPort).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *output = QCoreApplication::translate("duet", "--webhook-port needs a port number, 1 to 65535.");
            return ParseResult::Error;
        }
        options->webhookPort = quint16(port);
    }
    options->theme = parser.isSet(theme) ? parser.value(theme) : QStringLiteral("system");
    if (parser.isSet(language) && (options->language.isEmpty() || !ui::Language::isValid(options->language))) {
        *output = QCoreApplication::translate("duet", "--lang must be en, pt_BR or es.");
        return ParseResult::Error;
    }
    if (options->theme != QLatin1String("system") && options->theme != QLatin1String("light") &&
        options->theme != QLatin1String("dark")) {
        *output = QCoreApplication::translate("duet", "--theme must be system, light or dark.");
        return ParseResult::Error;
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options->quitAfterSecs = parser.value(quitAfter).toDouble(&ok);
        if (!ok || options->quitAfterSecs < 0 || options->quitAfterSecs > 24 * 3600) {
            *output = QCoreApplication::translate("duet", "--quit-after needs a number of seconds, 0 to 86400.");
            return ParseResult::Error;
        }
    } else if (!options->screenshot.isEmpty()) {
        options->quitAfterSecs = 1;
    }
    return ParseResult::Run;
}

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')), stream);
}

} // namespace duet::desktop
