// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation list model: keyset paging, roles, filters, sorts, incremental refresh.
#include "DomainToString.h"
#include "GuiFixtures.h"
#include "ui/ConversationListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::ui::ConversationListModel;
using Filter = ConversationListModel::Filter;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pagingNeverSkipsOrRepeats_data();
    void pagingNeverSkipsOrRepeats();
    void rolesDescribeTheConversation();
    void filters_data();
    void filters();
    void sortByWindowClosingIsSoonestFirst();
    void chipCountsDownWithTheClock();
    void refreshMovesInsertsAndRemovesOneRow();
    void liveInsertsKeepTheListAsLongAsItsPages();
    void aFailingStoreReportsAndStops();

private:
    static QString key(int i) { return QStringLiteral("165055501%1").arg(i, 2, 10, QLatin1Char('0')); }
    QStringList loadAll(ConversationListModel& model);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    QStringList m_byActivity; ///< every key, newest activity first
};

// 20 open windows, 3 closing within the hour, 5 closed; two assigned to ana, one to bruno.
void TestConversationListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("list.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QList<Event> events;
    for (int i = 0; i < 20; ++i)
        events << message(QStringLiteral("wamid.O%1").arg(i), key(i), kNow - i * 60, QStringLiteral("open %1").arg(i));
    for (int i = 20; i < 23; ++i)
        events << message(QStringLiteral("wamid.C%1").arg(i), key(i), kNow - 86400 + 1800 - i * 10,
                          QStringLiteral("closing %1").arg(i));
    for (int i = 23; i < 28; ++i)
        events << message(QStringLiteral("wamid.X%1").arg(i), key(i), kNow - 90000 - i * 60,
                          QStringLiteral("closed %1").arg(i));
    Event book;
    book.kind = EventKind::Contact;
    book.phoneNumberId = QStringLiteral("100");
    book.contact = key(3);
    book.action = QStringLiteral("add");
    book.name = QStringLiteral("Zoë From The Book");
    book.timestamp = kNow - 5000;
    events << book;
    QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
    QVERIFY(exec(*m_store, QStringLiteral("UPDATE conversations SET assignee = 'ana' WHERE contact_key IN (?, ?)"),
                 {key(1), key(5)}));
    QVERIFY(
        exec(*m_store, QStringLiteral("UPDATE conversations SET assignee = 'bruno' WHERE contact_key = ?"), {key(2)}));
    QVERIFY(
        exec(*m_store,
             QStringLiteral("INSERT INTO conversation_labels (contact_key, label) VALUES (?, 'vip'), (?, 'billing')"),
             {key(1), key(1)}));
    for (int i = 0; i < 28; ++i)
        m_byActivity << key(i);
}

void TestConversationListModel::init()
{
    m_clock.setSecs(kNow);
}

QStringList TestConversationListModel::loadAll(ConversationListModel& model)
{
    QStringList keys;
    for (int guard = 0; guard < 1000 && model.canFetchMore({}); ++guard)
        model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row).data(ConversationListModel::ContactKeyRole).toString();
    return keys;
}

void TestConversationListModel::pagingNeverSkipsOrRepeats_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one row a page") << 1;
    QTest::newRow("pages that do not divide the rows") << 7;
    QTest::newRow("a page as large as the list") << 28;
    QTest::newRow("one page larger than the list") << 100;
}

void TestConversationListModel::pagingNeverSkipsOrRepeats()
{
    QFETCH(int, pageSize);
    ConversationListModel firstPage(m_store->connection(), m_clock);
    firstPage.setPageSize(pageSize);
    firstPage.reload();
    QCOMPARE(firstPage.rowCount(), qMin(pageSize, 28));

    ConversationListModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.reload();
    QCOMPARE(loadAll(model), m_byActivity);
    QVERIFY(!model.canFetchMore({}));
}

