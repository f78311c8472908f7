// SPDX-License-Identifier: GPL-3.0-or-later
// The thread pane: outbox buttons, replies, reactions, downloads, presence and send warnings.
#include "GuiFixtures.h"
#include "outbound/OutboxStore.h"
#include "store/TeamApplier.h"
#include "ui/BubbleDelegate.h"
#include "ui/Composer.h"
#include "ui/DraftStore.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::ui::ComposedMessage;
using duet::ui::ThreadModel;
using duet::ui::ThreadPane;

Q_DECLARE_METATYPE(duet::ui::ComposedMessage)

namespace {
const QString kContact = QStringLiteral("16505550888");
}

class TestThreadPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theRetryButtonOfAFailedSendEmitsRetry();
    void replyFromTheThreadQuotesTheMessage();
    void reactingEmitsTheEmoji();
    void downloadAsksForTheMediaId();
    void presenceIsAnnouncedAndRateLimited();
    void viewingIsRepeatedBeforeTheHubExpiresIt();
    void otherAgentsPresenceShowsInTheHeader();
    void aRecentPhoneAppMessageWarnsBeforeSending();
    void anotherAgentComposingWarnsBeforeSending();
    void notesFromTheComposerAreForwarded();
    void sendingGoesToTheNewestMessage();
    void headerTakesExtraWidgets();

private:
    void setPresence(const QString& agent, const QString& state, qint64 expiresAtMs);
    store::ConversationSummary summary() const;

    QTemporaryDir m_dir;
    FakeClock m_clock;
    ui::JsonTemplateCatalog m_catalog;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<outbound::OutboxStore> m_outbox;
    std::unique_ptr<ui::DraftStore> m_drafts;
    std::unique_ptr<ThreadModel> m_model;
    std::unique_ptr<ThreadPane> m_pane;
    int m_round = 0;
};

void TestThreadPane::initTestCase()
{
    qRegisterMetaType<ComposedMessage>();
}

void TestThreadPane::init()
{
    m_clock.setSecs(kNow);
    ++m_round;
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("store-%1.db").arg(m_round)), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
    Event photo = message(QStringLiteral("wamid.PHOTO"), kContact, kNow - 500, QString());
    photo.type = QStringLiteral("image");
    photo.mediaId = QStringLiteral("777");
    QVERIFY(
        m_store->ingest({message(QStringLiteral("wamid.A"), kContact, kNow - 600, QStringLiteral("hello there")), photo,
                         message(QStringLiteral("wamid.B"), kContact, kNow - 400, QStringLiteral("can you help?"))},
                        &error));
    m_outbox = std::make_unique<outbound::OutboxStore>(m_clock);
    QVERIFY(m_outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.db").arg(m_round)), &error));
    m_drafts = std::make_unique<ui::DraftStore>(m_dir.filePath(QStringLiteral("drafts-%1.json").arg(m_round)));
    m_model = std::make_unique<ThreadModel>(m_store->connection());
    m_model->setOutbox(m_outbox.get());
    m_pane = std::make_unique<ThreadPane>(m_clock, ui::Theme::light(), m_model.get(), *m_drafts, m_catalog);
    m_pane->setAgentName(QStringLiteral("Ana"));
    m_pane->resize(800, 700);
    m_pane->show();
}

void TestThreadPane::cleanup()
{
    m_pane.reset();
    m_model.reset();
    m_drafts.reset();
    m_outbox.reset();
    m_store.reset();
}

store::ConversationSummary TestThreadPane::summary() const
{
    store::ConversationSummary s;
    s.contactKey = kContact;
    s.displayName = QStringLiteral("Maria");
    s.lastCustomerAt = kNow - 400;
    return s;
}

void TestThreadPane::setPresence(const QString& agent, const QString& state, qint64 expiresAtMs)
{
    QVERIFY(exec(*m_store,
                 QStringLiteral("INSERT INTO presence (contact_key, agent, state, expires_at) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT (contact_key, agent) DO UPDATE SET state = excluded.state,"
                                " expires_at = excluded.expires_at"),
                 {kContact, agent, state, expiresAtMs}));
}

