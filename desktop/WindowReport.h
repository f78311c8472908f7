// SPDX-License-Identifier: GPL-3.0-or-later
// DUET_REPORT_WINDOWS: reports each window and page Duet shows, for tests that drive the real program.
#pragma once

#include <QObject>

class QWidget;

namespace duet::desktop {

/// With DUET_REPORT_WINDOWS set, prints one line on stderr each time a top-level window (the main
/// window, a dialog, a menu, a popup) is shown or hidden, and each time one of Duet's own widgets
/// inside a window (a page such as the team overview, the composer's template picker or its
/// warning bar) or a widget Duet named there (a button that appears, such as the sign-in's "Trust
/// this certificate…") is shown or hidden, and each time a shown window is resized (a dialog
/// growing to an inline error):
///   `duet-window: shown id=0x1a00007 class=duet::ui::SignInDialog title="Sign in to Duet"
///    size=460x180 hint=460x170 min=460x150 dpr=1 hfw=-1`
///   `duet-window: resized id=0x1a00007 class=duet::ui::SignInDialog title="Sign in to Duet" ...`
///   `duet-window: widget-shown class=duet::ui::SupervisorView`
///   `duet-window: widget-shown class=QPushButton name=trustCertificate`
///   `duet-window: activated id=0x1a00007` (and `deactivated`: the window has Qt's keyboard focus)
/// `id` is the native window's id (on X11 the window a window manager frames), sizes are in
/// device-independent pixels, `dpr` the device pixel ratio, `hfw` the height its layout needs at
/// its width when that depends on the width (wrapped text), else -1. A window's line comes once
/// its own showEvent() has run (a message box sizes itself to its text there). Without the
/// variable nothing is installed. The real-window test (tests/x11) reads these lines to find,
/// size and check windows.
/// Usage: `WindowReport::installIfAsked(app);`
class WindowReport : public QObject
{
    Q_OBJECT
public:
    static void installIfAsked(QObject* application);
    /// The line for `window`, without the prefix (for the shown and hidden events).
    static QString describe(const QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace duet::desktop
