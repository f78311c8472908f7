// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's run: the workspace on the local store (or the demo's), the window, the hub link.
#include "Run.h"

#include "CommandLine.h"
#include "ConnectTour.h"
#include "Demo.h"
#include "FirstPaintProbe.h"
#include "HubSession.h"
#include "ImportBinding.h"
#include "SingleSeat.h"
#include "TrayBinding.h"
#include "Workspace.h"
#include "core/Clock.h"
#include "net/TlsTrust.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/ConversationPane.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/SignInDialog.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace duet::desktop {
namespace {

/// Duet's data folder (store, outbox, media, drafts): made if missing, for this user only.
void makePrivateFolder(const QString& dir)
{
    // A folder that cannot be made shows when the store in it does not open, with the reason.
    if (QDir().mkpath(dir))
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/// The single seat's values from the command line: where the Graph API is, and the wizard's fields.
bool seatValues(const Options& options, SingleSeat* seat, QString* error)
{
    onboarding::Credentials values;
    values.phoneNumberId = options.phoneNumberId;
    values.wabaId = options.wabaId;
    for (const auto& [file, out] : {std::pair{options.accessTokenFile, &values.accessToken},
                                    std::pair{options.appSecretFile, &values.appSecret}}) {
        if (file.isEmpty())
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QApplication::translate("duet", "Cannot read %1: %2").arg(file, f.errorString());
            return false;
        }
        *out = f.read(64 * 1024).trimmed();
    }
    seat->setGraphBaseUrl(options.graphBaseUrl);
    seat->setPrefill(values);
    return true;
}

} // namespace

