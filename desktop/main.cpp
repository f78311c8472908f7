// SPDX-License-Identifier: GPL-3.0-or-later
// duet: the program's entry. The language first, then the options; Run.cpp composes the rest.
#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "Run.h"
#include "ui/Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <sys/stat.h>

int main(int argc, char* argv[])
{
    // Every file the desktop makes (store, outbox, media, drafts, settings) is for this user only.
    umask(S_IRWXG | S_IRWXO);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Duet"));
    QApplication::setApplicationName(QStringLiteral("duet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Duet"));
    QApplication::setApplicationVersion(QStringLiteral(DUET_VERSION));

    // The language comes first, so that even the help and errors are translated: --lang, else the
    // setting, else the system's. A screenshot or demo run leaves the user's settings and drafts alone.
    duet::desktop::Options options;
    QString output;
    duet::desktop::parseCommandLine(QApplication::arguments(), &options, &output);
    const bool scratchRun = !options.screenshot.isEmpty() || options.demo;
    QTemporaryDir scratch;
    const QString scratchDir = scratchRun ? scratch.path() : QString();
    std::unique_ptr<QSettings> settings =
        scratchRun ? std::make_unique<QSettings>(scratch.filePath(QStringLiteral("duet.ini")), QSettings::IniFormat)
                   : std::make_unique<QSettings>();
    const QString chosen = duet::ui::Language::setting(*settings);
    const QLocale locale = duet::ui::Language::locale(options.language, chosen);
    if (!options.language.isEmpty() || !chosen.isEmpty())
        QLocale::setDefault(locale); // dates, times and numbers follow the chosen language
    QTranslator translator;
    if (duet::ui::Language::load(translator, locale))
        QApplication::installTranslator(&translator);
    // Qt's own texts (standard buttons, --help's headings) when qt6-translations-l10n is installed.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    options = {};
    output.clear();
    switch (duet::desktop::parseCommandLine(QApplication::arguments(), &options, &output)) {
    case duet::desktop::ParseResult::Help:
    case duet::desktop::ParseResult::Version:
        duet::desktop::printLine(stdout, output);
        return 0;
    case duet::desktop::ParseResult::Error:
        duet::desktop::printLine(stderr, output);
        duet::desktop::printLine(stderr, QApplication::translate("duet", "Try 'duet --help'."));
        return 2;
    case duet::desktop::ParseResult::Run:
        break;
    }
    // DUET_REPORT_FIRST_PAINT=baseline: Qt's cost alone, for `duet-bench ui` (docs/PERFORMANCE.md).
    if (duet::desktop::FirstPaintProbe::isBaseline())
        return duet::desktop::FirstPaintProbe::runBaseline();
    return duet::desktop::run(options, *settings, scratchDir);
}
