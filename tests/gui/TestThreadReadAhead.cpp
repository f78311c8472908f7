// SPDX-License-Identifier: GPL-3.0-or-later
// Reading older thread pages ahead, off the UI thread: order, slices, and live changes meanwhile.
#include "GuiFixtures.h"
#include "ThreadFixtures.h"
#include "store/ReaderConnection.h"
#include "ui/BubbleDelegate.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPageReader.h"
#include "ui/ThreadView.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace duet;
using namespace duet::test;
using duet::ui::ThreadModel;
using duet::ui::ThreadPageReader;
using duet::ui::ThreadPageResult;

// QAbstractItemModelTester calls fetchMore() itself whenever rows go in, which would read pages
// in place: only the test that expects no further page uses it.

class TestThreadReadAhead : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsOffTheUiThreadInOrder();
    void rowsGoInASliceAPerTurn();
    void anEditDuringTheReadIsShown();
    void aStatusDuringTheReadIsShown();
    void aNewMessageDuringTheReadGoesAtTheEnd();
    void switchingConversationsDropsThePage();
    void fetchMoreDuringTheReadTakesItsPlace();
    void withoutBackgroundReadsItReadsInPlace();
    void theViewKeepsItsPlaceWhenOlderRowsArrive();
    void theReadersConnectionOnlyReads();

private:
    static constexpr char kThread[] = "16505551234";
    static constexpr char kOther[] = "16505550777";
    /// The thread's messages, oldest first, as the store has them.
    QStringList storedWamids(const QString& key);
    /// Holds the reader's next read back after its query until released (readDone tells it read).
    void holdAfterRead(ThreadModel& model);
    /// The model's rows' wamids.
    static QStringList rowsOf(const ThreadModel& model);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store; ///< 130 messages in kThread, 10 in kOther; a fresh file per test
    QSemaphore m_readDone;
};

void TestThreadReadAhead::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    m_store = openStore(m_clock, path, &error);
    QVERIFY2(m_store, qPrintable(error));
    QList<Event> events;
    for (int i = 0; i < 130; ++i) {
        // Pairs share a timestamp, so the wamid tiebreak is exercised at page edges.
        const EventKind kind = i % 3 == 0 ? EventKind::Echo : EventKind::Message;
        events << message(QStringLiteral("wamid.P%1").arg(i, 3, 10, QLatin1Char('0')), QLatin1String(kThread),
                          kNow - 200000 + (i / 2) * 100, QStringLiteral("message %1").arg(i), kind);
    }
    for (int i = 0; i < 10; ++i)
        events << message(QStringLiteral("wamid.O%1").arg(i), QLatin1String(kOther), kNow - 5000 + i,
                          QStringLiteral("other"));
    QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
    m_readDone.acquire(m_readDone.available());
}

void TestThreadReadAhead::cleanup()
{
    m_store.reset();
}

QStringList TestThreadReadAhead::storedWamids(const QString& key)
{
    store::ThreadQuery query(m_store->connection());
    QList<store::ThreadItem> all;
    QString error;
    if (!query.all(key, &all, &error))
        qWarning("%s", qPrintable(error));
    QStringList wamids;
    for (const store::ThreadItem& item : std::as_const(all))
        wamids << item.wamid;
    return wamids;
}

QStringList TestThreadReadAhead::rowsOf(const ThreadModel& model)
{
    QStringList wamids;
    for (int row = 0; row < model.rowCount(); ++row)
        wamids << model.itemAt(row).wamid;
    return wamids;
}

void TestThreadReadAhead::holdAfterRead(ThreadModel& model)
{
    model.pageReader()->setReadHooks({}, [this] { m_readDone.release(); });
}

void TestThreadReadAhead::readsOffTheUiThreadInOrder()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    QCOMPARE(model.rowCount(), 20);
    QSignalSpy reads(model.pageReader(), &ThreadPageReader::pageRead);
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    for (int guard = 0; guard < 20 && !model.isAtStart(); ++guard) {
        QVERIFY(model.requestOlder());
        QVERIFY(model.isReadingOlder());
        QVERIFY(!model.requestOlder()); // one read at a time
        QVERIFY(loaded.wait());
    }
    QVERIFY(model.isAtStart());
    QVERIFY(!model.isReadingOlder());
    QCOMPARE(rowsOf(model), storedWamids(QLatin1String(kThread)));
    QCOMPARE(reads.size(), 6); // 110 older messages in pages of 20
    for (const QList<QVariant>& args : std::as_const(reads)) {
        const auto result = args.at(0).value<ThreadPageResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.readOn != nullptr);
        QVERIFY(result.readOn != QThread::currentThreadId()); // never on the UI thread
    }
    QVERIFY(!model.requestOlder());
    QVERIFY(!model.canFetchMore({}));
}

