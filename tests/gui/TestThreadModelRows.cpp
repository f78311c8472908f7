// SPDX-License-Identifier: GPL-3.0-or-later
// The thread model's other rows: the outbox tail and its replacement, notes in time order, media files.
#include "DomainToString.h"
#include "GuiFixtures.h"
#include "outbound/OutboxStore.h"
#include "store/TeamApplier.h"
#include "ui/BubbleLayout.h"
#include "ui/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::ui::ThreadModel;

namespace {

const QString kContact = QStringLiteral("16505550321");

outbound::OutboxDraft textDraft(const QString& clientId, const QString& text)
{
    outbound::OutboxDraft d;
    d.clientId = clientId;
    d.contact = kContact;
    d.kind = QStringLiteral("text");
    d.agent = QStringLiteral("ana");
    d.body = QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                         {QStringLiteral("to"), kContact},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    return d;
}

} // namespace

class TestThreadModelRows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void outboxRowsFollowTheThreadWithTheirState();
    void aFailedSendShowsCodeRemedyAndRetry();
    void anUncertainSendOffersResendAndDiscard();
    void aScheduledSendShowsItsTimeAndActions();
    void theStoreRowReplacesTheOutboxRowInPlace();
    void notesAreMergedInTimeOrderAcrossPages();
    void aNoteArrivingLaterIsInsertedInPlace();
    void mediaShowTheirCachedFile();
    void historyMediaOlderThan14DaysSaysWhatsAppDoesNotTransferIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<outbound::OutboxStore> m_outbox;
};

void TestThreadModelRows::init()
{
    m_clock.setSecs(kNow);
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = openStore(m_clock, m_dir->filePath(QStringLiteral("store.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
    QVERIFY(m_store->ingest({message(QStringLiteral("wamid.A"), kContact, kNow - 300, QStringLiteral("hello")),
                             message(QStringLiteral("wamid.B"), kContact, kNow - 200, QStringLiteral("anyone?"))},
                            &error));
    m_outbox = std::make_unique<outbound::OutboxStore>(m_clock);
    QVERIFY2(m_outbox->open(m_dir->filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
}

void TestThreadModelRows::outboxRowsFollowTheThreadWithTheirState()
{
    QString error;
    const qint64 queued = m_outbox->insert(textDraft(QStringLiteral("c-1"), QStringLiteral("on its way")), &error);
    m_clock.advanceSecs(1);
    const qint64 accepted = m_outbox->insert(textDraft(QStringLiteral("c-2"), QStringLiteral("taken")), &error);
    QVERIFY(m_outbox->markSending(accepted));
    QVERIFY(m_outbox->markAccepted(accepted, QStringLiteral("wamid.SENT2")));
    outbound::OutboxDraft other = textDraft(QStringLiteral("c-3"), QStringLiteral("someone else"));
    other.contact = QStringLiteral("16505550999");
    QVERIFY(m_outbox->insert(other, &error));

    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutbox(m_outbox.get());
    model.setConversation(kContact);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex first = model.index(2);
    QCOMPARE(first.data(ThreadModel::KindRole).toInt(), int(ThreadModel::Kind::Outbox));
    QCOMPARE(first.data(ThreadModel::TextRole).toString(), QStringLiteral("on its way"));
    QCOMPARE(first.data(ThreadModel::OutboxIdRole).toLongLong(), queued);
    QCOMPARE(first.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Pending)); // the clock
    QVERIFY(first.data(ThreadModel::OutboundRole).toBool());
    const QModelIndex second = model.index(3);
    QCOMPARE(second.data(ThreadModel::TextRole).toString(), QStringLiteral("taken"));
    QCOMPARE(second.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Sent)); // one tick
    QVERIFY(second.data(ThreadModel::FailureTextRole).toString().isEmpty());

    // A change of state updates the row without moving it.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_outbox->markSending(queued));
    QVERIFY(m_outbox->markAccepted(queued, QStringLiteral("wamid.SENT1")));
    model.outboxChanged();
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(2).data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Sent));
}

void TestThreadModelRows::aFailedSendShowsCodeRemedyAndRetry()
{
    QString error;
    const qint64 id = m_outbox->insert(textDraft(QStringLiteral("c-9"), QStringLiteral("too late")), &error);
    QVERIFY(m_outbox->markSending(id));
    QVERIFY(m_outbox->markFailed(id, 131047, QStringLiteral("window_closed"),
                                 QStringLiteral("More than 24 hours have passed since the customer last wrote. "
                                                "Send an approved template instead.")));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutbox(m_outbox.get());
    model.setConversation(kContact);
    const QModelIndex row = model.index(model.rowCount() - 1);
    QCOMPARE(row.data(ThreadModel::OutboxIdRole).toLongLong(), id);
    QCOMPARE(row.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Failed));
    const QString failure = row.data(ThreadModel::FailureTextRole).toString();
    QVERIFY2(failure.startsWith(QStringLiteral("Not sent (error 131047).")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("Send an approved template instead.")), qPrintable(failure));
    QCOMPARE(row.data(ThreadModel::ActionsRole).toStringList(), QStringList{QStringLiteral("retry")});
    // The bubble paints the failure and a Retry button.
    const auto layout = ui::BubbleLayout::build(ui::BubbleContent::fromIndex(row), 700, ui::BubbleFonts::from(QFont()));
    QVERIFY(layout->failure);
    QCOMPARE(layout->actions.size(), 1);
    QVERIFY(layout->bubble.contains(layout->actions.first()));
}