void TestConversationListModel::rolesDescribeTheConversation()
{
    ConversationListModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    loadAll(model);
    const QModelIndex first = model.index(model.rowOfKey(key(1)));
    QCOMPARE(first.data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Customer 101"));
    QCOMPARE(first.data(ConversationListModel::NumberRole).toString(),
             QStringLiteral("+1 650-555-0101")); // as people read it
    QCOMPARE(first.data(ConversationListModel::PreviewRole).toString(), QStringLiteral("open 1"));
    QCOMPARE(first.data(ConversationListModel::UnreadRole).toInt(), 1);
    QCOMPARE(first.data(ConversationListModel::AssigneeRole).toString(), QStringLiteral("ana"));
    QCOMPARE(first.data(ConversationListModel::LabelsRole).toStringList(),
             QStringList({QStringLiteral("billing"), QStringLiteral("vip")}));
    QCOMPARE(first.data(ConversationListModel::WindowStateRole).toInt(), int(ServiceWindow::State::Open));
    QCOMPARE(first.data(ConversationListModel::WindowClosesAtRole).toLongLong(), kNow - 60 + 86400);
    QCOMPARE(first.data(ConversationListModel::LastActivityRole).toLongLong(), kNow - 60);
    QCOMPARE(first.data(ConversationListModel::WindowChipRole).toString(), QStringLiteral("23 h left"));
    // The address-book name wins over the profile name.
    QCOMPARE(model.index(model.rowOfKey(key(3))).data(ConversationListModel::DisplayNameRole).toString(),
             QStringLiteral("Zoë From The Book"));
    const QModelIndex closed = model.index(model.rowOfKey(key(25)));
    QCOMPARE(closed.data(ConversationListModel::WindowStateRole).toInt(), int(ServiceWindow::State::Closed));
    QCOMPARE(closed.data(ConversationListModel::WindowChipRole).toString(), QStringLiteral("Closed"));
    QVERIFY(closed.data(ConversationListModel::LabelsRole).toStringList().isEmpty());
    QVERIFY(closed.data(ConversationListModel::AssigneeRole).toString().isEmpty());
}

void TestConversationListModel::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QStringList>("expected");
    QStringList unassigned = m_byActivity;
    unassigned.removeAll(key(1));
    unassigned.removeAll(key(2));
    unassigned.removeAll(key(5));
    QTest::newRow("mine shows the agent's conversations")
        << int(Filter::Mine) << QStringLiteral("ana") << QStringList({key(1), key(5)});
    QTest::newRow("mine with nobody signed in shows nothing") << int(Filter::Mine) << QString() << QStringList();
    QTest::newRow("unassigned leaves out every assigned one")
        << int(Filter::Unassigned) << QStringLiteral("ana") << unassigned;
    QTest::newRow("all shows everything") << int(Filter::All) << QString() << m_byActivity;
    QTest::newRow("closing soon shows windows with under an hour left")
        << int(Filter::ClosingSoon) << QString() << QStringList({key(20), key(21), key(22)});
    QTest::newRow("closed shows windows past 24 hours")
        << int(Filter::Closed) << QString() << QStringList({key(23), key(24), key(25), key(26), key(27)});
}

void TestConversationListModel::filters()
{
    QFETCH(int, filter);
    QFETCH(QString, agent);
    QFETCH(QStringList, expected);
    ConversationListModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    model.setCurrentAgent(agent);
    model.setFilter(Filter(filter));
    model.reload();
    QCOMPARE(loadAll(model), expected);
}

void TestConversationListModel::sortByWindowClosingIsSoonestFirst()
{
    ConversationListModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.setSort(store::ConversationQuery::ByWindowClosing);
    model.reload();
    const QStringList keys = loadAll(model);
    QCOMPARE(keys.size(), 28);
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 closesAt = model.index(row).data(ConversationListModel::WindowClosesAtRole).toLongLong();
        QVERIFY2(closesAt >= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = closesAt;
    }
}

void TestConversationListModel::chipCountsDownWithTheClock()
{
    ConversationListModel model(m_store->connection(), m_clock);
    model.reload();
    const QModelIndex index = model.index(model.rowOfKey(key(0)));
    QCOMPARE(index.data(ConversationListModel::WindowChipRole).toString(), QStringLiteral("24 h left"));
    m_clock.advanceSecs(86400 - 1200); // 20 minutes left
    QCOMPARE(index.data(ConversationListModel::WindowStateRole).toInt(), int(ServiceWindow::State::Closing));
    QCOMPARE(index.data(ConversationListModel::WindowChipRole).toString(), QStringLiteral("20 min left"));
    m_clock.advanceSecs(1200);
    QCOMPARE(index.data(ConversationListModel::WindowStateRole).toInt(), int(ServiceWindow::State::Closed));
}

