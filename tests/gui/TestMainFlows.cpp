// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven with keys against an in-process hub and simulator: send, refusal, echo.
#include "DesktopHarness.h"
#include "TrayBinding.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/PaintHelpers.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplatePicker.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace duet;
using ui::ThreadModel;

Q_DECLARE_METATYPE(duet::ui::ComposedMessage)

namespace {

const QString kMaria = QStringLiteral("15551234567");
const QString kPhoneOnly = QStringLiteral("15550001111");

/// Maria writes at 1 s and the phone app answers her at 2 s; at 1 s the phone app also writes
/// to someone who never wrote (no window).
const QByteArray kScenario = R"({
  "name": "flows",
  "templates": [ { "name": "hello_world", "language": "en_US", "category": "utility" } ],
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

private slots:
    void init()
    {
        m_stack = std::make_unique<test::DesktopStack>();
        QString error;
        QVERIFY2(m_stack->start(kScenario, &error), qPrintable(error));
        m_settings = std::make_unique<QSettings>(m_stack->path(QStringLiteral("duet.ini")), QSettings::IniFormat);
        m_drafts = std::make_unique<ui::DraftStore>(QString());
        m_templates.setTemplates({{QStringLiteral("hello_world"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                                   QStringLiteral("Hello from the shop!")}});
        m_window = &m_stack->workspace().createWindow(*m_drafts, m_templates, *m_settings, QStringLiteral("ana"));
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->loadInitial();
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->isLive(), 10'000);
    }

    void cleanup()
    {
        m_window = nullptr;
        m_stack.reset();
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