void TestThreadModelRows::aScheduledSendShowsItsTimeAndActions()
{
    QString error;
    outbound::OutboxDraft d = textDraft(QStringLiteral("c-s"), QStringLiteral("see you tomorrow"));
    const qint64 due = m_clock.nowMs() + 3600 * 1000;
    d.dueAtMs = due;
    const qint64 id = m_outbox->insert(d, &error);
    QVERIFY2(id, qPrintable(error));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutbox(m_outbox.get());
    model.setConversation(kContact);
    const QModelIndex row = model.index(model.rowCount() - 1);
    QCOMPARE(row.data(ThreadModel::OutboxIdRole).toLongLong(), id);
    QCOMPARE(row.data(ThreadModel::ScheduledAtRole).toLongLong(), due);
    QCOMPARE(row.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Pending));
    const QString note = row.data(ThreadModel::FailureTextRole).toString();
    QVERIFY2(note.contains(QStringLiteral("Scheduled for")), qPrintable(note));
    QCOMPARE(
        row.data(ThreadModel::ActionsRole).toStringList(),
        (QStringList{QStringLiteral("send_now"), QStringLiteral("reschedule"), QStringLiteral("cancel_scheduled")}));
    QCOMPARE(model.scheduledCount(), 1);
    const auto layout = ui::BubbleLayout::build(ui::BubbleContent::fromIndex(row), 700, ui::BubbleFonts::from(QFont()));
    QCOMPARE(layout->actions.size(), 3);
    // Its time comes: an ordinary pending send, no actions.
    m_clock.advanceMs(3600 * 1000);
    QCOMPARE(row.data(ThreadModel::ScheduledAtRole).toLongLong(), qint64(0));
    QVERIFY(row.data(ThreadModel::ActionsRole).toStringList().isEmpty());
    QCOMPARE(model.scheduledCount(), 0);
    // Cancelled, it leaves the thread.
    m_clock.advanceMs(-3600 * 1000);
    QVERIFY(m_outbox->cancelQueuedRow(id));
    model.outboxChanged();
    QCOMPARE(model.scheduledCount(), 0);
    QCOMPARE(model.index(model.rowCount() - 1).data(ThreadModel::OutboxIdRole).toLongLong(), qint64(0));
}

void TestThreadModelRows::anUncertainSendOffersResendAndDiscard()
{
    QString error;
    const qint64 id = m_outbox->insert(textDraft(QStringLiteral("c-7"), QStringLiteral("maybe")), &error);
    QVERIFY(m_outbox->markSending(id));
    QVERIFY(m_outbox->markUncertain(id));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutbox(m_outbox.get());
    model.setConversation(kContact);
    const QModelIndex row = model.index(model.rowCount() - 1);
    QVERIFY(row.data(ThreadModel::FailureTextRole).toString().startsWith(QStringLiteral("May not have been sent")));
    QCOMPARE(row.data(ThreadModel::ActionsRole).toStringList(),
             (QStringList{QStringLiteral("resend"), QStringLiteral("discard")}));
    // Discarded: the row goes.
    QVERIFY(m_outbox->discardUncertain(id));
    model.outboxChanged();
    QCOMPARE(model.rowCount(), 2);
}

