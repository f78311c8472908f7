// SPDX-License-Identifier: GPL-3.0-or-later
// The composer: window-driven modes on a fake clock, the length limit, templates, drafts.
#include "DomainToString.h"
#include "FakeClock.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplatePicker.h"
#include "ui/TimeText.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using duet::ui::ComposedMessage;
using duet::ui::Composer;

Q_DECLARE_METATYPE(duet::ui::ComposedMessage)

class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void windowOpenThenClosingThenClosed();
    void aCustomerWhoNeverWroteGetsTemplates();
    void textOverTheLimitCannotBeSent();
    void sendEmitsTheTextAndClearsIt();
    void templatePickerSearchesFillsAndPreviews();
    void aTemplateTheSearchHidesIsNotSent();
    void sendDoesWhatTheModeSends();
    void draftsSurviveSwitchingAndRestart();
    void aBrokenTemplatesFileIsReported();

private:
    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    ui::JsonTemplateCatalog m_catalog;
    static constexpr qint64 kT = 1'750'000'000;
};

void TestComposer::initTestCase()
{
    qRegisterMetaType<ComposedMessage>();
    QString error;
    QVERIFY(m_catalog.loadJson(R"([
        {"name": "order_update", "language": "en_US", "category": "UTILITY",
         "body": "Hi {{1}}, order {{2}} ships today."},
        {"name": "follow_up", "language": "en_US", "category": "UTILITY", "body": "Hello {{1}}, any news?"},
        {"name": "no_parameters", "language": "pt_BR", "body": "Olá!"}
    ])",
                               &error));
    QCOMPARE(m_catalog.templates().size(), 3);
}

void TestComposer::init()
{
    m_clock.setSecs(kT);
}

void TestComposer::windowOpenThenClosingThenClosed()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    QSignalSpy modes(&composer, &Composer::modeChanged);
    composer.setConversation(QStringLiteral("16505551234"), kT - 3600); // wrote an hour ago
    QCOMPARE(composer.mode(), Composer::Mode::FreeForm);
    QVERIFY2(composer.countdownText().contains(QStringLiteral("23:00:00")), qPrintable(composer.countdownText()));
    QVERIFY(composer.reasonText().isEmpty());

    m_clock.advanceSecs(22 * 3600 + 1800); // 30 minutes left
    composer.tick();
    QCOMPARE(composer.mode(), Composer::Mode::FreeForm);
    QCOMPARE(composer.window().state, ServiceWindow::State::Closing);
    QVERIFY2(composer.countdownText().contains(QStringLiteral("0:30:00")), qPrintable(composer.countdownText()));

    m_clock.advanceSecs(1);
    composer.tick();
    QVERIFY2(composer.countdownText().contains(QStringLiteral("0:29:59")), qPrintable(composer.countdownText()));

    m_clock.advanceSecs(1800);
    modes.clear();
    composer.tick();
    QCOMPARE(composer.mode(), Composer::Mode::Template);
    QCOMPARE(modes.size(), 1);
    const QString closedAt = ui::TimeText::clockTime(kT - 3600 + 86400);
    QVERIFY2(composer.reasonText().startsWith(QStringLiteral("The 24-hour window closed at ")),
             qPrintable(composer.reasonText()));
    QVERIFY2(composer.reasonText().contains(closedAt), qPrintable(composer.reasonText()));
    QVERIFY(composer.reasonText().endsWith(QStringLiteral("Only approved templates can be sent.")));
    QVERIFY(!composer.sendText()); // free-form is refused outside the window

    // A new customer message re-opens the window.
    composer.setLastCustomerAt(m_clock.nowSecs());
    QCOMPARE(composer.mode(), Composer::Mode::FreeForm);
}

void TestComposer::aCustomerWhoNeverWroteGetsTemplates()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    QCOMPARE(composer.mode(), Composer::Mode::NoConversation);
    composer.setConversation(QStringLiteral("16505551234"), 0);
    QCOMPARE(composer.mode(), Composer::Mode::Template);
    QVERIFY(composer.reasonText().contains(QStringLiteral("has not written")));
}

void TestComposer::textOverTheLimitCannotBeSent()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    composer.setConversation(QStringLiteral("16505551234"), kT);
    QSignalSpy sent(&composer, &Composer::sendRequested);
    composer.setText(QString(Composer::kMaxTextLength + 1, QLatin1Char('a')));
    QCOMPARE(composer.lengthText(), QStringLiteral("4097 / 4096"));
    QVERIFY(!composer.sendText());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(composer.text().size(), Composer::kMaxTextLength + 1); // nothing typed is lost
    composer.setText(QString(Composer::kMaxTextLength, QLatin1Char('a')));
    QVERIFY(composer.sendText());
    QCOMPARE(sent.size(), 1);
}

