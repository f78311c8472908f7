// SPDX-License-Identifier: GPL-3.0-or-later
// What `duet` does once its options are read: the workspace, the window, the hub or the demo.
#pragma once

#include <QString>

class QSettings;

namespace duet::desktop {

struct Options;

/// Builds and runs the desktop for `options` (QApplication exists; the translators are
/// installed). `settings` are the user's, or a scratch file for --screenshot and --demo; `scratchDir`
/// is where such runs keep their drafts (null: the data directory). Returns the exit code.
int run(const Options& options, QSettings& settings, const QString& scratchDir);

} // namespace duet::desktop
