// SPDX-License-Identifier: GPL-3.0-or-later
// Meta disconnects the number and connects it again: simulator → hub → desktop, banner and outbox.
#include "DesktopHarness.h"
#include "DomainToString.h"
#include "Simulator.h"
#include "ui/AccountBanner.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadModel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace duet;
using ui::AccountBanner;
using ui::ThreadModel;

namespace {

const QString kMaria = QStringLiteral("15551234567");

const QByteArray kScenario = R"({
  "name": "number-health",
  "customers": [ { "wa_id": "15551234567", "name": "Maria Test" } ],
  "timeline": [ { "at": 1, "type": "text", "from": "15551234567", "text": "Are you open today?" } ]
})";

/// The row of the outbox send with this text in the open thread, or -1.
int outboxRow(const ThreadModel* model, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        if (i.data(ThreadModel::KindRole).toInt() == int(ThreadModel::Kind::Outbox) &&
            i.data(ThreadModel::TextRole).toString() == text)
            return row;
    }
    return -1;
}

} // namespace

class TestNumberHealthFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DesktopStack> m_stack;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::DraftStore> m_drafts;
    ui::JsonTemplateCatalog m_templates;
    ui::MainWindow* m_window = nullptr;

    int acceptedFor(const QString& clientId)
    {
        return m_stack->sim()
            .simulator()
            .statsJson()
            .value(QStringLiteral("accepted_by_client_id"))
            .toObject()
            .value(clientId)
            .toInt();
    }

private slots:
    void init()
    {
        m_stack = std::make_unique<test::DesktopStack>();
        QString error;
        QVERIFY2(m_stack->start(kScenario, &error), qPrintable(error));
        m_settings = std::make_unique<QSettings>(m_stack->path(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_drafts = std::make_unique<ui::DraftStore>(QString());
        m_window = &m_stack->workspace().createWindow(*m_drafts, m_templates, *m_settings, QStringLiteral("ana"));
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->loadInitial();
        QTRY_VERIFY_WITH_TIMEOUT(m_stack->isLive(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->openConversation(kMaria), 10'000); // she wrote: the window is open
    }
    void cleanup()
    {
        m_window = nullptr;
        m_stack.reset();
    }

    void sendsWaitWhileDisconnectedAndLeaveOnReconnection()
    {
        desktop::Workspace& workspace = m_stack->workspace();
        outbound::OutboundDriver& driver = workspace.driver();
        AccountBanner* banner = m_window->accountBanner();
        QCOMPARE(banner->kind(), AccountBanner::Kind::None);
        QVERIFY(!driver.isHeld());

        // Meta: the phone app was not opened for 14 days.
        QVERIFY(m_stack->accountUpdate(QStringLiteral("PARTNER_REMOVED"), QStringLiteral("PRIMARY_INACTIVITY")));
        QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), AccountBanner::Kind::Disconnected, 15'000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().startsWith(QLatin1String("The phone app was not opened for 14 days")),
                 qPrintable(banner->message()));
        QVERIFY(driver.isHeld());

        // An agent answers anyway: the send waits in the outbox, saying why; nothing goes to Meta.
        QSignalSpy started(&driver, &outbound::OutboundDriver::requestStarted);
        const outbound::SubmitResult reply = workspace.sendText(kMaria, QStringLiteral("Yes, until six."));
        QVERIFY2(reply.isQueued(), qPrintable(reply.error));
        m_window->threadModel()->outboxChanged();
        const int row = outboxRow(m_window->threadModel(), QStringLiteral("Yes, until six."));
        QVERIFY(row >= 0);
        const QString waiting = m_window->threadModel()->index(row).data(ThreadModel::FailureTextRole).toString();
        QVERIFY2(waiting.startsWith(QLatin1String("Waiting: the number is disconnected")), qPrintable(waiting));
        QCOMPARE(started.count(), 0);
        QCOMPARE(workspace.outbox().row(reply.id)->state, outbound::OutboxState::Queued);

        // Connected again: the note shows, the send leaves once and reaches Meta.
        QVERIFY(m_stack->accountUpdate(QStringLiteral("ACCOUNT_RECONNECTED")));
        QTRY_COMPARE_WITH_TIMEOUT(banner->kind(), AccountBanner::Kind::Reconnected, 15'000);
        QVERIFY(!driver.isHeld());
        QTRY_COMPARE_WITH_TIMEOUT(acceptedFor(reply.clientId), 1, 15'000);
        QCOMPARE(started.count(), 1);
        QVERIFY(workspace.outbox().row(reply.id)->state != outbound::OutboxState::Queued);
    }

    void offboardedHoldsToo()
    {
        QVERIFY(m_stack->accountUpdate(QStringLiteral("ACCOUNT_OFFBOARDED")));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->accountBanner()->kind(), AccountBanner::Kind::Offboarded, 15'000);
        QVERIFY(m_stack->workspace().driver().isHeld());
        // The hub's log holds it: the desktop's replica says the same after a restart of its views.
        m_window->refreshAccountHealth();
        QCOMPARE(m_window->accountBanner()->kind(), AccountBanner::Kind::Offboarded);
    }
};

QTEST_MAIN(TestNumberHealthFlow)
#include "TestNumberHealthFlow.moc"