void TestComposer::sendEmitsTheTextAndClearsIt()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    composer.setConversation(QStringLiteral("16505551234"), kT - 60);
    QSignalSpy sent(&composer, &Composer::sendRequested);
    composer.setText(QStringLiteral("   "));
    QVERIFY(!composer.sendText()); // blank text is not a message
    composer.setText(QStringLiteral("We open at 9"));
    QVERIFY(composer.sendText());
    QCOMPARE(sent.size(), 1);
    const auto message = sent.at(0).at(0).value<ComposedMessage>();
    QCOMPARE(message.contactKey, QStringLiteral("16505551234"));
    QCOMPARE(message.text, QStringLiteral("We open at 9"));
    QVERIFY(!message.isTemplate);
    QVERIFY(composer.text().isEmpty());
    QVERIFY(drafts.text(QStringLiteral("16505551234")).isEmpty());

    // Ctrl+Enter in the text sends; Enter alone is a new line.
    auto* editor = composer.findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    composer.setText(QStringLiteral("line one"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(sent.size(), 1);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).at(0).value<ComposedMessage>().text, QStringLiteral("line one\n"));
}

void TestComposer::templatePickerSearchesFillsAndPreviews()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    composer.setConversation(QStringLiteral("16505551234"), kT - 90000);
    QCOMPARE(composer.mode(), Composer::Mode::Template);
    ui::TemplatePicker* picker = composer.templatePicker();
    QSignalSpy sent(&composer, &Composer::sendRequested);
    picker->setFilterText(QStringLiteral("ships"));
    QCOMPARE(picker->visibleCount(), 1); // searched by body too
    picker->setFilterText(QStringLiteral("ORDER"));
    QCOMPARE(picker->visibleCount(), 1);
    QVERIFY(picker->selectVisible(0));
    QCOMPARE(picker->current()->name, QStringLiteral("order_update"));
    QCOMPARE(picker->parameterCount(), 2);
    QVERIFY(!picker->isComplete());
    QVERIFY(!picker->send());
    picker->setParameter(0, QStringLiteral("Ana"));
    QCOMPARE(picker->preview(), QStringLiteral("Hi Ana, order {{2}} ships today."));
    picker->setParameter(1, QStringLiteral("#42"));
    QCOMPARE(picker->preview(), QStringLiteral("Hi Ana, order #42 ships today."));
    QVERIFY(picker->send());
    QCOMPARE(sent.size(), 1);
    const auto message = sent.at(0).at(0).value<ComposedMessage>();
    QVERIFY(message.isTemplate);
    QCOMPARE(message.templateName, QStringLiteral("order_update"));
    QCOMPARE(message.language, QStringLiteral("en_US"));
    QCOMPARE(message.parameters, QStringList({QStringLiteral("Ana"), QStringLiteral("#42")}));
    QCOMPARE(message.text, QStringLiteral("Hi Ana, order #42 ships today."));
    // Keyboard first: type in the search, Enter picks the first match.
    auto* search = picker->findChild<QLineEdit*>();
    QVERIFY(search);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("follow"));
    QCOMPARE(picker->visibleCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(picker->current()->name, QStringLiteral("follow_up"));
    QCOMPARE(picker->parameterCount(), 1);
    picker->setFilterText(QStringLiteral("nothing like this"));
    QCOMPARE(picker->visibleCount(), 0);
    QVERIFY(!picker->selectVisible(0));
}

// Text typed into the search that matches no template (free text, in a closed window) sends
// nothing: the template chosen before is hidden, so it is no longer the one Send sends.
void TestComposer::aTemplateTheSearchHidesIsNotSent()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    composer.setConversation(QStringLiteral("16505550000"), kT - 90000);
    QCOMPARE(composer.mode(), Composer::Mode::Template);
    ui::TemplatePicker* picker = composer.templatePicker();
    picker->setFilterText(QStringLiteral("no_parameters"));
    QVERIFY(picker->selectVisible(0));
    QVERIFY(picker->isComplete());
    QSignalSpy sent(&composer, &Composer::sendRequested);

    picker->setFilterText(QStringLiteral("Hi there"));
    QCOMPARE(picker->visibleCount(), 0);
    QVERIFY(!picker->current());
    QVERIFY(!picker->preview().contains(QStringLiteral("Olá"))); // "Choose a template…"
    QVERIFY(!composer.send());
    QCOMPARE(sent.size(), 0);

    // Searched again, it is shown and chosen again, and goes.
    picker->setFilterText(QStringLiteral("no_param"));
    QVERIFY(picker->current());
    QCOMPARE(picker->current()->name, QStringLiteral("no_parameters"));
    QVERIFY(composer.send());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<ComposedMessage>().templateName, QStringLiteral("no_parameters"));
}

