// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a secret file for a test's processes: owner-only permissions, as the programs require.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace duet::test {

/// Writes `data` to `path`, replacing what was there, readable and writable by its owner only
/// (the hub and the simulator refuse secret files others can read). False when any step fails.
inline bool writePrivate(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace duet::test
