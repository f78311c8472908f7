// SPDX-License-Identifier: GPL-3.0-or-later
// The composer: modes by service window, countdown, length limit, drafts, replies, notes, warnings.
#include "Composer.h"

#include "CannedReplies.h"
#include "ComposerAttachments.h"
#include "ComposerBars.h"
#include "ComposerCompletion.h"
#include "DraftStore.h"
#include "ScheduleSendDialog.h"
#include "TemplatePicker.h"
#include "Theme.h"
#include "TimeText.h"
#include "core/Clock.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace duet::ui {
namespace {

QToolButton* tab(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

/// A paper clip drawn as a path, so it does not depend on an emoji font.
QIcon paperclipIcon(const QColor& colour)
{
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath clip;
    clip.moveTo(25, 12);
    clip.lineTo(25, 28);
    clip.arcTo(15, 22, 12, 12, 0, -180);
    clip.lineTo(15, 9);
    clip.arcTo(15, 3, 16, 12, 180, -180);
    clip.lineTo(31, 28);
    p.translate(-3, 2);
    p.drawPath(clip);
    return QIcon(pixmap);
}

} // namespace

Composer::Composer(const Clock& clock, DraftStore& drafts, const TemplateCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_drafts(drafts)
    , m_stack(new QStackedWidget(this))
    , m_freePage(new QWidget(this))
    , m_editor(new QPlainTextEdit(m_freePage))
    , m_countdown(new QLabel(m_freePage))
    , m_length(new QLabel(m_freePage))
    , m_send(new QPushButton(tr("Send"), m_freePage))
    , m_picker(new TemplatePicker(catalog, this))
    , m_empty(new QLabel(tr("Choose a conversation to start writing."), this))
    , m_replyTab(tab(tr("Reply"), tr("Write to the customer"), this))
    , m_noteTab(tab(tr("Note"), tr("Write a private note for the team (Ctrl+Shift+N)"), this))
    , m_attach(new QToolButton(m_freePage))
    , m_quote(new QuoteBar(m_freePage))
    , m_attachments(new ComposerAttachments(m_freePage))
    , m_completion(new ComposerCompletion(m_editor, m_freePage))
    , m_warning(new WarningBar(this))
{
    m_schedule = new QToolButton(m_freePage);
    m_schedule->setText(tr("Schedule…"));
    m_schedule->setAutoRaise(true);
    m_schedule->setAccessibleName(tr("Schedule send"));
    m_schedule->setToolTip(tr("Schedule send… (Ctrl+Shift+Enter)"));
    setAccessibleName(tr("Composer"));
    m_editor->setPlaceholderText(tr("Write a message…"));
    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);
    m_editor->setAcceptDrops(false); // files dropped on it become attachments (dropEvent)
    setAcceptDrops(true);
    m_countdown->setObjectName(QStringLiteral("composerCountdown"));
    m_countdown->setAccessibleName(tr("Time left in the service window"));
    m_length->setAccessibleName(tr("Message length"));
    m_send->setAccessibleName(tr("Send message"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_attach->setIcon(paperclipIcon(palette().color(QPalette::ButtonText)));
    m_attach->setAutoRaise(true);
    m_attach->setAccessibleName(tr("Attach a file"));
    m_attach->setToolTip(tr("Attach a file (Ctrl+Shift+A)"));
    m_replyTab->setChecked(true);
    m_replyTab->setAccessibleName(tr("Reply to the customer"));
    m_noteTab->setAccessibleName(tr("Private note"));
    auto* tabs = new QButtonGroup(this);
    tabs->setExclusive(true);
    tabs->addButton(m_replyTab);
    tabs->addButton(m_noteTab);
    m_empty->setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_empty->setEnabled(false);
    m_quote->hide();
    m_warning->hide();

    auto* status = new QHBoxLayout;
    status->addWidget(m_countdown);
    status->addStretch();
    status->addWidget(m_length);
    auto* input = new QHBoxLayout;
    input->addWidget(m_attach, 0, Qt::AlignBottom);
    input->addWidget(m_editor, 1);
    input->addWidget(m_schedule, 0, Qt::AlignBottom);
    input->addWidget(m_send, 0, Qt::AlignBottom);
    auto* free = new QVBoxLayout(m_freePage);
    free->setContentsMargins(0, 0, 0, 0);
    free->setSpacing(4);
    free->addLayout(status);
    free->addWidget(m_quote);
    free->addWidget(m_attachments->chip());
    free->addWidget(m_attachments->notice());
    free->addWidget(m_completion->list());
    free->addLayout(input);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_freePage);
    m_stack->addWidget(m_picker);
    auto* tabRow = new QHBoxLayout;
    tabRow->setSpacing(2);
    tabRow->addWidget(m_replyTab);
    tabRow->addWidget(m_noteTab);
    tabRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 10);
    layout->setSpacing(4);
    layout->addLayout(tabRow);
    layout->addWidget(m_warning);
    layout->addWidget(m_stack);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &Composer::updateCompletions);
    connect(m_send, &QPushButton::clicked, this, [this] { sendText(); });
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseAttachment);
    connect(m_schedule, &QToolButton::clicked, this, [this] { chooseScheduleAndSend(); });
    // Ctrl+Shift+Enter anywhere in the composer (the template picker too); the editor's own key
    // handling sees it first there (eventFilter()).
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { chooseScheduleAndSend(); });
    }
    connect(m_picker, &TemplatePicker::sendRequested, this, &Composer::onTemplateSend);
    connect(m_quote, &QuoteBar::cancelled, this, &Composer::clearReply);
    connect(m_attachments, &ComposerAttachments::removeRequested, this, &Composer::clearAttachment);
    connect(m_attachments, &ComposerAttachments::changed, this, &Composer::updateSendEnabled);
    connect(m_completion, &ComposerCompletion::textReplaced, this, &Composer::setText);
    connect(m_warning, &WarningBar::sendAnyway, this, &Composer::sendAnyway);
    connect(m_warning, &WarningBar::cancelled, this, &Composer::cancelWarning);
    connect(m_noteTab, &QToolButton::toggled, this, &Composer::setNoteMode);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &Composer::tick);
    m_ticker.start();
    tick();
}

