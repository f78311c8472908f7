// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's last three pages: the checks with Meta, the webhook for Meta's dashboard, the import.
#include "ConnectPages.h"

#include "core/Clock.h"
#include "onboarding/AppDataRequest.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace duet::ui {
namespace {

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// A read-only line with a Copy button beside it.
QWidget* copyable(QLineEdit* edit, const QString& accessibleName, QWidget* parent)
{
    edit->setReadOnly(true);
    edit->setAccessibleName(accessibleName);
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* copy = new QPushButton(ConnectWebhookPage::tr("Copy"), row);
    copy->setAccessibleName(ConnectWebhookPage::tr("Copy %1").arg(accessibleName));
    QObject::connect(copy, &QPushButton::clicked, edit, [edit] { QApplication::clipboard()->setText(edit->text()); });
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    return row;
}

} // namespace

// ---- page 3: the checks ----------------------------------------------------------------------------

ConnectCheckPage::ConnectCheckPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(paragraph({}, this))
    , m_again(new QPushButton(tr("Check again"), this))
{
    setTitle(tr("Checking with Meta"));
    setSubTitle(tr("Nothing is saved until every check has passed."));
    auto* layout = new QVBoxLayout(this);
    for (onboarding::Step step : {onboarding::Step::Token, onboarding::Step::Number, onboarding::Step::Subscription}) {
        auto* label = paragraph({}, this);
        label->setObjectName(QStringLiteral("step%1").arg(int(step)));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_steps << label;
        layout->addWidget(label);
    }
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->hide(); // shown with the outcome, once every check has answered
    layout->addWidget(m_summary);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    m_again->setVisible(false);
    connect(m_again, &QPushButton::clicked, this, &ConnectCheckPage::run);
    connect(&wizard->check(), &onboarding::NumberCheck::stepStarted, this, [this](onboarding::Step step) {
        m_steps.at(int(step))->setText(QStringLiteral("… ") + onboarding::stepTitle(step) + tr(": asking Meta"));
    });
    connect(&wizard->check(), &onboarding::NumberCheck::stepFinished, this, &ConnectCheckPage::showStep);
    connect(&wizard->check(), &onboarding::NumberCheck::finished, this, [this](const onboarding::CheckReport& r) {
        m_done = true;
        m_again->setVisible(!r.ok());
        m_summary->setText(r.ok() ? tr("Every check passed. Next connects the number: Duet keeps these settings in "
                                       "the keychain and starts its hub.")
                                  : tr("Fix what is shown above (Back), or check again."));
        m_summary->show();
        emit completeChanged();
    });
}

void ConnectCheckPage::initializePage()
{
    run();
}

void ConnectCheckPage::cleanupPage()
{
    m_done = false;
}

void ConnectCheckPage::run()
{
    m_done = false;
    m_again->setVisible(false);
    m_summary->clear();
    m_summary->hide();
    for (int i = 0; i < m_steps.size(); ++i)
        m_steps.at(i)->setText(QStringLiteral("· ") + onboarding::stepTitle(onboarding::Step(i)));
    emit completeChanged();
    m_wizard->check().start(m_wizard->credentials());
}

void ConnectCheckPage::showStep(const onboarding::StepResult& r)
{
    const char* mark = r.outcome == onboarding::StepResult::Outcome::Passed    ? "✓"
                       : r.outcome == onboarding::StepResult::Outcome::Warning ? "!"
                                                                               : "✗";
    QString text = QString::fromUtf8(mark) + QLatin1Char(' ') + onboarding::stepTitle(r.step);
    if (!r.summary.isEmpty())
        text += QStringLiteral(": ") + r.summary;
    if (!r.problem.isEmpty())
        text += QLatin1Char('\n') + r.problem;
    if (!r.remedy.isEmpty())
        text += QLatin1Char('\n') + tr("What to do: %1").arg(r.remedy);
    QLabel* label = m_steps.at(int(r.step));
    label->setText(text);
    label->setStyleSheet(r.failed() ? QStringLiteral("color: #c62828") : QString());
}

QString ConnectCheckPage::stepText(onboarding::Step step) const
{
    return m_steps.at(int(step))->text();
}

bool ConnectCheckPage::isComplete() const
{
    return m_done && m_wizard->report().ok();
}

bool ConnectCheckPage::validatePage()
{
    if (!m_wizard->hooks().connectNumber)
        return true;
    QUrl webhook;
    QByteArray token;
    QString error;
    if (!m_wizard->hooks().connectNumber(m_wizard->credentials(), m_wizard->report(), &webhook, &token, &error)) {
        m_summary->setText(tr("The number could not be connected: %1").arg(error));
        m_summary->show();
        return false;
    }
    m_wizard->setConnected(webhook, token);
    return true;
}

// ---- page 4: the webhook -----------------------------------------------------------------------------