void TestThreadPane::theRetryButtonOfAFailedSendEmitsRetry()
{
    outbound::OutboxDraft d;
    d.clientId = QStringLiteral("c-1");
    d.contact = kContact;
    d.kind = QStringLiteral("text");
    d.body = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("late")}}}};
    QString error;
    const qint64 id = m_outbox->insert(d, &error);
    QVERIFY(m_outbox->markSending(id));
    QVERIFY(m_outbox->markFailed(id, 131047, QStringLiteral("window_closed"), QStringLiteral("Send a template.")));
    m_pane->showConversation(summary());
    QSignalSpy retry(m_pane.get(), &ThreadPane::retryRequested);
    ui::ThreadView* view = m_pane->threadView();
    const int row = m_model->rowCount() - 1;
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    const QList<QRect> buttons = m_pane->bubbleDelegate()->actionRects(option, index);
    QCOMPARE(buttons.size(), 1);
    const QPoint click = option.rect.topLeft() + buttons.first().center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, click);
    QCOMPARE(retry.size(), 1);
    QCOMPARE(retry.at(0).at(0).toLongLong(), id);
}

void TestThreadPane::replyFromTheThreadQuotesTheMessage()
{
    m_pane->showConversation(summary());
    QSignalSpy sent(m_pane.get(), &ThreadPane::sendRequested);
    m_pane->replyToRow(m_model->rowOfWamid(QStringLiteral("wamid.A")));
    QCOMPARE(m_pane->composer()->replyToWamid(), QStringLiteral("wamid.A"));
    // Ctrl+Up walks to older messages from the newest, as in Telegram.
    m_pane->composer()->clearReply();
    m_pane->replyToPrevious();
    QCOMPARE(m_pane->composer()->replyToWamid(), QStringLiteral("wamid.B"));
    m_pane->replyToPrevious();
    QCOMPARE(m_pane->composer()->replyToWamid(), QStringLiteral("wamid.PHOTO"));
    m_pane->replyToNext();
    QCOMPARE(m_pane->composer()->replyToWamid(), QStringLiteral("wamid.B"));
    m_pane->composer()->setText(QStringLiteral("sure"));
    QVERIFY(m_pane->composer()->sendText());
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<ComposedMessage>().replyToWamid, QStringLiteral("wamid.B"));
}

void TestThreadPane::reactingEmitsTheEmoji()
{
    m_pane->showConversation(summary());
    QSignalSpy reacted(m_pane.get(), &ThreadPane::reactRequested);
    QCOMPARE(ThreadPane::reactionEmoji().size(), 6);
    m_pane->reactToRow(m_model->rowOfWamid(QStringLiteral("wamid.B")), QStringLiteral("👍"));
    QCOMPARE(reacted.size(), 1);
    QCOMPARE(reacted.at(0).at(0).toString(), kContact);
    QCOMPARE(reacted.at(0).at(1).toString(), QStringLiteral("wamid.B"));
    QCOMPARE(reacted.at(0).at(2).toString(), QStringLiteral("👍"));
}

void TestThreadPane::downloadAsksForTheMediaId()
{
    m_pane->showConversation(summary());
    QSignalSpy download(m_pane.get(), &ThreadPane::mediaDownloadRequested);
    m_pane->downloadRow(m_model->rowOfWamid(QStringLiteral("wamid.PHOTO")));
    QCOMPARE(download.size(), 1);
    QCOMPARE(download.at(0).at(0).toString(), QStringLiteral("wamid.PHOTO"));
    QCOMPARE(download.at(0).at(1).toString(), QStringLiteral("777"));
}

void TestThreadPane::presenceIsAnnouncedAndRateLimited()
{
    QSignalSpy presence(m_pane.get(), &ThreadPane::presenceChanged);
    m_pane->showConversation(summary());
    QCOMPARE(presence.size(), 1);
    QCOMPARE(presence.at(0).at(1).toString(), QStringLiteral("viewing"));
    m_pane->composer()->setText(QStringLiteral("a"));
    m_pane->composer()->setText(QStringLiteral("ab"));
    QCOMPARE(presence.size(), 2); // one "composing" for both keystrokes
    QCOMPARE(presence.at(1).at(1).toString(), QStringLiteral("composing"));
    m_clock.advanceSecs(5);
    m_pane->composer()->setText(QStringLiteral("abc"));
    QCOMPARE(presence.size(), 3);
    m_pane->clear();
    QCOMPARE(presence.size(), 4);
    QCOMPARE(presence.at(3).at(0).toString(), kContact);
    QCOMPARE(presence.at(3).at(1).toString(), QStringLiteral("left"));
}

