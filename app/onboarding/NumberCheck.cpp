// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting a number: each credential checked against the Graph API, the app subscribed when missing.
#include "NumberCheck.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace duet::onboarding {
namespace {

constexpr qint64 kExpiryWarningSecs = 30LL * 24 * 60 * 60;

} // namespace

NumberCheck::NumberCheck(QNetworkAccessManager& network, GraphEndpoint endpoint, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
{}

NumberCheck::~NumberCheck() = default;

void NumberCheck::start(const Credentials& credentials)
{
    m_credentials = credentials;
    m_report = CheckReport{};
    m_running = true;
    // A new client: answers of an abandoned run die with the old one.
    m_graph =
        std::make_unique<GraphClient>(m_network, m_endpoint, credentials.accessToken, credentials.appSecret, m_clock);
    checkToken();
}

StepResult NumberCheck::failure(Step step, const cloudapi::ApiError& error) const
{
    StepResult r;
    r.step = step;
    r.outcome = StepResult::Outcome::Failed;
    r.error = error;
    r.problem = metaErrorText(error);
    r.remedy = remedyFor(step, error, m_credentials);
    return r;
}

void NumberCheck::finishStep(const StepResult& result)
{
    m_report.steps << result;
    emit stepFinished(result);
    if (result.failed()) {
        m_running = false;
        emit finished(m_report);
        return;
    }
    switch (result.step) {
    case Step::Token:
        checkNumber();
        break;
    case Step::Number:
        checkSubscription();
        break;
    case Step::Subscription:
        m_running = false;
        emit finished(m_report);
        break;
    }
}

void NumberCheck::checkToken()
{
    emit stepStarted(Step::Token);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("input_token"), QString::fromLatin1(m_credentials.accessToken));
    m_graph->get(QStringLiteral("/debug_token"), query, [this](const GraphReply& reply) {
        if (!reply.ok) {
            finishStep(failure(Step::Token, reply.error));
            return;
        }
        const TokenInfo token = parseTokenInfo(reply.json);
        m_report.token = token;
        StepResult r;
        r.step = Step::Token;
        if (!token.valid) {
            cloudapi::ApiError e;
            e.code = 190;
            e.httpStatus = 200;
            e.message = tr("Meta says this access token is not valid (debug_token is_valid false)");
            r = failure(Step::Token, e);
            r.problem = e.message;
            finishStep(r);
            return;
        }
        QStringList missing;
        for (const char* scope : {"whatsapp_business_management", "whatsapp_business_messaging"}) {
            if (!token.scopes.contains(QLatin1String(scope)))
                missing << QLatin1String(scope);
        }
        if (!missing.isEmpty()) {
            r.outcome = StepResult::Outcome::Failed;
            r.problem = tr("The access token lacks the permission %1.").arg(missing.join(QStringLiteral(", ")));
            r.remedy = tr("In Meta Business Settings, under System users, generate the token again and tick "
                          "whatsapp_business_management and whatsapp_business_messaging.");
            finishStep(r);
            return;
        }
        r.summary = token.appName.isEmpty() ? tr("A valid token of app %1.").arg(token.appId)
                                            : tr("A valid token of the app “%1” (%2).").arg(token.appName, token.appId);
        if (token.expiresAt > 0 && token.expiresAt - m_clock.nowSecs() < kExpiryWarningSecs) {
            r.outcome = StepResult::Outcome::Warning;
            r.problem =
                tr("This access token expires on %1.")
                    .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(token.expiresAt), QLocale::ShortFormat));
            r.remedy = tr("Use a system user's token that never expires: when this one does, Duet can no longer "
                          "send.");
        }
        finishStep(r);
    });
}

void NumberCheck::checkNumber()
{
    emit stepStarted(Step::Number);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), numberFields());
    m_graph->get(QLatin1Char('/') + m_credentials.phoneNumberId, query, [this](const GraphReply& reply) {
        if (!reply.ok) {
            finishStep(failure(Step::Number, reply.error));
            return;
        }
        m_report.number = parseNumberInfo(reply.json);
        StepResult r;
        r.step = Step::Number;
        r.summary = describeNumber(m_report.number);
        if (!m_report.number.isCoexistence()) {
            r.outcome = StepResult::Outcome::Warning;
            r.problem = tr("This number is not on the WhatsApp Business app (is_on_biz_app is not true): it is not "
                           "connected in Coexistence.");
            r.remedy = tr("Duet works with it, but no messages from the phone app will show and there is no chat "
                          "history or address book to import. To keep using the phone app, connect the number "
                          "through Embedded Signup's option for WhatsApp Business app users.");
        }
        finishStep(r);
    });
}

void NumberCheck::checkSubscription()
{
    emit stepStarted(Step::Subscription);
    m_graph->get(QStringLiteral("/%1/subscribed_apps").arg(m_credentials.wabaId), {}, [this](const GraphReply& reply) {
        if (!reply.ok) {
            finishStep(failure(Step::Subscription, reply.error));
            return;
        }
        m_report.apps = parseSubscribedApps(reply.json);
        for (const SubscribedApp& app : std::as_const(m_report.apps)) {
            if (app.id == m_report.token.appId) {
                StepResult r;
                r.step = Step::Subscription;
                r.summary = tr("The app is subscribed to the webhooks of WhatsApp Business Account %1.")
                                .arg(m_credentials.wabaId);
                finishStep(r);
                return;
            }
        }
        subscribe();
    });
}

void NumberCheck::subscribe()
{
    m_graph->post(QStringLiteral("/%1/subscribed_apps").arg(m_credentials.wabaId), {}, [this](const GraphReply& reply) {
        if (!reply.ok) {
            finishStep(failure(Step::Subscription, reply.error));
            return;
        }
        StepResult r;
        r.step = Step::Subscription;
        if (!reply.json.value(QLatin1String("success")).toBool(false)) {
            r.outcome = StepResult::Outcome::Failed;
            r.problem = tr("Meta did not confirm the subscription (no \"success\": true in its answer).");
            r.remedy = tr("Try again in a minute; if it persists, subscribe the app in WhatsApp Manager.");
            finishStep(r);
            return;
        }
        m_report.subscribedNow = true;
        r.summary = tr("The app was not subscribed to WhatsApp Business Account %1; Duet subscribed it.")
                        .arg(m_credentials.wabaId);
        finishStep(r);
    });
}

} // namespace duet::onboarding