// One Send for every mode (the window's Ctrl+Enter calls it): text, template, note; when
// nothing can go, the focus lands where the agent has to type.
void TestComposer::sendDoesWhatTheModeSends()
{
    ui::DraftStore drafts{QString()};
    Composer composer(m_clock, drafts, m_catalog);
    composer.show();
    composer.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&composer));
    QSignalSpy sent(&composer, &Composer::sendRequested);
    QSignalSpy notes(&composer, &Composer::noteRequested);
    QVERIFY(!composer.send()); // no conversation

    // Free-form: the text.
    composer.setConversation(QStringLiteral("16505551234"), kT - 60);
    QVERIFY(!composer.send());
    auto* editor = composer.findChild<QPlainTextEdit*>();
    QVERIFY(editor);
    QVERIFY(editor->hasFocus());
    composer.setText(QStringLiteral("We open at 9"));
    QVERIFY(composer.send());
    QCOMPARE(sent.size(), 1);
    QVERIFY(!sent.at(0).at(0).value<ComposedMessage>().isTemplate);

    // Template: the picked template once its parameters are filled; the first empty one gets the focus.
    composer.setConversation(QStringLiteral("16505550000"), kT - 90000);
    QCOMPARE(composer.mode(), Composer::Mode::Template);
    ui::TemplatePicker* picker = composer.templatePicker();
    picker->setFilterText(QStringLiteral("order"));
    QVERIFY(picker->selectVisible(0));
    QCOMPARE(picker->parameterCount(), 2);
    picker->setParameter(0, QStringLiteral("Ana"));
    QVERIFY(!composer.send());
    QCOMPARE(sent.size(), 1);
    auto* focused = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->accessibleName(), QStringLiteral("Template parameter 2"));
    picker->setParameter(1, QStringLiteral("#42"));
    QVERIFY(composer.send());
    QCOMPARE(sent.size(), 2);
    const auto message = sent.at(1).at(0).value<ComposedMessage>();
    QVERIFY(message.isTemplate);
    QCOMPARE(message.contactKey, QStringLiteral("16505550000"));
    QCOMPARE(message.templateName, QStringLiteral("order_update"));
    QCOMPARE(message.parameters, QStringList({QStringLiteral("Ana"), QStringLiteral("#42")}));
    QCOMPARE(message.text, QStringLiteral("Hi Ana, order #42 ships today."));

    // Note mode, even outside the window: the note, never a message.
    composer.setNoteMode(true);
    composer.setText(QStringLiteral("Call them back tomorrow"));
    QVERIFY(composer.send());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("Call them back tomorrow"));
    QCOMPARE(sent.size(), 2);
    composer.setNoteMode(false);

    // A disabled composer (review mode) sends nothing.
    picker->setParameter(0, QStringLiteral("Ana"));
    picker->setParameter(1, QStringLiteral("#43"));
    composer.setEnabled(false);
    QVERIFY(!composer.send());
    QCOMPARE(sent.size(), 2);
}

void TestComposer::draftsSurviveSwitchingAndRestart()
{
    const QString path = m_dir.filePath(QStringLiteral("drafts/drafts.json"));
    const QString a = QStringLiteral("16505550001");
    const QString b = QStringLiteral("16505550002");
    {
        ui::DraftStore drafts(path);
        Composer composer(m_clock, drafts, m_catalog);
        composer.setConversation(a, kT);
        composer.setText(QStringLiteral("half a reply to A"));
        composer.setConversation(b, kT);
        QVERIFY(composer.text().isEmpty());
        composer.setText(QStringLiteral("note for B"));
        composer.setConversation(a, kT);
        QCOMPARE(composer.text(), QStringLiteral("half a reply to A"));
        // Outside the window the text stays in the draft, not lost.
        composer.setConversation(b, kT - 90000);
        QCOMPARE(composer.mode(), Composer::Mode::Template);
        QCOMPARE(drafts.text(b), QStringLiteral("note for B"));
    } // the DraftStore writes its file when it goes
    ui::DraftStore restarted(path);
    QCOMPARE(restarted.count(), 2);
    QCOMPARE(restarted.text(a), QStringLiteral("half a reply to A"));
    Composer composer(m_clock, restarted, m_catalog);
    composer.setConversation(b, kT);
    QCOMPARE(composer.text(), QStringLiteral("note for B"));
    composer.setText(QString());
    QVERIFY(restarted.flush());
    QCOMPARE(ui::DraftStore(path).count(), 1); // an emptied draft is removed
}

void TestComposer::aBrokenTemplatesFileIsReported()
{
    ui::JsonTemplateCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadJson("{not json", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(catalog.templates().isEmpty());
    QVERIFY(!catalog.load(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

QTEST_MAIN(TestComposer)
#include "TestComposer.moc"
