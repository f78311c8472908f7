// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's dashboard offscreen: the numbers the queries give, the period picker, clicks, exports.
#include "GuiFixtures.h"
#include "store/TeamApplier.h"
#include "ui/DashboardView.h"
#include "ui/Theme.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using namespace duet::ui;

namespace {
const QString kA = QStringLiteral("5511987650001");
const QString kB = QStringLiteral("5511987650002");
const QString kOld = QStringLiteral("5511987650003");
} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::TeamApplier> m_team;
    std::unique_ptr<DashboardView> m_view;
    qint64 m_seq = 0;

    bool team(qint64 atSecs, const QJsonObject& event)
    {
        QString error;
        const bool ok = m_team->apply(++m_seq, atSecs * 1000, event, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void initTestCase()
    {
        m_clock.setSecs(kNow);
        QString error;
        m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("store.db")), &error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error),
                 qPrintable(error));
        m_team = std::make_unique<store::TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
        // Today: A writes 10 minutes ago and ana answers a minute later; B writes 5 minutes ago and
        // waits. Three days ago another customer wrote.
        QVERIFY(m_store->ingest({message(QStringLiteral("wamid.a"), kA, kNow - 600, QStringLiteral("hi")),
                                 message(QStringLiteral("wamid.b"), kB, kNow - 300, QStringLiteral("hello")),
                                 message(QStringLiteral("wamid.old"), kOld, kNow - 3 * 86400, QStringLiteral("yo"))},
                                &error));
        QVERIFY(m_store->connection().transaction());
        QVERIFY(team(kNow - 540,
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("outbound")},
                                 {QStringLiteral("conversation"), kA},
                                 {QStringLiteral("agent"), QStringLiteral("ana")},
                                 {QStringLiteral("wamid"), QStringLiteral("wamid.reply")},
                                 {QStringLiteral("client_id"), QStringLiteral("c1")},
                                 {QStringLiteral("content"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("text"),
                                               QJsonObject{{QStringLiteral("body"), QStringLiteral("hi!")}}}}}}));
        QVERIFY(team(kNow - 500, QJsonObject{{QStringLiteral("kind"), QStringLiteral("assignment")},
                                             {QStringLiteral("conversation"), kA},
                                             {QStringLiteral("agent"), QStringLiteral("ana")},
                                             {QStringLiteral("assignee"), QStringLiteral("ana")}}));
        QVERIFY(m_store->connection().commit());
        m_view = std::make_unique<DashboardView>(m_store->connection(), m_clock, Theme::light());
        m_view->resize(1180, 900);
        m_view->setRoster({sync::RosterEntry{QStringLiteral("ana"), sync::Role::Agent, true, 0}});
        m_view->show();
        m_view->setPeriod(store::DashboardPeriod::Today);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_team.reset();
        m_store.reset();
    }

    void tilesAndChartsShowTheQueriesFigures()
    {
        QCOMPARE(m_view->tileValue(DashboardView::Tile::Opened), QStringLiteral("2"));
        QCOMPARE(m_view->tileValue(DashboardView::Tile::Messages), QStringLiteral("3"));
        QCOMPARE(m_view->tileValue(DashboardView::Tile::Waiting), QStringLiteral("1"));
        QCOMPARE(m_view->tileValue(DashboardView::Tile::FirstReplies), QStringLiteral("100%"));
        // The chart's bars hold the same numbers, in the bucket of their hour.
        const int bucket = m_view->range().bucketOf(kNow - 600);
        QVERIFY(bucket >= 0);
        QAbstractBarSeries* volume = m_view->series(DashboardView::Chart::Volume);
        QCOMPARE(volume->barSets().size(), 4);
        qreal opened = 0;
        for (int i = 0; i < volume->barSets().at(0)->count(); ++i)
            opened += volume->barSets().at(0)->at(i);
        QCOMPARE(opened, 2.0);
        QCOMPARE(volume->barSets().at(0)->at(m_view->range().bucketOf(kNow - 300)),
                 1.0 + (m_view->range().bucketOf(kNow - 300) == bucket ? 1.0 : 0.0));
        QCOMPARE(volume->barSets().at(2)->at(m_view->range().bucketOf(kNow - 540)), 1.0); // ana's reply
        // The first reply came after 60 s: the second bin ("5m").
        QCOMPARE(m_view->series(DashboardView::Chart::FirstResponse)->barSets().at(0)->at(1), 1.0);
        // ana is online and holds A: the online set.
        QAbstractBarSeries* load = m_view->series(DashboardView::Chart::AgentLoad);
        QCOMPARE(load->barSets().at(0)->at(0), 1.0);
        QCOMPARE(load->barSets().at(1)->at(0), 0.0);
    }

    void thePeriodPickerReadsAgain()
    {
        m_view->setPeriod(store::DashboardPeriod::Week);
        QCOMPARE(m_view->tileValue(DashboardView::Tile::Opened), QStringLiteral("3")); // three days ago counts
        QCOMPARE(m_view->series(DashboardView::Chart::Volume)->barSets().at(0)->count(), 7);
        m_view->setPeriod(store::DashboardPeriod::Month);
        QCOMPARE(m_view->series(DashboardView::Chart::Volume)->barSets().at(0)->count(), 30);
        // Time moves on four days: the old conversation leaves the week.
        m_clock.setSecs(kNow + 4 * 86400);
        m_view->setPeriod(store::DashboardPeriod::Week);
        QCOMPARE(m_view->tileValue(DashboardView::Tile::Opened), QStringLiteral("2"));
        m_view->setPeriod(store::DashboardPeriod::Today);
        QCOMPARE(m_view->tileValue(DashboardView::Tile::Opened), QStringLiteral("0"));
        m_clock.setSecs(kNow);
        m_view->setPeriod(store::DashboardPeriod::Today);
    }

    void listsWrapTheirLinesInsteadOfScrollingSideways()
    {
        // The page's three lists share its width: a long line wraps, and the list never needs a
        // horizontal scroll bar.
        m_view->setPeriod(store::DashboardPeriod::Today);
        m_view->openTile(DashboardView::Tile::Opened); // the third list: the conversations behind it
        const QSize size = m_view->size();
        m_view->resize(760, size.height()); // a laptop's window, the conversation list beside it
        const QList<QListWidget*> lists = m_view->findChildren<QListWidget*>();
        QCOMPARE(lists.size(), 3);
        for (QListWidget* list : lists) {
            QCoreApplication::processEvents(); // laid out
            QVERIFY(list->count() > 0);
            QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
            for (int i = 0; i < list->count(); ++i)
                QVERIFY2(list->visualItemRect(list->item(i)).width() <= list->viewport()->width(),
                         qPrintable(list->item(i)->text()));
        }
        m_view->resize(size);
    }

    void clicksListTheConversationsBehind()
    {
        QSignalSpy shown(m_view.get(), &DashboardView::conversationsShown);
        // A bar of the volume chart, clicked as Qt Charts reports it.
        QAbstractBarSeries* volume = m_view->series(DashboardView::Chart::Volume);
        const int bucket = m_view->range().bucketOf(kNow - 600);
        emit volume->clicked(bucket, volume->barSets().at(2)); // agents' messages in A's hour
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(1).toStringList(), QStringList{kA});
        QCOMPARE(m_view->listedKeys(), QStringList{kA});
        m_view->openBar(DashboardView::Chart::FirstResponse, 0, 1);
        QCOMPARE(m_view->listedKeys(), QStringList{kA});
        m_view->openBar(DashboardView::Chart::FirstResponse, 0, 0);
        QVERIFY(m_view->listedKeys().isEmpty());
        m_view->openTile(DashboardView::Tile::Waiting);
        QCOMPARE(m_view->listedKeys(), QStringList{kB});
        m_view->openTile(DashboardView::Tile::Opened);
        QCOMPARE(m_view->listedKeys(), (QStringList{kB, kA}));
        m_view->openBar(DashboardView::Chart::AgentLoad, 0, 0);
        QCOMPARE(m_view->listedKeys(), QStringList{kA});
        QVERIFY(m_view->listTitle().contains(QStringLiteral("ana")));
        // Out of range: nothing happens.
        const int before = int(shown.size());
        m_view->openBar(DashboardView::Chart::Volume, 9, 0);
        QCOMPARE(int(shown.size()), before);
    }

    void chartTextIsEscapedForQtChartsRichText()
    {
        // Qt Charts draws labels as rich text: an agent called "<Bia & Co>" must show as written.
        m_view->setRoster({sync::RosterEntry{QStringLiteral("ana"), sync::Role::Agent, true, 0},
                           sync::RosterEntry{QStringLiteral("<Bia & Co>"), sync::Role::Agent, false, 0}});
        QAbstractBarSeries* load = m_view->series(DashboardView::Chart::AgentLoad);
        QStringList labels;
        for (QAbstractAxis* axis : load->attachedAxes()) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
                labels = c->categories();
        }
        QVERIFY2(labels.contains(QStringLiteral("&lt;Bia &amp; Co&gt;")), qPrintable(labels.join(u'|')));
        // Every title, category and legend entry of every chart is escaped text: no raw '<'.
        for (int c = 0; c < 5; ++c) {
            QAbstractBarSeries* series = m_view->series(DashboardView::Chart(c));
            QVERIFY(!series->chart()->title().contains(QLatin1Char('<')));
            for (QBarSet* set : series->barSets())
                QVERIFY2(!set->label().contains(QLatin1Char('<')), qPrintable(set->label()));
            for (QAbstractAxis* axis : series->attachedAxes()) {
                QVERIFY(!axis->titleText().contains(QLatin1Char('<')));
                if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis)) {
                    for (const QString& label : cat->categories())
                        QVERIFY2(!label.contains(QLatin1Char('<')) && !label.contains(QLatin1Char('>')),
                                 qPrintable(label));
                }
            }
        }
        // Clicking the bar lists the agent's name as written.
        m_view->openBar(DashboardView::Chart::AgentLoad, 0,
                        int(labels.indexOf(QStringLiteral("&lt;Bia &amp; Co&gt;"))));
        QVERIFY2(m_view->listTitle().contains(QStringLiteral("<Bia & Co>")), qPrintable(m_view->listTitle()));
        m_view->setRoster({sync::RosterEntry{QStringLiteral("ana"), sync::Role::Agent, true, 0}});
    }

    void exportsTheFiguresAsCsvAndThePageAsPng()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("figures.csv"));
        QString error;
        QVERIFY2(m_view->exportCsv(csvPath, &error), qPrintable(error));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("section,label,series,value"));
        const int bucket = m_view->range().bucketOf(kNow - 540);
        const QString hour =
            QDateTime::fromSecsSinceEpoch(m_view->range().bucketStarts.at(bucket)).toString(Qt::ISODate);
        QVERIFY(lines.contains(QStringLiteral("volume,%1,agent,1").arg(hour)));
        QVERIFY(lines.contains(QStringLiteral("first_response,60-300s,replied,1")));
        QVERIFY(lines.contains(QStringLiteral("first_response,,waiting,1")));
        QVERIFY(lines.contains(QStringLiteral("agent_load,ana,open,1")));
        // 24 hours of 4 series, one row each.
        QCOMPARE(int(lines.filter(QStringLiteral("volume,")).size()), 4 * int(m_view->range().bucketStarts.size()));

        const QString pngPath = m_dir.filePath(QStringLiteral("dashboard.png"));
        QVERIFY2(m_view->exportPng(pngPath, &error), qPrintable(error));
        const QImage image(pngPath);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        // A file that cannot be written says so.
        QVERIFY(!m_view->exportCsv(m_dir.filePath(QStringLiteral("missing/dir/figures.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
