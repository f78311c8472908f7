// SPDX-License-Identifier: GPL-3.0-or-later
// Where tests find their inputs and the programs they drive.
#pragma once

#include <QString>

namespace duet::test {

/// tests/fixtures in the source tree.
QString fixturesDir();
/// A file under tests/fixtures, e.g. fixturePath("webhooks/good/text.json").
QString fixturePath(const QString& relative);
/// tests/fixtures/cloudapi: Meta's example payloads and OpenAPI spec (its README says where each
/// file comes from and under which licence).
QString cloudApiFixturesDir();
/// The build tree's path of a program built by the project, e.g. programPath("hub/duet-hub").
QString programPath(const QString& relative);
/// Reads a whole file; fails the calling test (QFAIL-style message in *error) when it cannot.
QByteArray readFile(const QString& path, QString* error = nullptr);

} // namespace duet::test
