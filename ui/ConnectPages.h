// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of ConnectWizard (private to ui/ConnectWizard.cpp and ui/ConnectPages.cpp).
#pragma once

#include "ConnectWizard.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace duet::ui {

/// Page 1: the phone number ID and the WhatsApp Business Account ID.
class ConnectNumberPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectNumberPage(QWidget* parent = nullptr);
    void setProblem(const QString& text);
    bool validatePage() override;

    QLineEdit* phone;
    QLineEdit* waba;
    QLabel* problem;
    QLabel* error;
};

/// Page 2: the access token and the app secret, hidden as typed.
class ConnectAccessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectAccessPage(QWidget* parent = nullptr);

    QLineEdit* token;
    QLineEdit* secret;
};

/// Page 3: the checks with Meta, one line each; Next connects the number.
class ConnectCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectCheckPage(ConnectWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString stepText(onboarding::Step step) const;

private:
    void run();
    void showStep(const onboarding::StepResult& result);

    ConnectWizard* m_wizard;
    QList<QLabel*> m_steps; ///< one per onboarding::Step
    QLabel* m_summary;
    QPushButton* m_again;
    bool m_done = false;
};

/// Page 4: what to paste into Meta's dashboard.
class ConnectWebhookPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectWebhookPage(ConnectWizard* wizard);
    void initializePage() override;

    QLineEdit* url;
    QLineEdit* token;
    QLabel* fields;
    QCheckBox* done;

private:
    ConnectWizard* m_wizard;
    QLabel* m_local;
};

/// Page 5: the one-time request for the phone app's history and contacts.
class ConnectImportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectImportPage(ConnectWizard* wizard);
    void initializePage() override;

    QPushButton* request;
    QLabel* result;

private:
    ConnectWizard* m_wizard;
    QLabel* m_text;
};

} // namespace duet::ui