void TestThreadReadAhead::rowsGoInASliceAPerTurn()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setInsertSlice(7);
    model.setConversation(QLatin1String(kThread));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QVERIFY(model.requestOlder());
    QVERIFY(loaded.wait());
    // The newest of the page first, right above the loaded rows: 7, 7, then 6.
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt() - inserted.at(0).at(1).toInt() + 1, 7);
    QCOMPARE(inserted.at(1).at(2).toInt() - inserted.at(1).at(1).toInt() + 1, 7);
    QCOMPARE(inserted.at(2).at(2).toInt() - inserted.at(2).at(1).toInt() + 1, 6);
    for (const QList<QVariant>& args : std::as_const(inserted))
        QCOMPARE(args.at(1).toInt(), 0);
    const QStringList all = storedWamids(QLatin1String(kThread));
    QCOMPARE(rowsOf(model), all.mid(all.size() - 40));

    // A slice still waiting goes in at once when fetchMore() is asked (a reveal, the command).
    QVERIFY(model.requestOlder());
    QSignalSpy reads(model.pageReader(), &ThreadPageReader::pageRead);
    QVERIFY(reads.wait()); // delivered: the first slice is in, the rest wait for their turns
    QCOMPARE(model.rowCount(), 47);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 60);
    QCOMPARE(rowsOf(model), all.mid(all.size() - 60));
}

void TestThreadReadAhead::anEditDuringTheReadIsShown()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    holdAfterRead(model);
    QSignalSpy reads(model.pageReader(), &ThreadPageReader::pageRead);
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QVERIFY(model.requestOlder());
    QVERIFY(m_readDone.tryAcquire(1, 30000)); // the page is read, its answer not yet delivered
    // Meanwhile a customer edits a message of that page, and the window refreshes the thread.
    Event e = edit(QStringLiteral("wamid.EDIT1"), QStringLiteral("wamid.P100"), QStringLiteral("edited text"), kNow);
    e.contact = QLatin1String(kThread);
    QString error;
    QVERIFY2(m_store->ingest({e}, &error), qPrintable(error));
    model.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(reads.size(), 2); // the answer read before the edit was dropped and the page read again
    const int row = model.rowOfWamid(QStringLiteral("wamid.P100"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row).data(ThreadModel::TextRole).toString(), QStringLiteral("edited text"));
    QVERIFY(model.index(row).data(ThreadModel::EditedRole).toBool());
    const QStringList all = storedWamids(QLatin1String(kThread));
    QCOMPARE(rowsOf(model), all.mid(all.size() - 40));
}

void TestThreadReadAhead::aStatusDuringTheReadIsShown()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    holdAfterRead(model);
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QVERIFY(model.requestOlder());
    QVERIFY(m_readDone.tryAcquire(1, 30000));
    // wamid.P099 is an echo (i % 3 == 0) in the page being read.
    QString error;
    QVERIFY2(
        m_store->ingest({statusOf(QStringLiteral("wamid.P099"), QLatin1String(kThread), QStringLiteral("read"), kNow)},
                        &error),
        qPrintable(error));
    model.refresh();
    QVERIFY(loaded.wait());
    const int row = model.rowOfWamid(QStringLiteral("wamid.P099"));
    QVERIFY(row >= 0);
    QCOMPARE(model.itemAt(row).status, QStringLiteral("read"));
}