void TestThreadModelRows::theStoreRowReplacesTheOutboxRowInPlace()
{
    QString error;
    const qint64 id = m_outbox->insert(textDraft(QStringLiteral("c-42"), QStringLiteral("the answer")), &error);
    QVERIFY(m_outbox->markSending(id));
    QVERIFY(m_outbox->markAccepted(id, QStringLiteral("wamid.ANSWER")));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOutbox(m_outbox.get());
    model.setConversation(kContact);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data(ThreadModel::KindRole).toInt(), int(ThreadModel::Kind::Outbox));

    // The hub's outbound report lands: the store has the message, with its client id.
    QVERIFY(
        exec(*m_store,
             QStringLiteral("INSERT INTO messages (wamid, contact_key, outbound, origin, live, in_history, ts, type,"
                            " body, client_id, agent) VALUES (?, ?, 1, 'agent', 1, 0, ?, 'text', ?, ?, 'ana')"),
             {QStringLiteral("wamid.ANSWER"), kContact, kNow, QStringLiteral("the answer"), QStringLiteral("c-42")}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.refresh();
    model.outboxChanged();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    const QModelIndex row = model.index(2);
    QCOMPARE(row.data(ThreadModel::KindRole).toInt(), int(ThreadModel::Kind::Message));
    QCOMPARE(row.data(ThreadModel::WamidRole).toString(), QStringLiteral("wamid.ANSWER"));
    QCOMPARE(row.data(ThreadModel::TextRole).toString(), QStringLiteral("the answer"));
    QCOMPARE(model.rowOfWamid(QStringLiteral("wamid.ANSWER")), 2);
}

void TestThreadModelRows::notesAreMergedInTimeOrderAcrossPages()
{
    QString error;
    QList<Event> events;
    const QString c = QStringLiteral("16505550444");
    for (int i = 0; i < 30; ++i)
        events << message(QStringLiteral("wamid.N%1").arg(i, 2, 10, QLatin1Char('0')), c, kNow - 3000 + i * 100,
                          QStringLiteral("m%1").arg(i));
    QVERIFY(m_store->ingest(events, &error));
    // One note before everything, one in the middle, one after the newest message.
    const QList<QPair<qint64, qint64>> notes = {{1, kNow - 5000}, {2, kNow - 1450}, {3, kNow}};
    for (const auto& [seq, at] : notes)
        QVERIFY(exec(*m_store,
                     QStringLiteral("INSERT INTO notes (seq, contact_key, agent, text, at) VALUES (?, ?, ?, ?, ?)"),
                     {seq, c, QStringLiteral("ana"), QStringLiteral("note %1 for @bruno").arg(seq), at * 1000}));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setConversation(c);
    QCOMPARE(model.rowCount(), 11); // the newest 10 messages and the newest note
    QCOMPARE(model.index(10).data(ThreadModel::KindRole).toInt(), int(ThreadModel::Kind::Note));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 33);
    qint64 last = 0;
    QStringList noteTexts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 ts = model.index(row).data(ThreadModel::TimestampRole).toLongLong();
        QVERIFY(ts >= last);
        last = ts;
        if (model.kindAt(row) == ThreadModel::Kind::Note) {
            noteTexts << model.index(row).data(ThreadModel::TextRole).toString();
            QCOMPARE(model.index(row).data(ThreadModel::AgentNameRole).toString(), QStringLiteral("ana"));
        }
    }
    QCOMPARE(noteTexts, (QStringList{QStringLiteral("note 1 for @bruno"), QStringLiteral("note 2 for @bruno"),
                                     QStringLiteral("note 3 for @bruno")}));
    QCOMPARE(model.index(0).data(ThreadModel::KindRole).toInt(), int(ThreadModel::Kind::Note));
    // The bubble says whose private note it is.
    const ui::BubbleContent content = ui::BubbleContent::fromIndex(model.index(0));
    QVERIFY(content.note);
    QCOMPARE(ui::BubbleLayout::badgeText(content), QStringLiteral("Private note"));
    QCOMPARE(ui::BubbleLayout::authorText(content), QStringLiteral("ana"));
}

