// SPDX-License-Identifier: GPL-3.0-or-later
// WindowGate: free-form only inside the 24-hour window, templates always; checked at submit and again at dispatch.
#include "DomainToString.h"
#include "FakeClock.h"
#include "outbound/OutboundDriver.h"
#include "outbound/WindowGate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::outbound;
using duet::test::FakeClock;

Q_DECLARE_METATYPE(duet::outbound::GateDecision::Reason)

namespace {

const QString kContact = QStringLiteral("15550001234");
const QString kBsuid = QStringLiteral("US.13491208655302741918");

/// A window source where a BSUID conversation was renamed to the phone's (the customer shared it).
class RenamedSource final : public WindowSource
{
public:
    MapWindowSource windows;
    std::optional<qint64> lastCustomerAt(const QString& contact) const override
    {
        return windows.lastCustomerAt(customerKey(contact));
    }
    QString customerKey(const QString& contact) const override { return contact == kBsuid ? kContact : contact; }
};

DriverSettings unreachable()
{
    DriverSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never answers
    settings.phoneNumberId = QStringLiteral("106540352242922");
    settings.accessToken = "t";
    return settings;
}

} // namespace

class TestWindowGate : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<qint64>("wroteSecsAgo"); // -1: never
        QTest::addColumn<bool>("freeForm");
        QTest::addColumn<GateDecision::Reason>("reason");
        using R = GateDecision::Reason;
        QTest::newRow("a template passes when the customer never wrote") << qint64(-1) << false << R::None;
        QTest::newRow("a template passes when the window closed") << qint64(90000) << false << R::None;
        QTest::newRow("free-form passes in an open window") << qint64(60) << true << R::None;
        QTest::newRow("free-form passes while the window is closing") << qint64(23 * 3600 + 1800) << true << R::None;
        QTest::newRow("free-form passes a second before the window closes") << qint64(24 * 3600 - 1) << true << R::None;
        QTest::newRow("free-form is refused exactly 24 hours later") << qint64(24 * 3600) << true << R::WindowClosed;
        QTest::newRow("free-form is refused days later") << qint64(5 * 24 * 3600) << true << R::WindowClosed;
        QTest::newRow("free-form is refused when the customer never wrote") << qint64(-1) << true << R::NoWindow;
    }

    void decides()
    {
        QFETCH(qint64, wroteSecsAgo);
        QFETCH(bool, freeForm);
        QFETCH(GateDecision::Reason, reason);
        FakeClock clock;
        MapWindowSource windows;
        if (wroteSecsAgo >= 0)
            windows.last.insert(kContact, clock.nowSecs() - wroteSecsAgo);
        const WindowGate gate(clock, windows);
        const GateDecision d = gate.check(kContact, freeForm);
        QCOMPARE(d.reason, reason);
        QCOMPARE(d.isAllowed(), reason == GateDecision::Reason::None);
        QCOMPARE(d.reasonText().isEmpty(), d.isAllowed());
    }

    void theReasonsAreDistinctSentences()
    {
        GateDecision closed, none;
        closed.reason = GateDecision::Reason::WindowClosed;
        none.reason = GateDecision::Reason::NoWindow;
        QVERIFY(QString::fromUtf8(closed.reasonSource()).contains(QStringLiteral("template")));
        QVERIFY(QString::fromUtf8(none.reasonSource()).contains(QStringLiteral("template")));
        QVERIFY(closed.reasonText() != none.reasonText());
    }

    void theDriverRefusesAtSubmitAndAgainAtDispatch()
    {
        FakeClock clock;
        MapWindowSource windows;
        windows.last.insert(kContact, clock.nowSecs() - 23 * 3600); // one hour left
        const WindowGate gate(clock, windows);
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        DriverSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never reached in this test
        settings.phoneNumberId = QStringLiteral("106540352242922");
        settings.accessToken = "t";
        OutboundDriver driver(clock, outbox, &gate, settings, SendScheduler::Options());
        QSignalSpy closed(&driver, &OutboundDriver::windowClosed);

        // Refused before queueing: nothing is written.
        const SubmitResult never = driver.submitText(QStringLiteral("+15550009999"), QStringLiteral("hi"));
        QVERIFY(!never.isQueued());
        QCOMPARE(never.gateReason, GateDecision::Reason::NoWindow);
        QVERIFY(outbox.countsByState().isEmpty());

        // Queued while open; the window closes while it waits (the driver is not started yet).
        const SubmitResult waiting = driver.submitText(QStringLiteral("+1 555 000 1234"), QStringLiteral("hi"));
        QVERIFY(waiting.isQueued());
        const SubmitResult tmpl =
            driver.submitTemplate(kContact, {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}});
        QVERIFY(tmpl.isQueued());
        clock.advanceSecs(3601);
        driver.start();
        const OutboxRow r = *outbox.row(waiting.id);
        QCOMPARE(r.state, OutboxState::Failed);
        QCOMPARE(r.errorCode, kWindowClosedCode);
        QCOMPARE(r.errorReason, QStringLiteral("window_closed"));
        QCOMPARE(r.attempts, 0);
        QVERIFY(!r.remedy.isEmpty());
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().at(1).toString(), kContact);
        // The template to the same customer goes on to the network at its turn.
        clock.advanceMs(1000);
        QTRY_COMPARE(outbox.row(tmpl.id)->attempts, 1);
    }

    void customersKnownByBsuidAreGatedAndSentToByBsuid()
    {
        FakeClock clock;
        MapWindowSource windows;
        const WindowGate gate(clock, windows);
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        OutboundDriver driver(clock, outbox, &gate, unreachable(), SendScheduler::Options());

        // The BSUID customer never wrote: free-form and the contact request are refused at the gate.
        SubmitResult r = driver.submitText(kBsuid, QStringLiteral("hi"));
        QCOMPARE(r.gateReason, GateDecision::Reason::NoWindow);
        r = driver.submitContactRequest(kBsuid, QStringLiteral("May we have your number?"));
        QCOMPARE(r.gateReason, GateDecision::Reason::NoWindow);
        QVERIFY(outbox.countsByState().isEmpty());

        windows.last.insert(kBsuid, clock.nowSecs() - 60);
        r = driver.submitText(kBsuid, QStringLiteral("hi"), QStringLiteral("ana"), {}, kBsuid);
        QVERIFY(r.isQueued());
        OutboxRow row = *outbox.row(r.id);
        QCOMPARE(row.contact, kBsuid); // never stripped to digits
        QCOMPARE(row.conversation, kBsuid);
        QJsonObject body = QJsonDocument::fromJson(row.body).object();
        QCOMPARE(body.value(QStringLiteral("recipient")).toString(), kBsuid);
        QVERIFY(!body.contains(QStringLiteral("to")));

        r = driver.submitContactRequest(kBsuid, QStringLiteral("May we have your number?"), QStringLiteral("ana"),
                                        kBsuid);
        QVERIFY(r.isQueued());
        row = *outbox.row(r.id);
        QCOMPARE(row.kind, QStringLiteral("interactive"));
        QCOMPARE(row.text, QStringLiteral("May we have your number?"));
        body = QJsonDocument::fromJson(row.body).object();
        QCOMPARE(body.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("request_contact_info"));

        // A phone number is still sent as `to` and kept as digits.
        windows.last.insert(kContact, clock.nowSecs() - 60);
        r = driver.submitText(QStringLiteral("+1 555 000 1234"), QStringLiteral("hi"));
        QCOMPARE(outbox.row(r.id)->contact, kContact);
    }

    void authenticationTemplatesToABsuidAreRefusedBeforeTheNetwork()
    {
        FakeClock clock;
        MapWindowSource windows;
        const WindowGate gate(clock, windows);
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        OutboundDriver driver(clock, outbox, &gate, unreachable(), SendScheduler::Options());
        cloudapi::TemplateContent code{QStringLiteral("login_code"), QStringLiteral("en_US"), {}};
        code.category = cloudapi::TemplateCategory::Authentication;
        const SubmitResult refused = driver.submitTemplate(kBsuid, code);
        QVERIFY(!refused.isQueued());
        QCOMPARE(refused.problem, cloudapi::RequestProblem::TemplateNeedsPhone);
        QCOMPARE(refused.error, cloudapi::requestProblemText(cloudapi::RequestProblem::TemplateNeedsPhone));
        QVERIFY(refused.error.contains(QStringLiteral("phone number")));
        QVERIFY(outbox.countsByState().isEmpty());
        // The same template to the phone, and another category to the BSUID, are queued.
        QVERIFY(driver.submitTemplate(kContact, code).isQueued());
        code.category = cloudapi::TemplateCategory::Utility;
        QVERIFY(driver.submitTemplate(kBsuid, code).isQueued());
    }

    void oneCustomersAddressesShareOnePairLimit()
    {
        FakeClock clock;
        RenamedSource source;
        source.windows.last.insert(kContact, clock.nowSecs() - 60);
        const WindowGate gate(clock, source);
        QTemporaryDir dir;
        OutboxStore outbox(clock);
        QString error;
        QVERIFY(outbox.open(dir.filePath(QStringLiteral("outbox.db")), &error));
        SendScheduler::Options options;
        options.pair.burst = 1;
        OutboundDriver driver(clock, outbox, &gate, unreachable(), options);
        driver.start();
        // The row still names the BSUID it was written for, but the limiter paces the person.
        const SubmitResult r = driver.submitText(kBsuid, QStringLiteral("hi"));
        QVERIFY(r.isQueued());
        QCOMPARE(outbox.row(r.id)->contact, kBsuid);
        QTRY_VERIFY(outbox.row(r.id)->attempts >= 1);
        QVERIFY(!driver.scheduler().pairLimiter().isReady(kContact));
    }
};

QTEST_GUILESS_MAIN(TestWindowGate)
#include "TestWindowGate.moc"
