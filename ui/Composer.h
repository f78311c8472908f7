// SPDX-License-Identifier: GPL-3.0-or-later
// The message composer: free-form text inside the service window, templates outside it.
#pragma once

#include "TemplateCatalog.h"
#include "core/ServiceWindow.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace duet {
class Clock;
}

namespace duet::ui {

class CannedReplies;
class ComposerAttachments;
class ComposerCompletion;
class DraftStore;
class QuoteBar;
class TemplatePicker;
class WarningBar;

/// What the agent asked to send: free-form text, a file with its caption, or a template with its
/// parameters; optionally as a reply to a quoted message.
struct ComposedMessage
{
    QString contactKey;
    bool isTemplate = false;
    QString text; ///< free-form text, the attachment's caption, or the rendered template
    QString templateName, language;
    QStringList parameters;
    QString replyToWamid;     ///< the quoted message (context.message_id); null when not a reply
    QString attachmentPath;   ///< a local file to upload and send; null when none
    QString attachmentMime;   ///< its detected MIME type
    QString attachmentKind;   ///< image, video, audio or document (the Cloud API type)
    qint64 scheduledAtMs = 0; ///< "Schedule send…": when it goes (ms since the epoch); 0: now
};

/// The composer of one conversation. While the customer's 24-hour window is open it takes
/// free-form text (at most 4096 characters, counted beside it) with the window's live
/// countdown; when the window is closed, or the customer never wrote, it becomes the template
/// picker and says why. A one-second timer re-reads the injected clock (tests call tick()).
/// Text is kept per conversation in the DraftStore as it is typed. Send (Ctrl+Enter) emits
/// sendRequested(); the outbound pipeline is wired to it at the composition root.
/// Besides text it takes: a quoted reply (setReplyTo(), Esc cancels), one attachment checked
/// against Meta's limits before anything happens (attachFile(), Ctrl+Shift+A, drag and drop),
/// canned replies ("/" at the start), @mentions in notes, and a Note mode (Ctrl+Shift+N) in which
/// Send emits noteRequested(). A send guard (setSendGuard()) may ask "Send anyway?" first.
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
    /// The conversation's latest click-to-WhatsApp referral (0: none): within 72 hours of it the
    /// template picker says a send may be free.
    void setReferralAt(qint64 referralAt);
    /// The open conversation now lives under another key (it was merged into another, or took
    /// the phone's key when the number became known): the text being typed, the quoted message,
    /// the attachment and the mode stay; the draft moves to the new key (after the draft that key
    /// already had, if any).
    void moveToConversation(const QString& contactKey);
    /// Outside the window: offers only the templates that ask for the phone number (with a
    /// REQUEST_CONTACT_INFO button). Ends with a send or another conversation.
    void offerContactRequestTemplates();
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
    /// Send (Ctrl+Enter, the window's Send command) in whatever mode the composer is: the text
    /// in free-form mode, the note in Note mode, the picked template with its parameters in
    /// template mode. When nothing can be sent it puts the focus where the agent has to type:
    /// the text, the first empty template parameter, or the template search. False then.
    bool send();
    /// Puts the keyboard focus where typing goes: the text, or the template search.
    void focusInput();

    // Reply | Note.
    bool isNoteMode() const { return m_noteMode; }
    void setNoteMode(bool note);

    // Quoted replies.
    void setReplyTo(const QString& wamid, const QString& author, const QString& excerpt);
    void clearReply();
    QString replyToWamid() const { return m_replyTo; }

    // Attachments.
    /// Checks the file against Meta's types and limits; shows its chip, or says why it is refused
    /// (attachmentError()) and keeps nothing. Replaces an earlier attachment.
    bool attachFile(const QString& path);
    /// Opens a file dialog, then attachFile().
    void chooseAttachment();
    void clearAttachment();
    QString attachmentPath() const;
    QString attachmentError() const;
    bool isUploading() const;