int run(const Options& options, QSettings& settings, const QString& scratchDir)
{
    const bool screenshot = !options.screenshot.isEmpty();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString error;

    if (options.theme == QLatin1String("dark"))
        ui::Theme::dark_().apply(*qApp);
    else if (options.theme == QLatin1String("light"))
        ui::Theme::light().apply(*qApp);

    ui::JsonTemplateCatalog fileTemplates;
    if (!options.templates.isEmpty() && !fileTemplates.load(options.templates, &error)) {
        printLine(stderr, error);
        return 2;
    }

    // --demo: a hub and a simulated number in the process, everything in a temporary folder.
    std::unique_ptr<Demo> demo;
    if (options.demo) {
        Demo::Settings demoSettings;
        demoSettings.speed = options.demoSpeed;
        demo = std::make_unique<Demo>(demoSettings);
        if (!demo->start(&error)) {
            printLine(stderr, QApplication::translate("duet", "Cannot start the demo: %1").arg(error));
            return 1;
        }
    }

    QTemporaryDir throwaway;
    SystemClock systemClock;
    const Clock& clock = demo ? demo->clock() : static_cast<const Clock&>(systemClock);
    WorkspaceConfig config;
    if (demo) {
        config.storePath = demo->filePath(QStringLiteral("store.db"));
        config.outboxPath = demo->filePath(QStringLiteral("outbox.db"));
        config.syncClock = &demo->realClock();
    } else {
        config.storePath = options.database;
        if (config.storePath.isEmpty()) {
            makePrivateFolder(dataDir);
            config.storePath = QDir(dataDir).filePath(QStringLiteral("store.db"));
            config.outboxPath = QDir(dataDir).filePath(QStringLiteral("outbox.db"));
        } else if (config.storePath.contains(QLatin1String("://"))) {
            makePrivateFolder(dataDir);
            config.outboxPath = QDir(dataDir).filePath(QStringLiteral("outbox.db"));
        }
        // A screenshot sends nothing and leaves the outbox alone; an in-memory store gets a
        // throwaway outbox (nothing beside the working directory).
        if (screenshot)
            config.outboxPath = QDir(scratchDir).filePath(QStringLiteral("outbox.db"));
        else if (config.storePath == QLatin1String(":memory:"))
            config.outboxPath = throwaway.filePath(QStringLiteral("outbox.db"));
    }
    // The business-initiated tier as the team set it ("campaigns/tier"); unset: Meta's starting one.
    config.campaignTier = settings.value(QStringLiteral("campaigns/tier"), 0).toInt();
    Workspace workspace(clock);
    if (!workspace.open(config, &error)) {
        printLine(stderr, QApplication::translate("duet", "Cannot open the store: %1").arg(error));
        return 1;
    }
    // A small page cache and no memory-mapped reads: memory stays flat all day (docs/PERFORMANCE.md).
    if (!workspace.store().useCompactMemory(&error))
        printLine(stderr, QApplication::translate("duet", "Cannot open the store: %1").arg(error));

    const ui::TemplateCatalog& templates = demo && options.templates.isEmpty()
                                               ? static_cast<const ui::TemplateCatalog&>(demo->templates())
                                               : static_cast<const ui::TemplateCatalog&>(fileTemplates);
    const QString draftsDir = scratchDir.isEmpty() ? dataDir : scratchDir;
    ui::DraftStore drafts(screenshot && !demo ? QString() : QDir(draftsDir).filePath(QStringLiteral("drafts.json")));

    ui::MainWindow& window = workspace.createWindow(drafts, templates, settings, options.agent);
    if (demo)
        window.setWindowTitle(QApplication::translate("duet", "Demo — Duet"));
    window.show();
    // DUET_REPORT_FIRST_PAINT=1|quit: print first_paint_ms on stderr (docs/PERFORMANCE.md).
    FirstPaintProbe::installIfAsked(window.conversationPane()->listView());
    // Show first, read after: the first page of the list loads once the window is up.
    QTimer::singleShot(0, &window, &ui::MainWindow::loadInitial);
    TrayBinding tray(workspace, window, clock);
    ImportBinding import(workspace, window, clock); // supervisors: the history and contacts to request

    // The hub: the demo's, the embedded one (--single-seat), or a remote one (--hub). The local
    // store is its replica: shown at once, synced in the background, readable while it is away.
    std::unique_ptr<HubSession> hub;
    std::unique_ptr<SingleSeat> seat;
    std::unique_ptr<ConnectTour> tour;
    if (demo) {
        demo->attach(workspace);
        workspace.connectTo(demo->agentsUrl(), demo->token());
    } else if (options.singleSeat) {
        // A screenshot walks the Connect wizard in the scratch folder, remembering nothing.
        seat = std::make_unique<SingleSeat>(workspace, QDir(screenshot ? scratchDir : dataDir), options.webhookPort);
        if (!seatValues(options, seat.get(), &error)) {
            printLine(stderr, error);
            return 2;
        }
        if (screenshot) {
            seat->setKeychainEnabled(false);
            tour = std::make_unique<ConnectTour>(*seat, options.screenshot);
        }
        QTimer::singleShot(0, seat.get(), &SingleSeat::start);
    } else if (!options.hub.isEmpty() && !screenshot) {
        QUrl url;
        sync::SyncClient::agentsUrl(options.hub, &url);
        // Beyond the system's CAs: a private CA (--ca-file, remembered) and certificates pinned in
        // the sign-in dialog.
        net::TlsTrust trust;
        if (!options.caFile.isEmpty())
            settings.setValue(QStringLiteral("hub/ca_file"), QFileInfo(options.caFile).absoluteFilePath());
        const QString caFile = settings.value(QStringLiteral("hub/ca_file")).toString();
        if (!caFile.isEmpty() && !trust.addCaFile(caFile, &error)) {
            printLine(stderr, error);
            return 2;
        }
        for (const QString& fingerprint : ui::SignInDialog::trustedCertificates(settings))
            trust.pin(fingerprint);
        workspace.sync().setTlsTrust(trust);
        hub = std::make_unique<HubSession>(url, workspace.sync(), window, &settings);
        QTimer::singleShot(0, hub.get(), &HubSession::start);
    }

    if (options.quitAfterSecs >= 0 && !tour) {
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

} // namespace duet::desktop
