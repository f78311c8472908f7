// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven with keys against an in-process hub and simulator: sign-in, send, refusal, echo.
#include "DesktopHarness.h"
#include "DomainToString.h"
#include "HubSession.h"
#include "SecretWait.h"
#include "TrayBinding.h"
#include "secrets/SecretStore.h"
#include "ui/Composer.h"
#include "ui/ConversationListModel.h"
#include "ui/ConversationPane.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/PaintHelpers.h"
#include "ui/SignInDialog.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplatePicker.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <utility>

using namespace duet;
using duet::secrets::SecretStore;
using ui::ThreadModel;

Q_DECLARE_METATYPE(duet::ui::ComposedMessage)

namespace {

const QString kMaria = QStringLiteral("15551234567");
const QString kPhoneOnly = QStringLiteral("15550001111");

/// Maria writes at 1 s and the phone app answers her at 2 s; at 1 s the phone app also writes
/// to someone who never wrote (no window).
const QByteArray kScenario = R"({
  "name": "flows",
  "templates": [ { "name": "hello_world", "language": "en_US", "category": "utility", "body_text": "Hello from the shop!" } ],
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" }, { "wa_id": "15550001111", "name": "Bo" } ],
  "timeline": [
    { "at": 1, "type": "text", "from": "15551234567", "text": "Hello, is the shop open?" },
    { "at": 1, "type": "echo", "to": "15550001111", "text": "Your order is ready." },
    { "at": 2, "type": "echo", "to": "15551234567", "text": "Yes, until six." }
  ]
})";

/// The first row of `model` with this origin and text, or -1.
int findRow(const ThreadModel* model, ThreadModel::Origin origin, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        if (i.data(ThreadModel::OriginRole).toInt() == int(origin) && i.data(ThreadModel::TextRole).toString() == text)
            return row;
    }
    return -1;
}

/// True when the window's conversation list shows `contactKey`.
bool listShows(ui::MainWindow* window, const QString& contactKey)
{
    const QAbstractItemModel* model = window->conversationPane()->listView()->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ui::ConversationListModel::ContactKeyRole).toString() == contactKey)
            return true;
    }
    return false;
}

/// The sign-in tests start with no token: HubSession finds none in the keychain and asks.
bool startsSignedOut()
{
    return QLatin1String(QTest::currentTestFunction()).startsWith(QLatin1String("signingIn"));
}

} // namespace

class TestMainFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DesktopStack> m_stack;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::DraftStore> m_drafts;
    ui::JsonTemplateCatalog m_templates;
    ui::MainWindow* m_window = nullptr;
    SecretStore m_keychain; ///< the real one, under the service name the desktop uses
    std::unique_ptr<desktop::HubSession> m_session;
    QUrl m_hubUrl;

    /// The keychain entry of this run's hub: its random port makes it unique to the run.
    QString secretName() const { return ui::SignInDialog::secretName(m_hubUrl); }

    /// Starts the desktop's HubSession and returns its sign-in dialog once it is on screen.
    ui::SignInDialog* openSignIn()
    {
        m_session = std::make_unique<desktop::HubSession>(m_hubUrl, m_stack->workspace().sync(), *m_window);
        m_session->start();
        if (!QTest::qWaitFor([&] { return m_session->dialog() && m_session->dialog()->isVisible(); }, 10'000))
            return nullptr;
        return QTest::qWaitForWindowExposed(m_session->dialog()) ? m_session->dialog() : nullptr;
    }

    /// The dialog's fields and its Sign in button, found as a person would (by what they are).
    static QLineEdit* hubField(ui::SignInDialog* dialog)
    {
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>()) {
            if (e->echoMode() == QLineEdit::Normal)
                return e;
        }
        return nullptr;
    }
    static QLineEdit* tokenField(ui::SignInDialog* dialog)
    {
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>()) {
            if (e->echoMode() == QLineEdit::Password)
                return e;
        }
        return nullptr;
    }
    static QAbstractButton* signInButton(ui::SignInDialog* dialog)
    {
        auto* box = dialog->findChild<QDialogButtonBox*>();
        for (QAbstractButton* b : box ? box->buttons() : QList<QAbstractButton*>()) {
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return b;
        }
        return nullptr;
    }
    /// Replaces what a field holds by typing, as a person does (select all, then type).
    static void retype(QLineEdit* field, const QString& text)
    {
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
    }

