// SPDX-License-Identifier: GPL-3.0-or-later
// The single seat's first run: the wizard and its first two pages (the number, the access).
#include "ConnectWizard.h"

#include "ConnectPages.h"
#include "Theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
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

QLineEdit* idEdit(const QString& accessibleName, const QString& example, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,40}")), edit));
    //: A field's grey hint before anything is typed; %1 is an example of a Meta id
    edit->setPlaceholderText(ConnectNumberPage::tr("for example %1").arg(example));
    return edit;
}

} // namespace

// ---- page 1 --------------------------------------------------------------------------------------

ConnectNumberPage::ConnectNumberPage(QWidget* parent)
    : QWizardPage(parent)
    , phone(idEdit(tr("Phone number ID"), QStringLiteral("106540352242922"), this))
    , waba(idEdit(tr("WhatsApp Business Account ID"), QStringLiteral("102290129340398"), this))
    , problem(paragraph({}, this))
    , error(paragraph({}, this))
{
    setTitle(tr("Connect your WhatsApp number"));
    setSubTitle(tr("Duet runs its own hub on this computer and talks to WhatsApp through Meta's Cloud API."));
    phone->setObjectName(QStringLiteral("phoneNumberId"));
    waba->setObjectName(QStringLiteral("wabaId"));
    // The theme's failure colour: readable on the light and the dark window alike.
    const QString failure = QStringLiteral("color: %1").arg(Theme::forPalette(palette()).failure.name());
    problem->setStyleSheet(failure);
    problem->setVisible(false);
    error->setStyleSheet(failure);
    registerField(QStringLiteral("phoneNumberId*"), phone);
    registerField(QStringLiteral("wabaId*"), waba);
    auto* form = new QFormLayout;
    form->addRow(tr("Phone number ID"), phone);
    form->addRow(tr("WhatsApp Business Account ID"), waba);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(problem);
    layout->addWidget(paragraph(tr("In Meta's App Dashboard, open your app's WhatsApp > API Setup page: it shows the "
                                   "phone number ID and the WhatsApp Business Account ID of your number. They are "
                                   "long numbers of their own, not the phone number."),
                                this));
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch(1);
}

void ConnectNumberPage::setProblem(const QString& text)
{
    problem->setText(text);
    problem->setVisible(!text.isEmpty());
}

bool ConnectNumberPage::validatePage()
{
    const QString p = QString(phone->text()).remove(QLatin1Char(' '));
    const QString w = QString(waba->text()).remove(QLatin1Char(' '));
    if (!onboarding::isGraphId(p) || !onboarding::isGraphId(w)) {
        error->setText(tr("Both are digits only, up to 32 of them."));
        return false;
    }
    error->clear();
    return true;
}

// ---- page 2 --------------------------------------------------------------------------------------

ConnectAccessPage::ConnectAccessPage(QWidget* parent)
    : QWizardPage(parent)
    , token(new QLineEdit(this))
    , secret(new QLineEdit(this))
{
    setTitle(tr("Give Duet access"));
    setSubTitle(tr("Both are kept in this computer's keychain, never in a file."));
    token->setObjectName(QStringLiteral("accessToken"));
    secret->setObjectName(QStringLiteral("appSecret"));
    token->setAccessibleName(tr("Access token"));
    secret->setAccessibleName(tr("App secret"));
    token->setEchoMode(QLineEdit::Password);
    secret->setEchoMode(QLineEdit::Password);
    registerField(QStringLiteral("accessToken*"), token);
    registerField(QStringLiteral("appSecret*"), secret);
    auto* form = new QFormLayout;
    form->addRow(tr("Access token"), token);
    form->addRow(tr("App secret"), secret);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(paragraph(tr("The access token: in Meta Business Settings, under Users > System users, generate "
                                   "a token for your app with the permissions whatsapp_business_management and "
                                   "whatsapp_business_messaging (a system user's token does not expire)."),
                                this));
    layout->addWidget(paragraph(tr("The app secret: in the App Dashboard, App settings > Basic > App secret. Meta "
                                   "signs every webhook with it."),
                                this));
    layout->addLayout(form);
    layout->addStretch(1);
}

// ---- the wizard ----------------------------------------------------------------------------------

ConnectWizard::ConnectWizard(QNetworkAccessManager& network, onboarding::GraphEndpoint endpoint, const Clock& clock,
                             ConnectHooks hooks, QWidget* parent)
    : QWizard(parent)
    , m_check(network, std::move(endpoint), clock)
    , m_hooks(std::move(hooks))
    , m_clock(clock)
{
    setWindowTitle(tr("Connect your WhatsApp number"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(NumberPage, new ConnectNumberPage(this));
    setPage(AccessPage, new ConnectAccessPage(this));
    setPage(CheckPage, new ConnectCheckPage(this));
    setPage(WebhookPage, new ConnectWebhookPage(this));
    setPage(ImportPage, new ConnectImportPage(this));
    setMinimumSize(640, 480);
}

ConnectWizard::~ConnectWizard() = default;

void ConnectWizard::setProblem(const QString& text)
{
    static_cast<ConnectNumberPage*>(page(NumberPage))->setProblem(text);
}

void ConnectWizard::setValues(const onboarding::Credentials& c)
{
    setField(QStringLiteral("phoneNumberId"), c.phoneNumberId);
    setField(QStringLiteral("wabaId"), c.wabaId);
    setField(QStringLiteral("accessToken"), QString::fromUtf8(c.accessToken));
    setField(QStringLiteral("appSecret"), QString::fromUtf8(c.appSecret));
}

onboarding::Credentials ConnectWizard::credentials() const
{
    onboarding::Credentials c;
    c.phoneNumberId = field(QStringLiteral("phoneNumberId")).toString().remove(QLatin1Char(' '));
    c.wabaId = field(QStringLiteral("wabaId")).toString().remove(QLatin1Char(' '));
    c.accessToken = field(QStringLiteral("accessToken")).toString().trimmed().toUtf8();
    c.appSecret = field(QStringLiteral("appSecret")).toString().trimmed().toUtf8();
    return c;
}

const onboarding::CheckReport& ConnectWizard::report() const
{
    return m_check.report();
}

bool ConnectWizard::isChecking() const
{
    return m_check.isRunning();
}

void ConnectWizard::setConnected(const QUrl& webhook, const QByteArray& verifyToken)
{
    m_webhook = webhook;
    m_verifyToken = verifyToken;
}

} // namespace duet::ui
