// SPDX-License-Identifier: GPL-3.0-or-later
// Where the import of the phone app's chat history and contacts stands, for supervisors, with its one request.
#pragma once

#include "Theme.h"
#include "store/ImportStatus.h"

#include <QFrame>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace duet {
class Clock;
}

namespace duet::ui {

class TeamActions;

/// Shows the import of the phone app's history and contacts (docs/DESKTOP.md, "Importing history
/// and contacts") from the store: whether the one-time requests were made and Meta's answers, the
/// 24-hour deadline while they were not, the history's phases, chunks and progress, a declined
/// history (2593109) with Meta's remedy, and that WhatsApp does not transfer media older than 14
/// days. Its button asks the hub (TeamActions::requestSync): "Request history and contacts", or
/// after a request "Request again…" (an explicit repeat, confirmed first).
/// As a Banner (across the main window) it shows only to supervisors while a request is still to
/// make or was refused; as Details (the team overview) it always shows.
/// Usage: `ImportPanel p(ImportPanel::Mode::Details, &team, db, clock, theme); p.refresh();`
class ImportPanel : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { Banner, Details };
    /// Asks the person a yes/no question (a QMessageBox by default; tests answer it themselves).
    using Confirm = std::function<bool(const QString& question)>;

    ImportPanel(Mode mode, TeamActions* actions, QSqlDatabase db, const Clock& clock, const Theme& theme,
                QWidget* parent = nullptr);

    /// Reads the store again and shows what it says for the clock's time.
    void refresh();
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    const store::ImportStatus& status() const { return m_status; }
    QString title() const;
    QString message() const;
    QPushButton* requestButton() const { return m_request; }
    /// "Request history and contacts" (first time) or a repeat; the answer shows in the message.
    void request();

signals:
    /// The banner's "Details" link: open the team overview.
    void detailsRequested();

private:
    QString syncLine(const std::optional<store::SyncRequestState>& request, const QString& what) const;
    QString historyLine() const;
    QString deadlineText(qint64 nowMs) const;
    bool isSupervisor() const;

    Mode m_mode;
    TeamActions* m_actions;
    QSqlDatabase m_db;
    const Clock& m_clock;
    Theme m_theme;
    store::ImportStatus m_status;
    QLabel* m_title;
    QLabel* m_message;
    QPushButton* m_request;
    QPushButton* m_details = nullptr;
    QString m_outcome; ///< the last request's answer, shown until the next refresh shows its effect
    Confirm m_confirm;
    QTimer m_timer; ///< the deadline counts down
};

} // namespace duet::ui