namespace {
/// A free entry point lasts 72 hours from the business's first reply to an ad's customer.
constexpr qint64 kFreeEntryPointSecs = 72 * 3600;
} // namespace

ServiceWindow Composer::window() const
{
    return ServiceWindow::at(m_lastCustomerAt, m_clock.nowSecs());
}

void Composer::setConversation(const QString& contactKey, qint64 lastCustomerAt)
{
    if (!m_contactKey.isEmpty())
        m_drafts.setText(m_contactKey, m_editor->toPlainText());
    const bool other = contactKey != m_contactKey;
    m_contactKey = contactKey;
    m_lastCustomerAt = lastCustomerAt;
    if (other) {
        m_referralAt = 0;
        m_picker->setContactRequestsOnly(false);
        clearReply();
        cancelWarning();
        m_attachments->hideNotice();
        if (!m_attachments->isUploading())
            clearAttachment();
    }
    m_loading = true;
    m_editor->setPlainText(m_drafts.text(contactKey));
    m_editor->moveCursor(QTextCursor::End);
    m_loading = false;
    onTextChanged();
    m_modeApplied = false; // the new conversation gets its page even when the mode is the same
    tick();
}

void Composer::setLastCustomerAt(qint64 lastCustomerAt)
{
    m_lastCustomerAt = lastCustomerAt;
    tick();
}

void Composer::setReferralAt(qint64 referralAt)
{
    m_referralAt = referralAt;
    tick();
}

void Composer::moveToConversation(const QString& contactKey)
{
    if (m_contactKey.isEmpty() || contactKey.isEmpty() || contactKey == m_contactKey)
        return;
    const QString typed = m_editor->toPlainText();
    const QString waiting = m_drafts.text(contactKey); // typed earlier in the conversation merged into
    QString text = typed;
    if (!waiting.isEmpty() && waiting != typed)
        text = typed.isEmpty() ? waiting : waiting + QStringLiteral("\n\n") + typed;
    m_drafts.setText(m_contactKey, QString());
    m_contactKey = contactKey;
    m_drafts.setText(contactKey, text);
    if (text != typed) {
        m_loading = true;
        m_editor->setPlainText(text);
        m_editor->moveCursor(QTextCursor::End);
        m_loading = false;
        onTextChanged();
    }
}

void Composer::offerContactRequestTemplates()
{
    m_picker->setContactRequestsOnly(true);
}

