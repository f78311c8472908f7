// SPDX-License-Identifier: GPL-3.0-or-later
// duet: the composition root. It opens the local store, builds the window and wires the parts.
#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "HubSession.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "ui/ConversationPane.h"
#include "ui/DraftStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListView>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')), stream);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Duet"));
    QApplication::setApplicationName(QStringLiteral("duet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Duet"));
    QApplication::setApplicationVersion(QStringLiteral(DUET_VERSION));

    // The language comes first, so that even the help and errors are translated: --lang, else the
    // setting, else the system's. A screenshot run leaves the user's settings and drafts alone.
    duet::desktop::Options options;
    QString output;
    duet::desktop::parseCommandLine(QApplication::arguments(), &options, &output);
    const bool screenshot = !options.screenshot.isEmpty();
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        screenshot ? std::make_unique<QSettings>(scratch.filePath(QStringLiteral("duet.ini")), QSettings::IniFormat)
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
        printLine(stdout, output);
        return 0;
    case duet::desktop::ParseResult::Error:
        printLine(stderr, output);
        printLine(stderr, QApplication::translate("duet", "Try 'duet --help'."));
        return 2;
    case duet::desktop::ParseResult::Run:
        break;
    }
    // DUET_REPORT_FIRST_PAINT=baseline: Qt's cost alone, for `duet-bench ui` (docs/PERFORMANCE.md).
    if (duet::desktop::FirstPaintProbe::isBaseline())
        return duet::desktop::FirstPaintProbe::runBaseline();

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString database = options.database;
    if (database.isEmpty()) {
        QDir().mkpath(dataDir);
        database = QDir(dataDir).filePath(QStringLiteral("store.db"));
    }
    duet::SystemClock clock;
    duet::store::Store store(clock);
    QString error;
    if (!store.open(database, &error)) {
        printLine(stderr, QApplication::translate("duet", "Cannot open the store: %1").arg(error));
        return 1;
    }
    // A small page cache and no memory-mapped reads: memory stays flat all day (docs/PERFORMANCE.md).
    if (!store.useCompactMemory(&error))
        printLine(stderr, QApplication::translate("duet", "Cannot open the store: %1").arg(error));
    duet::ui::JsonTemplateCatalog templates;
    if (!options.templates.isEmpty() && !templates.load(options.templates, &error)) {
        printLine(stderr, error);
        return 2;
    }
    duet::ui::DraftStore drafts(screenshot ? QString() : QDir(dataDir).filePath(QStringLiteral("drafts.json")));

    if (options.theme == QLatin1String("dark"))
        duet::ui::Theme::dark_().apply(app);
    else if (options.theme == QLatin1String("light"))
        duet::ui::Theme::light().apply(app);

    duet::ui::MainWindow window(
        {store.connection(), store.backend(), clock, drafts, templates, *settings, options.agent});
    window.show();
    // DUET_REPORT_FIRST_PAINT=1|quit: print first_paint_ms on stderr (docs/PERFORMANCE.md).
    duet::desktop::FirstPaintProbe::installIfAsked(window.conversationPane()->listView());
    // Show first, read after: the first page of the list loads once the window is up.
    QTimer::singleShot(0, &window, &duet::ui::MainWindow::loadInitial);

    // With --hub, the local store is the hub's replica: shown at once, synced in the background,
    // still readable while the hub is away.
    std::unique_ptr<duet::desktop::HubSession> hub;
    if (!options.hub.isEmpty() && !screenshot) {
        QUrl url;
        duet::sync::SyncClient::agentsUrl(options.hub, &url);
        hub = std::make_unique<duet::desktop::HubSession>(url, store.connection(), store.backend(), store.applier(),
                                                          clock, window);
        QTimer::singleShot(0, hub.get(), &duet::desktop::HubSession::start);
    }

    if (options.quitAfterSecs >= 0) {
        QTimer::singleShot(int(options.quitAfterSecs * 1000), &window, [&] {
            int code = 0;
            if (screenshot && !window.grab().save(options.screenshot, "PNG")) {
                printLine(stderr,
                          QApplication::translate("duet", "Cannot write the screenshot %1").arg(options.screenshot));
                code = 1;
            }
            QApplication::exit(code);
        });
    }
    return QApplication::exec();
}
