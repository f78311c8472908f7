// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's secret files as `duet-hub setup` writes them: mode 0600 from the first byte, owned by the service.
#pragma once

#include <QByteArray>
#include <QString>

namespace duet::hub {

/// Writes `secret` to `path` through a temporary file created with mode 0600 (never readable by
/// others, not even for a moment) and renamed over it. An existing file's owner is kept; a new
/// one, written by root, is given to `serviceUser` when that user exists (the hub's service runs
/// as it). False with *error.
bool writeSecretFile(const QString& path, const QByteArray& secret, const QString& serviceUser, QString* error);

/// Reads a secret from a file, or from standard input for "-", trimmed. False with *error when
/// it cannot be read or is empty.
bool readSecretArgument(const QString& pathOrDash, QByteArray* secret, QString* error);

/// When run as root, gives `path` (and SQLite's -wal and -shm beside it) to the owner of its
/// directory: a database `duet-hub setup` created must stay writable by the service.
void matchDirectoryOwner(const QString& path);

} // namespace duet::hub
