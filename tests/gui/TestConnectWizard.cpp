// SPDX-License-Identifier: GPL-3.0-or-later
// The single seat's Connect wizard driven as a person does, against duet-sim over loopback: each
// page, Meta's error for a wrong token, the hub started, the import requested once and arriving.
#include "FakeClock.h"
#include "HubServer.h"
#include "SecretWait.h"
#include "SimService.h"
#include "Simulator.h"
#include "SingleSeat.h"
#include "Workspace.h"
#include "store/ImportStatus.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/ConnectPages.h"
#include "ui/ConnectWizard.h"
#include "ui/ImportPanel.h"
#include "ui/TeamActions.h"
#include "ui/Theme.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace duet;
using ui::ConnectWizard;

namespace {

constexpr char kToken[] = "wizard-test-access-token";
constexpr char kSecret[] = "wizard-test-app-secret";

const char* const kScenario = R"({
  "business": { "app_subscribed": false },
  "contacts": [ { "phone_number": "16505551234", "full_name": "Sheena Nelson", "first_name": "Sheena" } ],
  "customers": [ { "wa_id": "16505551234", "name": "Sheena" } ],
  "history": { "chunks": [ { "phase": 0, "chunk_order": 1, "progress": 100, "threads": [ { "id": "16505551234",
      "messages": [ { "from_me": false, "ago_s": 3600, "type": "text", "text": "Are you open today?", "status": "READ" },
                    { "from_me": true, "ago_s": 3500, "type": "text", "text": "Until six!", "status": "READ" } ] } ] } ] }
})";

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestConnectWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aPersonConnectsTheNumberAndImportsTheHistory();
    void aWrongTokenShowsMetasErrorAndBackFixesIt();
    void aSupervisorRequestsTheImportLaterFromTheOverview();
    void aDeclinedHistoryIsShownWithMetasRemedy();
    void theKeychainRemembersTheSeat();

private:
    /// A desktop with a single seat whose hub listens where the simulator posts.
    void openSeat(bool keychain)
    {
        m_workspace = std::make_unique<desktop::Workspace>(m_realClock);
        desktop::WorkspaceConfig config;
        config.storePath = m_dir->filePath(QStringLiteral("store.db"));
        config.outboxPath = m_dir->filePath(QStringLiteral("outbox.db"));
        QString error;
        QVERIFY2(m_workspace->open(config, &error), qPrintable(error));
        m_seat = std::make_unique<desktop::SingleSeat>(*m_workspace, QDir(m_dir->filePath(QStringLiteral("seat"))),
                                                       m_hubPort);
        m_seat->setKeychainEnabled(keychain);
        m_seat->setGraphBaseUrl(m_sim->baseUrl());
    }

    ConnectWizard* showWizard()
    {
        QSignalSpy shown(m_seat.get(), &desktop::SingleSeat::wizardShown);
        m_seat->start();
        if (shown.isEmpty() && !shown.wait(10'000))
            return nullptr;
        ConnectWizard* w = m_seat->wizard();
        if (w && !QTest::qWaitForWindowExposed(w))
            return nullptr;
        return w;
    }

    static QLineEdit* edit(ConnectWizard* w, const char* name) { return w->findChild<QLineEdit*>(QLatin1String(name)); }

    static void type(ConnectWizard* w, const char* name, const QString& text)
    {
        QLineEdit* e = edit(w, name);
        QVERIFY2(e, name);
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
    }

    static QPushButton* next(ConnectWizard* w) { return qobject_cast<QPushButton*>(w->button(QWizard::NextButton)); }

    /// Types the four values on the first two pages and goes to the checks.
    void fillIn(ConnectWizard* w, const QString& token)
    {
        QCOMPARE(w->currentId(), int(ConnectWizard::NumberPage));
        QVERIFY(!next(w)->isEnabled()); // nothing typed yet
        type(w, "phoneNumberId", QStringLiteral("106540352242922"));
        type(w, "wabaId", QStringLiteral("102290129340398"));
        QVERIFY(next(w)->isEnabled());
        QTest::mouseClick(next(w), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ConnectWizard::AccessPage));
        QCOMPARE(edit(w, "accessToken")->echoMode(), QLineEdit::Password);
        type(w, "accessToken", token);
        type(w, "appSecret", QString::fromLatin1(kSecret));
        QTest::mouseClick(next(w), Qt::LeftButton);
        QCOMPARE(w->currentId(), int(ConnectWizard::CheckPage));
    }

    QString stepText(ConnectWizard* w, onboarding::Step step)
    {
        return static_cast<ui::ConnectCheckPage*>(w->page(ConnectWizard::CheckPage))->stepText(step);
    }

    store::ImportStatus replicaStatus()
    {
        store::ImportStatus s;
        QString error;
        store::readImportStatus(m_workspace->store().connection(), {}, &s, &error);
        return s;
    }

    void advanceSim(qint64 secs)
    {
        for (qint64 i = 0; i < secs * 10; ++i) {
            m_simClock.advanceMs(100);
            m_sim->pump();
        }
    }

    test::FakeClock m_simClock;
    SystemClock m_realClock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<desktop::Workspace> m_workspace;
    std::unique_ptr<desktop::SingleSeat> m_seat;
    quint16 m_hubPort = 0;
};

void TestConnectWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_hubPort = freePort();
    sim::SimOptions options;
    QString error;
    QVERIFY2(sim::Scenario::load(kScenario, &options.scenario, &error), qPrintable(error));
    options.accessToken = kToken;
    options.appSecret = kSecret;
    options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_hubPort));
    m_sim = std::make_unique<sim::SimService>(m_simClock, options);
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void TestConnectWizard::cleanup()
{
    m_seat.reset();
    m_workspace.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestConnectWizard::aPersonConnectsTheNumberAndImportsTheHistory()
{
    openSeat(false);
    ConnectWizard* w = showWizard();
    QVERIFY(w);
    fillIn(w, QString::fromLatin1(kToken));

    // The checks: each line says what Meta answered; the app was missing and is subscribed now.
    QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), 10'000);
    QVERIFY(w->report().ok());
    QVERIFY(stepText(w, onboarding::Step::Token).startsWith(QStringLiteral("✓")));
    QVERIFY(stepText(w, onboarding::Step::Number).contains(QLatin1String("+1 555-078-3881")));
    QVERIFY(stepText(w, onboarding::Step::Number).contains(QLatin1String("Coexistence")));
    QVERIFY(stepText(w, onboarding::Step::Subscription).contains(QLatin1String("Duet subscribed it")));
    QVERIFY(m_sim->simulator().isAppSubscribed());
    QVERIFY(!m_seat->hub()); // nothing is started before Next

    // Next connects: the hub starts and the desktop syncs with it as its supervisor.
    QTest::mouseClick(next(w), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(ConnectWizard::WebhookPage));
    QVERIFY(m_seat->hub());
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->sync().state() == sync::SyncClient::State::Live, 10'000);
    QCOMPARE(edit(w, "verifyToken")->text().size(), 32);
    QCOMPARE(w->webhookUrl().port(), int(m_hubPort));
    QTRY_VERIFY(replicaStatus().connected); // the log's `connected` reached the desktop
    QVERIFY(replicaStatus().needsRequest());

    // The import asks for the webhook first.
    auto* done = w->findChild<QCheckBox*>(QStringLiteral("webhookDone"));
    QVERIFY(done);
    QTest::mouseClick(next(w), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(ConnectWizard::ImportPage));
    auto* request = w->findChild<QPushButton*>(QStringLiteral("requestImport"));
    QVERIFY(request);
    QVERIFY(!request->isEnabled());
    QTest::mouseClick(w->button(QWizard::BackButton), Qt::LeftButton);
    done->setChecked(true);
    QTest::mouseClick(next(w), Qt::LeftButton);
    QVERIFY(request->isEnabled());
    QTest::mouseClick(request, Qt::LeftButton);
    auto* result = w->findChild<QLabel*>(QStringLiteral("importResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Requested the chat history.")), 10'000);
    QVERIFY(w->isImportRequested());
    QVERIFY(!request->isEnabled()); // once
    QTest::mouseClick(w->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_seat->wizard());

    // Meta sends the contacts and the history; the desktop's replica shows them, out of the queues.
    advanceSim(5);
    QTRY_COMPARE_WITH_TIMEOUT(replicaStatus().chunks, 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(replicaStatus().contactsImported, 1, 10'000);
    const store::ImportStatus s = replicaStatus();
    QVERIFY(s.history && s.history->state == QLatin1String("requested"));
    QCOMPARE(s.history->agent, QStringLiteral("me"));
    QCOMPARE(s.historyConversations, 1);
    QVERIFY(!s.needsRequest());
}

void TestConnectWizard::aSupervisorRequestsTheImportLaterFromTheOverview()
{
    openSeat(false);
    ConnectWizard* w = showWizard();
    QVERIFY(w);
    fillIn(w, QString::fromLatin1(kToken));
    QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), 10'000);
    QTest::mouseClick(next(w), Qt::LeftButton); // connected; the import is left for later
    w->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->sync().state() == sync::SyncClient::State::Live, 10'000);
    QTRY_VERIFY(replicaStatus().connected);

    ui::TeamActions team(&m_workspace->sync());
    const ui::Theme theme = ui::Theme::light();
    ui::ImportPanel banner(ui::ImportPanel::Mode::Banner, &team, m_workspace->store().connection(), m_realClock, theme);
    ui::ImportPanel details(ui::ImportPanel::Mode::Details, &team, m_workspace->store().connection(), m_realClock,
                            theme);
    QStringList asked;
    details.setConfirm([&](const QString& question) {
        asked << question;
        return true;
    });
    banner.show();
    details.show();
    banner.refresh();
    details.refresh();
    QVERIFY(banner.isVisible()); // a supervisor, and nothing requested yet
    QVERIFY2(banner.message().contains(QLatin1String("left")), qPrintable(banner.message()));
    QVERIFY(details.message().contains(QLatin1String("Chat history: not requested yet.")));
    // Alt+R in the overview; the banner, in the same window, has no Alt key of its own.
    QCOMPARE(details.requestButton()->text(), QStringLiteral("&Request history and contacts"));
    QCOMPARE(banner.requestButton()->text(), QStringLiteral("Request history and contacts"));
    QVERIFY(details.requestButton()->isEnabled());

    QTest::mouseClick(details.requestButton(), Qt::LeftButton); // request_sync over the protocol
    QCOMPARE(asked.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(details.message().contains(QLatin1String("Requested: Meta sends")), 10'000);
    QTRY_VERIFY(replicaStatus().history.has_value());
    banner.refresh();
    QVERIFY(!banner.isVisible());
    details.refresh();
    QVERIFY2(details.message().contains(QLatin1String("Meta accepted")), qPrintable(details.message()));
    QCOMPARE(details.requestButton()->text(), QStringLiteral("Request &again…"));

    // A repeat, asked for on purpose: Meta refuses it, and the panel says why and what to do.
    QTest::mouseClick(details.requestButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QVERIFY(asked.last().contains(QLatin1String("once per onboarding")));
    QTRY_VERIFY_WITH_TIMEOUT(details.message().contains(QLatin1String("Meta refused it")), 10'000);
    QTRY_COMPARE(replicaStatus().history->state, QStringLiteral("failed"));
    details.refresh();
    QVERIFY2(details.message().contains(QLatin1String("(#100)")), qPrintable(details.message()));
    QVERIFY(details.message().contains(QLatin1String("once per onboarding")));
}

void TestConnectWizard::aWrongTokenShowsMetasErrorAndBackFixesIt()
{
    openSeat(false);
    ConnectWizard* w = showWizard();
    QVERIFY(w);
    fillIn(w, QStringLiteral("EAAG-a-revoked-token"));
    QTRY_VERIFY_WITH_TIMEOUT(!w->isChecking() && !w->report().steps.isEmpty(), 10'000);
    QVERIFY(!next(w)->isEnabled());
    const QString token = stepText(w, onboarding::Step::Token);
    QVERIFY2(token.startsWith(QStringLiteral("✗")), qPrintable(token));
    QVERIFY2(token.contains(QLatin1String("(#190)")), qPrintable(token));
    QVERIFY2(token.contains(QLatin1String("What to do:")), qPrintable(token));
    QVERIFY(!m_seat->hub());

    QTest::mouseClick(w->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(ConnectWizard::AccessPage));
    type(w, "accessToken", QString::fromLatin1(kToken));
    QTest::mouseClick(next(w), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), 10'000);
    QVERIFY(stepText(w, onboarding::Step::Token).startsWith(QStringLiteral("✓")));
    w->reject();
}

void TestConnectWizard::aDeclinedHistoryIsShownWithMetasRemedy()
{
    // The business turned history sharing off in the Business app: Meta answers 2593109.
    sim::SimOptions options;
    QString error;
    QVERIFY2(sim::Scenario::load(R"({"history": {"declined": true}})", &options.scenario, &error), qPrintable(error));
    options.accessToken = kToken;
    options.appSecret = kSecret;
    options.webhookUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_hubPort));
    m_sim = std::make_unique<sim::SimService>(m_simClock, options);
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    openSeat(false);
    ConnectWizard* w = showWizard();
    QVERIFY(w);
    fillIn(w, QString::fromLatin1(kToken));
    QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), 10'000);
    QTest::mouseClick(next(w), Qt::LeftButton);
    w->findChild<QCheckBox*>(QStringLiteral("webhookDone"))->setChecked(true);
    QTest::mouseClick(next(w), Qt::LeftButton);
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("requestImport")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->isImportRequested(), 10'000);
    w->accept();
    advanceSim(5);
    QTRY_VERIFY_WITH_TIMEOUT(replicaStatus().historyDeclined, 10'000);

    ui::TeamActions team(&m_workspace->sync());
    ui::ImportPanel details(ui::ImportPanel::Mode::Details, &team, m_workspace->store().connection(), m_realClock,
                            ui::Theme::light());
    details.refresh();
    const QString text = details.message();
    QVERIFY2(text.contains(QLatin1String("2593109")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("new messages and contacts still arrive")));
    QVERIFY(text.contains(QLatin1String("disconnect the number and connect it again")));
}

void TestConnectWizard::theKeychainRemembersTheSeat()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run inside dbus-run-session with an unlocked gnome-keyring, as scripts/test.sh does.");
    secrets::SecretStore keychain;
    test::awaitSecret(
        [&](secrets::SecretStore::Callback d) { keychain.remove(desktop::SingleSeat::secretName(), std::move(d)); });
    openSeat(true);
    ConnectWizard* w = showWizard();
    QVERIFY(w);
    fillIn(w, QString::fromLatin1(kToken));
    QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), 10'000);
    QTest::mouseClick(next(w), Qt::LeftButton);
    QVERIFY(m_seat->hub());
    const secrets::SecretStore::Result stored = test::awaitSecret(
        [&](secrets::SecretStore::Callback d) { keychain.read(desktop::SingleSeat::secretName(), std::move(d)); });
    QVERIFY2(stored.ok(), qPrintable(stored.detail));
    desktop::SeatCredentials kept;
    QVERIFY(desktop::SeatCredentials::fromJson(stored.value, &kept));
    QCOMPARE(kept.wabaId, QStringLiteral("102290129340398"));
    QCOMPARE(kept.accessToken, QString::fromLatin1(kToken));
    QVERIFY(!kept.agentToken.isEmpty());
    w->reject();

    // The next start needs no wizard: the hub starts from the keychain.
    m_seat.reset();
    m_workspace.reset();
    openSeat(true);
    QSignalSpy started(m_seat.get(), &desktop::SingleSeat::started);
    m_seat->start();
    QVERIFY(started.wait(10'000));
    QVERIFY(!m_seat->wizard());
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->sync().state() == sync::SyncClient::State::Live, 10'000);
    test::awaitSecret(
        [&](secrets::SecretStore::Callback d) { keychain.remove(desktop::SingleSeat::secretName(), std::move(d)); });
}

QTEST_MAIN(TestConnectWizard)
#include "TestConnectWizard.moc"
