// SPDX-License-Identifier: GPL-3.0-or-later
// The strip across the top of the main window that says when the number cannot send, and why.
#pragma once

#include "Theme.h"
#include "store/AccountHealth.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace duet {
class Clock;
}

namespace duet::ui {

/// Tells everyone at a desk what Meta did to the number (docs/DESKTOP.md, "Account health"):
/// disconnected (with Meta's reason and what to do about it), offboarded, deleted, connected again
/// (a note for a day, which can be closed), and for supervisors the phone app's idle days from
/// day 10, before Meta's 14-day cut-off. Hidden while all is well. setHealth() gives it what the
/// store says; refresh() re-reads the clock (days pass, the note expires), and a timer does so
/// every ten minutes while it is shown.
/// Usage: `AccountBanner b(clock, theme); b.setHealth(health, isSupervisor);`
class AccountBanner : public QFrame
{
    Q_OBJECT
public:
    /// What the banner says, in order of precedence.
    enum class Kind { None, Disconnected, Offboarded, Deleted, PhoneAppIdle, Reconnected };
    Q_ENUM(Kind)

    AccountBanner(const Clock& clock, const Theme& theme, QWidget* parent = nullptr);

    /// Shows what `health` calls for now; `supervisor` adds the phone app warning.
    void setHealth(const store::AccountHealth& health, bool supervisor);
    /// Shows it again for the clock's time.
    void refresh();
    void setTheme(const Theme& theme);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString message() const;
    /// Whether the close button is offered (only the reconnection note can be closed).
    bool isClosable() const;
    /// What the close button does: the note goes until the next reconnection.
    void dismiss();

    /// What Meta's reason for a disconnection means and what to do about it (translated).
    static QString remedyFor(const QString& reason);

private:
    void paintColours();

    const Clock& m_clock;
    Theme m_theme;
    store::AccountHealth m_health;
    bool m_supervisor = false;
    qint64 m_dismissedAt = -1; ///< sinceSecs of the reconnection the agent closed
    Kind m_kind = Kind::None;
    QWidget* m_stripe;
    QLabel* m_title;
    QLabel* m_message;
    QToolButton* m_close;
    QTimer m_timer;
};

} // namespace duet::ui
