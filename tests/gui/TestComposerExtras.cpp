// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's replies, attachments, canned replies, mentions, notes and send warnings.
#include "FakeClock.h"
#include "ui/CannedReplies.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/TemplateCatalog.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using duet::ui::ComposedMessage;
using duet::ui::Composer;

Q_DECLARE_METATYPE(duet::ui::ComposedMessage)

class TestComposerExtras : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aQuotedReplyCarriesTheWamid();
    void escapeCancelsTheQuote();
    void filesAreCheckedBeforeAnyUpload_data();
    void filesAreCheckedBeforeAnyUpload();
    void anAttachmentIsSentWithItsCaptionAndProgress();
    void aFailedUploadKeepsTheFileAndTheCaption();
    void slashOpensCannedRepliesWithPlaceholdersFilled();
    void noteModeEmitsNotesAndOffersMentions();
    void theWarningHoldsTheFirstSendAndSendAnywaySends();
    void scheduleSendCarriesTheChosenTime();

private:
    QPlainTextEdit* editor() const { return m_composer->findChild<QPlainTextEdit*>(); }
    QString makeFile(const QString& name, qint64 size);

    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    ui::JsonTemplateCatalog m_catalog;
    std::unique_ptr<ui::DraftStore> m_drafts;
    std::unique_ptr<Composer> m_composer;
    static constexpr qint64 kT = 1'750'000'000;
};

void TestComposerExtras::initTestCase()
{
    qRegisterMetaType<ComposedMessage>();
}

void TestComposerExtras::init()
{
    m_clock.setSecs(kT);
    m_drafts = std::make_unique<ui::DraftStore>(
        m_dir.filePath(QStringLiteral("drafts-%1.json").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_composer = std::make_unique<Composer>(m_clock, *m_drafts, m_catalog);
    m_composer->setConversation(QStringLiteral("16505550101"), kT - 600); // window open
    m_composer->show();
    QCOMPARE(m_composer->mode(), Composer::Mode::FreeForm);
}

void TestComposerExtras::cleanup()
{
    m_composer.reset();
    m_drafts.reset();
}

QString TestComposerExtras::makeFile(const QString& name, qint64 size)
{
    QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    if (name.endsWith(QLatin1String(".png"))) {
        // A real PNG signature, so detection by content agrees with the name.
        f.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    } else if (name.endsWith(QLatin1String(".pdf"))) {
        f.write("%PDF-1.4\n");
    }
    f.resize(size); // sparse: no real megabytes written
    return path;
}

void TestComposerExtras::aQuotedReplyCarriesTheWamid()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    m_composer->setReplyTo(QStringLiteral("wamid.Q"), QStringLiteral("Customer"), QStringLiteral("where is it?"));
    QCOMPARE(m_composer->replyToWamid(), QStringLiteral("wamid.Q"));
    m_composer->setText(QStringLiteral("on its way"));
    QVERIFY(m_composer->sendText());
    QCOMPARE(sent.size(), 1);
    const auto message = sent.at(0).at(0).value<ComposedMessage>();
    QCOMPARE(message.replyToWamid, QStringLiteral("wamid.Q"));
    QCOMPARE(message.text, QStringLiteral("on its way"));
    QVERIFY(m_composer->replyToWamid().isEmpty()); // one reply, one quote
}

void TestComposerExtras::escapeCancelsTheQuote()
{
    m_composer->setReplyTo(QStringLiteral("wamid.Q"), QStringLiteral("Customer"), QStringLiteral("hm"));
    m_composer->setText(QStringLiteral("kept"));
    QTest::keyClick(editor(), Qt::Key_Escape);
    QVERIFY(m_composer->replyToWamid().isEmpty());
    QCOMPARE(m_composer->text(), QStringLiteral("kept"));
}

void TestComposerExtras::filesAreCheckedBeforeAnyUpload_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a small PNG is an image") << "photo.png" << qint64(200 * 1024) << true << "";
    QTest::newRow("a PNG over 5 MB is refused") << "big.png" << qint64(6 * 1024 * 1024) << false << "too large";
    QTest::newRow("a video over 16 MB is refused") << "clip.mp4" << qint64(17 * 1024 * 1024) << false << "16";
    QTest::newRow("a PDF of 20 MB is a document") << "offer.pdf" << qint64(20 * 1024 * 1024) << true << "";
    QTest::newRow("a Markdown file is sent as plain text") << "notes.md" << qint64(2000) << true << "";
    QTest::newRow("an executable is not a type WhatsApp takes") << "tool.exe" << qint64(1000) << false << "type";
    QTest::newRow("an empty file is refused") << "empty.pdf" << qint64(0) << false << "empty";
}

