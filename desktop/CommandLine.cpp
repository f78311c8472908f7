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
    parser.addOptions({db, screenshot, quitAfter, agent, templates, theme, language, hub});

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
        *output =
            QCoreApplication::translate("duet", "Unexpected argument: %1").arg(parser.positionalArguments().first());
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

} // namespace duet::desktop
