// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog: validation, the connection attempt and the keychain, with inline errors.
#include "SignInDialog.h"

#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace duet::ui {

namespace {
const QString kUnencryptedKey = QStringLiteral("hub/unencrypted_allowed");
const QString kTrustedKey = QStringLiteral("hub/trusted_certificates");
} // namespace

using State = sync::SyncClient::State;
using Failure = sync::SyncClient::Failure;

SignInDialog::SignInDialog(sync::SyncClient& client, secrets::SecretStore& secrets, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_hub(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember on this computer"), this))
    , m_allowUnencrypted(new QCheckBox(tr("Allow an &unencrypted connection to this hub"), this))
    , m_trust(new QPushButton(tr("Trust this c&ertificate…"), this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Sign in to Duet"));
    setMinimumWidth(460); // room for the explanations of certificate and connection problems
    m_hub->setPlaceholderText(tr("inbox.example.com or 127.0.0.1:8080"));
    m_hub->setAccessibleName(tr("Hub address"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("dt_…, from your administrator"));
    m_token->setAccessibleName(tr("Agent token"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Keeps the token in your desktop's keychain, never in a plain file."));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The theme's failure colour: readable on the light and the dark window alike.
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::forPalette(palette()).failure.name()));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->hide();
    m_status->setWordWrap(true);
    m_status->hide();
    m_allowUnencrypted->setToolTip(tr("Without encryption, anyone on the network between this computer and the hub "
                                      "can read your token and the customers' messages. Tick it only for a hub your "
                                      "administrator runs without TLS on a network you trust."));
    m_allowUnencrypted->hide();
    m_trust->setToolTip(tr("Trust the hub's certificate from now on, after your administrator confirms its "
                           "fingerprint."));
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->hide();
    connect(m_hub, &QLineEdit::textChanged, this, &SignInDialog::onAddressEdited);
    connect(m_trust, &QPushButton::clicked, this, &SignInDialog::confirmTrust);

    auto* form = new QFormLayout;
    form->addRow(tr("&Hub address:"), m_hub);
    form->addRow(tr("Agent &token:"), m_token);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_allowUnencrypted);
    QPushButton* signIn = m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_busy && !m_connected)
            m_client.stop();
        reject();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(&m_client, &sync::SyncClient::stateChanged, this, &SignInDialog::onClientState);
}

QString SignInDialog::secretName(const QUrl& hub)
{
    return QStringLiteral("agent-token %1").arg(hub.toString(QUrl::FullyEncoded));
}

void SignInDialog::setHubAddress(const QString& address)
{
    m_hub->setText(address);
}

bool SignInDialog::unencryptedAllowed(const QSettings& settings, const QUrl& hub)
{
    return settings.value(kUnencryptedKey).toStringList().contains(hub.toString(QUrl::FullyEncoded));
}

QStringList SignInDialog::trustedCertificates(const QSettings& settings)
{
    return settings.value(kTrustedKey).toStringList();
}

void SignInDialog::onAddressEdited()
{
    QUrl url;
    const bool unencrypted =
        sync::SyncClient::agentsUrl(m_hub->text(), &url) && sync::SyncClient::isUnencryptedRemote(url);
    if (unencrypted && !m_allowUnencrypted->isVisible() && m_settings)
        m_allowUnencrypted->setChecked(unencryptedAllowed(*m_settings, url));
    if (!unencrypted)
        m_allowUnencrypted->setChecked(false);
    m_allowUnencrypted->setVisible(unencrypted);
    m_trust->hide();
    fitContents();
}

QSslCertificate SignInDialog::refusedCertificate() const
{
    return m_client.lastError() == Failure::CertificateRefused ? m_client.refusedCertificate() : QSslCertificate();
}

void SignInDialog::confirmTrust()
{
    const QSslCertificate certificate = refusedCertificate();
    if (certificate.isNull())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Trust this certificate?"),
                    tr("Trust the certificate of %1 only if your administrator confirms that its SHA-256 "
                       "fingerprint is:\n\n%2\n\nAnyone who can put another computer in the hub's place could "
                       "otherwise read your token and messages.")
                        .arg(m_url.host(), net::TlsTrust::fingerprint(certificate)),
                    QMessageBox::NoButton, this);
    QPushButton* yes = box.addButton(tr("&Trust it"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        trustRefusedCertificate();
}

void SignInDialog::trustRefusedCertificate()
{
    const QSslCertificate certificate = refusedCertificate();
    if (certificate.isNull())
        return;
    const QString fingerprint = net::TlsTrust::fingerprint(certificate);
    net::TlsTrust trust = m_client.tlsTrust();
    trust.pin(fingerprint);
    m_client.setTlsTrust(trust);
    if (m_settings) {
        QStringList pinned = trustedCertificates(*m_settings);
        if (!pinned.contains(fingerprint))
            m_settings->setValue(kTrustedKey, pinned << fingerprint);
    }
    m_trust->hide();
    submit();
}

QString SignInDialog::hubAddress() const
{
    return m_hub->text();
}

QString SignInDialog::token() const
{
    return m_token->text();
}

bool SignInDialog::remember() const
{
    return m_remember->isChecked();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::showError(const QString& text, QWidget* focus)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (focus)
        focus->setFocus();
    fitContents();
}

void SignInDialog::fitContents()
{
    // Grow (or shrink) to the wrapped text, so a long explanation is never cut off.
    if (QLayout* l = layout()) {
        l->activate();
        adjustSize();
    }
}

void SignInDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_hub->setEnabled(!busy);
    m_token->setEnabled(!busy);
    m_remember->setEnabled(!busy);
    m_allowUnencrypted->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    for (QAbstractButton* b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    if (m_connected) {
        // Signed in already; the keychain failed and the person chose to go on without it.
        finishRemembering();
        return;
    }
    QUrl url;
    if (!sync::SyncClient::agentsUrl(m_hub->text(), &url)) {
        showError(m_hub->text().trimmed().isEmpty()
                      ? tr("Enter the hub's address, for example inbox.example.com or 127.0.0.1:8080.")
                      : tr("\"%1\" is not a hub address. Use a host name or IP address with an optional port, for "
                           "example inbox.example.com or 127.0.0.1:8080.")
                            .arg(m_hub->text().trimmed()),
                  m_hub);
        return;
    }
    if (sync::SyncClient::isUnencryptedRemote(url) && !m_allowUnencrypted->isChecked()) {
        m_allowUnencrypted->show();
        showError(tr("%1 is not encrypted (ws://): your token and messages would cross the network readable by "
                     "anyone on the way. Use wss:// or https://, or tick \"Allow an unencrypted connection\" if "
                     "your administrator runs this hub without TLS.")
                      .arg(url.toString(QUrl::RemoveUserInfo)),
                  m_allowUnencrypted);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty() || token.contains(QLatin1Char(' '))) {
        showError(token.isEmpty() ? tr("Paste the agent token your administrator gave you.")
                                  : tr("An agent token has no spaces. Paste it again exactly as you received it."),
                  m_token);
        return;
    }
    showError({});
    m_trust->hide();
    m_url = url;
    setBusy(true, tr("Connecting to %1…").arg(url.host()));
    m_client.start(url, token);
}

void SignInDialog::onClientState()
{
    if (!m_busy || m_connected)
        return;
    switch (m_client.state()) {
    case State::Connecting:
    case State::Authenticating:
        return;
    case State::CatchingUp:
    case State::Live:
        m_connected = true;
        if (m_settings && sync::SyncClient::isUnencryptedRemote(m_url) && !unencryptedAllowed(*m_settings, m_url)) {
            QStringList allowed = m_settings->value(kUnencryptedKey).toStringList();
            m_settings->setValue(kUnencryptedKey, allowed << m_url.toString(QUrl::FullyEncoded));
        }
        if (!m_remember->isChecked()) {
            setBusy(false);
            finishRemembering();
            return;
        }
        setBusy(true, tr("Saving the token in the keychain…"));
        m_secrets.write(secretName(m_url), m_token->text().trimmed(), [this](const secrets::SecretStore::Result& r) {
            setBusy(false);
            if (r.ok()) {
                finishRemembering();
                return;
            }
            // Signed in, but the token could not be kept: say why, and let the person go on.
            m_remember->setChecked(false);
            showError(tr("%1\nYou are signed in; the token was not saved. Press Sign in to continue without "
                         "remembering it.")
                          .arg(secrets::SecretStore::errorText(r.error)));
        });
        return;
    case State::Disconnected:
        break;
    }
    const Failure failure = m_client.lastError();
    if (failure == Failure::None)
        return;
    // A first sign-in does not retry in the background: the person fixes what is shown.
    m_client.stop();
    setBusy(false);
    // The next thing to do has the keyboard: the token, the certificate (after checking its
    // fingerprint with the administrator) or the address.
    const bool refused = !refusedCertificate().isNull();
    QWidget* focus = m_hub;
    if (failure == Failure::TokenRefused || failure == Failure::TokenRevoked)
        focus = m_token;
    else if (refused)
        focus = m_trust;
    m_trust->setVisible(refused);
    showError(m_client.lastFailureText(), focus);
}

void SignInDialog::finishRemembering()
{
    setBusy(false);
    emit signedIn(m_url);
    accept();
}

} // namespace duet::ui