    // Completions: agents for @mentions, canned replies for "/".
    void setAgentNames(const QStringList& names);
    /// The signed-in agent, for {agent} in canned replies.
    void setAgentName(const QString& name);
    /// The customer's name, for {name} in canned replies.
    void setCustomerName(const QString& name);
    void setCannedReplies(CannedReplies* replies);
    /// Opens the canned replies list; the chosen one is inserted at the cursor.
    void showCannedReplies();
    bool isCompletionVisible() const;
    /// The completion list's entries as shown (for tests and accessibility).
    QStringList completionItems() const;

    // Warning before sending.
    /// Asked on each Send in reply mode: a non-empty answer is shown as a warning instead of
    /// sending; Send again (or "Send anyway") sends. Nothing typed is lost.
    using SendGuard = std::function<QString()>;
    void setSendGuard(SendGuard guard) { m_guard = std::move(guard); }
    bool isWarningVisible() const;
    QString warningText() const;
    // Scheduled sends ("Schedule send…" beside Send, Ctrl+Shift+Enter): text or a template, not an attachment.
    /// Asks when (ScheduleSendDialog unless a chooser was set) and sends with that time.
    bool chooseScheduleAndSend();
    /// Sends what the composer holds (text, or the picker's template) with `dueAtMs` as its time.
    bool scheduleSend(qint64 dueAtMs);
    /// Replaces the dialog (tests): returns the chosen time in ms, or nullopt for cancel.
    using ScheduleChooser = std::function<std::optional<qint64>()>;
    void setScheduleChooser(ScheduleChooser chooser) { m_scheduleChooser = std::move(chooser); }

    /// "Send anyway": sends what the warning held back.
    bool sendAnyway();
    void cancelWarning();

public slots:
    /// Re-reads the clock: updates the countdown and switches modes when the window changes.
    void tick();
    /// Upload progress of the attachment sent last.
    void setUploadProgress(qint64 done, qint64 total);
    /// The upload failed: the chip says why and keeps the file (and the caption) to send again.
    void setUploadFailed(const QString& message);
    /// The upload is done (the message is in the outbox): the chip goes away.
    void setUploadFinished();

signals:
    void sendRequested(const duet::ui::ComposedMessage& message);
    void modeChanged(duet::ui::Composer::Mode mode);
    /// Note mode's Send: a private note for the team.
    void noteRequested(const QString& contactKey, const QString& text);
    /// The agent typed in reply mode (every keystroke; ThreadPane rate-limits presence).
    void typing();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onTextChanged();
    void fitEditor();
    void onTemplateSend(const MessageTemplate& messageTemplate, const QStringList& parameters);
    bool submit(bool confirmed);
    void updateSendEnabled();
    void updateCompletions();

    const Clock& m_clock;
    DraftStore& m_drafts;
    QString m_contactKey;
    qint64 m_lastCustomerAt = 0;
    qint64 m_referralAt = 0;
    Mode m_mode = Mode::NoConversation;
    QTimer m_ticker;
    QStackedWidget* m_stack;
    QWidget* m_freePage;
    QPlainTextEdit* m_editor;
    QLabel* m_countdown;
    QLabel* m_length;
    QPushButton* m_send;
    QToolButton* m_schedule = nullptr;
    ScheduleChooser m_scheduleChooser;
    qint64 m_scheduleAtMs = 0; ///< the time of the send being made by scheduleSend(); 0 otherwise
    TemplatePicker* m_picker;
    QLabel* m_empty;
    QToolButton* m_replyTab;
    QToolButton* m_noteTab;
    QToolButton* m_attach;
    QuoteBar* m_quote;
    ComposerAttachments* m_attachments; ///< the file, its chip, and the notice of a refused one
    ComposerCompletion* m_completion;   ///< "/" canned replies and "@" mentions
    WarningBar* m_warning;
    bool m_loading = false;
    bool m_modeApplied = false;
    bool m_noteMode = false;
    QString m_replyTo;
    SendGuard m_guard;
};

} // namespace duet::ui