void TestThreadPane::viewingIsRepeatedBeforeTheHubExpiresIt()
{
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(m_pane->isActiveWindow());
    QSignalSpy presence(m_pane.get(), &ThreadPane::presenceChanged);
    const auto states = [&presence] {
        QStringList list;
        for (const QList<QVariant>& args : presence)
            list << args.at(1).toString();
        return list;
    };
    m_pane->showConversation(summary());
    QCOMPARE(states(), QStringList({QStringLiteral("viewing")}));
    m_clock.advanceSecs(19);
    m_pane->tick();
    QCOMPARE(presence.size(), 1); // still well within the hub's 30 s
    m_clock.advanceSecs(1);
    m_pane->tick();
    QCOMPARE(states(), QStringList({QStringLiteral("viewing"), QStringLiteral("viewing")}));
    QCOMPARE(presence.at(1).at(0).toString(), kContact);
    m_pane->tick();
    QCOMPARE(presence.size(), 2); // once per 20 s, not once per tick

    // Typing counts as being here: "viewing" waits 20 s after the last "composing".
    m_clock.advanceSecs(15);
    m_pane->composer()->setText(QStringLiteral("a"));
    QCOMPARE(presence.size(), 3);
    m_clock.advanceSecs(15);
    m_pane->tick();
    QCOMPARE(presence.size(), 3);
    m_clock.advanceSecs(5);
    m_pane->tick();
    QCOMPARE(states().constLast(), QStringLiteral("viewing"));
    QCOMPARE(presence.size(), 4);

    // An inactive window lets presence expire; coming back says "viewing" at once.
    QApplication::setActiveWindow(nullptr);
    QVERIFY(!m_pane->isActiveWindow());
    m_clock.advanceSecs(60);
    m_pane->tick();
    QCOMPARE(presence.size(), 4);
    QApplication::setActiveWindow(m_pane.get());
    m_pane->tick();
    QCOMPARE(presence.size(), 5);
    QCOMPARE(states().constLast(), QStringLiteral("viewing"));

    // Leaving (the window closes) says "left" once and nothing more while hidden.
    m_pane->leavePresence();
    m_pane->hide();
    m_pane->leavePresence();
    m_clock.advanceSecs(30);
    m_pane->tick();
    QCOMPARE(states().mid(5), QStringList({QStringLiteral("left")}));
    // Shown and active again: "viewing" on the next tick.
    m_pane->show();
    QApplication::setActiveWindow(m_pane.get());
    m_pane->tick();
    QCOMPARE(states().mid(5), QStringList({QStringLiteral("left"), QStringLiteral("viewing")}));
}

void TestThreadPane::otherAgentsPresenceShowsInTheHeader()
{
    setPresence(QStringLiteral("Ana"), QStringLiteral("composing"), (kNow + 30) * 1000); // that is us
    setPresence(QStringLiteral("Bruno"), QStringLiteral("viewing"), (kNow + 30) * 1000);
    setPresence(QStringLiteral("Carla"), QStringLiteral("composing"), (kNow - 1) * 1000); // expired
    m_pane->showConversation(summary());
    QCOMPARE(m_pane->presenceText(), QStringLiteral("Bruno is viewing"));
    setPresence(QStringLiteral("Bruno"), QStringLiteral("composing"), (kNow + 10) * 1000);
    m_pane->refreshPresence();
    QCOMPARE(m_pane->presenceText(), QStringLiteral("Bruno is replying…"));
    m_clock.advanceSecs(11); // expired now
    m_pane->refreshPresence();
    QVERIFY(m_pane->presenceText().isEmpty());
}

void TestThreadPane::aRecentPhoneAppMessageWarnsBeforeSending()
{
    QString error;
    QVERIFY(m_store->ingest({message(QStringLiteral("wamid.ECHO"), kContact, kNow - 40,
                                     QStringLiteral("I'll call you back"), EventKind::Echo)},
                            &error));
    m_pane->showConversation(summary());
    QSignalSpy sent(m_pane.get(), &ThreadPane::sendRequested);
    m_pane->composer()->setText(QStringLiteral("following up"));
    QVERIFY(!m_pane->composer()->sendText());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(m_pane->composer()->warningText(),
             QStringLiteral("Sent from the phone app 40 s ago: “I'll call you back”. Send anyway?"));
    QVERIFY(m_pane->composer()->sendText()); // Ctrl+Enter again: send anyway
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).at(0).value<ComposedMessage>().text, QStringLiteral("following up"));
    // Two minutes later the phone-app message no longer warns.
    m_clock.advanceSecs(90);
    m_pane->composer()->setText(QStringLiteral("later"));
    QVERIFY(m_pane->composer()->sendText());
    QCOMPARE(sent.size(), 2);
}