void TestComposerExtras::filesAreCheckedBeforeAnyUpload()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    const QString path = makeFile(name, size);
    QVERIFY(!path.isEmpty());
    QCOMPARE(m_composer->attachFile(path), accepted);
    QCOMPARE(sent.size(), 0); // nothing goes anywhere on attach
    if (accepted) {
        QCOMPARE(m_composer->attachmentPath(), path);
        QVERIFY(m_composer->attachmentError().isEmpty());
    } else {
        QVERIFY(m_composer->attachmentPath().isEmpty());
        const QString error = m_composer->attachmentError();
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
        if (size > 0)
            QVERIFY2(error.contains(QStringLiteral("Allowed:")), qPrintable(error)); // what is allowed
        QVERIFY(!m_composer->sendText());                                            // nothing to send
        QCOMPARE(sent.size(), 0);
    }
}

void TestComposerExtras::anAttachmentIsSentWithItsCaptionAndProgress()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    const QString path = makeFile(QStringLiteral("invoice.pdf"), 50 * 1024);
    QVERIFY(m_composer->attachFile(path));
    m_composer->setText(QStringLiteral("your invoice"));
    QVERIFY(m_composer->sendText());
    QCOMPARE(sent.size(), 1);
    const auto message = sent.at(0).at(0).value<ComposedMessage>();
    QCOMPARE(message.attachmentPath, path);
    QCOMPARE(message.attachmentMime, QStringLiteral("application/pdf"));
    QCOMPARE(message.attachmentKind, QStringLiteral("document"));
    QCOMPARE(message.text, QStringLiteral("your invoice"));
    QVERIFY(m_composer->isUploading());
    QVERIFY(!m_composer->sendText()); // one upload at a time
    m_composer->setUploadProgress(25 * 1024, 50 * 1024);
    QVERIFY(m_composer->isUploading());
    m_composer->setUploadFinished();
    QVERIFY(!m_composer->isUploading());
    QVERIFY(m_composer->attachmentPath().isEmpty());
}

void TestComposerExtras::aFailedUploadKeepsTheFileAndTheCaption()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    const QString path = makeFile(QStringLiteral("photo.png"), 4096);
    QVERIFY(m_composer->attachFile(path));
    m_composer->setReplyTo(QStringLiteral("wamid.R"), QStringLiteral("Customer"), QStringLiteral("pic?"));
    m_composer->setText(QStringLiteral("here it is"));
    QVERIFY(m_composer->sendText());
    QVERIFY(m_composer->text().isEmpty());
    m_composer->setUploadFailed(QStringLiteral("the connection broke"));
    QVERIFY(!m_composer->isUploading());
    QCOMPARE(m_composer->attachmentPath(), path);
    QCOMPARE(m_composer->text(), QStringLiteral("here it is"));
    QCOMPARE(m_composer->replyToWamid(), QStringLiteral("wamid.R"));
    QVERIFY(m_composer->sendText()); // sent again, as it was
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(1).at(0).value<ComposedMessage>().replyToWamid, QStringLiteral("wamid.R"));
}

void TestComposerExtras::slashOpensCannedRepliesWithPlaceholdersFilled()
{
    ui::CannedReplies canned(m_dir.filePath(QStringLiteral("canned-none.json")));
    QVERIFY(canned.load());
    m_composer->setCannedReplies(&canned);
    m_composer->setCustomerName(QStringLiteral("Maria"));
    m_composer->setAgentName(QStringLiteral("Ana"));
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("/"));
    QVERIFY(m_composer->isCompletionVisible());
    QCOMPARE(m_composer->completionItems().size(), canned.rowCount());
    QTest::keyClicks(editor(), QStringLiteral("clos"));
    QCOMPARE(m_composer->completionItems(), QStringList{QStringLiteral("Closing")});
    QTest::keyClick(editor(), Qt::Key_Return);
    QVERIFY(!m_composer->isCompletionVisible());
    QCOMPARE(m_composer->text(), QStringLiteral("Thank you for contacting us, Maria. Have a great day! Ana"));

    // Down moves through the list; Escape closes it and keeps what was typed.
    m_composer->setText(QString());
    QTest::keyClicks(editor(), QStringLiteral("/"));
    QTest::keyClick(editor(), Qt::Key_Down);
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(m_composer->text(), QStringLiteral("Thank you, Maria. Let me check that for you, it will take a moment."));
    m_composer->setText(QString());
    QTest::keyClicks(editor(), QStringLiteral("/gre"));
    QTest::keyClick(editor(), Qt::Key_Escape);
    QVERIFY(!m_composer->isCompletionVisible());
    QCOMPARE(m_composer->text(), QStringLiteral("/gre"));

    // The action inserts at the cursor.
    m_composer->setText(QStringLiteral("PS: "));
    m_composer->showCannedReplies();
    QVERIFY(m_composer->isCompletionVisible());
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(m_composer->text(), QStringLiteral("PS: Hello Maria, this is Ana. How can I help you today?"));
}

