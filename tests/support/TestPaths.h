// SPDX-License-Identifier: GPL-3.0-or-later
// Where tests find their inputs and the programs they drive.
#pragma once

#include <QString>

namespace duet::test {

/// tests/fixtures in the source tree.
QString fixturesDir();
/// A file under tests/fixtures, e.g. fixturePath("webhooks/good/text.json").
QString fixturePath(const QString& relative);
/// The project's ../shared directory (DESIGN.md, cloudapi/), or $DUET_SHARED_DIR; null when
/// absent, as on a user's clone: tests that need it QSKIP with shared::missingReason().
QString sharedDir();
/// The reason tests give when they skip for want of ../shared.
const char* sharedMissingReason();
/// The build tree's path of a program built by the project, e.g. programPath("hub/duet-hub").
QString programPath(const QString& relative);
/// Reads a whole file; fails the calling test (QFAIL-style message in *error) when it cannot.
QByteArray readFile(const QString& path, QString* error = nullptr);

} // namespace duet::test
