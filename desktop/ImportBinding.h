// SPDX-License-Identifier: GPL-3.0-or-later
// The banner that tells supervisors the phone app's history and contacts still wait to be requested.
#pragma once

#include "ui/TeamActions.h"

#include <QObject>

namespace duet {
class Clock;
}
namespace duet::ui {
class ImportPanel;
class MainWindow;
} // namespace duet::ui

namespace duet::desktop {

class Workspace;

/// Puts an ImportPanel banner across the main window and keeps it current: it is read again
/// whenever the sync client applies events (an onboarding step, a history chunk) or is welcomed
/// (the role is known), and every minute for the deadline. Its "Details…" opens the team overview.
/// Usage: `ImportBinding import(workspace, window, clock);`
class ImportBinding : public QObject
{
    Q_OBJECT
public:
    ImportBinding(Workspace& workspace, ui::MainWindow& window, const Clock& clock, QObject* parent = nullptr);

    ui::ImportPanel* banner() const { return m_banner; }

private:
    ui::TeamActions m_team;
    ui::ImportPanel* m_banner;
};

} // namespace duet::desktop