void TestComposerExtras::noteModeEmitsNotesAndOffersMentions()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    QSignalSpy notes(m_composer.get(), &Composer::noteRequested);
    m_composer->setAgentNames({QStringLiteral("Ana"), QStringLiteral("Bruno"), QStringLiteral("Beatriz")});
    m_composer->setAgentName(QStringLiteral("Ana"));
    // Note mode works with the window closed too: the window rules do not apply to notes.
    m_composer->setLastCustomerAt(kT - 3 * 86400);
    QCOMPARE(m_composer->mode(), Composer::Mode::Template);
    m_composer->setNoteMode(true);
    QVERIFY(m_composer->isNoteMode());
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("ask @b"));
    QCOMPARE(m_composer->completionItems(), (QStringList{QStringLiteral("Bruno"), QStringLiteral("Beatriz")}));
    QTest::keyClick(editor(), Qt::Key_Down);
    QTest::keyClick(editor(), Qt::Key_Return);
    QTest::keyClicks(editor(), QStringLiteral("about the refund"));
    QCOMPARE(m_composer->text(), QStringLiteral("ask @Beatriz about the refund"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 0);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).at(0).toString(), QStringLiteral("16505550101"));
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("ask @Beatriz about the refund"));
    QVERIFY(m_composer->text().isEmpty());
    m_composer->setNoteMode(false);
    QCOMPARE(m_composer->mode(), Composer::Mode::Template);
}

void TestComposerExtras::theWarningHoldsTheFirstSendAndSendAnywaySends()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    QString warning = QStringLiteral("Ana is replying now. Send anyway?");
    m_composer->setSendGuard([&warning] { return warning; });
    m_composer->setText(QStringLiteral("hello"));
    QVERIFY(!m_composer->sendText());
    QCOMPARE(sent.size(), 0);
    QVERIFY(m_composer->isWarningVisible());
    QCOMPARE(m_composer->warningText(), warning);
    QCOMPARE(m_composer->text(), QStringLiteral("hello")); // nothing is lost
    // Cancel, then Send again asks again; Ctrl+Enter a second time sends.
    m_composer->cancelWarning();
    QVERIFY(!m_composer->isWarningVisible());
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_composer->isWarningVisible());
    QCOMPARE(sent.size(), 0);
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(sent.size(), 1);
    QVERIFY(!m_composer->isWarningVisible());
    // No warning: the first Send sends.
    warning.clear();
    m_composer->setText(QStringLiteral("again"));
    QVERIFY(m_composer->sendText());
    QCOMPARE(sent.size(), 2);
    // "Send anyway" sends what was held back.
    warning = QStringLiteral("Sent from the phone app 40 s ago: “ok”. Send anyway?");
    m_composer->setText(QStringLiteral("third"));
    QVERIFY(!m_composer->sendText());
    QVERIFY(m_composer->sendAnyway());
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(2).at(0).value<ComposedMessage>().text, QStringLiteral("third"));
}

void TestComposerExtras::scheduleSendCarriesTheChosenTime()
{
    QSignalSpy sent(m_composer.get(), &Composer::sendRequested);
    const qint64 due = (kT + 3600) * 1000;
    int asked = 0;
    std::optional<qint64> answer = due;
    m_composer->setScheduleChooser([&] {
        ++asked;
        return answer;
    });
    // Ctrl+Shift+Enter asks when, and sends with that time (the guard is about sending now).
    m_composer->setSendGuard([] { return QStringLiteral("Ana is replying now. Send anyway?"); });
    m_composer->setText(QStringLiteral("your order is ready"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked, 1);
    QCOMPARE(sent.size(), 1);
    const auto message = sent.at(0).at(0).value<ComposedMessage>();
    QCOMPARE(message.text, QStringLiteral("your order is ready"));
    QCOMPARE(message.scheduledAtMs, due);
    QVERIFY(m_composer->text().isEmpty());
    // Cancelling the chooser sends nothing and keeps the text.
    m_composer->setText(QStringLiteral("later maybe"));
    answer.reset();
    QVERIFY(!m_composer->chooseScheduleAndSend());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(m_composer->text(), QStringLiteral("later maybe"));
    // A time that is not ahead is refused; a plain Send carries no time.
    QVERIFY(!m_composer->scheduleSend(kT * 1000));
    m_composer->setSendGuard({});
    QVERIFY(m_composer->sendText());
    QCOMPARE(sent.at(1).at(0).value<ComposedMessage>().scheduledAtMs, qint64(0));
    // An attachment cannot be scheduled: nothing goes, the file stays.
    QVERIFY(m_composer->attachFile(makeFile(QStringLiteral("photo.png"), 1000)));
    QVERIFY(!m_composer->scheduleSend(due));
    QCOMPARE(sent.size(), 2);
}

QTEST_MAIN(TestComposerExtras)
#include "TestComposerExtras.moc"
