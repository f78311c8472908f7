// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's thread commands: attachments, private notes, canned replies, shared numbers.
#include "CannedReplies.h"
#include "CannedRepliesDialog.h"
#include "Composer.h"
#include "MainWindow.h"
#include "ThreadModel.h"
#include "ThreadPane.h"
#include "core/ContactKey.h"
#include "core/PhoneFormat.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace duet::ui {

void MainWindow::buildThreadActions()
{
    // The canned replies live beside the window's settings file.
    const QString settingsFile = m_context.settings.fileName();
    const QString dir = settingsFile.isEmpty() ? QDir::homePath() : QFileInfo(settingsFile).absolutePath();
    m_canned = new CannedReplies(QDir(dir).filePath(QStringLiteral("canned-replies.json")), this);
    if (!m_canned->load())
        statusBar()->showMessage(m_canned->lastError(), 10000);
    m_threadPane->setCannedReplies(m_canned);
    m_threadPane->setAgentName(m_context.agent);

    addCommand(tr("Attach a file…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
               [this] { m_threadPane->composer()->chooseAttachment(); });
    addCommand(tr("Write a private note"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, [this] {
        Composer* composer = m_threadPane->composer();
        composer->setNoteMode(!composer->isNoteMode());
        composer->focusInput();
    });
    addCommand(tr("Insert canned reply"), {}, [this] { m_threadPane->composer()->showCannedReplies(); });
    addCommand(tr("Manage canned replies…"), {}, [this] {
        CannedRepliesDialog dialog(m_canned, this);
        dialog.exec();
    });
    addCommand(tr("Reply to the previous message"), {}, [this] { m_threadPane->replyToPrevious(); });
    // For a customer known by username: WhatsApp's Share Contact Info button (a button in the
    // header too, while the number is unknown).
    QAction* ask = addCommand(tr("Ask for the phone number"), {}, [this] { askForPhoneNumber(); });
    ask->setIconText(tr("Ask for number"));
    ask->setToolTip(tr("Ask the customer to share their phone number with WhatsApp's Share Contact Info button"));
    m_threadPane->setAskAction(ask);
    // A number of a contact card a customer shared: its conversation, or a new one.
    connect(m_threadPane, &ThreadPane::conversationRequested, this,
            [this](const QString& digits) { openNumber(digits); });
    m_thread->setSupervisor(isSupervisor());
}

bool MainWindow::openNumber(const QString& digits)
{
    const QString key = contactKey(digits);
    if (key.isEmpty())
        return false;
    if (openConversation(key))
        return true;
    // Nobody wrote with this number yet: an empty conversation whose composer starts it (with a
    // template, as WhatsApp requires); it joins the list once the first message is stored.
    store::ConversationSummary summary;
    summary.contactKey = key;
    summary.waId = digits;
    summary.displayName = store::customerDisplayName(key, QString(), QString(), QString());
    summary.status = QStringLiteral("open");
    m_current = key;
    showSummary(summary);
    statusBar()->showMessage(
        tr("No conversation with %1 yet: start it with a template.").arg(PhoneFormat::international(digits)), 10000);
    return true;
}

} // namespace duet::ui
