// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting a number against duet-sim over real HTTP: every check, each failure with Meta's error and a remedy.
#include "DomainToString.h"
#include "FakeClock.h"
#include "SimService.h"
#include "Simulator.h"
#include "cloudapi/GraphApiVersion.h"
#include "onboarding/NumberCheck.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace duet;
using onboarding::Step;
using onboarding::StepResult;

class TestConnectNumber : public QObject
{
    Q_OBJECT

private slots:
    void goodCredentialsPassEveryStep();
    void wrongTokenIs190();
    void wrongAppSecretIsRefusedByAppSecretProof();
    void missingSubscriptionIsSubscribed();
    void numberNotOnTheBusinessAppIsAWarning();
    void unknownNumberNamesTheField();
    void unknownAccountNamesTheField();
    void networkFailureSaysSo();

private:
    static constexpr char kToken[] = "connect-test-token";
    static constexpr char kSecret[] = "connect-test-app-secret";

    /// A simulator with `business` fields over the defaults; the credentials that match it.
    bool startSim(const QJsonObject& business = {})
    {
        sim::SimOptions options;
        if (!business.isEmpty()) {
            QString error;
            const QByteArray scenario = QJsonDocument(QJsonObject{{QStringLiteral("business"), business}}).toJson();
            if (!sim::Scenario::load(scenario, &options.scenario, &error))
                return false;
        }
        options.accessToken = kToken;
        options.appSecret = kSecret;
        m_sim = std::make_unique<sim::SimService>(m_clock, options);
        QString error;
        return m_sim->start(&error);
    }

    onboarding::Credentials good() const
    {
        return {QStringLiteral("106540352242922"), QStringLiteral("102290129340398"), kToken, kSecret};
    }