void TestConversationListModel::refreshMovesInsertsAndRemovesOneRow()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("refresh.db")), &error);
    QVERIFY2(store, qPrintable(error));
    QList<Event> events;
    for (int i = 0; i < 6; ++i)
        events << message(QStringLiteral("wamid.R%1").arg(i), key(i), kNow - 600 - i * 60,
                          QStringLiteral("m%1").arg(i));
    QVERIFY2(store->ingest(events, &error), qPrintable(error));

    ConversationListModel model(store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    // A new message moves the third row to the top, its preview updated.
    QVERIFY(store->ingest({message(QStringLiteral("wamid.R2b"), key(2), kNow - 10, QStringLiteral("again"))}, &error));
    model.refreshConversation(key(2));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(model.index(0).data(ConversationListModel::ContactKeyRole).toString(), key(2));
    QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(), QStringLiteral("again"));

    // A conversation beyond the loaded pages waits for fetchMore; a new newest one is inserted.
    QVERIFY(store->ingest({message(QStringLiteral("wamid.R9"), key(9), kNow - 5, QStringLiteral("new"))}, &error));
    model.refreshConversation(key(9));
    bool atTop = false;
    for (const QList<QVariant>& insert : std::as_const(inserts))
        atTop |= insert.at(1).toInt() == 0;
    QVERIFY(atTop);
    QCOMPARE(model.index(0).data(ConversationListModel::ContactKeyRole).toString(), key(9));
    {
        // (Without the tester, which fetches every page itself.)
        ConversationListModel paged(store->connection(), m_clock);
        paged.setPageSize(3);
        paged.reload();
        paged.refreshConversation(key(5)); // not loaded yet: left to fetchMore
        QCOMPARE(paged.rowOfKey(key(5)), -1);
        QCOMPARE(paged.rowCount(), 3);
    }

    // Unassigning under the Mine filter removes the row.
    QVERIFY(exec(*store, QStringLiteral("UPDATE conversations SET assignee = 'ana'")));
    model.setCurrentAgent(QStringLiteral("ana"));
    model.setFilter(Filter::Mine);
    model.reload();
    resets.clear();
    QVERIFY(model.rowOfKey(key(9)) >= 0);
    QVERIFY(exec(*store, QStringLiteral("UPDATE conversations SET assignee = NULL WHERE contact_key = ?"), {key(9)}));
    model.refreshConversation(key(9));
    QCOMPARE(model.rowOfKey(key(9)), -1);
    QCOMPARE(loadAll(model).size(), 6);
    QCOMPARE(resets.size(), 0);

    // Paging after the refreshes still yields every conversation exactly once.
    model.setFilter(Filter::All);
    model.reload();
    QVERIFY(store->ingest({message(QStringLiteral("wamid.R4b"), key(4), kNow - 1, QStringLiteral("late"))}, &error));
    model.refreshConversation(key(4));
    QStringList keys = loadAll(model);
    QCOMPARE(keys.size(), 7);
    keys.removeDuplicates();
    QCOMPARE(keys.size(), 7);
}

// Live events that bring older conversations to the top must not grow the list past the pages the
// agent scrolled through: the rows pushed off the end come back through fetchMore, once each.
void TestConversationListModel::liveInsertsKeepTheListAsLongAsItsPages()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("trim.db")), &error);
    QVERIFY2(store, qPrintable(error));
    QList<Event> events;
    for (int i = 0; i < 10; ++i)
        events << message(QStringLiteral("wamid.T%1").arg(i), key(i), kNow - 600 - i * 60,
                          QStringLiteral("m%1").arg(i));
    QVERIFY2(store->ingest(events, &error), qPrintable(error));

    ConversationListModel model(store->connection(), m_clock); // no tester: it would fetch every page
    model.setPageSize(3);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    for (int i = 5; i < 9; ++i) {
        QVERIFY(store->ingest(
            {message(QStringLiteral("wamid.T%1b").arg(i), key(i), kNow - 100 + i, QStringLiteral("new"))}, &error));
        model.refreshConversation(key(i));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(ConversationListModel::ContactKeyRole).toString(), key(i));
    }
    const QStringList expected = {key(8), key(7), key(6), key(5), key(0), key(1), key(2), key(3), key(4), key(9)};
    QCOMPARE(loadAll(model), expected);
}

void TestConversationListModel::aFailingStoreReportsAndStops()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("broken.db")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(exec(*store, QStringLiteral("DROP TABLE conversation_labels")));
    QVERIFY(store->ingest({message(QStringLiteral("wamid.F1"), key(1), kNow, QStringLiteral("x"))}, &error));
    ConversationListModel model(store->connection(), m_clock);
    QSignalSpy errors(&model, &ConversationListModel::errorOccurred);
    model.reload();
    QVERIFY(errors.size() >= 1);
    QVERIFY(!model.lastError().isEmpty());
}

QTEST_MAIN(TestConversationListModel)
#include "TestConversationListModel.moc"