void TestThreadModelRows::aNoteArrivingLaterIsInsertedInPlace()
{
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConversation(kContact);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(exec(*m_store,
                 QStringLiteral("INSERT INTO notes (seq, contact_key, agent, text, at) VALUES (?, ?, ?, ?, ?)"),
                 {7, kContact, QStringLiteral("bruno"), QStringLiteral("between"), (kNow - 250) * 1000}));
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1).data(ThreadModel::TextRole).toString(), QStringLiteral("between"));
    QCOMPARE(model.rowOfWamid(QStringLiteral("wamid.B")), 2);
    model.refresh(); // nothing new: nothing twice
    QCOMPARE(model.rowCount(), 3);
}

void TestThreadModelRows::mediaShowTheirCachedFile()
{
    QString error;
    Event photo = message(QStringLiteral("wamid.PHOTO"), kContact, kNow - 100, QString());
    photo.type = QStringLiteral("image");
    photo.mediaId = QStringLiteral("1234567890");
    photo.mimeType = QStringLiteral("image/jpeg");
    QVERIFY(m_store->ingest({photo}, &error));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString cache = m_dir->filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(cache));
    model.setMediaCache(cache);
    model.setConversation(kContact);
    const int row = model.rowOfWamid(QStringLiteral("wamid.PHOTO"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row).data(ThreadModel::MediaIdRole).toString(), QStringLiteral("1234567890"));
    QVERIFY(model.index(row).data(ThreadModel::MediaPathRole).toString().isEmpty());
    QCOMPARE(ui::BubbleLayout::mediaLinkText(ui::BubbleContent::fromIndex(model.index(row))),
             QStringLiteral("Download"));
    const quint64 before = model.index(row).data(ThreadModel::LayoutRevisionRole).toULongLong();

    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(QDir(cache).filePath(QStringLiteral("1234567890")), "PNG"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.mediaDownloaded(QStringLiteral("1234567890"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(row).data(ThreadModel::MediaPathRole).toString(),
             QDir(cache).filePath(QStringLiteral("1234567890")));
    QCOMPARE(model.index(row).data(ThreadModel::ThumbnailSizeRole).toSize(), QSize(260, 130));
    QVERIFY(model.index(row).data(ThreadModel::LayoutRevisionRole).toULongLong() != before);
    const auto layout =
        ui::BubbleLayout::build(ui::BubbleContent::fromIndex(model.index(row)), 700, ui::BubbleFonts::from(QFont()));
    QCOMPARE(layout->media.size(), QSize(260, 130));
}

void TestThreadModelRows::historyMediaOlderThan14DaysSaysWhatsAppDoesNotTransferIt()
{
    QString error;
    const qint64 day = 24 * 60 * 60;
    Event recent = message(QStringLiteral("wamid.RECENT"), kContact, kNow - 3 * day, QString());
    recent.kind = EventKind::History;
    recent.type = QStringLiteral("media_placeholder");
    Event old = recent;
    old.wamid = QStringLiteral("wamid.OLD");
    old.timestamp = kNow - 20 * day;
    const QList<Event> history = {recent, old};
    QVERIFY(m_store->ingest(history, &error));
    ThreadModel model(m_store->connection());
    model.setHistoryMediaCutoff(kNow - 14 * day); // the import happened now
    model.setConversation(kContact);
    const QModelIndex r = model.index(model.rowOfWamid(QStringLiteral("wamid.RECENT")));
    const QModelIndex o = model.index(model.rowOfWamid(QStringLiteral("wamid.OLD")));
    QVERIFY(!r.data(ThreadModel::HistoryMediaGoneRole).toBool());
    QVERIFY(o.data(ThreadModel::HistoryMediaGoneRole).toBool());
    QCOMPARE(ui::BubbleContent::fromIndex(r).text, QStringLiteral("Media from the chat history, not received yet"));
    const ui::BubbleContent gone = ui::BubbleContent::fromIndex(o);
    QVERIFY(gone.placeholder);
    QVERIFY2(gone.text.contains(QLatin1String("older than 14 days")), qPrintable(gone.text));
    QVERIFY(gone.text.contains(QLatin1String("does not transfer")));
}

QTEST_MAIN(TestThreadModelRows)
#include "TestThreadModelRows.moc"
