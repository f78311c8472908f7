// SPDX-License-Identifier: GPL-3.0-or-later
// The thread model: upward paging, grouping roles, origins and badges, failures, refresh.
#include "DomainToString.h"
#include "GuiFixtures.h"
#include "cloudapi/ApiError.h"
#include "ui/BubbleLayout.h"
#include "ui/PaintHelpers.h"
#include "ui/ThreadModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::ui::ThreadModel;

class TestThreadModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagingNeverSkipsOrRepeats_data();
    void pagingNeverSkipsOrRepeats();
    void groupingRoles();
    void originsFromRealFixtures_data();
    void originsFromRealFixtures();
    void editsDeletesRepliesReactionsAndMedia();
    void failedSendShowsCodeAndRemedy();
    void refreshAppendsAndUpdates();
    void bubbleLayoutIsCachedPerWidth();
    void agentNameAndQuotesBeyondTheLoadedPages();

private:
    static constexpr char kThread[] = "16505550999";
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_paged;   ///< 130 messages in one thread
    std::unique_ptr<store::Store> m_fixture; ///< every good webhook fixture
};

void TestThreadModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_paged = openStore(m_clock, m_dir.filePath(QStringLiteral("paged.db")), &error);
    QVERIFY2(m_paged, qPrintable(error));
    QList<Event> events;
    for (int i = 0; i < 130; ++i) {
        // Pairs share a timestamp, so the wamid tiebreak is exercised at page edges.
        const EventKind kind = i % 3 == 0 ? EventKind::Echo : EventKind::Message;
        events << message(QStringLiteral("wamid.P%1").arg(i, 3, 10, QLatin1Char('0')), QLatin1String(kThread),
                          kNow - 200000 + (i / 2) * 100, QStringLiteral("message %1").arg(i), kind);
    }
    QVERIFY2(m_paged->ingest(events, &error), qPrintable(error));
    m_fixture = openStore(m_clock, m_dir.filePath(QStringLiteral("fixtures.db")), &error);
    QVERIFY2(m_fixture, qPrintable(error));
    QVERIFY2(ingestGoodFixtures(*m_fixture, &error), qPrintable(error));
}

void TestThreadModel::pagingNeverSkipsOrRepeats_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("pages of one") << 1;
    QTest::newRow("pages that split equal timestamps") << 7;
    QTest::newRow("pages of fifty") << 50;
    QTest::newRow("one page for everything") << 500;
}

void TestThreadModel::pagingNeverSkipsOrRepeats()
{
    QFETCH(int, pageSize);
    store::ThreadQuery query(m_paged->connection());
    QList<store::ThreadItem> all;
    QString error;
    QVERIFY2(query.all(QLatin1String(kThread), &all, &error), qPrintable(error));
    QCOMPARE(all.size(), 130);

    ThreadModel newest(m_paged->connection());
    newest.setPageSize(pageSize);
    newest.setConversation(QLatin1String(kThread));
    QCOMPARE(newest.rowCount(), qMin(pageSize, 130));
    // The newest page comes first: its last row is the thread's newest message.
    QCOMPARE(newest.index(newest.rowCount() - 1).data(ThreadModel::WamidRole).toString(), all.last().wamid);

    ThreadModel model(m_paged->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setConversation(QLatin1String(kThread));
    for (int guard = 0; guard < 1000 && model.canFetchMore({}); ++guard)
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 130);
    for (int row = 0; row < 130; ++row)
        QCOMPARE(model.index(row).data(ThreadModel::WamidRole).toString(), all.at(row).wamid);
    QVERIFY(model.isAtStart());
}

