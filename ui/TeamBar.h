// SPDX-License-Identifier: GPL-3.0-or-later
// The team controls of the open conversation: assignee, claim/release/assign, status and snooze, labels.
#pragma once

#include "store/ConversationQuery.h"
#include "sync/Protocol.h"

#include <QDateTime>
#include <QWidget>

class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStringListModel;
class QToolButton;

namespace duet {
class Clock;
}

namespace duet::ui {

class TeamActions;

/// A row of controls for the open conversation, for the thread header (ThreadPane::addHeaderWidget):
/// who has it (Claim, Release, Assign to… with the hub's agents, online first), its status (Open,
/// Pending, Snooze until…, Resolved) and its labels as removable chips with a field to add one
/// (completing from the labels in use). Every control has an accessible name. It sends through
/// TeamActions and shows nothing itself: results go to TeamActions::finished. In review mode
/// (a supervisor reading a thread) it says so and keeps its controls.
/// Usage: `TeamBar bar(&teamActions, clock); pane.addHeaderWidget(&bar); bar.setConversation(summary);`
class TeamBar : public QWidget
{
    Q_OBJECT
public:
    TeamBar(TeamActions* actions, const Clock& clock, QWidget* parent = nullptr);

    void setConversation(const store::ConversationSummary& summary);
    void clear();
    QString conversation() const { return m_key; }
    /// Completions of the label field.
    void setKnownLabels(const QStringList& labels);
    void setReviewMode(bool review);
    /// Who "You" is before (or without) the hub's welcome; the welcome's name wins.
    void setAgentName(const QString& agent) { m_agentName = agent; }
    QString agentName() const;
    bool isReviewMode() const { return m_reviewMode; }

    /// What the assignee control says ("Unassigned", "You", "ana").
    QString assigneeText() const;
    QString statusText() const;
    QStringList labels() const { return m_labels; }

    // What the buttons, menus and window commands do with the open conversation.
    void claim();
    void release();
    void assignTo(const QString& agent);
    void setStatus(sync::ConversationStatus status);
    void snoozeUntil(const QDateTime& when);
    void addLabel(const QString& label);
    void removeLabel(const QString& label);
    void popupAssignMenu();
    void popupStatusMenu();
    void focusLabelField();

    QMenu* assignMenu() const { return m_assignMenu; }
    QLineEdit* labelField() const { return m_labelField; }
    QPushButton* claimButton() const { return m_claim; }
    QPushButton* releaseButton() const { return m_release; }

    /// The snooze presets for `now` (local time): in one hour, tomorrow at 9:00, next Monday at 9:00.
    static QList<QDateTime> snoozePresets(const QDateTime& now);
    /// The assign menu's agents: online first, then by name; the signed-in agent is "(you)".
    static QList<sync::RosterEntry> assignOrder(QList<sync::RosterEntry> roster);

private:
    void fillAssignMenu();
    void pickSnoozeTime();
    void updateControls();
    void rebuildChips();

    TeamActions* m_actions;
    const Clock& m_clock;
    QString m_key;
    QString m_assignee;
    QString m_status;
    QStringList m_labels;
    bool m_reviewMode = false;
    QString m_agentName;

    QLabel* m_review;
    QLabel* m_assigneeLabel;
    QPushButton* m_claim;
    QPushButton* m_release;
    QToolButton* m_assign;
    QMenu* m_assignMenu;
    QToolButton* m_statusButton;
    QMenu* m_statusMenu;
    QHBoxLayout* m_chips;
    QLineEdit* m_labelField;
    QStringListModel* m_known;
};

} // namespace duet::ui