    onboarding::CheckReport run(const onboarding::Credentials& c)
    {
        const onboarding::GraphEndpoint endpoint{m_sim ? m_sim->baseUrl() : m_baseUrl, cloudapi::graphApiVersion(),
                                                 5'000};
        onboarding::NumberCheck check(m_network, endpoint, m_clock);
        QSignalSpy finished(&check, &onboarding::NumberCheck::finished);
        check.start(c);
        if (!finished.wait(10'000))
            return {};
        return check.report();
    }

    test::FakeClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<sim::SimService> m_sim;
    QString m_baseUrl;
};

void TestConnectNumber::goodCredentialsPassEveryStep()
{
    QVERIFY(startSim());
    const onboarding::CheckReport r = run(good());
    QVERIFY(r.ok());
    QCOMPARE(r.steps.size(), 3);
    for (const StepResult& s : r.steps)
        QVERIFY2(s.outcome == StepResult::Outcome::Passed, qPrintable(s.problem));
    QCOMPARE(r.token.appId, QStringLiteral("1000000000000123"));
    QCOMPARE(r.number.displayPhoneNumber, QStringLiteral("+1 555-078-3881"));
    QCOMPARE(r.number.verifiedName, QStringLiteral("Duet Demo Shop"));
    QCOMPARE(r.number.qualityRating, QStringLiteral("GREEN"));
    QCOMPARE(r.number.throughputLevel, QStringLiteral("STANDARD"));
    QCOMPARE(r.number.messagingLimit(), 250);
    // Meta's other tiers, the deprecated field's names among them.
    QCOMPARE(onboarding::NumberInfo::messagingLimitFromTier(u"TIER_2K"), 2000);
    QCOMPARE(onboarding::NumberInfo::messagingLimitFromTier(u"TIER_1K"), 1000);
    QCOMPARE(onboarding::NumberInfo::messagingLimitFromTier(u"TIER_100K"), 100000);
    QCOMPARE(onboarding::NumberInfo::messagingLimitFromTier(u"TIER_UNLIMITED"), 0);
    QCOMPARE(onboarding::NumberInfo::messagingLimitFromTier(u"TIER_?"), -1);
    QCOMPARE(onboarding::NumberInfo::messagingLimitFromTier(u""), -1);
    QVERIFY(r.number.isCoexistence());
    QVERIFY(!r.subscribedNow);
    QVERIFY(r.step(Step::Number)->summary.contains(QLatin1String("Coexistence")));
}

void TestConnectNumber::wrongTokenIs190()
{
    QVERIFY(startSim());
    onboarding::Credentials c = good();
    c.accessToken = "EAAG-not-this-one";
    const onboarding::CheckReport r = run(c);
    QVERIFY(!r.ok());
    QCOMPARE(r.steps.size(), 1);
    const StepResult& s = r.steps.first();
    QCOMPARE(s.step, Step::Token);
    QVERIFY(s.failed());
    QCOMPARE(s.error.code, 190);
    QVERIFY2(s.problem.contains(QLatin1String("(#190)")), qPrintable(s.problem));
    QVERIFY2(s.remedy.contains(QLatin1String("System users")), qPrintable(s.remedy));
}

void TestConnectNumber::wrongAppSecretIsRefusedByAppSecretProof()
{
    QVERIFY(startSim());
    onboarding::Credentials c = good();
    c.appSecret = "another-apps-secret";
    const onboarding::CheckReport r = run(c);
    QVERIFY(!r.ok());
    const StepResult& s = r.steps.first();
    QCOMPARE(s.step, Step::Token);
    QCOMPARE(s.error.code, 100);
    QVERIFY2(s.problem.contains(QLatin1String("appsecret_proof")), qPrintable(s.problem));
    QVERIFY2(s.remedy.contains(QLatin1String("App secret")), qPrintable(s.remedy));
}

void TestConnectNumber::missingSubscriptionIsSubscribed()
{
    QVERIFY(startSim({{QStringLiteral("app_subscribed"), false}}));
    QVERIFY(!m_sim->simulator().isAppSubscribed());
    const onboarding::CheckReport r = run(good());
    QVERIFY(r.ok());
    QVERIFY(r.apps.isEmpty()); // what GET /subscribed_apps listed before
    QVERIFY(r.subscribedNow);
    QVERIFY(m_sim->simulator().isAppSubscribed());
    QVERIFY(r.step(Step::Subscription)->summary.contains(QLatin1String("Duet subscribed it")));
    // A second run finds it subscribed and changes nothing.
    const onboarding::CheckReport again = run(good());
    QVERIFY(again.ok());
    QVERIFY(!again.subscribedNow);
    QCOMPARE(again.apps.size(), 1);
}

void TestConnectNumber::numberNotOnTheBusinessAppIsAWarning()
{
    QVERIFY(startSim({{QStringLiteral("on_business_app"), false}}));
    const onboarding::CheckReport r = run(good());
    QVERIFY(r.ok()); // Duet works with it, without echoes or history
    QVERIFY(!r.number.isCoexistence());
    const StepResult* s = r.step(Step::Number);
    QVERIFY(s);
    QCOMPARE(s->outcome, StepResult::Outcome::Warning);
    QVERIFY2(s->problem.contains(QLatin1String("not on the WhatsApp Business app")), qPrintable(s->problem));
    QVERIFY(!s->remedy.isEmpty());
}

void TestConnectNumber::unknownNumberNamesTheField()
{
    QVERIFY(startSim());
    onboarding::Credentials c = good();
    c.phoneNumberId = QStringLiteral("15550783881"); // the phone number itself, a common mistake
    const onboarding::CheckReport r = run(c);
    QVERIFY(!r.ok());
    const StepResult& s = r.steps.last();
    QCOMPARE(s.step, Step::Number);
    QCOMPARE(s.error.code, 100);
    QVERIFY2(s.remedy.contains(QLatin1String("Phone number ID")), qPrintable(s.remedy));
}

void TestConnectNumber::unknownAccountNamesTheField()
{
    QVERIFY(startSim());
    onboarding::Credentials c = good();
    c.wabaId = QStringLiteral("999");
    const onboarding::CheckReport r = run(c);
    QVERIFY(!r.ok());
    const StepResult& s = r.steps.last();
    QCOMPARE(s.step, Step::Subscription);
    QVERIFY2(s.remedy.contains(QLatin1String("WhatsApp Business Account ID")), qPrintable(s.remedy));
}

void TestConnectNumber::networkFailureSaysSo()
{
    m_sim.reset();
    m_baseUrl = QStringLiteral("http://127.0.0.1:9"); // the discard port: nothing listens
    const onboarding::CheckReport r = run(good());
    QVERIFY(!r.ok());
    const StepResult& s = r.steps.first();
    QCOMPARE(s.error.httpStatus, 0);
    QVERIFY2(s.problem.contains(QLatin1String("No answer")), qPrintable(s.problem));
    QVERIFY2(s.remedy.contains(QLatin1String("network")), qPrintable(s.remedy));
}

QTEST_GUILESS_MAIN(TestConnectNumber)
#include "TestConnectNumber.moc"
