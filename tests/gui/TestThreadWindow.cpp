// SPDX-License-Identifier: GPL-3.0-or-later
// A long thread through a window of rows: rows far from the screen dropped, read again in order,
// the screen kept still, and what arrives meanwhile waiting for the end.
#include "GuiFixtures.h"
#include "ThreadFixtures.h"
#include "store/TeamApplier.h"
#include "ui/BubbleDelegate.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::ui::ThreadModel;

class TestThreadWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void droppedRowsComeBackInOrder();
    void whatArrivesWhileTheNewestAreDroppedWaitsForTheEnd();
    void theViewKeepsAWindowAndItsPlace();
    void revealAndScrollToNewestReadTheNewestAgain();

private:
    static constexpr char kThread[] = "16505551234";
    /// The whole thread as a model that pages only upwards shows it, notes included.
    QStringList everyRow();
    static QStringList rowsOf(const ThreadModel& model);
    void addNote(qint64 seq, qint64 atSecs, const QString& text);
    /// Opens kThread in pages of 20 in `view`, 400 x 300, shown and laid out.
    void show(ThreadModel& model, ui::ThreadView& view, ui::BubbleDelegate& delegate);
    /// Pages up until the thread's start is loaded.
    static void readToStart(ThreadModel& model);
    /// Pages down until the thread's end is loaded.
    static void readToEnd(ThreadModel& model);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store; ///< 130 messages and 3 notes in kThread; a fresh file per test
};

void TestThreadWindow::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    m_store = openStore(m_clock, path, &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
    QList<Event> events;
    for (int i = 0; i < 130; ++i) {
        // Pairs share a second, so page edges fall between messages of the same second.
        events << message(QStringLiteral("wamid.W%1").arg(i, 3, 10, QLatin1Char('0')), QLatin1String(kThread),
                          kNow - 200000 + (i / 2) * 100, QStringLiteral("message %1").arg(i));
    }
    QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
    // Before every message, in the same second as two of them (after them), and after the newest.
    addNote(1, kNow - 300000, QStringLiteral("first"));
    addNote(2, kNow - 200000 + 30 * 100, QStringLiteral("with W060"));
    addNote(3, kNow - 1000, QStringLiteral("last"));
}

void TestThreadWindow::cleanup()
{
    m_store.reset();
}

void TestThreadWindow::addNote(qint64 seq, qint64 atSecs, const QString& text)
{
    QVERIFY(exec(*m_store,
                 QStringLiteral("INSERT INTO notes (seq, contact_key, agent, text, at) VALUES (?, ?, ?, ?, ?)"),
                 {seq, QLatin1String(kThread), QStringLiteral("ana"), text, atSecs * 1000}));
}

QStringList TestThreadWindow::everyRow()
{
    ThreadModel model(m_store->connection());
    model.setBackgroundReads(false);
    model.setConversation(QLatin1String(kThread));
    while (model.canFetchMore({}))
        model.fetchMore({});
    return rowsOf(model);
}

QStringList TestThreadWindow::rowsOf(const ThreadModel& model)
{
    QStringList wamids;
    for (int row = 0; row < model.rowCount(); ++row)
        wamids << model.itemAt(row).wamid;
    return wamids;
}

void TestThreadWindow::show(ThreadModel& model, ui::ThreadView& view, ui::BubbleDelegate& delegate)
{
    showThread(model, view, delegate, 20, QLatin1String(kThread));
}

void TestThreadWindow::readToStart(ThreadModel& model)
{
    QSignalSpy loaded(&model, &ThreadModel::olderPageLoaded);
    for (int guard = 0; guard < 40 && !model.isAtStart(); ++guard) {
        if (!model.isReadingOlder()) // a view may have asked already
            QVERIFY(model.requestOlder());
        QVERIFY(loaded.wait());
    }
    QVERIFY(model.isAtStart());
}

void TestThreadWindow::readToEnd(ThreadModel& model)
{
    QSignalSpy loaded(&model, &ThreadModel::newerPageLoaded);
    for (int guard = 0; guard < 40 && !model.isAtEnd(); ++guard) {
        QVERIFY(model.requestNewer());
        QVERIFY(!model.requestNewer()); // one read at a time
        QVERIFY(loaded.wait());
    }
    QVERIFY(model.isAtEnd());
    QVERIFY(!model.requestNewer());
}

