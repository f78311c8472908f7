// SPDX-License-Identifier: GPL-3.0-or-later
// The message composer: free-form text inside the service window, templates outside it.
#pragma once

#include "TemplateCatalog.h"
#include "core/ServiceWindow.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace duet {
class Clock;
}

namespace duet::ui {

class DraftStore;
class TemplatePicker;

/// What the agent asked to send: free-form text or a template with its parameters.
struct ComposedMessage
{
    QString contactKey;
    bool isTemplate = false;
    QString text; ///< free-form text, or the rendered template
    QString templateName, language;
    QStringList parameters;
};

/// The composer of one conversation. While the customer's 24-hour window is open it takes
/// free-form text (at most 4096 characters, counted beside it) with the window's live
/// countdown; when the window is closed, or the customer never wrote, it becomes the template
/// picker and says why. A one-second timer re-reads the injected clock (tests call tick()).
/// Text is kept per conversation in the DraftStore as it is typed. Send (Ctrl+Enter) emits
/// sendRequested(); the outbound pipeline is wired to it at the composition root.
/// Usage: `Composer c(clock, drafts, catalog); c.setConversation(key, lastCustomerAt);`
class Composer : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { NoConversation, FreeForm, Template };
    Q_ENUM(Mode)

    static constexpr int kMaxTextLength = 4096; ///< the Cloud API's limit on a text body

    Composer(const Clock& clock, DraftStore& drafts, const TemplateCatalog& catalog, QWidget* parent = nullptr);

    /// Switches to `contactKey`'s conversation (saving the current draft, loading the new one).
    void setConversation(const QString& contactKey, qint64 lastCustomerAt);
    /// A new customer message re-opened (or moved) the window.
    void setLastCustomerAt(qint64 lastCustomerAt);
    QString conversation() const { return m_contactKey; }

    Mode mode() const { return m_mode; }
    ServiceWindow window() const;
    QString countdownText() const;
    QString reasonText() const;
    QString lengthText() const;
    QString text() const;
    void setText(const QString& text);
    TemplatePicker* templatePicker() const { return m_picker; }
    /// Emits sendRequested() for the text, if it can be sent, and clears it. False otherwise.
    bool sendText();
    /// Puts the keyboard focus where typing goes: the text, or the template search.
    void focusInput();

public slots:
    /// Re-reads the clock: updates the countdown and switches modes when the window changes.
    void tick();

signals:
    void sendRequested(const duet::ui::ComposedMessage& message);
    void modeChanged(duet::ui::Composer::Mode mode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged();
    void fitEditor();
    void onTemplateSend(const MessageTemplate& messageTemplate, const QStringList& parameters);

    const Clock& m_clock;
    DraftStore& m_drafts;
    QString m_contactKey;
    qint64 m_lastCustomerAt = 0;
    Mode m_mode = Mode::NoConversation;
    QTimer m_ticker;
    QStackedWidget* m_stack;
    QWidget* m_freePage;
    QPlainTextEdit* m_editor;
    QLabel* m_countdown;
    QLabel* m_length;
    QPushButton* m_send;
    TemplatePicker* m_picker;
    QLabel* m_empty;
    bool m_loading = false;
    bool m_modeApplied = false;
};

} // namespace duet::ui