private slots:
    void init()
    {
        const bool signedOut = startsSignedOut();
        if (signedOut && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run this test inside dbus-run-session with "
                  "an unlocked gnome-keyring, as scripts/test.sh does.");
        m_stack = std::make_unique<test::DesktopStack>();
        QString error;
        QVERIFY2(m_stack->start(kScenario, &error, QStringLiteral("ana"),
                                signedOut ? test::DesktopStack::Connection::SignedOut
                                          : test::DesktopStack::Connection::SignedIn),
                 qPrintable(error));
        m_hubUrl = m_stack->hub().agentsUrl();
        if (signedOut) {
            const SecretStore::Result gone = duet::test::awaitSecret(
                [&](SecretStore::Callback done) { m_keychain.remove(secretName(), std::move(done)); });
            QVERIFY2(gone.ok() || gone.error == SecretStore::Error::NotFound, qPrintable(gone.detail));
        }
        m_settings = std::make_unique<QSettings>(m_stack->path(QStringLiteral("duet.ini")), QSettings::IniFormat);
        m_drafts = std::make_unique<ui::DraftStore>(QString());
        m_templates.setTemplates({{QStringLiteral("hello_world"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                                   QStringLiteral("Hello from the shop!")}});
        m_window = &m_stack->workspace().createWindow(*m_drafts, m_templates, *m_settings, QStringLiteral("ana"));
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->loadInitial();
        if (!signedOut)
            QTRY_VERIFY_WITH_TIMEOUT(m_stack->isLive(), 10'000);
    }

    void cleanup()
    {
        if (m_session) {
            m_session.reset();
            const SecretStore::Result gone = duet::test::awaitSecret(
                [&](SecretStore::Callback done) { m_keychain.remove(secretName(), std::move(done)); });
            QVERIFY2(gone.ok() || gone.error == SecretStore::Error::NotFound, qPrintable(gone.detail));
        }
        m_window = nullptr;
        m_stack.reset();
    }

    void signingInFromTheDialogSyncsAndRemembersTheToken()
    {
        // No token in the keychain: the session asks, and nothing has synced yet.
        ui::SignInDialog* dialog = openSignIn();
        QVERIFY(dialog);
        QVERIFY(dialog->errorText().isEmpty());
        QCOMPARE(m_stack->workspace().sync().state(), sync::SyncClient::State::Disconnected);
        QVERIFY(!listShows(m_window, kMaria));

        QLineEdit* hub = hubField(dialog);
        QLineEdit* token = tokenField(dialog);
        QAbstractButton* signIn = signInButton(dialog);
        QVERIFY(hub && token && signIn);
        // This hub serves plain ws:// (allowed to this computer); a bare address would mean wss://.
        const QString address = QStringLiteral("ws://127.0.0.1:%1").arg(m_stack->hub().port());
        retype(hub, address);
        QTest::keyClicks(token, m_stack->token());
        QCOMPARE(dialog->hubAddress(), address);
        QVERIFY(dialog->remember());
        QTest::mouseClick(signIn, Qt::LeftButton);

        // The hub welcomes the agent: the dialog closes and the scenario's conversations arrive.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->dialog(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->isLive(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(listShows(m_window, kMaria) && listShows(m_window, kPhoneOnly), 15'000);
        QCOMPARE(m_stack->workspace().agent(), QStringLiteral("ana"));

        // The token is in the real keychain under this hub's entry (its value is never printed).
        const SecretStore::Result stored = duet::test::awaitSecret(
            [&](SecretStore::Callback done) { m_keychain.read(secretName(), std::move(done)); });
        QVERIFY2(stored.ok(), qPrintable(stored.detail));
        QVERIFY2(stored.value == m_stack->token(), "the keychain holds another token than the one typed");
    }

    void signingInWithAWrongTokenShowsTheRefusalAndKeepsWhatWasTyped()
    {
        ui::SignInDialog* dialog = openSignIn();
        QVERIFY(dialog);
        QLineEdit* hub = hubField(dialog);
        QLineEdit* token = tokenField(dialog);
        QAbstractButton* signIn = signInButton(dialog);
        QVERIFY(hub && token && signIn);
        // This hub serves plain ws:// (allowed to this computer); a bare address would mean wss://.
        const QString address = QStringLiteral("ws://127.0.0.1:%1").arg(m_stack->hub().port());
        const QString wrong = QStringLiteral("dt_not-a-token-of-this-hub");
        retype(hub, address);
        QTest::keyClicks(token, wrong);
        QTest::mouseClick(signIn, Qt::LeftButton);

        // The hub refuses: the dialog says so, stays open and keeps both fields as typed.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->errorText(),
                                  sync::SyncClient::failureText(sync::SyncClient::Failure::TokenRefused), 15'000);
        QVERIFY(!dialog->isBusy());
        QCOMPARE(m_session->dialog(), dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->hubAddress(), address);
        QVERIFY2(dialog->token() == wrong, "the typed token was not kept");
        QCOMPARE(m_stack->workspace().sync().state(), sync::SyncClient::State::Disconnected);
        QVERIFY(!listShows(m_window, kMaria));
        const SecretStore::Result none = duet::test::awaitSecret(
            [&](SecretStore::Callback done) { m_keychain.read(secretName(), std::move(done)); });
        QCOMPARE(none.error, SecretStore::Error::NotFound);

        // The right token then signs in.
        retype(token, m_stack->token());
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->dialog(), 15'000);
        QTRY_VERIFY_WITH_TIMEOUT(listShows(m_window, kMaria) && listShows(m_window, kPhoneOnly), 15'000);
        const SecretStore::Result stored = duet::test::awaitSecret(
            [&](SecretStore::Callback done) { m_keychain.read(secretName(), std::move(done)); });
        QVERIFY2(stored.ok(), qPrintable(stored.detail));
        QVERIFY2(stored.value == m_stack->token(), "the keychain holds another token than the one typed");
    }

    void aReplyInsideTheWindowShowsItsBubbleAndTicksAndTheEchoItsBadge()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->thread(kMaria).size() >= 1, 15'000);
        QTRY_VERIFY(m_window->openConversation(kMaria));
        ThreadModel* model = m_window->threadModel();
        // The echo lands while the thread is open: it shows as sent from the phone app (the Echo badge).
        QTRY_VERIFY_WITH_TIMEOUT(findRow(model, ThreadModel::Origin::App, QStringLiteral("Yes, until six.")) >= 0,
                                 15'000);
        QVERIFY(findRow(model, ThreadModel::Origin::Customer, QStringLiteral("Hello, is the shop open?")) >= 0);

        ui::Composer* composer = m_window->threadPane()->composer();
        QCOMPARE(composer->mode(), ui::Composer::Mode::FreeForm);
        auto* editor = composer->findChild<QPlainTextEdit*>();
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Thanks, see you at five!"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        // The phone app answered a moment ago: the composer warns first, and Send again sends.
        if (composer->isWarningVisible()) {
            QVERIFY(!composer->warningText().isEmpty());
            QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        }
        QTRY_VERIFY(composer->text().isEmpty());

        // The bubble is there at once (from the outbox), then from the hub's log with the agent's
        // name; the simulator's statuses move its ticks to read.
        const QString text = QStringLiteral("Thanks, see you at five!");
        QTRY_VERIFY_WITH_TIMEOUT(findRow(model, ThreadModel::Origin::Agent, text) >= 0, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(findRow(model, ThreadModel::Origin::Agent, text)).data(ThreadModel::StatusRole).toInt(),
            int(ui::Delivery::Read), 15'000);
        const int row = findRow(model, ThreadModel::Origin::Agent, text);
        QCOMPARE(model->index(row).data(ThreadModel::AgentNameRole).toString(), QStringLiteral("ana"));
        QCOMPARE(m_stack->thread(kMaria).last().origin, QStringLiteral("agent"));
    }

    void outsideTheWindowFreeTextIsRefusedAndATemplateGoesInstead()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->thread(kPhoneOnly).size() == 1, 15'000);
        QTRY_VERIFY(m_window->openConversation(kPhoneOnly));
        ui::Composer* composer = m_window->threadPane()->composer();
        // The customer never wrote: the composer offers templates and says why.
        QCOMPARE(composer->mode(), ui::Composer::Mode::Template);
        QVERIFY(!composer->reasonText().isEmpty());

        // Free text that reaches the pipeline anyway (a stale composer) is refused and kept.
        ui::ComposedMessage stale;
        stale.contactKey = kPhoneOnly;
        stale.text = QStringLiteral("Hi there");
        emit m_window->threadPane()->sendRequested(stale);
        QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
        QCOMPARE(m_stack->workspace().outbox().countsByState().value(outbound::OutboxState::Queued), 0);

        // The agent picks the template with the keyboard and sends it.
        ui::TemplatePicker* picker = composer->templatePicker();
        auto* search = picker->findChild<QLineEdit*>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("hello"));
        QCOMPARE(picker->visibleCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(picker->current()->name, QStringLiteral("hello_world"));
        QPushButton* send = nullptr;
        for (QPushButton* b : picker->findChildren<QPushButton*>()) {
            if (b->isVisible() && b->isEnabled())
                send = b;
        }
        QVERIFY(send);
        QTest::mouseClick(send, Qt::LeftButton);
        if (composer->isWarningVisible()) // the phone app wrote a moment ago: Send again sends
            QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->thread(kPhoneOnly).size(), 2, 15'000);
        QCOMPARE(m_stack->thread(kPhoneOnly).last().origin, QStringLiteral("agent"));
        QCOMPARE(m_stack->workspace().outbox().rowsInState(outbound::OutboxState::Failed).size(), 0);
    }

    void ctrlEnterInTemplateModeSendsThePickedTemplate()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->thread(kPhoneOnly).size() == 1, 15'000);
        QTRY_VERIFY(m_window->openConversation(kPhoneOnly));
        ui::Composer* composer = m_window->threadPane()->composer();
        QCOMPARE(composer->mode(), ui::Composer::Mode::Template);
        QSignalSpy requested(m_window->threadPane(), &ui::ThreadPane::sendRequested);

        // Keyboard only: search, Enter picks, Ctrl+Enter (the window's Send command) sends.
        ui::TemplatePicker* picker = composer->templatePicker();
        auto* search = picker->findChild<QLineEdit*>();
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("hello"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(picker->current()->name, QStringLiteral("hello_world"));
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY(picker->isAncestorOf(focused));
        QTest::keyClick(focused, Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(requested.size(), 1);
        const auto message = requested.at(0).at(0).value<ui::ComposedMessage>();
        QVERIFY(message.isTemplate);
        QCOMPARE(message.contactKey, kPhoneOnly);
        QCOMPARE(message.templateName, QStringLiteral("hello_world"));
        QCOMPARE(message.text, QStringLiteral("Hello from the shop!"));
        QTRY_COMPARE_WITH_TIMEOUT(m_stack->thread(kPhoneOnly).size(), 2, 15'000);
        QCOMPARE(m_stack->thread(kPhoneOnly).last().origin, QStringLiteral("agent"));
    }

    void aNewCustomerMessageIsNotifiedAndCountedInTheTitle()
    {
        desktop::TrayBinding tray(m_stack->workspace(), *m_window, m_stack->clock());
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->thread(kMaria).size() >= 2, 15'000); // the scripted start is in
        tray.notifier().flush(); // what the scripted start brought is out of the way
        QVERIFY(m_stack->inbound(QStringLiteral("15559990000"), QStringLiteral("Do you ship to Lisbon?")));
        QTRY_COMPARE_WITH_TIMEOUT(tray.notifier().lastShown().value(0).conversation, QStringLiteral("15559990000"),
                                  15'000);
        QCOMPARE(tray.notifier().lastShown().size(), 1);
        QCOMPARE(tray.notifier().lastShown().value(0).text, QStringLiteral("Do you ship to Lisbon?"));
        QVERIFY(tray.notifier().unread() >= 1);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("(")));
    }
};

QTEST_MAIN(TestMainFlows)
#include "TestMainFlows.moc"
