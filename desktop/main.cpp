// SPDX-License-Identifier: GPL-3.0-or-later
// duet: the program's entry. The language first, then the options; Run.cpp composes the rest.
#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "Run.h"
#include "WindowReport.h"
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

namespace {

/// True when the arguments ask for --help or --version: the answer needs no display, so the
/// program then runs on QtCore alone and works without a platform plugin. (A mistake in the
/// options still goes through QApplication, which takes Qt's own options such as -platform.)
bool asksForHelpOrVersion(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    duet::desktop::Options options;
    QString output;
    const duet::desktop::ParseResult result = duet::desktop::parseCommandLine(arguments, &options, &output);
    return result == duet::desktop::ParseResult::Help || result == duet::desktop::ParseResult::Version;
}

} // namespace

int main(int argc, char* argv[])
{
    // Every file the desktop makes (store, outbox, media, drafts, settings) is for this user only.
    umask(S_IRWXG | S_IRWXO);
    // Voice notes play through Qt Multimedia's FFmpeg backend: it decodes WhatsApp's Ogg Opus with
    // Debian's own libavcodec, where the GStreamer backend needs plugins Duet does not depend on.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QCoreApplication::setOrganizationName(QStringLiteral("Duet"));
    QCoreApplication::setApplicationName(QStringLiteral("duet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUET_VERSION));
    const std::unique_ptr<QCoreApplication> app = asksForHelpOrVersion(argc, argv)
                                                      ? std::make_unique<QCoreApplication>(argc, argv)
                                                      : std::make_unique<QApplication>(argc, argv);
    if (qobject_cast<QApplication*>(app.get()))
        QApplication::setApplicationDisplayName(QStringLiteral("Duet"));

    // The language comes first, so that even the help and errors are translated: --lang, else the
    // setting, else the system's. A screenshot or demo run leaves the user's settings and drafts alone.
    duet::desktop::Options options;
    QString output;
    duet::desktop::parseCommandLine(QCoreApplication::arguments(), &options, &output);
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
        QCoreApplication::installTranslator(&translator);
    // Qt's own texts (standard buttons, --help's headings) when qt6-translations-l10n is installed.
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    options = {};
    output.clear();
    switch (duet::desktop::parseCommandLine(QCoreApplication::arguments(), &options, &output)) {
    case duet::desktop::ParseResult::Help:
    case duet::desktop::ParseResult::Version:
        duet::desktop::printLine(stdout, output);
        return 0;
    case duet::desktop::ParseResult::Error:
        duet::desktop::printLine(stderr, output);
        duet::desktop::printLine(stderr, QCoreApplication::translate("duet", "Try 'duet --help'."));
        return 2;
    case duet::desktop::ParseResult::Run:
        break;
    }
    // DUET_REPORT_FIRST_PAINT=baseline: Qt's cost alone, for `duet-bench ui` (docs/PERFORMANCE.md).
    if (duet::desktop::FirstPaintProbe::isBaseline())
        return duet::desktop::FirstPaintProbe::runBaseline();
    // DUET_REPORT_WINDOWS: each window and page shown, on stderr, for the real-window test (tests/x11).
    duet::desktop::WindowReport::installIfAsked(QCoreApplication::instance());
    return duet::desktop::run(options, *settings, scratchDir);
}