void TestThreadModel::groupingRoles()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("groups.db")), &error);
    QVERIFY2(store, qPrintable(error));
    const QString c = QStringLiteral("16505550123");
    // Local midnight of the day before kNow, so the day boundary is clear in any time zone.
    const qint64 day2 = QDateTime(QDateTime::fromSecsSinceEpoch(kNow).date(), QTime(0, 0)).toSecsSinceEpoch();
    const qint64 day1 = day2 - 86400;
    QVERIFY(store->ingest({message(QStringLiteral("wamid.G1"), c, day1 + 36000, QStringLiteral("a")),
                           message(QStringLiteral("wamid.G2"), c, day1 + 36060, QStringLiteral("b")),
                           message(QStringLiteral("wamid.G3"), c, day1 + 36120, QStringLiteral("c"), EventKind::Echo),
                           message(QStringLiteral("wamid.G4"), c, day1 + 36180, QStringLiteral("d"), EventKind::Echo),
                           message(QStringLiteral("wamid.G5"), c, day1 + 39000, QStringLiteral("e"), EventKind::Echo),
                           message(QStringLiteral("wamid.G6"), c, day2 + 600, QStringLiteral("f"), EventKind::Echo)},
                          &error));
    ThreadModel model(store->connection());
    // No tester here: it would fetch the older page itself.
    model.setPageSize(3);
    model.setConversation(c);
    QCOMPARE(model.rowCount(), 3);
    // G4 is first in the model now: it shows its day and author until older rows arrive.
    QCOMPARE(model.index(0).data(ThreadModel::ShowDaySeparatorRole).toBool(), true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(changed.size(), 1); // the old first row's grouping was re-announced

    const QList<bool> daySeparator = {true, false, false, false, false, true};
    // A new author (G3), a pause over ten minutes (G5) and a new day (G6) start runs.
    const QList<bool> author = {true, false, true, false, true, true};
    for (int row = 0; row < 6; ++row) {
        QCOMPARE(model.index(row).data(ThreadModel::ShowDaySeparatorRole).toBool(), daySeparator.at(row));
        QCOMPARE(model.index(row).data(ThreadModel::ShowAuthorRole).toBool(), author.at(row));
    }
    QCOMPARE(model.index(5).data(ThreadModel::DayRole).toDate(), QDateTime::fromSecsSinceEpoch(day2 + 600).date());
}

void TestThreadModel::originsFromRealFixtures_data()
{
    QTest::addColumn<QString>("wamid");
    QTest::addColumn<int>("origin");
    QTest::addColumn<bool>("outbound");
    QTest::addColumn<QString>("badge");
    QTest::newRow("a customer's message has no badge")
        << QStringLiteral("wamid.B001") << int(ThreadModel::Origin::Customer) << false << QString();
    QTest::newRow("a message from the phone app is an Echo")
        << QStringLiteral("wamid.B003") << int(ThreadModel::Origin::App) << true << QStringLiteral("Echo");
    QTest::newRow("an imported business message is History")
        << QStringLiteral("wamid.HIS202") << int(ThreadModel::Origin::History) << true << QStringLiteral("History");
    QTest::newRow("an imported customer message is History")
        << QStringLiteral("wamid.HIS201") << int(ThreadModel::Origin::History) << false << QStringLiteral("History");
}

void TestThreadModel::originsFromRealFixtures()
{
    QFETCH(QString, wamid);
    QFETCH(int, origin);
    QFETCH(bool, outbound);
    QFETCH(QString, badge);
    ThreadModel model(m_fixture->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.setConversation(QStringLiteral("16505551234"));
    while (model.rowOfWamid(wamid) < 0 && model.canFetchMore({}))
        model.fetchMore({});
    const int row = model.rowOfWamid(wamid);
    QVERIFY2(row >= 0, qPrintable(wamid));
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data(ThreadModel::OriginRole).toInt(), origin);
    QCOMPARE(index.data(ThreadModel::OutboundRole).toBool(), outbound);
    QCOMPARE(ui::BubbleLayout::badgeText(ui::BubbleContent::fromIndex(index)), badge);
}