void TestThreadWindow::droppedRowsComeBackInOrder()
{
    const QStringList all = everyRow();
    QCOMPARE(all.size(), 133);
    QCOMPARE(all.first(), QStringLiteral("note:1"));
    QCOMPARE(all.indexOf(QStringLiteral("note:2")), all.indexOf(QStringLiteral("wamid.W061")) + 1);
    QCOMPARE(all.last(), QStringLiteral("note:3"));

    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    readToStart(model);
    QCOMPARE(rowsOf(model), all);
    QVERIFY(model.isAtEnd());

    // The newest go, down to a message: note 3 follows the last message, so it goes too.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.dropNewest(61); // W060 is row 61 (after note 1); the page edge falls inside its second
    QCOMPARE(removed.size(), 1);
    QVERIFY(!model.isAtEnd());
    QCOMPARE(rowsOf(model), all.mid(0, 61));
    QVERIFY(!model.requestOlder()); // the start is loaded
    readToEnd(model);
    QCOMPARE(rowsOf(model), all);

    // The oldest go, up to a message: what was read ahead above goes with them.
    model.dropOldest(70);
    QVERIFY(!model.isAtStart());
    QCOMPARE(rowsOf(model), all.mid(70));
    QCOMPARE(model.index(0).data(ThreadModel::ShowDaySeparatorRole).toBool(), true); // nothing above it now
    readToStart(model);
    QCOMPARE(rowsOf(model), all);

    // Nothing is dropped that would leave no message.
    model.dropOldest(0);
    model.dropNewest(model.rowCount());
    model.dropNewest(0);
    model.dropOldest(model.rowCount());
    QCOMPARE(rowsOf(model), all);
}