void TestThreadPane::anotherAgentComposingWarnsBeforeSending()
{
    setPresence(QStringLiteral("Bruno"), QStringLiteral("composing"), (kNow + 20) * 1000);
    m_pane->showConversation(summary());
    QSignalSpy sent(m_pane.get(), &ThreadPane::sendRequested);
    m_pane->composer()->setText(QStringLiteral("hi"));
    QVERIFY(!m_pane->composer()->sendText());
    QCOMPARE(m_pane->composer()->warningText(), QStringLiteral("Bruno is replying now. Send anyway?"));
    QVERIFY(m_pane->composer()->sendAnyway());
    QCOMPARE(sent.size(), 1);
    // Notes never warn.
    m_pane->composer()->setNoteMode(true);
    m_pane->composer()->setText(QStringLiteral("I take this one"));
    QSignalSpy notes(m_pane.get(), &ThreadPane::noteRequested);
    QVERIFY(m_pane->composer()->sendText());
    QCOMPARE(notes.size(), 1);
}

void TestThreadPane::notesFromTheComposerAreForwarded()
{
    m_pane->showConversation(summary());
    QSignalSpy notes(m_pane.get(), &ThreadPane::noteRequested);
    QSignalSpy sent(m_pane.get(), &ThreadPane::sendRequested);
    m_pane->composer()->setNoteMode(true);
    m_pane->composer()->setText(QStringLiteral("@Bruno can you check?"));
    QVERIFY(m_pane->composer()->sendText());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0).at(0).toString(), kContact);
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("@Bruno can you check?"));
    // The hub's note event lands in the notes table: the thread shows it.
    QVERIFY(exec(*m_store,
                 QStringLiteral("INSERT INTO notes (seq, contact_key, agent, text, at) VALUES (?, ?, ?, ?, ?)"),
                 {11, kContact, QStringLiteral("Ana"), QStringLiteral("@Bruno can you check?"), kNow * 1000}));
    m_model->refresh();
    const int last = m_model->rowCount() - 1;
    QCOMPARE(m_model->kindAt(last), ThreadModel::Kind::Note);
}

void TestThreadPane::sendingGoesToTheNewestMessage()
{
    // A long thread scrolled far up, its newest rows dropped from the view's window.
    QList<Event> events;
    for (int i = 0; i < 60; ++i)
        events << message(QStringLiteral("wamid.L%1").arg(i, 2, 10, QLatin1Char('0')), kContact, kNow - 300 + i,
                          QStringLiteral("line %1").arg(i));
    QString error;
    QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
    m_model->setBackgroundReads(false);
    m_model->setPageSize(10);
    m_pane->showConversation(summary());
    QCoreApplication::processEvents(); // the view has opened it at the newest message
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_model->dropNewest(20);
    QVERIFY(!m_model->isAtEnd());
    QVERIFY(!m_pane->threadView()->isAtNewest());
    QCoreApplication::processEvents();
    QVERIFY(!m_model->isAtEnd()); // nothing else brings the newest back

    // Ctrl+Up quotes the customer's latest message, not the last one of the window.
    m_pane->replyToPrevious();
    QCOMPARE(m_pane->composer()->replyToWamid(), QStringLiteral("wamid.L59"));
    QVERIFY(m_model->isAtEnd());
    m_pane->replyToPrevious();
    QCOMPARE(m_pane->composer()->replyToWamid(), QStringLiteral("wamid.L58"));
    m_pane->composer()->clearReply();
    QCoreApplication::processEvents(); // the view has opened the newest page at its bottom
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_model->dropNewest(20);
    QVERIFY(!m_model->isAtEnd());

    m_pane->composer()->setText(QStringLiteral("on my way"));
    QVERIFY(m_pane->composer()->sendText());
    QCoreApplication::processEvents(); // the view opens the newest page at its bottom
    QVERIFY(m_model->isAtEnd());
    QCOMPARE(m_model->itemAt(m_model->rowCount() - 1).wamid, QStringLiteral("wamid.L59"));
    QVERIFY(m_pane->threadView()->isAtNewest());
}

void TestThreadPane::headerTakesExtraWidgets()
{
    auto* label = new QLabel(QStringLiteral("team bar"));
    m_pane->addHeaderWidget(label);
    QCOMPARE(label->parentWidget(), m_pane->headerBar());
    m_pane->showConversation(summary());
    QCOMPARE(m_pane->headerTitle(), QStringLiteral("Maria"));
}

QTEST_MAIN(TestThreadPane)
#include "TestThreadPane.moc"
