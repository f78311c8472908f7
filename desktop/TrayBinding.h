// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds the tray notifier from the workspace: the unread sum, new customer messages, assignments.
#pragma once

#include "ui/TrayNotifier.h"

#include <QHash>
#include <QObject>

namespace duet {
class Clock;
}
namespace duet::ui {
class MainWindow;
}

namespace duet::desktop {

class Workspace;

/// Watches what the sync client applies: after each batch it re-reads the unread sum and, for
/// every changed conversation, its latest message and assignee. A new latest message from the
/// customer, or the conversation assigned to the signed-in agent, becomes a notification, but
/// only while live (not for a catch-up's backlog). The conversation open in the active window
/// is never notified; a click on a notification opens its conversation.
/// Usage: `TrayBinding tray(workspace, window, clock);`
class TrayBinding : public QObject
{
    Q_OBJECT
public:
    TrayBinding(Workspace& workspace, ui::MainWindow& window, const Clock& clock, QObject* parent = nullptr);

    ui::TrayNotifier& notifier() { return m_tray; }
    /// Re-reads the store for these conversations (the sync client's conversationsChanged()).
    void onChanged(const QStringList& keys);

private:
    struct Seen
    {
        QString lastWamid;
        QString assignee;
    };
    void refreshUnread();
    void updateWatching();

    Workspace& m_workspace;
    ui::MainWindow& m_window;
    ui::TrayNotifier m_tray;
    QHash<QString, Seen> m_seen;
};

} // namespace duet::desktop
