// SPDX-License-Identifier: GPL-3.0-or-later
// The composer: modes by service window, countdown, length limit, drafts.
#include "Composer.h"

#include "DraftStore.h"
#include "TemplatePicker.h"
#include "TimeText.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace duet::ui {

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
{
    setAccessibleName(tr("Composer"));
    m_editor->setPlaceholderText(tr("Write a message…"));
    m_editor->setAccessibleName(tr("Message text"));
    m_editor->setTabChangesFocus(true);
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_editor->installEventFilter(this);
    m_countdown->setObjectName(QStringLiteral("composerCountdown"));
    m_countdown->setAccessibleName(tr("Time left in the service window"));
    m_length->setAccessibleName(tr("Message length"));
    m_send->setAccessibleName(tr("Send message"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_empty->setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_empty->setEnabled(false);

    auto* status = new QHBoxLayout;
    status->addWidget(m_countdown);
    status->addStretch();
    status->addWidget(m_length);
    auto* input = new QHBoxLayout;
    input->addWidget(m_editor, 1);
    input->addWidget(m_send, 0, Qt::AlignBottom);
    auto* free = new QVBoxLayout(m_freePage);
    free->setContentsMargins(0, 0, 0, 0);
    free->setSpacing(4);
    free->addLayout(status);
    free->addLayout(input);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_freePage);
    m_stack->addWidget(m_picker);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->addWidget(m_stack);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    connect(m_send, &QPushButton::clicked, this, &Composer::sendText);
    connect(m_picker, &TemplatePicker::sendRequested, this, &Composer::onTemplateSend);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &Composer::tick);
    m_ticker.start();
    tick();
}

ServiceWindow Composer::window() const
{
    return ServiceWindow::at(m_lastCustomerAt, m_clock.nowSecs());
}

void Composer::setConversation(const QString& contactKey, qint64 lastCustomerAt)
{
    if (!m_contactKey.isEmpty())
        m_drafts.setText(m_contactKey, m_editor->toPlainText());
    m_contactKey = contactKey;
    m_lastCustomerAt = lastCustomerAt;
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

void Composer::tick()
{
    const qint64 now = m_clock.nowSecs();
    const ServiceWindow w = ServiceWindow::at(m_lastCustomerAt, now);
    const Mode mode = m_contactKey.isEmpty() ? Mode::NoConversation : w.isSendable() ? Mode::FreeForm : Mode::Template;
    m_countdown->setText(TimeText::countdown(w, now));
    QPalette pal = m_countdown->palette();
    pal.setColor(QPalette::WindowText, w.state == ServiceWindow::State::Closing
                                           ? QColor(0xd0, 0x7a, 0x12)
                                           : palette().color(QPalette::PlaceholderText));
    m_countdown->setPalette(pal);
    m_picker->setReason(TimeText::closedReason(w, now));
    if (mode == m_mode && m_modeApplied)
        return;
    m_modeApplied = true;
    const bool changed = mode != m_mode;
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->isAncestorOf(focusWidget());
    m_mode = mode;
    QWidget* page = mode == Mode::FreeForm   ? m_freePage
                    : mode == Mode::Template ? static_cast<QWidget*>(m_picker)
                                             : m_empty;
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
    m_send->setEnabled(!text.trimmed().isEmpty() && length <= kMaxTextLength);
    if (!m_loading)
        m_drafts.setText(m_contactKey, text);
}

bool Composer::sendText()
{
    tick();
    const QString text = m_editor->toPlainText();
    if (m_mode != Mode::FreeForm || text.trimmed().isEmpty() || text.size() > kMaxTextLength)
        return false;
    ComposedMessage message;
    message.contactKey = m_contactKey;
    message.text = text;
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
    message.text = messageTemplate.render(parameters);
    emit sendRequested(message);
}

void Composer::focusInput()
{
    if (m_mode == Mode::FreeForm)
        m_editor->setFocus();
    else if (m_mode == Mode::Template)
        m_picker->focusSearch();
}

bool Composer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            sendText();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace duet::ui
