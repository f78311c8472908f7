// SPDX-License-Identifier: GPL-3.0-or-later
// duet: the composition root. It opens the local store, builds the window and wires the parts.
#include "CommandLine.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
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

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("duet"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    duet::desktop::Options options;
    QString output;
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

    // A screenshot run leaves the user's settings and drafts alone.
    const bool screenshot = !options.screenshot.isEmpty();
    QTemporaryDir scratch;
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
    duet::ui::JsonTemplateCatalog templates;
    if (!options.templates.isEmpty() && !templates.load(options.templates, &error)) {
        printLine(stderr, error);
        return 2;
    }
    duet::ui::DraftStore drafts(screenshot ? QString() : QDir(dataDir).filePath(QStringLiteral("drafts.json")));
    std::unique_ptr<QSettings> settings =
        screenshot ? std::make_unique<QSettings>(scratch.filePath(QStringLiteral("duet.ini")), QSettings::IniFormat)
                   : std::make_unique<QSettings>();

    if (options.theme == QLatin1String("dark"))
        duet::ui::Theme::dark_().apply(app);
    else if (options.theme == QLatin1String("light"))
        duet::ui::Theme::light().apply(app);

    duet::ui::MainWindow window(
        {store.connection(), store.backend(), clock, drafts, templates, *settings, options.agent});
    window.show();
    // Show first, read after: the first page of the list loads once the window is up.
    QTimer::singleShot(0, &window, &duet::ui::MainWindow::loadInitial);

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