void TestThreadReadAhead::aNewMessageDuringTheReadGoesAtTheEnd()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    holdAfterRead(model);
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QVERIFY(model.requestOlder());
    QVERIFY(m_readDone.tryAcquire(1, 30000));
    QString error;
    QVERIFY2(m_store->ingest(
                 {message(QStringLiteral("wamid.NEW"), QLatin1String(kThread), kNow, QStringLiteral("new"))}, &error),
             qPrintable(error));
    model.refresh();
    QCOMPARE(model.itemAt(model.rowCount() - 1).wamid, QStringLiteral("wamid.NEW"));
    QVERIFY(loaded.wait());
    const QStringList all = storedWamids(QLatin1String(kThread));
    QCOMPARE(all.size(), 131);
    QCOMPARE(model.rowCount(), 41);
    QCOMPARE(rowsOf(model), all.mid(all.size() - 41));
}

void TestThreadReadAhead::switchingConversationsDropsThePage()
{
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    holdAfterRead(model);
    QSignalSpy reads(model.pageReader(), &ThreadPageReader::pageRead);
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QVERIFY(model.requestOlder());
    QVERIFY(m_readDone.tryAcquire(1, 30000));
    model.setConversation(QLatin1String(kOther));
    QVERIFY(!model.isReadingOlder());
    QVERIFY(reads.wait()); // the old thread's page arrives, and is dropped
    QCOMPARE(loaded.size(), 0);
    QCOMPARE(rowsOf(model), storedWamids(QLatin1String(kOther)));
    QVERIFY(!model.isReadingOlder());
}

void TestThreadReadAhead::fetchMoreDuringTheReadTakesItsPlace()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    holdAfterRead(model);
    QSignalSpy reads(model.pageReader(), &ThreadPageReader::pageRead);
    QVERIFY(model.requestOlder());
    QVERIFY(m_readDone.tryAcquire(1, 30000));
    model.fetchMore({}); // reads the same page in place
    QVERIFY(reads.wait());
    const QStringList all = storedWamids(QLatin1String(kThread));
    QCOMPARE(rowsOf(model), all.mid(all.size() - 40)); // no page twice
    QVERIFY(!model.isReadingOlder());
}

void TestThreadReadAhead::withoutBackgroundReadsItReadsInPlace()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setBackgroundReads(false);
    model.setConversation(QLatin1String(kThread));
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QVERIFY(model.requestOlder());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 40);
}

void TestThreadReadAhead::theViewKeepsItsPlaceWhenOlderRowsArrive()
{
    ThreadModel model(m_store->connection());
    ui::ThreadView view;
    ui::BubbleDelegate delegate(m_clock, ui::Theme::light());
    showThread(model, view, delegate, 50, QLatin1String(kThread));
    view.scrollToNewest();
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // Scrolled up to within a few screens of the top: the page before is read ahead.
    QScrollBar* bar = view.verticalScrollBar();
    QVERIFY(bar->maximum() > 400);
    bar->setValue(300);
    const QModelIndex top = view.indexAt(QPoint(5, 5));
    QVERIFY(top.isValid());
    const QString wamid = top.data(ThreadModel::WamidRole).toString();
    const int y = view.visualRect(top).top();
    QVERIFY(loaded.wait());
    QVERIFY(inserted.size() > 0);
    const int row = model.rowOfWamid(wamid);
    QVERIFY(row >= 50);
    QCOMPARE(view.visualRect(view.model()->index(row, 0)).top(), y);
}

void TestThreadReadAhead::theReadersConnectionOnlyReads()
{
    store::ReaderConnection reader;
    QString error;
    QVERIFY2(reader.open(m_store->connection().connectionName(), &error), qPrintable(error));
    QSqlQuery count(reader.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM messages")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 140);
    QSqlQuery write(reader.connection());
    QVERIFY(!write.exec(QStringLiteral("DELETE FROM messages"))); // query_only
    QVERIFY(exec(*m_store, QStringLiteral("SELECT 1")));          // the store's own connection is untouched

    // A SQLite database in memory has no second connection: the model reads in place there.
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read-ahead-memory"));
        memory.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(!store::ReaderConnection::canShare(memory));
        QVERIFY(!ThreadPageReader(memory).isAvailable());
        store::ReaderConnection none;
        QVERIFY(!none.open(QStringLiteral("read-ahead-memory"), &error));
        QVERIFY(error.contains(QStringLiteral("memory")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read-ahead-memory"));
    QVERIFY(!store::ReaderConnection().open(QStringLiteral("no such connection"), &error));
}

QTEST_MAIN(TestThreadReadAhead)
#include "TestThreadReadAhead.moc"