void TestThreadModel::editsDeletesRepliesReactionsAndMedia()
{
    ThreadModel model(m_fixture->connection());
    model.setPageSize(1000);
    model.setConversation(QStringLiteral("16505551234"));
    const auto at = [&](const char* wamid) { return model.index(model.rowOfWamid(QLatin1String(wamid))); };

    const QModelIndex edited = at("wamid.ECH001");
    QVERIFY(edited.isValid());
    QCOMPARE(edited.data(ThreadModel::EditedRole).toBool(), true);
    QCOMPARE(edited.data(ThreadModel::TextRole).toString(), QStringLiteral("Sure, we open at 10"));
    QCOMPARE(edited.data(ThreadModel::OriginalTextRole).toString(), QString::fromUtf8("Sure, we open at 9 ☀️"));

    bool sawDeleted = false, sawReply = false, sawReaction = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        sawDeleted |= index.data(ThreadModel::DeletedRole).toBool();
        if (!index.data(ThreadModel::ReplyToRole).toString().isEmpty()) {
            sawReply = true;
            QVERIFY(!index.data(ThreadModel::ReplyTextRole).toString().isEmpty());
        }
        sawReaction |= !index.data(ThreadModel::ReactionsRole).toStringList().isEmpty();
    }
    QVERIFY(sawDeleted);
    QVERIFY(sawReply);
    Q_UNUSED(sawReaction) // reactions in the fixtures target messages of other threads

    const QModelIndex document = at("wamid.DOC001");
    QCOMPARE(document.data(ThreadModel::MediaTypeRole).toString(), QStringLiteral("document"));
    QCOMPARE(document.data(ThreadModel::HasMediaRole).toBool(), true);
    QCOMPARE(document.data(ThreadModel::MimeTypeRole).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(at("wamid.AUD002").data(ThreadModel::HasMediaRole).toBool(), true);
    QCOMPARE(at("wamid.B001").data(ThreadModel::HasMediaRole).toBool(), false);
}

void TestThreadModel::agentNameAndQuotesBeyondTheLoadedPages()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("quotes.db")), &error);
    QVERIFY2(store, qPrintable(error));
    const QString c = QStringLiteral("16505550888");
    QList<Event> events;
    for (int i = 0; i < 30; ++i)
        events << message(QStringLiteral("wamid.Q%1").arg(i, 2, 10, QLatin1Char('0')), c, kNow - 5000 + i * 10,
                          QStringLiteral("question %1").arg(i));
    Event reply = message(QStringLiteral("wamid.QR"), c, kNow - 100, QStringLiteral("about my first question"));
    reply.contextWamid = QStringLiteral("wamid.Q00");
    Event dangling = message(QStringLiteral("wamid.QX"), c, kNow - 90, QStringLiteral("about something else"));
    dangling.contextWamid = QStringLiteral("wamid.not-stored");
    events << reply << dangling;
    QVERIFY2(store->ingest(events, &error), qPrintable(error));
    // An agent's API send, as the hub's outbound report stores it.
    QVERIFY(
        exec(*store,
             QStringLiteral("INSERT INTO messages (wamid, contact_key, outbound, origin, live, in_history, ts, type,"
                            " body, client_id, agent) VALUES ('wamid.AG1', ?, 1, 'agent', 1, 0, ?, 'text',"
                            " 'On it', 'client-1', 'ana')"),
             {c, kNow - 50}));

    ThreadModel model(store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.setConversation(c);
    QCOMPARE(model.rowOfWamid(QStringLiteral("wamid.Q00")), -1); // far above the loaded page
    const QModelIndex quoting = model.index(model.rowOfWamid(QStringLiteral("wamid.QR")));
    QVERIFY(quoting.isValid());
    QCOMPARE(quoting.data(ThreadModel::ReplyTextRole).toString(), QStringLiteral("question 0"));
    QVERIFY(!quoting.data(ThreadModel::ReplyAuthorRole).toString().isEmpty());
    const QModelIndex unknown = model.index(model.rowOfWamid(QStringLiteral("wamid.QX")));
    QCOMPARE(unknown.data(ThreadModel::ReplyTextRole).toString(), ThreadModel::tr("An earlier message"));

    const QModelIndex sent = model.index(model.rowOfWamid(QStringLiteral("wamid.AG1")));
    QCOMPARE(sent.data(ThreadModel::OriginRole).toInt(), int(ThreadModel::Origin::Agent));
    QCOMPARE(sent.data(ThreadModel::AgentNameRole).toString(), QStringLiteral("ana"));
    QVERIFY(quoting.data(ThreadModel::AgentNameRole).toString().isEmpty());
}

