// SPDX-License-Identifier: GPL-3.0-or-later
// The banner across the main window: every account_update path, the reconnection note, day 10.
#include "GuiFixtures.h"
#include "ui/AccountBanner.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/SupervisorView.h"
#include "ui/TemplateCatalog.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace duet;
using namespace duet::test;
using duet::ui::AccountBanner;

Q_DECLARE_METATYPE(AccountBanner::Kind)

namespace {

constexpr qint64 kDay = 24 * 3600;

Event accountEvent(const QString& name, qint64 ts, const QString& reason = {})
{
    Event e;
    e.kind = EventKind::Account;
    e.accountEvent = name;
    if (!reason.isEmpty())
        e.reason = reason;
    e.timestamp = ts;
    return e;
}

} // namespace

class TestAccountBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::DraftStore> m_drafts;
    ui::JsonTemplateCatalog m_templates;
    std::unique_ptr<QSettings> m_settings;
    int m_stores = 0;

    std::unique_ptr<ui::MainWindow> makeWindow(sync::Role role)
    {
        ui::MainWindowContext context{m_store->connection(), m_store->backend(),   m_clock, *m_drafts, m_templates,
                                      *m_settings,           QStringLiteral("ana")};
        context.role = role;
        auto w = std::make_unique<ui::MainWindow>(context);
        w->show();
        w->loadInitial();
        return w;
    }
    bool ingest(const QList<Event>& events)
    {
        QString error;
        const bool ok = m_store->ingest(events, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_drafts = std::make_unique<ui::DraftStore>(QString());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }
    void init()
    {
        QString error;
        m_clock.setSecs(kNow);
        m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("store-%1.db").arg(m_stores++)), &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void aConnectedNumberShowsNoBanner()
    {
        auto w = makeWindow(sync::Role::Supervisor);
        QCOMPARE(w->accountBanner()->kind(), AccountBanner::Kind::None);
        QVERIFY(!w->accountBanner()->isVisible());
    }

    void everyAccountUpdateShowsItsBanner_data()
    {
        QTest::addColumn<QStringList>("events"); // EVENT or EVENT:REASON, one an hour, the last one an hour ago
        QTest::addColumn<AccountBanner::Kind>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("says"); // a part of the message
        using K = AccountBanner::Kind;
        QTest::newRow("the phone app unused for 14 days")
            << QStringList{QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY")} << K::Disconnected
            << "WhatsApp disconnected this number from Duet"
            << "The phone app was not opened for 14 days: open WhatsApp Business on the phone, then reconnect the "
               "number.";
        QTest::newRow("a companion device unused")
            << QStringList{QStringLiteral("PARTNER_REMOVED:COMPANION_INACTIVITY")} << K::Disconnected
            << "WhatsApp disconnected this number from Duet"
            << "A device linked to the number was not used for 30 days";
        QTest::newRow("a new phone number") << QStringList{QStringLiteral("PARTNER_REMOVED:CHANGE_NUMBER")}
                                            << K::Disconnected << "WhatsApp disconnected this number from Duet"
                                            << "connect the new number";
        QTest::newRow("registered on another phone")
            << QStringList{QStringLiteral("PARTNER_REMOVED:USER_RE_REGISTERED")} << K::Disconnected
            << "WhatsApp disconnected this number from Duet"
            << "registered on another phone";
        QTest::newRow("moved to the personal app") << QStringList{QStringLiteral("PARTNER_REMOVED:BUSINESS_DOWNGRADE")}
                                                   << K::Disconnected << "WhatsApp disconnected this number from Duet"
                                                   << "move it back to WhatsApp Business";
        QTest::newRow("an enforcement") << QStringList{QStringLiteral("PARTNER_REMOVED:ACCOUNT_DISCONNECTED")}
                                        << K::Disconnected << "WhatsApp disconnected this number from Duet"
                                        << "Meta Business Suite";
        QTest::newRow("a reason Duet does not know") << QStringList{QStringLiteral("PARTNER_REMOVED:SOMETHING_NEW")}
                                                     << K::Disconnected << "WhatsApp disconnected this number from Duet"
                                                     << "Meta's reason: SOMETHING_NEW.";
        QTest::newRow("no reason") << QStringList{QStringLiteral("PARTNER_REMOVED")} << K::Disconnected
                                   << "WhatsApp disconnected this number from Duet"
                                   << "removed Duet's access";
        QTest::newRow("offboarded") << QStringList{QStringLiteral("ACCOUNT_OFFBOARDED")} << K::Offboarded
                                    << "WhatsApp took this number off the Cloud API"
                                    << "Reconnect the number from the WhatsApp Business app";
        QTest::newRow("deleted") << QStringList{QStringLiteral("ACCOUNT_DELETED")} << K::Deleted
                                 << "The WhatsApp Business account was deleted"
                                 << "can no longer send or receive";
        QTest::newRow("reconnected") << QStringList{QStringLiteral("PARTNER_REMOVED:PRIMARY_INACTIVITY"),
                                                    QStringLiteral("ACCOUNT_RECONNECTED")}
                                     << K::Reconnected << "The number is connected again"
                                     << "Messages that waited in the outbox are on their way.";
        QTest::newRow("offboarded, then reconnected")
            << QStringList{QStringLiteral("ACCOUNT_OFFBOARDED"), QStringLiteral("ACCOUNT_RECONNECTED")}
            << K::Reconnected << "The number is connected again"
            << "on their way";
        QTest::newRow("the partner added back: no news")
            << QStringList{QStringLiteral("PARTNER_REMOVED"), QStringLiteral("PARTNER_ADDED")} << K::None << QString()
            << QString();
    }
    void everyAccountUpdateShowsItsBanner()
    {
        QFETCH(QStringList, events);
        QFETCH(AccountBanner::Kind, kind);
        QFETCH(QString, title);
        QFETCH(QString, says);
        QList<Event> list;
        for (int i = 0; i < events.size(); ++i)
            list << accountEvent(events[i].section(QLatin1Char(':'), 0, 0), kNow - 3600 * (events.size() - i),
                                 events[i].section(QLatin1Char(':'), 1));
        QVERIFY(ingest(list));
        // Agents and supervisors alike.
        for (sync::Role role : {sync::Role::Agent, sync::Role::Supervisor}) {
            auto w = makeWindow(role);
            AccountBanner* banner = w->accountBanner();
            QCOMPARE(banner->kind(), kind);
            QCOMPARE(banner->isVisible(), kind != AccountBanner::Kind::None);
            QCOMPARE(banner->title(), title);
            QVERIFY2(banner->message().contains(says), qPrintable(banner->message()));
            // What the labels show is what the banner says.
            const QList<QLabel*> labels = banner->findChildren<QLabel*>();
            QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->text() == title; }));
            if (kind == AccountBanner::Kind::Disconnected || kind == AccountBanner::Kind::Offboarded)
                QVERIFY2(banner->message().contains(QLatin1String("wait in the outbox")),
                         qPrintable(banner->message()));
            QCOMPARE(banner->findChild<QToolButton*>()->isVisibleTo(banner), kind == AccountBanner::Kind::Reconnected);
        }
    }

    void theReconnectionNoteGoesAfterADayOrWhenClosed()
    {
        QVERIFY(
            ingest({accountEvent(QStringLiteral("PARTNER_REMOVED"), kNow - 7200, QStringLiteral("PRIMARY_INACTIVITY")),
                    accountEvent(QStringLiteral("ACCOUNT_RECONNECTED"), kNow - 3600)}));
        auto w = makeWindow(sync::Role::Agent);
        AccountBanner* banner = w->accountBanner();
        QCOMPARE(banner->kind(), AccountBanner::Kind::Reconnected);
        m_clock.advanceSecs(kDay - 3601);
        banner->refresh();
        QCOMPARE(banner->kind(), AccountBanner::Kind::Reconnected);
        m_clock.advanceSecs(1);
        banner->refresh();
        QCOMPARE(banner->kind(), AccountBanner::Kind::None);
        QVERIFY(!banner->isVisible());

        // A new reconnection is news again; closing it keeps it closed, even when the store is read again.
        QVERIFY(ingest({accountEvent(QStringLiteral("PARTNER_REMOVED"), m_clock.nowSecs() - 60),
                        accountEvent(QStringLiteral("ACCOUNT_RECONNECTED"), m_clock.nowSecs())}));
        w->refreshAccountHealth();
        QCOMPARE(banner->kind(), AccountBanner::Kind::Reconnected);
        QVERIFY(banner->isClosable());
        QTest::mouseClick(banner->findChild<QToolButton*>(), Qt::LeftButton);
        QCOMPARE(banner->kind(), AccountBanner::Kind::None);
        w->refreshAccountHealth();
        QCOMPARE(banner->kind(), AccountBanner::Kind::None);
    }

    void supervisorsAreWarnedFromDayTen_data()
    {
        QTest::addColumn<qint64>("idleSecs");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<QString>("says");
        QTest::newRow("day 9") << qint64(9 * kDay + 3600) << false << QString();
        QTest::newRow("day 10") << qint64(10 * kDay) << true
                                << "The WhatsApp Business app on the phone was last used 10 day"; // (s) untranslated
        QTest::newRow("day 10: four days left") << qint64(10 * kDay) << true
                                                << "disconnects the number after 14 days without it: open the app "
                                                   "within 4 day";
        QTest::newRow("day 13") << qint64(13 * kDay + 60) << true << "open the app within 1 day";
        QTest::newRow("day 14") << qint64(14 * kDay) << true
                                << "WhatsApp may disconnect the number at any moment: open the app on the phone now.";
    }
    void supervisorsAreWarnedFromDayTen()
    {
        QFETCH(qint64, idleSecs);
        QFETCH(bool, warned);
        QFETCH(QString, says);
        QVERIFY(ingest({echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kNow, QStringLiteral("hi"))}));
        auto supervisor = makeWindow(sync::Role::Supervisor);
        auto agent = makeWindow(sync::Role::Agent);
        QCOMPARE(supervisor->accountBanner()->kind(), AccountBanner::Kind::None);
        // Days pass without the phone app; the banners look at the clock again (their timer does).
        m_clock.advanceSecs(idleSecs);
        supervisor->accountBanner()->refresh();
        agent->accountBanner()->refresh();
        QCOMPARE(supervisor->accountBanner()->kind(),
                 warned ? AccountBanner::Kind::PhoneAppIdle : AccountBanner::Kind::None);
        QCOMPARE(agent->accountBanner()->kind(), AccountBanner::Kind::None); // agents are not warned
        if (warned) {
            QCOMPARE(supervisor->accountBanner()->title(), QStringLiteral("Open WhatsApp Business on the phone"));
            QVERIFY2(supervisor->accountBanner()->message().contains(says),
                     qPrintable(supervisor->accountBanner()->message()));
        }
        // An echo from the phone ends the warning.
        QVERIFY(ingest({echo(QStringLiteral("wamid.E2"), QStringLiteral("16505551234"), m_clock.nowSecs(),
                             QStringLiteral("back"))}));
        supervisor->refreshAccountHealth();
        QCOMPARE(supervisor->accountBanner()->kind(), AccountBanner::Kind::None);
    }

    void aDisconnectionOutranksTheWarning()
    {
        QVERIFY(ingest(
            {echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kNow - 15 * kDay, QStringLiteral("hi")),
             accountEvent(QStringLiteral("PARTNER_REMOVED"), kNow - kDay, QStringLiteral("PRIMARY_INACTIVITY"))}));
        auto w = makeWindow(sync::Role::Supervisor);
        QCOMPARE(w->accountBanner()->kind(), AccountBanner::Kind::Disconnected);
    }

    void theOverviewSaysWhenThePhoneAppWasLastUsed()
    {
        ui::SupervisorView view(nullptr, m_store->connection(), m_clock, ui::Theme::light());
        view.refresh();
        QVERIFY2(view.phoneAppText().startsWith(QLatin1String("Phone app: not seen yet")),
                 qPrintable(view.phoneAppText()));
        QVERIFY(ingest(
            {echo(QStringLiteral("wamid.E"), QStringLiteral("16505551234"), kNow - 3600, QStringLiteral("hi"))}));
        view.refresh();
        QVERIFY2(view.phoneAppText().startsWith(QLatin1String("Phone app: used today.")),
                 qPrintable(view.phoneAppText()));
        QVERIFY(view.phoneAppText().contains(QLatin1String("after 14 days")));
        m_clock.advanceSecs(3 * kDay);
        view.refresh();
        QVERIFY2(view.phoneAppText().startsWith(QLatin1String("Phone app: last used 3 day")),
                 qPrintable(view.phoneAppText()));
    }

    void theBannerIsDrawn()
    {
        QVERIFY(ingest(
            {accountEvent(QStringLiteral("PARTNER_REMOVED"), kNow - 3600, QStringLiteral("PRIMARY_INACTIVITY"))}));
        auto w = makeWindow(sync::Role::Agent);
        w->resize(1000, 600);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        AccountBanner* banner = w->accountBanner();
        QVERIFY(banner->height() > 30);
        QVERIFY(banner->geometry().top() < 5); // across the top of the window
        QCOMPARE(banner->width(), w->centralWidget()->width());
        const QImage image = banner->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, "the banner has text and a stripe on its tint");
    }
};

QTEST_MAIN(TestAccountBanner)
#include "TestAccountBanner.moc"