void Composer::setNoteMode(bool note)
{
    if (note != m_noteTab->isChecked())
        (note ? m_noteTab : m_replyTab)->setChecked(true); // comes back here through toggled
    if (note == m_noteMode)
        return;
    m_noteMode = note;
    cancelWarning();
    m_completion->hide();
    QPalette pal = m_editor->palette();
    pal.setColor(QPalette::Base, note ? QColor(0xff, 0xf6, 0xd5) : palette().color(QPalette::Base));
    pal.setColor(QPalette::Text, note ? QColor(0x3a, 0x30, 0x10) : palette().color(QPalette::Text));
    m_editor->setPalette(pal);
    m_editor->setPlaceholderText(note ? tr("Write a private note… (@ to mention)") : tr("Write a message…"));
    m_send->setText(note ? tr("Add note") : tr("Send"));
    // A note is neither a reply nor a file: those wait, hidden, for the Reply tab.
    m_quote->setVisible(!note && !m_replyTo.isEmpty());
    m_attachments->setChipVisible(!note);
    m_attachments->hideNotice();
    m_modeApplied = false;
    tick();
    updateSendEnabled();
}

void Composer::tick()
{
    const qint64 now = m_clock.nowSecs();
    const ServiceWindow w = ServiceWindow::at(m_lastCustomerAt, now);
    const Mode mode = m_contactKey.isEmpty() ? Mode::NoConversation : w.isSendable() ? Mode::FreeForm : Mode::Template;
    m_countdown->setText(m_noteMode ? tr("Private note: only your team sees it") : TimeText::countdown(w, now));
    QPalette pal = m_countdown->palette();
    const QColor warning = Theme::forPalette(palette()).warningText; // amber, readable on this palette
    pal.setColor(QPalette::WindowText, w.state == ServiceWindow::State::Closing && !m_noteMode
                                           ? warning
                                           : palette().color(QPalette::PlaceholderText));
    m_countdown->setPalette(pal);
    m_picker->setReason(TimeText::closedReason(w, now));
    m_picker->setBillingContext(w.isSendable(), m_referralAt > 0 && now < m_referralAt + kFreeEntryPointSecs);
    m_replyTab->setVisible(mode != Mode::NoConversation);
    m_noteTab->setVisible(mode != Mode::NoConversation);
    if (mode == m_mode && m_modeApplied)
        return;
    m_modeApplied = true;
    const bool changed = mode != m_mode;
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->isAncestorOf(focusWidget());
    m_mode = mode;
    QWidget* page = mode == Mode::NoConversation           ? m_empty
                    : mode == Mode::FreeForm || m_noteMode ? m_freePage
                                                           : static_cast<QWidget*>(m_picker);
    m_attach->setVisible(!m_noteMode);
    m_schedule->setVisible(!m_noteMode); // a note is never scheduled
    // The stack takes the height of the page shown, not of its tallest page.
    for (QWidget* each : {static_cast<QWidget*>(m_empty), m_freePage, static_cast<QWidget*>(m_picker)})
        each->setSizePolicy(QSizePolicy::Preferred, each == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_stack->setCurrentWidget(page);
    m_stack->updateGeometry();
    if (hadFocus)
        focusInput();
    if (changed)
        emit modeChanged(mode);
}

QString Composer::countdownText() const
{
    return m_countdown->text();
}

QString Composer::reasonText() const
{
    return m_mode == Mode::Template ? m_picker->reason() : QString();
}

QString Composer::lengthText() const
{
    return m_length->text();
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString& text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void Composer::fitEditor()
{
    // Grow with the text from two lines up to eight, then scroll.
    const QFontMetrics fm(m_editor->font());
    const int lines = qBound(2, int(m_editor->document()->size().height()), 8);
    const int margins = int(m_editor->document()->documentMargin() * 2) + m_editor->frameWidth() * 2;
    m_editor->setFixedHeight(lines * fm.lineSpacing() + margins);
}

void Composer::onTextChanged()
{
    fitEditor();
    const QString text = m_editor->toPlainText();
    const int length = int(text.size());
    QLocale locale; // the locale's digits, no group separators in a counter
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    m_length->setText(tr("%1 / %2").arg(locale.toString(length), locale.toString(kMaxTextLength)));
    QPalette pal = m_length->palette();
    pal.setColor(QPalette::WindowText,
                 length > kMaxTextLength ? QColor(0xd9, 0x3a, 0x3a) : palette().color(QPalette::PlaceholderText));
    m_length->setPalette(pal);
    m_length->setVisible(length > kMaxTextLength * 3 / 4);
    updateSendEnabled();
    if (!m_loading) {
        m_drafts.setText(m_contactKey, text);
        if (!m_noteMode && !text.isEmpty())
            emit typing();
        updateCompletions();
    }
}

void Composer::updateSendEnabled()
{
    const QString text = m_editor->toPlainText();
    const bool hasFile = m_attachments->hasFile() && !m_attachments->isUploading() && !m_noteMode;
    m_send->setEnabled((!text.trimmed().isEmpty() || hasFile) && text.size() <= kMaxTextLength);
}

bool Composer::sendText()
{
    return submit(isWarningVisible());
}

bool Composer::sendAnyway()
{
    return submit(true);
}

bool Composer::send()
{
    if (!isEnabled()) // review mode disables the composer: its shortcut sends nothing either
        return false;
    tick();
    if (m_mode == Mode::Template && !m_noteMode) {
        if (m_picker->send()) // emits sendRequested() through onTemplateSend()
            return true;
        m_picker->focusMissing();
        return false;
    }
    if (sendText())
        return true;
    focusInput();
    return false;
}

bool Composer::submit(bool confirmed)
{
    tick();
    const QString text = m_editor->toPlainText();
    if (m_contactKey.isEmpty() || text.size() > kMaxTextLength)
        return false;
    if (m_noteMode) {
        if (text.trimmed().isEmpty())
            return false;
        const QString key = m_contactKey;
        m_editor->clear();
        m_completion->hide();
        emit noteRequested(key, text);
        return true;
    }
    const bool hasFile = m_attachments->hasFile();
    if (m_mode != Mode::FreeForm || m_attachments->isUploading() || (text.trimmed().isEmpty() && !hasFile))
        return false;
    if (!confirmed && m_guard) {
        const QString warning = m_guard();
        if (!warning.isEmpty()) {
            m_warning->setText(warning);
            m_warning->show();
            return false;
        }
    }
    m_warning->hide();
    m_completion->hide();
    ComposedMessage message;
    message.contactKey = m_contactKey;
    message.text = text;
    message.replyToWamid = m_replyTo;
    message.scheduledAtMs = m_scheduleAtMs;
    if (hasFile) {
        message.attachmentPath = m_attachments->path();
        message.attachmentMime = m_attachments->mime();
        message.attachmentKind = m_attachments->kind();
        m_attachments->startUpload(message);
    }
    clearReply();
    m_editor->clear();
    emit sendRequested(message);
    return true;
}

void Composer::onTemplateSend(const MessageTemplate& messageTemplate, const QStringList& parameters)
{
    ComposedMessage message;
    message.contactKey = m_contactKey;
    message.isTemplate = true;
    message.templateName = messageTemplate.name;
    message.language = messageTemplate.language;
    message.parameters = parameters;
    // What the customer reads: the text header (when there is one) above the body.
    message.text = messageTemplate.header.isEmpty() ? messageTemplate.render(parameters)
                                                    : messageTemplate.renderHeader(parameters) + QLatin1Char('\n') +
                                                          messageTemplate.render(parameters);
    message.replyToWamid = m_replyTo;
    message.scheduledAtMs = m_scheduleAtMs;
    clearReply();
    emit sendRequested(message);
}

bool Composer::chooseScheduleAndSend()
{
    if (!isEnabled() || m_noteMode || m_contactKey.isEmpty())
        return false;
    std::optional<qint64> due;
    if (m_scheduleChooser) {
        due = m_scheduleChooser();
    } else {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
        const std::optional<QDateTime> at = ScheduleSendDialog::choose(this, now);
        if (at)
            due = at->toMSecsSinceEpoch();
    }
    return due && scheduleSend(*due);
}

bool Composer::scheduleSend(qint64 dueAtMs)
{
    if (!isEnabled() || m_noteMode || m_contactKey.isEmpty() || dueAtMs <= m_clock.nowMs())
        return false;
    tick();
    if (m_mode != Mode::Template && m_attachments->hasFile()) {
        m_attachments->showNotice(
            tr("A message with an attachment cannot be scheduled: send it now, or remove the file."));
        return false;
    }
    m_scheduleAtMs = dueAtMs;
    // Scheduling is a deliberate choice of time: the "Send anyway?" guard is about sending now.
    const bool sent = m_mode == Mode::Template ? m_picker->send() : submit(true);
    m_scheduleAtMs = 0;
    if (!sent && m_mode == Mode::Template)
        m_picker->focusMissing();
    return sent;
}

void Composer::focusInput()
{
    if (m_mode == Mode::FreeForm || (m_noteMode && m_mode != Mode::NoConversation))
        m_editor->setFocus();
    else if (m_mode == Mode::Template)
        m_picker->focusSearch();
}

void Composer::setReplyTo(const QString& wamid, const QString& author, const QString& excerpt)
{
    if (wamid.isEmpty()) {
        clearReply();
        return;
    }
    m_replyTo = wamid;
    m_quote->setQuote(author, excerpt);
    m_quote->show();
}

void Composer::clearReply()
{
    m_replyTo.clear();
    m_quote->hide();
}

bool Composer::isWarningVisible() const
{
    return !m_warning->isHidden();
}

QString Composer::warningText() const
{
    return isWarningVisible() ? m_warning->text() : QString();
}

void Composer::cancelWarning()
{
    m_warning->hide();
}

void Composer::setUploadProgress(qint64 done, qint64 total)
{
    m_attachments->setProgress(done, total);
}

void Composer::setUploadFailed(const QString& message)
{
    if (!m_attachments->isUploading())
        return;
    const ComposedMessage inFlight = m_attachments->failUpload(message);
    // Nothing is lost: the caption and the quote come back to be sent again.
    if (m_editor->toPlainText().isEmpty() && inFlight.contactKey == m_contactKey) {
        m_editor->setPlainText(inFlight.text);
        m_editor->moveCursor(QTextCursor::End);
    }
    if (m_replyTo.isEmpty() && !inFlight.replyToWamid.isEmpty() && inFlight.contactKey == m_contactKey) {
        m_replyTo = inFlight.replyToWamid;
        m_quote->show();
    }
    updateSendEnabled();
}

void Composer::setUploadFinished()
{
    m_attachments->finishUpload();
}

bool Composer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (m_completion->isVisible() && key->modifiers() == Qt::NoModifier && m_completion->key(key->key()))
            return true;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            if (key->modifiers() & Qt::ShiftModifier)
                chooseScheduleAndSend();
            else
                sendText();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            if (isWarningVisible()) {
                cancelWarning();
                return true;
            }
            if (!m_replyTo.isEmpty()) {
                clearReply();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool Composer::attachFile(const QString& path)
{
    return m_attachments->attach(path);
}

void Composer::chooseAttachment()
{
    if (m_mode != Mode::FreeForm || m_noteMode)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
    if (!path.isEmpty())
        attachFile(path);
    focusInput();
}

void Composer::clearAttachment()
{
    m_attachments->clear();
}

QString Composer::attachmentPath() const
{
    return m_attachments->path();
}

QString Composer::attachmentError() const
{
    return m_attachments->error();
}

bool Composer::isUploading() const
{
    return m_attachments->isUploading();
}

void Composer::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_mode == Mode::FreeForm && !m_noteMode && !ComposerAttachments::firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent* event)
{
    const QString path = ComposerAttachments::firstLocalFile(event->mimeData());
    if (path.isEmpty() || m_mode != Mode::FreeForm || m_noteMode)
        return;
    attachFile(path);
    event->acceptProposedAction();
}

void Composer::setAgentNames(const QStringList& names)
{
    m_completion->setAgentNames(names);
}

void Composer::setAgentName(const QString& name)
{
    m_completion->setAgentName(name);
}

void Composer::setCustomerName(const QString& name)
{
    m_completion->setCustomerName(name);
}

void Composer::setCannedReplies(CannedReplies* replies)
{
    m_completion->setCannedReplies(replies);
}

void Composer::showCannedReplies()
{
    if (m_contactKey.isEmpty() || (m_mode != Mode::FreeForm && !m_noteMode))
        return;
    m_completion->showCanned();
}

bool Composer::isCompletionVisible() const
{
    return m_completion->isVisible();
}

QStringList Composer::completionItems() const
{
    return m_completion->items();
}

void Composer::updateCompletions()
{
    if (!m_loading)
        m_completion->update(m_noteMode);
}

} // namespace duet::ui