void TestThreadModel::failedSendShowsCodeAndRemedy()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("failed.db")), &error);
    QVERIFY2(store, qPrintable(error));
    const QString c = QStringLiteral("16505550777");
    QVERIFY(
        store->ingest({message(QStringLiteral("wamid.IN"), c, kNow - 100, QStringLiteral("hi")),
                       message(QStringLiteral("wamid.OK"), c, kNow - 90, QStringLiteral("read it"), EventKind::Echo),
                       statusOf(QStringLiteral("wamid.OK"), c, QStringLiteral("read"), kNow - 80),
                       message(QStringLiteral("wamid.KO"), c, kNow - 70, QStringLiteral("lost"), EventKind::Echo),
                       statusOf(QStringLiteral("wamid.KO"), c, QStringLiteral("failed"), kNow - 60, 131047)},
                      &error));
    ThreadModel model(store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConversation(c);
    const QModelIndex in = model.index(model.rowOfWamid(QStringLiteral("wamid.IN")));
    const QModelIndex read = model.index(model.rowOfWamid(QStringLiteral("wamid.OK")));
    const QModelIndex failed = model.index(model.rowOfWamid(QStringLiteral("wamid.KO")));
    QCOMPARE(in.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::None));
    QCOMPARE(read.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Read));
    QVERIFY(read.data(ThreadModel::FailureTextRole).toString().isEmpty());
    QCOMPARE(failed.data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Failed));
    QCOMPARE(failed.data(ThreadModel::ErrorCodeRole).toInt(), 131047);
    cloudapi::ApiError apiError;
    apiError.code = 131047;
    apiError.category = cloudapi::classify(131047);
    const QString failure = failed.data(ThreadModel::FailureTextRole).toString();
    QVERIFY2(failure.contains(QStringLiteral("131047")), qPrintable(failure));
    QVERIFY2(failure.contains(cloudapi::remedyText(apiError)), qPrintable(failure));
}

void TestThreadModel::refreshAppendsAndUpdates()
{
    QTemporaryDir dir;
    QString error;
    auto store = openStore(m_clock, dir.filePath(QStringLiteral("refresh.db")), &error);
    QVERIFY2(store, qPrintable(error));
    const QString c = QStringLiteral("16505550555");
    QVERIFY(store->ingest({message(QStringLiteral("wamid.A"), c, kNow - 100, QStringLiteral("one")),
                           message(QStringLiteral("wamid.B"), c, kNow - 90, QStringLiteral("two"), EventKind::Echo)},
                          &error));
    ThreadModel model(store->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConversation(c);
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store->ingest({statusOf(QStringLiteral("wamid.B"), c, QStringLiteral("delivered"), kNow - 80),
                           message(QStringLiteral("wamid.C"), c, kNow - 70, QStringLiteral("three"))},
                          &error));
    model.refresh();
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data(ThreadModel::WamidRole).toString(), QStringLiteral("wamid.C"));
    QCOMPARE(model.index(1).data(ThreadModel::StatusRole).toInt(), int(ui::Delivery::Delivered));
    QVERIFY(!changed.isEmpty());
    model.setConversation(QString());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestThreadModel::bubbleLayoutIsCachedPerWidth()
{
    ThreadModel model(m_paged->connection());
    model.setPageSize(10);
    model.setConversation(QLatin1String(kThread));
    const ui::BubbleContent content = ui::BubbleContent::fromIndex(model.index(0));
    const ui::BubbleFonts fonts = ui::BubbleFonts::from(QFont());
    const auto wide = ui::BubbleLayout::build(content, 900, fonts);
    const auto narrow = ui::BubbleLayout::build(content, 300, fonts);
    QVERIFY(wide->bubble.width() <= 620);
    QVERIFY(narrow->bubble.right() < 300);
    // An inbound message sits on the left, an echo on the right.
    QCOMPARE(content.outbound, true);
    QVERIFY(wide->bubble.right() > 800);
    QVERIFY(wide->text);
}

QTEST_MAIN(TestThreadModel)
#include "TestThreadModel.moc"