ConnectWebhookPage::ConnectWebhookPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , url(new QLineEdit(this))
    , token(new QLineEdit(this))
    , fields(paragraph(onboarding::webhookFields().join(QStringLiteral(", ")), this))
    , done(new QCheckBox(tr("Meta shows the webhook as verified and these fields as subscribed"), this))
    , m_wizard(wizard)
    , m_local(paragraph({}, this))
{
    setTitle(tr("Send WhatsApp's webhooks to Duet"));
    setSubTitle(tr("In the App Dashboard, open WhatsApp > Configuration and edit the webhook."));
    url->setObjectName(QStringLiteral("webhookUrl"));
    token->setObjectName(QStringLiteral("verifyToken"));
    done->setObjectName(QStringLiteral("webhookDone"));
    fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    registerField(QStringLiteral("webhookDone"), done);
    auto* fieldRow = new QWidget(this);
    auto* fieldLayout = new QHBoxLayout(fieldRow);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    auto* copyFields = new QPushButton(tr("Copy"), fieldRow);
    copyFields->setAccessibleName(tr("Copy the webhook fields"));
    connect(copyFields, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(fields->text()); });
    fieldLayout->addWidget(fields, 1);
    fieldLayout->addWidget(copyFields, 0, Qt::AlignTop);
    auto* form = new QFormLayout;
    form->addRow(tr("Callback URL"), copyable(url, tr("Callback URL"), this));
    form->addRow(tr("Verify token"), copyable(token, tr("Verify token"), this));
    form->addRow(tr("Webhook fields"), fieldRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addLayout(form);
    layout->addWidget(paragraph(tr("Enter the callback URL and the verify token, press Verify and save (Meta asks "
                                   "Duet's hub at once, so keep Duet open), then subscribe each field listed."),
                                this));
    layout->addWidget(done);
    layout->addStretch(1);
}

void ConnectWebhookPage::initializePage()
{
    const QUrl local = m_wizard->webhookUrl();
    m_local->setText(tr("Duet's hub receives webhooks at %1 on this computer. Meta reaches it only over https: run a "
                        "tunnel or reverse proxy to port %2 (for example cloudflared or ngrok) and use its public "
                        "address below, ending in /webhook.")
                         .arg(local.toString())
                         .arg(local.port()));
    url->setReadOnly(false); // the person may type their tunnel's address here, to copy it whole
    url->setPlaceholderText(tr("https://your-tunnel-address/webhook"));
    token->setText(QString::fromLatin1(m_wizard->verifyToken()));
}

// ---- page 5: the import ------------------------------------------------------------------------------

ConnectImportPage::ConnectImportPage(ConnectWizard* wizard)
    : QWizardPage(wizard)
    , request(new QPushButton(tr("Request history and contacts now"), this))
    , result(paragraph({}, this))
    , m_wizard(wizard)
    , m_text(paragraph({}, this))
{
    setTitle(tr("Import the phone app's chats and contacts"));
    setSubTitle(tr("Once, within 24 hours of connecting the number."));
    request->setObjectName(QStringLiteral("requestImport"));
    result->setObjectName(QStringLiteral("importResult"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(request);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(result);
    layout->addStretch(1);
    connect(request, &QPushButton::clicked, this, [this] {
        if (!m_wizard->hooks().requestImport)
            return;
        request->setEnabled(false);
        result->setText(tr("Asking Meta…"));
        QPointer<ConnectImportPage> self(this);
        m_wizard->hooks().requestImport([self](bool ok, const QString& message) {
            if (!self)
                return;
            self->result->setText(message);
            self->m_wizard->setImportRequested(ok);
            self->request->setEnabled(!ok);
        });
    });
}

void ConnectImportPage::initializePage()
{
    const onboarding::NumberInfo& number = m_wizard->report().number;
    if (!m_wizard->report().steps.isEmpty() && !number.isCoexistence()) {
        m_text->setText(tr("This number is not on the WhatsApp Business app, so there is no chat history or address "
                           "book to import. Finish, and Duet shows new messages as they arrive."));
        request->setVisible(false);
        return;
    }
    const QDateTime until =
        QDateTime::fromMSecsSinceEpoch(m_wizard->clock().nowMs() + onboarding::kSyncDeadlineSecs * 1000);
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss")); // minutes are enough (some locales' short form has seconds)
    const QString deadline = QLocale().toString(until.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                             QLocale().toString(until.time(), time);
    m_text->setText(tr("WhatsApp can send Duet the chats of the last 180 days (photos and documents of the last 14 "
                       "days only) and the names in the phone app's address book. Meta sends them once, and only if "
                       "Duet asks before %1; later the business has to disconnect the number and connect it again.\n\n"
                       "Ask once Meta shows the webhook as verified with the fields history and smb_app_state_sync "
                       "subscribed, or the chats are lost. If you finish without asking, the team overview keeps "
                       "the button and the deadline.")
                        .arg(deadline));
    const bool ready = field(QStringLiteral("webhookDone")).toBool();
    request->setEnabled(ready && !m_wizard->isImportRequested());
    request->setToolTip(ready ? QString() : tr("First tick, on the previous page, that Meta verified the webhook."));
}

} // namespace duet::ui