void TestThreadWindow::whatArrivesWhileTheNewestAreDroppedWaitsForTheEnd()
{
    ThreadModel model(m_store->connection());
    model.setPageSize(20);
    model.setConversation(QLatin1String(kThread));
    const QStringList newest = rowsOf(model);
    model.dropNewest(10);
    QCOMPARE(model.rowCount(), 10);

    // A message, an edit of a loaded one and a note arrive: the loaded row shows the edit, the
    // others wait below the window.
    QString error;
    Event e = edit(QStringLiteral("wamid.EDIT"), model.itemAt(3).wamid, QStringLiteral("fixed"), kNow - 50);
    e.contact = QLatin1String(kThread);
    QVERIFY2(m_store->ingest(
                 {message(QStringLiteral("wamid.NEW"), QLatin1String(kThread), kNow - 40, QStringLiteral("new")), e},
                 &error),
             qPrintable(error));
    addNote(4, kNow - 30, QStringLiteral("after new"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(3).data(ThreadModel::TextRole).toString(), QStringLiteral("fixed"));

    readToEnd(model);
    QStringList expected = newest;
    expected << QStringLiteral("wamid.NEW") << QStringLiteral("note:4");
    QCOMPARE(rowsOf(model), expected);
    model.refresh(); // nothing twice
    QCOMPARE(rowsOf(model), expected);
}

void TestThreadWindow::theViewKeepsAWindowAndItsPlace()
{
    const QStringList all = everyRow();
    ThreadModel model(m_store->connection());
    ui::BubbleDelegate delegate(m_clock, ui::Theme::light());
    ui::ThreadView view;
    view.setWindowRows(60);
    show(model, view, delegate);
    view.scrollToNewest();
    QScrollBar* bar = view.verticalScrollBar();
    QSignalSpy older(&model, &ThreadModel::olderPageLoaded);
    QSignalSpy newer(&model, &ThreadModel::newerPageLoaded);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int most = 60 + 60 / 2 + 21; // the window, half as much again, and a page with a note

    // Up to the start: pages read ahead, the newest dropped below the screen, which stays still
    // (each row's bottom: the first row loses its day's label above it when older rows arrive).
    QStringList seen = rowsOf(model);
    for (int guard = 0; guard < 40 && !model.isAtStart(); ++guard) {
        bar->setValue(qMax(0, bar->value() - 150));
        const QModelIndex top = view.indexAt(QPoint(5, 5));
        QVERIFY(top.isValid());
        const QString wamid = top.data(ThreadModel::WamidRole).toString();
        const int y = view.visualRect(top).bottom();
        if (model.isReadingOlder())
            QVERIFY(older.wait());
        QCoreApplication::processEvents(); // the window is trimmed in a turn of its own
        QVERIFY2(model.rowCount() <= most, qPrintable(QString::number(model.rowCount())));
        const int row = model.rowOfWamid(wamid);
        QVERIFY(row >= 0);
        QCOMPARE(view.visualRect(view.model()->index(row, 0)).bottom(), y);
        seen = rowsOf(model) + seen.mid(seen.indexOf(model.itemAt(model.rowCount() - 1).wamid) + 1);
    }
    QVERIFY(model.isAtStart());
    QVERIFY(!model.isAtEnd());
    QVERIFY(removed.size() > 0);
    QCOMPARE(seen, all); // every row was shown once on the way, in order

    // Down to the end: the pages after the window are read again, the oldest dropped above the
    // screen, which stays still.
    bar->setValue(0);
    QStringList down = rowsOf(model);
    const int removedUp = int(removed.size());
    for (int guard = 0; guard < 60 && !(model.isAtEnd() && view.isAtNewest()); ++guard) {
        bar->setValue(qMin(bar->maximum(), bar->value() + 150));
        if (model.isReadingNewer())
            QVERIFY(newer.wait());
        const QModelIndex top = view.indexAt(QPoint(5, 5));
        QVERIFY(top.isValid());
        const QString wamid = top.data(ThreadModel::WamidRole).toString();
        const int y = view.visualRect(top).bottom();
        QCoreApplication::processEvents();
        QVERIFY2(model.rowCount() <= most, qPrintable(QString::number(model.rowCount())));
        const int row = model.rowOfWamid(wamid);
        QVERIFY(row >= 0);
        QCOMPARE(view.visualRect(view.model()->index(row, 0)).bottom(), y);
        down = down.mid(0, down.indexOf(model.itemAt(0).wamid)) + rowsOf(model);
    }
    QVERIFY(model.isAtEnd());
    QVERIFY(view.isAtNewest());
    QVERIFY(removed.size() > removedUp);
    QCOMPARE(down, all);
}

void TestThreadWindow::revealAndScrollToNewestReadTheNewestAgain()
{
    const QStringList all = everyRow();
    ThreadModel model(m_store->connection());
    ui::BubbleDelegate delegate(m_clock, ui::Theme::light());
    ui::ThreadView view;
    show(model, view, delegate);
    readToStart(model);
    model.dropNewest(30);
    QVERIFY(!model.isAtEnd());
    QVERIFY(!view.isAtNewest());

    // A quote of a message among the dropped newest: the thread is read from its newest page.
    QVERIFY(view.revealMessage(QStringLiteral("wamid.W128")));
    QVERIFY(model.isAtEnd());
    const int row = model.rowOfWamid(QStringLiteral("wamid.W128"));
    QVERIFY(row >= 0);
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(view.model()->index(row, 0))));

    // A message one page above a window short of the end: read from the window, kept short.
    model.setConversation(QLatin1String(kThread));
    QCoreApplication::processEvents();
    QSignalSpy older(&model, &ThreadModel::olderPageLoaded);
    for (int page = 0; page < 2; ++page) {
        if (!model.isReadingOlder())
            QVERIFY(model.requestOlder());
        QVERIFY(older.wait());
    }
    model.dropNewest(40);
    QVERIFY(!model.isAtEnd());
    QCOMPARE(model.placeOf(QStringLiteral("wamid.W050")), -1);
    QCOMPARE(model.placeOf(QStringLiteral("wamid.W128")), 1);
    QCOMPARE(model.placeOf(model.itemAt(5).wamid), 0);
    QVERIFY(view.revealMessage(QStringLiteral("wamid.W050")));
    QVERIFY(!model.isAtEnd()); // not read again from the newest page
    QVERIFY(model.rowOfWamid(QStringLiteral("wamid.W050")) >= 0);

    readToStart(model);
    model.dropNewest(30);
    view.scrollToNewest();
    QCoreApplication::processEvents();
    QVERIFY(model.isAtEnd());
    QCOMPARE(model.itemAt(model.rowCount() - 1).wamid, all.last());
    QVERIFY(view.isAtNewest());
}

QTEST_MAIN(TestThreadWindow)
#include "TestThreadWindow.moc"
